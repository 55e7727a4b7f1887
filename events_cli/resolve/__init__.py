"""Resolution across articles: stages that read what the store holds after a batch is written
and write their decisions back (never calling the extractors). ``actors``: which actor each
extracted name is."""
from __future__ import annotations

from collections.abc import Iterable


def after_batch(con, article_ids: Iterable[int]) -> None:
    """Run every stage after a written batch (and catch up on articles an interrupted import left)."""
    from events_cli.resolve import actors

    actors.after_batch(con, article_ids)
