"""Recurring themes: link proposals that say the same thing, then group the links into themes.

Why blocking: comparing all pairs of 100,000 proposals is 5 billion comparisons. A link needs at least two shared
key terms that are not generic (kenesh.recur.similarity.MIN_SHARED), so only proposals that share a *pair* of their
rarest key terms can link; each proposal emits the pairs of its five rarest terms as block keys (on the labelled
pairs these blocks hold 99% of the links that all-pairs comparison finds), and only proposals in the same block are
compared. A block larger than MAX_BLOCK is compared by sorted neighbourhood: its members sorted by their rarest
terms, each compared with the next WINDOW ones. So a proposal is compared at most (10 block keys x MAX_BLOCK) times
however many proposals there are: the work grows with their number, not with its square.

Why average linkage inside components: joining every chain of links (A like B, B like C) would glue different
proposals into one theme through one bridging text; average linkage only merges groups whose members are, on
average, similar, using the real similarity of every pair inside a (small) component.
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from kenesh.recur.normalise import Normalised
from kenesh.recur.similarity import MIN_SHARED, THRESHOLD, Match, Weights, similarity

TOP_TERMS = 5  # rarest non-generic key terms per proposal that make its block keys
MAX_BLOCK = 20  # a block up to this size is compared all pairs; a larger one by sorted neighbourhood
WINDOW = 6  # neighbours each member of a large block is compared with
THEME_THRESHOLD = 0.35  # average similarity two groups need to merge into one theme
MAX_COPIES_PAIRWISE = 8  # proposals with identical key terms linked all pairs up to this many, else as a star
EXACT_COMPONENT = 60  # components up to this size use every pairwise similarity; larger ones only their links


@dataclass(frozen=True)
class Item:
    """One proposal to cluster: its id (IRI), the document it comes from, and its normalised form."""

    id: str
    doc: str
    norm: Normalised


@dataclass(frozen=True)
class Link:
    """A scored, explained link between items `a` < `b` (indexes into the item list)."""

    a: int
    b: int
    match: Match


@dataclass(frozen=True)
class Theme:
    """A recurring theme: member indexes (sorted by id) and the same members from most to least central."""

    members: tuple[int, ...]
    ranked: tuple[int, ...]

    @property
    def central(self) -> int:
        return self.ranked[0]


@dataclass
class Stats:
    """What a clustering run did, for benchmarks and logs."""

    items: int = 0
    blocks: int = 0
    windowed_blocks: int = 0  # blocks compared by sorted neighbourhood (too large for all pairs)
    candidates: int = 0
    links: int = 0
    themes: int = 0


def block_keys(norm: Normalised, weights: Weights, top: int = TOP_TERMS) -> list[tuple[str, str]]:
    """Pairs of the rarest non-generic key terms of a proposal (sorted pairs, so both sides emit the same key)."""
    strong = sorted((t for t in norm.terms if t.klass != "g"), key=lambda t: (-weights(t), t.key))[:top]
    keys = sorted(t.key for t in strong)
    return list(combinations(keys, 2)) if MIN_SHARED >= 2 else [(k, k) for k in keys]


def candidates(items: Sequence[Item], weights: Weights, stats: Stats | None = None) -> list[tuple[int, int]]:
    """Pairs of items from different documents that share a block, each pair once, sorted."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    signature: list[tuple[str, ...]] = []
    for i, item in enumerate(items):
        keys = block_keys(item.norm, weights)
        signature.append(tuple(k for pair in keys for k in pair))
        for key in keys:
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    windowed = 0
    for members in blocks.values():
        if len(members) < 2:
            continue
        if len(members) <= MAX_BLOCK:
            todo = combinations(members, 2)
        else:
            windowed += 1
            ordered = sorted(members, key=lambda i: (signature[i], i))
            todo = ((ordered[p], ordered[q]) for p in range(len(ordered))
                    for q in range(p + 1, min(p + 1 + WINDOW, len(ordered))))
        for x, y in todo:
            if items[x].doc != items[y].doc:
                pairs.add((x, y) if x < y else (y, x))
    if stats is not None:
        stats.blocks = len(blocks)
        stats.windowed_blocks = windowed
        stats.candidates = len(pairs)
    return sorted(pairs)


def find_links(items: Sequence[Item], weights: Weights, stats: Stats | None = None) -> list[Link]:
    """Every candidate pair whose similarity passes the link rule (score and shared strong terms).

    The score is first computed from precomputed weight vectors (the hot loop); the explained Match is built only
    for pairs that pass, and it recomputes the same score.
    """
    vecs = [{t.key: weights(t) for t in it.norm.terms} for it in items]
    norms = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vecs]
    generic = [{t.key for t in it.norm.terms if t.klass == "g"} for it in items]
    links = []
    for x, y in candidates(items, weights, stats):
        vx, vy = vecs[x], vecs[y]
        common = vx.keys() & vy.keys()
        if len(common - generic[x]) < MIN_SHARED:
            continue
        if sum(vx[k] * vy[k] for k in common) / (norms[x] * norms[y]) < THRESHOLD - 1e-4:
            continue
        m = similarity(items[x].norm, items[y].norm, weights)
        if m.linked:
            links.append(Link(x, y, m))
    if stats is not None:
        stats.links = len(links)
    return links


def _components(n: int, links: Sequence[Link]) -> list[list[int]]:
    parent = list(range(n))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for link in links:
        ra, rb = root(link.a), root(link.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    nodes = sorted({i for link in links for i in (link.a, link.b)})
    groups: dict[int, list[int]] = defaultdict(list)
    for i in nodes:
        groups[root(i)].append(i)
    return list(groups.values())


def _average_linkage(members: list[int], sim: dict[tuple[int, int], float]) -> list[list[int]]:
    """Agglomerative average linkage over `members`; pairs missing from `sim` count as similarity 0.

    Each cluster keeps the summed similarity to its neighbours, so a merge costs the size of the two neighbour
    lists, not of the whole similarity table; stale heap entries are skipped when popped.
    """
    clusters: dict[int, list[int]] = {m: [m] for m in members}
    nbr: dict[int, dict[int, float]] = {m: {} for m in members}
    for (a, b), s in sim.items():
        nbr[a][b] = nbr[a].get(b, 0.0) + s
        nbr[b][a] = nbr[b].get(a, 0.0) + s
    heap = [(-s, a, b) for (a, b), s in sorted(sim.items())]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in clusters or b not in clusters or b not in nbr[a]:
            continue
        avg = nbr[a][b] / (len(clusters[a]) * len(clusters[b]))
        if avg != -neg:
            continue  # stale: one of the two has grown since this entry was pushed
        if avg < THEME_THRESHOLD:
            break
        keep, gone = min(a, b), max(a, b)
        clusters[keep] = clusters[keep] + clusters.pop(gone)
        merged = nbr[keep]
        for other, s in nbr.pop(gone).items():
            if other == keep:
                continue
            merged[other] = merged.get(other, 0.0) + s
            del nbr[other][gone]
        merged.pop(gone, None)
        for other, s in merged.items():
            nbr[other][keep] = s
            size = len(clusters[keep]) * len(clusters[other])
            heapq.heappush(heap, (-(s / size), min(keep, other), max(keep, other)))
    return [sorted(c) for c in clusters.values()]


def themes(items: Sequence[Item], links: Sequence[Link], weights: Weights,
           stats: Stats | None = None) -> list[Theme]:
    """Group linked items into themes (two members or more), each with its most central member."""
    by_pair = {(l.a, l.b): l.match.score for l in links}
    out: list[Theme] = []
    for comp in _components(len(items), links):
        if len(comp) <= EXACT_COMPONENT:
            sim = {}
            for x, y in combinations(comp, 2):
                s = by_pair.get((x, y))
                if s is None:
                    s = similarity(items[x].norm, items[y].norm, weights).score
                if s > 0:
                    sim[(x, y)] = s
        else:
            inside = set(comp)
            sim = {k: v for k, v in by_pair.items() if k[0] in inside}
        for group in _average_linkage(comp, sim) if len(comp) > 2 else [comp]:
            if len(group) < 2:
                continue
            group = sorted(group, key=lambda i: items[i].id)
            out.append(Theme(tuple(group), _ranked(group, sim)))
    out.sort(key=lambda t: items[t.members[0]].id)
    if stats is not None:
        stats.themes = len(out)
    return out


def _ranked(group: list[int], sim: dict[tuple[int, int], float]) -> tuple[int, ...]:
    """Members by decreasing summed similarity to the others (ties keep `group`'s id order)."""
    def closeness(i: int) -> float:
        return round(sum(sim.get((min(i, j), max(i, j)), 0.0) for j in group if j != i), 6)

    return tuple(sorted(group, key=lambda i: -closeness(i)))


def cluster(items: Sequence[Item], weights: Weights | None = None,
            stats: Stats | None = None) -> tuple[list[Link], list[Theme]]:
    """Links and themes for `items`; weights default to IDF over the items themselves.

    Proposals with the very same key terms (a reprinted news item, a resolution copied into ten reports) are
    clustered once, through one representative; each copy is then linked to its representative and joins its
    theme. Without this, n copies would cost n² comparisons and links.
    """
    weights = weights or Weights(i.norm for i in items)
    if stats is not None:
        stats.items = len(items)
    rep_of: dict[tuple[str, ...], int] = {}
    copies: dict[int, list[int]] = defaultdict(list)
    reps: list[int] = []
    for i, item in enumerate(items):
        sig = tuple(sorted(t.key for t in item.norm.terms))
        if not sig or sig not in rep_of:
            rep_of.setdefault(sig, i) if sig else None
            reps.append(i)
        else:
            copies[rep_of[sig]].append(i)
    sub = [items[i] for i in reps]
    sub_links = find_links(sub, weights, stats)
    sub_themes = themes(sub, sub_links, weights, stats)
    links = [Link(min(reps[l.a], reps[l.b]), max(reps[l.a], reps[l.b]), l.match) for l in sub_links]
    for r, dups in copies.items():
        group = [r, *dups]
        # a few copies are linked pairwise; many are linked each to their representative (a star, not n²)
        pairs = combinations(group, 2) if len(group) <= MAX_COPIES_PAIRWISE else ((r, d) for d in dups)
        for x, y in pairs:
            if items[x].doc != items[y].doc:
                m = similarity(items[x].norm, items[y].norm, weights)
                if m.linked:
                    links.append(Link(min(x, y), max(x, y), m))
    links.sort(key=lambda l: (l.a, l.b))
    out: list[Theme] = []
    in_theme: set[int] = set()
    for t in sub_themes:
        ranked = [reps[i] for i in t.ranked]
        ranked += [d for r in ranked for d in copies.get(r, [])]
        out.append(Theme(tuple(sorted(ranked, key=lambda i: items[i].id)), tuple(ranked)))
        in_theme.update(reps[i] for i in t.members)
    for r, dups in copies.items():
        if r not in in_theme and len({items[i].doc for i in [r, *dups]}) > 1:
            group = [r, *dups]
            out.append(Theme(tuple(sorted(group, key=lambda i: items[i].id)), tuple(group)))
    out.sort(key=lambda t: items[t.members[0]].id)
    if stats is not None:
        stats.links = len(links)
        stats.themes = len(out)
    return links, out


__all__ = ["Item", "Link", "Theme", "Stats", "cluster", "find_links", "themes", "candidates", "block_keys",
           "THRESHOLD", "THEME_THRESHOLD"]
