"""A PDF's text outside its pages' content is read (annotations, bookmarks), and the files
attached to it are members."""

from __future__ import annotations

import itertools
import types

import pytest

from scanner.config import Limits, ScanConfig
from scanner.extract.registry import extract_document
from scanner.pipeline import Scanner

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
