"""Pictures inside office packages (DOCX, PPTX, XLSX, ODF): a scanned process card pasted into
Word, a slide that is one photo of a parameter table, a work instruction pasted after a page of
agenda text. Every embedded picture is either read by OCR or recorded as a typed `Skip`, so a
document is never passed as clear with a picture nobody read:

- icons, bullets and logos are told by their pixel size (a 1-bit scan is tiny in bytes but not
  in pixels);
- EMF/WMF pictures (Office's vector and clipboard formats) are converted to PNG by LibreOffice
  and then read; where that is not possible they are recorded as not inspected;
- a picture that cannot be decoded is recorded as unreadable, not as "no text".
"""

from __future__ import annotations

import hashlib
import re
import zipfile
from pathlib import PurePosixPath

from scanner.config import Limits
from scanner.extract.base import Extracted, Extractor, Source, page_segment
from scanner.extract.errors import ExtractionError, NoText
from scanner.extract.external import ToolFailed, libreoffice_convert
from scanner.extract.image import ImageTooLarge, open_image
from scanner.extract.metafile import NotAMetafile, read_metafile
from scanner.extract.ocr import OcrFailed, engine, prepare, read_page, unavailable_reason
from scanner.extract.zipview import open_zip
from scanner.types import Skip

#: Pictures whose longer side is below this many pixels, or whose shorter side is below
#: `ICON_THIN`, are icons, bullets or rules: too small to hold a paragraph of text.
ICON_SIDE = 160
ICON_THIN = 24
_MEDIA = re.compile(r"(^|/)(media|Pictures|ObjectReplacements)/", re.IGNORECASE)
_RASTER = (".png", ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".bmp", ".gif", ".webp", ".jfif")
_VECTOR = (".emf", ".wmf", ".emz", ".wmz", ".svm")
_NUMBER = re.compile(r"(\d+)")


def read_with_pictures(reader: Extractor, source: Source) -> Extracted:
    """A package read by its reader, then every picture in it. A package with no text at all
    may be all pictures: its reader's "no text" is not the last word."""
    try:
        extracted = reader(source)
    except NoText:
        extracted = Extracted(())
    return with_embedded_ocr(source.read(), extracted, source.limits)


def with_embedded_ocr(data: bytes, extracted: Extracted, limits: Limits) -> Extracted:
    """`extracted` plus the text of the package's pictures, and a `Skip` for each picture that
    could not be read."""
    try:
        zf = open_zip(data)
    except (zipfile.BadZipFile, OSError, ValueError):
        return extracted
    with zf:
        pictures = sorted(
            (i for i in zf.infolist() if _MEDIA.search(i.filename) and _is_picture(i.filename)),
            key=lambda i: [int(t) if t.isdigit() else t for t in _NUMBER.split(i.filename)],
        )
        if not pictures:
            return extracted
        reader = _PictureReader(zf, limits)
        for info in pictures:
            reader.read(info)
    segments = extracted.segments + tuple(reader.segments)
    notes = extracted.notes
    if reader.read_count:
        description = engine().description  # type: ignore[union-attr]
        notes += (f"{reader.read_count} embedded pictures read by OCR ({description})",)
    if reader.vector_read:
        notes += (f"{reader.vector_read} EMF/WMF drawings read from their text records",)
    if reader.duplicates:
        notes += (f"{reader.duplicates} repeated pictures read once",)
    if reader.icons:
        notes += (f"{reader.icons} icons or rules (under {ICON_SIDE} pixels) not read",)
    return Extracted(segments, extracted.metadata, notes, extracted.skipped + tuple(reader.skipped))


def _is_picture(name: str) -> bool:
    lower = name.lower()
    return lower.endswith(_RASTER + _VECTOR) or "objectreplacements/" in lower


class _PictureReader:
    """Reads the pictures of one package, within the OCR page limit, and records the rest."""

    def __init__(self, zf: zipfile.ZipFile, limits: Limits) -> None:
        self.zf, self.limits = zf, limits
        self.segments: list = []
        self.skipped: list[Skip] = []
        self.read_count = 0
        self.vector_read = 0
        self.icons = 0
        self.duplicates = 0
        self._seen: set[bytes] = set()
        self._budget = limits.max_ocr_pages

    def read(self, info: zipfile.ZipInfo) -> None:
        name = PurePosixPath(info.filename).name
        where = f"embedded picture {name}"
        if info.file_size > self.limits.max_member_bytes:
            self.skipped.append(Skip("limit", where, f"{info.file_size} bytes, over the member limit"))
            return
        try:
            raw = self.zf.read(info)
        except Exception as exc:  # a damaged member: not read, and said so
            self.skipped.append(Skip("unreadable", where, f"cannot be extracted: {type(exc).__name__}"))
            return
        digest = hashlib.sha1(raw).digest()
        if digest in self._seen:
            self.duplicates += 1  # the same picture again (a logo on every slide): read once
            return
        self._seen.add(digest)
        if _is_vector(info.filename, raw):
            try:
                drawing = read_metafile(raw)
            except NotAMetafile:
                drawing = None
            if drawing is not None:
                if drawing.text:
                    self.segments.append(page_segment(drawing.text, None, part=f"drawing {name}"))
                if not drawing.has_bitmaps:
                    self.vector_read += 1
                    return  # every word of it is in its text records
            try:
                raw = _vector_to_png(raw, PurePosixPath(info.filename).suffix.lower(), self.limits)
            except ToolFailed as exc:
                self.skipped.append(Skip("not-inspected", where, f"EMF/WMF picture not converted: {exc}"))
                return
        try:
            image = open_image(raw, self.limits)
        except ImageTooLarge as exc:
            self.skipped.append(Skip("limit", where, f"{exc.width}×{exc.height} pixels, over the limit"))
            return
        except ExtractionError as exc:
            self.skipped.append(Skip("unreadable", where, str(exc)))
            return
        width, height = image.size
        if max(width, height) < ICON_SIDE or min(width, height) < ICON_THIN:
            self.icons += 1
            return
        if engine() is None:
            self.skipped.append(Skip("not-inspected", where, unavailable_reason()))
            return
        if self._budget <= 0:
            self.skipped.append(
                Skip("limit", where, f"beyond the OCR page limit ({self.limits.max_ocr_pages} pictures)")
            )
            return
        self._budget -= 1
        try:
            reading = read_page(prepare(image), self.limits.ocr_timeout_seconds)
        except OcrFailed as exc:
            self.skipped.append(Skip("unreadable", where, str(exc)))
            return
        except (OSError, ValueError, SyntaxError) as exc:  # truncated or corrupt pixel data
            self.skipped.append(Skip("unreadable", where, f"pixel data cannot be decoded ({exc})"))
            return
        self.read_count += 1
        doubt = reading.doubt()
        if doubt:  # what was read is still judged
            self.skipped.append(Skip("unreadable", where, doubt))
        if reading.text.strip():
            self.segments.append(page_segment(reading.text, None, part=f"OCR {name}"))


def _is_vector(name: str, raw: bytes) -> bool:
    """EMF (record type 1, " EMF" at offset 40), placeable or plain WMF, StarView SVM, or a
    gzip-compressed EMF/WMF (.emz/.wmz)."""
    if name.lower().endswith(_VECTOR):
        return True
    return raw[40:44] == b" EMF" or raw[:4] == b"\xd7\xcd\xc6\x9a" or raw[:6] == b"VCLMTF"


def _vector_to_png(raw: bytes, suffix: str, limits: Limits) -> bytes:
    """An EMF/WMF picture rendered to PNG by LibreOffice (Pillow can only draw them on
    Windows). Raises `ToolFailed` when LibreOffice is missing or cannot draw it."""
    suffix = suffix if suffix in _VECTOR else (".emf" if raw[40:44] == b" EMF" else ".wmf")
    return libreoffice_convert(raw, suffix, "png", limits.office_timeout_seconds)
