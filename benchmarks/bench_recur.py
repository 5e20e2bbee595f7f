"""Benchmark of proposal recurrence (kenesh.recur): precision and recall on the labelled pairs, and clustering time.

    .venv/bin/python benchmarks/bench_recur.py [--n 100000] [--seed 7]

1. Precision and recall of the link rule on tests/data/proposal_pairs.tsv (IDF over the texts of the set).
2. Synthetic proposals generated from the multilingual dictionary (data/lexicons/proposal-terms.tsv): themes of a
   few key concepts, each proposal a random paraphrase of its theme in ru, ky or en (random dictionary synonyms,
   Kyrgyz case endings, a dropped or an extra concept, framing and stop words, a place name or number sometimes).
   Prints the time to normalise and to cluster N proposals (blocking, links, themes), the number of candidate pairs
   per proposal (flat when the work is near-linear), and the pairwise precision and recall of the links against
   the generating themes. Run with several --n to see the growth.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kenesh.recur.cluster import Item, Stats, cluster  # noqa: E402
from kenesh.recur.lexicon import FRAME, LANGS, STOP, load, parse, path  # noqa: E402
from kenesh.recur.normalise import normalise  # noqa: E402
from kenesh.recur.similarity import Weights, similarity  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "proposal_pairs.tsv"
FRAMES = {"ru": ["необходимо", "нужно", "предлагается", "следует"], "ky": ["керек", "зарыл", "тийиш"],
          "en": ["should", "must", "we need to", "it is necessary to"]}
STOPS = {"ru": ["в", "для", "и", "по", "при"], "ky": ["жана", "үчүн", "боюнча", "менен"],
         "en": ["the", "for", "in", "and", "of"]}
KY_ENDINGS = ["", "", "дын", "га", "ды", "дар", "да", "ын"]
PLACE_SYLLABLES = ["ка", "ра", "су", "та", "ло", "мин", "бу", "ке", "жа", "ты", "ша", "ко"]
TRANSLIT = {"к": "k", "а": "a", "р": "r", "с": "s", "у": "u", "т": "t", "л": "l", "о": "o", "м": "m", "и": "i",
            "н": "n", "б": "b", "е": "e", "ж": "zh", "ы": "y", "ш": "sh"}


def read_pairs(file: Path = PAIRS) -> list[tuple[bool, str, str, str, str]]:
    """(same?, lang_a, text_a, lang_b, text_b) from the labelled pair file."""
    out = []
    for line in file.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, _group, la, ta, lb, tb, *_ = line.split("\t")
        out.append((label == "same", la, ta, lb, tb))
    return out


def pair_scores(pairs: list[tuple[bool, str, str, str, str]]) -> tuple[float, float, int, int, int]:
    """Precision, recall, true positives, false positives, false negatives of the link rule on labelled pairs."""
    texts = {(t, l) for _, la, ta, lb, tb in pairs for t, l in ((ta, la), (tb, lb))}
    norms = {k: normalise(*k) for k in sorted(texts)}
    weights = Weights(norms.values())
    tp = fp = fn = 0
    for same, la, ta, lb, tb in pairs:
        linked = similarity(norms[(ta, la)], norms[(tb, lb)], weights).linked
        tp += linked and same
        fp += linked and not same
        fn += same and not linked
    precision = tp / (tp + fp) if tp + fp else 0.0
    return precision, tp / (tp + fn) if tp + fn else 0.0, tp, fp, fn


def _vocabulary() -> dict[str, dict[str, list[str]]]:
    """Concept -> language -> single terms, for the concepts that are evidence (not generic, stop or framing)."""
    vocab = {}
    for concept, klass, terms in parse(path().read_text(encoding="utf-8")):
        if concept in (STOP, FRAME) or klass == "g":
            continue
        if all(terms.get(lang) for lang in LANGS):
            vocab[concept] = {lang: terms[lang] for lang in LANGS}
    return vocab


def synthetic(n: int, seed: int = 7) -> tuple[list[Item], list[int]]:
    """`n` proposals in themes of 1-6 paraphrases; returns the items and each item's theme number."""
    rng = random.Random(seed)
    vocab = _vocabulary()
    concepts = sorted(vocab)
    items: list[Item] = []
    theme_of: list[int] = []
    theme = 0
    while len(items) < n:
        size = min(rng.choice([1, 1, 2, 2, 3, 3, 4, 5, 6]), n - len(items))
        core = rng.sample(concepts, rng.choice([4, 5, 6, 7]))
        # words of the theme's own (a place, a programme's name), written in each script, like "Лейлек" / "Leilek"
        own = ["".join(rng.choice(PLACE_SYLLABLES) for _ in range(4)) for _ in range(rng.choice([1, 1, 2]))]
        for _ in range(size):
            lang = rng.choice(LANGS)
            chosen = [c for c in core if rng.random() > 0.15] or core[:2]
            if rng.random() < 0.3:
                chosen.append(rng.choice(concepts))
            rng.shuffle(chosen)
            words = [rng.choice(FRAMES[lang])]
            for c in chosen:
                term = rng.choice(vocab[c][lang])
                if lang == "ky" and " " not in term:
                    term += rng.choice(KY_ENDINGS)
                words.append(term)
                if rng.random() < 0.3:
                    words.append(rng.choice(STOPS[lang]))
            for word in own:
                if rng.random() < 0.8:
                    words.append("".join(TRANSLIT.get(ch, ch) for ch in word).capitalize() if lang == "en"
                                 else word.capitalize())
            doc = f"doc{len(items) // 4:06d}-{rng.randrange(1_000_000)}"
            items.append(Item(f"https://w3id.org/kenesh/id/proposal/synthetic/{len(items)}", doc,
                              normalise(" ".join(words), lang)))
            theme_of.append(theme)
        theme += 1
    return items, theme_of


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=100_000, help="synthetic proposals to cluster (default 100000)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    p, r, tp, fp, fn = pair_scores(read_pairs())
    print(f"labelled pairs: precision {p:.3f}  recall {r:.3f}  (tp {tp}, fp {fp}, fn {fn})")

    load()
    t0 = time.perf_counter()
    items, theme_of = synthetic(args.n, args.seed)
    t1 = time.perf_counter()
    stats = Stats()
    links, themes = cluster(items, Weights(i.norm for i in items), stats)
    t2 = time.perf_counter()
    same = sum(1 for l in links if theme_of[l.a] == theme_of[l.b])
    sizes: dict[int, int] = {}
    for i, t in enumerate(theme_of):
        sizes[t] = sizes.get(t, 0) + 1
    true_pairs = sum(s * (s - 1) // 2 for s in sizes.values())  # includes same-document pairs, never linked
    print(f"synthetic: {args.n} proposals, {len(sizes)} generating themes; normalise {t1 - t0:.1f} s; "
          f"cluster {t2 - t1:.1f} s; {stats.candidates} candidate pairs ({stats.candidates / max(args.n, 1):.1f} per "
          f"proposal), {stats.windowed_blocks} of {stats.blocks} blocks windowed; {len(links)} links, "
          f"{len(themes)} themes; link precision {same / max(len(links), 1):.3f}, "
          f"recall {same / max(true_pairs, 1):.3f}")
    print(f"RESULT precision={p:.3f} recall={r:.3f} n={args.n} cluster_seconds={t2 - t1:.1f} "
          f"normalise_seconds={t1 - t0:.1f} candidates_per_proposal={stats.candidates / max(args.n, 1):.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
