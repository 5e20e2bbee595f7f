"""Extraction speed: documents per second on ~3 KB reports, after the models are loaded.

Usage: .venv/bin/python benchmarks/bench_extract.py [DIR ...] [--rounds N]
Reads every report in the given folders (default: tests/data/reports, data/examples, ../shared/dev/raw), trims or
repeats them to about 3,000 characters, loads the models once (not timed), then times extract_text over all of them
and prints one result line. A benchmark, not a test: the target is >= 20 documents a second per core.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kenesh import paths
from kenesh.extract import extract_text
from kenesh.read import read

SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")


def corpus(dirs: list[Path]) -> list[tuple[str, str]]:
    docs = []
    for d in dirs:
        if not d.exists():
            continue
        for f in sorted(d.iterdir()):
            if f.suffix.lower() in SUFFIXES and f.name != "README.md":
                t = read(f).text
                while len(t) < 2500:
                    t = t + "\n\n" + t
                docs.append((f.name, t[:3200]))
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args(argv)
    dirs = args.dirs or [paths.HOME / "tests/data/reports", paths.EXAMPLES, paths.HOME.parent / "shared/dev/raw"]
    docs = corpus(dirs)
    if not docs:
        print("bench_extract: no reports found", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    for name, text in docs[:3]:
        extract_text(text, name)  # loads natasha + pymorphy3 and warms caches of the first documents
    load = time.perf_counter() - t0
    n = 0
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        for name, text in docs:
            extract_text(text, name)
            n += 1
    dt = time.perf_counter() - t0
    size = sum(len(t) for _, t in docs) / len(docs)
    print(f"bench_extract: {n / dt:.1f} docs/s ({n} docs of ~{size:.0f} chars in {dt:.2f} s, one core; "
          f"model load + warm-up {load:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
