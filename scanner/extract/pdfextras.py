"""A PDF's text outside its pages' content: annotations (sticky notes, free text, comments),
form field values, bookmarks; and the names of the files attached to it.

A reader sees all of it (a comment pane, a filled form, the bookmarks, the attachments pane)
and the file sends all of it; the page text layer holds none of it. Annotations are read from
each page PDFium has open for its text; the rest through pdfminer's document, which pdfplumber
has opened already for the metadata. Attached files themselves are members
(`crawl/pdf_attachments.py`)."""

from __future__ import annotations

import re

from scanner.types import Location, Segment, Skip

#: how many form fields, annotations and bookmarks are read at most (a hostile file can list
#: millions), and how deep a field tree or name tree is followed
MAX_ITEMS = 20_000
MAX_DEPTH = 32
ATTACHED = "files attached to a PDF are read only where its bytes show them"
#: PDFium's annotation subtypes and their names; a link's, a popup's (its parent's text) and a
#: form widget's (read as a field) are not read as annotations
_SUBTYPES = {
    1: "Text", 3: "FreeText", 4: "Line", 5: "Square", 6: "Circle", 7: "Polygon", 8: "PolyLine",
    9: "Highlight", 10: "Underline", 11: "Squiggly", 12: "StrikeOut", 13: "Stamp", 14: "Caret",
    15: "Ink", 17: "FileAttachment", 18: "Sound", 19: "Movie", 21: "Screen", 22: "PrinterMark",
    23: "TrapNet", 24: "Watermark", 25: "3D", 26: "RichMedia", 27: "XFAWidget", 28: "Redact",
}  # fmt: skip
FILE_ATTACHMENT = 17


#: annotations that draw text from their appearance stream: without a /Contents text of their
#: own, what they show is read by OCR of the page (a stamp, a free-text box, a watermark)
_DRAWN = frozenset({3, 13, 24})
WIDGET = 20
#: what `page_annotations` says of a page a form field draws text on
FORM = "form"
#: a text-showing operator of a content stream (Tj, TJ, ', ")
_SHOWS_TEXT = re.compile(r"(?:\)|\]|>)\s*(?:Tj|TJ|'|\")")
#: the appearance stream read at most (a hostile file's could be huge)
_AP_CHARS = 1 << 20


def page_annotations(page, number: int, budget: list[int]) -> tuple[list[Segment], bool, str]:
    """The text of a PDFium page's annotations, whether one attaches a file, and whether one
    draws what it shows with no text of its own (the page is then read by OCR): "" if none,
    FORM if a form field does (the page must be drawn with its form), else "annotation";
    `budget`: how many annotations the document may still have read (a hostile file lists
    millions)."""
    import ctypes

    import pypdfium2.raw as raw

    segments: list[Segment] = []
    attaches = False
    drawn = ""
    handle = page.raw
    listed = raw.FPDFPage_GetAnnotCount(handle)
    count = min(listed, max(budget[0], 0))
    budget[0] -= listed  # below zero: annotations were left unread (the reader says so)
    for index in range(count):
        annot = raw.FPDFPage_GetAnnot(handle, index)
        if not annot:
            continue
        try:
            subtype = raw.FPDFAnnot_GetSubtype(annot)
            attaches = attaches or subtype == FILE_ATTACHMENT
            name = _SUBTYPES.get(subtype)
            if name is None:
                # a form field's value is read as a field's (`_fields`); the text one draws
                # with no value of its own (a button's caption, a flattened or scripted field)
                # is read from its appearance, or by OCR of the page drawn with its form
                if subtype == WIDGET and not _value(annot):
                    shown = _shown(annot)
                    if shown:
                        segments.append(Segment(shown, Location(page=number, part="form field appearance")))
                    elif shown == "":
                        drawn = FORM
                continue
            size = raw.FPDFAnnot_GetStringValue(annot, b"Contents", None, 0)
            if size <= 2:
                # a stamp, a text box, a watermark; or any other annotation (a square, a
                # polygon) whose appearance draws text: what it shows is read by OCR
                if raw.FPDFAnnot_HasKey(annot, b"AP"):
                    shown = _shown(annot)
                    if shown:
                        where = f"{name} annotation appearance"
                        segments.append(Segment(shown, Location(page=number, part=where)))
                    elif (subtype in _DRAWN or shown == "") and not drawn:
                        drawn = "annotation"
                continue
            buffer = ctypes.create_string_buffer(size)
            raw.FPDFAnnot_GetStringValue(
                annot, b"Contents", ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size
            )
            text = buffer.raw[: size - 2].decode("utf-16-le", errors="replace")
            if text.strip():
                segments.append(Segment(text, Location(page=number, part=f"{name} annotation")))
        finally:
            raw.FPDFPage_CloseAnnot(annot)
    return segments, attaches, drawn


def _shown(annot) -> str | None:
    """The text the annotation's normal appearance shows: as written, where its strings are
    single-byte text; "" where it shows text that cannot be read so (a composite font's glyph
    codes, hex strings: read by OCR); None where it shows none (a highlight's colour, a check
    box's ZapfDingbats mark)."""
    import ctypes

    import pypdfium2.raw as raw

    size = raw.FPDFAnnot_GetAP(annot, raw.FPDF_ANNOT_APPEARANCEMODE_NORMAL, None, 0)
    if size <= 2:
        return None
    size = min(size, 2 * _AP_CHARS + 2)
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFAnnot_GetAP(
        annot,
        raw.FPDF_ANNOT_APPEARANCEMODE_NORMAL,
        ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)),
        size,
    )
    stream = buffer.raw[: size - 2].decode("utf-16-le", errors="replace")
    if "/ZaDb" in stream or _SHOWS_TEXT.search(stream) is None:
        return None
    return shown_text(stream)


_HEX_STRING = re.compile(r"<(?!<)[0-9A-Fa-f\s]*>\s*(?:Tj|'|\"|\])")
_SHOW_OPERATORS = frozenset({b"Tj", b"TJ", b"'", b'"'})


def shown_text(stream: str) -> str:
    """The text a content stream shows with literal strings (Tj, TJ, ', "), one line per show
    operator, its bytes read as Windows-1252 (the standard fonts' appearances); "" where it
    shows hex strings or glyph codes that are not readable text. Tokens are pdfminer's."""
    import io

    from pdfminer.psparser import PSEOF, PSBaseParser, PSKeyword

    if _HEX_STRING.search(stream):
        return ""
    parser = PSBaseParser(io.BytesIO(stream.encode("latin-1", "replace")))
    shows: list[str] = []
    pending: list[str] = []
    try:
        while True:
            _, token = parser.nexttoken()
            if isinstance(token, bytes):
                pending.append(token.decode("cp1252", "replace"))
            elif isinstance(token, PSKeyword) and token.name not in (b"[", b"]"):
                if token.name in _SHOW_OPERATORS:
                    shows.append("".join(pending))
                pending = []  # an operator ends its operands
    except PSEOF:
        pass
    text = "\n".join(s for s in shows if s.strip())
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    if not text or printable < 0.9 * len(text) or not any(ch.isalnum() for ch in text):
        return ""
    return text


def _value(annot) -> bool:
    """Whether a form widget holds a value of its own (`/V`)."""
    import pypdfium2.raw as raw

    return raw.FPDFAnnot_GetStringValue(annot, b"V", None, 0) > 2


def read(doc) -> tuple[list[Segment], list[Skip]]:
    """Form field values, bookmarks and the attachments pane of pdfminer's `doc`: all reached
    from the catalog, without walking the page tree (annotations are read with the pages,
    `page_annotations`)."""
    segments: list[Segment] = []
    skipped: list[Skip] = []
    budget = [MAX_ITEMS]
    for part, read_part in (("form fields", _fields), ("bookmarks", _bookmarks)):
        try:  # one that does not parse does not lose the other's text
            read_part(doc, segments, budget)
        except Exception as exc:
            skipped.append(Skip("unreadable", part, f"not read: {type(exc).__name__}"))
    for name in _attached(doc, budget):
        skipped.append(Skip("not-inspected", f"attached file {name}", ATTACHED))
    return segments, skipped


def _text(value) -> str:
    from pdfminer.pdftypes import resolve1
    from pdfminer.psparser import PSLiteral
    from pdfminer.utils import decode_text

    value = resolve1(value)
    if isinstance(value, bytes):
        return decode_text(value)
    if isinstance(value, str):
        return value
    if isinstance(value, PSLiteral):
        name = value.name
        return name.decode("latin-1") if isinstance(name, bytes) else str(name)
    return ""


def _name(value) -> str:
    return _text(value).lstrip("/")


def _fields(doc, segments: list[Segment], budget: list[int]) -> None:
    from pdfminer.pdftypes import resolve1

    form = resolve1(doc.catalog.get("AcroForm"))
    if not isinstance(form, dict):
        return
    stack = [(field, "", 0) for field in reversed(resolve1(form.get("Fields")) or [])]
    while stack and budget[0] > 0:
        field, parent, depth = stack.pop()
        field = resolve1(field)
        budget[0] -= 1
        if not isinstance(field, dict) or depth > MAX_DEPTH:
            continue
        name = ".".join(p for p in (parent, _text(field.get("T"))) if p)
        value = _text(field.get("V"))
        if value.strip():
            segments.append(Segment(f"{name}: {value}" if name else value, Location(part="form field")))
        kids = resolve1(field.get("Kids"))
        if isinstance(kids, list):
            stack.extend((kid, name, depth + 1) for kid in reversed(kids))


def _bookmarks(doc, segments: list[Segment], budget: list[int]) -> None:
    """Every bookmark's title, whatever its action (pdfminer's `get_outlines` leaves out one
    without a destination, and recurses once per sibling): First/Next walked here, each item
    once (a cycle ends), within the budget."""
    from pdfminer.pdftypes import resolve1

    outlines = resolve1(doc.catalog.get("Outlines"))
    if not isinstance(outlines, dict):
        return
    seen: set[int] = set()
    stack = [(outlines.get("First"), 0)]
    while stack and budget[0] > 0:
        ref, depth = stack.pop()
        key = getattr(ref, "objid", None)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        item = resolve1(ref)
        if not isinstance(item, dict) or depth > MAX_DEPTH:
            continue
        budget[0] -= 1
        title = _text(item.get("Title"))
        if title.strip():
            segments.append(Segment(title, Location(part="bookmark")))
        if item.get("Next") is not None:
            stack.append((item.get("Next"), depth))
        if item.get("First") is not None:
            stack.append((item.get("First"), depth + 1))


def _attached(doc, budget: list[int]) -> list[str]:
    """The names of the document's embedded files (the attachments pane)."""
    from pdfminer.pdftypes import resolve1

    names = resolve1(doc.catalog.get("Names"))
    tree = resolve1(names.get("EmbeddedFiles")) if isinstance(names, dict) else None
    found: list[str] = []
    stack = [(tree, 0)] if isinstance(tree, dict) else []
    while stack and budget[0] > 0:
        node, depth = stack.pop()
        budget[0] -= 1
        pairs = resolve1(node.get("Names"))
        if isinstance(pairs, list):
            for key in pairs[0::2]:
                found.append(_text(key) or "(no name)")
        kids = resolve1(node.get("Kids"))
        if isinstance(kids, list) and depth < MAX_DEPTH:
            stack.extend((resolve1(k), depth + 1) for k in kids if isinstance(resolve1(k), dict))
    return found
