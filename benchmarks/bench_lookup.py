"""Speed of place and organisation lookup (kenesh.lookup).

    .venv/bin/python benchmarks/bench_lookup.py [--seconds 2]

Prints the one-off load time of data/gazetteer.ttl and data/organisations.ttl, then lookups per second
  - cold: every surface form seen for the first time (tokenising, lemmatising, stripping case endings), and
  - warm: forms already seen (the per-process lru_cache), which is what a loader meets on a large corpus, where the
    same few hundred place and organisation names recur in every document.
The surface forms are the test tables plus every label of both files, varied with prepositions and case endings.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def forms() -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    sys.path.insert(0, str(ROOT / "tests"))
    from test_authority import CASES as ORG_CASES, NEGATIVE as ORG_NEG
    from test_gazetteer import CASES as PLACE_CASES, NEGATIVE as PLACE_NEG

    from kenesh.lookup import AUTHORITY, GAZETTEER, _read

    places = [(t, lang) for t, lang, _ in PLACE_CASES] + list(PLACE_NEG)
    orgs = [(t, lang) for t, lang, _ in ORG_CASES] + list(ORG_NEG)
    for path, out, extra in ((GAZETTEER, places, ("в ", "по ", "")), (AUTHORITY, orgs, ("при ", "в ", ""))):
        for labels in _read(path)[1].values():
            for _, lang, text in labels:
                out.extend((p + text, lang or None) for p in extra)
    return places, orgs


def rate(fn, items, seconds: float) -> float:
    n = 0
    start = time.perf_counter()
    for text, lang in itertools.cycle(items):
        fn(text, lang)
        n += 1
        if n % 1000 == 0 and time.perf_counter() - start > seconds:
            break
    return n / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=2.0, help="time per warm measurement")
    args = ap.parse_args()

    start = time.perf_counter()
    from kenesh.lookup import authority, gazetteer, lookup_org, lookup_place

    g, a = gazetteer(), authority()
    load = time.perf_counter() - start
    print(f"load: {load:.2f} s  ({len(g.places)} places, {len(a.orgs)} organisations)")

    places, orgs = forms()
    random.Random(0).shuffle(places)
    random.Random(0).shuffle(orgs)
    for name, fn, items in (("place", lookup_place, places), ("org", lookup_org, orgs)):
        items = list(dict.fromkeys(items))
        start = time.perf_counter()
        hits = sum(fn(t, lang) is not None for t, lang in items)
        cold = len(items) / (time.perf_counter() - start)
        warm = rate(fn, items, args.seconds)
        print(f"{name:5}: {len(items)} distinct forms, {hits} found;  cold {cold:,.0f} lookups/s;  "
              f"warm (cached) {warm:,.0f} lookups/s")


if __name__ == "__main__":
    main()
