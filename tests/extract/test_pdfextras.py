"""A PDF's text outside its pages' content is read (annotations, bookmarks), and the files
attached to it are members."""

from __future__ import annotations

import itertools
import types

import pytest

from scanner.config import Limits, ScanConfig
from scanner.extract.registry import extract_document
from scanner.pipeline import Scanner
from tests.extract.pdfs import numbered_pdf

RECIPE = (
    "钕铁硼烧结工艺规程（内部）：烧结温度 1060 °C 保温 4 h；回火 500 °C；"
    "气流磨粒度 D50 3.2 μm；取向磁场 1.8 T。"
)
SPEC = "NdFeB sintering 1060 C for 4 h, ageing 500 C, jet mill D50 3.2 um, aligning field 1.8 T"


def pdf(make) -> bytes:
    from fpdf import FPDF

    doc = FPDF()
    doc.set_font("Helvetica", size=11)
    doc.add_page()
    doc.multi_cell(0, 6, "Meeting note: lunch at noon.")
    make(doc)
    return bytes(doc.output())


@pytest.mark.parametrize(
    ("make", "where"),
    [
        (lambda d: d.text_annotation(10, 10, SPEC), "Text annotation"),
        (lambda d: d.free_text_annotation(SPEC, 10, 40, 80, 20), "FreeText annotation"),
        (lambda d: d.start_section(SPEC), "bookmark"),
    ],
    ids=["sticky note", "free text", "bookmark"],
)
def test_text_outside_the_page_content_is_read(make, where: str) -> None:
    doc = extract_document("note.pdf", pdf(make), Limits())
    found = [s for s in doc.segments if "sintering 1060" in s.text]
    assert found and str(found[0].location).startswith(where), [
        (s.text, str(s.location)) for s in doc.segments
    ]


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(ScanConfig())


@pytest.mark.parametrize("pane", [True, False], ids=["attachments pane", "page attachment"])
def test_an_attached_file_is_a_member(scanner: Scanner, pane: bool, tmp_path) -> None:
    attached = tmp_path / "params.txt"
    attached.write_text(RECIPE, encoding="utf-8")
    if pane:
        made = pdf(lambda d: d.embed_file(str(attached)))
    else:
        made = pdf(lambda d: d.file_attachment_annotation(str(attached), 10, 10))
    verdicts = scanner.scan_bytes_all("note.pdf", made)
    members = [v for v in verdicts[1:] if v.path.startswith("note.pdf!")]
    assert members and all(v.path == "note.pdf!params.txt" for v in members)
    assert members[0].verdict in ("controlled", "review")  # read, and flagged
    assert verdicts[0].verdict == members[0].verdict  # the PDF is as severe as its attachment


def objstm_pdf(attachment: bytes, name: str = "params.txt", typed: bool = False) -> bytes:
    """A PDF 1.5 whose catalog, pages, name tree and file specification lie in a compressed
    object stream (found through a cross-reference stream), and whose embedded file stream has
    no /Type unless `typed`: no attachment marker shows in its bytes."""
    import struct
    import zlib

    inner = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Names 5 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
        b"/Resources << /Font << /F1 8 0 R >> >> >>",
        5: b"<< /EmbeddedFiles 6 0 R >>",
        6: b"<< /Names [(" + name.encode() + b") 7 0 R] >>",
        7: b"<< /Type /Filespec /F (" + name.encode() + b") /EF << /F 9 0 R >> >>",
        8: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    }
    header, body = [], b""
    for number, obj in inner.items():
        header.append(f"{number} {len(body)}".encode())
        body += obj + b"\n"
    head = b" ".join(header) + b"\n"
    packed = zlib.compress(head + body)
    content = b"BT /F1 12 Tf 20 100 Td (Order list, see the attachment) Tj ET"
    kind = b"/Type /EmbeddedFile " if typed else b""
    direct = {
        4: b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        9: b"<< " + kind + b"/Length %d >>\nstream\n" % len(attachment) + attachment + b"\nendstream",
        10: b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\nstream\n"
        % (len(inner), len(head), len(packed))
        + packed
        + b"\nendstream",
    }
    out = b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n"
    offsets = {}
    for number, obj in direct.items():
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref_at = len(out)
    rows = [struct.pack(">BIH", 0, 0, 65535)]
    for number in range(1, 12):
        if number in offsets:
            rows.append(struct.pack(">BIH", 1, offsets[number], 0))
        elif number in inner:
            rows.append(struct.pack(">BIH", 2, 10, list(inner).index(number)))
        else:  # 11: the cross-reference stream itself
            rows.append(struct.pack(">BIH", 1, xref_at, 0))
    table = b"".join(rows)
    return (
        out
        + b"11 0 obj\n<< /Type /XRef /Size 12 /W [1 4 2] /Root 1 0 R /Length %d >>\nstream\n" % len(table)
        + table
        + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    )


@pytest.mark.parametrize("typed", [False, True], ids=["untyped file stream", "typed file stream"])
def test_an_attachment_listed_in_an_object_stream_is_a_member(scanner: Scanner, typed: bool) -> None:
    """Left open since session 22: a PDF 1.5 writer may keep the name tree and the file
    specification in a compressed object stream and write the embedded file stream without its
    optional /Type; no marker showed in the bytes, and the attachment was 'not inspected'
    (review, never read)."""
    from scanner.crawl.pdf_attachments import MARKERS

    made = objstm_pdf(RECIPE.encode("utf-8"), typed=typed)
    assert typed or not any(marker in made for marker in MARKERS)
    verdicts = scanner.scan_bytes_all("note.pdf", made)
    members = [v for v in verdicts if v.path == "note.pdf!params.txt"]
    assert members and members[0].verdict in ("controlled", "review")
    assert not any("not inspected" in r for v in verdicts for r in v.reasons), verdicts[0].reasons
    assert verdicts[0].verdict == members[0].verdict


@pytest.mark.parametrize(
    "filters",
    [["FlateDecode"], ["FlateDecode", "FlateDecode"]],
    ids=["one inflate", "inflate twice (a 3 kB file, gigabytes decoded)"],
)
def test_an_attached_bomb_is_refused_without_being_inflated(filters: list[str]) -> None:
    import zlib

    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import LIT

    from scanner.crawl.pdf_attachments import _decoded, _TooBig

    data = b"\0" * 5_000_000
    for _ in filters:
        data = zlib.compress(data, 9)
    stream = PDFStream({"Filter": [LIT(f) for f in filters]}, data)
    with pytest.raises(_TooBig):
        _decoded(stream, 1_000_000)
    assert _decoded(PDFStream({"Filter": [LIT(f) for f in filters]}, data), 10_000_000) == b"\0" * 5_000_000


def test_an_attachment_in_a_filter_chain_that_cannot_be_bounded_is_not_decoded() -> None:
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import LIT

    from scanner.crawl.pdf_attachments import _decoded, _TooBig

    with pytest.raises(_TooBig, match="filter chain"):
        _decoded(PDFStream({"Filter": LIT("LZWDecode")}, b"\x80\x0b\x60\x50\x22\x0c\x0c\x85\x01"), 1000)


def test_bookmarks_without_a_destination_and_by_the_thousand_are_read() -> None:
    """pdfminer's get_outlines left out a bookmark without a destination, and recursed once
    per sibling (1,500 bookmarks: RecursionError, and the form fields read were lost)."""
    from scanner.extract.pdfextras import read

    items = [{"Title": f"bookmark {n}".encode()} for n in range(1500)]
    for item, after in itertools.pairwise(items):
        item["Next"] = after
    items[0]["First"] = {"Title": SPEC.encode()}  # a child, with no /Dest and no /A

    doc = types.SimpleNamespace(catalog={"Outlines": {"First": items[0]}})
    segments, skipped = read(doc)
    titles = [s.text for s in segments]
    assert SPEC in titles and "bookmark 1499" in titles and skipped == []


RECIPE_LINES = (
    "NdFeB sintered magnet route: strip casting 1.5 m/s; hydrogen decrepitation 0.1 MPa,",
    "dehydrogenation 550 C 6 h; jet milling D50 3.2 um; aligning field 2 T;",
    "vacuum sintering 1060 C 4 h; aging 900 C 2 h and 500 C 3 h.",
)


def _hand_pdf(annotation: str, appearance: bytes, catalog_extra: str = "", info: str = "") -> bytes:
    """A one-page PDF whose page says only 'Quarterly meeting notes.' and carries one
    annotation (object 6) whose normal appearance is object 7."""
    page = b"BT /F1 12 Tf 50 750 Td (Quarterly meeting notes.) Tj ET"
    resources = b"/Resources << /Font << /F1 5 0 R >> >>"
    form = (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 700] %s /Length %d >>\nstream\n"
        % (resources, len(appearance))
        + appearance
        + b"\nendstream"
    )
    objects = [
        f"<< /Type /Catalog /Pages 2 0 R {catalog_extra} >>".encode(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >>"
        b" /Contents 4 0 R /Annots [6 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        annotation.encode(),
        form,
        *([info.encode()] if info else []),
    ]
    return numbered_pdf(objects, "1.7", b" /Info %d 0 R" % len(objects) if info else b"")


def _drawn_text(font: str = "F1") -> bytes:
    lines = " ".join(f"1 0 0 1 40 {600 - 16 * i} Tm ({line}) Tj" for i, line in enumerate(RECIPE_LINES))
    return f"BT /{font} 11 Tf {lines} ET".encode()


@pytest.mark.parametrize(
    ("annotation", "catalog"),
    [
        ("<< /Type /Annot /Subtype /Square /Rect [0 0 612 700] /AP << /N 7 0 R >> >>", ""),
        ("<< /Type /Annot /Subtype /Polygon /Vertices [0 0 612 0 612 700] /Rect [0 0 612 700] "
         "/AP << /N 7 0 R >> >>", ""),
        ("<< /Type /Annot /Subtype /Widget /FT /Tx /T (f1) /Rect [0 0 612 700] /AP << /N 7 0 R >> "
         "/P 3 0 R >>", "/AcroForm << /Fields [6 0 R] >>"),
    ],
    ids=["square", "polygon", "form field"],
)  # fmt: skip
def test_text_an_annotation_draws_is_read_by_ocr(scanner: Scanner, annotation: str, catalog: str) -> None:
    """An annotation or a form field with no text of its own whose appearance draws text (found
    by an exploratory test: the recipe such a square, polygon or field showed came out clear)."""
    v = scanner.scan_bytes("notes.pdf", _hand_pdf(annotation, _drawn_text(), catalog))
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "magnet-manufacturing" in v.categories


def _hex_drawn_text() -> bytes:
    """The recipe drawn in hex strings: text that only OCR of the drawn page reads."""
    lines = " ".join(
        f"1 0 0 1 40 {600 - 16 * i} Tm <{line.encode().hex()}> Tj" for i, line in enumerate(RECIPE_LINES)
    )
    return f"BT /F1 11 Tf {lines} ET".encode()


_WIDGET = (
    "<< /Type /Annot /Subtype /Widget /FT /Tx /T (f1) /Rect [0 0 612 700] /AP << /N 7 0 R >> /P 3 0 R >>"
)


@pytest.mark.parametrize(
    "catalog",
    ["/AcroForm << /Fields [6 0 R] >>", "/AcroForm << /Fields [] >>", ""],
    ids=["a field of the form", "outside the form", "in a document with no form"],
)
def test_text_a_widget_draws_in_glyph_codes_is_read_by_ocr(scanner: Scanner, catalog: str) -> None:
    """A widget in a document with no AcroForm was drawn neither by the form nor with the
    page's annotations: the recipe its appearance showed in hex strings came out clear (found
    by an exploratory test)."""
    v = scanner.scan_bytes("notes.pdf", _hand_pdf(_WIDGET, _hex_drawn_text(), catalog))
    assert v.verdict in ("controlled", "review"), v.reasons
    assert "magnet-manufacturing" in v.categories


@pytest.mark.parametrize(
    ("appearance", "drawn", "read"),
    [
        (b"1 1 0 rg 0 0 612 700 re f", "", False),  # a highlight's colour: no text, no OCR
        (b"BT /ZaDb 12 Tf 2 2 Td (4) Tj ET", "", False),  # a check box's mark
        (_drawn_text(), "", True),  # single-byte strings: read as written, no OCR
        (b"BT /F1 11 Tf <00120034> Tj ET", "annotation", False),  # glyph codes: OCR
    ],
)
def test_an_appearance_s_text_is_read_as_written_or_by_ocr(appearance: bytes, drawn: str, read: bool) -> None:
    import pypdfium2 as pdfium

    from scanner.extract import pdfextras

    annotation = "<< /Type /Annot /Subtype /Square /Rect [0 0 612 700] /AP << /N 7 0 R >> >>"
    document = pdfium.PdfDocument(_hand_pdf(annotation, appearance))
    try:
        segments, _, found = pdfextras.page_annotations(document[0], 1, [100])
    finally:
        document.close()
    assert found == drawn
    assert any(RECIPE_LINES[0] in s.text for s in segments) is read


@pytest.mark.parametrize(
    ("stream", "text"),
    [
        ("BT /TT0 1 Tf [(I)-2.8 (n)15.5 (tro)13.5 (duction)]TJ ET", "Introduction"),  # a button's caption
        ("BT (Sintering 1060 C \\(4 h\\)) Tj T* (aging) ' ET", "Sintering 1060 C (4 h)\naging"),
        ("BT (\\260C) Tj ET", "\u00b0C"),  # an octal escape, Windows-1252
        ("BT <0012> Tj ET", ""),
        ("BT (\\000\\022\\001) Tj ET", ""),  # two-byte glyph codes
    ],
)
def test_shown_text(stream: str, text: str) -> None:
    from scanner.extract.pdfextras import shown_text

    assert shown_text(stream) == text


def test_info_keys_a_system_or_a_person_added_are_read(scanner: Scanner) -> None:
    """A custom key of the Info dictionary (a document system's project, a note) is shown in a
    viewer's document properties (found by an exploratory test: a recipe there came out clear);
    the producer, the creator and the dates are not the document's words."""
    recipe = " ".join(RECIPE_LINES)
    info = f"<< /Title (Notes) /Recipe ({recipe}) /Producer (NdFeB sintering PDF engine) /ModDate (D:2025) >>"
    annotation = "<< /Type /Annot /Subtype /Square /Rect [0 0 10 10] >>"
    data = _hand_pdf(annotation, b"", info=info)
    doc = extract_document("notes.pdf", data, Limits())
    parts = {s.location.part: s.text for s in doc.segments if (s.location.part or "").startswith("metadata:")}
    assert parts["metadata:Recipe"] == f"Recipe: {recipe}"
    assert "metadata:Producer" not in parts and "metadata:ModDate" not in parts
    assert scanner.scan_bytes("notes.pdf", data).verdict in ("controlled", "review")


def test_info_keys_beyond_the_limit_are_a_gap() -> None:
    from scanner.extract.pdf import _MAX_INFO_KEYS

    keys = " ".join(f"/K{i} (v{i})" for i in range(_MAX_INFO_KEYS + 5))
    annotation = "<< /Type /Annot /Subtype /Square /Rect [0 0 10 10] >>"
    doc = extract_document("notes.pdf", _hand_pdf(annotation, b"", info=f"<< {keys} >>"), Limits())
    assert any(s.kind == "limit" and s.where == "document properties" for s in doc.skipped)
