"""RTF with striprtf: the text of the document, by line, its comments (annotations),
footnotes, headers and footers included: striprtf drops them as destinations it does not
print, but Word shows them and the file carries them. Its pictures (`{\\pict\\pngblip …}`,
hex data) are read as an Office package's are (`embedded.py`): by OCR, or recorded as not read."""

from __future__ import annotations

import re

from scanner.extract.base import Extracted, Source, require_text
from scanner.extract.decode import decode_bytes
from scanner.extract.errors import ExtractionError
from scanner.extract.text import lines_to_segments

#: the destinations that hold document text, which striprtf would skip
TEXT_DESTINATIONS = frozenset(
    {
        "annotation",
        "footnote",
        "header",
        "headerf",
        "headerl",
        "headerr",
        "footer",
        "footerf",
        "footerl",
        "footerr",
        # a shape and its text box (`{\\shp{\\*\\shpinst … {\\shptxt …}}}`)
        "shp",
        "shpgrp",
        "shpinst",
        "shptxt",
    }
)
#: a comment, and a shape holding a text box, are written as ignorable destinations
#: (`{\\*\\annotation …}`, `{\\*\\shpinst … {\\shptxt …}}`): read as plain ones
_IGNORABLE_TEXT = re.compile(r"\{\\\*\\(annotation|shpinst)\b")
#: a shape's properties (`{\\sp{\\sn fillColor}{\\sv 255}}`): no text of the document
_SKIPPED_TOO = frozenset({"sp"})


#: a picture's kind and its hex data (`{\\pict{\\*\\picprop …}\\picw… \\pngblip 89504e47…}`)
_PICTURE = re.compile(
    r"\\(pngblip|jpegblip|emfblip|wmetafile\d*)\b[^{}]*?\s([0-9a-fA-F][0-9a-fA-F\s]{63,})\}"
)
_SUFFIX = {"pngblip": ".png", "jpegblip": ".jpg", "emfblip": ".emf"}


def _pictures(raw: str) -> bytes | None:
    """The document's pictures as the media folder of a zip, for `with_embedded_ocr`."""
    import binascii
    import io
    import zipfile

    found = []
    for i, m in enumerate(_PICTURE.finditer(raw), start=1):
        digits = "".join(m.group(2).split())
        try:
            data = binascii.unhexlify(digits[: len(digits) // 2 * 2])
        except binascii.Error:
            continue
        found.append((f"media/picture{i}{_SUFFIX.get(m.group(1), '.wmf')}", data))
    if not found:
        return None
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in found:
            zf.writestr(name, data)
    return buf.getvalue()


def extract_rtf(source: Source) -> Extracted:
    from scanner.extract.embedded import with_embedded_ocr
    from scanner.extract.errors import NoText

    raw, encoding = decode_bytes(source.read())
    try:
        extracted = _text(raw, encoding)
    except NoText:
        extracted = Extracted((), {"encoding": encoding})
    pictures = _pictures(raw) if "\\pict" in raw else None
    if pictures is not None:
        extracted = with_embedded_ocr(pictures, extracted, source.limits)
    return require_text(extracted, "this RTF document")


def _text(raw: str, encoding: str) -> Extracted:
    from striprtf import striprtf
    from striprtf.striprtf import rtf_to_text

    # striprtf reads its module's set of skipped destinations: the text ones are taken out of it
    striprtf.destinations = frozenset((striprtf.destinations - TEXT_DESTINATIONS) | _SKIPPED_TOO)
    raw = _IGNORABLE_TEXT.sub(r"{\\\1", raw)
    try:
        text = rtf_to_text(raw, errors="ignore")
    except Exception as exc:  # malformed control words
        raise ExtractionError(f"corrupt RTF: {type(exc).__name__}: {exc}") from exc
    return require_text(
        Extracted(tuple(lines_to_segments(text)), {"encoding": encoding}), "this RTF document"
    )
