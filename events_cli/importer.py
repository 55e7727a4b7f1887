"""Import: read inputs, skip what is already stored, extract the rest, write in batches."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import duckdb

from events_cli import store
from events_cli.errors import InputError
from events_cli.models import Article, ArticleRecord
from events_cli.readers import Overrides, read_inputs

BATCH_SIZE = 200


@dataclass
class ImportSummary:
    imported: int = 0
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    errors: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{self.imported} imported"]
        if self.replaced:
            parts.append(f"{self.replaced} re-extracted")
        parts.append(f"{self.unchanged} unchanged")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts)


def import_paths(
    con: duckdb.DuckDBPyConnection,
    paths: Iterable[str],
    overrides: Overrides = Overrides(),
    replace: bool = False,
    on_error: Callable[[InputError], None] = lambda e: None,
    on_article: Callable[[], None] = lambda: None,
    stdin=None,
    summary: ImportSummary | None = None,
) -> ImportSummary:
    """Import every article named by `paths`; failures are reported through `on_error` and skipped.

    Pass your own `summary` to still have the counts when the import is interrupted: each
    batch is committed whole, so what the summary counts is what the database holds.
    """
    summary = summary if summary is not None else ImportSummary()
    pending: list[Article] = []

    def fail(error: InputError) -> None:
        summary.failed += 1
        summary.errors.append(error)
        on_error(error)

    for result in read_inputs(paths, overrides, stdin=stdin):
        if isinstance(result, InputError):
            fail(result)
            continue
        pending.append(result)
        if len(pending) >= BATCH_SIZE:
            _flush(con, pending, replace, summary, fail, on_article)
            pending = []
    _flush(con, pending, replace, summary, fail, on_article)
    return summary


def _flush(con, articles: list[Article], replace: bool, summary: ImportSummary,
           fail: Callable[[InputError], None], on_article: Callable[[], None]) -> None:
    if not articles:
        return
    keys = [store.dedup_key(a.url, a.text) for a in articles]
    existing = store.find_existing(con, keys)
    records: list[ArticleRecord] = []
    replace_ids: dict[int, int] = {}
    batch_keys: set[str] = set()
    for article, key in zip(articles, keys):
        on_article()
        if key in batch_keys:  # the same article twice in one import
            summary.unchanged += 1
            continue
        stored = existing.get(key)
        if stored is not None and not replace:
            summary.unchanged += 1
            continue
        try:
            record = extract(article)
        except Exception as exc:  # an extractor bug must not lose the other articles
            fail(InputError(article.origin, f"extraction failed ({type(exc).__name__}: {exc})"))
            continue
        batch_keys.add(key)
        if stored is not None:
            replace_ids[len(records)] = stored.article_id
        records.append(record)
    store.write_articles(con, records, replace_ids)
    summary.replaced += len(replace_ids)
    summary.imported += len(records) - len(replace_ids)


def extract(article: Article) -> ArticleRecord:
    from events_cli.extract import extract_article

    return extract_article(article)
