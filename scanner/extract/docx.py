"""DOCX with python-docx: paragraphs and tables in document order, headers, footers and core
properties."""

from __future__ import annotations

import io

from scanner.extract.base import Extracted, Source, open_package, property_segments, require_text
from scanner.extract.table import rows_to_segments
from scanner.types import Location, Segment, Skip


def extract_docx(source: Source) -> Extracted:
    import docx

    document = open_package("DOCX", lambda: docx.Document(io.BytesIO(source.read())))
    segments: list[Segment] = []
    metadata: dict[str, str] = {}
    segments.extend(property_segments(document.core_properties, metadata))
    segments.extend(_body_segments(document))
    skipped: list[Skip] = []
    for s_index, section in enumerate(document.sections, start=1):
        for part_name in (
            "header",
            "first_page_header",
            "even_page_header",
            "footer",
            "first_page_footer",
            "even_page_footer",
        ):
            try:
                part = getattr(section, part_name)
                if part.is_linked_to_previous and s_index > 1:
                    continue
                texts = [p.text for p in part.paragraphs if p.text.strip()]
            except Exception as exc:  # a broken header part must not stop the body being read
                where = f"{part_name.replace('_', ' ')} (section {s_index})"
                skipped.append(Skip("unreadable", where, type(exc).__name__))
                continue
            label = part_name.replace("_", " ")
            for text in texts:
                segments.append(Segment(text, Location(part=f"{label} (section {s_index})")))
    return require_text(Extracted(tuple(segments), metadata, (), tuple(skipped)), "this DOCX")


def _body_segments(document) -> list[Segment]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    segments: list[Segment] = []
    paragraph_no = 0
    table_no = 0
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            paragraph_no += 1
            if block.text.strip():
                segments.append(Segment(block.text, Location(paragraph=paragraph_no)))
        elif isinstance(block, Table):
            table_no += 1
            rows = []
            for row in block.rows:
                cells: list[str] = []
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat the same element
                        cells.append("")
                        continue
                    seen.add(id(cell._tc))
                    cells.append(cell.text.replace("\n", " "))
                rows.append(cells)
            segments.extend(rows_to_segments(rows, lambda r, t=table_no: Location(table=t, row=r)))
    return segments
