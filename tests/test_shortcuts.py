"""Shortcuts taken for speed give exactly the answers of what they replace."""
from __future__ import annotations

import random
import re

import pytest

from events_cli.extract import actors


@pytest.mark.parametrize("text, name, after", [
    ("PT Angkasa Pura II", "Angkasa Pura", True),
    ("PT Angkasa Pura II", "Angkasa Pura I", False),  # "II" goes on: no word boundary
    ("PT.  Angkasa Pura", "Angkasa Pura", True),
    ("xPT Angkasa", "Angkasa", False),
    ("PT\tAngkasa_", "Angkasa", False),
    ("PT. Bank BRI.", "Bank BRI.", False),  # "." then the end: no word boundary after the name
    ("PT. Bank BRI.x", "Bank BRI.", True),
    ("PT  PT Bank", "Bank", True),
    ("PT ..Bank", ".Bank", False),
    ("PT. .Bank", ".Bank", True),
])
def test_after_pt_reads_as_the_pattern(text, name, after):
    """A name written after "PT" is found as ``\\bPT\\.?[ \\t]+NAME\\b`` finds it, without a
    pattern compiled for each name; random strings give the pattern's answer too."""
    assert actors._after_pt(text, name) is after
    assert (re.search(r"\bPT\.?[ \t]+" + re.escape(name) + r"\b", text) is not None) is after


def test_after_pt_agrees_with_the_pattern_on_random_strings():
    rnd = random.Random(7)
    letters = "PT. \tab_É1-"

    def some(k: int) -> str:
        return "".join(rnd.choice(letters) for _ in range(rnd.randint(0, k)))

    pairs = []
    for _ in range(20_000):
        text = some(2) + rnd.choice(["PT", "PT.", "P"]) + rnd.choice(["", " ", "  ", "\t", ". "]) + some(8)
        start = rnd.randint(0, len(text) - 1)
        name = text[start: start + rnd.randint(1, 5)] if rnd.random() < 0.8 else some(4) or "a"
        pairs.append((text, name))
    want = [re.search(r"\bPT\.?[ \t]+" + re.escape(n) + r"\b", t) is not None for t, n in pairs]
    assert [actors._after_pt(t, n) for t, n in pairs] == want
    assert sum(want) > 200  # (470 of them)
