"""PPTX: slide titles and text frames, tables, notes, core properties; each piece located by slide
(and table row). Read straight from the XML (`slidexml.py`) when the deck has the common shape,
else with python-pptx; both give the same items, so the same text and locations."""

from __future__ import annotations

import io
import zipfile
from types import SimpleNamespace

from scanner.extract import ooxmlrest, slidexml
from scanner.extract.base import Extracted, Source, open_package, property_segments, require_text
from scanner.extract.table import rows_to_segments
from scanner.types import Location, Segment, Skip


def extract_pptx(source: Source) -> Extracted:
    data = source.read()
    try:
        deck = slidexml.read_deck(data)
    except slidexml.Unsupported:
        return _extract_python_pptx(data)
    metadata: dict[str, str] = {}
    segments = property_segments(SimpleNamespace(**deck.properties), metadata)
    for number, slide in enumerate(deck.slides, start=1):
        segments.extend(_segments(slide.items, slide.notes, number))
    return require_text(
        ooxmlrest.completed(Extracted(tuple(segments), metadata, (), ()), data, "pptx"), "this presentation"
    )


def _extract_python_pptx(data: bytes) -> Extracted:
    from pptx import Presentation

    deck = open_package("PPTX", lambda: Presentation(io.BytesIO(_as_presentation(data))))
    segments: list[Segment] = []
    metadata: dict[str, str] = {}
    segments.extend(property_segments(deck.core_properties, metadata))
    skipped: list[Skip] = []
    for number, slide in enumerate(deck.slides, start=1):
        try:
            segments.extend(_slide_segments(slide, number))
        except Exception as exc:  # one broken slide must not hide the others
            skipped.append(Skip("unreadable", f"slide {number}", f"partly unreadable: {type(exc).__name__}"))
    extracted = Extracted(tuple(segments), metadata, (), tuple(skipped))
    return require_text(ooxmlrest.completed(extracted, data, "pptx"), "this presentation")


def _slide_segments(slide, number: int) -> list[Segment]:
    """A slide read by python-pptx: its items (as `slidexml.Slide` holds them), then segments."""
    items: list[tuple[str, list]] = []
    for shape in _shapes(slide.shapes):
        if getattr(shape, "has_table", False) and shape.has_table:
            items.append(
                ("table", [[cell.text.replace("\n", " ") for cell in row.cells] for row in shape.table.rows])
            )
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            # a paragraph's text with its soft line breaks (a vertical tab, read as a space) and
            # fields: the runs' text alone glued the words on either side of a break
            items.append(("paragraphs", [p.text for p in shape.text_frame.paragraphs]))
    notes = None
    if slide.has_notes_slide:
        frame = slide.notes_slide.notes_text_frame
        notes = frame.text if frame is not None else None
    return _segments(items, notes, number)


def _segments(items, notes: str | None, number: int) -> list[Segment]:
    """A slide's segments from its items, whichever reader read them: tables by row, text
    frames by paragraph, then the notes."""
    where = f"slide {number}"
    segments: list[Segment] = []
    table_no = 0
    for kind, content in items:
        if kind == "table":
            table_no += 1
            segments.extend(
                rows_to_segments(content, lambda r, t=table_no: Location(part=where, table=t, row=r))
            )
        else:
            for p_no, text in enumerate(content, start=1):
                if text.strip():
                    segments.append(Segment(text, Location(part=where, paragraph=p_no)))
    if notes is not None and notes.strip():
        segments.append(Segment(notes, Location(part=f"{where} notes")))
    return segments


_SHOW = b"presentationml.slideshow.main+xml"
_TEMPLATE = b"presentationml.template.main+xml"
_MACRO = b"ms-powerpoint.slideshow.macroEnabled.main+xml"


def _as_presentation(data: bytes) -> bytes:
    """A slide show (.ppsx) or template (.potx) is a presentation with another content type,
    which python-pptx refuses: rewrite that one declaration, in memory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            types = zf.read("[Content_Types].xml")
            if _SHOW not in types and _TEMPLATE not in types and _MACRO not in types:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for item in zf.infolist():
                    body = zf.read(item.filename)
                    if item.filename == "[Content_Types].xml":
                        body = (
                            body.replace(_SHOW, b"presentationml.presentation.main+xml")
                            .replace(_TEMPLATE, b"presentationml.presentation.main+xml")
                            .replace(_MACRO, b"ms-powerpoint.presentation.macroEnabled.main+xml")
                        )
                    target.writestr(item, body)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, OSError):
        return data


def _shapes(shapes):
    """Every shape, inside groups too."""
    for shape in shapes:
        if shape.shape_type == 6 and hasattr(shape, "shapes"):  # MSO_SHAPE_TYPE.GROUP
            yield from _shapes(shape.shapes)
        else:
            yield shape
