"""Numbers written as digits or words before a counted noun: "48", "forty-five", "two dozen", «около ста», «отуздан
ашык», "40тан ашык". Reports and news give attendance both ways; the words are in data/lexicons/number_words.tsv.
"""

from __future__ import annotations

import re
from functools import cache

from kenesh.extract import lexicon

# words that make a number approximate and stand between it and the noun (Kyrgyz: «отуздан ашык катышуучу»)
_AFTER = frozenset("ашык ашуун жакын чамасында чакты чамалуу дай дей".split())
_KY_CASE = re.compile(r"(?:дан|ден|дон|дөн|тан|тен|тон|төн|га|ге|ка|ке|го|гө|ко|кө|дай|дей|дой|дөй|тай|тей|той|төй|"
                      r"ча|че|чо|чө|у|ү|ы|и|сы|си|су|сү)$")


@cache
def _words(lang: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in lexicon.rows("number_words.tsv"):
        if row[0] == lang:
            for w in row[1].split():
                out[w] = row[2]
    return out


def _value(word: str, lang: str) -> str | None:
    w = word.lower()
    table = _words(lang)
    if w in table:
        return table[w]
    if lang == "ky":
        m = _KY_CASE.search(w)
        if m and w[:m.start()] in table:
            return table[w[:m.start()]]
    return None


def _digits(word: str) -> int | None:
    m = re.fullmatch(r"(\d{1,5})(?:-?[а-яөүң]{1,4})?", word.replace("\u00a0", ""))
    return int(m.group(1)) if m else None


def number_before(text: str, pos: int, lang: str, filler: int = 1) -> tuple[int, int, int] | None:
    """The number written right before `pos` (allowing `filler` other words and Kyrgyz approximators between),
    as (value, start, end offsets), or None."""
    window_start = max(0, pos - 90)
    toks = list(re.finditer(r"[\w]+(?:-[\w]+)*", text[window_start:pos]))
    i = len(toks) - 1
    skipped = 0
    while i >= 0 and toks[i].group(0).lower() in _AFTER:
        i -= 1
    while i >= 0:
        w = toks[i].group(0)
        if _digits(w) is not None or _value(w.split("-")[-1], lang) is not None:
            break
        if skipped >= filler or w.lower() in ("of", "из", "и", "and"):
            return None
        skipped += 1
        i -= 1
        while i >= 0 and toks[i].group(0).lower() in _AFTER:
            i -= 1
    if i < 0:
        return None
    w = toks[i].group(0)
    end = window_start + toks[i].end()
    dm = re.match(r"\d+", w)
    if dm and dm.end() < len(w):
        end = window_start + toks[i].start() + dm.end()  # "40тан": the digits
    if re.search(r"[^\w\s-]", text[window_start + toks[i].end():pos]):
        return None  # "участников: 32 (женщин ...": punctuation between the number and the noun
    d = _digits(w)
    if d is not None and 1990 <= d <= 2100:
        return None  # a year ("2024 года участники")
    if d is not None:
        if i > 0 and re.fullmatch(r"\d{1,3}", toks[i - 1].group(0)) and \
                re.fullmatch(r"\s", text[window_start + toks[i - 1].end():window_start + toks[i].start()]):
            return int(toks[i - 1].group(0) + w), window_start + toks[i - 1].start(), end  # "1 200"
        return d, window_start + toks[i].start(), end
    # a run of number words, read right to left: "forty-five", "two hundred and ten", «сто двадцать», «эки жүз»
    parts: list[str] = []
    j = i
    while j >= 0:
        w = toks[j].group(0)
        pieces = w.lower().split("-")
        vals = [_value(p, lang) for p in pieces]
        if any(v is None for v in vals):
            if w.lower() in ("and", "a") and parts:
                j -= 1
                continue
            break
        parts = [v for v in vals if v] + parts
        j -= 1
    if not parts:
        return None
    total, current = 0, 0
    for v in parts:
        if v.startswith("mult"):
            current = max(current, 1) * int(v[4:])
            if int(v[4:]) >= 100:
                total += current
                current = 0
        else:
            current += int(v)
    total += current
    if j >= 0 and toks[j].group(0).lower() == "a" and parts[0].startswith("mult"):
        j -= 1  # "a hundred", "a dozen"
    start = window_start + toks[j + 1].start()
    return (total, start, end) if total > 0 else None


@cache
def _unit() -> re.Pattern[str]:
    rows = [row[1] for row in lexicon.rows("number_words.tsv") if row[0] == "unit"]
    return re.compile(r"\s*(?:" + "|".join(rows) + r")(?![\w])", re.I)


def numbers_in(text: str, start: int, end: int, lang: str) -> list[tuple[int, int, int]]:
    """Numbers in text[start:end] as (value, start, end): digits ("48", "1 200", "40тан") and runs of number words
    ("forty-five", «около ста», «отуздан»). Years and numbers of a unit ("30 days", "15 %", "3 districts") are
    left out: they are no head counts."""
    out: list[tuple[int, int, int]] = []
    toks = list(re.finditer(r"\w+(?:-\w+)*", text[start:end]))
    k = 0
    while k < len(toks):
        t = toks[k]
        w = t.group(0)
        val = _digits(w)
        j = k
        if val is None:
            pieces = [_value(p, lang) for p in w.lower().split("-")]
            if all(pieces):
                j = k
                while j + 1 < len(toks) and all(_value(p, lang) for p in toks[j + 1].group(0).lower().split("-")):
                    j += 1
                nb = number_before(text, start + toks[j].end() + 1, lang, filler=0) \
                    if start + toks[j].end() < len(text) else None
                val = nb[0] if nb else None
        if val is not None:
            a, b = start + t.start(), start + toks[j].end()
            if not (1990 <= val <= 2100 and re.fullmatch(r"\d{4}", w)) and not _unit().match(text, b) and \
                    not re.match(r"[.,:]\d", text[b:b + 2]):
                out.append((val, a, b))
        k = j + 1
    return out


__all__ = ["number_before", "numbers_in"]
