"""Clustering: blocking instead of all pairs, no links inside one document, average linkage, determinism."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

from kenesh.recur.cluster import Item, Stats, _average_linkage, block_keys, candidates, cluster
from kenesh.recur.normalise import normalise
from kenesh.recur.similarity import Weights

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_recur.py"

TEXTS = [  # (id, doc, lang, text); themes: centres (a), fee cap (b), single body (c), unrelated (d)
    ("p/a1", "d1", "ru", "открыть центры реинтеграции для вернувшихся трудовых мигрантов в каждой области"),
    ("p/a2", "d2", "ky", "Ар бир облуста кайтып келген мигранттар үчүн реинтеграция борборлорун ачуу керек"),
    ("p/a3", "d3", "en", "Open reintegration centres for returning migrants in every region"),
    ("p/b1", "d1", "ru", "Комиссия за перевод из любой страны не должна превышать одного процента"),
    ("p/b2", "d2", "ky", "Акча которууларга алынуучу комиссия бир пайыздан ашпашы керек"),
    ("p/b3", "d4", "en", "The commission on a transfer from any country must not exceed one percent"),
    ("p/c1", "d3", "en", "set up a single authorised body for external labour migration"),
    ("p/c2", "d4", "ky", "Тышкы эмгек миграциясы боюнча бирдиктүү ыйгарым укуктуу орган түзүү зарыл"),
    ("p/d1", "d5", "ru", "проведение анализа по внутренней и внешней миграции"),
    ("p/d2", "d5", "en", "Open reintegration centres for returning migrants in every region"),  # same doc as d1 only
]


def _items(order: list[int] | None = None) -> list[Item]:
    rows = [TEXTS[i] for i in (order or range(len(TEXTS)))]
    return [Item(pid, doc, normalise(text, lang)) for pid, doc, lang, text in rows]


def _themes_by_id(items: list[Item]) -> list[list[str]]:
    links, themes = cluster(items)
    return sorted(sorted(items[i].id for i in t.members) for t in themes)


def test_themes_group_translations() -> None:
    themes = _themes_by_id(_items())
    assert ["p/a1", "p/a2", "p/a3", "p/d2"] in themes
    assert ["p/b1", "p/b2", "p/b3"] in themes
    assert ["p/c1", "p/c2"] in themes
    assert not any("p/d1" in t for t in themes)


def test_no_link_inside_one_document() -> None:
    items = _items()
    links, _ = cluster(items)
    assert links and all(items[l.a].doc != items[l.b].doc for l in links)
    assert all(l.a < l.b for l in links)


def test_clustering_does_not_depend_on_input_order() -> None:
    order = list(range(len(TEXTS)))
    random.Random(3).shuffle(order)
    assert _themes_by_id(_items(order)) == _themes_by_id(_items())


def test_block_keys_are_pairs_of_rare_terms() -> None:
    items = _items()
    w = Weights(i.norm for i in items)
    keys = block_keys(items[0].norm, w)
    assert keys and all(a < b for a, b in keys)
    assert not any("c:migration" in k for k in keys)  # generic terms never make a block


def test_average_linkage_does_not_chain() -> None:
    # 1-2 and 3-4 are close; 2-3 is a weak bridge: two groups, not one chain
    sim = {(1, 2): 0.9, (3, 4): 0.9, (2, 3): 0.5}
    assert _average_linkage([1, 2, 3, 4], sim) == [[1, 2], [3, 4]]
    assert _average_linkage([1, 2, 3], {(1, 2): 0.8, (2, 3): 0.7, (1, 3): 0.6}) == [[1, 2, 3]]


def test_blocking_is_far_from_all_pairs_and_grows_slowly() -> None:
    spec = importlib.util.spec_from_file_location("bench_recur", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    per = {}
    for n in (500, 2000):
        items, _ = bench.synthetic(n, seed=1)
        stats = Stats()
        candidates(items, Weights(i.norm for i in items), stats)
        per[n] = stats.candidates / n
        assert stats.candidates < 0.02 * n * (n - 1) / 2
    assert per[2000] < 2.5 * per[500] + 1


def test_synthetic_themes_are_found() -> None:
    spec = importlib.util.spec_from_file_location("bench_recur", BENCH)
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    items, theme_of = bench.synthetic(600, seed=2)
    links, _ = cluster(items)
    right = sum(1 for l in links if theme_of[l.a] == theme_of[l.b])
    assert right >= 0.85 * len(links)
