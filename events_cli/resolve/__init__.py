"""Resolution across articles: stages that read what the store holds after a batch is written
and write their decisions back (never calling the extractors): ``actors``, which actor each
extracted name is; ``stories``, which happening each article reports. Each stage also takes up
the articles an interrupted import left unresolved.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence


def after_batch(con, article_ids: Iterable[int], last: bool = True) -> None:
    """Run every stage after a written batch (and catch up on articles an interrupted import
    left): actors first, so that stories compare resolved actors. Stories wait for the import's
    `last` batch (or a backlog of stories.BACKLOG articles), to place its articles in one order."""
    from events_cli import store
    from events_cli.resolve import actors, stories

    article_ids = list(article_ids)
    if actors.after_batch(con, article_ids):  # stored articles' actors regrouped: the stories held
        stories.forget_held()                  # in memory name their people by the old ids
    if last or stories.backlog(con) >= stories.BACKLOG:
        store.shed_buffers(con)  # (the blocks the batches read: the stage reads its own)
        stories.assign(con)


def release() -> None:
    """Let go of what the stages keep in memory between the batches of an import (the stories
    of the window, the actors' blocks and caches of names), once the import is over: what comes
    after it (the words' sort for search) then does not add its memory to theirs. The next import
    reads the stories again and makes the caches anew; its decisions are the same."""
    from events_cli.resolve import actors, stories

    stories.forget_held()
    actors.forget_caches()


def after_sql(con) -> None:
    """Make what events keeps derived from the tables true again after `events sql --write`,
    which may have changed any row: title keys, links, the counts of actors and places
    (store.refresh_derived), and every story's counts, title and first report from its
    articles (a story whose articles are all gone goes)."""
    from events_cli import store
    from events_cli.resolve import stories

    store.refresh_derived(con)
    stories.refresh(con, {r[0] for r in con.execute(
        "SELECT story_id FROM stories UNION SELECT story_id FROM articles WHERE story_id IS NOT NULL").fetchall()})


def forget(con, article_ids: Sequence[int]) -> dict[str, int]:
    """Remove articles with all the store keeps of them (store.forget_articles): out of their
    stories (a story left empty goes), and their actors' names resolved anew; one transaction."""
    from events_cli import store
    from events_cli.resolve import actors, places, stories

    def around(delete) -> None:
        touched = stories.detach(con, list(article_ids))
        towns = places.candidates(con, article_ids)
        delete()
        stories.refresh(con, touched)
        actors.resolve(con, towns)

    return store.forget_articles(con, article_ids, around)
