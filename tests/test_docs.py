"""Every command has help text and is shown in the README; every table is documented in schema.sql."""
import re

import pytest
import typer.main

from events_cli.cli import app

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)


def test_commands_listed():
    assert COMMANDS == ["actors", "export", "forget", "import", "network", "places", "related", "schema", "search", "show",
                        "sql", "stories", "timeline"]


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name):
    command = typer.main.get_command(app).commands[name]
    assert command.help and len(command.help) > 20
    for param in command.params:
        if param.param_type_name == "option":
            assert param.help, f"{name} {param.opts} has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_in_readme(name):
    assert re.search(rf"^\$ events (--db \S+ )?{name}\b", README, re.M), f"README shows no `$ events {name}` example"


SCHEMA = (ROOT / "schema.sql").read_text(encoding="utf-8")
_CONSTRAINT = re.compile(r"(?:PRIMARY\s+KEY|UNIQUE|CHECK|FOREIGN\s+KEY|CONSTRAINT)\b", re.I)


def schema_comments(schema: str) -> dict[str, dict[str, str]]:
    """{table or view: {column: its comment}} as schema.sql writes them: the `--` comment on a
    column's lines, continued by the comment-only lines right after them. A view's column
    written as `alias.column` with no comment of its own has that table column's comment."""
    out: dict[str, dict[str, str]] = {}
    blocks = re.finditer(r"^CREATE (?P<kind>TABLE IF NOT EXISTS|OR REPLACE VIEW) (?P<name>\w+)(?P<body>.*?);\s*$",
                         schema, re.M | re.S)
    for block in blocks:
        view = block["kind"].endswith("VIEW")
        columns = out[block["name"]] = {}
        items = _view_items(block["body"]) if view else _table_items(block["body"])
        aliases = dict((a, t) for t, a in re.findall(r"(?:FROM|JOIN)\s+(\w+)\s+(\w+)", block["body"]))
        for code, comment in items:
            if view:
                source = re.fullmatch(r"(\w+)\.(\w+)", code)
                named = re.search(r"\bAS\s+(\w+)$", code)
                column = source[2] if source else named[1]
                columns[column] = comment or (out[aliases[source[1]]][source[2]] if source else "")
            elif not _CONSTRAINT.match(code):
                columns[code.split()[0]] = comment
    return out


def _lines(body: str):
    """(code, comment) of each line."""
    for line in body.splitlines():
        code, _, comment = line.partition("--")
        yield code.strip(), comment.strip()


def _table_items(body: str) -> list[tuple[str, str]]:
    """(definition, comment) of each line of a CREATE TABLE's parentheses."""
    items: list[tuple[str, str]] = []
    for code, comment in _lines(body.strip().removeprefix("(").removesuffix(")")):
        if code:
            items.append((code.rstrip(","), comment))
        elif comment and items:
            items[-1] = (items[-1][0], f"{items[-1][1]} {comment}".strip())
    return items


def _view_items(body: str) -> list[tuple[str, str]]:
    """(expression, comment) of each item of a view's SELECT list, split at the commas outside
    parentheses."""
    select = re.search(r"\bSELECT\b(.*?)^FROM\b", body, re.S | re.M)[1]
    items, code, comments, depth = [], "", [], 0
    for line_code, comment in _lines(select):
        if comment:
            comments.append(comment)
        for ch in line_code + " ":
            depth += ch == "("
            depth -= ch == ")"
            if ch == "," and depth == 0:
                items.append((" ".join(code.split()), " ".join(comments)))
                code, comments = "", []
            else:
                code += ch
    if code.strip():
        items.append((" ".join(code.split()), " ".join(comments)))
    return items


def test_schema_comments_are_read_for_every_column_duckdb_makes():
    import duckdb

    con = duckdb.connect()
    con.execute(SCHEMA)
    made = {table: columns for table, columns in con.execute(
        "SELECT table_name, list(column_name ORDER BY column_index) FROM duckdb_columns() "
        "WHERE NOT internal GROUP BY table_name").fetchall()}
    assert {table: list(columns) for table, columns in schema_comments(SCHEMA).items()} == made


def test_schema_columns_are_commented():
    missing = [f"{table}.{column}" for table, columns in schema_comments(SCHEMA).items()
               for column, comment in columns.items() if not comment]
    assert missing == []


def test_schema_tables_are_in_the_readme():
    for table in re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", SCHEMA):
        assert table in README or table == "schema_migrations", f"README's schema section misses {table}"
