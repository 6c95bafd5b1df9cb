"""Objects embedded in RTF (`\\objdata`, OLE1) are members of the document, read as an Office
package's embedded objects are (found by an exploratory test: a recipe in a Word document
embedded in an RTF came out clear, with nothing recorded as unread)."""

from __future__ import annotations

import struct

import pytest

from scanner.config import Limits
from scanner.crawl.rtf_objects import has_rtf_objects, rtf_objects

RECIPE = "烧结钕铁硼工艺：真空烧结1060℃保温4 h，一级回火900℃ 2 h，二级回火500℃ 3 h；气流磨D50 3.2 μm。"


def _name(text: str) -> bytes:
    raw = text.encode("latin-1") + b"\x00"
    return struct.pack("<I", len(raw)) + raw


def ole1(class_name: str, native: bytes, linked: bool = False) -> bytes:
    """An OLE1 object (MS-OLEDS 2.2.4): version, format, class, topic and item names, native data."""
    head = struct.pack("<II", 0x0501, 1 if linked else 2) + _name(class_name) + _name("") + _name("")
    return head + (b"" if linked else struct.pack("<I", len(native)) + native)


def packaged(label: str, data: bytes) -> bytes:
    """The native data of a Packager object: signature, label, source path, reserved, temporary
    path, then the file."""
    temp = b"C:\\Temp\\" + label.encode() + b"\x00"
    return (
        b"\x02\x00" + label.encode() + b"\x00" + b"C:\\" + label.encode() + b"\x00"
        + b"\x00\x00\x03\x00" + struct.pack("<I", len(temp)) + temp
        + struct.pack("<I", len(data)) + data
    )  # fmt: skip


def rtf_with(objects: list[bytes]) -> bytes:
    groups = b"".join(
        rb"{\object\objemb{\*\objclass Package}{\*\objdata " + obj.hex().encode() + rb"}}" for obj in objects
    )
    return rb"{\rtf1\ansi\pard Meeting at noon.\par " + groups + rb"}"


def test_an_attached_file_in_an_rtf_is_a_member_and_read(scanner) -> None:
    data = rtf_with([ole1("Package", packaged("recipe.txt", RECIPE.encode("utf-8")))])
    verdicts = {v.path: v for v in scanner.scan_bytes_all("memo.rtf", data)}
    assert verdicts["memo.rtf!object1/recipe.txt"].verdict == "controlled"
    assert verdicts["memo.rtf"].verdict == "controlled"  # as severe as its worst part


@pytest.mark.parametrize(
    ("objects", "members"),
    [
        ([ole1("Package", packaged("a.txt", b"x"))], ["object1/a.txt"]),
        ([ole1("Excel.Sheet.8", b"", linked=True)], []),  # a link: nothing of it is in the file
        ([b"\x01\x05\x00\x00\x02\x00\x00\x00\xff\xff\xff\x7f"], ["object1"]),  # damaged: said so
        (
            [ole1("Package", packaged("a.txt", b"x")).replace(b"\x02\x00\x00\x00", b"\x03\x00\x00\x00", 1)],
            ["object1"],
        ),  # an unknown format: damaged, said so
    ],
)
def test_rtf_objects(objects: list[bytes], members: list[str]) -> None:
    data = rtf_with(objects)
    assert has_rtf_objects(data)
    found = list(rtf_objects(data, Limits()))
    assert [m.name for m in found] == members
    assert all((m.data is None) == (m.problem is not None) for m in found)


def test_a_plain_rtf_has_no_objects() -> None:
    assert not has_rtf_objects(rb"{\rtf1\ansi\pard Meeting at noon.\par}")
