"""Places used as teams (events_cli/resolve/places.py): a town's name that the archive's words write
as a side of a match is an organisation where so used. The towns, clubs and texts are made up."""
import datetime as dt
import random

import pytest

from events_cli import resolve, store
from events_cli.models import Actor, Article, ArticleRecord, Event, EventActor, Place
from events_cli.resolve import places as place_uses


@pytest.mark.parametrize("text, surfaces, town, cue", [
    ("Tim tamu takluk saat melawan Tarvesa di kandang sendiri.", ["Tarvesa"], False, "body"),
    ("Laga Tarvesa vs Lumbra berakhir imbang.", ["Tarvesa"], False, "body"),
    ("Mereka menang atas Real Tarvesa pekan lalu.", ["Tarvesa"], False, "body"),
    ("Menurut pelatih Tarvesa, timnya siap.", ["Tarvesa"], False, "body"),
    ("Ia tinggal di Tarvesa sejak kecil.", ["Tarvesa"], False, "place"),
    ("Gol Tarvesa tercipta pada menit ke-80.", ["Tarvesa"], False, None),
    ("Ditemui di Jalan Kapten Tarvesa, Jakarta.", ["Tarvesa"], False, None),  # a title in a street's name
    ("Menurut pelatih Dario Tarvesa, timnya siap.", ["Dario Tarvesa"], False, None),  # his own name
    ("Menurut pelatih Dario Tarvesa, timnya siap.", ["Dario Tarvesa"], True, "body"),  # (a town of the gazetteer)
    ("Warga Tarvesa menjamu Tarvesa FC.", ["Tarvesa"], False, "body"),  # "Warga" opens the sentence
    ("Kota itu dijamu Tarvesa, lalu warga Tarvesa bersorak.", ["Tarvesa"], False, "both"),
])
def test_article_cue(text, surfaces, town, cue):
    assert place_uses.article_cue(text, surfaces, town) == cue


@pytest.mark.parametrize("counts, use", [
    ((3, 1, 6), "body"), ((2, 0, 2), "body"), ((1, 0, 5), None),  # once: too little to say
    ((2, 2, 5), None), ((5, 70, 170), "place"), ((4, 1, 100), None),  # in 4 of 100 articles: too few
])
def test_vote(counts, use):
    assert place_uses.vote(*counts) == use


def _record(key, sentence, town, kind="other"):
    """An article whose one event is `sentence`, naming the place `town`."""
    text = f"{sentence} Laporan {key} ditulis wartawan kami."
    date = dt.date(2023, 9, 13)
    return ArticleRecord(
        article=Article(text=text, origin=f"{key}.txt", url=f"https://bola.example/{key}"), body=text,
        source="Tempo", published=date, language="id", dateline_place=None,
        events=[Event(date, "day", "main", sentence, "13 September 2023",
                      actors=[EventActor("Dodi Firmansyah", "Pelatih")], places=[town])],
        actors=[Actor("Dodi Firmansyah", "person", ["Dodi Firmansyah"], ["Pelatih"])],
        places=[Place(town, kind, None, None, None, [town])], related=[],
    )


ROWS = [
    # a club named by its town: "melawan Tarvesa", "Tarvesa vs", "pelatih Tarvesa"; once "di Tarvesa"
    ("Persiraya kalah 1-2 saat melawan Tarvesa di laga tandang.", "Tarvesa"),
    ("Laga Tarvesa vs Lumbra berakhir imbang tanpa gol.", "Tarvesa"),
    ("Menurut pelatih Tarvesa, timnya akan bangkit.", "Tarvesa"),
    ("Gol Tarvesa dicetak pada menit ke-80 oleh pemain pengganti.", "Tarvesa"),  # no word either way: the club
    ("Hujan deras mengguyur di Tarvesa sejak pagi.", "Tarvesa"),  # the town
    # a town that is a club in one article and a town in five: the town everywhere ("PSM Makassar vs")
    ("Banjir merendam rumah warga Marundi.", "Marundi"), ("Jalan longsor di Marundi.", "Marundi"),
    ("Pasar di Marundi terbakar.", "Marundi"), ("Wali kota Marundi meninjau ke Marundi utara.", "Marundi"),
    ("Festival budaya di Marundi dibuka.", "Marundi"), ("Tim tamu menjamu Marundi di stadion.", "Marundi"),
    # a name whose words say both as often: the club where the words say so, the town elsewhere
    ("Kemenangan kontra Lumbra membuat mereka naik.", "Lumbra"), ("Skuad itu dijamu Lumbra pekan lalu.", "Lumbra"),
    ("Wisatawan datang ke Lumbra setiap tahun.", "Lumbra"), ("Angin kencang melanda di Lumbra.", "Lumbra"),
    ("Nama Lumbra kembali disebut.", "Lumbra"),
]


def _archive(seed: int | None, size: int):
    order = list(range(len(ROWS)))
    random.Random(seed).shuffle(order)
    batches = [order[i:i + size] for i in range(0, len(order), size)]
    if seed is None:  # Lumbra's two matches and the article that says nothing, then the town's two; the
        # article that says nothing of Tarvesa last, alone
        batches = [[11, 12, 15], [13, 14], [k for k in range(11) if k != 3], [3]]
    con = store.connect(":memory:")
    for batch in batches:
        ids = store.write_articles(con, [_record(k, *ROWS[k]) for k in batch])
        resolve.after_batch(con, ids)
    return con


def _state(con):
    places = con.execute("SELECT name, kind, n_articles, n_events FROM places ORDER BY ALL").fetchall()
    actors = con.execute("SELECT name, kind, n_articles, n_events FROM actors ORDER BY ALL").fetchall()
    links = con.execute("""SELECT a.url, p.name FROM article_places ap JOIN places p USING (place_id)
                           JOIN articles a USING (article_id) ORDER BY ALL""").fetchall()
    event_links = con.execute("""SELECT a.url, p.name FROM event_places ep JOIN places p USING (place_id)
                                 JOIN events e USING (event_id) JOIN articles a USING (article_id) ORDER BY ALL""").fetchall()
    actor_links = con.execute("""SELECT a.url, ac.name, aa.mentions FROM article_actors aa JOIN actors ac USING (actor_id)
                                 JOIN articles a USING (article_id) ORDER BY ALL""").fetchall()
    event_actors = con.execute("""SELECT a.url, ac.name, ea.part FROM event_actors ea JOIN actors ac USING (actor_id)
                                  JOIN events e USING (event_id) JOIN articles a USING (article_id) ORDER BY ALL""").fetchall()
    return places, actors, links, event_links, actor_links, event_actors


def test_a_town_used_as_a_team_is_a_club_where_so_used():
    con = _archive(0, len(ROWS))
    places, actors = _state(con)[:2]
    assert ("Tarvesa", "other", 1, 1) in places  # "di Tarvesa" only
    assert ("Tarvesa", "organization", 4, 4) in actors
    assert ("Marundi", "other", 6, 6) in places and not any(a[0] == "Marundi" for a in actors)
    assert ("Lumbra", "other", 3, 3) in places and ("Lumbra", "organization", 2, 2) in actors
    # the club's rows are an organisation's, the article's own actors kept
    assert con.execute("""SELECT count(*) FROM event_actors JOIN actors USING (actor_id)
                          WHERE name = 'Dodi Firmansyah'""").fetchone() == (len(ROWS),)
    # what the counts say is a recount's
    state = _state(con)
    store.refresh_stats(con)
    assert _state(con) == state


@pytest.mark.parametrize("seed, size", [(None, 1)] + [pytest.param(*p, marks=pytest.mark.slow)
                                                       for p in ((5, 4), (3, 1), (7, 2))])
def test_order_does_not_matter(seed, size):
    """In batches the votes change on the way (Lumbra is a club's name after its first two
    articles, a town's too after four): the rows set aside are put back, and the end is the same."""
    assert _state(_archive(seed, size)) == _state(_archive(0, len(ROWS)))


def test_a_re_extracted_article_is_read_again():
    con = _archive(0, len(ROWS))
    before = _state(con)
    rows = con.execute("SELECT article_id, url FROM articles ORDER BY article_id").fetchall()
    keys = {url: k for k in range(len(ROWS)) for aid, url in rows if url.endswith(f"/{k}")}
    replace = {i: aid for i, (aid, url) in enumerate(rows[:6])}
    ids = store.write_articles(con, [_record(keys[url], *ROWS[keys[url]]) for _, url in rows[:6]], replace)
    resolve.after_batch(con, ids)
    assert _state(con) == before
    # two of the club's four articles gone: "pelatih Tarvesa" once, "di Tarvesa" once, too little to
    # say; the article whose words say nothing names the town again
    resolve.forget(con, [aid for aid, url in rows if keys[url] < 2])
    places, actors = _state(con)[:2]
    assert ("Tarvesa", "organization", 1, 1) in actors and ("Tarvesa", "other", 2, 2) in places
    state = _state(con)
    store.refresh_stats(con)
    assert _state(con) == state
