"""The command line: parses arguments, calls the library, renders. Nothing else lives here."""
from __future__ import annotations

import datetime as dt
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Optional

import typer
from typer.core import TyperGroup

from events_cli import __version__
from events_cli.errors import EventsError, InputError, UsageError

app = typer.Typer(
    name="events",
    help="Turn news articles into an event database: import articles, list timelines, query actors, places and SQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"db": None}

FormatOption = typer.Option(
    "simple", "--format", "-f",
    help="Output format: csv, tsv, json, jsonl, or a tabulate table format (simple, github, grid, plain...).",
)
LimitOption = typer.Option(
    None, "--limit", "-n", min=1,
    help="Show at most this many rows (default: 100 in table formats, all in csv, tsv, json, jsonl).")
TABLE_ROWS = 100  # rows a human-readable table shows unless --limit says otherwise


def _capped(limit: Optional[int], fmt: str) -> bool:
    """Whether the output shows TABLE_ROWS rows at most: a table for people to read, with no
    --limit. Machine formats (csv, tsv, json, jsonl) give every row."""
    from events_cli.render import MACHINE_FORMATS

    return limit is None and fmt not in MACHINE_FORMATS


def _rows_to_fetch(limit: Optional[int], fmt: str) -> Optional[int]:
    """--limit, else one more than a table shows (to tell whether rows were left out), else all."""
    return TABLE_ROWS + 1 if _capped(limit, fmt) else limit


def _echo_table(table, fmt: str, limit: Optional[int]) -> None:
    from events_cli.render import render

    if _capped(limit, fmt) and len(table.rows) > TABLE_ROWS:
        table.rows = table.rows[:TABLE_ROWS]
        _err(f"showing the first {TABLE_ROWS} rows: use --limit N for more, or --format csv for all")
    _echo(render(table, fmt))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"events {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    db: Optional[str] = typer.Option(
        None, "--db", envvar="EVENTS_DB", show_envvar=True, metavar="PATH",
        help="The DuckDB database file. Default: events.duckdb in the current folder.",
    ),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """events: news articles in, an event database out."""
    from events_cli.store import DEFAULT_DB

    _state["db"] = db or DEFAULT_DB


def _err(message: str) -> None:
    typer.echo(message, err=True)


@contextmanager
def _errors(interrupted: Callable[[], str] = lambda: "Interrupted."):
    """Expected errors become one line on stderr and an exit code; no traceback.

    So does Ctrl-C, in whatever form it reaches the command: the line `interrupted()`
    and exit code 130 (128 + SIGINT, as shells report it).
    """
    with _noting_ctrl_c() as ctrl_c:
        try:
            yield
        except EventsError as exc:
            _err(f"Error: {exc}")
            raise typer.Exit(exc.exit_code) from None
        except typer.Exit:
            raise
        except BaseException as exc:
            if not isinstance(exc, KeyboardInterrupt) and not (ctrl_c and isinstance(exc, Exception)):
                raise
            _err(interrupted())
            raise typer.Exit(130) from None


@contextmanager
def _noting_ctrl_c():
    """Yield a list that gets an item when Ctrl-C (SIGINT) comes, which is raised as usual.

    Ctrl-C may reach the command as another exception: DuckDB, stopped while it converts
    Python values, raises an error of its own ("KeyboardInterrupt: ", "Query interrupted",
    or a CatalogException for the table it was looking up). The signal is the sure sign.
    """
    import signal
    import threading

    seen: list[int] = []
    previous = signal.getsignal(signal.SIGINT)
    # Only a Python handler is wrapped: SIGINT ignored (a background job's) stays ignored.
    # Signal handlers are set, and run, in the main thread alone.
    if not callable(previous) or threading.current_thread() is not threading.main_thread():
        yield seen
        return

    def note(signum, frame):
        seen.append(signum)
        previous(signum, frame)

    signal.signal(signal.SIGINT, note)
    try:
        yield seen
    finally:
        signal.signal(signal.SIGINT, previous)


@contextmanager
def _database(read_only: bool):
    """The database, closed when the command is done (DuckDB holds a file lock while open)."""
    from events_cli.store import connect

    con = connect(_state["db"] or "events.duckdb", read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def _parse_day(value: Optional[str], option: str, end: bool = False) -> Optional[dt.date]:
    """An ISO or natural-language date; with `end`, the last day of its month or year."""
    if value is None:
        return None
    from events_cli.isodate import iso_stamp, read_stamp

    stamp = iso_stamp(value)
    if stamp is not None:
        parsed = read_stamp(stamp)
    else:  # the full parser costs 50 ms of start-up: only for what ISO is not
        from events_cli.extract.dates import parse_date

        parsed = parse_date(value)  # relative to isodate.today()
    if parsed is None:
        raise UsageError(f"{option}: cannot read {value!r} as a date (try 2023-09-13, 2023-09, 2023, "
                         "'13 September 2023', kemarin, 'last month')")
    day, precision = parsed
    if end:
        from events_cli.store import period_end

        return period_end(day, precision)
    return day


def _echo(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


class _ProgressBar:
    """One line on a terminal's stderr, redrawn after each committed batch."""

    def __init__(self, total: Optional[int]):
        self.total, self.started = total, time.monotonic()

    def show(self, summary) -> None:
        done = summary.imported + summary.replaced + summary.unchanged + summary.failed
        rate = done / max(time.monotonic() - self.started, 1e-6)
        if self.total:
            filled = min(30, 30 * done // self.total)
            left = max(self.total - done, 0) / rate if rate else 0
            line = (f"[{'#' * filled}{'.' * (30 - filled)}] {done:,}/{self.total:,} articles, "
                    f"{rate:,.0f}/s, {int(left) // 60}:{int(left) % 60:02d} left")
        else:
            line = f"{done:,} articles, {rate:,.0f}/s"
        sys.stderr.write("\r" + line)
        sys.stderr.flush()

    def clear(self) -> None:
        sys.stderr.write("\r\033[K")


@app.command("import")
def import_(
    paths: Optional[list[str]] = typer.Argument(
        None, help="Files (.txt, .md, .html, .jsonl, .ndjson, .jsonl.gz), folders, http(s) URLs, or - for stdin."),
    urls: Optional[Path] = typer.Option(None, "--urls", help="A file of URLs to fetch and import, one a line (# comments)."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait on each network read of a URL."),
    source: Optional[str] = typer.Option(None, "--source", help="The outlet, overriding what the articles say."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for every article (e.g. 2023-09-14)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language code for every article (id, en)."),
    replace: bool = typer.Option(False, "--replace", help="Re-extract articles that are already in the database."),
) -> None:
    """Import articles and extract their events, actors, places and related links.

    Importing the same article again adds nothing (articles are keyed by URL, else by a
    hash of their text); --replace re-extracts it. Exit code 1 when some inputs failed.
    """
    from events_cli.importer import ImportSummary, import_paths
    from events_cli.readers import Overrides, count_articles

    summary = ImportSummary()
    with _errors(lambda: f"\nInterrupted: {summary.line()} so far; run the same import again to finish."):
        overrides = Overrides(source=source, published=_parse_day(published, "--published"), language=lang)
        inputs: list = list(paths or [])
        if urls is not None:
            from events_cli.fetch import read_url_list

            inputs += read_url_list(urls)
        if not inputs:
            raise UsageError("nothing to import: give files, folders, URLs, - for stdin, or --urls FILE")
        interactive = sys.stderr.isatty()
        bar = _ProgressBar(count_articles(inputs)) if interactive else None

        def report(error: InputError) -> None:
            if bar:
                bar.clear()
            _err(f"Error: {error}")

        with _database(read_only=False) as con:
            import_paths(con, inputs, overrides, replace=replace, on_error=report,
                         on_batch=bar.show if bar else lambda s: None, summary=summary, timeout=timeout)
        if bar:
            bar.clear()
        _err(f"{summary.line()} ({_state['db']})")
        if summary.failed:
            raise typer.Exit(1)


@app.command()
def timeline(
    date_from: Optional[str] = typer.Option(None, "--from", help="From this date: 2023-09-13, 2023-09, '13 September 2023', kemarin, 'last month'."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Up to this date (a month or year includes all its days)."),
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Only events with this actor (case-insensitive; matches any name it was written as)."),
    place: Optional[str] = typer.Option(None, "--place", "-p", help="Only events at this place (case-insensitive)."),
    source: Optional[str] = typer.Option(None, "--source", "-s", help="Only events from this outlet (case-insensitive)."),
    limit: Optional[int] = LimitOption,
    reverse: bool = typer.Option(False, "--reverse", "-r", help="Newest first."),
    fmt: str = FormatOption,
) -> None:
    """List events by date: date, precision, what happened, actors, places, outlet."""
    from events_cli import queries
    from events_cli.render import check_format

    with _errors():
        check_format(fmt)
        f = queries.TimelineFilter(
            date_from=_parse_day(date_from, "--from"), date_to=_parse_day(date_to, "--to", end=True),
            actor=actor, place=place, source=source, limit=_rows_to_fetch(limit, fmt), reverse=reverse,
        )
        with _database(read_only=True) as con:
            table = queries.timeline(con, f)
        _echo_table(table, fmt, limit)


class _ActorsGroup(TyperGroup):
    """`events actors [NAME] [--kind K]` lists (no command word needed, as before the
    corrections came); `events actors merge|split|forget ...` corrects."""

    def parse_args(self, ctx, args):
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = ["list", *args]
        return super().parse_args(ctx, args)


actors_app = typer.Typer(
    cls=_ActorsGroup, add_completion=False, rich_markup_mode=None,
    help="People and organisations (`events actors [NAME]`), and corrections of who is who: merge, split, forget.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(actors_app, name="actors")


@actors_app.command("list")
def actors(
    name: Optional[str] = typer.Argument(None, help="An actor's name (or part of it): show their events, roles and who they were seen with."),
    kind: Optional[str] = typer.Option(None, "--kind", help="person or organization."),
    limit: Optional[int] = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """People and organisations, with event counts and first/last date; or one actor in detail."""
    from events_cli import queries
    from events_cli.render import check_format

    with _errors():
        check_format(fmt)
        if kind not in (None, "person", "organization"):
            raise UsageError("--kind must be person or organization")
        with _database(read_only=True) as con:
            rows = _rows_to_fetch(limit, fmt)
            table = queries.actor_detail(con, name) if name else queries.actors(con, kind=kind, limit=rows)
        _echo_table(table, fmt, limit)


def _correct(action: str, name: str, target: Optional[str] = None) -> None:
    from events_cli.resolve import actors as resolution

    with _errors():
        with _database(read_only=False) as con:
            _echo(resolution.correct(con, action, name, target) + "\n")


@actors_app.command()
def merge(
    name: str = typer.Argument(..., help="A name as extracted (any case): \"Habibie apolitis\"."),
    target: str = typer.Argument(..., help="A name of the actor it is: \"BJ Habibie\"."),
) -> None:
    """Make NAME and TARGET one actor, for good (kept through later imports and --replace)."""
    _correct("merge", name, target)


@actors_app.command()
def split(name: str = typer.Argument(..., help="A name as extracted (any case).")) -> None:
    """Make NAME an actor of its own: no rule and no earlier merge joins it to another name."""
    _correct("split", name)


@actors_app.command()
def forget(name: str = typer.Argument(..., help="A name as extracted (any case): \"Rumah Duka Habibie\".")) -> None:
    """NAME is no actor: it is left out of every actor list, event and export."""
    _correct("forget", name)


@app.command()
def places(
    name: Optional[str] = typer.Argument(None, help="A place's name (or part of it): show the events there."),
    kind: Optional[str] = typer.Option(None, "--kind", help="country, province, region, city, regency, facility, landmark..."),
    limit: Optional[int] = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Places with kind, country, coordinates and event counts; or the events at one place."""
    from events_cli import queries
    from events_cli.render import check_format

    with _errors():
        check_format(fmt)
        with _database(read_only=True) as con:
            rows = _rows_to_fetch(limit, fmt)
            table = queries.place_detail(con, name) if name else queries.places(con, kind=kind, limit=rows)
        _echo_table(table, fmt, limit)


@app.command()
def show(
    item: str = typer.Argument(..., metavar="ID", help="An article id (12 or a12) or an event id (e34) as listed by timeline."),
    fmt: str = FormatOption,
) -> None:
    """One article (metadata, text, events, actors, places, links both ways) or one event in full."""
    from events_cli import queries
    from events_cli.render import check_format, render_record

    with _errors():
        check_format(fmt)
        kind, number = _parse_id(item)
        with _database(read_only=True) as con:
            record = queries.show_event(con, number) if kind == "e" else queries.show_article(con, number)
        _echo(render_record(record, fmt))


def _parse_id(item: str) -> tuple[str, int]:
    text = item.strip().lower()
    kind = text[0] if text[:1] in ("a", "e") else "a"
    digits = text[1:] if text[:1] in ("a", "e") else text
    if not digits.isdigit():
        raise UsageError(f"{item!r} is not an id: use an article id (12, a12) or an event id (e34)")
    return kind, int(digits)


@app.command()
def related(
    item: Optional[str] = typer.Argument(None, metavar="[ID]", help="An article id: only its links, both ways."),
    limit: Optional[int] = LimitOption,
    fmt: str = FormatOption,
) -> None:
    """Related-article links (BACA JUGA and kin), and which targets are in the database."""
    from events_cli import queries
    from events_cli.render import check_format

    with _errors():
        check_format(fmt)
        article_id = None
        if item is not None:
            kind, article_id = _parse_id(item)
            if kind != "a":
                raise UsageError("related takes an article id (12 or a12)")
        with _database(read_only=True) as con:
            table = queries.related(con, article_id, limit=_rows_to_fetch(limit, fmt))
        _echo_table(table, fmt, limit)


@app.command()
def sql(
    query: Optional[str] = typer.Argument(None, help="The SQL to run; omit it to read from --file or stdin."),
    file: Optional[Path] = typer.Option(None, "--file", help="Read the SQL from this file."),
    write: bool = typer.Option(False, "--write", help="Allow statements that change the database."),
    fmt: str = FormatOption,
) -> None:
    """Run any SQL against the database (see schema.sql). Read-only unless --write."""
    from events_cli import queries
    from events_cli.render import check_format, render

    with _errors():
        check_format(fmt)
        if query is None:
            if file is not None:
                try:
                    query = file.read_text(encoding="utf-8")
                except OSError as exc:
                    raise UsageError(f"--file {file}: {exc.strerror}") from None
            elif not sys.stdin.isatty():
                query = sys.stdin.read()
        if not query or not query.strip():
            raise UsageError("no SQL given: pass it as an argument, with --file, or on stdin")
        with _database(read_only=not write) as con:
            result = queries.run_sql(con, query)
            if write:  # the SQL may have changed titles, links, what actors and places are linked to
                from events_cli import store

                store.refresh_derived(con)
            _echo(render(result, fmt))


@app.command()
def export(
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl (one record per article), csv (one row per event) or parquet (a folder of tables)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout (a folder for parquet)."),
) -> None:
    """Export the database: JSON Lines per article, CSV per event, or Parquet tables."""
    from events_cli import exporters

    with _errors():
        if fmt not in ("jsonl", "csv", "parquet"):
            raise UsageError("--format must be jsonl, csv or parquet")
        if fmt == "parquet" and output is None:
            raise UsageError("parquet export needs --output FOLDER")
        with _database(read_only=True) as con:
            if fmt == "parquet":
                written = exporters.export_parquet(con, output)
                _err(f"wrote {', '.join(written)} to {output}")
                return
            write = exporters.export_jsonl if fmt == "jsonl" else exporters.export_csv
            if output is None:
                write(con, sys.stdout)
                return
            with exporters.output_file(output) as stream:
                write(con, stream)
