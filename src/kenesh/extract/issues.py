"""Issues raised: the list after "подняли вопросы", "raised the problems of", "... маселелер көтөрүлдү".

Short spans as written (the gold keeps them inflected); split at commas, "а также", and the last "и" / "and" /
"жана" of the list. Not scored by `kenesh eval`, but the graph records them.
"""

from __future__ import annotations

import re

from kenesh.extract.segment import Doc

Span = tuple[int, int]

_RU = re.compile(r"(?:подняли|подняты|затронули|затронула|обсудили|назвали|указали\s+на|отметили)\s+"
                 r"(?:(?:основные\s+)?(?:вопросы|проблемы|препятствия|трудности)\s*(?:по\s+проблемам\s+|о\s+|:)?\s*)", re.I)
_EN = re.compile(r"(?:raised|discussed|noted|highlighted|named)\s+(?:(?:the\s+)?(?:problems?|issues?|questions?|"
                 r"obstacles?)\s*(?:of\s+|about\s+|:\s*)?)?(?!that\b|how\b|whether\b)", re.I)
_KY = re.compile(r"(?:сыяктуу\s+)?(?:маселелер|көйгөйлөр)(?:ди)?\s+(?:көтөрүлдү|көтөрүштү|талкууланды|талкуулашты)", re.I)


def find_issues(doc: Doc) -> list[Span]:
    out: list[Span] = []
    for s in doc.sentences:
        if doc.blocks[s.block].label:
            continue
        txt = doc.clean[s.start:s.end]
        if doc.lang == "ky":
            m = _KY.search(txt)
            if not m:
                continue
            heads = list(re.finditer(r"(?:учурунда|боюнча|жыйынтыгында|катышуучулар)\s+", txt[:m.start()], re.I))
            a = heads[-1].end() if heads else 0
            seg = (s.start + a, s.start + m.start())
        else:
            m = (_RU if doc.lang == "ru" else _EN).search(txt)
            if not m:
                continue
            seg = (s.start + m.end(), s.end)
        out += _split(doc, *seg)
    return out


def _split(doc: Doc, a: int, b: int) -> list[Span]:
    text = doc.clean[a:b]
    parts = re.split(r",(?!\s*(?:взят|выданн|получен|котор|which|who|where|whose|that)\w*)\s*"
                     r"(?:а\s+также\s+|as\s+well\s+as\s+|and\s+)?|\s+а\s+также\s+", text)
    out: list[Span] = []
    pos = 0
    for i, p in enumerate(parts):
        k = text.find(p, pos)
        pos = k + len(p)
        if i == len(parts) - 1 and len(parts) > 1:
            last = re.split(r"\s+(?:и|and|жана)\s+(?=\S+\s+\S+)", p, maxsplit=1)
            if len(last) == 2:
                out.append(_trim(doc, a + k, a + k + len(last[0])))
                j = p.find(last[1], len(last[0]))
                out.append(_trim(doc, a + k + j, a + k + j + len(last[1])))
                continue
        out.append(_trim(doc, a + k, a + k + len(p)))
    return [(s, e) for s, e in out if e - s > 3 and len(doc.clean[s:e].split()) >= 1]


def _trim(doc: Doc, s: int, e: int) -> Span:
    while s < e and doc.clean[s] in " \n:—–-":
        s += 1
    while e > s and doc.clean[e - 1] in " \n.;,":
        e -= 1
    m = re.search(r"\s+(?:тууралуу|жөнүндө|боюнча)$", doc.clean[s:e])
    if m:
        e = s + m.start()
    return s, e


__all__ = ["find_issues"]
