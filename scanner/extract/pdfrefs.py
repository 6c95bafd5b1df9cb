"""Indirect references that come back on themselves, made finite for pdfminer.

pdfminer follows a chain of indirect references until it reaches an object that is not one
(`pdftypes.resolve1`, `resolve_all`, and `PDFDocument.__init__` on the trailer's /Info and
/Root). An object whose body is a reference to itself (`6 0 obj 6 0 R endobj`), or a ring of
such objects, is followed for ever: the reader ran until the scan's time limit stopped it, and
`scanner explain`, which has no time limit, never ended. `install` replaces
`PDFObjRef.resolve` with one that follows the chain itself, and gives what pdfminer gives for an
object that is not in the file (the caller's default) when the chain comes back to an object
it passed or is longer than `MAX_CHAIN`. A chain that ends is resolved as before, to its end
(pdfminer's own loops would have followed it there).
"""

from __future__ import annotations

import threading
from typing import Any

#: links followed before a chain is taken for a ring (no real file nests references this deep)
MAX_CHAIN = 64

_lock = threading.Lock()
_installed = False


def install() -> None:
    """Replaces `PDFObjRef.resolve`, once a process."""
    global _installed
    if _installed:
        return
    from pdfminer.pdftypes import PDFObjRef

    with _lock:
        if _installed:
            return
        one_step = PDFObjRef.resolve

        def resolve(self: PDFObjRef, default: object = None) -> Any:
            seen: set[int] = set()
            found: object = self
            while isinstance(found, PDFObjRef):
                if found.objid in seen or len(seen) >= MAX_CHAIN or found.doc is not self.doc:
                    return default
                seen.add(found.objid)
                found = one_step(found, default)
            return found

        resolve.__doc__ = one_step.__doc__
        PDFObjRef.resolve = resolve  # type: ignore[method-assign]
        _installed = True
