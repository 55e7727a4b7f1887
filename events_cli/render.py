"""One rendering function for every listing command: tabulate formats, csv, tsv, json, jsonl."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable
from decimal import Decimal

from events_cli.errors import UsageError
from events_cli.queries import Table

DEFAULT_FORMAT = "simple"
MACHINE_FORMATS = ("csv", "tsv", "json", "jsonl")
# Columns of running text that a human-readable table shortens to keep rows on one line.
_SHORTEN = {"event": 72, "matching event": 72, "actors": 48, "places": 40, "with": 40, "link_title": 70,
            "from_title": 50, "title": 60, "sources": 40}


def check_format(fmt: str) -> str:
    if fmt in MACHINE_FORMATS:
        return fmt
    from tabulate import tabulate_formats

    if fmt not in tabulate_formats:
        raise UsageError(f"unknown format {fmt!r}: use csv, tsv, json, jsonl or a tabulate format such as "
                         "simple, github, grid, plain")
    return fmt


def _json_default(value):
    """What json cannot write itself, as SQL results can hold it: dates and times as ISO 8601,
    DECIMAL as a number, anything else (INTERVAL, UUID, BLOB...) as its text."""
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "backslashreplace")
    return str(value)


def _json(value, indent: int | None = None) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent, default=_json_default)


def _cell(value, sep: str) -> str | float | int:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return sep.join(str(_cell(v, sep)) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 4)
    return value


def _shorten(text, width: int):
    if not isinstance(text, str):
        return text
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def render(table: Table, fmt: str = DEFAULT_FORMAT, width: int | None = None, wrap: bool = False) -> str:
    """The table as text in `fmt`; a human format gets the table's title and notes above it.

    In a table for people, long texts (an event's sentence, names, titles) are cut to fit
    with "…": at their column's usual width, or `width` characters (0: never cut); with
    `wrap` they are wrapped over several lines at that width instead."""
    if fmt == "json":
        return _json([dict(zip(table.columns, row)) for row in table.rows], indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(_json(dict(zip(table.columns, row))) + "\n" for row in table.rows)
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.columns)
        writer.writerows([[_cell(v, "; ") for v in row] for row in table.rows])
        return out.getvalue()
    from tabulate import tabulate

    widths = [(_SHORTEN[c] if width is None else width or None) if c in _SHORTEN else None for c in table.columns]
    rows = [
        [_shorten(_cell(v, ", "), w) if w and not wrap else _cell(v, ", ") for w, v in zip(widths, row)]
        for row in table.rows
    ]
    head = []
    if table.title:
        head.append(table.title)
    head.extend(table.notes)
    # Numbers stay right-aligned; text that merely looks numeric ("2011", "e12") is left alone.
    text_columns = [i for i in range(len(table.columns)) if any(isinstance(r[i], str) for r in rows)]
    if not rows:  # (the command says "(no rows)" on stderr: stdout holds only data)
        return "\n".join(head) + "\n" if head else ""
    body = tabulate(rows, headers=table.columns, tablefmt=fmt, floatfmt=".4f", disable_numparse=text_columns,
                    maxcolwidths=widths if wrap and any(widths) else None)
    return "\n".join(head + ([""] if head else []) + [body]) + "\n"


def render_record(record: dict, fmt: str = DEFAULT_FORMAT) -> str:
    """One article or event in full: JSON for machine formats, labelled lines for people."""
    if fmt in ("json", "jsonl"):
        indent = 2 if fmt == "json" else None
        return _json(record, indent) + "\n"
    lines: list[str] = []
    for key, value in record.items():
        if value is None or value == []:
            continue
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append(f"{key}:")
            lines.extend("  - " + "; ".join(f"{k}={_cell(v, ', ')}" for k, v in item.items()
                                           if v not in (None, [], "")) for item in value)
        elif isinstance(value, dict):
            lines.append(f"{key}: " + "; ".join(f"{k}={_cell(v, ', ')}" for k, v in value.items()))
        elif key == "text":
            lines.append("text:")
            lines.extend("  " + line for line in str(value).splitlines())
        else:
            lines.append(f"{key}: {_cell(value, ', ')}")
    return "\n".join(lines) + "\n"


def jsonl_lines(records: Iterable[dict]) -> Iterable[str]:
    for record in records:
        yield _json(record) + "\n"


def graphml(table: Table) -> str:
    """`events network` as GraphML (http://graphml.graphdrawing.org/), which Gephi, NetworkX
    (``read_graphml``), yEd and igraph open: a node per actor (its name and kind), a directed edge
    from source to target per event type, weighted by the number of events."""
    from xml.sax.saxutils import escape

    ids: dict[str, str] = {}
    kinds: dict[str, str] = {}
    for source, source_kind, target, target_kind, *_ in table.rows:
        for name, kind in ((source, source_kind), (target, target_kind)):
            if name not in ids:
                ids[name], kinds[name] = f"n{len(ids)}", kind
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
        '  <key id="name" for="node" attr.name="name" attr.type="string"/>',
        '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
        '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
        '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
        '  <key id="first_date" for="edge" attr.name="first_date" attr.type="string"/>',
        '  <key id="last_date" for="edge" attr.name="last_date" attr.type="string"/>',
        '  <graph id="events" edgedefault="directed">',
    ]
    for name, node in ids.items():
        lines.append(f'    <node id="{node}"><data key="name">{escape(name)}</data>'
                     f'<data key="kind">{escape(kinds[name])}</data></node>')
    for i, (source, _, target, _, type_, events, first, last) in enumerate(table.rows):
        dates = "".join(f'<data key="{key}">{value.isoformat()}</data>'
                        for key, value in (("first_date", first), ("last_date", last)) if value is not None)
        lines.append(f'    <edge id="e{i}" source="{ids[source]}" target="{ids[target]}">'
                     f'<data key="type">{escape(type_ or "")}</data><data key="weight">{events}</data>{dates}</edge>')
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)
