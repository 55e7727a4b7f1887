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


def forget(con, article_ids: Sequence[int]) -> dict[str, int]:
    """Remove articles with all the store keeps of them (store.forget_articles), and take them
    out of their stories (a story left empty goes); one transaction."""
    from events_cli import store
    from events_cli.resolve import stories

    def around(delete) -> None:
        touched = stories.detach(con, list(article_ids))
        delete()
        stories.refresh(con, touched)

    return store.forget_articles(con, article_ids, around)
