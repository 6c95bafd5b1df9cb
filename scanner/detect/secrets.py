"""Secrets a document holds that no report may carry: the password of a URL's user information
(`https://alice:Hunter2@intranet/…`, `smb://CORP;carol:Winter2026!@server/share`). A report
quotes the text around each finding; where that text holds such a password, the password is
written as `***` (the scheme, the user and the host stay: where the recipe is said to be is
part of the evidence). Found by an exploratory test: the password came into every report,
with `--redact` too."""

from __future__ import annotations

import re

MASK = "***"
#: scheme://user:password@host — the password's span is group "password"
_URL_CREDENTIALS = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]{0,15}://[^\s/:@]*:(?P<password>[^\s/@]+)@")


def secret_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` holds a password, in order."""
    if "://" not in text:
        return []
    return [m.span("password") for m in _URL_CREDENTIALS.finditer(text)]


def masked_slice(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """`text[start:end]` with every part of it that lies in `spans` written as `MASK` (a
    password cut by the slice is masked as far as the slice holds it)."""
    out: list[str] = []
    at = start
    for lo, hi in spans:
        if hi <= start or lo >= end:
            continue
        out.append(text[at : max(lo, start)])
        out.append(MASK)
        at = min(hi, end)
    out.append(text[at:end])
    return "".join(out)
