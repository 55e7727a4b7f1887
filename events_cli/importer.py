"""Import: read inputs, skip what is already stored, extract the rest, write in batches.

Reading, de-duplication and writing happen in this process; extraction, the costly part,
runs in worker processes once an import is large enough to pay for starting them. While
the workers extract one batch, this process writes the one before.
"""
from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice

import duckdb

from events_cli import resolve, store
from events_cli.errors import InputError
from events_cli.models import Article, ArticleRecord
from events_cli.readers import JSON_SUFFIXES, AlreadyImported, InputNotice, Overrides, is_jsonl, read_inputs

# Articles per transaction. Each batch's statements have a cost of their own (planning, and
# scans of the stored actors, places and aliases to match names, which grow with the
# archive): writing 1,000 articles in one batch costs 17% fewer instructions than in two of
# 500. Larger batches would hold more memory and make the last batch, written while the
# workers idle, longer.
BATCH_SIZE = 1000
# An import allocates millions of short-lived objects and keeps few: the collector's default
# first threshold (700 net allocations) makes it walk the survivors some thousand times per
# thousand articles, ~5% of an import's CPU for nothing. Raised for the import (inherited by
# the forked workers), it runs a few times instead; memory is still bounded by it.
GC_THRESHOLD = (20_000, 20, 20)
PARALLEL_FROM = 100  # articles in the first batch before worker processes are worth starting
# DuckDB's log size that makes a commit checkpoint, during a large import (its default, 16 MB, is one
# or two batches): the importing process's peak memory is at a checkpoint, and a checkpoint of one
# batch's rows holds less at once (the first 8,000 bulk articles: that process's peak 305 -> 285 MB,
# 242 -> 209 MB at the end; the 19k file: the import's peak 536 -> 522 MB; the same CPU).
CHECKPOINT_THRESHOLD = "4MB"
CHUNK = 25  # articles per task sent to a worker


@dataclass
class ImportSummary:
    imported: int = 0
    updated: int = 0  # articles whose file (or record, by its id) came again with another text: replaced
    replaced: int = 0
    unchanged: int = 0
    failed: int = 0
    notices: int = 0  # articles imported with something left out (a publication date that could not be read)
    errors: list[InputError] = field(default_factory=list)

    def line(self) -> str:
        parts = [f"{self.imported} imported"]
        if self.updated:
            parts.append(f"{self.updated} updated (text changed)")
        if self.replaced:
            parts.append(f"{self.replaced} re-extracted")
        parts.append(f"{self.unchanged} unchanged")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts)


def import_paths(
    db: duckdb.DuckDBPyConnection | store.ImportConnection,
    paths: Iterable[str],
    overrides: Overrides = Overrides(),
    replace: bool = False,
    on_error: Callable[[InputError], None] = lambda e: None,
    on_notice: Callable[[InputNotice], None] = lambda n: None,
    on_batch: Callable[[ImportSummary], None] = lambda summary: None,
    on_progress: Callable[[ImportSummary, int], None] = lambda summary, extracted: None,
    stdin=None,
    summary: ImportSummary | None = None,
    workers: int | None = None,
    timeout: float = 20.0,
) -> ImportSummary:
    """Import every article named by `paths`; failures are reported through `on_error` and skipped.

    Pass your own `summary` to still have the counts when the import is interrupted: each
    batch is committed whole, so what the summary counts is what the database holds.
    `on_notice` hears of articles imported without a value they gave that could not be read.
    `on_batch` is called with the summary after each batch is committed, `on_progress` with
    it and the number of articles extracted since then, as each chunk comes back (for a
    progress bar that moves more often than once a batch).
    `workers` extraction processes are used for large imports (default: one per core);
    `timeout` bounds each network read of a URL.
    Given an :class:`store.ImportConnection`, the import lets other events processes that
    asked for the file have it between batches (given a bare connection, it keeps it).
    """
    summary = summary if summary is not None else ImportSummary()
    handle = db if isinstance(db, store.ImportConnection) else None
    con = handle.con if handle is not None else db

    def fail(error: InputError) -> None:
        summary.failed += 1
        summary.errors.append(error)
        on_error(error)

    def known_url(url: str) -> bool:
        return not replace and bool(store.find_existing(con, [store.dedup_key(url, "")]))

    def between_batches() -> None:
        nonlocal con
        store.shed_buffers(con)
        on_batch(summary)
        if handle is not None and handle.let_others_in():
            con = handle.con
            if threads is not None:
                _settings_for_workers(con)

    def articles() -> Iterator[Article]:
        for result in read_inputs(paths, overrides, stdin=stdin, known_url=known_url, timeout=timeout):
            if isinstance(result, InputError):
                fail(result)
            elif isinstance(result, AlreadyImported):
                summary.unchanged += 1
            elif isinstance(result, InputNotice):
                summary.notices += 1
                on_notice(result)
            else:
                yield result

    stream = articles()
    workers = workers if workers is not None else (os.cpu_count() or 1)
    pool = None
    frozen = False
    threads = threshold = None  # DuckDB's thread count and checkpoint threshold, to restore
    thresholds = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        first = list(islice(stream, BATCH_SIZE))
        if len(first) >= PARALLEL_FROM and workers > 1:
            _warm_up()  # load models before forking, so workers share them
            # The loaded models live as long as the process: frozen, the garbage collector stops
            # walking them (some 30 ms) at every full collection, in this process, busy writing and
            # unpickling results, and in the forked workers (gc.freeze's documented use before fork).
            gc.freeze()
            frozen = True
            threads, threshold = con.execute(
                "SELECT current_setting('threads'), current_setting('checkpoint_threshold')").fetchone()
            _settings_for_workers(con)
            pool = _Workers(workers)
        batches = _batches(first, stream)
        pending = None  # (batch plan, futures) extracted while the previous batch is written
        for batch in batches:
            # the batch before is not written yet: its keys are checked here, not in the database
            plan = _plan(con, batch, replace, summary, pending[0].keys if pending else set())
            work = _start(plan, pool)
            if pending is not None:
                _finish(con, *pending, summary, fail, pool, on_progress, last=False)
                between_batches()
            pending = (plan, work)
        if pending is not None:
            _finish(con, *pending, summary, fail, pool, on_progress)
            on_batch(summary)
        else:  # nothing written: still catch up on what an interrupted import left unresolved
            resolve.after_batch(con, [])
        resolve.release()  # (the stages' memory, before the words' sort)
        store.shed_buffers(con)
        store.sort_terms_when_due(con)  # (for search: see store.py)
    except Exception as exc:
        if store.is_interrupt(exc):  # Ctrl-C inside a DuckDB query (a look-up, say)
            raise KeyboardInterrupt from exc
        raise
    finally:
        if pool is not None:
            pool.shutdown()
        if frozen:
            gc.unfreeze()
        gc.set_threshold(*thresholds)
        if threads is not None:
            _restore_settings(con, threads, threshold)
    return summary


def _settings_for_workers(con: duckdb.DuckDBPyConnection) -> None:
    """DuckDB's settings while worker processes extract: one thread (the workers keep every core
    busy: DuckDB's own threads would only contend with them), and a checkpoint at each batch."""
    con.execute("SET threads = 1")
    con.execute(f"SET checkpoint_threshold = '{CHECKPOINT_THRESHOLD}'")


def _restore_settings(con: duckdb.DuckDBPyConnection, threads: int, threshold: str) -> None:
    try:
        con.execute(f"SET threads = {int(threads)}")
        con.execute(f"SET checkpoint_threshold = '{threshold}'")  # (as DuckDB told it: "16.0 MiB")
    except duckdb.Error:  # the connection is gone (interrupted): nothing to restore
        pass


def _batches(first: list[Article], rest: Iterator[Article]) -> Iterator[list[Article]]:
    if first:
        yield first
    while batch := list(islice(rest, BATCH_SIZE)):
        yield batch


@dataclass
class _Plan:
    articles: list[Article]  # to extract, in order
    replace_ids: dict[int, int]  # index in `articles` -> stored article id it re-extracts
    keys: set[str]  # the dedup keys of `articles`
    updated: set[int] = field(default_factory=set)  # indexes in `articles` of new texts of stored ones


def _plan(con, batch: list[Article], replace: bool, summary: ImportSummary, unwritten: set[str]) -> _Plan:
    """Which articles of the batch need extracting: new ones, and stored ones with --replace.
    An article already in this batch or in the batch before (`unwritten`: its keys, being
    extracted and not yet in the database) is counted unchanged, like one stored."""
    keys = [store.dedup_key(a.url, a.text) for a in batch]
    existing = store.find_existing(con, keys)
    # a file (or a record with an id) without a URL that comes again with another text replaces
    # the article it gave before, rather than adding a second one
    known = store.find_by_origin(con, list(dict.fromkeys(
        identity for article, key in zip(batch, keys) if key not in existing and (identity := _identity(article)))))
    plan = _Plan([], {}, set())
    seen = plan.keys
    for article, key in zip(batch, keys):
        stored = existing.get(key)
        if key in seen or key in unwritten or (stored is not None and not replace):
            summary.unchanged += 1
            continue
        seen.add(key)
        if stored is None and (earlier := known.get(_identity(article))) is not None \
                and earlier not in plan.replace_ids.values():
            stored = earlier
            plan.updated.add(len(plan.articles))
        if stored is not None:
            plan.replace_ids[len(plan.articles)] = stored
        plan.articles.append(article)
    return plan


def _identity(article: Article) -> tuple[str, str | None] | None:
    """What names an article without a URL across imports: its file, or its file and its id
    in a JSON or JSON Lines file (records without an id share their file: nothing names them)."""
    if article.url:
        return None
    if article.external_id is not None:
        return article.origin, article.external_id
    if is_jsonl(article.origin) or article.origin.lower().endswith(JSON_SUFFIXES) or article.origin == "<stdin>":
        return None
    return article.origin, None


class _Workers:
    """The extraction processes. When one dies (the out-of-memory killer, a crash in C code),
    its pool is broken and every task the pool held is lost: a new pool takes them up again.
    A task that breaks the new pool as well has each of its articles extracted in a process
    of its own, so that an article at fault fails alone and the import goes on."""

    def __init__(self, workers: int):
        self.workers = workers
        self.pool = _pool(workers)

    def submit(self, articles: list[Article]) -> tuple:
        try:
            return articles, self.pool, self.pool.submit(extract_many, articles, True)
        except BrokenProcessPool:  # a worker died since the last task
            self._renew()
            return articles, self.pool, self.pool.submit(extract_many, articles, True)

    def result(self, task: tuple) -> list[ArticleRecord | InputError]:
        articles, pool, future = task
        try:
            return future.result()
        except BrokenProcessPool:
            pass
        if pool is self.pool:  # the first task to find its pool broken replaces it
            self._renew()
        try:
            return self.submit(articles)[2].result()
        except BrokenProcessPool:
            return [r for article in articles for r in _alone(article)]

    def _renew(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = _pool(self.workers)

    def shutdown(self, wait: bool = False) -> None:
        self.pool.shutdown(wait=wait, cancel_futures=True)


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_watch_parent, initargs=(os.getpid(),))


def _alone(article: Article) -> list[ArticleRecord | InputError]:
    """`extract_many([article])` in a process that runs nothing else."""
    with _pool(1) as solo:
        try:
            return solo.submit(extract_many, [article], True).result()
        except BrokenProcessPool:
            return [InputError(article.origin, "extraction ended its worker process (out of memory, or a crash)")]


def _start(plan: _Plan, pool: _Workers | None) -> list:
    if pool is None:
        return [extract_many(plan.articles)]
    return [pool.submit(plan.articles[i:i + CHUNK]) for i in range(0, len(plan.articles), CHUNK)]


def _finish(con, plan: _Plan, work: list, summary: ImportSummary, fail: Callable[[InputError], None],
            pool: _Workers | None, on_progress: Callable[[ImportSummary, int], None], last: bool = True) -> None:
    results: list[ArticleRecord | InputError] = []
    for part in work:
        results.extend(pool.result(part) if pool is not None else part)
        on_progress(summary, len(results))
    if last and pool is not None:
        # nothing left to extract: the workers (each holding its caches, some 120 MB at the end
        # of the 19k import) end before the last batch is written and the stages run over the import
        pool.shutdown(wait=True)
    records, replace_ids, updated = [], {}, 0
    for i, result in enumerate(results):
        if isinstance(result, InputError):
            fail(result)
            continue
        if result.article is None:  # sent back from a worker without the text this process has
            result.article = plan.articles[i]
        if i in plan.replace_ids:
            replace_ids[len(records)] = plan.replace_ids[i]
            updated += i in plan.updated
        records.append(result)
    ids = store.write_articles(con, records, replace_ids)
    summary.updated += updated
    summary.replaced += len(replace_ids) - updated
    summary.imported += len(records) - len(replace_ids)
    # the batch is committed: an interruption from here on leaves articles the next import resolves.
    # The blocks its writing read and wrote are let go first: held, the resolution's own add to them
    # (DuckDB's buffers of the importing process, first 8,000 bulk articles: its peak 301 -> 285 MB)
    store.shed_buffers(con)
    resolve.after_batch(con, ids, last)


def extract_many(articles: list[Article], slim: bool = False) -> list[ArticleRecord | InputError]:
    """Extract each article; an extractor bug fails that article alone, never the batch.

    `slim` leaves out the article and its text, which the importing process already has:
    pickling them back from a worker would cost more than the rest of the record.
    """
    from events_cli.extract import extract_articles

    out: list[ArticleRecord | InputError] = []
    for article, record in zip(articles, extract_articles(articles)):
        if isinstance(record, Exception):
            out.append(InputError(article.origin, f"extraction failed ({type(record).__name__}: {record})"))
            continue
        if slim:
            record.article, record.body = None, ""
        out.append(record)
    return out


def _watch_parent(parent: int) -> None:
    """A worker ends itself when the importing process is gone (killed with SIGKILL, say),
    rather than linger holding the terminal's pipes."""
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the importing process's to handle

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


# What the warm-up extracts: enough for every table the extraction loads on first use to be
# loaded before the workers fork, and shared by them (a dateline in capitals reads the
# gazetteer's folded aliases; an English line, the English tagger): loaded in each worker
# instead, they cost some 30 MB of memory a worker.
_WARM_UP = ("JAKARTA, KOMPAS.com - Warm-up di Jakarta pada 1 Januari 2020.",
            "JAKARTA - The police said on Monday that the minister of finance met the President in Jakarta.")


def _warm_up() -> None:
    extract_many([Article(text=text, origin="warm-up") for text in _WARM_UP])

