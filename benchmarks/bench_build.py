"""Benchmark: building, validating and querying a store of N synthetic documents (default 10,000).

Records are made from the repository's own gold records (tests/data/gold) with new file names, shuffled people
and dates, so that identities recur across documents as in real corpora. Prints one result line per phase.

    python benchmarks/bench_build.py [--docs 10000] [--jobs 1] [--validate]
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from kenesh.build import build
from kenesh.query import run_named
from kenesh.store import GraphStore

GOLD = Path(__file__).resolve().parents[1] / "tests" / "data" / "gold"


def synthetic(n: int, seed: int = 3) -> list[dict]:
    rng = random.Random(seed)
    templates = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))]
    people = [p for t in templates for p in t["moderators"] + t["speakers"]]
    out = []
    for i in range(n):
        r = copy.deepcopy(rng.choice(templates))
        r["source"] = f"synthetic_{i:06d}.txt"
        r["speakers"] = copy.deepcopy(rng.sample(people, min(len(people), rng.randint(2, 6))))
        r["proposals_by"] = []
        r["presentations"] = [p for p in r["presentations"] if not p.get("by")]
        r["event"]["date"] = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        r.pop("spans", None)
        out.append(r)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--validate", action="store_true", help="run the per-document SHACL check as well")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "records.jsonl"
        with data.open("w", encoding="utf-8") as fh:
            for r in synthetic(args.docs):
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        store = GraphStore(Path(tmp) / "store")
        t0 = time.perf_counter()
        report = build([data], store, validate=args.validate, progress=False, warn=lambda _: None, jobs=args.jobs,
                       derive=False)
        t1 = time.perf_counter()
        from kenesh.build import derive_graphs

        derive_graphs(store)
        t2 = time.perf_counter()
        timings = {}
        for name, params in (("who_spoke_where", {}), ("events", {}), ("person_timeline", {"who": "Осмон"}),
                             ("proposals", {"lang": "ky"})):
            q0 = time.perf_counter()
            rows = len(run_named(name, params, store=store).rows)
            timings[name] = (time.perf_counter() - q0, rows)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"build: docs={len(report.loaded)} triples={len(store)} validate={args.validate} jobs={args.jobs} "
              f"load={t1 - t0:.1f}s ({len(report.loaded) / (t1 - t0):.0f} docs/s) derive={t2 - t1:.1f}s "
              f"peak_rss={rss:.0f}MB")
        for name, (secs, rows) in timings.items():
            print(f"query: {name} rows={rows} time={secs:.2f}s")


if __name__ == "__main__":
    main()
