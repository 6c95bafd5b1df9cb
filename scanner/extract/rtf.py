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
from scanner.types import Skip

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
        # the document's properties (File > Properties), custom ones too
        "info",
        "title",
        "subject",
        "author",
        "operator",
        "keywords",
        "comment",
        "doccomm",
        "company",
        "manager",
        "category",
        "hlinkbase",
        "userprops",
        "propname",
        "staticval",
        # an object's shown result (its data, `objdata`, is read as a member: embedded_objects)
        "object",
        "result",
    }
)
#: a comment, and a shape holding a text box, are written as ignorable destinations
#: (`{\\*\\annotation …}`, `{\\*\\shpinst … {\\shptxt …}}`): read as plain ones
_IGNORABLE_TEXT = re.compile(r"\{\\\*\\(annotation|shpinst|company|manager|category|hlinkbase|userprops)\b")
#: a shape's properties (`{\\sp{\\sn fillColor}{\\sv 255}}`): no text of the document
_SKIPPED_TOO = frozenset({"sp"})


#: picture kinds read, and the suffix their data is read as
_SUFFIX = {"pngblip": ".png", "jpegblip": ".jpg", "emfblip": ".emf", "wmetafile": ".wmf"}
#: picture kinds written as device-dependent bitmaps, which are not read: recorded as such
_UNREAD_KINDS = ("dibitmap", "wbitmap", "macpict", "pmmetafile")
_PICT = re.compile(r"\\pict(?![a-z])")
_CONTROL = re.compile(r"\\([a-z]+)(-?\d+)? ?")
_HEX = frozenset("0123456789abcdefABCDEF")


def _pict_group(raw: str, at: int) -> tuple[str | None, str, int]:
    """The picture whose `\\pict` stands at `at`: its kind (None if it names none), its hex
    digits (those of the group itself, not of nested groups such as `{\\*\\blipuid …}`), and
    where its group ends. One pass over the characters: a hostile file cannot make it slow."""
    depth, i, n = 0, at, len(raw)
    kind: str | None = None
    digits: list[str] = []
    while i < n:
        c = raw[i]
        if c == "{":
            depth += 1
            i += 1
        elif c == "}":
            if depth == 0:
                return kind, "".join(digits), i + 1
            depth -= 1
            i += 1
        elif c == "\\":
            m = _CONTROL.match(raw, i)
            if m is None:
                i += 2
                continue
            word = m.group(1)
            if depth == 0 and kind is None and (word in _SUFFIX or word.startswith(_UNREAD_KINDS)):
                kind = word
            i = m.end()
        else:
            if depth == 0 and c in _HEX:
                digits.append(c)
            i += 1
    return kind, "".join(digits), n


def _pictures(raw: str) -> tuple[bytes | None, list[Skip]]:
    """The document's pictures as the media folder of a zip, for `with_embedded_ocr`, and a
    gap for each picture of a kind that is not read."""
    import binascii
    import io
    import zipfile

    found: list[tuple[str, bytes]] = []
    gaps: list[Skip] = []
    position = 0
    while (m := _PICT.search(raw, position)) is not None:
        kind, digits, position = _pict_group(raw, m.end())
        number = len(found) + len(gaps) + 1
        if kind is None or kind not in _SUFFIX:
            gaps.append(
                Skip("not-inspected", f"picture {number}", f"RTF picture ({kind or 'no kind'}) not read")
            )
            continue
        try:
            data = binascii.unhexlify(digits[: len(digits) // 2 * 2])
        except binascii.Error:
            gaps.append(Skip("unreadable", f"picture {number}", "RTF picture data is not hex"))
            continue
        if data:
            found.append((f"media/picture{number}{_SUFFIX[kind]}", data))
    if not found:
        return None, gaps
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        for name, data in found:
            zf.writestr(name, data)
    return buf.getvalue(), gaps


def extract_rtf(source: Source) -> Extracted:
    from scanner.extract.embedded import with_embedded_ocr
    from scanner.extract.errors import NoText

    raw, encoding = decode_bytes(source.read())
    try:
        extracted = _text(raw, encoding)
    except NoText:
        extracted = Extracted((), {"encoding": encoding})
    if "\\pict" in raw:
        pictures, gaps = _pictures(raw)
        if pictures is not None:
            extracted = with_embedded_ocr(pictures, extracted, source.limits)
        if gaps:
            extracted = extracted.plus(*gaps)
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
