"""PDF: page text through pypdfium2 (PDFium's C++ text layer: ~80× faster than pdfminer on long
documents, and robust on broken files), document metadata and tables with their headers through
pdfplumber. Tables are read on documents of up to `TABLE_PAGES` pages, where parameter sheets
live; their text is in the page text in any case. pdfplumber finds tables from ruling lines and
rectangles, which are vector paths: a page on which PDFium finds no path is not laid out again
by pdfplumber (that layout, character by character, cost a text-only PDF ten times its reading)."""

from __future__ import annotations

import contextlib
import html
import io
import logging
import re

from scanner.config import Limits
from scanner.crawl.pdf_attachments import has_attachments
from scanner.extract import pdfextras, pdfrefs, pdfspacing
from scanner.extract.base import Extracted, Source, page_segment, require_text
from scanner.extract.errors import ExtractionError
from scanner.extract.ocr import MAX_SIDE, OcrFailed, engine, prepare, read_page, unavailable_reason, undecoded
from scanner.extract.table import rows_to_segments
from scanner.types import Location, Segment, Skip

TABLE_PAGES = 8
_META_KEYS = ("Title", "Subject", "Keywords", "Author")
#: Info keys that name the software or dates, not the document's words
_TECHNICAL_KEYS = frozenset({"Producer", "Creator", "CreationDate", "ModDate", "Trapped", "PTEX.Fullbanner"})
#: Info keys read at most (a hostile file could list millions)
_MAX_INFO_KEYS = 200
for _name in ("pdfminer", "pdfplumber", "pypdfium2"):
    logging.getLogger(_name).setLevel(logging.ERROR)


#: A page with fewer characters than this in its text layer, and an image on it, is a scan.
SCANNED_PAGE_CHARS = 20
#: Scanned pages are rendered at this scale for OCR (72 dpi × 300/72 ≈ 300 dpi).
OCR_SCALE = 300 / 72


def extract_pdf(source: Source) -> Extracted:
    data = source.read()
    limit = source.limits.max_pdf_pages
    notes: list[str] = []
    unread: list[Skip] = []
    ocr_pages: dict[int, str] = {}
    #: pages (1-based) that may hold a ruled table; None: not known, every page may
    ruled: set[int] | None = set()
    annotations: list[Segment] = []
    attached_on: list[int] = []  # pages whose annotations attach a file
    try:
        pages, metadata = _pdfium_pages(
            data, notes, source.limits, ocr_pages, unread, ruled, annotations, attached_on
        )
    except ExtractionError:
        raise
    except Exception as exc:  # PDFium could not open it: let pdfminer try before giving up
        pages, metadata = _pdfminer_pages(data, limit, notes, unread, reason=str(exc))
        ruled = None
    segments: list[Segment] = []
    plumber_meta, tables = _plumber_meta_and_tables(data, len(pages), notes, ruled, unread)
    metadata = {**metadata, **{k: v for k, v in plumber_meta.items() if v}}
    for key in _META_KEYS:
        value = metadata.get(key.lower())
        if value:
            segments.append(Segment(f"{key}: {value}", Location(part=f"metadata:{key.lower()}")))
    for number, text in enumerate(pages, start=1):
        if text.strip():
            segments.append(page_segment(text, number))
        if ocr_pages.get(number, "").strip():
            segments.append(page_segment(ocr_pages[number], number, part="OCR"))
    segments.extend(annotations)
    segments.extend(tables)
    if attached_on and not has_attachments(data):  # attached files the bytes show are members
        where = f"attached file on page {', '.join(map(str, attached_on[:10]))}"
        unread.append(Skip("not-inspected", where, pdfextras.ATTACHED))
    if ocr_pages and not unread and not any(s.text.strip() for s in segments):
        # every page is a picture without words (a photo, a chart): nothing to read, said plainly
        notes.append("OCR found no text on the pages")
        return Extracted(tuple(segments), metadata, tuple(notes), tuple(unread))
    return require_text(Extracted(tuple(segments), metadata, tuple(notes), tuple(unread)), "this PDF")


def _pdfium_pages(
    data: bytes,
    notes: list[str],
    limits: Limits,
    ocr_pages: dict[int, str],
    unread: list[Skip],
    ruled: set[int],
    annotations: list[Segment] | None = None,
    attached_on: list[int] | None = None,
) -> tuple[list[str], dict[str, str]]:
    """Page text through PDFium; pages that need OCR are listed in `ocr_pages` and read; pages
    that have vector paths (or could not be looked at), on a document short enough for its
    tables to be read, are added to `ruled`."""
    limit = limits.max_pdf_pages
    annotations = [] if annotations is None else annotations
    attached_on = [] if attached_on is None else attached_on
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise ExtractionError("encrypted PDF: a password is needed to read it") from exc
        raise
    try:
        metadata = {
            k.lower(): str(v).strip()
            for k, v in pdf.get_metadata_dict().items()
            if k in _META_KEYS and v and str(v).strip()
        }
        count = len(pdf)
        if count > limit:
            unread.append(Skip("limit", f"pages {limit + 1}–{count}", f"beyond the page limit ({limit})"))
        pages: list[str] = []
        annotation_budget = [pdfextras.MAX_ITEMS]
        forms = False  # a form field draws text of its own: pages are drawn with the form
        for index in range(min(count, limit)):
            try:
                page = pdf[index]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                if pdfspacing.looks_broken(text):  # glyphs placed one by one at an even pitch
                    text = pdfspacing.respaced(textpage, text) or text
                pages.append(text)
                textpage.close()
                if (
                    (len(text.strip()) < SCANNED_PAGE_CHARS and _needs_ocr(page))
                    or garbled(text)
                    or _pictured(page, len(text.strip()))
                ):
                    ocr_pages[index + 1] = ""  # filled below, once the text layer is read
                if count <= TABLE_PAGES and _has_paths(page):
                    ruled.add(index + 1)
                notes_on_page, attaches, drawn = pdfextras.page_annotations(
                    page, index + 1, annotation_budget
                )
                if drawn:
                    ocr_pages[index + 1] = ""  # a stamp or text box drawn with no text of its own
                    forms = forms or drawn == pdfextras.FORM
                annotations.extend(notes_on_page)
                if attaches:
                    attached_on.append(index + 1)
                page.close()
            except Exception as exc:  # one bad page must not hide the others
                unread.append(Skip("unreadable", f"page {index + 1}", f"text layer: {type(exc).__name__}"))
                pages.append("")
                ruled.add(index + 1)
        if annotation_budget[0] < 0:
            limit_note = f"beyond {pdfextras.MAX_ITEMS} annotations: not read"
            unread.append(Skip("limit", "annotations", limit_note))
        if ocr_pages:
            if forms:  # PDFium draws form fields only in a document whose form is loaded first
                drawing = pdfium.PdfDocument(data)
                try:
                    if not _flatten_formless(drawing, ocr_pages):
                        drawing.init_forms()
                    _ocr(drawing, ocr_pages, limits, notes, unread, pages)
                finally:
                    drawing.close()
            else:
                _ocr(pdf, ocr_pages, limits, notes, unread, pages)
        return pages, metadata
    finally:
        pdf.close()


#: A text layer with at least this many characters, this share of them control, private-use or
#: replacement characters, is the glyph numbers of a font without a character map (what some
#: print drivers and plotters write): the page is read by OCR as a scan is.
GARBLED_CHARS, GARBLED_SHARE = 20, 0.3
_GARBAGE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
_SPACE = re.compile(r"\s")


def garbled(text: str) -> bool:
    if len(text) < GARBLED_CHARS:
        return False
    shown = len(text) - len(_SPACE.findall(text))
    return shown >= GARBLED_CHARS and len(_GARBAGE.findall(text)) >= GARBLED_SHARE * shown


#: A page without a text layer but with this many vector paths may be a drawing whose text was
#: exported as outlines (common from CAD): it is read by OCR too.
OUTLINE_PATHS = 30


def _needs_ocr(page) -> bool:
    """A page with an image (a scan) or many vector paths (text as outlines) but no text."""
    import pypdfium2.raw as raw

    paths = 0
    for obj in page.get_objects(max_depth=3):
        if obj.type == raw.FPDF_PAGEOBJ_IMAGE:
            return True
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            paths += 1
            if paths >= OUTLINE_PATHS:
                return True
    return False


#: A page with a text layer is read by OCR too when its pictures cover this share of it and the
#: text layer is short (a scanned page under a caption, a photographed whiteboard on a slide
#: printed to PDF); when they cover `FIGURE_SHARE` of a page of fewer than `TEXT_PAGE_CHARS`
#: characters (a photo of a process card on a report's page); and when they cover most of the
#: page whatever its text (a searchable scan, whose text layer, invisible, may say anything: an
#: exploratory test hid a scanned recipe under 2,500 harmless invisible characters). A searchable
#: scan is read twice: its words count once each. Pictures are summed: a scanner writes a page in
#: strips. The small figures of a page of text are not read.
PICTURE_SHARE, CAPTION_CHARS, MOSTLY_PICTURE = 0.1, 500, 0.5
FIGURE_SHARE = 0.2
TEXT_PAGE_CHARS = 2000


def _pictured(page, chars: int) -> bool:
    share = _picture_share(page)
    if share >= MOSTLY_PICTURE:
        return True
    if chars >= TEXT_PAGE_CHARS:
        return False
    return share >= FIGURE_SHARE or (share >= PICTURE_SHARE and chars < CAPTION_CHARS)


def _picture_share(page, enough: float = MOSTLY_PICTURE) -> float:
    """The share of the page its pictures cover (their bounding boxes, summed, at most 1),
    walked through PDFium's C interface (`_has_paths`), pictures in form XObjects too. The walk
    stops once the share reaches `enough` (the most any rule asks of it): a page of a thousand
    strips is not walked to its end."""
    import ctypes

    import pypdfium2.raw as raw

    width, height = page.get_size()
    area = max(width * height, 1.0)
    best = 0.0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    stack: list[tuple[object, bool, int]] = [(page.raw, False, 0)]
    while stack:
        parent, is_form, depth = stack.pop()
        count = raw.FPDFFormObj_CountObjects(parent) if is_form else raw.FPDFPage_CountObjects(parent)
        get = raw.FPDFFormObj_GetObject if is_form else raw.FPDFPage_GetObject
        for i in range(max(count, 0)):
            obj = get(parent, i)
            kind = raw.FPDFPageObj_GetType(obj) if obj else raw.FPDF_PAGEOBJ_UNKNOWN
            if kind == raw.FPDF_PAGEOBJ_IMAGE and raw.FPDFPageObj_GetBounds(
                obj, ctypes.byref(left), ctypes.byref(bottom), ctypes.byref(right), ctypes.byref(top)
            ):
                best += (right.value - left.value) * (top.value - bottom.value) / area
                if best >= enough:
                    return min(best, 1.0)
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < FORM_DEPTH:
                stack.append((obj, True, depth + 1))
    return min(best, 1.0)


def _has_paths(page) -> bool:
    """Whether the page draws any vector path (a ruling line, a cell border), in its own content
    or in a form XObject it uses: the only things pdfplumber builds tables from. Walked through
    PDFium's C interface without wrapping each object (a text page holds thousands)."""
    import pypdfium2.raw as raw

    stack: list[tuple[object, bool, int]] = [(page.raw, False, 0)]
    while stack:
        parent, is_form, depth = stack.pop()
        count = raw.FPDFFormObj_CountObjects(parent) if is_form else raw.FPDFPage_CountObjects(parent)
        if count < 0:
            return True  # cannot tell: let pdfplumber look
        get = raw.FPDFFormObj_GetObject if is_form else raw.FPDFPage_GetObject
        for i in range(count):
            obj = get(parent, i)
            kind = raw.FPDFPageObj_GetType(obj) if obj else raw.FPDF_PAGEOBJ_UNKNOWN
            if kind in (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_UNKNOWN):
                return True
            if kind == raw.FPDF_PAGEOBJ_FORM:
                if depth >= FORM_DEPTH:
                    return True
                stack.append((obj, True, depth + 1))
    return False


#: Form XObjects nested deeper than this are not walked: the page is taken to have paths.
FORM_DEPTH = 8


def _flatten_formless(pdf, pages: dict[int, str]) -> bool:
    """In a document with no form (no AcroForm), a widget annotation is drawn neither by the
    form (there is none to load) nor with the page's annotations (PDFium leaves widgets to the
    form): the text its appearance shows in glyph codes was never drawn for OCR, and the file
    came out clear. There its pages' annotations are flattened into their content, which is
    then drawn. False where the document has a form (loading it draws its widgets)."""
    import pypdfium2.raw as raw

    if raw.FPDF_GetFormType(pdf.raw) != raw.FORMTYPE_NONE:
        return False
    for number in pages:
        page = pdf[number - 1]
        try:
            raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY)
        finally:
            page.close()  # drawn after it is loaded again, as PDFium asks
    return True


def _ocr(
    pdf,
    ocr_pages: dict[int, str],
    limits: Limits,
    notes: list[str],
    unread: list[Skip],
    layers: list[str] | None = None,
) -> None:
    """OCR the scanned pages (no text layer, an image on the page), up to the page limit. A
    page whose picture cannot be decoded (broken JBIG2/CCITT data renders blank) or is too large
    to decode is recorded as not read, never as a page without text; so is a page that OCR
    alone reads (its text layer, in `layers`, is empty or garbled) when it reads it at low
    confidence (`Reading.doubt`). A page with a text layer of its own was read through it."""
    layers = layers or []
    scanned = sorted(ocr_pages)
    if engine() is None:
        where = _pages(scanned)
        unread.append(Skip("not-inspected", where, f"scanned without a text layer: {unavailable_reason()}"))
        return
    chosen = scanned[: limits.max_ocr_pages]
    if len(scanned) > len(chosen):
        unread.append(
            Skip(
                "limit",
                _pages(scanned[len(chosen) :]),
                f"scanned pages beyond the OCR page limit ({limits.max_ocr_pages})",
            )
        )
    for number in chosen:
        page = pdf[number - 1]
        try:
            gap = _picture_gap(page, limits)
            if gap:
                unread.append(Skip(gap[0], f"page {number}", gap[1]))
                if gap[0] == "limit":
                    continue
            image = page.render(scale=_scale(page)).to_pil()
            reading = read_page(prepare(image), limits.ocr_timeout_seconds)
            ocr_pages[number] = reading.text
            noise = undecoded(image, reading.text) if not gap else None
            layer = layers[number - 1] if number <= len(layers) else ""
            own_text = len(layer.strip()) >= SCANNED_PAGE_CHARS and not garbled(layer)
            doubt = None if noise or gap or own_text else reading.doubt()
            if noise:
                unread.append(
                    Skip("unreadable", f"page {number}", f"the page's picture cannot be decoded ({noise})")
                )
            elif doubt:  # what was read is still judged
                unread.append(Skip("unreadable", f"page {number}", doubt))
        except OcrFailed as exc:
            unread.append(Skip("unreadable", f"page {number}", str(exc)))
        except Exception as exc:  # PDFium failing to render one page must not hide the others
            unread.append(Skip("unreadable", f"page {number}", f"cannot render: {type(exc).__name__}"))
        finally:
            page.close()
    notes.append(f"{_pages(chosen)} read by OCR ({engine().description})")  # type: ignore[union-attr]


def _picture_gap(page, limits: Limits) -> tuple[str, str] | None:
    """Why a page's pictures cannot all be read, if so: one over the pixel limit (checked from
    the size the PDF declares, before decoding), or one whose data PDFium cannot decode
    (garbage JBIG2 or JPEG data, which a render silently draws as nothing)."""
    import pypdfium2.raw as raw

    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        try:
            meta = obj.get_metadata()
            width, height = int(meta.width), int(meta.height)
        except Exception:
            return "unreadable", "a picture on the page has no readable size"
        if width * height > limits.max_image_pixels:
            return "limit", f"picture of {width}×{height} pixels, over the image limit"
        filters = "/".join(obj.get_filters()) or "unfiltered"
        try:
            bitmap = obj.get_bitmap(render=False)
        except Exception:
            return "unreadable", f"the page's picture cannot be decoded ({filters} data)"
        try:
            raw_bytes = width * height * max(int(meta.bits_per_pixel), 1) // 8
            if _blank_from_busy_data(obj, bitmap.to_pil(), raw_bytes):
                return (
                    "unreadable",
                    f"the page's picture cannot be decoded ({filters} data decodes to nothing)",
                )
        finally:
            bitmap.close()
    return None


def _blank_from_busy_data(obj, image, raw_bytes: int) -> bool:
    """A picture that decodes to one flat colour although its data is far larger than any
    encoder needs for a flat picture: the decoder gave up (garbage fax data decodes to white).
    A genuinely blank scan compresses to about a thousandth of its raw size (Flate) or less
    (fax, JBIG2)."""
    low, high = image.convert("L").getextrema()
    if high - low > 1:
        return False
    encoded = len(obj.get_data(decode_simple=False))
    return encoded > 2048 + raw_bytes // 500


def _scale(page) -> float:
    """300 dpi, but no side above the OCR maximum (a poster-size page would not fit memory)."""
    width, height = page.get_size()
    return min(OCR_SCALE, MAX_SIDE / max(width, height, 1.0))


def _pages(numbers: list[int]) -> str:
    if len(numbers) == 1:
        return f"page {numbers[0]}"
    shown = ", ".join(str(n) for n in numbers[:10])
    return f"pages {shown}{', …' if len(numbers) > 10 else ''}"


def _pdfminer_pages(data: bytes, limit: int, notes: list[str], unread: list[Skip], reason: str):
    import pdfplumber

    pdfrefs.install()

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:
        inner = _unwrap(exc)
        if _is_encryption(inner):
            raise ExtractionError("encrypted PDF: a password is needed to read it") from exc
        detail = f"{type(inner).__name__}: {inner}".rstrip(": ")
        raise ExtractionError(f"corrupt PDF: {reason or detail}") from exc
    pages: list[str] = []
    try:
        count = len(pdf.pages)
        if count > limit:
            unread.append(Skip("limit", f"pages {limit + 1}–{count}", f"beyond the page limit ({limit})"))
        for page in pdf.pages[:limit]:
            try:
                pages.append(page.extract_text() or "")
            finally:
                page.flush_cache()
    except Exception as exc:
        if not pages:
            raise ExtractionError(f"corrupt PDF: {reason}") from exc
        unread.append(
            Skip("unreadable", f"pages {len(pages) + 1}–", f"reading stopped: {type(exc).__name__}")
        )
    finally:
        # closing walks the pages again: on a broken page tree it raises too
        with contextlib.suppress(Exception):
            pdf.close()
    notes.append("read with pdfminer after PDFium failed: " + reason)
    return pages, {}


def _plumber_meta_and_tables(
    data: bytes, page_count: int, notes: list[str], ruled: set[int] | None, unread: list[Skip]
):
    """Metadata (pdfminer decodes more string encodings), the text outside the pages' content
    (`pdfextras`: annotations, form fields, bookmarks; attached files are gaps) and, on short
    documents, tables of the pages in `ruled` (None: of every page)."""
    import pdfplumber

    pdfrefs.install()
    segments: list[Segment] = []
    metadata: dict[str, str] = {}
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        try:
            for key in _META_KEYS:
                value = _meta_text(pdf.metadata.get(key))
                if value:
                    metadata[key.lower()] = value
            for key, raw_value in list(pdf.metadata.items())[:_MAX_INFO_KEYS]:
                # a key of the Info dictionary that a system or a person added (a document
                # number, a project, a note): shown in a viewer's document properties
                if not isinstance(key, str) or key in _META_KEYS or key in _TECHNICAL_KEYS:
                    continue
                value = _meta_text(raw_value)
                if value and not value.startswith("D:"):
                    segments.append(Segment(f"{key}: {value}", Location(part=f"metadata:{key}")))
            if len(pdf.metadata) > _MAX_INFO_KEYS:
                unread.append(
                    Skip("limit", "document properties", f"beyond {_MAX_INFO_KEYS} Info keys: not read")
                )
            for key, value in _xmp(pdf).items():
                if value not in metadata.values():
                    metadata[f"xmp {key}"] = value
                    segments.append(Segment(f"{key}: {value}", Location(part=f"metadata:xmp {key}")))
            try:
                extra, gaps = pdfextras.read(pdf.doc)
            except Exception as exc:  # the page text is read; what lies outside it is said unread
                extra = []
                gaps = [
                    Skip("unreadable", "annotations, form fields", f"not read: {type(_unwrap(exc)).__name__}")
                ]
            segments.extend(extra)
            if has_attachments(data):  # attached files are read as members (`pdf_attachments`)
                gaps = [g for g in gaps if not g.where.startswith("attached file")]
            unread.extend(gaps)
            if page_count > TABLE_PAGES or ruled == set():
                return metadata, segments
            for number, page in enumerate(pdf.pages[:TABLE_PAGES], start=1):
                if ruled is not None and number <= page_count and number not in ruled:
                    continue  # no ruling lines or rectangles: pdfplumber would find no table
                try:
                    if page.rects or page.lines:
                        for t_index, table in enumerate(page.extract_tables(), start=1):
                            rows = [[(c or "").replace("\n", " ") for c in row] for row in table]
                            segments.extend(
                                rows_to_segments(
                                    rows, lambda r, t=t_index, p=number: Location(page=p, table=t, row=r)
                                )
                            )
                finally:
                    page.flush_cache()
        finally:
            _close(pdf)
    except Exception as exc:  # tables are extra: the page text has been read already
        notes.append(f"tables not read: {type(_unwrap(exc)).__name__}")
    return metadata, segments


#: XMP properties people write (title, description, subject keywords, author, drawing number in
#: a CAD export's custom namespace is not standard and is left to the page text).
_XMP_FIELDS = {
    "dc:title": "title",
    "dc:description": "description",
    "dc:subject": "subject",
    "dc:creator": "author",
    "pdf:Keywords": "keywords",
}
_XMP_TAGS = re.compile(r"<[^>]+>")


def _xmp(pdf) -> dict[str, str]:
    """The XMP packet's descriptive fields (read as text: no XML parser, no entities)."""
    from pdfminer.pdftypes import resolve1

    try:
        stream = resolve1(pdf.doc.catalog.get("Metadata"))
        packet = stream.get_data()[:1_000_000].decode("utf-8", "replace") if stream is not None else ""
    except Exception:
        return {}
    found: dict[str, str] = {}
    for tag, key in _XMP_FIELDS.items():
        element = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", packet, re.S)
        attribute = re.search(rf'\b{tag}="([^"]*)"', packet)
        raw = element.group(1) if element else attribute.group(1) if attribute else ""
        text = html.unescape(" ".join(_XMP_TAGS.sub(" ", raw).split()))
        if text:
            found[key] = text[:2000]
    return found


def _close(pdf) -> None:
    """pdfplumber's `PDF.close` forgets the pages it has read and then reads every page of the
    document again to close each one (`flush_cache`, then `self.pages`): for a file whose pages
    were never asked for (metadata only, or more pages than `TABLE_PAGES`), the whole page tree
    parsed by pdfminer for nothing. Only the pages read are closed here."""
    for page in getattr(pdf, "_pages", None) or ():
        page.close()
    pdf.flush_cache()
    if not pdf.stream_is_external:
        pdf.stream.close()


def _unwrap(exc: BaseException) -> BaseException:
    """pdfplumber wraps pdfminer's exceptions in PdfminerException(inner)."""
    if type(exc).__name__ == "PdfminerException":
        if exc.args and isinstance(exc.args[0], BaseException):
            return exc.args[0]
        if exc.__context__:
            return exc.__context__
    return exc


def _is_encryption(exc: BaseException) -> bool:
    name = type(exc).__name__
    return "Password" in name or "Encrypt" in name


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
