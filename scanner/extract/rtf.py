"""RTF with striprtf: the text of the document, by line, its comments (annotations),
footnotes, headers and footers included: striprtf drops them as destinations it does not
print, but Word shows them and the file carries them."""

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


def extract_rtf(source: Source) -> Extracted:
    from striprtf import striprtf
    from striprtf.striprtf import rtf_to_text

    # striprtf reads its module's set of skipped destinations: the text ones are taken out of it
    striprtf.destinations = frozenset((striprtf.destinations - TEXT_DESTINATIONS) | _SKIPPED_TOO)
    raw, encoding = decode_bytes(source.read())
    raw = _IGNORABLE_TEXT.sub(r"{\\\1", raw)
    try:
        text = rtf_to_text(raw, errors="ignore")
    except Exception as exc:  # malformed control words
        raise ExtractionError(f"corrupt RTF: {type(exc).__name__}: {exc}") from exc
    return require_text(
        Extracted(tuple(lines_to_segments(text)), {"encoding": encoding}), "this RTF document"
    )
