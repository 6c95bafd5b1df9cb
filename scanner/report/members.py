"""Which verdicts of a report are members of a container, and which of them are files.

A container (a zip, a tar, an e-mail; a document with embedded objects) is reported first, then
each of its members as `outer.zip!inner/a.docx`. A file whose own name holds a `!` (URGENT!.txt,
Final!/notes.txt) is no member: it is told apart by the order of the verdicts, not by the `!`
alone. A member follows the container it is in, and its path begins with the container's path
and a `!`."""

from __future__ import annotations

from scanner.crawl.embedded_objects import EMBEDDING_PACKAGES
from scanner.extract.formats import CONTAINER_TYPES
from scanner.types import Verdict

#: the file types whose verdicts may be followed by members
HOLDING_TYPES = frozenset({*CONTAINER_TYPES, *EMBEDDING_PACKAGES, "email"})


class Members:
    """Fed each verdict in the order of the scan, says which container each one is in."""

    def __init__(self) -> None:
        self._top: str | None = None  # the last top-level verdict that may hold members

    def container_of(self, v: Verdict) -> str | None:
        """The path of the top-level file `v` is a member of, or None when `v` is a file."""
        top = self._top
        if top is not None and v.path.startswith(top + "!"):
            return top
        self._top = v.path if (v.file_type or "") in HOLDING_TYPES else None
        return None
