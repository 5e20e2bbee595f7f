"""Person names as comparable parts: full name tokens, initials, and the gender their surname form shows.

Reports write one person as "Абдыров Толонбек Шакирович", "Т. Абдыров", "Abdyrov Tolonbek", "Асанбековдун"
(a Kyrgyz genitive) or "T.Zh. Asanbekov". Word order carries little information across these styles, so a name is
compared as a *set* of folded tokens plus a set of initials; what decides is whether the two sets can describe the
same person without contradiction (see `compare`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Indel
from rapidfuzz.fuzz import ratio

from kenesh.iri import fold_name as fold

# Kyrgyz case endings after a Russian-type surname ("Асанбековдун", "Ткаченкого"), folded to Latin.
_KY_CASE_AFTER_SURNAME = re.compile(
    r"(ov|ev|in|ova|eva|ina|enko|uulu|kizi)(dun|din|dyn|dun|tun|tin|nun|nin|go|ga|ge|ko|ka|ke|do|da|de|to|ta|te|"
    r"du|di|tu|ti|nu|ni|dan|den|don|tan|ten|ton|nan|nen|non|dogu|dagi|degi|tagi|tegi)$")
_PATRONYMIC = re.compile(r"(ovich|evich|ovna|evna|ichna|ich)$")
_FEMALE_SURNAME = re.compile(r"(ova|eva|ina|aia|kizi)$")
_MALE_SURNAME = re.compile(r"(ov|ev|in|ii|uulu)$")
_SURNAME_LIKE = re.compile(r"(ov|ev|in|ova|eva|ina|enko|uk|iuk|bekov|baev|zoda|zade|uulu|kizi|ian|ski|skii|skaia)$")
# surname endings that no given name or patronymic has (so an initial cannot stand for such a token)
_SURNAME_FORM = re.compile(r"(ov|ev|ova|eva|ina|enko|iuk|bekov|baev|zoda|zade|uulu|kizi|skii|skaia)$")
_KY_MARKERS = {"uulu", "kizi"}  # "Эрмек Садыр уулу": "Садыр уулу" is one patronymic-surname


@dataclass(frozen=True)
class Name:
    """A parsed name: what it says, and nothing it does not."""

    text: str
    tokens: frozenset[str]
    initials: tuple[str, ...] = field(default=())
    patronymics: frozenset[str] = field(default=frozenset())

    @property
    def letters(self) -> frozenset[str]:
        """First letters of the full tokens: what initials elsewhere may abbreviate."""
        return frozenset(t[0] for t in self.tokens)

    @property
    def surname_like(self) -> frozenset[str]:
        return frozenset(t for t in self.tokens if _SURNAME_LIKE.search(t))


def _initials(token: str) -> list[str]:
    """'Т.' -> ['t'], 'T.Zh.' -> ['t', 'j'], 'А.Ж' -> ['a', 'j']."""
    parts = [p for p in re.split(r"[.\s]+", token) if p]
    return [fold(p)[:1] for p in parts if fold(p)]


@lru_cache(maxsize=200_000)
def parse(text: str) -> Name:
    """Split a name into folded full tokens and initials; strip Kyrgyz case endings from surnames."""
    tokens: list[str] = []
    initials: list[str] = []
    raw = re.findall(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?", text)
    i = 0
    while i < len(raw):
        tok = raw[i]
        bare = tok.rstrip(".")
        if len(bare) <= 2 and (tok.endswith(".") or bare.isupper()) and bare.lower() not in ("уулу", "кызы"):
            # "Т.", "Zh.", "ТК" written as initials
            initials.extend(_initials(tok) if len(bare) == 1 or tok.endswith(".") else [fold(c) for c in bare])
            i += 1
            continue
        folded = fold(bare).replace(" ", "")
        if not folded:
            i += 1
            continue
        if folded in _KY_MARKERS and tokens:
            tokens[-1] = tokens[-1] + "-" + folded
            i += 1
            continue
        folded = _KY_CASE_AFTER_SURNAME.sub(r"\1", folded) if len(folded) > 6 else folded
        tokens.append(folded)
        i += 1
    patronymics = frozenset(t for t in tokens if _PATRONYMIC.search(t))
    return Name(text, frozenset(tokens), tuple(initials), patronymics)


def _patronymic_letter(name: Name) -> str | None:
    """The patronymic's first letter, when the name shows it: a patronymic token, the second of two initials, or
    a lone initial beside a written-out given name (from a variant such as "Бекова А.Т.")."""
    if name.patronymics:
        return sorted(name.patronymics)[0][0]
    if len(name.initials) >= 2:
        return name.initials[1]
    if len(name.tokens) >= 2 and len(name.initials) == 1:
        return name.initials[0]
    return None


def gender(token: str) -> str | None:
    if _PATRONYMIC.search(token):
        return "f" if token.endswith(("ovna", "evna", "ichna")) else "m"
    if _FEMALE_SURNAME.search(token):
        return "f"
    if _MALE_SURNAME.search(token):
        return "m"
    return None


def tokens_match(a: str, b: str) -> float:
    """1.0 for equal tokens; for long tokens of one gender that differ by one dropped or doubled letter (the usual
    translation typo: Iskakova / Isakova), their similarity ratio; else 0. A changed letter is not a typo we
    accept: Boobekbaev and Boobektaev are two families."""
    if a == b:
        return 1.0
    if min(len(a), len(b)) < 6 or a[0] != b[0] or Indel.distance(a, b) != 1:
        return 0.0
    ga, gb = gender(a), gender(b)
    if ga and gb and ga != gb:
        return 0.0
    return ratio(a, b) / 100


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing two names, with the reason in words."""

    compatible: bool
    score: float
    reason: str
    matched: int = 0


def compare(a: Name, b: Name) -> Comparison:
    """Can `a` and `b` name the same person? Never when a token on each side is left unexplained."""
    pairs: list[tuple[str, str, float]] = []
    free_b = set(b.tokens)
    for ta in sorted(a.tokens, key=len, reverse=True):
        best = max(((tokens_match(ta, tb), tb) for tb in free_b), default=(0.0, ""))
        if best[0] > 0:
            pairs.append((ta, best[1], best[0]))
            free_b.discard(best[1])
    left_a = set(a.tokens) - {p[0] for p in pairs}
    left_b = free_b
    if not pairs:
        return Comparison(False, 0.0, "no name token in common")
    exact = sum(1 for p in pairs if p[2] == 1.0)
    if exact == 0:
        return Comparison(False, 0.0, f"only near matches ({', '.join(f'{x}~{y}' for x, y, _ in pairs)})")
    for ta, tb, _ in pairs:
        if gender(ta) and gender(tb) and gender(ta) != gender(tb):
            return Comparison(False, 0.0, f"{ta} and {tb} differ in gender")
    # a token left on each side: two different given names or surnames
    # an initial abbreviates a given name or patronymic, never a surname
    unexplained_a = {t for t in left_a if t[0] not in b.initials or _SURNAME_FORM.search(t)}
    unexplained_b = {t for t in left_b if t[0] not in a.initials or _SURNAME_FORM.search(t)}
    if unexplained_a and unexplained_b:
        return Comparison(False, 0.0, f"conflicting names: {', '.join(sorted(unexplained_a))} vs "
                                      f"{', '.join(sorted(unexplained_b))}")
    # initials must agree with the other side's tokens (and with its initials, letter for letter)
    for own, other, other_left in ((a, b, left_b), (b, a, left_a)):
        # a slot the other name fills with a token no initial of ours explains
        unexplained_other = {t for t in other_left if t[0] not in own.initials}
        for letter in own.initials:
            if letter not in other.letters and letter not in other.initials and unexplained_other:
                return Comparison(False, 0.0, f"initial {letter.upper()} does not fit {other.text}")
    # initials come in order (given name, patronymic): "Б.Н." is not Nursultan Bakytovich
    for own, other, other_left in ((a, b, left_b), (b, a, left_a)):
        if len(own.initials) >= 2 and other.patronymics:
            given = [t for t in other_left if t not in other.patronymics]
            patronymic = sorted(other.patronymics)[0]
            if own.initials[1] != patronymic[0] or (len(given) == 1 and own.initials[0] != given[0][0]):
                return Comparison(False, 0.0, f"initials {'.'.join(own.initials).upper()}. do not fit "
                                              f"{other.text} (given name, then patronymic)")
    pa, pb = _patronymic_letter(a), _patronymic_letter(b)
    if pa and pb and pa != pb:
        return Comparison(False, 0.0, f"patronymics differ ({pa.upper()} vs {pb.upper()})")
    if a.initials and b.initials and len(a.initials) == len(b.initials) and a.initials != b.initials:
        return Comparison(False, 0.0, f"initials {''.join(a.initials).upper()} and {''.join(b.initials).upper()} differ")
    initials_agree = sum(1 for x in a.initials if x in b.letters) + sum(1 for x in b.initials if x in a.letters)
    what = ", ".join(f"{x}={y}" if sc == 1.0 else f"{x}~{y} ({sc:.2f})" for x, y, sc in pairs)
    if initials_agree:
        what += f"; initials agree ({initials_agree})"
    if len(pairs) >= 2:
        score = 0.9 if len(pairs) == 2 else 1.0
    elif initials_agree:
        score = 0.75
    else:
        score = 0.5
    if any(sc < 1.0 for _, _, sc in pairs):
        score = round(score - 0.05, 2)
    return Comparison(True, score, what, matched=len(pairs))


def is_weak(name: Name) -> bool:
    """Initials and a surname, or one word: too little to share a node across documents without evidence."""
    return len(name.tokens) < 2


STRONG = 0.85  # two or more name tokens agree: the same person unless context says otherwise
MEDIUM = 0.7   # one name token and the initials agree: the same person if no other candidate fits


__all__ = ["Name", "Comparison", "parse", "compare", "gender", "tokens_match", "is_weak", "STRONG", "MEDIUM"]
