"""PDF with pdfplumber: document metadata, page text by line, and tables with their headers."""

from __future__ import annotations

import io
import logging

from scanner.extract.base import Extracted, Source, require_text
from scanner.extract.errors import ExtractionError
from scanner.extract.table import rows_to_segments
from scanner.types import Location, Segment

_META_KEYS = ("Title", "Subject", "Keywords", "Author", "Creator", "Producer")
for _name in ("pdfminer", "pdfplumber"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def extract_pdf(source: Source) -> Extracted:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(io.BytesIO(source.read()))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ExtractionError("encrypted PDF: a password is needed to read it") from exc
    except PDFSyntaxError as exc:
        raise ExtractionError(f"corrupt PDF: {exc or 'no valid structure'}") from exc
    except Exception as exc:  # pdfminer raises many types on hostile input
        raise ExtractionError(f"corrupt PDF: {type(exc).__name__}: {exc}") from exc
    segments: list[Segment] = []
    notes: list[str] = []
    metadata: dict[str, str] = {}
    with pdf:
        for key in _META_KEYS:
            value = _meta_text(pdf.metadata.get(key))
            if value:
                metadata[key.lower()] = value
                if key not in ("Creator", "Producer"):
                    segments.append(
                        Segment(f"{key}: {value}", Location(part=f"metadata:{key.lower()}"))
                    )
        try:
            pages = pdf.pages
        except Exception as exc:
            raise ExtractionError(f"corrupt PDF: cannot read the page tree ({exc})") from exc
        limit = source.limits.max_pdf_pages
        if len(pages) > limit:
            notes.append(f"only the first {limit} of {len(pages)} pages were read")
        failed = 0
        for number, page in enumerate(pages[:limit], start=1):
            try:
                segments.extend(_page_segments(page, number))
            except Exception as exc:  # one bad page must not hide the others
                failed += 1
                notes.append(f"page {number} unreadable: {type(exc).__name__}")
            finally:
                page.flush_cache()
        if failed and failed == min(len(pages), limit):
            raise ExtractionError("corrupt PDF: no page could be read")
    return require_text(Extracted(tuple(segments), metadata, tuple(notes)), "this PDF")


def _page_segments(page, number: int) -> list[Segment]:
    segments: list[Segment] = []
    text = page.extract_text() or ""
    if text.strip():
        marks: list[tuple[int, str]] = []
        offset = 0
        for line_no, line in enumerate(text.split("\n"), start=1):
            marks.append((offset, f"line {line_no}"))
            offset += len(line) + 1
        segments.append(Segment(text, Location(page=number), tuple(marks)))
    if page.rects or page.lines:
        for t_index, table in enumerate(page.extract_tables(), start=1):
            rows = [[(cell or "").replace("\n", " ") for cell in row] for row in table]
            segments.extend(
                rows_to_segments(
                    rows, lambda r, t=t_index: Location(page=number, table=t, row=r)
                )
            )
    return segments


def _meta_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bytes):
        for enc in ("utf-16", "utf-8", "latin-1"):
            try:
                return value.decode(enc).strip("\x00 ").strip()
            except UnicodeDecodeError:
                continue
    name = getattr(value, "name", None)  # pdfminer PSLiteral
    if name is not None:
        return str(name)
    return str(value).strip()
