"""Editing OOXML packages part by part, for the tests of the XML readers."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest

from scanner.extract.base import Extracted, Source
from scanner.extract.opc import Unsupported


def edit(data: bytes, part: str, change: Callable[[str], str] | None) -> bytes:
    """The package with `part` changed (or removed, `change` None)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename == part and change is None:
                continue
            body = source.read(info.filename)
            if info.filename == part and change is not None:
                body = change(body.decode("utf-8")).encode("utf-8")
            target.writestr(info, body)
    return out.getvalue()


def compare_readers(
    fast: Callable[[bytes], object],
    extract: Callable[[Source], Extracted],
    library: Callable[[bytes], Extracted],
    data: bytes,
    name: str,
    handed_over: bool = False,
) -> None:
    """The extractor of `data` (its file `name`) gives what the library's reader gives, to the
    last segment, or fails as it fails. The fast reader reads `data` itself, or (`handed_over`)
    refuses it (`Unsupported`) so that the library reads it."""
    if handed_over:
        with pytest.raises(Unsupported):
            fast(data)
    else:
        fast(data)  # it raises nothing
    try:
        reference = library(data)
    except Exception as exc:  # the library refuses it: so does the extractor, the same way
        assert handed_over, exc
        with pytest.raises(type(exc)):
            extract(Source(name, data))
        return
    extracted = extract(Source(name, data))
    assert extracted == reference
    assert extracted.segments or handed_over
