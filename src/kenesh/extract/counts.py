"""Participant counts: total, women, men ("Количество участников: 40, из них 24 женщин и 16 мужчин",
"Катышуучулардын саны: 35, анын ичинде 20 аял, 15 эркек", "brought together 48 participants").

Only numbers written next to a participant / women / men word count, so statistics in the same text (710 тыс.
мигрантов, 400,000 citizens) are not taken for attendance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kenesh.extract import lexicon
from kenesh.extract.numbers import number_before, numbers_in

_NUM = r"(\d{1,5})"
_PART = re.compile(r"\b(?:участни\w*|человек|катышуучу\w*|киши|адам|жаран\w*|participants?|attendees|people|persons|"
                   r"представител\w*|representatives|делегат\w*|delegates)\b", re.I)
_WOMEN = re.compile(r"\b(?:женщин\w*|аял\w*|кыз\w*|келин\w*|women|female\w*)", re.I)
_MEN = re.compile(r"\b(?:мужчин\w*|эркек\w*|жигит\w*|men|male)(?!\w)", re.I)
_LABEL = re.compile(r"(?:количество\s+участников|число\s+участников|всего\s+участников|катышуучулардын\s+саны|"
                    r"number\s+of\s+participants|totally|in\s+total|total)\s*:?\s*(?:—|-|–)?\s*" + _NUM, re.I)
_CONTEXT = re.compile(r"участ|катыш|participa|attend|присутств|собрал|собрались|пришл|brought\s+together|gathered|"
                      r"жыйнады|чогулду|чогулушту|came\s+together|joined|turned\s+out|took\s+part", re.I)


@dataclass
class Counts:
    total: int | None = None
    women: int | None = None
    men: int | None = None
    spans: dict[str, tuple[int, int]] | None = None


_COUNT_LABEL = re.compile(r"(?i)(?:(?:number\s+of|количество|число)\s+[\w\s]{0,30}?|[\w\s]{0,30}?\bсаны|"
                          r"participants|attendees|участники|катышуучулар)\s*:\s*(\d{1,5})\b")


def _cue(kind: str, lang: str) -> re.Pattern[str] | None:
    return lexicon.cue("number_words.tsv", kind, lang)


def _head_count(text: str, s: int, e: int, lang: str) -> tuple[int, int, int] | None:
    """A number of people of any kind said to attend: "Around 60 residents ... attended", «На встречу пришли около
    80 соотечественников», "brought together 25 staff members", "Number of migrants met: 212"."""
    chunk = text[s:e]
    label = _COUNT_LABEL.search(chunk)
    if label:
        return int(label.group(1)), s + label.start(1), s + label.end(1)
    attend, obj = _cue("attend", lang), _cue("attend_object", lang)
    for val, a, b in numbers_in(text, s, e, lang):
        if val < 2:
            continue
        after = text[b:min(e, b + 160)]
        am = attend.search(after) if attend else None
        if am and not re.search(r"[.;:!?]\s|,\s*(?:and|but|а|и|но|while)\s", after[:am.start()]) and \
                not re.search(r"\d", after[:am.start()]):
            return val, a, b
        before = text[max(s, a - 40):a]
        if lang == "ru" and attend and re.search(rf"(?:{attend.pattern})\s+(?:(?:около|более|свыше|почти|порядка|"
                                                 rf"примерно|до)\s+)?$", before, re.I):
            return val, a, b  # "В ней приняли участие 74 соотечественника"
        if obj and re.search(rf"(?:{obj.pattern})\s+(?:(?:about|around|some|over|more\s+than|nearly|almost|"
                             rf"около|более|свыше|почти|порядка|примерно)\s+)?$", before, re.I):
            return val, a, b
    return None


def find_counts(text: str, sentences: list[tuple[int, int]], lang: str = "ru") -> Counts:
    """Counts from the first sentence (or labelled line) that states them. Numbers may be written as words or
    approximately ("more than 50 people", «около ста участников», «отуздан ашык катышуучу»): the number written is
    the count."""
    out = Counts(spans={})
    assert out.spans is not None
    for s, e in sentences:
        chunk = text[s:e]
        attend = _cue("attend", lang)
        if not _CONTEXT.search(chunk) and not _LABEL.search(chunk) and not (attend and attend.search(chunk)) and \
                not _COUNT_LABEL.search(chunk):
            continue
        if out.total is None:
            m = _LABEL.search(chunk)
            if m:
                out.total = int(m.group(1))
                out.spans["total"] = (s + m.start(1), s + m.end(1))
            else:
                for pm in _PART.finditer(chunk):
                    nb = number_before(text, s + pm.start(), lang)
                    if nb and nb[1] >= s:
                        out.total = nb[0]
                        out.spans["total"] = (nb[1], nb[2])
                        break
        if out.total is None:
            head = _head_count(text, s, e, lang)
            if head:
                out.total = head[0]
                out.spans["total"] = (head[1], head[2])
        for key, rx in (("women", _WOMEN), ("men", _MEN)):
            if getattr(out, key) is not None:
                continue
            for wm in rx.finditer(chunk):
                nb = number_before(text, s + wm.start(), lang, filler=0)
                if nb is None or nb[1] < s:
                    # "27 of them women", «из них женщин — 24» is rare; "48 participants, 27 of them women"
                    back = re.search(r"(\d{1,5})\s+(?:of\s+(?:them|whom)\s+(?:were\s+)?)$", chunk[:wm.start()], re.I)
                    if back:
                        nb = (int(back.group(1)), s + back.start(1), s + back.end(1))
                after = re.match(r"\s*(?:[–—:-]|—)\s*(\d{1,5})\b", chunk[wm.end():])
                if nb is None and after:
                    nb = (int(after.group(1)), s + wm.end() + after.start(1), s + wm.end() + after.end(1))  # "(женщин – 20)"
                if nb and nb[1] >= s and (out.total is None or nb[0] <= out.total):
                    setattr(out, key, nb[0])
                    out.spans[key] = (nb[1], nb[2])
                    break
        if out.total is not None:
            break
    if out.total is None and out.women is not None and out.men is not None:
        out.total = out.women + out.men
    return out


__all__ = ["Counts", "find_counts"]
