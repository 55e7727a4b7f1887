"""Every command has help text and is shown in the README; every table is documented in schema.sql."""
import re

import pytest
import typer.main

from events_cli.cli import app

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(typer.main.get_command(app).commands)


def test_commands_listed():
    assert COMMANDS == ["actors", "export", "import", "places", "related", "show", "sql", "timeline"]


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


def test_schema_columns_are_commented():
    schema = (ROOT / "schema.sql").read_text(encoding="utf-8")
    for table in re.findall(r"CREATE TABLE IF NOT EXISTS (\w+)", schema):
        assert table in README or table == "schema_migrations", f"README's schema section misses {table}"
