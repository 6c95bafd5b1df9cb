"""ODF, EPUB, RTF and Outlook .msg readers."""

from __future__ import annotations

import io
import zipfile

import pytest

from scanner.config import Limits
from scanner.extract.errors import ExtractionError
from scanner.extract.registry import extract_document
from tests.conftest import REAL_WORLD

ODT_CONTENT = (
    '<?xml version="1.0"?><office:document-content xmlns:office="o" xmlns:text="t">'
    "<office:body><office:text><text:h>烧结工艺</text:h><text:p>真空烧结1060℃×4 h</text:p>"
    "<text:p>二级回火500℃</text:p></office:text></office:body></office:document-content>"
)


def odt(content: str = ODT_CONTENT) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
    return buf.getvalue()


def test_odt_paragraphs() -> None:
    doc = extract_document("spec.odt", odt(), Limits())
    texts = [s.text for s in doc.segments]
    assert "真空烧结1060℃×4 h" in texts and "二级回火500℃" in texts
    assert str(doc.segments[0].location).startswith("content.xml")


def test_odt_spans_inside_a_word_run_on_and_spaces_are_spaces() -> None:
    content = ODT_CONTENT.replace(
        "<text:p>二级回火500℃</text:p>",
        "<text:p>sinter<text:span>ing</text:span><text:s/>at<text:tab/>1060<text:line-break/>next</text:p>",
    )
    texts = [s.text for s in extract_document("spec.odt", odt(content), Limits()).segments]
    assert "sintering at 1060" in texts and "next" in texts


def test_odt_entity_bomb_is_refused_before_parsing() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d><text:p>&b;&b;&b;</text:p></d>'
    )
    with pytest.raises(ExtractionError, match=r"content\.xml declares entities: refused"):
        extract_document("bomb.odt", odt(bomb), Limits())


def test_rtf_text() -> None:
    rtf = rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}\f0\pard Sintering at 1060 C for 4 h.\par}"
    doc = extract_document("note.rtf", rtf, Limits())
    assert any("Sintering at 1060 C" in s.text for s in doc.segments)


@pytest.mark.parametrize(
    "group",
    [
        rb"{\footnote\pard Sintering at 1060 C for 4 h.}",
        rb"{\*\atnid JD}{\*\annotation\pard Sintering at 1060 C for 4 h.}",
        rb"{\header\pard Sintering at 1060 C for 4 h.}",
        rb"{\footerr\pard Sintering at 1060 C for 4 h.}",
        rb"{\shp{\*\shpinst\shpleft0{\sp{\sn shapeType}{\sv 202}}"
        rb"{\shptxt \pard Sintering at 1060 C for 4 h.\par}}}",
        # the document's properties, custom ones too, and an object's shown result (found by an
        # exploratory test: a recipe in any of them came out clear)
        rb"{\info{\title Plan}{\subject Sintering at 1060 C for 4 h.}{\creatim\yr2025\mo1\dy2}}",
        rb"{\info{\doccomm Sintering at 1060 C for 4 h.}}",
        rb"{\*\company Sintering at 1060 C for 4 h.}",
        rb"{\*\userprops{\propname Recipe}\proptype30{\staticval Sintering at 1060 C for 4 h.}}",
        rb"{\object\objlink{\*\objclass Excel.Sheet.8}{\result\pard Sintering at 1060 C for 4 h.}}",
    ],
    ids=["footnote", "comment", "header", "footer", "text box", "subject", "doccomm", "company",
         "userprops", "object result"],
)  # fmt: skip
def test_rtf_notes_comments_headers_and_footers_are_read(group: bytes) -> None:
    rtf = rb"{\rtf1\ansi{\fonttbl\f0\fswiss Helvetica;}" + group + rb"\f0\pard Meeting at noon.\par}"
    doc = extract_document("note.rtf", rtf, Limits())
    assert any("Sintering at 1060 C" in s.text for s in doc.segments)
    assert not any("JD" in s.text for s in doc.segments)  # a comment's author initials: no text
    assert not any("shapeType" in s.text for s in doc.segments)  # a shape's properties: no text


@pytest.mark.skipif(not REAL_WORLD.is_dir(), reason="shared real-world corpus absent")
def test_outlook_msg_body_and_attachment(scanner) -> None:
    data = (REAL_WORLD / "email" / "fake-email-attachment.msg").read_bytes()
    verdicts = {v.path: v for v in scanner.scan_bytes_all("m.msg", data)}
    assert verdicts["m.msg"].verdict == "clear"
    assert verdicts["m.msg"].carrier == "email"
    assert "m.msg!fake-attachment.txt" in verdicts
