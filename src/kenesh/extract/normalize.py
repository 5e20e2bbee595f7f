"""Base forms for linking: names (nominative, gender kept), regions (one base form per region of a coordinated
phrase: "Чуйской, Ошской и Джалал-Абадской областях" -> Чуйская / Ошская / Джалал-Абадская область,
"Лейлек жана Кадамжай райондорундагы" -> Лейлек району / Кадамжай району, "Batken and Osh regions" -> Batken region /
Osh region). The record keeps the text as written; these forms go to `normalized` and `regions_normalized`.

Place adjectives follow one regular pattern (-ской/-ского/-ском -> -ская/-ский), which also covers names pymorphy3
does not know (Джалал-Абадской, Кара-Суйского), so regions need no dictionary.
"""

from __future__ import annotations

import re

from kenesh.extract.names import normalize_name

_RU_HEAD = [(re.compile(r"област\w*", re.I), "область", "femn"), (re.compile(r"район\w*", re.I), "район", "masc"),
            (re.compile(r"регион\w*", re.I), "регион", "masc")]
_KY_HEAD = [(re.compile(r"облус\w*", re.I), "облусу"), (re.compile(r"район\w*", re.I), "району"),
            (re.compile(r"аймаг\w*", re.I), "аймагы")]
_EN_HEAD = re.compile(r"(region|oblast|province|district)s?$", re.I)


def _ru_adj(word: str, gender: str) -> str:
    m = re.match(r"(.*?)(ск|цк)(?:ая|ой|ую|ом|ого|ий|их|им|ими|ие|ому)$", word)
    if not m:
        return word
    return m.group(1) + m.group(2) + ("ая" if gender == "femn" else "ий")


def normalize_region(text: str, lang: str) -> list[str]:
    """Base form(s) of a region mention; a coordinated phrase gives one form per region."""
    words = re.findall(r"[\w'’-]+", text)
    if not words:
        return []
    head = words[-1]
    names = [w for w in words[:-1] if w.lower() not in ("и", "жана", "and")]
    if lang == "ru" or re.search(r"[а-яё]", head, re.I) and lang != "ky":
        for rx, base, gender in _RU_HEAD:
            if rx.fullmatch(head):
                return [f"{_ru_adj(n, gender)} {base}" for n in names] or [text]
    if lang == "ky" or re.search(r"[өүң]", text):
        for rx, base in _KY_HEAD:
            if rx.fullmatch(head):
                return [f"{n} {base}" for n in names] or [text]
    m = _EN_HEAD.search(head)
    if m and names:
        return [f"{n} {m.group(1).lower()}" for n in names]
    return [re.sub(r"\s+", " ", text).strip()]


__all__ = ["normalize_name", "normalize_region"]
