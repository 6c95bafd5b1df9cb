"""Outlook's TNEF (`winmail.dat`): its body and attachments are read like an e-mail's, and a
stream that does not parse is said, never taken for a complete message."""

from __future__ import annotations

import random
import struct
from email.message import EmailMessage

import pytest
from compressed_rtf import compress

from scanner.config import Limits
from scanner.crawl.containers import ContainerError, Member, Message
from scanner.crawl.tnef import SIGNATURE, tnef_members
from scanner.extract.registry import type_of

SPEC = (
    "烧结钕铁硼工艺规程：氢破吸氢0.1 MPa，脱氢550℃×6 h；气流磨D50 3.0 μm；"
    "磁场取向成型2.0 T；真空烧结1060℃×4 h；一级回火900℃×2 h，二级回火500℃×3 h。"
)
MEMO = "Team lunch on Friday at noon. Please confirm by Thursday."

# attribute ids as Outlook writes them (type << 16 | id) and MAPI property types
SUBJECT, BODY, OEM_CODEPAGE = 0x00018004, 0x0002800C, 0x00069007
REND_DATA, TITLE, DATA = 0x00069002, 0x00018010, 0x0006800F
MSG_PROPS, ATTACH_PROPS = 0x00069003, 0x00069005
STRING8, UNICODE, BINARY, OBJECT, INT32 = 0x001E, 0x001F, 0x0102, 0x000D, 0x0003
IID_MESSAGE = bytes.fromhex("0703020000000000c000000000000046")


def attribute(level: int, attr: int, value: bytes) -> bytes:
    return struct.pack("<BII", level, attr, len(value)) + value + struct.pack("<H", sum(value) & 0xFFFF)


def props(*items: tuple[int, int, object]) -> bytes:
    """A MAPI property list of (type, id, value): strings, bytes or a 32-bit integer."""
    out = struct.pack("<I", len(items))
    for ptype, pid, value in items:
        out += struct.pack("<HH", ptype, pid)
        if ptype == INT32:
            out += struct.pack("<I", value)
            continue
        raw = value.encode("utf-16-le") + b"\0\0" if ptype == UNICODE else value
        raw = raw.encode("cp1252") + b"\0" if isinstance(raw, str) else raw
        raw = raw + b"\0" if ptype == STRING8 and not raw.endswith(b"\0") else raw
        out += struct.pack("<II", 1, len(raw)) + raw + b"\0" * (-len(raw) % 4)
    return out


def tnef(*attributes: bytes) -> bytes:
    return SIGNATURE + struct.pack("<H", 0x1234) + b"".join(attributes)


def message(*, subject: str = "资料", body: list[tuple[int, int, object]] | None = None) -> bytes:
    return attribute(1, OEM_CODEPAGE, struct.pack("<II", 936, 0)) + attribute(
        1, MSG_PROPS, props((UNICODE, 0x0037, subject), *(body or []))
    )


def attachment(name: str, data: bytes, *, by_property: bool = False) -> bytes:
    head = attribute(2, REND_DATA, b"\x01\x00" + b"\xff" * 12)
    if by_property:  # attached as a data property only (no attAttachData)
        return head + attribute(2, ATTACH_PROPS, props((UNICODE, 0x3707, name), (BINARY, 0x3701, data)))
    return (
        head
        + attribute(2, TITLE, name.encode("gbk") + b"\0")
        + attribute(2, DATA, data)
        + attribute(2, ATTACH_PROPS, props((UNICODE, 0x3707, name), (INT32, 0x3705, 1)))
    )


def embedded(inner: bytes) -> bytes:
    """An attached message: an object property holding the message's own TNEF stream."""
    return (
        attribute(2, REND_DATA, b"\x01\x00" + b"\xff" * 12)
        + attribute(2, DATA, b"This attachment is a MAPI 1.0 embedded message")
        + attribute(
            2, ATTACH_PROPS, props((UNICODE, 0x3001, "FW: 工艺"), (OBJECT, 0x3701, IID_MESSAGE + inner))
        )
    )


def rtf_body(text: str) -> list[tuple[int, int, object]]:
    escaped = "".join(c if ord(c) < 128 else f"\\u{ord(c)}?" for c in text).replace("\n", "\\par ")
    rtf = "{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0 SimSun;}}\\f0\\fs20 " + escaped + "\\par}"
    return [(BINARY, 0x1009, compress(rtf.encode("ascii")))]


def by_path(verdicts):
    return {v.path: v for v in verdicts}


def in_mail(payload: bytes, body: str = "") -> bytes:
    """An e-mail as Exchange sends a rich-text message: a bare body and winmail.dat."""
    msg = EmailMessage()
    msg["From"] = "li@example.cn"
    msg["To"] = "partner@example.de"
    msg["Subject"] = "资料"
    msg.set_content(body)
    msg.add_attachment(payload, maintype="application", subtype="ms-tnef", filename="winmail.dat")
    return msg.as_bytes()


SHOULD_FLAG = {
    "plain body": tnef(message(body=[(UNICODE, 0x1000, SPEC)])),
    "legacy body": tnef(
        attribute(1, OEM_CODEPAGE, struct.pack("<II", 936, 0)),
        attribute(1, SUBJECT, b"spec\0"),
        attribute(1, BODY, SPEC.encode("gbk")),
    ),
    "compressed RTF body": tnef(message(body=rtf_body(SPEC))),
    "HTML body": tnef(message(body=[(BINARY, 0x1013, f"<html><body><p>{SPEC}</p></body></html>".encode())])),
    "attachment": tnef(message(body=[(UNICODE, 0x1000, MEMO)]), attachment("工艺.txt", SPEC.encode())),
    "attachment by property": tnef(message(), attachment("spec.txt", SPEC.encode(), by_property=True)),
    # Outlook shows the recipient the RTF or HTML body: a harmless plain one hides nothing
    "harmless plain body, RTF body with the route": tnef(
        message(body=[(UNICODE, 0x1000, MEMO), *rtf_body(SPEC)])
    ),
    # the route's words, shuffled, as the plain body: the rich body's phrases are read all the same
    "the route's words shuffled as the plain body, the route as the RTF body": tnef(
        message(body=[(UNICODE, 0x1000, "".join(sorted(SPEC))), *rtf_body(SPEC)])
    ),
    "harmless plain body, HTML body with the route": tnef(
        message(body=[(UNICODE, 0x1000, MEMO), (BINARY, 0x1013, f"<p>{SPEC}</p>".encode())])
    ),
    # Chinese bytes under a Western code page (a mailer that labelled them wrong)
    "GBK under code page 1252": tnef(
        attribute(1, OEM_CODEPAGE, struct.pack("<II", 1252, 0)),
        attribute(1, MSG_PROPS, props((STRING8, 0x1000, SPEC.encode("gbk")))),
    ),
    "attached message": tnef(
        message(body=[(UNICODE, 0x1000, MEMO)]), embedded(tnef(message(body=[(UNICODE, 0x1000, SPEC)])))
    ),
}
SHOULD_NOT_FLAG = {
    "plain memo": tnef(message(body=[(UNICODE, 0x1000, MEMO)])),
    "memo with a memo attached": tnef(message(body=rtf_body(MEMO)), attachment("lunch.txt", MEMO.encode())),
}


def test_tnef_is_told_by_its_signature() -> None:
    assert type_of("winmail.dat", SHOULD_FLAG["plain body"]) == "tnef"
    assert type_of("anything.bin", SHOULD_FLAG["plain body"]) == "tnef"


@pytest.mark.parametrize("name", SHOULD_FLAG)
def test_should_flag_in_winmail_dat(scanner, name: str) -> None:
    out = by_path(scanner.scan_bytes_all("mail.eml", in_mail(SHOULD_FLAG[name], body=" ")))
    assert out["mail.eml"].verdict == "controlled", out["mail.eml"].reasons
    assert "magnet-manufacturing" in out["mail.eml"].categories
    assert out["mail.eml!winmail.dat"].file_type == "tnef"


@pytest.mark.parametrize("name", SHOULD_NOT_FLAG)
def test_should_not_flag_in_winmail_dat(scanner, name: str) -> None:
    out = by_path(scanner.scan_bytes_all("mail.eml", in_mail(SHOULD_NOT_FLAG[name], body="FYI")))
    assert out["mail.eml"].verdict == "clear", out["mail.eml"].reasons


def test_the_attachment_is_a_member_named_by_its_long_name(scanner) -> None:
    out = by_path(scanner.scan_bytes_all("mail.eml", in_mail(SHOULD_FLAG["attachment"])))
    assert out["mail.eml!winmail.dat!工艺.txt"].verdict == "controlled"
    evidence = out["mail.eml"].evidence
    assert any(e.location.startswith("winmail.dat: 工艺.txt: line 1") for e in evidence), evidence


def test_the_body_is_read_as_the_message_with_its_headers() -> None:
    found = list(tnef_members(SHOULD_FLAG["compressed RTF body"], Limits()))
    assert len(found) == 1 and isinstance(found[0], Message)
    assert found[0].text.startswith("Subject: 资料\n")
    assert "真空烧结1060℃×4 h" in found[0].text


def test_not_tnef_is_a_container_error() -> None:
    with pytest.raises(ContainerError):
        list(tnef_members(b"PK\x03\x04 not a tnef stream", Limits()))


def _gaps(data: bytes) -> list[str]:
    return [m.skip.detail for m in tnef_members(data, Limits()) if isinstance(m, Member) and m.skip]


HOSTILE = {
    # a plain body beside an RTF body that cannot be decompressed: the RTF one is unread
    "plain body, broken RTF body": tnef(
        message(body=[(UNICODE, 0x1000, MEMO), (BINARY, 0x1009, rtf_body(SPEC)[0][2][:30])])
    ),
    # an attribute that claims more bytes than follow
    "cut short": SHOULD_FLAG["attachment"][:-40],
    # a level that is neither the message's nor an attachment's
    "unknown level": tnef(message(body=[(UNICODE, 0x1000, MEMO)]), attribute(7, DATA, b"x" * 20)),
    # a property of a type MAPI does not have
    "unknown property type": tnef(
        attribute(1, MSG_PROPS, struct.pack("<IHH", 1, 0x0999, 0x1000) + b"\0" * 8)
    ),
    # a list that claims more properties than its bytes hold
    "property count": tnef(
        attribute(1, MSG_PROPS, struct.pack("<I", 50) + props((UNICODE, 0x1000, MEMO))[4:])
    ),
    # a huge property count
    "huge property count": tnef(attribute(1, MSG_PROPS, struct.pack("<I", 2**31))),
    # a value longer than its list
    "value past its list": tnef(attribute(1, MSG_PROPS, struct.pack("<IHHII", 1, UNICODE, 0x1000, 1, 10**6))),
    # a compressed RTF body that does not decompress
    "compressed RTF with a wrong CRC": tnef(
        message(
            body=[(BINARY, 0x1009, b"\x10\x00\x00\x00\x40\x00\x00\x00LZFu\x12\x34\x56\x78" + b"\xff" * 8)]
        )
    ),
    "compressed RTF that is no RTF": tnef(
        message(body=[(BINARY, 0x1009, b"\x10\x00\x00\x00\x40\x00\x00\x00LZFu" + b"\0" * 8)])
    ),
}


@pytest.mark.parametrize("name", HOSTILE)
def test_a_stream_that_does_not_parse_is_said(scanner, name: str) -> None:
    assert _gaps(HOSTILE[name]), name
    out = by_path(scanner.scan_bytes_all("mail.eml", in_mail(HOSTILE[name], body="FYI")))
    assert out["mail.eml"].verdict in ("review", "controlled"), out["mail.eml"].reasons
    assert any(s.unread for s in out["mail.eml!winmail.dat"].skipped)


def test_a_tail_too_short_for_an_attribute_is_nothing() -> None:
    assert not _gaps(SHOULD_NOT_FLAG["plain memo"] + b"\x00\x8f\x3c\x0a")


def test_attachments_are_held_to_the_container_limits() -> None:
    data = tnef(message(), *(attachment(f"m{i}.txt", MEMO.encode()) for i in range(5)))
    found = [m for m in tnef_members(data, Limits(max_members=3)) if isinstance(m, Member)]
    assert [m.name for m in found if m.data] == ["m0.txt", "m1.txt", "m2.txt"]
    assert any(m.skip and "member limit" in m.skip.detail for m in found)
    big = [m for m in tnef_members(data, Limits(max_member_bytes=10)) if isinstance(m, Member)]
    assert all(m.data is None and "too large" in (m.problem or "") for m in big)


@pytest.mark.parametrize("name", ["../../etc/cron.d/x", "/abs/path.txt"])
def test_a_hostile_attachment_name_is_refused(name: str) -> None:
    found = [
        m
        for m in tnef_members(tnef(message(), attachment(name, MEMO.encode())), Limits())
        if isinstance(m, Member)
    ]
    assert found[0].data is None and "member" in (found[0].problem or "")


def test_damaged_streams_never_raise() -> None:
    """Bytes flipped and streams cut anywhere: members, gaps and a message, never an exception
    but ContainerError's (`tnef_members` promises nothing else to its caller)."""
    rng = random.Random(11)
    seeds = [*SHOULD_FLAG.values(), *HOSTILE.values()]
    for _ in range(400):
        data = bytearray(rng.choice(seeds))
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(6, len(data))] = rng.randrange(256)
        data = bytes(data[: rng.randint(6, len(data))])
        found = list(tnef_members(data, Limits()))
        assert isinstance(found[-1], Message)


def test_a_body_repeated_in_another_form_is_read_once() -> None:
    """The RTF body that says what the plain one says adds only its lines that say more."""
    both = tnef(message(body=[(UNICODE, 0x1000, SPEC), *rtf_body(SPEC + "\n附：二级回火后检测磁性能")]))
    (found,) = list(tnef_members(both, Limits()))
    assert found.text.count("真空烧结1060℃") == 1
    assert "附：二级回火后检测磁性能" in found.text


def test_a_shuffled_plain_body_does_not_hide_the_rich_bodys_phrases() -> None:
    """Each other body's line is kept when it holds a word or two words side by side that the
    bodies before it do not: the same words shuffled do not make "strip casting" seen."""
    from scanner.crawl.tnef import _new_lines

    route = "strip casting at 1.5 m/s then hydrogen decrepitation"
    salad = " ".join(sorted(route.split()))
    assert _new_lines([salad, route]) == [salad, route]
    assert _new_lines([route, route]) == [route]
