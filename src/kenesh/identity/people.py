"""Which person keys name the same person: blocking, pairwise scoring, and cautious clustering.

Person IRIs in the document graphs come from folded name keys, so script, word order and transliteration system
already agree. What is left needs the whole store: initials ("Т. Абдыров"), missing patronymics, inflected forms
the extractor could not normalise, typos ("Isakova"/"Iskakova"). The rules, strongest first:

* two keys mentioned as different participants of one document are different people (cannot-link);
* two or more name tokens agree and nothing contradicts (STRONG): merge;
* one token and the initials agree (MEDIUM): merge when exactly one cluster fits;
* one token only (weak): merge when exactly one cluster fits *and* the context agrees (same organisation or city);
* a merge must keep every pair of names in the new cluster compatible, so "Т. Абдыров" can never chain
  "Толонбек Абдыров" and "Тимур Абдыров" into one person.

Blocking on exact folded tokens keeps the work near-linear: a pair is only compared if it shares a token, and
the tokens too common to block on (large blocks) are skipped in favour of the rarer ones the pair shares.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kenesh.iri import Minter
from kenesh.identity.names import MEDIUM, STRONG, Comparison, Name, compare, is_weak, parse

MAX_BLOCK = 400
MAX_SHOWN = 3  # kept-apart explanations recorded per key for incompatible candidates


@dataclass
class PersonKey:
    """Everything the store says about one person key IRI."""

    iri: str
    names: set[str] = field(default_factory=set)
    variants: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    cities: set[str] = field(default_factory=set)
    mentions: set[str] = field(default_factory=set)

    def name(self) -> Name:
        """The richest nominative name, with initials from variants that add a slot (e.g. a patronymic)."""
        parsed = sorted((parse(n) for n in self.names), key=lambda n: (-len(n.tokens), -len(n.initials), n.text))
        best = parsed[0] if parsed else parse(self.iri.rsplit("/", 1)[-1].replace("-", " "))
        extra: list[str] = []
        for v in sorted(self.variants):
            pv = parse(v)
            if pv.initials and pv.tokens <= best.tokens:
                extra += [x for x in pv.initials if x not in best.letters and x not in extra]
        return Name(best.text, best.tokens, tuple(best.initials) + tuple(extra), best.patronymics) if extra else best


@dataclass(frozen=True)
class Decision:
    a: str
    b: str
    outcome: str  # "merged" | "kept apart"
    score: float
    reason: str


class _Clusters:
    """Union-find over key IRIs that refuses merges which would put incompatible names together."""

    def __init__(self, keys: dict[str, PersonKey]) -> None:
        self.parent = {k: k for k in keys}
        self.members: dict[str, set[str]] = {k: {k} for k in keys}
        self.keys = keys
        self.names = {k: v.name() for k, v in keys.items()}

    def find(self, k: str) -> str:
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def conflict(self, a: str, b: str, cannot: dict[str, set[str]]) -> str | None:
        ra, rb = self.find(a), self.find(b)
        for x in self.members[ra]:
            if cannot[x] & self.members[rb]:
                other = sorted(cannot[x] & self.members[rb])[0]
                return f"{self.keys[x].iri.rsplit('/', 1)[-1]} and {other.rsplit('/', 1)[-1]} are different participants of one document"
            for y in self.members[rb]:
                c = compare(self.names[x], self.names[y])
                if not c.compatible:
                    return f"would join {self.names[x].text} and {self.names[y].text}: {c.reason}"
        return None

    def strong(self, root: str, weak: dict[str, bool]) -> bool:
        """Does the cluster hold a full name (not only initials or one word)? Cached per root."""
        cache = self.__dict__.setdefault("_strong", {})
        if root not in cache:
            cache[root] = any(not weak[m] for m in self.members[root])
        return cache[root]

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        cache = self.__dict__.get("_strong", {})
        if cache.pop(ra, False) or cache.pop(rb, False):
            cache[ra] = True  # a full name in either part is a full name in the whole


def block_keys(name: Name) -> set[str]:
    """Blocking keys: each full token paired with the first letter of another token or an initial.

    Two names of one person share a full token *and* agree on another letter (the given name's, or the
    initial that abbreviates it), so pairing keeps blocks small even for common surnames. A name with a single
    token has only `token|*`, which is matched against every block of that token (see candidate_pairs).
    """
    letters = [t[0] for t in name.tokens] + list(name.initials)
    keys = set()
    for t in name.tokens:
        if len(t) < 3:
            continue
        others = set(letters) - {t[0]} if letters.count(t[0]) == 1 else set(letters)
        keys.update(f"{t}|{x}" for x in others)
        if not others:
            keys.add(f"{t}|*")
    return keys


def candidate_pairs(names: dict[str, Name]) -> set[tuple[str, str]]:
    """Pairs of keys that share a blocking key, from blocks small enough to compare: near-linear in practice."""
    blocks: dict[str, list[str]] = defaultdict(list)
    by_token: dict[str, list[str]] = defaultdict(list)
    lonely: list[tuple[str, str]] = []
    for key, name in names.items():
        for bk in block_keys(name):
            if bk.endswith("|*"):
                lonely.append((bk[:-2], key))
            else:
                blocks[bk].append(key)
        for t in name.tokens:
            by_token[t].append(key)
    pairs: set[tuple[str, str]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        members.sort()
        for i, a in enumerate(members):
            for b in members[i + 1:]:
                pairs.add((a, b))
    for token, key in lonely:  # a bare surname: compare with everyone who has that token, if they are few
        others = by_token[token]
        if len(others) <= MAX_BLOCK:
            pairs.update((min(key, o), max(key, o)) for o in others if o != key)
    return pairs


def canonical_names(members: dict[str, set[str]], names: dict[str, Name], mint: Minter | None = None) -> dict[str, str]:
    """Each cluster's canonical IRI: person/{name key of its fullest name}, the same whichever document came first;
    namesakes (two clusters, one key) get -2, -3 … in the order of their smallest member IRI."""
    mint = mint or Minter()
    taken: dict[str, int] = {}
    canonical: dict[str, str] = {}
    for root in sorted(members, key=lambda r: min(members[r])):
        group = members[root]
        best = min(group, key=lambda m: (-len(names[m].tokens), -len(names[m].patronymics),
                                         -len(names[m].initials), names[m].text, m))
        base = str(mint.person(names[best].text))
        if base.endswith("/person/x"):  # unnamed: keep the participation's own IRI
            base = min(group)
        taken[base] = taken.get(base, 0) + 1
        head = base if taken[base] == 1 else f"{base}-{taken[base]}"
        for m in group:
            canonical[m] = head
    return canonical


def _cluster(keys: Iterable[PersonKey]) -> tuple[dict[str, set[str]], list[Decision], dict[str, list[str]]]:
    """Cluster keys; return clusters (root -> members), decisions, and the ambiguous keys with the keys they fit."""
    by_iri = {k.iri: k for k in keys}
    clusters = _Clusters(by_iri)
    names = clusters.names
    cannot: dict[str, set[str]] = defaultdict(set)
    by_source: dict[str, list[str]] = defaultdict(list)
    for k in by_iri.values():
        for s in k.sources:
            by_source[s].append(k.iri)
    for members in by_source.values():
        for a in members:
            cannot[a].update(m for m in members if m != a)

    scored: list[tuple[float, str, str, Comparison]] = []
    decisions: dict[tuple[str, str], Decision] = {}
    # incompatible candidates are kept as explanations only a few per key: they are close calls worth showing,
    # but at 100,000 documents all of them would outnumber the facts
    shown: dict[str, int] = defaultdict(int)
    for a, b in sorted(candidate_pairs(names)):
        c = compare(names[a], names[b])
        if b in cannot[a] or not c.compatible:
            if shown[a] < MAX_SHOWN and shown[b] < MAX_SHOWN and (c.compatible or "conflict" not in c.reason
                                                                    or len(names[a].tokens & names[b].tokens) > 0):
                shown[a] += 1
                shown[b] += 1
                reason = "different participants of one document" if b in cannot[a] else c.reason
                decisions[(a, b)] = Decision(a, b, "kept apart", c.score if b in cannot[a] else 0.0, reason)
        else:
            scored.append((c.score, a, b, c))
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))

    neighbours: dict[str, list[str]] = defaultdict(list)
    for _, a, b, _ in scored:
        neighbours[a].append(b)
        neighbours[b].append(a)

    weak = {k: is_weak(n) for k, n in names.items()}

    def strong_cluster(root: str) -> bool:
        return clusters.strong(root, weak)

    def fits(k: str) -> list[str]:
        """Roots of the clusters with a full name whose every name is compatible with key k."""
        roots = set()
        for other in neighbours[k]:
            ro = clusters.find(other)
            if ro != clusters.find(k) and ro not in roots and strong_cluster(ro) \
                    and clusters.conflict(k, other, cannot) is None:
                roots.add(ro)
        return sorted(roots)

    # a name that fits two people who differ (two patronymics, two given names) is ambiguous: it merges with
    # nobody on its own, however strong each single match looks ("Улан Бейшеналиев" with Улан Кенешович and
    # Улан Маратович Бейшеналиев in the store)
    ambiguous: dict[str, str] = {}
    fitting: dict[str, list[str]] = {}
    for k, others in neighbours.items():
        richer = [o for o in others if len(names[o].tokens) > len(names[k].tokens)
                  or (len(names[o].tokens) == len(names[k].tokens) and len(names[o].patronymics) > len(names[k].patronymics))]
        for i, x in enumerate(richer):
            clash = next((y for y in richer[i + 1:] if not compare(names[x], names[y]).compatible), None)
            if clash:
                ambiguous[k] = f"{names[k].text} fits both {names[x].text} and {names[clash].text}"
                fitting[k] = richer
                break

    for score, a, b, c in scored:  # strong pairs first: two or more name tokens agree
        if score < STRONG:
            continue
        if a in ambiguous or b in ambiguous:
            if clusters.find(a) != clusters.find(b):
                decisions[(a, b)] = Decision(a, b, "kept apart", score, ambiguous.get(a) or ambiguous[b])
            continue
        if clusters.find(a) == clusters.find(b):
            continue  # already joined through others: the decisions that joined them explain it
        why = clusters.conflict(a, b, cannot)
        if why:
            decisions[(a, b)] = Decision(a, b, "kept apart", score, why)
        else:
            clusters.union(a, b)
            decisions[(a, b)] = Decision(a, b, "merged", score, c.reason)

    for score, a, b, c in scored:
        if score >= STRONG or clusters.find(a) == clusters.find(b):
            continue
        ka, kb = by_iri[a], by_iri[b]
        shared = (ka.orgs & kb.orgs) or (ka.cities & kb.cities)
        # the key with less of a name decides: it must fit exactly one person who has a full name
        small, big = (a, b) if len(names[a].tokens) <= len(names[b].tokens) else (b, a)
        options = fits(small)
        context = ""
        if len(options) > 1:  # several people fit the short name: the one who shares an organisation or city
            near = [r for r in options if any((by_iri[m].orgs & by_iri[small].orgs) or
                                              (by_iri[m].cities & by_iri[small].cities)
                                              for m in clusters.members[r])]
            if len(near) == 1:
                options, context = near, f"; of {len(options)} people it fits, only this one shares the context"
        if small in ambiguous or big in ambiguous:
            ok, why_not = False, ambiguous.get(small) or ambiguous[big]
        elif strong_cluster(clusters.find(big)):
            ok = options == [clusters.find(big)]
            why_not = f"{names[small].text} fits {len(options)} people with a full name"
        else:  # two weak names, nobody with a full name to attach to: the same only if written alike, in context
            ok = not options and names[a].tokens == names[b].tokens and names[a].initials == names[b].initials \
                and bool(shared)
            why_not = "two short names" + (" that fit a person with a full name" if options else
                                            " without a shared organisation or city" if not shared else
                                            " written differently")
        if ok and score < MEDIUM and not shared:
            ok, why_not = False, "one name token only and no shared organisation or city"
        if not ok:
            decisions[(a, b)] = Decision(a, b, "kept apart", score, f"{c.reason}; {why_not}")
            continue
        reason = c.reason + ("; same organisation or city" if shared else "") + context
        why = clusters.conflict(a, b, cannot)
        if why:
            decisions[(a, b)] = Decision(a, b, "kept apart", score, why)
        else:
            clusters.union(a, b)
            decisions[(a, b)] = Decision(a, b, "merged", score, reason)

    return clusters.members, sorted(decisions.values(), key=lambda d: (d.a, d.b)), fitting


def resolve_people(keys: Iterable[PersonKey], mint: Minter | None = None) -> tuple[dict[str, str], list[Decision]]:
    """Map every person IRI of the document graphs to its canonical IRI, and list the decisions with reasons.

    Person IRIs are per document (person/{key}--{doc}). Full names written alike are first pooled into one group
    per name key, so a name that recurs in a thousand documents is compared once; a group whose name fits two
    different people (namesakes) is split again, each document's mention going to the person who shares its
    organisation or city, or staying alone. Initials-only and one-word names are never pooled.
    """
    keys = list(keys)
    groups: dict[str, PersonKey] = {}
    group_of: dict[str, str] = {}
    for k in sorted(keys, key=lambda k: k.iri):
        gid = k.iri if is_weak(k.name()) else k.iri.split("--", 1)[0]
        g = groups.setdefault(gid, PersonKey(min(k.iri, groups[gid].iri) if gid in groups else k.iri))
        g.iri = min(g.iri, k.iri)  # a real member IRI represents the group in decisions
        g.names |= k.names
        # variants (with their initials) speak for one document's person; pooled, they could mix namesakes
        g.variants = set(k.variants) if len(g.sources) == 0 else g.variants & set(k.variants)
        g.sources |= k.sources
        g.orgs |= k.orgs
        g.cities |= k.cities
        g.mentions |= k.mentions
        group_of[k.iri] = gid
    rep = {gid: g.iri for gid, g in groups.items()}
    by_rep = {g.iri: gid for gid, g in groups.items()}
    members, decisions, fitting = _cluster(groups.values())
    root_of = {m: root for root, ms in members.items() for m in ms}

    final: dict[str, set[str]] = defaultdict(set)  # cluster id -> member key IRIs
    for k in keys:
        final[root_of[rep[group_of[k.iri]]]].add(k.iri)
    by_key = {k.iri: k for k in keys}
    in_group: dict[str, list[PersonKey]] = defaultdict(list)
    for k in sorted(keys, key=lambda k: k.iri):
        in_group[group_of[k.iri]].append(k)
    for amb_rep, candidates in sorted(fitting.items()):
        gid = by_rep[amb_rep]
        cand_roots = sorted({root_of[c] for c in candidates})
        label = groups[gid].name().text
        for k in in_group[gid]:
            final[root_of[amb_rep]].discard(k.iri)
            near = [r for r in cand_roots
                    if any(by_key[m].orgs & k.orgs or by_key[m].cities & k.cities for m in final[r])]
            if len(near) == 1:
                final[near[0]].add(k.iri)
                decisions.append(Decision(k.iri, min(final[near[0]]), "merged", 0.6,
                                          f"{label} fits {len(cand_roots)} people; this mention shares the "
                                          "organisation or city of one of them"))
            else:
                final[k.iri].add(k.iri)
                decisions.append(Decision(k.iri, min(final[cand_roots[0]] or {k.iri}), "kept apart", 0.0,
                                          f"{label} fits {len(cand_roots)} people and the context tells none apart"))
    final = {c: ms for c, ms in final.items() if ms}
    names = {k.iri: k.name() for k in keys}
    return canonical_names(final, names, mint), sorted(decisions, key=lambda d: (d.a, d.b))


__all__ = ["PersonKey", "Decision", "resolve_people", "candidate_pairs", "block_keys"]
