"""Images (PNG, JPEG, TIFF, GIF, BMP, WebP): EXIF/XMP/PNG text metadata and the text of each
page (TIFF/GIF frames) through OCR. Without OCR the image is marked unread, so it goes to review
rather than passing as clear."""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator

from scanner.config import Limits
from scanner.extract.base import Extracted, Source, page_segment, require_text
from scanner.extract.decode import decode_short
from scanner.extract.errors import ExtractionError
from scanner.extract.ocr import (
    MAX_STRIPS,
    OcrFailed,
    OcrUnavailable,
    Reading,
    engine,
    prepare,
    read_page,
    strips,
    unavailable_reason,
    undecoded,
)
from scanner.types import Location, Segment, Skip

#: EXIF tags that carry words a person typed (0th IFD), and Windows' UTF-16 "XP" tags.
_EXIF_TEXT = {
    270: "description",
    315: "artist",
    305: "software",
    33432: "copyright",
    269: "document",
    271: "make",
    272: "model",
}
_EXIF_XP = {0x9C9B: "title", 0x9C9C: "comment", 0x9C9D: "author", 0x9C9E: "keywords", 0x9C9F: "subject"}
_USER_COMMENT = 0x9286
_EXIF_IFD = 0x8769
#: image.info keys that hold no words of the picture's: colour profiles, resolutions, encoder
#: settings (every other text chunk of a PNG, whatever its key, is read: "parameters", "Process")
_NOT_TEXT_KEYS = ("icc_profile", "dpi", "exif", "transparency", "gamma", "aspect", "interlace", "duration")
_TAG = re.compile(r"<[^>]*>")
#: an XMP attribute's value (a custom namespace's properties are often written as attributes)
_XMP_ATTRIBUTE = re.compile(r"""\s[\w.-]+:[\w.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _exif_text(value: str) -> str:
    """An EXIF text as Pillow gives it: ASCII fields are decoded as Latin-1, so UTF-8 or GB18030
    bytes there come out as mojibake; read them as what they are."""
    try:
        raw = value.encode("latin-1")
    except UnicodeEncodeError:
        return value
    return decode_short(raw) if not raw.isascii() else value


class ImageTooLarge(ExtractionError):
    def __init__(self, width: int, height: int, limit: int) -> None:
        self.width, self.height = width, height
        super().__init__(f"image too large: {width}×{height} pixels (limit {limit} pixels)")


@contextlib.contextmanager
def _pillow_guard_off() -> Iterator[None]:
    """Pillow's own bomb guard off while this reader opens an image header, and put back
    afterwards (the process-wide setting is never left changed): `open_image` refuses an image
    over the scan's pixel limit itself, with the size in the reason."""
    from PIL import Image

    before = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        yield
    finally:
        Image.MAX_IMAGE_PIXELS = before


def open_image(data: bytes, limits: Limits):  # -> PIL.Image.Image
    """An image with only its header decoded, refused before decoding when its pixel count
    passes the limit (a decompression bomb). Raises `ExtractionError`."""
    from PIL import Image

    try:
        with _pillow_guard_off():
            image = Image.open(io.BytesIO(data))
    except Exception as exc:  # Pillow raises many kinds of error on broken files
        raise ExtractionError(
            "corrupt image: not a PNG, JPEG, TIFF, GIF, BMP or WebP that can be decoded "
            f"({type(exc).__name__})"
        ) from exc
    width, height = image.size
    if width * height > limits.max_image_pixels:
        raise ImageTooLarge(width, height, limits.max_image_pixels)
    return image


def extract_image(source: Source) -> Extracted:
    from PIL import ImageSequence

    limits = source.limits
    image = open_image(source.read(), limits)
    width, height = image.size
    metadata: dict[str, str] = {"format": str(image.format), "size": f"{width}x{height}"}
    segments = _metadata_segments(image, metadata)
    notes: list[str] = []
    unread: list[Skip] = []
    if engine() is None:
        unread.append(Skip("not-inspected", "image", unavailable_reason()))
        return Extracted(tuple(segments), metadata, tuple(notes), tuple(unread))
    frames = getattr(image, "n_frames", 1)
    pages = min(frames, limits.max_ocr_pages)
    if frames > pages:
        notes.append(f"OCR read the first {pages} of {frames} pages")
        unread.append(
            Skip(
                "limit", f"pages {pages + 1}–{frames}", f"beyond the OCR page limit ({limits.max_ocr_pages})"
            )
        )
    for index, frame in enumerate(ImageSequence.Iterator(image)):
        if index >= pages:
            break
        try:
            pieces, cut = strips(frame)
            pngs = [prepare(piece) for piece in pieces]
        except (OSError, ValueError, SyntaxError) as exc:  # truncated or corrupt pixel data
            if index == 0:
                raise ExtractionError(f"corrupt image: pixel data cannot be decoded ({exc})") from exc
            unread.append(Skip("unreadable", f"page {index + 1}", f"pixel data cannot be decoded ({exc})"))
            continue
        if cut:
            unread.append(
                Skip("limit", f"page {index + 1}", f"a long picture, read in its first {MAX_STRIPS} pieces")
            )
        try:
            reading = Reading.joined([read_page(png, limits.ocr_timeout_seconds) for png in pngs])
            text = reading.text
        except OcrUnavailable as exc:  # pragma: no cover - engine() said it was there
            unread.append(Skip("not-inspected", "image", str(exc)))
            break
        except OcrFailed as exc:
            unread.append(Skip("unreadable", f"page {index + 1}", str(exc)))
            continue
        garbled = undecoded(frame, text)
        if garbled:
            unread.append(
                Skip("unreadable", f"page {index + 1}", f"pixel data cannot be decoded ({garbled})")
            )
            continue
        doubt = reading.doubt()
        if doubt:  # what was read is still judged: a recipe half read is still flagged
            unread.append(Skip("unreadable", f"page {index + 1}", doubt))
        if text.strip():
            segments.append(page_segment(text, index + 1, part="OCR"))
    metadata["ocr"] = engine().description  # type: ignore[union-attr]
    if not unread and not any(s.location.part == "OCR" for s in segments):
        # a picture without words (a photo, a logo) holds no technology text to read
        notes.append("OCR found no text in the image")
        return Extracted(tuple(segments), metadata, tuple(notes), tuple(unread))
    return require_text(Extracted(tuple(segments), metadata, tuple(notes), tuple(unread)), "this image")


def _metadata_segments(image, metadata: dict[str, str]) -> list[Segment]:
    found: dict[str, str] = {}
    try:
        exif = image.getexif()
    except Exception:  # broken EXIF blocks are common; the pixels may still be fine
        exif = {}
    for tag, key in _EXIF_TEXT.items():
        value = exif.get(tag)
        if isinstance(value, bytes):
            value = decode_short(value)
        elif isinstance(value, str):
            value = _exif_text(value)
        if isinstance(value, str) and value.strip("\x00 ").strip():
            found[key] = value.strip("\x00 ").strip()
    for tag, key in _EXIF_XP.items():
        value = exif.get(tag)
        if isinstance(value, tuple):
            value = bytes(value)
        if isinstance(value, bytes):
            text = value.decode("utf-16-le", "replace").strip("\x00 ").strip()
            if text:
                found[key] = text
    try:
        comment = exif.get_ifd(_EXIF_IFD).get(_USER_COMMENT) if hasattr(exif, "get_ifd") else None
    except Exception:
        comment = None
    if isinstance(comment, bytes) and len(comment) > 8:
        if comment[:8].startswith(b"UNICODE"):  # UCS-2 in the byte order of the EXIF block
            raw_exif = image.info.get("exif")
            big = isinstance(raw_exif, bytes) and raw_exif[6:8] == b"MM"
            body = comment[8:]
            text = body.decode("utf-16-be" if big else "utf-16-le", "replace")
            if body[:2] in (b"\xff\xfe", b"\xfe\xff"):  # a byte-order mark says it itself
                text = body.decode("utf-16", "replace")
        else:
            text = decode_short(comment[8:])
        text = text.strip("\x00 \ufeff").strip()
        if text:
            found["user-comment"] = text
    for key, value in image.info.items():  # PNG tEXt/iTXt chunks, JPEG and GIF comments, XMP
        name = str(key).lower()
        if isinstance(value, bytes) and name in ("xmp", "xml:com.adobe.xmp", "comment"):
            value = decode_short(value)
        if not isinstance(value, str) or not value.strip():
            continue
        if name in ("xmp", "xml:com.adobe.xmp"):
            attributes = [a or b for a, b in _XMP_ATTRIBUTE.findall(value)]
            words = " ".join(" ".join([_TAG.sub(" ", value), *attributes]).split())
            if words:
                found["xmp"] = words
        elif name not in _NOT_TEXT_KEYS and not name.startswith(("raw profile", "icc")):
            found[name] = value.strip()
    segments = []
    for key, value in found.items():
        metadata[key] = value
        segments.append(Segment(f"{key}: {value}", Location(part=f"metadata:{key}")))
    return segments
