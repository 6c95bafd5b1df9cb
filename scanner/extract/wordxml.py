"""DOCX documents read straight from their XML with lxml: the text python-docx gives, without
loading every part of the package.

python-docx opens a document by loading and parsing every part its relationships reach (themes,
font tables, settings, web settings, headers…): about a third of a small document's reading
time. This reader parses the package's relationships (`opc.py`: every part they name must be
there, as python-docx requires), the main document, the header and footer parts the sections
name and the core properties, with python-docx's own parser options, and follows python-docx
1.2's rules for what the DOCX reader yields (`docx.py`):

- the body's paragraphs and tables in order (`iter_inner_content`: direct `w:p` and `w:tbl`
  children; content controls and tracked insertions are not looked into);
- a paragraph's text: its runs and hyperlinks' runs, a run's `w:t` text, tabs (`w:tab`,
  `w:ptab`) as a tab, text-wrapping breaks and carriage returns as a line feed, page and column
  breaks as nothing, a non-breaking hyphen as a hyphen;
- a table's rows: each `w:tc` as many times as it spans grid columns (the repeats read empty),
  a cell's text its paragraphs joined by line feeds;
- each section's headers and footers (default, first page, even pages) that it defines itself;
- the core properties, and python-docx's default title for a document without them.

Anything else raises `Unsupported` and the document is read with python-docx, which then decides
as it always has: a vertically merged cell (python-docx reads the cell above), a break of an
unknown type, a header reference to a missing or untyped part, a main part of another type
(macro-enabled documents, templates). `tests/extract/test_wordxml.py` compares both readers.
A part python-docx would parse but this reader does not (a theme, a font table) cannot make it
fail here where python-docx would: such a document is read, not refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from scanner.extract.opc import Package, R, Unsupported, read_package
from scanner.extract.wordparts import PARTS

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCUMENT_TYPES = frozenset(
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"}
)
_PART_TYPES = frozenset(
    f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"
    for kind in ("header", "footer")
)
#: what python-docx's `CorePropertiesPart.default` gives a document without core properties
DEFAULT_PROPERTIES = {"title": "Word Document"}
#: python-docx's `oxml_parser` drops blank text between elements
_PARSER = {"remove_blank_text": True}
_P, _TBL, _TR, _TC = (f"{{{_W}}}{t}" for t in ("p", "tbl", "tr", "tc"))
_R_TAG, _HYPERLINK = f"{{{_W}}}r", f"{{{_W}}}hyperlink"
_TYPE, _VAL, _RID = f"{{{_W}}}type", f"{{{_W}}}val", f"{{{R}}}id"
#: a run's children and their text (`w:br` and `w:t` apart)
_RUN_TEXT = {
    f"{{{_W}}}{tag}": text
    for tag, text in (("cr", "\n"), ("noBreakHyphen", "-"), ("ptab", "\t"), ("tab", "\t"))
}
_T, _BR = f"{{{_W}}}t", f"{{{_W}}}br"
_BREAKS = {None: "\n", "textWrapping": "\n", "page": "", "column": ""}


@dataclass(frozen=True)
class WordDocument:
    """What `docx.py` reads of a document: its core properties, its body as ("paragraph", text)
    and ("table", rows) items, and each section's own headers and footers as (section number,
    attribute name, the texts of its paragraphs)."""

    properties: dict[str, str]
    body: tuple[tuple[str, object], ...]
    headers: tuple[tuple[int, str, list[str]], ...]


def read_document(data: bytes) -> WordDocument:
    return read_package(data, _DOCUMENT_TYPES, DEFAULT_PROPERTIES, _read)


def _read(package: Package) -> WordDocument:
    root = package.xml(package.main, **_PARSER)
    if root.tag != f"{{{_W}}}document":
        raise Unsupported(f"document root {root.tag}")
    body = root.find(f"{{{_W}}}body")
    if body is None:
        raise Unsupported("a document without a body")
    items: list[tuple[str, object]] = []
    sections = []
    for child in body:
        if child.tag == _P:
            items.append(("paragraph", _paragraph_text(child, hidden_apart=True)))
            sections.extend(child.iterfind(f"{{{_W}}}pPr/{{{_W}}}sectPr"))
        elif child.tag == _TBL:
            items.append(("table", _rows(child)))
        elif child.tag == f"{{{_W}}}sectPr":
            sections.append(child)
    relationships = package.by_id(package.main) if sections else {}
    headers: list[tuple[int, str, list[str]]] = []
    for number, section in enumerate(sections, start=1):
        for name, reference, kind in PARTS:
            found = section.find(f"{{{_W}}}{reference}[@{{{_W}}}type='{kind}']")
            if found is None:
                continue  # linked to the previous section's: read there
            target = relationships.get(found.get(_RID, ""))
            if target is None or package.content_type(target[1]) not in _PART_TYPES:
                raise Unsupported(f"a {reference} to no header or footer part")
            part = package.xml(target[1], **_PARSER)
            if part.tag not in (f"{{{_W}}}hdr", f"{{{_W}}}ftr"):
                raise Unsupported(f"a header or footer part of root {part.tag}")
            texts = [
                t for t in (_paragraph_text(p, hidden_apart=True) for p in part.iterfind(_P)) if t.strip()
            ]
            headers.append((number, name, texts))
    return WordDocument(package.properties, tuple(items), tuple(headers))


def _paragraph_text(paragraph, hidden_apart: bool = False) -> str:
    """python-docx's `Paragraph.text`: its runs' and its hyperlinks' runs' text; `hidden_apart`:
    the runs formatted hidden (`w:vanish`) after the others, on a line of their own
    (`docx.paragraph_text`)."""
    out: list[str] = []
    hidden: list[str] = []
    for child in paragraph:
        if child.tag == _R_TAG:
            runs = [child]
        elif child.tag == _HYPERLINK:
            runs = list(child.iterfind(_R_TAG))
        else:
            continue
        for run in runs:
            (hidden if hidden_apart and _vanishes(run) else out).append(_run_text(run))
    return "".join(out) + ("\n" + "".join(hidden) if "".join(hidden).strip() else "")


#: the values of an on/off property that turn it off
_OFF = ("0", "false", "off")


def _vanishes(run) -> bool:
    """Whether a run is formatted hidden (python-docx's `run.font.hidden` is True)."""
    vanish = run.find(f"{{{_W}}}rPr/{{{_W}}}vanish")
    return vanish is not None and (vanish.get(_VAL) or "true").lower() not in _OFF


def _run_text(run) -> str:
    out: list[str] = []
    for child in run:
        tag = child.tag
        if tag == _T:
            out.append(child.text or "")
        elif tag == _BR:
            kind = child.get(_TYPE)
            if kind not in _BREAKS:
                raise Unsupported(f"a break of type {kind!r}")  # python-docx refuses it
            out.append(_BREAKS[kind])
        else:
            text = _RUN_TEXT.get(tag)
            if text is not None:
                out.append(text)
    return "".join(out)


def _rows(table) -> list[list[str]]:
    """`docx._body_segments`' rows: a cell once, then empty for each further grid column it
    spans; line feeds inside a cell read as spaces."""
    rows = []
    for row in table.iterfind(_TR):
        cells: list[str] = []
        for cell in row.iterfind(_TC):
            properties = cell.find(f"{{{_W}}}tcPr")
            span = 1
            if properties is not None:
                merge = properties.find(f"{{{_W}}}vMerge")
                if merge is not None and merge.get(_VAL) != "restart":
                    raise Unsupported("a vertically merged cell")
                grid = properties.find(f"{{{_W}}}gridSpan")
                if grid is not None:
                    span = int(grid.get(_VAL))  # python-docx requires the value
            paragraphs = (_paragraph_text(p, hidden_apart=True) for p in cell.iterfind(_P))
            text = "\n".join(paragraphs).replace("\n", " ")
            cells.extend([text, *[""] * (span - 1)][:span] if span > 0 else [])
        rows.append(cells)
    return rows
