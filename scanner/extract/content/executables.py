"""Programs: ELF, PE/NE/LE/LX (`MZ`), Mach-O universal or Java class (`CAFEBABE`), Python
bytecode, Android Dalvik."""

from __future__ import annotations

from scanner.extract.content.fields import u16be, u32be, u32le


def elf(head: bytes, data: bytes | None) -> bool:
    return len(head) >= 7 and head[4] in (1, 2) and head[5] in (1, 2) and head[6] == 1


def pe(head: bytes, data: bytes | None) -> bool:
    """MZ, and at `e_lfanew` a Windows (PE), OS/2 (NE, LX) or VxD (LE) header."""
    offset = u32le(head, 0x3C)
    content = data if data is not None else head
    if offset < 0x40 or offset + 4 > len(content):
        return False
    signature = content[offset : offset + 4]
    return signature == b"PE\x00\x00" or signature[:2] in (b"NE", b"LE", b"LX")


def cafebabe(head: bytes, data: bytes | None) -> bool:
    """A Mach-O universal binary (a few architectures follow) or a Java class (major version
    45 = Java 1.1 on): both are programs."""
    return 1 <= u32be(head, 4) <= 30 or 45 <= u16be(head, 6) <= 100


def pyc(head: bytes, data: bytes | None) -> bool:
    number = head[0] | head[1] << 8 if len(head) >= 2 else 0
    return 3000 <= number < 4000 or 20000 <= number <= 62211


def dex(head: bytes, data: bytes | None) -> bool:
    return head[4:7].isdigit() and head[7:8] == b"\x00"  # "dex\n035\0"
