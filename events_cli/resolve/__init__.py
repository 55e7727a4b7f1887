"""Resolution across articles: a stage after the store, run by the importer after each batch.

It reads what the store holds and writes its decisions back; it never calls the extractors.
Each step also takes up the articles an interrupted import left unresolved.
"""
from __future__ import annotations

from collections.abc import Sequence


def after_batch(con, article_ids: Sequence[int]) -> None:
    """Resolve what a batch just written (`article_ids`) brings: the stories of its articles."""
    from events_cli.resolve import stories

    stories.assign(con, article_ids)
