"""Shared morphology: pymorphy3 and natasha, loaded once per process and only when first needed.

Why lazy: importing kenesh must cost nothing (the CLI also serves graph commands); why cached: natasha's models take
~1 s to load and a batch extraction must pay that once, not per document.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any


@cache
def analyzer() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    return tuple(analyzer().parse(word))


@lru_cache(maxsize=65536)
def tags(word: str) -> frozenset[str]:
    """Grammemes of the likely parses (score within 0.5 of the best) of a Russian word."""
    ps = parses(word)
    if not ps:
        return frozenset()
    best = ps[0].score
    out: set[str] = set()
    for p in ps:
        if p.score >= best * 0.5:
            out |= set(str(p.tag).replace(" ", ",").split(","))
    return frozenset(out)


@lru_cache(maxsize=65536)
def is_common_ru(word: str) -> bool:
    """True when the top parse of a capitalised Russian word is a known common word (not a name or place)."""
    ps = parses(word)
    if not ps:
        return False
    p = ps[0]
    tagset = set(str(p.tag).replace(" ", ",").split(","))
    if tagset & {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}:
        return False
    return bool(p.is_known) and "UNKN" not in tagset and "LATN" not in tagset


@lru_cache(maxsize=65536)
def is_verb_ru(word: str) -> bool:
    ps = parses(word.lower())
    return bool(ps) and ps[0].tag.POS in ("VERB", "INFN", "GRND", "PRTS") and ps[0].score > 0.3


@lru_cache(maxsize=65536)
def is_noun_ru(word: str) -> bool:
    """True when the top parse of a lower-case Russian word is a noun ("детей", "людей"), not an adjective."""
    ps = parses(word.lower())
    return bool(ps) and ps[0].tag.POS == "NOUN" and ps[0].score > 0.5


@lru_cache(maxsize=65536)
def is_genitive_ru(word: str) -> bool:
    """True when the top parse of a Russian word is a noun or adjective in the genitive ("спорта", "молодежной"):
    a word that can continue a name of a body after a comma."""
    ps = parses(word.lower())
    return bool(ps) and ps[0].tag.POS in ("NOUN", "ADJF") and ps[0].tag.case == "gent"


@cache
def natasha() -> tuple[Any, Any]:
    """(segmenter, NER tagger) of natasha; its models ship inside the wheel, so nothing is downloaded."""
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


def ner_persons(text: str) -> list[tuple[int, int]]:
    """Character spans natasha tags as PER in a Russian text."""
    from natasha import Doc

    segmenter, tagger = natasha()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return [(s.start, s.stop) for s in doc.spans if s.type == "PER"]


__all__ = ["analyzer", "parses", "tags", "is_common_ru", "is_verb_ru", "is_noun_ru", "natasha", "ner_persons"]
