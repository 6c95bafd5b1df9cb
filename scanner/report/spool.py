"""A JSON document whose long array is written as its entries come, without holding them.

A JSON report (`jsonfmt`) or a SARIF log (`sariffmt`) names the scan's end and summary before
or around its list of files or results, so it can only be written once the scan is over. Its
entries are kept until then as the text `json.dump(doc, indent=2)` would write for them (in
memory up to `SPOOL_BYTES`, then in a temporary file), not as objects: a sweep of hundreds of
thousands of files held kilobytes of Python objects a file. The document written is byte for
byte what `json.dump` writes of the same document with the array in place
(`tests/report/test_spool.py`)."""

from __future__ import annotations

import json
import secrets
import shutil
import tempfile
from typing import Any, TextIO

#: entries kept in memory up to this many bytes of text, then in a temporary file
SPOOL_BYTES = 16 * 1024 * 1024


class ArraySpool:
    """The entries of one array of a document, as text. `depth`: how deep the key that holds the
    array stands in the document (a key of the top-level object: 1)."""

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.count = 0
        self._prefix = "  " * (depth + 1)
        # closed by `dump`: it lives as long as the report, not one block
        self._file = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+", encoding="utf-8")  # noqa: SIM115
        #: what stands for the array in the document until it is written
        self.placeholder = f"spooled-array-{secrets.token_hex(16)}"

    def add(self, entry: Any) -> None:
        text = _indented(json.dumps(entry, ensure_ascii=False, indent=2), self._prefix)
        self._file.write((",\n" if self.count else "\n") + text)  # one write: no comma alone
        self.count += 1

    def dump(self, doc: dict[str, Any], out: TextIO) -> None:
        """Write `doc`, in which `placeholder` stands for this array (once), then close."""
        text = json.dumps(doc, ensure_ascii=False, indent=2)
        before, after = text.split(json.dumps(self.placeholder), 1)
        out.write(before)
        if self.count:
            out.write("[")
            self._file.seek(0)
            shutil.copyfileobj(self._file, out)
            out.write("\n" + "  " * self.depth + "]")
        else:
            out.write("[]")
        out.write(after)
        out.write("\n")
        self._file.close()


def _indented(text: str, prefix: str) -> str:
    """`text` (JSON: no line break inside a string) with `prefix` before each line, as
    `json.dump` indents a value nested in another."""
    return "\n".join(prefix + line for line in text.split("\n"))


class TextSpool:
    """Pieces of text kept in a temporary file (in memory up to `SPOOL_BYTES`), each read back by
    the place `add` gave it: the rows of a report that are sorted before they are written."""

    def __init__(self) -> None:
        # closed by `close`: it lives as long as the report, not one block
        self._file = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES, mode="w+b")  # noqa: SIM115
        self._end = 0

    def add(self, text: str) -> tuple[int, int]:
        """Keep `text`; its place (offset and length in bytes)."""
        data = text.encode("utf-8", "surrogatepass")
        self._file.seek(self._end)
        self._file.write(data)
        place = (self._end, len(data))
        self._end += len(data)
        return place

    def read(self, place: tuple[int, int]) -> str:
        offset, length = place
        self._file.seek(offset)
        return self._file.read(length).decode("utf-8", "surrogatepass")

    def close(self) -> None:
        self._file.close()
