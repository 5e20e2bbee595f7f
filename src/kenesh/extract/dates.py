"""Find calendar dates in ru / ky / en text.

A date is kept with its span and with the year only when the text writes one: "18 марта" is `--03-18`, never
this year (dateparser fills in the current year, which would invent facts). Relative dates ("кечээ", "yesterday")
are not dates; `relative_words` lets the caller see them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kenesh.extract import lexicon


@dataclass
class Date:
    year: int | None
    month: int
    day: int
    start: int
    end: int

    def iso(self) -> str:
        y = f"{self.year:04d}" if self.year else "-"
        return f"{y}-{self.month:02d}-{self.day:02d}"


_MONTH_WORD = r"[^\W\d_]{3,}\.?"
_PATTERNS = [
    # from 7 to 9 October 2025, с 7 по 9 октября 2025 года: the first day
    (re.compile(rf"(?:from|с)\s+(?P<d>\d{{1,2}})\s+(?:to|по|до)\s+\d{{1,2}}\s+(?:of\s+)?(?P<m>{_MONTH_WORD})(?:,?\s+"
                rf"(?P<y>\d{{4}})(?:\s+(?:года|году|г\.(?!\s*[А-ЯЁ])))?)?", re.I), "dmy"),
    # a range: 22-23 October 2025, 8–11 сентября 2024 года (the event starts on the first day)
    (re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\s*[-–]\s*\d{{1,2}}\s+(?:of\s+)?(?P<m>{_MONTH_WORD})(?:,?\s+(?P<y>\d{{4}})"
                rf"(?:\s+(?:года|году|г\.(?!\s*[А-ЯЁ])))?)?", re.I), "dmy"),
    # 2021-жылдын 08-июль (күнү), 2024-жылдын 23-майы
    (re.compile(rf"(?P<y>\d{{4}})\s*-?\s*ж(?:ылд[ыа]н|ылы|\.)?\s+(?P<d>\d{{1,2}})\s*-\s*(?P<m>{_MONTH_WORD})", re.I), "ymd"),
    # 14-июнь, 2024-жыл ; 26-сентябрда ; 14-ноябрь 2024
    (re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})\s*-\s*(?P<m>{_MONTH_WORD})(?:,?\s+(?P<y>\d{{4}})(?:\s*-?\s*ж\w*)?)?", re.I), "dmy"),
    # 12 марта 2024 года ; 18 of March ; 15 May 2025 ; 21st March, 2025
    (re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH_WORD})(?:,?\s+(?P<y>\d{{4}})"
                rf"(?:\s+(?:года|году|г\.(?!\s*[А-ЯЁ])))?)?", re.I),
     "dmy"),
    # March 12-13, 2025 ; June 3–5 (the first day)
    (re.compile(rf"(?P<m>[A-Z][a-z]{{2,8}}\.?)\s+(?P<d>\d{{1,2}})\s*[-–]\s*\d{{1,2}}(?![\d.])(?:,?\s+(?P<y>\d{{4}}))?"), "mdy"),
    # Nov 21 ; March 18, 2024
    (re.compile(rf"(?P<m>[A-Z][a-z]{{2,8}}\.?)\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d.])(?:,?\s+(?P<y>\d{{4}}))?"), "mdy"),
    # 18.03.2024 ; 2024-03-18
    (re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d])"), "num"),
    (re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])"), "num"),
]
RELATIVE = re.compile(r"\b(?:кечээ|бүгүн|мурдагы\s+күнү|вчера|сегодня|позавчера|yesterday|today|on\s+(?:monday|tuesday|"
                      r"wednesday|thursday|friday|saturday|sunday))\b", re.I)


def month_of(word: str) -> int | None:
    w = word.lower().rstrip(".")
    if w.isdigit():
        m = int(w)
        return m if 1 <= m <= 12 else None
    for stem, m in lexicon.months():
        if w.startswith(stem):
            # short English stems ("mar", "may", "jun") only as whole abbreviations or full names
            if len(stem) <= 4 and "a" <= stem[0] <= "z" and len(w) > len(stem) and not _full_en_month(w):
                continue
            return m
    return None


def _full_en_month(w: str) -> bool:
    return w in {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                 "november", "december", "sept"}


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[Date]:
    """All dates in text[start:end], earliest first, overlapping matches resolved by the longest."""
    end = len(text) if end is None else end
    found: list[Date] = []
    for rx, _kind in _PATTERNS:
        for m in rx.finditer(text, start, end):
            month = month_of(m.group("m"))
            if month is None:
                continue
            day = int(m.group("d"))
            if not 1 <= day <= 31:
                continue
            y = m.group("y")
            year = int(y) if y else None
            if year is not None and not 1990 <= year <= 2100:
                year = None
            found.append(Date(year, month, day, m.start(), m.end()))
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[Date] = []
    for d in found:
        if out and d.start < out[-1].end:
            if (d.end - d.start) > (out[-1].end - out[-1].start) and d.start == out[-1].start:
                out[-1] = d
            continue
        out.append(d)
    return out


__all__ = ["Date", "find_dates", "month_of", "RELATIVE"]
