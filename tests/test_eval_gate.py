"""The evaluation gate: extraction quality on the NER valid splits must not fall below the
floors recorded in eval_floors.json. Scored as ../shared/eval/score.py scores NER mode:
per sentence, the set of normalised mentions of each kind against the gold set."""
import json
import re
import unicodedata
from pathlib import Path

import pytest

from events_cli.extract import extract_article
from events_cli.models import Article

from conftest import SHARED

NER_DIR = SHARED / "data" / "ner"
FLOORS = {k: v for k, v in json.loads((Path(__file__).parent / "eval_floors.json").read_text()).items()
          if not k.startswith("_")}
_PUNCT = re.compile(r"[\-\u2010-\u2015'\u2018\u2019\".,:;!?()\[\]]+")


def norm(s):
    s = _PUNCT.sub(" ", unicodedata.normalize("NFKC", str(s)).casefold())
    return " ".join(s.split())


def overall_f1(path: Path) -> float:
    tp = fp = fn = 0
    seen = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        key = " ".join(gold["text"].split())
        if key in seen:  # the tool stores a repeated text once; score.py skips repeats too
            continue
        seen.add(key)
        record = extract_article(Article(text=gold["text"], origin=str(gold["id"])))
        predicted = {"PER": set(), "ORG": set(), "LOC": set()}
        for actor in record.actors:
            predicted["PER" if actor.kind == "person" else "ORG"].update(norm(m) for m in actor.mentions)
        for place in record.places:
            predicted["LOC"].update(norm(m) for m in place.mentions)
        for label, forms in predicted.items():
            forms.discard("")
            expected = {norm(e["text"]) for e in gold["entities"] if e["label"] == label}
            tp += len(forms & expected)
            fp += len(forms - expected)
            fn += len(expected - forms)
    return 2 * tp / (2 * tp + fp + fn)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_ner_quality_floor(name):
    path = NER_DIR / name
    if not path.exists():
        pytest.skip(f"{path} not present (it comes with ../shared)")
    f1 = overall_f1(path)
    assert f1 >= FLOORS[name], f"{name}: overall F1 {f1:.3f} fell below the floor {FLOORS[name]}"
