"""The places found in the first N articles of the bulk file, dumped, and two dumps compared.

A change to the gazetteer (scripts/build_gazetteer.py) or to the places finder is measured by
what it adds and removes on real pages: dump before, dump after, compare. Each article's places
are the (canonical name, kind, surface) triples of its extraction (`extract_articles`, as an
import runs it); the comparison counts the triples added and removed by kind and prints a
seeded random sample of the added ones, each with the text around its first occurrence, to be
checked by eye for false places.

    python bench/place_mentions.py dump OUT.json [--articles 1500]
    python bench/place_mentions.py diff BEFORE.json AFTER.json [--sample 30] [--seed 11]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from bench.extract_speed import bulk_articles  # noqa: E402


def dump(out: str, n: int) -> None:
    from events_cli.extract import extract_articles
    from events_cli.importer import CHUNK

    articles = bulk_articles(n)
    rows = []
    for i in range(0, len(articles), CHUNK):
        for k, (art, rec) in enumerate(zip(articles[i:i + CHUNK], extract_articles(articles[i:i + CHUNK]))):
            if isinstance(rec, Exception):
                continue
            rows.append({"article": i + k, "title": art.title, "body": rec.body,
                         "places": sorted([p.name, p.kind, m] for p in rec.places for m in p.mentions)})
    with open(out, "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False)
    print(f"{len(rows)} articles, {sum(len(r['places']) for r in rows)} place mentions -> {out}")


def _context(body: str, surface: str, width: int = 70) -> str:
    i = body.find(surface)
    if i < 0:
        return "(dateline)"
    return " ".join((body[max(0, i - width):i] + "[[" + surface + "]]" + body[i + len(surface):i + len(surface) + width]).split())


def diff(before: str, after: str, sample: int, seed: int) -> None:
    with open(before, encoding="utf-8") as f:
        old = {r["article"]: r for r in json.load(f)}
    with open(after, encoding="utf-8") as f:
        new = {r["article"]: r for r in json.load(f)}
    added, removed, changed = Counter(), Counter(), Counter()
    samples = []
    for origin, r in new.items():
        o = old.get(origin)
        if o is None:
            continue
        was = {tuple(p) for p in o["places"]}
        now = {tuple(p) for p in r["places"]}
        was_surface = {p[2]: p for p in was}
        for p in now - was:
            if p[2] in was_surface and was_surface[p[2]] not in now:
                changed[f"{was_surface[p[2]][1]} -> {p[1]}"] += 1  # the same words, another place
            else:
                added[p[1]] += 1
                samples.append((origin, p, _context(r["body"], p[2])))
        now_surface = {p[2] for p in now}
        for p in was - now:
            if p[2] not in now_surface:
                removed[p[1]] += 1
    print(f"{len(new)} articles; place mentions before {sum(len(r['places']) for r in old.values())}, "
          f"after {sum(len(r['places']) for r in new.values())}")
    print("added by kind:  ", dict(added.most_common()), "total", sum(added.values()))
    print("removed by kind:", dict(removed.most_common()), "total", sum(removed.values()))
    print("same words, resolved to another place (old kind -> new kind):", dict(changed.most_common()),
          "total", sum(changed.values()))
    random.Random(seed).shuffle(samples)
    for origin, p, ctx in samples[:sample]:
        print(f"- {p[2]!r} -> {p[0]} ({p[1]}): {ctx}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--articles", type=int, default=1500)
    c = sub.add_parser("diff")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--sample", type=int, default=30)
    c.add_argument("--seed", type=int, default=11)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.articles)
    else:
        diff(args.before, args.after, args.sample, args.seed)


if __name__ == "__main__":
    main()
