"""Proposal normalisation: lemmas with framing and stop words removed, and the key terms that carry the meaning.

Why: "необходимо создать центры реинтеграции", "реинтеграция борборлорун ачуу керек" and "open reintegration
centres" must reduce to the same key terms (establish, reintegration, centre). Framing words ("необходимо",
"зарыл", "should") say that something is proposed, not what, so they go; dictionary concepts become shared
cross-language keys ("c:centre"); other words keep a key of their own folded to Latin ("w:leilek"), so place names
and loanwords still match across scripts (kenesh.iri.fold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kenesh.iri import fold
from kenesh.recur import lexicon as lx
from kenesh.recur.stem import token_lang

_YEAR = re.compile(r"^(19|20)\d\d$")
_KY_LETTERS = re.compile(r"[ңөүҢӨҮ]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class Term:
    """A key term of a proposal: its key ("c:concept", "w:folded-word", "n:189"), class and words as written."""

    key: str
    klass: str  # g, c, s for dictionary concepts; u for other words; n for numbers
    surface: str

    @property
    def concept(self) -> str | None:
        return self.key[2:] if self.key.startswith("c:") else None


@dataclass(frozen=True)
class Normalised:
    """A proposal reduced for matching: language, content lemmas and distinct key terms in text order."""

    text: str
    lang: str
    lemmas: tuple[str, ...]
    terms: tuple[Term, ...]

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(t.key for t in self.terms)


def guess_lang(text: str) -> str:
    """ru, ky or en for a short text with no language tag.

    Latin script is English; ң ө ү, or Kyrgyz words found by kenesh.language, make Kyrgyz; a Cyrillic text that
    shows neither is Kyrgyz still when most of its words are unknown to the Russian dictionary ("мигранттарга
    Социалдык фондго ыктыярдуу ...").
    """
    latin = len(_LATIN.findall(text))
    cyr = len(re.findall(r"[\u0400-\u04ff]", text))
    if latin > cyr:
        return "en"
    if _KY_LETTERS.search(text):
        return "ky"
    try:
        from kenesh.language import detect
    except ImportError:
        pass
    else:
        if detect(text) == "ky":
            return "ky"
    from kenesh.recur.stem import _analyzer

    words = [w for w in re.findall(r"[а-яё]{4,}", text.lower())]
    unknown = sum(1 for w in words if not _analyzer().word_is_known(w))
    return "ky" if words and unknown * 2 > len(words) else "ru"


def normalise(text: str, lang: str | None = None) -> Normalised:
    """Reduce one proposal (see the module docstring). `lang` is the text's language tag, guessed when missing."""
    lang = lang if lang in lx.LANGS else guess_lang(text)
    return _normalise(text, lang)


@lru_cache(maxsize=100_000)
def _normalise(text: str, lang: str) -> Normalised:
    lex = lx.load()
    toks = lx.tokenize(text)
    langs = [token_lang(t, lang) for t in toks]
    forms = [lex.form(t, tl) for t, tl in zip(toks, langs)]
    lemmas: list[str] = []
    terms: dict[str, Term] = {}
    i = 0
    while i < len(toks):
        tl = langs[i]
        entry, span = None, 1
        for n in lex.lengths[tl].get(forms[i], ()):
            if i + n > len(toks) or any(langs[j] != tl for j in range(i + 1, i + n)):
                continue
            entry = lex.lookup(tuple(forms[i:i + n]), tl)
            if entry is not None:
                span = n
                break
        surface = " ".join(toks[i:i + span])
        if entry is not None and entry.concept in (lx.STOP, lx.FRAME):
            i += span
            continue
        if entry is None and tl == "ky":
            entry = lex.ky_prefix(forms[i])
        lemmas.extend(forms[i:i + span])
        if entry is not None:
            key, klass = "c:" + entry.concept, entry.klass
        elif forms[i].isdigit():
            if len(forms[i]) < 2 or _YEAR.match(forms[i]):
                i += span
                continue
            key, klass = "n:" + forms[i], "n"
        else:
            folded = fold(forms[i]).replace(" ", "")
            if len(folded) < 3:
                i += span
                continue
            key, klass = "w:" + folded, "u"
        if key not in terms:
            terms[key] = Term(key, klass, surface)
        i += span
    return Normalised(text, lang, tuple(lemmas), tuple(terms.values()))


__all__ = ["Term", "Normalised", "normalise", "guess_lang"]
