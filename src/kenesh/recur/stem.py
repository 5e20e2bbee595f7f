"""Word forms for matching: Russian lemmas, Kyrgyz stems, English stems.

Why three methods: pymorphy3 knows Russian inflection; no offline analyser for Kyrgyz exists, but Kyrgyz is
agglutinative and regular, so stripping plural, possessive and case endings from the right recovers the stem well
enough to match "мигранттардын" with "мигранттарга"; English needs only a light stemmer ("centres" -> "centr",
"licensed" -> "licens"), written here because no stemmer package is a dependency. The same functions normalise the
texts and the dictionary (data/lexicons/proposal-terms.tsv), so a dictionary entry matches however a text inflects it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

_LATIN = re.compile(r"[a-z]")
_KY_LETTERS = re.compile(r"[ңөү]")
_VOWELS = set("аеёиоуыэюяөүaeiouy")


@cache
def _analyzer() -> Any:
    """pymorphy3's analyser, shared with extraction when kenesh.extract.morph is there (one load per process)."""
    try:
        from kenesh.extract.morph import analyzer
    except ImportError:  # extraction not installed: keep our own
        import pymorphy3

        return pymorphy3.MorphAnalyzer()
    return analyzer()


@lru_cache(maxsize=200_000)
def lemma_ru(word: str) -> str:
    """Dictionary form of a Russian word (most likely parse); ё folded to е."""
    parses = _analyzer().parse(word)
    if not parses:
        return word.replace("ё", "е")
    best = parses[0]
    for p in parses:  # on a tie prefer the noun reading: "данные" is data more often than "given"
        if p.score < best.score - 1e-9:
            break
        if p.tag.POS == "NOUN":
            best = p
            break
    return best.normal_form.replace("ё", "е")


# Kyrgyz endings, stripped from the right one at a time (longest first). Vowel-harmony variants are listed in full.
_KY_SUFFIXES: tuple[str, ...] = tuple(sorted(set("""
дагы деги догу дөгү тагы теги тогу төгү ндагы ндеги ндогу ндөгү
лардын лердин лордун лөрдүн дардын дердин дордун дөрдүн тардын тердин тордун төрдүн
ларды лерди лорду лөрдү дарды дерди дорду дөрдү тарды терди торду төрдү
нын нин нун нүн дын дин дун дүн тын тин тун түн
лар лер лор лөр дар дер дор дөр тар тер тор төр
ынын инин унун үнүн сынын синин сунун сүнүн
ыбыз ибиз убуз үбүз ыңыз иңиз уңуз үңүз
нан нен нон нөн дан ден дон дөн тан тен тон төн ндан нден ндон ндөн
нда нде ндо ндө да де до дө та те то тө
га ге го гө ка ке ко кө на не но нө
ны ни ну нү ды ди ду дү ты ти ту тү
ын ин ун үн сын син сун сүн сы си су сү ы и у ү
ым им ум үм ың иң уң үң
""".split()), key=lambda s: (-len(s), s)))
_KY_MIN = 3
_VOICELESS = set("кптсшчфхцщ")


def _ky_fits(stem: str, suf: str) -> bool:
    """Kyrgyz endings assimilate to the stem's last sound; an ending that could not follow it is not stripped.

    This keeps "өкмөтү" from losing "тү" (т- endings follow voiceless consonants only) and "баткендеги" from
    losing "ндеги" (н+д endings follow a possessive vowel only).
    """
    last = stem[-1]
    vowel = last in _VOWELS
    first = suf[0]
    if suf.startswith("нд"):
        return last in "ыиуү"
    if first == "т" or first == "к":
        return last in _VOICELESS
    if first == "д" or first == "г":
        return last not in _VOICELESS and (not vowel or suf[:2] in ("да", "де", "до", "дө", "га", "ге", "го", "гө"))
    if first == "н" or first == "с":
        return vowel
    if first == "л":
        return vowel or last in "рй"
    if first in _VOWELS:
        return not vowel
    return True


def _ky_strip_once(word: str, minimum: int) -> str | None:
    for suf in _KY_SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= minimum:
            stem = word[: -len(suf)]
            if not any(c in _VOWELS for c in stem) or not _ky_fits(stem, suf):
                continue
            if suf[0] in _VOWELS and len(stem) >= 4:  # consonant alternation before a vowel: -гы <- -к, -бы <- -п
                if stem.endswith("г"):
                    stem = stem[:-1] + "к"
                elif stem.endswith("б"):
                    stem = stem[:-1] + "п"
            return stem
    return None


@lru_cache(maxsize=200_000)
def ky_chain(word: str, minimum: int = 2) -> tuple[str, ...]:
    """The word and each stem left after stripping one more ending: ("борборлорун", "борборлор", "борбор")."""
    out = [word]
    for _ in range(6):
        nxt = _ky_strip_once(out[-1], minimum)
        if nxt is None or nxt == out[-1]:
            break
        out.append(nxt)
    return tuple(out)


@lru_cache(maxsize=200_000)
def stem_ky(word: str) -> str:
    """Plain Kyrgyz stem: endings stripped while at least three letters remain."""
    return ky_chain(word, _KY_MIN)[-1]


_EN_IRREGULAR = {"children": "child", "women": "woman", "men": "man", "people": "person", "data": "data",
                 "media": "media", "bodies": "body", "countries": "country", "was": "was", "has": "has",
                 "is": "is", "this": "this", "its": "its", "his": "his", "us": "us", "news": "news"}
_DOUBLE = re.compile(r"([bdfgmnprt])\1$")


@lru_cache(maxsize=200_000)
def stem_en(word: str) -> str:
    """A light English stemmer: plurals, -ing, -ed, -ly, final -e (enough to match inflected key terms)."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.strip("'")
    if w in _EN_IRREGULAR:
        return _EN_IRREGULAR[w]
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suf in ("ingly", "edly", "ing", "ed"):
        if w.endswith(suf) and len(w) - len(suf) >= 3 and any(c in _VOWELS for c in w[: -len(suf)]):
            w = w[: -len(suf)]
            if w.endswith("i") and suf == "ed":
                w = w[:-1] + "y"
            if _DOUBLE.search(w):
                w = w[:-1]
            break
    if w.endswith("ly") and len(w) > 5:
        w = w[:-2]
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    return w


def token_lang(token: str, doc_lang: str) -> str:
    """Language of one token: Latin script is English; ң ө ү, or a Kyrgyz document, make Kyrgyz; else Russian."""
    if _LATIN.search(token):
        return "en"
    if doc_lang == "ky" or _KY_LETTERS.search(token):
        return "ky"
    return "ru"


def form(token: str, lang: str) -> str:
    """The matching form of a lower-cased token in its language (lemma, stem, or the digits themselves)."""
    if token.isdigit():
        return token
    if lang == "en":
        return stem_en(token)
    if lang == "ky":
        return stem_ky(token)
    return lemma_ru(token)


__all__ = ["lemma_ru", "stem_ky", "ky_chain", "stem_en", "token_lang", "form"]
