"""What every content check shares: its signature (`Check`) and the byte fields it reads."""

from __future__ import annotations

import struct
from collections.abc import Callable

#: A structural test on `(head, data)`: the file's first bytes, and its whole content when the
#: caller holds it (else None).
Check = Callable[[bytes, "bytes | None"], bool]


def u16be(b: bytes, i: int) -> int:
    return struct.unpack_from(">H", b, i)[0] if len(b) >= i + 2 else -1


def u32be(b: bytes, i: int) -> int:
    return struct.unpack_from(">I", b, i)[0] if len(b) >= i + 4 else -1


def u32le(b: bytes, i: int) -> int:
    return struct.unpack_from("<I", b, i)[0] if len(b) >= i + 4 else -1


def whitespace_only(rest: bytes) -> bool:
    return not rest.strip(b" \t\r\n\x00")
