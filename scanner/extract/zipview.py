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

The parts are read the same way: the bomb guard looks at every XML part before the reader reads
it, and several readers read the content types and relationships again. A part that such an
archive reads whole is decompressed straight from the bytes (as `part_head` does), checked
against its length and CRC as `ZipFile.read` checks it, and remembered for the same bytes
object, so that the next read of it is a look-up; a part that fails a check, or that is not
stored or deflated, is read by `ZipFile.read`, which raises where it always did.
"""

from __future__ import annotations

import copy
import io
import struct
import threading
import zipfile
import zlib
from typing import IO

#: files larger than this are not remembered (the bytes are kept alive until the next file)
MAX_REMEMBERED = 32 * 1024 * 1024
#: parts larger than this are not remembered once read, nor more than MAX_PARTS of one file
MAX_PART = 1024 * 1024
MAX_PARTS = 16 * 1024 * 1024

_lock = threading.Lock()
#: the last bytes object opened and the attributes its directory parse set
_last: tuple[bytes, dict[str, object]] | None = None


class _Parts:
    """The parts read whole from one bytes object, by `_part_key`, and how many bytes they hold."""

    __slots__ = ("found", "held", "source")

    def __init__(self, source: bytes) -> None:
        self.source = source
        self.found: dict[tuple, bytes] = {}
        self.held = 0


#: the last bytes object whose parts were read, and those parts
_parts: _Parts | None = None


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

    def read(self, name: str | zipfile.ZipInfo, pwd: bytes | None = None) -> bytes:
        """`ZipFile.read`, a part read before over the same bytes given again, and a stored or
        deflated part decompressed straight from the bytes (`_whole`)."""
        if pwd is not None or self.mode != "r" or self.fp is None or len(self._source) > MAX_REMEMBERED:
            return super().read(name, pwd)
        info = name if isinstance(name, zipfile.ZipInfo) else self.getinfo(name)
        key = _part_key(info)
        found = _known(self._source, key)
        if found is not None:
            return found
        whole = _whole(self._source, info)
        if whole is None:
            return super().read(info, pwd)
        if len(whole) <= MAX_PART:
            _keep(self._source, key, whole)
        return whole


def _part_key(info: zipfile.ZipInfo) -> tuple:
    """Everything of a directory entry that decides what reading it gives (two entries may bear
    one name, or point at one local header)."""
    return (
        info.header_offset,
        info.orig_filename,
        info.compress_type,
        info.compress_size,
        info.file_size,
        info.CRC,
    )


def _known(source: bytes, key: tuple) -> bytes | None:
    """The part of `source` under `key` if it was read whole before and remembered."""
    known = _parts
    if known is not None and known.source is source:
        return known.found.get(key)
    return None


def _keep(source: bytes, key: tuple, part: bytes) -> None:
    global _parts
    with _lock:
        known = _parts
        if known is None or known.source is not source:
            known = _parts = _Parts(source)
        if known.held + len(part) <= MAX_PARTS:
            known.found[key] = part
            known.held += len(part)


def _whole(data: bytes, info: zipfile.ZipInfo) -> bytes | None:
    """The whole of a stored or deflated part, decompressed from `data`, when it has the length
    and CRC its directory entry gives; else None (`ZipFile.read` reads it, in its own words)."""
    raw = _raw(data, info)
    if raw is None:
        return None
    if info.compress_type == zipfile.ZIP_STORED:
        part = bytes(raw[: info.file_size])
    else:
        try:
            part = zlib.decompressobj(-15).decompress(raw, info.file_size + 1)
        except zlib.error:
            return None
    if len(part) != info.file_size or zlib.crc32(part) != info.CRC:
        return None
    return part


def _raw(data: bytes, info: zipfile.ZipInfo) -> memoryview | None:
    """The compressed bytes of an unencrypted stored or deflated part whose local header names
    it as the directory does; else None."""
    if info.flag_bits & 1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return None
    at = info.header_offset
    header = data[at : at + _LOCAL_HEADER.size]
    if len(header) != _LOCAL_HEADER.size:
        return None
    signature, name_length, extra_length = _LOCAL_HEADER.unpack(header)
    name = data[at + _LOCAL_HEADER.size : at + _LOCAL_HEADER.size + name_length]
    encoding = "utf-8" if info.flag_bits & 0x800 else "cp437"
    if signature != zipfile.stringFileHeader or name.decode(encoding, "replace") != info.orig_filename:
        return None
    start = at + _LOCAL_HEADER.size + name_length + extra_length
    return memoryview(data)[start : start + info.compress_size]


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
    """`archive.open(info).read(size)`: the first `size` bytes of a part. A part read whole
    before over the same bytes is cut from what was read; a stored or deflated part of an
    archive made by `open_zip` is decompressed straight from its bytes, only as far as `size`
    (opening a part through `ZipFile.open` costs more than reading the head of a small one);
    any other part, or a local header that is not what the directory says, goes through
    `ZipFile.open`, which raises where it would."""
    data = getattr(archive, "_source", None)
    if data is not None and size > 0:
        found = _known(data, _part_key(info))
        if found is not None:
            return found[:size]
        raw = _raw(data, info)
        if raw is not None:
            if info.compress_type == zipfile.ZIP_STORED:
                return bytes(raw[:size])
            try:
                return zlib.decompressobj(-15).decompress(raw, size)
            except zlib.error:
                pass  # ZipFile.open says it in its words
    with archive.open(info) as part:
        return part.read(size)


def part_stream(archive: zipfile.ZipFile, name: str) -> IO[bytes]:
    """A part to parse as a stream: what `read` gives for a part small enough to be remembered
    (the bomb guard has most often read it already), else `ZipFile.open`'s stream."""
    if isinstance(archive, _ZipFile) and archive.getinfo(name).file_size <= MAX_PART:
        return io.BytesIO(archive.read(name))
    return archive.open(name)
