"""bench/stories_dev.py's account of where the stories' B-cubed F1 is lost."""
import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "stories_dev.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("stories_dev", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_losses_split_and_merge_sum_to_one_minus_recall_and_precision(bench):
    # gold: a = {1, 2, 3}, b = {4}, 5 null; predicted: {1, 2}, {3, 4}, 5 alone
    gold = [{"url": "u1", "story": "a"}, {"url": "u2", "story": "a"}, {"url": "u3", "story": "a"},
            {"url": "u4", "story": "b"}, {"url": "u5", "story": None}]
    export = [{"url": "u1", "story": 1}, {"url": "u2", "story": 1}, {"url": "u3", "story": 2},
              {"url": "u4", "story": 2}, {"url": "u5", "story": None}]
    out = bench.losses(export, gold, 5).splitlines()
    # recall: u1, u2 keep 2/3 of a, u3 1/3, u4 and u5 all: (1/3 + 1/3 + 2/3) / 5 = 0.267
    assert out[0].startswith("lost to splits (1 - B-cubed R) 0.267; largest: a 0.267")
    # precision: u3 and u4 share their story with another's article: (1/2 + 1/2) / 5 = 0.2
    assert out[1] == "lost to merges (1 - B-cubed P) 0.200; largest: a 0.100, b 0.100"
