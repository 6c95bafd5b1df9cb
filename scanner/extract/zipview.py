"""A zip archive over bytes whose central directory is parsed once per file, not once per look.

One OOXML or ODF file is opened as a zip six times on its way through the scanner: the type
sniffer, the decompression-bomb guard, the embedded-object and picture finders and the reader
each open their own `ZipFile` (each its own reader, and each closes its own). Parsing the central
directory of a 30-part package is most of what opening costs. `open_zip` remembers what that
parse gave for the last bytes object it was handed (that very object, not equal bytes) and
gives every later `ZipFile` over it the same directory, copied, so that no caller sees
another's changes.

What the parse gives is recorded as the attributes `ZipFile._RealGetContents` sets, whatever
they are in this Python version (compared before and after the call), not as a fixed list.
"""

from __future__ import annotations

import copy
import io
import struct
import threading
import zipfile
import zlib

#: files larger than this are not remembered (the bytes are kept alive until the next file)
MAX_REMEMBERED = 32 * 1024 * 1024

_lock = threading.Lock()
#: the last bytes object opened and the attributes its directory parse set
_last: tuple[bytes, dict[str, object]] | None = None


class _ZipFile(zipfile.ZipFile):
    """A reading `ZipFile` that takes its directory from `_last` when it is over the same bytes."""

    _source: bytes

    def _RealGetContents(self) -> None:
        last = _last
        if last is not None and last[0] is self._source:
            for name, value in last[1].items():
                setattr(self, name, _copied(value))
            return
        before = {name: _copied(value) for name, value in vars(self).items()}
        super()._RealGetContents()
        parsed = {
            name: _copied(value)
            for name, value in vars(self).items()
            if name not in before or _changed(before[name], value)
        }
        if len(self._source) <= MAX_REMEMBERED:
            _remember(self._source, parsed)


def _copied(value: object) -> object:
    """Lists and dicts (the directory, the name index) copied; anything else as it is."""
    return copy.copy(value) if isinstance(value, list | dict) else value


def _changed(before: object, after: object) -> bool:
    if isinstance(after, list | dict):
        return before != after
    return before is not after


def _remember(source: bytes, parsed: dict[str, object]) -> None:
    global _last
    with _lock:
        _last = (source, parsed)


def open_zip(data: bytes) -> zipfile.ZipFile:
    """`zipfile.ZipFile(io.BytesIO(data))`, its directory parsed once for the same `data`."""
    archive = _ZipFile.__new__(_ZipFile)
    archive._source = data
    archive.__init__(io.BytesIO(data))  # type: ignore[misc]
    return archive


_LOCAL_HEADER = struct.Struct("<4s22xHH")  # signature, …, name length, extra field length


def part_head(archive: zipfile.ZipFile, info: zipfile.ZipInfo, size: int) -> bytes:
    """`archive.open(info).read(size)`: the first `size` bytes of a part. A stored or deflated
    part of an archive made by `open_zip` is decompressed straight from its bytes, only as far
    as `size` (opening a part through `ZipFile.open` costs more than reading the head of a
    small one); any other part, or a local header that is not what the directory says, goes
    through `ZipFile.open`, which raises where it would."""
    data = getattr(archive, "_source", None)
    if (
        data is not None
        and size > 0
        and not info.flag_bits & 1
        and info.compress_type in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
    ):
        at = info.header_offset
        header = data[at : at + _LOCAL_HEADER.size]
        if len(header) == _LOCAL_HEADER.size:
            signature, name_length, extra_length = _LOCAL_HEADER.unpack(header)
            name = data[at + _LOCAL_HEADER.size : at + _LOCAL_HEADER.size + name_length]
            encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
            if (
                signature == zipfile.stringFileHeader
                and name.decode(encoding, "replace") == info.orig_filename
            ):
                start = at + _LOCAL_HEADER.size + name_length + extra_length
                raw = memoryview(data)[start : start + info.compress_size]
                if info.compress_type == zipfile.ZIP_STORED:
                    return bytes(raw[:size])
                try:
                    return zlib.decompressobj(-15).decompress(raw, size)
                except zlib.error:
                    pass  # ZipFile.open says it in its words
    with archive.open(info) as part:
        return part.read(size)
