"""Fonts: a TrueType/OpenType table directory, a font collection, WOFF/WOFF2."""

from __future__ import annotations

from scanner.extract.content.fields import u16be, u32be

#: Tables every TrueType/OpenType font has (at least one of them is among the first listed).
_SFNT_TABLES = {b"head", b"hhea", b"maxp", b"cmap", b"name", b"post", b"OS/2", b"glyf", b"loca", b"CFF "}
_SFNT_FLAVOURS = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")


def sfnt(head: bytes, data: bytes | None) -> bool:
    """A font's table directory: a sane table count, then 16-byte records with ASCII tags."""
    count = u16be(head, 4)
    if not 1 <= count <= 512:
        return False
    tags = [head[12 + 16 * i : 16 + 16 * i] for i in range(min(count, (len(head) - 12) // 16))]
    if not tags or not all(len(t) == 4 and all(0x20 <= c <= 0x7E for c in t) for t in tags):
        return False
    return any(t in _SFNT_TABLES for t in tags)


def woff(head: bytes, data: bytes | None) -> bool:
    return head[4:8] in _SFNT_FLAVOURS and u16be(head, 12) > 0 and head[14:16] == b"\x00\x00"


def ttc(head: bytes, data: bytes | None) -> bool:
    return head[4:8] in (b"\x00\x01\x00\x00", b"\x00\x02\x00\x00") and 1 <= u32be(head, 8) <= 4096
