"""Read a report file into plain text with provenance.

Every later stage (language, extraction, RDF spans) works on `Text.text`, so this module is the one place that knows
about file formats and encodings. Spans in records are offsets into `Text.text`; when a reader transforms what it
decodes (markdown markers removed, PDF lines joined and de-hyphenated) it keeps `offsets`, a map from each character
of `Text.text` to its index in the decoded source, so a span can still be traced back to the original.

Formats: .txt, .md/.markdown, .html/.htm, .docx, .pdf. Encodings: strict UTF-8 first (with or without BOM), UTF-16
when a BOM says so, then charset-normalizer (cp1251 and friends). Bad input raises InputError with one clear line.
"""

from __future__ import annotations

import hashlib
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from kenesh.errors import InputError

MAX_BYTES = 20 * 1024 * 1024

MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".pdf": "application/pdf",
}


@dataclass
class Text:
    """Text of one report, ready for extraction.

    `offsets[i]` is the index in the decoded source of `text[i]`; None when the text is the source unchanged.
    """

    text: str
    source: str
    sha256: str
    media_type: str = "text/plain"
    offsets: list[int] | None = field(default=None, repr=False)

    def source_offset(self, i: int) -> int:
        """Map an offset in `text` to the decoded source (identity when nothing was transformed)."""
        if self.offsets is None:
            return i
        if i >= len(self.offsets):
            return (self.offsets[-1] + 1) if self.offsets else 0
        return self.offsets[i]


# ---------------------------------------------------------------------------------------------------------------
# decoding


def decode(data: bytes, name: str = "input") -> str:
    """Decode report bytes: BOMs first, strict UTF-8, then charset-normalizer; refuse binary data."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name)
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM: every other byte NUL for Latin text; anything else with NULs is binary
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_textual(text) and _in_our_scripts(text):
                return text
        raise InputError(f"{name}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _guess(data, name)
    if not _looks_textual(text):
        raise InputError(f"{name}: binary or undecodable file")
    return text


def _strict(data: bytes, enc: str, name: str) -> str:
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid {enc} ({exc.reason} at byte {exc.start})") from None


def _guess(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: binary or undecodable file (no text encoding fits)")
    # charset-normalizer sometimes prefers a close cousin of cp1251 for short Cyrillic texts; cp1251 wins ties
    text = str(best)
    try:
        cp = data.decode("cp1251")
        if _cyrillic_share(cp) >= _cyrillic_share(text):
            return cp
    except UnicodeDecodeError:
        pass
    return text


def _cyrillic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters)


def _looks_textual(text: str) -> bool:
    if not text.strip():
        return False
    sample = text[:8192]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or c == "\ufffd")
    return bad <= max(2, len(sample) // 100)


def _in_our_scripts(text: str) -> bool:
    """Reports are Russian, Kyrgyz or English: a guess at BOM-less UTF-16 that yields mostly other scripts (binary
    bytes read as CJK, say) is not a report."""
    sample = [c for c in text[:8192] if not c.isspace()]
    if not sample:
        return False
    ours = sum(1 for c in sample if ord(c) < 0x250 or 0x400 <= ord(c) < 0x530 or 0x2000 <= ord(c) < 0x2070)
    return ours >= 0.9 * len(sample)


# ---------------------------------------------------------------------------------------------------------------
# text with an offset map


class _Builder:
    """Accumulates output text together with the source index of each character."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: list[int] = []

    def add(self, s: str, start: int) -> None:
        self.parts.append(s)
        self.offsets.extend(range(start, start + len(s)))

    def add_at(self, s: str, at: int) -> None:
        """Characters that do not come from the source (joins, newlines) point at `at`."""
        self.parts.append(s)
        self.offsets.extend([at] * len(s))

    def result(self) -> tuple[str, list[int]]:
        return "".join(self.parts), self.offsets


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.M)
_MD_EMPH = re.compile(r"(?<![\w*])(\*\*|\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])", re.S)
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)


def strip_markdown(src: str) -> tuple[str, list[int]]:
    """Remove heading markers, block quotes and emphasis (*, **, __) while keeping an offset map.

    Emphasis hides names from NER and breaks label matching ("**Модератор:**"); list markers and numbers are kept,
    because the proposal lists need them.
    """
    drop = [False] * len(src)
    for rx in (_MD_HEADING, _MD_QUOTE):
        for m in rx.finditer(src):
            for i in range(m.start(), m.end()):
                drop[i] = True
    for m in _MD_EMPH.finditer(src):
        mark = len(m.group(1))
        for i in range(m.start(), m.start() + mark):
            drop[i] = True
        for i in range(m.end() - mark, m.end()):
            drop[i] = True
    b = _Builder()
    for i, c in enumerate(src):
        if not drop[i]:
            b.add(c, i)
    return b.result()


_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])[-\u00ad]\n[ \t]*(?=[^\W\d_])")


def join_pdf_lines(src: str) -> tuple[str, list[int]]:
    """Join hard line breaks inside paragraphs and undo end-of-line hyphenation.

    A line break stays when the line ends a sentence or a list item, when the next line starts a list item or a
    labelled field, or when a blank line follows. A hyphen at the end of a line between two letters is dropped
    when the next line goes on in lower case ("миграци-\\nонной" -> "миграционной"); "Жалал-\\nАбад" keeps it.
    """
    b = _Builder()
    lines = src.split("\n")
    pos = 0
    for k, line in enumerate(lines):
        start = pos
        pos += len(line) + 1
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        stripped = line.rstrip()
        if nxt is None:
            b.add(line, start)
            continue
        nstrip = nxt.lstrip()
        if not stripped or not nstrip or _ENDS_BLOCK.search(stripped) or _STARTS_BLOCK.match(nstrip):
            b.add(line, start)
            b.add("\n", start + len(line))
            continue
        if re.search(r"[^\W\d_][-\u00ad]$", stripped) and nstrip[:1].islower():
            b.add(stripped[:-1], start)
            continue
        if re.search(r"[^\W\d_]-$", stripped):
            b.add(stripped, start)
            continue
        b.add(stripped, start)
        b.add_at(" ", start + len(stripped))
    text, offsets = b.result()
    # leading spaces of joined lines
    out = _Builder()
    prev_space = False
    for c, o in zip(text, offsets):
        if c in " \t" and prev_space:
            continue
        prev_space = c in " \t"
        out.add_at(c, o)
    return out.result()


_ENDS_BLOCK = re.compile(r"[.!?:;]$|[.!?][»”\"]$")
_STARTS_BLOCK = re.compile(r"(\d{1,2}[.)]\s|[-•*–—]\s|[A-ZА-ЯЁӨҮҢ][\w\- ]{1,40}:)")


# ---------------------------------------------------------------------------------------------------------------
# formats

_SKIP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button",
              "template", "menu")
_SKIP_CLASS = re.compile(r"(^|[\s_-])(nav|navbar|menu|footer|header|sidebar|share|social|breadcrumbs?|related|"
                         r"cookie|banner|advert|ads|comments?|subscribe|scroll-?to-?top|pagination)([\s_-]|$)", re.I)
_BLOCK_TAGS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr",
               "table", "blockquote", "br", "dd", "dt", "figcaption", "pre"}


def html_to_text(html: str) -> str:
    """Main text of an HTML page: drop scripts, menus, headers, footers and share boxes; one block per line."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    for tag in _SKIP_TAGS:
        for node in tree.css(tag):
            node.decompose()
    for node in list(tree.css("[class], [id], [role]")):
        attrs = node.attributes
        label = " ".join(v or "" for k, v in attrs.items() if k in ("class", "id", "role"))
        if _SKIP_CLASS.search(label) or (attrs.get("role") or "") in ("navigation", "banner", "contentinfo"):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    if root is None:
        return ""
    title = tree.css_first("h1")
    parts: list[str] = []
    if title is not None and root.css_first("h1") is None:
        parts.append(title.text(strip=True))
    parts.append(_node_text(root))
    text = "\n".join(p for p in parts if p)
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _node_text(node) -> str:  # type: ignore[no-untyped-def]
    out: list[str] = []

    def walk(n) -> None:  # type: ignore[no-untyped-def]
        child = n.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                out.append(child.text(deep=False) or "")
            elif tag == "br":
                out.append("\n")
            elif tag not in ("-comment",):
                block = tag in _BLOCK_TAGS
                if block:
                    out.append("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6") else "\n")
                if tag == "li":
                    out.append("• ")
                walk(child)
                if block:
                    out.append("\n")
            child = child.next

    walk(node)
    return "".join(out)


def docx_to_text(data: bytes, name: str) -> str:
    """Paragraphs and table cells of a .docx, one paragraph per line, numbered lists kept as text."""
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - dependency declared in pyproject
        raise InputError(f"{name}: python-docx is not installed") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError, Exception) as exc:  # zipfile.BadZipFile et al.
        raise InputError(f"{name}: corrupt or not a .docx file ({type(exc).__name__})") from None
    lines: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_docx_para_text(block))
        elif tag == "tbl":
            for row in block.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tr"):
                cells = []
                for cell in row.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tc"):
                    cells.append(" ".join(_docx_para_text(p) for p in cell.iter(
                        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")).strip())
                lines.append("\t".join(cells))
    return "\n\n".join(line for line in lines if line.strip()) + "\n"


def _docx_para_text(p) -> str:  # type: ignore[no-untyped-def]
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    out = []
    for node in p.iter():
        tag = node.tag
        if tag == ns + "t" and node.text:
            out.append(node.text)
        elif tag == ns + "tab":
            out.append("\t")
        elif tag in (ns + "br", ns + "cr"):
            out.append("\n")
    return "".join(out)


def pdf_to_text(data: bytes, name: str) -> str:
    """Text of every page of a PDF (pypdf), pages separated by blank lines."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputError(f"{name}: encrypted PDF") from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError, Exception) as exc:
        raise InputError(f"{name}: corrupt PDF ({type(exc).__name__})") from None
    text = "\n\n".join(p.strip("\n") for p in pages)
    if not text.strip():
        raise InputError(f"{name}: PDF has no text layer (scanned?)")
    return text + "\n"


# ---------------------------------------------------------------------------------------------------------------
# public API


def read_bytes(data: bytes, name: str, media_type: str | None = None) -> Text:
    """Read report bytes whose format is given by `name`'s extension (or `media_type`)."""
    suffix = Path(name).suffix.lower()
    if media_type is None:
        if suffix not in MEDIA_TYPES:
            raise InputError(f"{name}: unsupported file type '{suffix or '(none)'}' "
                             f"(expected one of {', '.join(sorted(MEDIA_TYPES))})")
        media_type = MEDIA_TYPES[suffix]
    if not data.strip():
        raise InputError(f"{name}: empty file")
    sha = hashlib.sha256(data).hexdigest()
    offsets: list[int] | None = None
    if media_type == "application/pdf":
        if not data.lstrip().startswith(b"%PDF"):
            raise InputError(f"{name}: corrupt PDF (no %PDF header)")
        raw = _normalise_newlines(pdf_to_text(data, name))
        text, offsets = join_pdf_lines(raw)
    elif media_type.endswith("wordprocessingml.document"):
        if not data.startswith(b"PK"):
            raise InputError(f"{name}: corrupt or not a .docx file (not a zip archive)")
        text = _normalise_newlines(docx_to_text(data, name))
    elif media_type == "text/html":
        text = _normalise_newlines(html_to_text(decode(data, name)))
    elif media_type == "text/markdown":
        text, offsets = strip_markdown(_normalise_newlines(decode(data, name)))
    else:
        text = _normalise_newlines(decode(data, name))
    if text.startswith("\ufeff"):
        text = text[1:]
        offsets = [o + 1 for o in offsets[1:]] if offsets is not None else list(range(1, len(text) + 1))
    if not text.strip():
        raise InputError(f"{name}: no text found")
    return Text(text=text, source=Path(name).name, sha256=sha, media_type=media_type, offsets=offsets)


def read(path: str | Path, max_bytes: int = MAX_BYTES) -> Text:
    """Read a report file. Raises InputError for missing, empty, too large, binary or corrupt files."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a report file")
    suffix = p.suffix.lower()
    if suffix not in MEDIA_TYPES:
        raise InputError(f"{p.name}: unsupported file type '{suffix or '(none)'}' "
                         f"(expected one of {', '.join(sorted(MEDIA_TYPES))})")
    size = p.stat().st_size
    if size > max_bytes:
        raise InputError(f"{p.name}: file too large ({size / 1048576:.1f} MB > {max_bytes / 1048576:.0f} MB)")
    if size == 0:
        raise InputError(f"{p.name}: empty file")
    return read_bytes(p.read_bytes(), p.name)


__all__ = ["Text", "read", "read_bytes", "decode", "strip_markdown", "join_pdf_lines", "html_to_text", "MAX_BYTES",
           "MEDIA_TYPES"]
