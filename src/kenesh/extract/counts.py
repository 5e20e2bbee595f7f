"""Participant counts: total, women, men ("Количество участников: 40, из них 24 женщин и 16 мужчин",
"Катышуучулардын саны: 35, анын ичинде 20 аял, 15 эркек", "brought together 48 participants").

Only numbers written next to a participant / women / men word count, so statistics in the same text (710 тыс.
мигрантов, 400,000 citizens) are not taken for attendance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NUM = r"(\d{1,5})"
_PART = r"(?:участник\w*|человек|катышуучу\w*|киши|адам|participants?|attendees|people|persons)"
_WOMEN = r"(?:женщин\w*|аял\w*|кыз\w*|women|female\w*)"
_MEN = r"(?:мужчин\w*|эркек\w*|men|male\w*)"
_LABEL = re.compile(r"(?:количество\s+участников|число\s+участников|всего\s+участников|катышуучулардын\s+саны|"
                    r"number\s+of\s+participants|totally|in\s+total|total)\s*:?\s*(?:—|-|–)?\s*" + _NUM, re.I)
_TOTAL = re.compile(_NUM + r"\s+" + r"(?:\w+\s+){0,1}" + _PART, re.I)
_KY_NUM_SUFFIX = r"(?:-?(?:у|ү|ы|и|сы|си|су|сү))?"  # "алардын 30у аялдар, 22си эркектер"
_W = re.compile(_NUM + _KY_NUM_SUFFIX + r"\s+" + _WOMEN, re.I)
_M = re.compile(_NUM + _KY_NUM_SUFFIX + r"\s+" + _MEN + r"(?!\w)", re.I)
_CONTEXT = re.compile(r"участ|катыш|participa|attend|присутств|собрал|brought\s+together|gathered|жыйнады", re.I)


@dataclass
class Counts:
    total: int | None = None
    women: int | None = None
    men: int | None = None
    spans: dict[str, tuple[int, int]] | None = None


def find_counts(text: str, sentences: list[tuple[int, int]]) -> Counts:
    """Counts from the first sentence (or labelled line) that states them."""
    out = Counts(spans={})
    assert out.spans is not None
    for s, e in sentences:
        chunk = text[s:e]
        if not _CONTEXT.search(chunk) and not _LABEL.search(chunk):
            continue
        if out.total is None:
            m = _LABEL.search(chunk) or _TOTAL.search(chunk)
            if m:
                out.total = int(m.group(1))
                out.spans["total"] = (s + m.start(1), s + m.end(1))
        if out.women is None:
            m = _W.search(chunk)
            if m:
                out.women = int(m.group(1))
                out.spans["women"] = (s + m.start(1), s + m.end(1))
        if out.men is None:
            m = _M.search(chunk)
            if m:
                out.men = int(m.group(1))
                out.spans["men"] = (s + m.start(1), s + m.end(1))
        if out.total is not None:
            break
    if out.total is None and out.women is not None and out.men is not None:
        out.total = out.women + out.men
    return out


__all__ = ["Counts", "find_counts"]
