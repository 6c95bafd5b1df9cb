"""Files written into a text as `data:` URIs (`<img src="data:image/png;base64,…">`): a
screenshot pasted into a webmail message or saved into an HTML page travels inside the text,
and is read like any attached picture or file."""

from __future__ import annotations

import base64
import binascii
import mimetypes
import re
from collections.abc import Iterator

_DATA_URI = re.compile(
    r"""\bdata:([a-z]+/[a-z0-9.+-]+)(?:;[a-z0-9=._-]+)*;base64,([A-Za-z0-9+/=\s]{16,})""", re.IGNORECASE
)
#: data URIs read from one text at most
MAX_DATA_URIS = 100


def data_uris(text: str) -> Iterator[tuple[str, str, bytes | None, str | None]]:
    """(name, media type, bytes, problem) of each base64 `data:` URI in `text`, at most
    `MAX_DATA_URIS` (then one more with the problem said)."""
    for number, m in enumerate(_DATA_URI.finditer(text), start=1):
        if number > MAX_DATA_URIS:
            yield f"inline-data-{number}+", "", None, f"past {MAX_DATA_URIS} data: URIs: not read"
            return
        mime = m.group(1).lower()
        name = f"inline-data-{number}{mimetypes.guess_extension(mime) or '.bin'}"
        try:
            yield name, mime, base64.b64decode(re.sub(r"\s+", "", m.group(2)) + "==", validate=False), None
        except (binascii.Error, ValueError) as exc:
            yield name, mime, None, f"data: URI cannot be decoded: {exc}"
