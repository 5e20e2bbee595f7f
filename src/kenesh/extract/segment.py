"""Split a report into blocks, sentences and tokens, with character offsets into the read text.

Reports arrive with hard line breaks (PDF copies), markdown emphasis, and site furniture (menus, share buttons,
related headlines, footers). Extraction works on `Doc.clean`: the text with emphasis markers and boilerplate lines
blanked out *character for character*, so every offset in `clean` is also an offset in the original text and spans
need no mapping. Blocks are logical paragraphs (wrapped lines joined); sentences are split inside blocks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kenesh.extract import lexicon

_LIST_MARK = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|\(\d{1,2}\)|[-•*–—·▪●]|\(?[a-zа-я]\))\s+")
_GENERIC_LABEL = re.compile(r"^[A-ZА-ЯЁӨҮҢ][\w-]*(?:\s+[\w-]+){0,4}\s*:\s")
_TERMINAL = re.compile(r"[.!?:;…]\s*[»”\"’)]?\s*$")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|\d+(?:[.,:]\d+)*|\S")
# abbreviations after which a period does not end a sentence
_ABBREV = frozenset("""
г гг с ст им ул пр обл р-н о т д е др тыс млн млрд руб сом долл проф акад доц и.о им. им ч ж к п кв
st mr mrs ms dr no vs jr sr prof inc ltd co gen
""".split())


@dataclass
class Token:
    text: str
    start: int
    end: int
    sent: int = -1

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_cap(self) -> bool:
        return self.text[:1].isupper()


@dataclass
class Block:
    start: int
    end: int
    lines: list[tuple[int, int]]
    list_item: bool = False
    label: str | None = None


@dataclass
class Sentence:
    start: int
    end: int
    block: int
    tokens: list[Token] = field(default_factory=list)


@dataclass
class Doc:
    text: str
    clean: str
    lang: str
    blocks: list[Block]
    sentences: list[Sentence]
    tokens: list[Token]
    headline: tuple[int, int] | None = None

    def span_text(self, start: int, end: int) -> str:
        return self.text[start:end]

    def sentence_at(self, offset: int) -> int:
        for i, s in enumerate(self.sentences):
            if s.start <= offset < s.end:
                return i
        return -1


def clean_text(text: str) -> str:
    """Same-length copy of `text`: markdown emphasis, heading marks and boilerplate lines become spaces."""
    chars = list(text.replace("\u00a0", " ").replace("\t", " "))
    # markdown emphasis and headings ("* " opening a line is a bullet and stays)
    for m in re.finditer(r"\*{1,3}|(?<!\w)_{2}|_{2}(?!\w)", text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.group(0) == "*" and not text[line_start:m.start()].strip() and text[m.end():m.end() + 1] == " ":
            continue
        for i in range(m.start(), m.end()):
            chars[i] = " "
    # markdown tables: "| Date | 6 November |" reads as "  Date : 6 November  "; separator rows vanish
    for m in re.finditer(r"(?m)^[ \t]*\|.*\|[ \t]*$", text):
        row = m.group(0)
        bars = [m.start() + i for i, c in enumerate(row) if c == "|"]
        if re.fullmatch(r"[\s|:\-]+", row):
            for i in range(m.start(), m.end()):
                chars[i] = " "
            continue
        for k, b in enumerate(bars):
            chars[b] = ":" if k == 1 and len(bars) >= 3 else " "
    for m in re.finditer(r"(?m)^[ \t]{0,3}>[ \t]?", text):
        for i in range(m.start(), m.end()):
            chars[i] = " "
    for m in re.finditer(r"(?m)^[ \t]{0,3}#{1,6}[ \t]", text):
        for i in range(m.start(), m.end()):
            chars[i] = " "
    s = "".join(chars)
    patterns = lexicon.boilerplate()
    related = re.compile(r"(?:окшош\s+жаңылыктар|похожие\s+новости|читайте\s+также|related\s+(?:news|articles|stories)"
                         r"|see\s+also|другие\s+новости|дагы\s+окуңуз|also\s+read)", re.I)
    pos = 0
    in_related = False
    out = list(s)
    for line in s.split("\n"):
        stripped = line.strip()
        start = pos
        pos += len(line) + 1
        if not stripped:
            in_related = False
            continue
        blank = in_related or any(p.fullmatch(stripped) for p in patterns)
        if related.match(stripped):
            in_related = True
            blank = True
        if blank:
            for i in range(start, start + len(line)):
                out[i] = " "
    return "".join(out)


def _label_of(line: str) -> str | None:
    m = re.match(r"\s*([^:\n]{2,60}?)\s*:", line)
    if not m:
        return None
    head = m.group(1).strip()
    for name, rx in lexicon.field_labels():
        if rx.fullmatch(head):
            return name
    return None


def blocks_of(clean: str) -> list[Block]:
    """Join wrapped lines into logical blocks (paragraphs, list items, labelled fields)."""
    lines = []
    pos = 0
    for line in clean.split("\n"):
        lines.append((pos, pos + len(line), line))
        pos += len(line) + 1
    blocks: list[Block] = []
    cur: Block | None = None
    blank_run = 0
    for start, end, line in lines:
        if not line.strip():
            blank_run += 1
            continue
        ls = len(line) - len(line.lstrip())
        s, e = start + ls, start + len(line.rstrip())
        stripped = line.strip()
        is_item = bool(_LIST_MARK.match(stripped))
        if is_item and stripped[:1] in "—–" and not (blocks and (blocks[-1].list_item or
                                                                 clean[blocks[-1].start:blocks[-1].end].rstrip()
                                                                 .endswith(":"))):
            is_item = False  # a dash opening a paragraph is direct speech, not a list
        label = _label_of(stripped)
        if cur is not None:
            prev = clean[cur.lines[-1][0]:cur.lines[-1][1]]
            prev_done = bool(_TERMINAL.search(prev))
            lower_next = stripped[:1].islower() or stripped[:1] in "«“\"(" and not is_item
            header = stripped.endswith(":") and len(stripped) < 60  # "Presentations:" opens a new part
            cont = (not prev_done and not is_item and label is None and not _GENERIC_LABEL.match(stripped)
                    and not (header and blank_run)
                    and (blank_run == 0 or lower_next or (cur.list_item and blank_run <= 2)))
            if cont:
                cur.lines.append((s, e))
                cur.end = e
                blank_run = 0
                continue
        cur = Block(start=s, end=e, lines=[(s, e)], list_item=is_item, label=label)
        blocks.append(cur)
        blank_run = 0
    return blocks


def _inside_quote(text: str, start: int, i: int) -> bool:
    """True when position i is inside an unclosed «...» or “...” opened in this sentence (and closed later)."""
    before = text[start:i]
    for o, c in (("«", "»"), ("“", "”")):
        if before.count(o) > before.count(c):
            opened = before.rfind(o) + start
            closed = text.find(c, i, i + 150)
            if closed != -1 and closed - opened < 80:
                return True
    return False


def _sentence_bounds(clean: str, block: Block) -> list[tuple[int, int]]:
    out = []
    s = block.start
    text = clean
    i = block.start
    while i < block.end:
        c = text[i]
        if c in ".!?…":
            j = i + 1
            while j < block.end and text[j] in ".!?…»”\"’)":
                j += 1
            k = j
            while k < block.end and text[k] in " \n":
                k += 1
            if k >= block.end:
                break
            nxt = text[k]
            if k > j and (nxt.isupper() or nxt.isdigit() or nxt in "«“\"—–-") and not _inside_quote(text, s, i):
                word = re.search(r"([^\W\d_][\w.-]*)$", text[s:i])
                w = word.group(1).lower() if word else ""
                single_initial = bool(re.search(r"(?:^|[\s.(])[^\W\d_]$", text[max(s, i - 2):i])) and \
                    text[i - 1].isupper() or \
                    bool(re.search(r"(?:^|[\s.(])(?:Zh|Sh|Ch|Kh|Ts|Yu|Ya|Ye|Yo|Dj|Dzh|Sch)$", text[max(s, i - 4):i]))
                # (two-letter initials of transliterated names: "Sherzod Kh. Yusupov")
                if c == "." and (w in _ABBREV or single_initial or re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", w)):
                    i = j
                    continue
                out.append((s, j))
                s = k
                i = k
                continue
            i = j
            continue
        i += 1
    if s < block.end:
        out.append((s, block.end))
    return out


def segment(text: str, lang: str) -> Doc:
    """Build the Doc (clean text, blocks, sentences, tokens) for one report."""
    clean = clean_text(text)
    blocks = blocks_of(clean)
    sentences: list[Sentence] = []
    tokens: list[Token] = []
    for bi, b in enumerate(blocks):
        for s, e in _sentence_bounds(clean, b):
            sent = Sentence(start=s, end=e, block=bi)
            for m in _WORD.finditer(clean, s, e):
                t = Token(m.group(0), m.start(), m.end(), len(sentences))
                sent.tokens.append(t)
                tokens.append(t)
            if sent.tokens:
                sentences.append(sent)
    headline = None
    if blocks:
        b = blocks[0]
        first = clean[b.start:b.end]
        if b.label is None and not b.list_item and len(first) < 250 and not re.search(r"[.!?]\s*$", first):
            headline = (b.start, b.end)
    return Doc(text=text, clean=clean, lang=lang, blocks=blocks, sentences=sentences, tokens=tokens,
               headline=headline)


__all__ = ["Doc", "Block", "Sentence", "Token", "segment", "clean_text", "blocks_of"]
