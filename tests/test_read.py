"""Readers: formats, encodings, offset maps and clear errors. Every file is written in tmp_path."""

from __future__ import annotations

import zlib

import pytest

from kenesh.errors import InputError
from kenesh.read import join_pdf_lines, read, read_bytes, strip_markdown

RU = "Модератор: Сыдыкова Айгерим, директор ОФ «Ырыс».\nДата: 5 июня 2023 года, г. Каракол.\n"
KY = "Катышуучулардын саны: 30, анын ичинде 18 аял.\nСунуштар: юрист бөлүү керек.\n"


@pytest.mark.parametrize("encoding, bom", [
    ("utf-8", b""),
    ("utf-8", b"\xef\xbb\xbf"),
    ("utf-16-le", b"\xff\xfe"),
    ("utf-16-be", b"\xfe\xff"),
    ("cp1251", b""),
])
def test_encodings(tmp_path, encoding, bom):
    f = tmp_path / "report.txt"
    f.write_bytes(bom + RU.encode(encoding))
    t = read(f)
    assert t.text == RU
    assert t.source == "report.txt"
    assert len(t.sha256) == 64
    assert t.media_type == "text/plain"


def test_cp1251_kyrgyz_letters_fall_back(tmp_path):
    # cp1251 has no ң/ө/ү: such files come as UTF-8; a Russian cp1251 file must not be read as mojibake
    f = tmp_path / "r.txt"
    f.write_bytes(("Заседание общественного совета прошло в Бишкеке. " * 3).encode("cp1251"))
    assert "общественного" in read(f).text


def test_utf8_kyrgyz(tmp_path):
    f = tmp_path / "k.txt"
    f.write_text(KY, encoding="utf-8")
    assert read(f).text == KY


def test_markdown_strips_emphasis_and_keeps_offsets(tmp_path):
    src = "## Отчет\n\n**Модератор:** *Абдыров Толонбек Шакирович*, председатель.\n\n1. создать центр;\n"
    f = tmp_path / "r.md"
    f.write_text(src, encoding="utf-8")
    t = read(f)
    assert "**" not in t.text and "*" not in t.text and "##" not in t.text
    assert "Модератор: Абдыров Толонбек Шакирович, председатель." in t.text
    assert "1. создать центр;" in t.text
    assert t.offsets is not None
    for i, c in enumerate(t.text):
        assert src[t.source_offset(i)] == c


def test_strip_markdown_leaves_plain_text():
    text, offsets = strip_markdown("plain text, 2 * 3 = 6")
    assert text == "plain text, 2 * 3 = 6"
    assert offsets == list(range(len(text)))


def test_html_drops_site_furniture(tmp_path):
    html = """<html><head><style>p{color:red}</style><script>var x=1;</script></head><body>
    <header><nav><a href='/'>Главная</a> <a href='/news'>Новости</a></nav></header>
    <div class="share-buttons">Поделиться: Facebook</div>
    <article><h1>В Нарыне обсудили пенсии мигрантов</h1>
    <p>Вчера в Нарыне прошла встреча.</p><p>Участники <b>предложили</b> открыть центр.</p>
    <ul><li>первое</li><li>второе</li></ul></article>
    <footer>© 2024 Все права защищены</footer><a class="scroll-to-top">Scroll to Top</a></body></html>"""
    f = tmp_path / "page.html"
    f.write_text(html, encoding="utf-8")
    t = read(f)
    assert "В Нарыне обсудили пенсии мигрантов" in t.text
    assert "Участники предложили открыть центр." in t.text
    assert "• первое" in t.text
    for junk in ("Главная", "var x", "color:red", "Поделиться", "©", "Scroll to Top"):
        assert junk not in t.text
    assert t.media_type == "text/html"


def test_docx(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Круглый стол «Права мигрантов»")
    d.add_paragraph("Модератор: Асанов Алмаз, эксперт.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Дата"
    table.cell(0, 1).text = "5 июня 2023 года"
    f = tmp_path / "r.docx"
    d.save(str(f))
    t = read(f)
    assert "Круглый стол «Права мигрантов»" in t.text
    assert "Модератор: Асанов Алмаз, эксперт." in t.text
    assert "5 июня 2023 года" in t.text


def _tiny_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with Helvetica text lines (written by hand: no PDF writer needed)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "50 780 Td"]
    for line in lines:
        esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({esc}) Tj T*")
    ops.append("ET")
    stream = zlib.compress("\n".join(ops).encode("latin-1"))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def test_pdf_joins_lines_and_dehyphenates(tmp_path):
    f = tmp_path / "r.pdf"
    f.write_bytes(_tiny_pdf([
        "Moderator: Gulnara Abdieva, director of the",
        "Legal Clinic. Participants discussed the inte-",
        "gration of returning migrants.",
        "",
        "Recommendations:",
        "1. Open a centre in every region;",
    ]))
    t = read(f)
    assert "director of the Legal Clinic." in t.text
    assert "integration of returning migrants." in t.text
    assert "1. Open a centre in every region;" in t.text
    assert t.media_type == "application/pdf"


def test_join_pdf_lines_rules():
    text, offsets = join_pdf_lines("Государственной службы миграци-\nонной политики\nпри Правительстве.\n"
                                   "Жалал-\nАбад\n\n1. создать центр;\n2. открыть курсы.")
    assert "миграционной политики при Правительстве." in text
    assert "Жалал-Абад" in text
    assert "\n1. создать центр;\n2. открыть курсы." in text
    assert len(offsets) == len(text)


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "empty"),
    ("blank.txt", b"  \n\n ", "empty"),
    ("bin.txt", bytes(range(256)) * 4, "binary"),
    ("x.rtf", b"{\\rtf1 hello}", "unsupported"),
    ("bad.docx", b"PK\x03\x04not really a zip", "corrupt"),
    ("bad2.docx", b"plain text", "corrupt"),
    ("bad.pdf", b"%PDF-1.4\ngarbage without objects", "PDF"),
    ("bad2.pdf", b"not a pdf at all", "corrupt"),
])
def test_bad_input_is_one_clear_line(tmp_path, name, data, message):
    f = tmp_path / name
    f.write_bytes(data)
    with pytest.raises(InputError) as exc:
        read(f)
    msg = str(exc.value)
    assert message.lower() in msg.lower()
    assert "\n" not in msg and name in msg


def test_too_large_and_missing(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("а" * 5000, encoding="utf-8")
    with pytest.raises(InputError, match="too large"):
        read(f, max_bytes=1000)
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read(tmp_path)


def test_read_bytes_media_type():
    t = read_bytes("Hello, world".encode(), "x.txt")
    assert t.text == "Hello, world" and t.source == "x.txt"


def test_binary_bytes_that_decode_as_utf16_are_refused(tmp_path) -> None:
    from kenesh.errors import InputError

    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\x00\x01")
    with pytest.raises(InputError, match="binary"):
        read(path)
    latin = tmp_path / "utf16.txt"
    latin.write_bytes("Round table in Osh on labour migration".encode("utf-16-le"))
    assert "Osh" in read(latin).text
