"""The command line: parses arguments, calls the library, renders. Nothing else lives here."""
from __future__ import annotations

import datetime as dt
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, List, Optional

import typer
from typer.core import TyperGroup

from events_cli import __version__
from events_cli.errors import EventsError, InputError, NotFoundError, UsageError

def _setting(name: str):
    """A callback that keeps an option given after the command in `_state`."""
    def keep(ctx, param, value):
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value < 0:
            raise typer.BadParameter(f"{value} is negative")
        if value is not None and value is not False:
            _state[name] = value
        return value
    return keep


# The main options, which every command also takes after its name (`events timeline --db x`),
# as sqlite-utils' commands take theirs: (name, declarations, type, is_flag, metavar, help)
_AFTER_COMMAND = [
    ("db", ["--db"], str, False, "PATH", "The DuckDB database file (as `events --db PATH COMMAND`)."),
    ("wait", ["--wait"], float, False, "SECONDS", "How long to wait for the database while another events process has it."),
    ("width", ["--width"], int, False, "N", "Cut long texts in tables at N characters (0: never cut)."),
    ("wrap", ["--wrap"], bool, True, None, "Wrap long texts in tables over several lines instead of cutting them."),
]


class _Group(typer.core.TyperGroup):
    def get_command(self, ctx, name):
        command = super().get_command(ctx, name)
        if command is not None and not any(p.name == "after_db" for p in command.params):
            for name_, decls, type_, flag, metavar, help_ in _AFTER_COMMAND:
                command.params.append(typer.core.TyperOption(
                    param_decls=[*decls, f"after_{name_}"], type=type_, is_flag=flag, metavar=metavar,
                    expose_value=False, callback=_setting(name_), help=help_))
        return command


app = typer.Typer(
    cls=_Group,
    name="events",
    help="Turn news articles into an event database: import articles, list timelines, query actors, places and SQL.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"db": None, "wait": 10.0, "width": None, "wrap": False}

FormatOption = typer.Option(
    "simple", "--format", "-f",
    help="Output format: csv, tsv, json, jsonl, or a tabulate table format (simple, github, grid, plain...).",
)
LimitOption = typer.Option(
    None, "--limit", "-n", min=1,
    help="Show at most this many rows (default: 100 in table formats, all in csv, tsv, json, jsonl).")
TypeOption = typer.Option(
    None, "--type", "-t",
    help="Only events of this type (ONTOLOGY.md: CONSULT, ACCUSE, PROTEST...); repeat or separate with commas for several.")
FromOption = typer.Option(None, "--from", help="From this date: 2023-09-13, 2023-09, '13 September 2023', kemarin, 'last month'.")
ToOption = typer.Option(None, "--to", help="Up to this date (a month or year includes all its days).")
ReverseOption = typer.Option(False, "--reverse", "-r", help="Newest first.")
MinOutletsOption = typer.Option(None, "--min-outlets", min=1, metavar="N",
                                help="Only stories (happenings) at least N outlets reported.")
SortOption = typer.Option("date", "--sort", metavar="ORDER",
                          help="date (default), outlets or articles: the most reported stories first (--reverse: the least).")
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
    _echo_rendered(table, fmt)


def _echo_rendered(table, fmt: str) -> None:
    """The table on stdout; "(no rows)" on stderr when a table for people has none."""
    from events_cli.render import MACHINE_FORMATS, render

    _echo(render(table, fmt, width=_state["width"], wrap=_state["wrap"]))
    if not table.rows and fmt not in MACHINE_FORMATS:
        _err("(no rows)")


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
    wait: float = typer.Option(
        10.0, "--wait", min=0, metavar="SECONDS",
        help="How long to wait for the database while another events process has it (an import lets "
             "readers in between its batches)."),
    width: Optional[int] = typer.Option(
        None, "--width", min=0, metavar="N",
        help="Cut long texts in tables (sentences, names, titles) at N characters (0: never cut)."),
    wrap: bool = typer.Option(False, "--wrap", help="Wrap long texts in tables over several lines instead of cutting them."),
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """events: news articles in, an event database out."""
    from events_cli.store import DEFAULT_DB

    _state["db"] = db or DEFAULT_DB
    _state["wait"] = wait
    _state["width"], _state["wrap"] = width, wrap


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

    con = connect(_state["db"] or "events.duckdb", read_only=read_only, wait=_state["wait"], on_wait=_waiting,
                  on_upgrade=_upgrading)
    try:
        yield con
    finally:
        con.close()


def _upgrading(version: int) -> None:
    from events_cli.store import SCHEMA_VERSION

    _err(f"upgrading {_state['db'] or 'events.duckdb'} from schema version {version} to {SCHEMA_VERSION} "
         "(once: a large archive takes a minute)")


def _waiting() -> None:
    _err(f"waiting for {_state['db']}: another events process has it (up to {_state['wait']:g} s, --wait)")


def _event_types(values: Optional[List[str]]) -> tuple[str, ...]:
    """--type values (repeated, or separated by commas) as upper-case types; an unknown one is refused."""
    from events_cli.extract.evtypes import TYPES

    types = tuple(dict.fromkeys(t.strip().upper() for v in values or () for t in v.split(",") if t.strip()))
    unknown = [t for t in types if t not in TYPES]
    if unknown:
        raise UsageError(f"--type {unknown[0]}: not an event type (one of {', '.join(TYPES)})")
    return types


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

    def show(self, summary, extracted: int = 0) -> None:
        """The counts of committed batches, plus `extracted` articles of the batch being written."""
        done = summary.imported + summary.replaced + summary.unchanged + summary.failed + extracted
        if self.total:
            done = min(done, self.total)
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
        None, help="Files (.txt, .md, .html, .json, .jsonl, .ndjson, .jsonl.gz), folders, http(s) URLs, or - for stdin."),
    urls: Optional[Path] = typer.Option(None, "--urls", help="A file of URLs to fetch and import, one a line (# comments)."),
    timeout: float = typer.Option(20.0, "--timeout", min=0.1, help="Seconds to wait on each network read of a URL."),
    source: Optional[str] = typer.Option(None, "--source", help="The outlet, overriding what the articles say."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date for every article (e.g. 2023-09-14)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language code for every article (id, en)."),
    replace: bool = typer.Option(False, "--replace", help="Re-extract articles that are already in the database."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar (there is none when stderr is not a terminal)."),
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
        interactive = sys.stderr.isatty() and not quiet
        bar = _ProgressBar(count_articles(inputs)) if interactive else None

        def report(error: InputError) -> None:
            if bar:
                bar.clear()
            _err(f"Error: {error}")

        def notice(note) -> None:
            if bar:
                bar.clear()
            _err(f"Warning: {note}")

        from events_cli.store import ImportConnection

        handle = ImportConnection(_state["db"], wait=_state["wait"], on_wait=_waiting, on_upgrade=_upgrading)
        try:
            import_paths(handle, inputs, overrides, replace=replace, on_error=report, on_notice=notice,
                         on_batch=bar.show if bar else lambda s: None,
                         on_progress=bar.show if bar else lambda s, n: None, summary=summary, timeout=timeout)
        finally:
            handle.close()
        if bar:
            bar.clear()
        _err(f"{summary.line()} ({_state['db']})")
        if summary.failed:
            raise typer.Exit(1)


def _listing_filter(date_from: Optional[str], date_to: Optional[str], actor: Optional[str], place: Optional[str],
                    source: Optional[str], limit: Optional[int], fmt: str, reverse: bool, **more):
    """The filters of a listing command (timeline, search) as the query module takes them."""
    from events_cli import queries

    return queries.TimelineFilter(
        date_from=_parse_day(date_from, "--from"), date_to=_parse_day(date_to, "--to", end=True),
        actor=actor, place=place, source=source, limit=_rows_to_fetch(limit, fmt), reverse=reverse, **more)


def _story_sort(sort: str) -> str:
    """--sort's order of stories, checked: date, outlets or articles (any case)."""
    from events_cli.queries import STORY_SORTS

    if sort.lower() not in STORY_SORTS:
        raise UsageError(f"--sort must be one of {', '.join(STORY_SORTS)}, not {sort!r}")
    return sort.lower()


@app.command()
def timeline(
    date_from: Optional[str] = FromOption,
    date_to: Optional[str] = ToOption,
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Only events with this actor (case-insensitive; matches any name it was written as)."),
    place: Optional[str] = typer.Option(None, "--place", "-p", help="Only events at this place (case-insensitive)."),
    source: Optional[str] = typer.Option(None, "--source", "-s", help="Only events from this outlet (case-insensitive)."),
    types: Optional[List[str]] = TypeOption,
    limit: Optional[int] = LimitOption,
    reverse: bool = ReverseOption,
    text: Optional[str] = typer.Option(None, "--text", help="Only events of articles that hold all these words (as events search)."),
    kind: Optional[str] = typer.Option(None, "--kind", help="main (the event each article reports) or other."),
    columns: Optional[str] = typer.Option(
        None, "--columns", "-c", metavar="NAMES",
        help="The columns to show, comma-separated, of: id, date, precision, event, actors, places, source, kind, "
             "article, title, published, url, origin, type (default: id to source, with type)."),
    by_story: bool = typer.Option(False, "--stories", help="One row per happening (story), with how many outlets reported it."),
    min_outlets: Optional[int] = MinOutletsOption,
    sort: str = SortOption,
    fmt: str = FormatOption,
) -> None:
    """List events by date: date, precision, type, what happened, actors, places, outlet."""
    from events_cli import queries
    from events_cli.render import check_format

    with _errors():
        check_format(fmt)
        if kind not in (None, "main", "other"):
            raise UsageError("--kind must be main or other")
        chosen = tuple(c.strip().lower() for c in columns.split(",") if c.strip()) if columns is not None else ()
        if unknown := [c for c in chosen if c not in queries.TIMELINE_COLUMNS]:
            raise UsageError(f"--columns: no column {', '.join(unknown)} (choose from {', '.join(queries.TIMELINE_COLUMNS)})")
        if columns is not None and not chosen:
            raise UsageError("--columns: name at least one column")
        if not by_story and (min_outlets is not None or sort != "date"):
            raise UsageError("--min-outlets and --sort list stories: add --stories")
        f = _listing_filter(date_from, date_to, actor, place, source, limit, fmt, reverse, text=text, kind=kind,
                            columns=chosen, types=_event_types(types), min_outlets=min_outlets,
                            sort=_story_sort(sort))
        with _database(read_only=True) as con:
            table = queries.story_timeline(con, f) if by_story else queries.timeline(con, f)
        _echo_table(table, fmt, limit)


@app.command()
def stories(
    date_from: Optional[str] = FromOption, date_to: Optional[str] = ToOption,
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Only stories whose articles' main events name this actor."),
    place: Optional[str] = typer.Option(None, "--place", "-p", help="Only stories whose articles' main events are at this place."),
    source: Optional[str] = typer.Option(None, "--source", "-s", help="Only stories this outlet reported (case-insensitive)."),
    text: Optional[str] = typer.Option(None, "--text", help="Only stories with an article that holds all these words (as events search)."),
    types: Optional[List[str]] = TypeOption,
    min_outlets: Optional[int] = MinOutletsOption, sort: str = SortOption,
    limit: Optional[int] = LimitOption, reverse: bool = ReverseOption, fmt: str = FormatOption,
) -> None:
    """List stories (one real-world happening, many reports) by date, or the most reported first:
    articles, outlets, who reported it first."""
    from events_cli import queries
    from events_cli.render import check_format

    with _errors():
        check_format(fmt)
        f = _listing_filter(date_from, date_to, actor, place, source, limit, fmt, reverse, text=text,
                            types=_event_types(types), min_outlets=min_outlets, sort=_story_sort(sort))
        with _database(read_only=True) as con:
            table = queries.stories(con, f)
        _echo_table(table, fmt, limit)


@app.command()
def search(
    words: list[str] = typer.Argument(..., help="Words the articles must all hold (in the title or text, any case)."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Published from this date (as timeline's --from)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Published up to this date."),
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Only articles naming this actor (as timeline's --actor)."),
    place: Optional[str] = typer.Option(None, "--place", "-p", help="Only articles naming this place."),
    source: Optional[str] = typer.Option(None, "--source", "-s", help="Only articles from this outlet (case-insensitive)."),
    limit: Optional[int] = LimitOption,
    reverse: bool = typer.Option(False, "--reverse", "-r", help="Weakest match first."),
    fmt: str = FormatOption,
) -> None:
    """Find articles by their words, best match first (BM25), each with the event that holds most of them."""
    from events_cli import queries
    from events_cli.render import check_format

    with _errors():
        check_format(fmt)
        f = _listing_filter(date_from, date_to, actor, place, source, limit, fmt, reverse)
        with _database(read_only=True) as con:
            table = queries.search(con, " ".join(words), f)
        _echo_table(table, fmt, limit)


@app.command()
def network(
    date_from: Optional[str] = typer.Option(None, "--from", help="Events from this date: 2023-09-13, 2023-09, kemarin..."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Events up to this date (a month or year includes all its days)."),
    actor: Optional[str] = typer.Option(None, "--actor", "-a", help="Only pairs with this actor on either side (case-insensitive)."),
    types: Optional[List[str]] = TypeOption,
    limit: Optional[int] = LimitOption,
    fmt: str = typer.Option(
        "simple", "--format", "-f",
        help="Output format: graphml (Gephi, NetworkX, yEd), csv, tsv, json, jsonl, or a tabulate table format."),
) -> None:
    """Who did what to whom: actor pairs (source, target) with how many events of each type link them."""
    from events_cli import queries
    from events_cli.render import check_format, graphml

    with _errors():
        if fmt != "graphml":
            check_format(fmt)
        f = queries.NetworkFilter(
            date_from=_parse_day(date_from, "--from"), date_to=_parse_day(date_to, "--to", end=True), actor=actor,
            types=_event_types(types), limit=limit if fmt == "graphml" else _rows_to_fetch(limit, fmt),
        )
        with _database(read_only=True) as con:
            table = queries.network(con, f)
        if fmt == "graphml":
            _echo(graphml(table))
        else:
            _echo_table(table, fmt, limit)


class _ListGroup(TyperGroup):
    """`events actors [NAME] [--kind K]` (and `events places ...`) lists (no command word needed,
    as before the corrections came); `events actors merge|split|forget ...` corrects."""

    def parse_args(self, ctx, args):
        if not args or (args[0] not in self.commands and args[0] not in ("-h", "--help")):
            args = ["list", *args]
        return super().parse_args(ctx, args)


actors_app = typer.Typer(
    cls=_ListGroup, add_completion=False, rich_markup_mode=None,
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
            table = queries.actor_detail(con, name, limit=rows) if name else queries.actors(con, kind=kind, limit=rows)
        _echo_table(table, fmt, limit)


def _correct(stage: str, *args, **values) -> None:
    """A user's correction, made by the resolution `stage` ("actors", "places"), its outcome printed."""
    import importlib

    resolution = importlib.import_module(f"events_cli.resolve.{stage}")
    with _errors():
        with _database(read_only=False) as con:
            _echo(resolution.correct(con, *args, **values) + "\n")


@actors_app.command()
def merge(
    name: str = typer.Argument(..., help="A name as extracted (any case): \"Habibie apolitis\"."),
    target: str = typer.Argument(..., help="A name of the actor it is: \"BJ Habibie\"."),
) -> None:
    """Make NAME and TARGET one actor, for good (kept through later imports and --replace)."""
    _correct("actors", "merge", name, target)


@actors_app.command()
def split(name: str = typer.Argument(..., help="A name as extracted (any case).")) -> None:
    """Make NAME an actor of its own: no rule and no earlier merge joins it to another name."""
    _correct("actors", "split", name)


@actors_app.command()
def forget(name: str = typer.Argument(..., help="A name as extracted (any case): \"Rumah Duka Habibie\".")) -> None:
    """NAME is no actor: it is left out of every actor list, event and export."""
    _correct("actors", "forget", name)


places_app = typer.Typer(
    cls=_ListGroup, add_completion=False, rich_markup_mode=None,
    help="Places (`events places [NAME]`), and corrections of what the gazetteer or the text got wrong: forget, merge, set.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(places_app, name="places")

PlaceKindOption = typer.Option(None, "--kind", help="The place's kind, when NAME is places of several kinds (Hong Kong: city or country).")


@places_app.command("list")
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
            table = queries.place_detail(con, name, limit=rows) if name else queries.places(con, kind=kind, limit=rows)
        _echo_table(table, fmt, limit)


@places_app.command("forget")
def forget_place(
    name: str = typer.Argument(..., help="The place's name, as `events places` lists it or as an article wrote it."),
    kind: Optional[str] = PlaceKindOption,
) -> None:
    """NAME is no place: it is left out of every place list, event and export, for good (kept
    through later imports and --replace)."""
    _correct("places", "forget", name, kind)


@places_app.command("merge")
def merge_place(
    name: str = typer.Argument(..., help="The place as extracted: \"Jabar\"."),
    target: str = typer.Argument(..., help="The place it is: \"Jawa Barat\"."),
    kind: Optional[str] = PlaceKindOption,
    target_kind: Optional[str] = typer.Option(None, "--target-kind", help="TARGET's kind, when TARGET is places of several kinds."),
) -> None:
    """NAME is the place TARGET: its articles and events name TARGET, for good."""
    _correct("places", "merge", name, kind, target=target, target_kind=target_kind)


@places_app.command("set")
def set_place(
    name: str = typer.Argument(..., help="The place's name."),
    kind: Optional[str] = PlaceKindOption,
    to_kind: Optional[str] = typer.Option(None, "--to-kind", help="Its kind: city, regency, province, country, facility..."),
    country: Optional[str] = typer.Option(None, "--country", help="Its country, a two-letter ISO 3166-1 code: ID, MY."),
    lat: Optional[float] = typer.Option(None, "--lat", help="Its latitude (WGS 84 degrees), with --lon."),
    lon: Optional[float] = typer.Option(None, "--lon", help="Its longitude, with --lat."),
) -> None:
    """Correct a place's kind, country or point (a map puts it there), for good."""
    _correct("places", "set", name, kind, new_kind=to_kind, country=country, lat=lat, lon=lon)


@app.command()
def show(
    item: str = typer.Argument(..., metavar="ID", help="An article id (12 or a12), an event id (e34) or a story id (s5) as listed by timeline and stories."),
    fmt: str = FormatOption,
) -> None:
    """One article (metadata, text, events, actors, places, links both ways), one event, or one story with its articles."""
    from events_cli import queries
    from events_cli.render import check_format, render_record

    with _errors():
        check_format(fmt)
        kind, number = _parse_id(item)
        with _database(read_only=True) as con:
            show_one = {"e": queries.show_event, "s": queries.show_story, "a": queries.show_article}[kind]
            record = show_one(con, number)
        _echo(render_record(record, fmt))


def _parse_id(item: str) -> tuple[str, int]:
    text = item.strip().lower()
    kind = text[0] if text[:1] in ("a", "e", "s") else "a"
    digits = text[1:] if text[:1] in ("a", "e", "s") else text
    if not digits.isdigit():
        raise UsageError(f"{item!r} is not an id: use an article id (12, a12), an event id (e34) or a story id (s5)")
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


class _SqlCommand(typer.core.TyperCommand):
    """`sql`, with sqlite-utils' `-p NAME VALUE` (repeatable): typer has no option of several
    pairs, its click core has (nargs=2, multiple)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.params.append(typer.core.TyperOption(
            param_decls=["-p", "--param"], nargs=2, multiple=True, metavar="NAME VALUE",
            help="A value for $NAME in the SQL (repeatable); no quoting needed."))

    def invoke(self, ctx):
        ctx.meta["sql_params"] = dict(ctx.params.pop("param", ()))
        return super().invoke(ctx)


@app.command(cls=_SqlCommand)
def sql(
    ctx: typer.Context,
    query: Optional[str] = typer.Argument(None, help="The SQL to run; omit it to read from --file or stdin."),
    file: Optional[Path] = typer.Option(None, "--file", help="Read the SQL from this file."),
    write: bool = typer.Option(False, "--write", help="Allow statements that change the database."),
    fmt: str = FormatOption,
) -> None:
    """Run any SQL against the database (see `events schema`). Read-only unless --write.

    Values are passed with -p NAME VALUE and written $NAME in the SQL:
    events sql "SELECT * FROM actors WHERE name = $name" -p name "Sa'in"
    """
    from events_cli import queries
    from events_cli.render import check_format

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
            result = queries.run_sql(con, query, ctx.meta["sql_params"])
            if write:  # the SQL may have changed titles, links, what actors, places and stories hold
                from events_cli import resolve

                resolve.after_sql(con)
            _echo_rendered(result, fmt)


@app.command()
def forget(
    items: Optional[list[str]] = typer.Argument(None, help="Article ids (12 or a12)."),
    origin: Optional[str] = typer.Option(None, "--origin", help="Articles imported from this file, folder or URL."),
    url: Optional[str] = typer.Option(None, "--url", help="The article with this URL."),
    source: Optional[str] = typer.Option(None, "--source", "-s", help="Every article of this outlet (its whole name, any case)."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Say what would be forgotten, and change nothing."),
) -> None:
    """Remove articles and everything found in them (events, links, stories, counts of actors and places)."""
    from events_cli import queries, resolve

    with _errors():
        ids = []
        for item in items or []:
            kind, article_id = _parse_id(item)
            if kind != "a":
                raise UsageError(f"forget takes article ids (12 or a12), not {item}")
            ids.append(article_id)
        if not (ids or origin or url or source):
            raise UsageError("nothing to forget: give article ids, --origin, --url or --source")
        with _database(read_only=dry_run) as con:
            chosen = queries.article_ids_to_forget(con, ids, origin=origin, url=url, source=source)
            if not chosen:
                raise NotFoundError("no article matches: nothing forgotten")
            listed = ", ".join(f"a{i}" for i in chosen[:10]) + (f" and {len(chosen) - 10} more" if len(chosen) > 10 else "")
            if dry_run:
                _err(f"would forget {len(chosen)} article{'s' * (len(chosen) != 1)}: {listed}")
                return
            gone = resolve.forget(con, chosen)
        _err(f"forgot {gone['articles']} article{'s' * (gone['articles'] != 1)} ({listed}) "
             f"and {gone['events']} event{'s' * (gone['events'] != 1)}")


@app.command()
def schema() -> None:
    """Print the database's schema (schema.sql): every table, view and column, commented."""
    from events_cli import store

    _echo(store.schema_sql())


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
