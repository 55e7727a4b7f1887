import datetime as dt

import pytest

from events_cli.extract.events import build_events
from events_cli.extract.text import split_sentences
from events_cli.models import ActorMention, DateMention, PlaceEntry, PlaceMention


def _mentions(text, names, make):
    out = []
    for name in names:
        start = text.index(name)
        out.append(make(start, start + len(name), name))
    return out


def _events(text, dates, actors=(), places=(), published=None):
    date_mentions = []
    for phrase, value, precision in dates:
        start = text.index(phrase)
        date_mentions.append(DateMention(start, start + len(phrase), phrase, value, precision))
    actor_mentions = _mentions(text, actors, lambda s, e, n: ActorMention(s, e, n, n, "person"))
    place_mentions = _mentions(text, places, lambda s, e, n: PlaceMention(s, e, n, PlaceEntry(n, "city")))
    first_line = text.find("\n")
    return build_events(text, split_sentences(text), date_mentions, actor_mentions, place_mentions, published,
                        first_line if first_line != -1 else len(text))


D = dt.date


@pytest.mark.parametrize("text,dates,published,expected", [
    # the lede's date is the main event
    ("Gempa terjadi pada 1 Mei 2023.\nWarga mengungsi sejak 2022.",
     [("1 Mei 2023", D(2023, 5, 1), "day"), ("2022", D(2022, 1, 1), "year")], None,
     [(D(2023, 5, 1), "day", "main"), (D(2022, 1, 1), "year", "other")]),
    # no date in the lede: the publication date
    ("Gempa mengguncang kota.\nWarga mengungsi sejak 2022.", [("2022", D(2022, 1, 1), "year")], D(2023, 5, 2),
     [(D(2023, 5, 2), "day", "main"), (D(2022, 1, 1), "year", "other")]),
    # no lede date, no publication date: the first dated statement
    ("Gempa mengguncang kota.\nWarga mengungsi sejak 2022.", [("2022", D(2022, 1, 1), "year")], None,
     [(D(2022, 1, 1), "year", "main")]),
    # nothing dated at all
    ("Gempa mengguncang kota.", [], None, []),
    # the same date twice in one sentence is one event
    ("Pada 2022 dan sekali lagi pada 2022 warga pindah.", [("2022", D(2022, 1, 1), "year")], None,
     [(D(2022, 1, 1), "year", "main")]),
    # a lede date after publication is not the main event
    ("Acara digelar 5 Juni 2023.\nLain.", [("5 Juni 2023", D(2023, 6, 5), "day")], D(2023, 5, 1),
     [(D(2023, 5, 1), "day", "main"), (D(2023, 6, 5), "day", "other")]),
])
def test_main_and_other_events(text, dates, published, expected):
    assert [(e.date, e.precision, e.kind) for e in _events(text, dates, published=published)] == expected


def test_actors_and_places_of_the_story():
    text = ("Andi bertemu Budi pada 1 Mei 2023 di Bandung.\n"
            "Pertemuan tersebut diadakan di Gedung Sate.\n"
            "Mereka membahas situasi di Jakarta.\n"
            "Citra sudah menjabat sejak 2011 di Bogor.")
    events = _events(text, [("1 Mei 2023", D(2023, 5, 1), "day"), ("2011", D(2011, 1, 1), "year")],
                     actors=["Andi", "Budi", "Citra"], places=["Bandung", "Gedung Sate", "Jakarta", "Bogor"])
    main, other = events
    assert [a.name for a in main.actors] == ["Andi", "Budi"]
    assert main.places == ["Bandung", "Gedung Sate"]  # the venue, not a place merely talked about
    assert [a.name for a in other.actors] == ["Citra"] and other.places == ["Bogor"]


def test_main_event_prefers_a_day_in_the_next_paragraph_over_a_period_in_the_lede():
    import datetime as dt

    from events_cli.extract.dates import extract_dates
    from events_cli.extract.events import build_events
    from events_cli.extract.text import split_sentences

    text = ("KPU menetapkan 580 kursi, bertambah dari anggota DPR periode 2019-2024.\n\n"
            "Ketua KPU di Jakarta, Selasa (10/10/2023), mengatakan hal itu.")
    sentences = split_sentences(text)
    events = build_events(text, sentences, extract_dates(text), [], [], None, text.find("\n"))
    main = next(e for e in events if e.kind == "main")
    assert (main.date, main.precision) == (dt.date(2023, 10, 10), "day")
