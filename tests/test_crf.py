"""The CRF decoder: exact Viterbi over batches, and the same labels as CRFsuite itself."""
from __future__ import annotations

import itertools
import random
from pathlib import Path

import numpy as np
import pytest

from events_cli.extract import ner
from events_cli.extract.crf import CRFModel, ModelError
from events_cli.extract.tokens import tokenize

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def brute_force(emissions, trans):
    """The best label sequence by trying them all (first in lexicographic order on ties)."""
    n, width = emissions.shape
    best, best_path = None, None
    for path in itertools.product(range(width), repeat=n):
        score = sum(emissions[t, y] for t, y in enumerate(path))
        score += sum(trans[a, b] for a, b in zip(path, path[1:]))
        if best is None or score > best + 1e-12:
            best, best_path = score, path
    return list(best_path)


def toy_model(width: int, rng: random.Random) -> CRFModel:
    trans = np.array([[rng.uniform(-2, 2) for _ in range(width)] for _ in range(width)])
    return CRFModel([f"L{i}" for i in range(width)], {}, np.zeros((1, width)), trans)


@pytest.mark.parametrize("seed", range(20))
def test_decode_is_exact_viterbi_over_a_batch(seed):
    rng = random.Random(seed)
    model = toy_model(3, rng)
    lengths = [rng.randint(0, 6) for _ in range(rng.randint(1, 6))]
    emissions = np.array([[rng.uniform(-3, 3) for _ in range(3)] for _ in range(sum(lengths))]).reshape(-1, 3)
    got = model.decode(emissions, lengths).tolist()
    want, k = [], 0
    for n in lengths:
        if n:
            want += brute_force(emissions[k:k + n], model.transitions)
        k += n
    assert got == want


def test_ties_go_to_the_lower_label_as_in_crfsuite():
    model = CRFModel(["A", "B"], {}, np.zeros((1, 2)), np.zeros((2, 2)))
    assert model.decode(np.zeros((3, 2)), [3]).tolist() == [0, 0, 0]
    assert model.decode(np.zeros((0, 2)), []).tolist() == []


def test_bad_model_file(tmp_path):
    bad = tmp_path / "model.crfsuite"
    bad.write_bytes(b"not a model at all, just some bytes" * 3)
    with pytest.raises(ModelError):
        CRFModel.load(bad)
    bad.write_bytes(ner.MODEL_PATH.read_bytes()[:1000])
    with pytest.raises(ModelError):
        CRFModel.load(bad)


def _texts():
    paths = sorted(FIXTURES.glob("*.txt")) + sorted(SEEDS.glob("*.txt"))
    assert paths
    return [p.read_text(encoding="utf-8") for p in paths]


@pytest.mark.parametrize("english, every", [(False, False), (True, False), pytest.param(False, True, marks=pytest.mark.slow),
                                            pytest.param(True, True, marks=pytest.mark.slow)])
def test_same_labels_as_crfsuite(english, every):
    """Every window the tagger decodes in the fixture articles (the first 40 and the seeds; all
    of them as a slow check) gets CRFsuite's own labels, with the Indonesian model and with the
    English one."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    reference = pycrfsuite.Tagger()
    reference.open(str(ner.EN_MODEL_PATH if english else ner.MODEL_PATH))
    model = ner._get_en_scores().model if english else ner._get_tagger()
    windows = 0
    texts = _texts()
    for text in texts if every else texts[:40] + texts[-len(list(SEEDS.glob("*.txt"))):]:
        spans = tokenize(text)
        for seg in ner._segments(text, spans):
            words = [text[s:e] for s, e in seg]
            wins = ner.name_windows(words)
            if not wins:
                continue
            feats = ner.sentence_features(words, use_gazetteer=ner._model_uses_gaz)
            emissions = np.array([model.score(f) for a, b in wins for f in feats[a:b]])
            got = [model.labels[y] for y in model.decode(emissions, [b - a for a, b in wins])]
            want = [label for a, b in wins for label in reference.tag(feats[a:b])]
            assert got == want, words
            windows += len(wins)
    assert windows > 100


def test_tagger_finds_what_crfsuite_finds():
    """The whole tagger (cached per-word scores, one decoding pass over many texts) finds
    the same entities as CRFsuite tagging the features spelt out by sentence_features."""
    pycrfsuite = pytest.importorskip("pycrfsuite")
    reference = pycrfsuite.Tagger()
    reference.open(str(ner.MODEL_PATH))
    reference_en = pycrfsuite.Tagger()  # for the English texts
    reference_en.open(str(ner.EN_MODEL_PATH))

    english_lines = 0

    def crfsuite_entities(text):
        nonlocal english_lines
        out = []
        for seg in ner._segments(text, tokenize(text)):
            words = [text[s:e] for s, e in seg]
            labels = ["O"] * len(words)
            feats = ner.sentence_features(words, use_gazetteer=ner._model_uses_gaz)
            english = ner._english_route([w.lower() for w in words])  # each line by its language
            english_lines += english
            for a, b in ner.name_windows(words):
                labels[a:b] = (reference_en if english else reference).tag(feats[a:b])
            out.extend(ner.trim_spans(ner.decode(seg, labels, text)))
        return ner.consistent_labels(sorted(out, key=lambda e: e.start), text)

    texts = _texts()
    assert ner.tag_many([(t, None) for t in texts]) == [crfsuite_entities(t) for t in texts]
    assert english_lines > 10  # both models are used


@pytest.mark.parametrize("english", [False, True])
def test_feature_rows_are_those_of_the_features_spelt_out(english):
    """The tagger finds a new word's rows (:class:`ner._FeatureIds`) without spelling its
    features out: the very rows, in the same order, that looking up each feature of
    :func:`ner._entry` gives, for every word of the fixtures and for words of every shape."""
    model = ner._get_en_scores().model if english else ner._get_tagger()
    words = {text[s:e] for text in _texts() for s, e in tokenize(text)}
    words |= {"Dr.", "dr.", "KPK", "PDI-P", "2019/2020", "12.000", "İstanbul", "ÉCOLE", "Ⅻ", "²", "--", "_",
              "'s", "\u2019", "x.Y-Z", "Kompas.com", "Covid-19", "di", "Jakarta", "JAKARTA", "jakarta", "kota."}
    words = sorted(words)
    table = ner._FeatureIds(model)
    ids, sizes = table.rows(words)
    # the English word classes are looked up only for a model that has them (the English one)
    assert table.uses_ed is english
    flat = [tuple(f for f in part if english or not f.startswith("ed=")) + (ner._NO_FEATURE,)
            for w in words for part in ner._entry.__wrapped__(w)]
    assert sizes == [len(part) for part in flat]
    assert ids == [model.attributes.get(f, model.unknown) for part in flat for f in part]
    assert len(words) > 3000 and sum(i != model.unknown for i in ids) > 10 * len(words)


def test_tag_many_equals_one_at_a_time():
    texts = _texts()
    one = [ner.tag_entities(t) for t in texts]
    assert ner.tag_many([(t, None) for t in texts]) == one
    assert sum(map(len, one)) > 100


def test_score_tables_start_again_when_full(monkeypatch):
    """Past MAX_WORDS the per-word tables are emptied between batches; nothing changes."""
    texts = _texts()
    want = [ner.tag_entities(t) for t in texts]
    ner._get_tagger()
    monkeypatch.setattr(ner._scores, "MAX_WORDS", 50)
    monkeypatch.setattr(ner._scores, "MAX_EXTRAS", 5)
    got = [ner.tag_entities(t) for t in texts]
    assert got == want
    assert len(ner._scores.word_base) < 1000


def test_threads_tag_alike():
    """The score tables grow as words come: threads tagging at once get what one thread gets."""
    import threading

    texts = _texts()
    want = [ner.tag_entities(t) for t in texts]
    ner._scores._reset_words()  # so that the threads below add words while others read
    got: dict[int, list] = {}

    def work(k):
        got[k] = [ner.tag_entities(t) for t in texts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(got[k] == want for k in range(4))
