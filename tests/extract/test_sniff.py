import io
import random
import zipfile

import pytest

from scanner.extract.registry import UNSUPPORTED, type_of
from scanner.extract.sniff import sniff


def _zip(names: list[str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n in names:
            zf.writestr(n, "x")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"%PDF-1.7\n", "report.txt", "pdf"),  # content wins over a wrong extension
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 20, "old.doc", "doc"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 20, "old.wps", "wps"),
        (b"\x89PNG\r\n\x1a\n....", "scan.png", "png"),
        (b"a,b,c\n1,2,3\n", "sheet.csv", "delimited"),
        (b"<!DOCTYPE html><html>", "page.bin", "markup"),
        (b"plain words", "notes.md", "text"),
        (b"plain words", "noext", "text"),
        (b"\x00\x01\x02\x03\x04\x05" * 100, "blob", "binary"),
        ("稀土".encode("utf-16"), "u16.txt", "text"),
        (b"From: a@b.c\nTo: d@e.f\nSubject: hi\n\nbody", "message", "email"),
    ],
)
def test_sniff_by_content_first(head: bytes, name: str, expected: str) -> None:
    assert sniff(head, name) == expected


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["word/document.xml", "[Content_Types].xml"], "docx"),
        (["xl/workbook.xml"], "xlsx"),
        (["ppt/presentation.xml"], "pptx"),
        (["readme.txt"], "zip"),
    ],
)
def test_sniff_looks_inside_zip(names: list[str], expected: str) -> None:
    data = _zip(names)
    assert sniff(data[:8192], "file.bin", open_zip=data) == expected


def test_corrupt_zip_is_named() -> None:
    data = b"PK\x03\x04" + b"\x00" * 50
    assert sniff(data, "x.docx", open_zip=data) == "zip-corrupt"


# --- content that is not what its name says ------------------------------------------------------

RANDOM = random.Random(7).randbytes(4096)
RANDOM_SHORT = random.Random(8).randbytes(64)
ZH = "钕铁硼烧结工艺：烧结温度1060℃，保温4小时。稀土永磁材料的制备。\n" * 20
RU = "Технология спекания магнитов NdFeB, температура 1060 градусов.\n" * 20
TEXT_NAMES = [
    "notes.txt",
    "README.md",
    "data.json",
    "deck.yaml",
    "part.dxf",
    "model.step",
    "model.stp",
    "program.nc",
    "program.gcode",
    "drawing.svg",
    "page.html",
    "page.htm",
    "data.xml",
    "message.eml",
    "sheet.csv",
    "deck.inp",
    "result.dat",
    "part.igs",
]


@pytest.mark.parametrize("name", TEXT_NAMES)
@pytest.mark.parametrize(
    "data",
    [RANDOM, RANDOM_SHORT, bytes(range(256)) * 4, b"\xff\xfe" + RANDOM, b"\xfe\xff" + RANDOM],
    # random bytes behind a UTF-16 byte-order mark (CI's random-bytes test drew one: 1 in 32,768
    # files, decoded as UTF-16 and cleared)
    ids=["random", "short", "bytes", "bom-le-random", "bom-be-random"],
)
def test_binary_named_as_text_is_binary(data: bytes, name: str) -> None:
    """Random bytes named .dxf, .step, .nc, .svg, .html, .eml, … are not read as those formats."""
    assert sniff(data[:8192], name) == "binary"
    assert type_of(name, data) == "binary"


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        # found by an exploratory test of the gate: six random bytes named a.pdf decoded as three
        # CJK characters, and came out clear
        (b"\x9e\x8bf\xc7\x89\xab", "a.pdf", "binary"),
        ("钕铁硼".encode("gb18030"), "spec.docx", "binary"),
        (b"\x00\x01\x02garbage", "photo.jpg", "binary"),
        (b"\xde\xad\xbe\xef" * 8, "archive.zip", "binary"),
        # a file of plain text under a binary format's name is read as what it is
        (b"Meeting at ten, room 4.", "notes.pdf", "text"),
        ("烧结温度 1060 °C".encode(), "spec.pdf", "text"),
        ("\ufeffplain".encode("utf-16"), "a.xlsx", "text"),
        # UTF-16 text behind its byte-order mark in any script, not only those `_text_char` lists
        ("مرحبا بالعالم هذا نص عربي\n".encode("utf-16") * 20, "notes.txt", "text"),
        (b"\xfe\xff" + "สวัสดีครับ ภาษาไทย\n".encode("utf-16-be") * 20, "notes.txt", "text"),
        (ZH.encode("utf-16"), "notes.pdf", "text"),
        (b"<html><body>saved page</body></html>", "page.pdf", "markup"),
    ],
)
def test_a_binary_format_s_name_over_other_bytes(data: bytes, name: str, expected: str) -> None:
    """A name that promises a PDF, an Office file, a picture or an archive over bytes that are
    none of them is read as text only when the bytes are plainly text (UTF-8, UTF-16 with a BOM);
    anything else is `binary`: not read, so review, never clear."""
    assert sniff(data, name) == expected


def _utf16_le_without_bom(text: str) -> bytes:
    return text.encode("utf-16-le")


@pytest.mark.parametrize(
    ("build", "name", "expected"),
    [
        # what the bytes really are wins over the name
        (lambda: b"%PDF-1.7\n" + RANDOM, "report.txt", "pdf"),
        (lambda: b"AutoCAD Binary DXF\r\n\x1a\x00" + RANDOM, "part.dxf", "dxf-binary"),
        (lambda: b"\x89PNG\r\n\x1a\n" + RANDOM, "drawing.svg", "png"),
        (lambda: b"PK\x05\x06" + bytes(18), "notes.txt", "zip"),
        # text in any encoding the readers decode stays what its name says
        (lambda: ZH.encode("utf-16"), "u16.txt", "text"),
        (lambda: _utf16_le_without_bom(ZH), "u16-no-bom.txt", "text"),
        (lambda: ZH.encode("utf-16-be"), "u16-be.csv", "delimited"),
        (lambda: "0\nSECTION\n2\nENTITIES\n0\nEOF\n".encode("utf-16-le"), "u16.dxf", "dxf"),
        (lambda: ZH.encode("gb18030"), "gbk.txt", "text"),
        (lambda: ZH.replace("钕铁硼", "釹鐵硼").encode("big5", "replace"), "big5.md", "text"),
        (lambda: RU.encode("cp1251"), "ru.txt", "text"),
        (lambda: RU.encode("koi8-r"), "ru.inp", "text"),
        (lambda: "ネオジム磁石の焼結工程\n".encode("shift_jis") * 20, "jp.txt", "text"),
        (lambda: "Größe der Körner: 5 µm\n".encode("cp1252") * 20, "de.yaml", "text"),
        (lambda: "<html><body>稀土</body></html>".encode("gb18030"), "page.html", "markup"),
        # damaged or padded text is still text
        (
            lambda: b"0\nSECTION\n2\nENTITIES\n0\nTEXT\n1\nNdFeB\n0\nENDSEC\nGARBAGE\n\x00\x01\n0\nEOF\n",
            "d.dxf",
            "dxf",
        ),
        (
            lambda: b"2025-01-01 furnace 3 at 1060 C\n" * 40 + b"\x00" * 3000 + b"restart\n",
            "shift.log",
            "text",
        ),
        (lambda: b"\x1b[31mERROR\x1b[0m sintering furnace over temperature\n" * 40, "run.log", "text"),
        (lambda: b"G21 G90\nG01 X10 Y10 F600\nM30\n", "slice.nc", "gcode"),
        # without a text name, nothing changes
        (lambda: RANDOM, "blob", "binary"),
        (lambda: RANDOM, "blob.bin", "binary"),
    ],
)
def test_type_by_content_then_name(build, name: str, expected: str) -> None:
    data = build()
    assert type_of(name, data) == expected


def test_unknown_binary_says_so() -> None:
    assert UNSUPPORTED["binary"] == "unknown binary content (not a document format the scanner reads)"


def test_the_first_byte_index_tries_every_entry_that_may_match_in_order() -> None:
    """`sniff` tries only the magic entries a file's first byte allows; for heads built from
    every entry's own bytes (and random ones), the first entry whose bytes match is the one the
    whole table gives."""
    from scanner.extract import sniff as sniff_module

    def first(table, head: bytes, suffix: str):
        for magic, kind in table:
            if (not magic.extensions or suffix in magic.extensions) and all(
                head[o : o + len(p)] == p for o, p in magic.parts
            ):
                return kind
        return None

    heads = [b"", b"\x00" * 16, b"%PDF-1.7\n", b"PK\x03\x04" + b"\x00" * 40]
    for magic, _ in sniff_module._MAGIC:
        size = max((o + len(p) for o, p in magic.parts), default=0) + 8
        head = bytearray(size)
        for o, p in magic.parts:
            head[o : o + len(p)] = p
        heads.append(bytes(head))
    rng = random.Random(7)
    heads += [bytes(rng.randrange(256) for _ in range(64)) for _ in range(200)]
    suffixes = {"", ".bmp", ".pdf"} | {e for m, _ in sniff_module._MAGIC for e in m.extensions}
    for head in heads:
        table = sniff_module._MAGIC_BY_FIRST[head[0]] if head else sniff_module._MAGIC
        for suffix in suffixes:
            assert first(table, head, suffix) == first(sniff_module._MAGIC, head, suffix), (head[:16], suffix)


def _zipped(text: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("WI-031.txt", text)
    return buf.getvalue()


_PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
_PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40 + b"IEND\xaeB`\x82"
_JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40 + b"\xff\xd9"


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        # a zip appended to a file whose reader stops at its own end: `cat a.pdf b.zip`
        (_PDF + _zipped(b"x"), "a.pdf", "zip"),
        (_PNG + _zipped(b"x"), "a.png", "zip"),
        (_JPEG + _zipped(b"x"), "a.jpg", "zip"),
        (_PDF, "a.pdf", "pdf"),
        (_PNG, "a.png", "png"),
        # an end-of-directory signature that opens no zip
        (_PDF + b"PK\x05\x06" + b"\x00" * 18, "a.pdf", "pdf"),
        (_JPEG + b"PK\x05\x06", "a.jpg", "jpeg"),
        # a zip stored inside a PDF (an attachment stream) that the PDF's own objects follow
        (_PDF[:-6] + _zipped(b"x") + b"\nendstream\nxref\ntrailer<<>>\n%%EOF\n", "a.pdf", "pdf"),
    ],
)
def test_a_zip_appended_to_a_pdf_or_a_picture_is_read_as_a_zip(data: bytes, name: str, expected: str) -> None:
    assert type_of(name, data) == expected


def test_what_a_zip_appended_to_a_pdf_holds_is_judged(scanner) -> None:
    spec = "烧结钕铁硼工艺：气流磨D50 3.0 μm，磁场取向2.0 T，真空烧结1060℃×4 h，回火900℃×2 h。"
    out = {v.path: v for v in scanner.scan_bytes_all("a.pdf", _PDF + _zipped(spec.encode()))}
    assert out["a.pdf!WI-031.txt"].verdict == "controlled"
    assert out["a.pdf"].verdict == "controlled"
    assert "a.pdf!(bytes before the first member)" in out


#: a historian export: a comment line, a header of tags with units, rows of numbers
HISTORIAN = (
    b"# Historian export node=SCADA02 interval=60s\n"
    + b"timestamp;I_ACT[A];U_CELL[V];T_BATH[C];EVENT\n"
    + b"".join(b"2025-07-02 00:%02d:00;6028;9.98;1046;\n" % i for i in range(20))
)
PROSE = b"".join(
    b"Line %d of the minutes, with a comma, another, and a third, as prose has them.\n" % i
    if i % 2
    else b"A shorter line, with one comma.\n"
    for i in range(20)
)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("ELX_B03_historian.log", HISTORIAN, "delimited"),
        ("setpoints.txt", HISTORIAN.replace(b";", b"\t"), "delimited"),
        ("export", HISTORIAN.replace(b";", b"|"), "delimited"),  # no extension
        ("minutes.txt", PROSE, "text"),  # commas in prose do not agree line by line
        ("short.log", b"a;b;c;d\n1;2;3;4\n", "text"),  # too few lines to tell
        ("three_cells.log", b"a;b;c\n" * 12, "text"),  # fewer than four cells a row
        ("run.dat", HISTORIAN, "text"),  # a .dat may be a simulation deck: read as written
        ("notes.md", HISTORIAN, "text"),  # Markdown is read as written
    ],
)
def test_a_table_saved_as_text_is_read_as_a_table(name: str, data: bytes, expected: str) -> None:
    """Found by an exploratory tester: an electrolysis cell's historian export saved as .log
    was read as lines of numbers (clear 0.18, labelled controlled); read as the table it is,
    each value stands under its column's tag and unit ('T_BATH[C]: 1046')."""
    assert sniff(data[:8192], name) == expected
