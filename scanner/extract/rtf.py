"""RTF with striprtf: the text of the document, by line."""

from __future__ import annotations

from scanner.extract.base import Extracted, Source, require_text
from scanner.extract.decode import decode_bytes
from scanner.extract.errors import ExtractionError
from scanner.extract.text import lines_to_segments


def extract_rtf(source: Source) -> Extracted:
    from striprtf.striprtf import rtf_to_text

    raw, encoding = decode_bytes(source.read())
    try:
        text = rtf_to_text(raw, errors="ignore")
    except Exception as exc:  # malformed control words
        raise ExtractionError(f"corrupt RTF: {type(exc).__name__}: {exc}") from exc
    return require_text(
        Extracted(tuple(lines_to_segments(text)), {"encoding": encoding}), "this RTF document"
    )
