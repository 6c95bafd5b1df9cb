"""DOCX: paragraphs and tables in document order, headers, footers and core properties. Read
straight from the XML (`wordxml.py`) when the document has the common shape, else with
python-docx; both give the same items, so the same text and locations."""

from __future__ import annotations

import io
from types import SimpleNamespace

from scanner.extract import ooxmlrest, wordparts, wordxml
from scanner.extract.base import Extracted, Source, open_package, property_segments, require_text
from scanner.extract.table import rows_to_segments
from scanner.types import Location, Segment, Skip


def extract_docx(source: Source) -> Extracted:
    data = source.read()
    try:
        document = wordxml.read_document(data)
    except wordxml.Unsupported:
        return _extract_python_docx(data)
    return _extracted(document.properties, document.body, document.headers, (), data)


def _extract_python_docx(data: bytes) -> Extracted:
    document = open_package("DOCX", lambda: _open(data))
    headers: list[tuple[int, str, list[str]]] = []
    skipped: list[Skip] = []
    for s_index, section in enumerate(document.sections, start=1):
        for part_name, _, _ in wordparts.PARTS:
            try:
                part = getattr(section, part_name)
                # a header the section does not define is its predecessor's (read there); the
                # first section's would be made blank by python-docx (`_add_definition`)
                if part.is_linked_to_previous:
                    continue
                texts = [t for t in (paragraph_text(p) for p in part.paragraphs) if t.strip()]
            except Exception as exc:  # a broken header part must not stop the body being read
                where = wordparts.part_location(part_name, s_index)
                skipped.append(Skip("unreadable", where, type(exc).__name__))
                continue
            headers.append((s_index, part_name, texts))
    return _extracted(document.core_properties, _body_items(document), headers, skipped, data)


def _extracted(properties, body, headers, skipped, data: bytes) -> Extracted:
    """The segments of a document read by either reader: properties, body, headers and footers."""
    metadata: dict[str, str] = {}
    if isinstance(properties, dict):
        properties = SimpleNamespace(**properties)
    segments = property_segments(properties, metadata)
    segments.extend(_body_segments(body))
    for s_index, part_name, texts in headers:
        where = wordparts.part_location(part_name, s_index)
        segments.extend(Segment(text, Location(part=where)) for text in texts)
    extracted = Extracted(tuple(segments), metadata, (), tuple(skipped))
    return require_text(ooxmlrest.completed(extracted, data, "docx"), "this DOCX")


#: Parts python-docx parses on opening that hold no document text: styles (800 kB in Word's own
#: template), settings and numbering definitions. They are kept as bytes, unparsed.
_UNREAD_PARTS = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml",
        "application/vnd.ms-word.stylesWithEffects+xml",
    }
)


def _open(data: bytes):
    """`docx.Document` over `data`, leaving the parts in `_UNREAD_PARTS` unparsed (about half the
    time of opening a small document)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.package import Unmarshaller
    from docx.opc.part import Part, PartFactory
    from docx.opc.pkgreader import PackageReader
    from docx.package import Package

    def part_factory(partname, content_type, reltype, blob, package):
        if content_type in _UNREAD_PARTS:
            return Part.load(partname, content_type, blob, package)
        return PartFactory(partname, content_type, reltype, blob, package)

    stream = io.BytesIO(data)
    package = Package()
    Unmarshaller.unmarshal(PackageReader.from_file(stream), package, part_factory)
    document_part = package.main_document_part
    if document_part.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(
            f"file '{stream}' is not a Word file, content type is '{document_part.content_type}'"
        )
    return document_part.document


def _body_items(document) -> list[tuple[str, object]]:
    """The body read by python-docx, as `wordxml.WordDocument.body` holds it."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    items: list[tuple[str, object]] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            items.append(("paragraph", paragraph_text(block)))
        elif isinstance(block, Table):
            rows = []
            for row in block.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat the same element
                        cells.append("")
                        continue
                    seen.add(id(cell._tc))
                    text = "\n".join(paragraph_text(p) for p in cell.paragraphs)  # cell.text, hidden apart
                    cells.append(text.replace("\n", " "))
                rows.append(cells)
            items.append(("table", rows))
    return items


def paragraph_text(paragraph) -> str:
    """A paragraph's text (the body's, a header's or a footer's) with its hidden runs (formatted
    `w:vanish`) after the others, on a line of their own: they are read, but a reader does not
    see them, and put between the letters of a word they would break the word a reader sees."""
    from docx.text.hyperlink import Hyperlink

    shown: list[str] = []
    hidden: list[str] = []
    for item in paragraph.iter_inner_content():
        for run in item.runs if isinstance(item, Hyperlink) else [item]:
            (hidden if run.font.hidden else shown).append(run.text)
    return "".join(shown) + ("\n" + "".join(hidden) if "".join(hidden).strip() else "")


def _body_segments(items) -> list[Segment]:
    segments: list[Segment] = []
    paragraph_no = 0
    table_no = 0
    for kind, content in items:
        if kind == "paragraph":
            paragraph_no += 1
            if content.strip():
                segments.append(Segment(content, Location(paragraph=paragraph_no)))
        else:
            table_no += 1
            segments.extend(rows_to_segments(content, lambda r, t=table_no: Location(table=t, row=r)))
    return segments
