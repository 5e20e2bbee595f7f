"""Extraction quality: F1 per field on every set of texts with gold records, tuning sets and blind sets apart.

Usage: .venv/bin/python benchmarks/bench_quality.py [--format table|markdown]
Runs `kenesh.evaluate.evaluate` on each set listed in SETS (skipping sets that are not present, e.g. ../shared
outside CI) and prints people / post / org / proposals / date / city F1 per set. The blind sets (tests/data/heldout2,
heldout6 to heldout11) were written without sight of the extractor and are never used to tune it: only these totals
are read from them (heldout3 to heldout5 were blind until fresh sets replaced them, and are tuning sets since). A benchmark, not a test: tests/test_extract_corpus.py asserts the targets on the tuning sets.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kenesh import paths
from kenesh.evaluate import evaluate

SHARED = Path(paths.HOME).parent / "shared"
DATA = paths.HOME / "tests" / "data"
FIELDS = ("people", "post", "org", "proposals", "date", "city")
TARGETS = {"people": 0.95, "post": 0.85, "org": 0.80, "proposals": 0.90, "date": 0.90, "city": 0.90}

# (name, gold dir, texts dir, kind)
SETS = [
    ("seeds", SHARED / "gold", SHARED / "seeds", "tuning"),
    ("dev", SHARED / "dev" / "gold", SHARED / "dev" / "raw", "tuning"),
    ("tests", DATA / "gold", DATA / "reports", "tuning"),
    ("heldout", DATA / "heldout" / "gold", DATA / "heldout" / "reports", "tuning"),
    ("news", DATA / "news" / "gold", DATA / "news" / "reports", "tuning"),
    ("news2", DATA / "news2" / "gold", DATA / "news2" / "reports", "tuning"),
    ("news3", DATA / "news3" / "gold", DATA / "news3" / "reports", "tuning"),
    ("news4", DATA / "news4" / "gold", DATA / "news4" / "reports", "tuning"),
    ("news5", DATA / "news5" / "gold", DATA / "news5" / "reports", "tuning"),
    ("news6", DATA / "news6" / "gold", DATA / "news6" / "reports", "tuning"),
    ("news7", DATA / "news7" / "gold", DATA / "news7" / "reports", "tuning"),
    ("news8", DATA / "news8" / "gold", DATA / "news8" / "reports", "tuning"),
    ("news9", DATA / "news9" / "gold", DATA / "news9" / "reports", "tuning"),
    ("news10", DATA / "news10" / "gold", DATA / "news10" / "reports", "tuning"),
    ("heldout2", DATA / "heldout2" / "gold", DATA / "heldout2" / "reports", "blind"),
    ("heldout3", DATA / "heldout3" / "gold", DATA / "heldout3" / "reports", "tuning"),
    ("heldout4", DATA / "heldout4" / "gold", DATA / "heldout4" / "reports", "tuning"),
    ("heldout5", DATA / "heldout5" / "gold", DATA / "heldout5" / "reports", "tuning"),
    ("heldout6", DATA / "heldout6" / "gold", DATA / "heldout6" / "reports", "blind"),
    ("heldout7", DATA / "heldout7" / "gold", DATA / "heldout7" / "reports", "blind"),
    ("heldout8", DATA / "heldout8" / "gold", DATA / "heldout8" / "reports", "blind"),
    ("heldout9", DATA / "heldout9" / "gold", DATA / "heldout9" / "reports", "blind"),
    ("heldout10", DATA / "heldout10" / "gold", DATA / "heldout10" / "reports", "blind"),
    ("heldout11", DATA / "heldout11" / "gold", DATA / "heldout11" / "reports", "blind"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--format", choices=("table", "markdown"), default="table")
    args = ap.parse_args()
    rows = []
    for name, gold, raw, kind in SETS:
        if not (gold.is_dir() and raw.is_dir() and any(gold.glob("*.json"))):
            continue
        r = evaluate(gold, raw)
        rows.append((name, kind, len(r["documents"]), [r["overall"][f]["f1"] for f in FIELDS]))
    if args.format == "markdown":
        print("| set | kind | docs | " + " | ".join(FIELDS) + " |")
        print("|---|---|---|" + "---|" * len(FIELDS))
        for name, kind, n, f1 in rows:
            cells = [f"**{v:.3f}**" if v < TARGETS[f] else f"{v:.3f}" for f, v in zip(FIELDS, f1)]
            print(f"| {name} | {kind} | {n} | " + " | ".join(cells) + " |")
        return
    print(f"{'set':10} {'kind':7} {'docs':>4}  " + " ".join(f"{f:>9}" for f in FIELDS))
    for name, kind, n, f1 in rows:
        print(f"{name:10} {kind:7} {n:>4}  " + " ".join(f"{v:9.3f}" for v in f1))


if __name__ == "__main__":
    main()
