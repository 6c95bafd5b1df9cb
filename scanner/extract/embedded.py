"""Pictures inside office packages (DOCX, PPTX, XLSX, ODF): a scanned process card pasted into
Word, a slide that is one photo of a parameter table. When a package's own text is short, its
embedded images are read by OCR, so a document made of pictures is not passed as clear (or as
an error) unread. Logos and icons are skipped by size."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePosixPath

from scanner.config import Limits
from scanner.extract.base import Extracted, Extractor, Source, page_segment
from scanner.extract.errors import NoText
from scanner.extract.image import ImageTooLarge, open_image
from scanner.extract.ocr import OcrFailed, engine, prepare, recognise, unavailable_reason

#: Below this many characters of its own text, a package's pictures are read too.
SHORT_TEXT = 400
#: Images smaller than this (bytes, or pixels on the shorter side) are logos, icons, bullets.
MIN_BYTES = 15_000
MIN_SIDE = 300
_MEDIA = re.compile(r"(^|/)(media|Pictures)/", re.IGNORECASE)
_IMAGE = (".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".gif", ".webp")
_NUMBER = re.compile(r"(\d+)")


def read_with_pictures(reader: Extractor, source: Source) -> Extracted:
    """A package read by its reader, then its pictures when its own text is short. A package
    with no text at all may be all pictures: its reader's "no text" is not the last word."""
    try:
        extracted = reader(source)
    except NoText:
        extracted = Extracted(())
    return with_embedded_ocr(source.read(), extracted, source.limits)


def with_embedded_ocr(data: bytes, extracted: Extracted, limits: Limits) -> Extracted:
    """`extracted` plus the text of the package's pictures, when its own text is short."""
    if sum(len(s.text.strip()) for s in extracted.segments) >= SHORT_TEXT:
        return extracted
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return extracted
    with zf:
        pictures = sorted(
            (
                i
                for i in zf.infolist()
                if _MEDIA.search(i.filename)
                and i.filename.lower().endswith(_IMAGE)
                and MIN_BYTES <= i.file_size <= limits.max_member_bytes
            ),
            key=lambda i: [int(t) if t.isdigit() else t for t in _NUMBER.split(i.filename)],
        )
        if not pictures:
            return extracted
        if engine() is None:
            unread = f"{len(pictures)} embedded pictures: {unavailable_reason()}"
            return Extracted(
                extracted.segments, extracted.metadata, extracted.notes, (*extracted.unread, unread)
            )
        segments = list(extracted.segments)
        notes = list(extracted.notes)
        unread = list(extracted.unread)
        chosen = pictures[: limits.max_ocr_pages]
        if len(pictures) > len(chosen):
            unread.append(f"{len(pictures) - len(chosen)} embedded pictures beyond the OCR page limit")
        read = 0
        for info in chosen:
            text = _read_picture(zf, info, limits, unread)
            if text is None:
                continue
            read += 1
            if text.strip():
                segments.append(page_segment(text, None, part=f"OCR {PurePosixPath(info.filename).name}"))
        if read:
            notes.append(f"{read} embedded pictures read by OCR ({engine().description})")  # type: ignore[union-attr]
        return Extracted(tuple(segments), extracted.metadata, tuple(notes), tuple(unread))


def _read_picture(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, limits: Limits, unread: list[str]
) -> str | None:
    name = PurePosixPath(info.filename).name
    try:
        image = open_image(zf.read(info), limits)
        if min(image.size) < MIN_SIDE:
            return None  # a logo or an icon
        return recognise(prepare(image), limits.ocr_timeout_seconds)
    except ImageTooLarge as exc:
        unread.append(f"embedded picture {name}: {exc.width}×{exc.height} pixels, over the limit")
    except OcrFailed as exc:
        unread.append(f"embedded picture {name}: {exc}")
    except Exception:  # an undecodable picture (EMF, broken data) is not the document's text
        return None
    return None
