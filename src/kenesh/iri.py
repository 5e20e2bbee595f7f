"""Stable, deterministic IRIs for everything Kenesh puts in the graph.

The same input must always give the same graph, and a person's IRI must not depend on which document mentioned them
first. So IRIs are minted from *keys* computed from the thing itself (a name, a file name), never from counters
shared across documents or from load order. Name keys fold scripts and transliteration systems together
("Абдыров Толонбек" and "Abdyrov Tolonbek" give one key) and ignore word order; deeper identity decisions (initials,
inflection, typos) belong to the identity stage, which links keys rather than renaming them.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/kenesh/id/"

# Cyrillic (Russian + Kyrgyz letters) to a coarse Latin skeleton. Coarse on purpose: the key only has to agree
# between scripts and common transliteration systems, not to be readable as a transliteration.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "j", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "ң": "n", "о": "o", "ө": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ү": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh",
    "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia", "і": "i", "ї": "i", "є": "e", "ғ": "g",
    "қ": "k", "ұ": "u", "һ": "h", "ә": "a", "ӯ": "u", "ҳ": "h", "ҷ": "j", "ӣ": "i", "ў": "o",
}
# Latin letters with diacritics that carry a sound of their own in Central Asian transliterations.
_LATIN = {"ž": "j", "š": "sh", "č": "ch", "ş": "sh", "ç": "ch", "ğ": "g", "ı": "i", "ñ": "n", "ŋ": "n"}
# Digraph folding applied after transliteration, longest first: zh/j/dzh are one sound, y/i one vowel, and so on.
_FOLDS = [
    ("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("yu", "iu"), ("ya", "ia"), ("ye", "e"), ("yo", "e"),
    ("y", "i"), ("ng", "n"), ("w", "v"), ("q", "k"), ("x", "ks"),
]
# in personal names only: Uzbek Latin x is kh (Xolmatov = Kholmatov); German-style umlauts (Doeoeloetbekov)
_NAME_FOLDS = [("oe", "o"), ("ue", "u"), ("x", "h")]
# apostrophes inside names (Il'ina, Xo‘jayev, Koval'chuk) mark softness or a glottal stop, not a word break
_APOSTROPHES = dict.fromkeys(map(ord, "'’‘ʼʻ`´"), None)


def fold(text: str) -> str:
    """Lower-case ASCII skeleton of a name or label, the same for Cyrillic and the usual Latin spellings."""
    return _fold(text, False)


def fold_name(text: str) -> str:
    """`fold` plus the spellings that only personal names vary in (x for kh, oe/ue for ö/ü)."""
    return _fold(text, True)


@lru_cache(maxsize=200_000)
def _fold(text: str, name: bool) -> str:
    out: list[str] = []
    for ch in unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).lower():
        if ch in _CYRILLIC:
            out.append(_CYRILLIC[ch])
        elif ch in _LATIN:
            out.append(_LATIN[ch])
        else:
            out.append(ch)
    s = unicodedata.normalize("NFKD", "".join(out))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^a-z0-9]+", " ", s)
    for a, b in (_NAME_FOLDS if name else ()):
        s = s.replace(a, b)
    for a, b in _FOLDS:
        s = s.replace(a, b)
    # long vowels and doubled consonants come and go between spellings (Арууке / Aruke, Ismaillova, Assel)
    s = re.sub(r"([a-z])\1+", r"\1", s)
    return " ".join(s.split())


def _slug(words: str, limit: int = 80) -> str:
    """Join folded words with hyphens; long slugs are cut and suffixed with a hash so they stay unique."""
    slug = "-".join(words.split()) or "x"
    if len(slug) > limit:
        digest = hashlib.sha1(slug.encode()).hexdigest()[:10]
        slug = slug[: limit - 11].rstrip("-") + "-" + digest
    return slug


def name_key(name: str) -> str:
    """Order-independent key of a person's name: folded tokens, sorted."""
    return _slug(" ".join(sorted(fold_name(name).split())))


def label_key(label: str) -> str:
    """Key of an organisation, post or place label: folded tokens in their order."""
    return _slug(fold(label))


def doc_key(source: str) -> str:
    """Key of a source document, from its file name (the record's `source`).

    Keyed by name, not checksum, so that a corrected record or an edited report replaces its own graph.
    """
    name = os.path.basename(source.strip()) or "unnamed"
    if re.fullmatch(r"[A-Za-z0-9._-]{1,100}", name):
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:8]
    return _slug(fold(name), 60) + "-" + digest


class Minter:
    """Mints instance IRIs under one base (default https://w3id.org/kenesh/id/, or $KENESH_BASE)."""

    def __init__(self, base: str | None = None) -> None:
        base = base or os.environ.get("KENESH_BASE") or DEFAULT_BASE
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def iri(self, *parts: str | int) -> URIRef:
        return URIRef(self.base + "/".join(str(p) for p in parts))

    def source(self, source: str) -> URIRef:
        return self.iri("source", doc_key(source))

    def person(self, name: str, doc: str | None = None) -> URIRef:
        """A person's IRI from their name key; `doc` scopes it to one document (for names too weak to share)."""
        key = name_key(name)
        return self.iri("person", f"{key}--{doc_key(doc)}" if doc else key)

    def org(self, label: str) -> URIRef:
        return self.iri("org", label_key(label))

    def place(self, label: str) -> URIRef:
        return self.iri("place", label_key(label))

    def post(self, post: str, org: str | None) -> URIRef:
        return self.iri("post", label_key(org) if org else "-", label_key(post))

    def venue(self, venue: str, city: str | None) -> URIRef:
        return self.iri("venue", label_key(city) if city else "-", label_key(venue))

    def instant(self, iso_date: str) -> URIRef:
        return self.iri("instant", iso_date)


__all__ = ["DEFAULT_BASE", "fold", "fold_name", "name_key", "label_key", "doc_key", "Minter"]
