"""Outlook's TNEF stream (`winmail.dat`, `application/ms-tnef`), read as a container: the
message's text (its subject and body: plain, HTML or compressed RTF) and its attachments, each
handed out as a member (`mail.eml!winmail.dat!recipe.xlsx`).

Exchange and Outlook wrap a message sent in "rich text" format this way: the e-mail that
reaches a gateway has a short plain body, or none, and one attachment, `winmail.dat`, that holds
the real body and every attached file. Read as an unknown binary it would hide all of them.

The format is Microsoft's [MS-OXTNEF]: a signature, a legacy key, then attributes, each
`level (1 byte) · id (4) · length (4) · data · checksum (2)`; level 1 belongs to the message, 2
to the attachment opened by the last `attAttachRendData`. Message and attachment properties
(`attMsgProps`, `attAttachment`) are MAPI property lists. Every length is checked against the
bytes that are there: a stream cut short, an unknown level or a property list that does not
parse is said (an unreadable part of the message), never guessed past, and what was read
before it is kept. Attachments go through the container's limits like an archive's members.
"""

from __future__ import annotations

import itertools
import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field

from scanner.config import Limits
from scanner.crawl.containers import ContainerError, Member, Message, _Budget, unsafe_name
from scanner.types import Skip

SIGNATURE = b"\x78\x9f\x3e\x22"

_MESSAGE, _ATTACHMENT = 1, 2

# attribute ids (the low 16 bits of the 32-bit id; the high ones give its type)
_SUBJECT = 0x8004
_BODY = 0x800C
_ATTACH_DATA = 0x800F
_ATTACH_TITLE = 0x8010
_ATTACH_REND_DATA = 0x9002
_MSG_PROPS = 0x9003
_ATTACHMENT_PROPS = 0x9005
_OEM_CODEPAGE = 0x9007

# MAPI properties read (property ids)
_PR_SUBJECT = 0x0037
#: what the message's own text starts with, as an e-mail's headers: (label, properties tried)
_HEADERS = (
    ("From", (0x0C1A, 0x0042)),  # the sender's name, the name it was sent for
    ("To", (0x0E04,)),
    ("Cc", (0x0E03,)),
    ("Subject", (0x0037, 0x0070, 0x0049)),  # subject, conversation topic, original subject
)
_PR_REPORT_TEXT = 0x1001  # a receipt's or report's own text
_PR_BODY = 0x1000
_PR_RTF_COMPRESSED = 0x1009
_PR_BODY_HTML = 0x1013
_PR_ATTACH_DATA = 0x3701  # binary (attached by value) or object (an embedded message, OLE)
_PR_ATTACH_FILENAME = 0x3704
_PR_ATTACH_LONG_FILENAME = 0x3707
_PR_DISPLAY_NAME = 0x3001

# MAPI property types: the size of a fixed-size value as TNEF writes it (padded to 4 bytes)
_FIXED = {
    0x0001: 0,  # PtypNull
    0x0002: 4,  # PtypInteger16
    0x0003: 4,  # PtypInteger32
    0x0004: 4,  # PtypFloating32
    0x0005: 8,  # PtypFloating64
    0x0006: 8,  # PtypCurrency
    0x0007: 8,  # PtypFloatingTime
    0x000A: 4,  # PtypErrorCode
    0x000B: 4,  # PtypBoolean
    0x0014: 8,  # PtypInteger64
    0x0040: 8,  # PtypTime
    0x0048: 16,  # PtypGuid
}
_STRING8, _UNICODE, _BINARY, _OBJECT = 0x001E, 0x001F, 0x0102, 0x000D
#: counted, variable-size values: strings, binary, objects, server ids
_VARIABLE = frozenset({_STRING8, _UNICODE, _BINARY, _OBJECT, 0x00FB})
_MULTI = 0x1000

#: an attribute's size without its value: level, id, length, checksum
_SMALLEST = 11
#: a property list larger than this says so itself: it is not read on
_MAX_PROPERTIES = 100_000


class TnefError(ValueError):
    """The stream does not parse from here on."""


@dataclass
class _Attachment:
    title: str | None = None
    data: bytes | None = None
    props: dict[int, tuple[int, object]] = field(default_factory=dict)

    def name(self, number: int) -> str:
        for pid in (_PR_ATTACH_LONG_FILENAME, _PR_ATTACH_FILENAME, _PR_DISPLAY_NAME):
            value = self.props.get(pid, (0, None))[1]
            if isinstance(value, str) and value.strip():
                return value.strip()
        return (self.title or "").strip() or f"attachment-{number}"

    def content(self) -> bytes | None:
        """The attached file: an embedded message or OLE object in the data property (its bytes
        after the 16-byte interface id; `attAttachData` then holds only a line saying so to old
        mail systems), else `attAttachData`, else the data property's bytes."""
        kind, value = self.props.get(_PR_ATTACH_DATA, (0, None))
        if kind == _OBJECT and isinstance(value, bytes) and len(value) > 16:
            return value[16:]
        if self.data or not isinstance(value, bytes):
            return self.data
        return value


def is_tnef(data: bytes) -> bool:
    return data.startswith(SIGNATURE)


def tnef_members(data: bytes, limits: Limits) -> Iterator[Member | Message]:
    """The message's text (a `Message`) and its attachments (`Member`s), then a record of what
    could not be read, if anything."""
    if not is_tnef(data) or len(data) < 6:
        raise ContainerError("not a TNEF stream (no signature)")
    message: dict[int, tuple[int, object]] = {}
    subject: bytes | None = None
    body: bytes | None = None
    codepage = 1252
    attachments: list[_Attachment] = []
    problem: str | None = None
    pos = 6
    try:
        # a tail too short to hold an attribute (a few bytes a mailer added) holds no content
        while len(data) - pos >= _SMALLEST:
            level, attr, value, pos = _attribute(data, pos)
            kind = attr & 0xFFFF
            if level == _MESSAGE:
                if kind == _OEM_CODEPAGE and len(value) >= 4:
                    codepage = struct.unpack_from("<I", value)[0]
                elif kind == _SUBJECT:
                    subject = value
                elif kind == _BODY:
                    body = value
                elif kind == _MSG_PROPS:
                    message.update(_properties(value, codepage))
            elif level == _ATTACHMENT:
                if kind == _ATTACH_REND_DATA or not attachments:
                    attachments.append(_Attachment())
                current = attachments[-1]
                if kind == _ATTACH_TITLE:
                    current.title = _string8(value, codepage)
                elif kind == _ATTACH_DATA:
                    current.data = value
                elif kind == _ATTACHMENT_PROPS:
                    current.props.update(_properties(value, codepage))
            else:
                raise TnefError(f"an attribute of unknown level {level} at byte {pos}")
    except TnefError as exc:
        problem = str(exc)
    take = _Budget(limits)
    for number, attachment in enumerate(attachments, start=1):
        if take.full:
            yield take.rest(len(attachments) - number + 1)
            break
        name = attachment.name(number)
        content = attachment.content()
        if content is None:
            yield Member(name, None, "the attachment's data is not in the TNEF stream")
            continue
        refused = unsafe_name(name) or take(len(content))
        yield Member(name, None, refused) if refused else Member(name, content)
    text, gaps = _message_text(message, subject, body, codepage, limits)
    yield from (Member("", None, skip=gap) for gap in gaps)
    if problem:
        yield Member("", None, skip=Skip("unreadable", "TNEF stream", f"not read past a fault: {problem}"))
    yield Message(text)


def _attribute(data: bytes, pos: int) -> tuple[int, int, bytes, int]:
    """(level, id, value, where the next attribute starts) of the attribute at `pos`."""
    if pos + 9 > len(data):
        raise TnefError(f"the stream is cut short at byte {pos} (inside an attribute's header)")
    level, attr, length = struct.unpack_from("<BII", data, pos)
    start = pos + 9
    end = start + length
    if end + 2 > len(data):
        raise TnefError(f"the stream is cut short at byte {len(data)} (an attribute of {length} bytes)")
    return level, attr, data[start:end], end + 2


def _properties(buf: bytes, codepage: int) -> dict[int, tuple[int, object]]:
    """A MAPI property list: property id -> (type, value); only the first of a multi-valued
    property's values is kept, and named properties (ids from 0x8000) are skipped over."""
    out: dict[int, tuple[int, object]] = {}
    (count,) = _unpack("<I", buf, 0)
    if count > _MAX_PROPERTIES:
        raise TnefError(f"a property list of {count} properties")
    pos = 4
    for _ in range(count):
        ptype, pid = _unpack("<HH", buf, pos)
        pos += 4
        if pid >= 0x8000:  # a named property: its GUID, then an id or a name
            (kind,) = _unpack("<I", buf, pos + 16)
            pos += 20
            if kind == 0:
                pos += 4
            else:
                (size,) = _unpack("<I", buf, pos)
                pos += 4 + _padded(size)
        base = ptype & ~_MULTI
        values: list[object] = []
        if base in _VARIABLE:
            (n,) = _unpack("<I", buf, pos)
            pos += 4
            for _ in range(n):
                (size,) = _unpack("<I", buf, pos)
                pos += 4
                if pos + size > len(buf):
                    raise TnefError("a property value runs past its list")
                values.append(_value(base, buf[pos : pos + size], codepage))
                pos += _padded(size)
        elif base in _FIXED:
            n = _unpack("<I", buf, pos)[0] if ptype & _MULTI else 1
            pos += 4 if ptype & _MULTI else 0
            pos += n * _FIXED[base]
        else:
            raise TnefError(f"a property of unknown type {ptype:#06x}")
        if pos > len(buf):
            raise TnefError("a property value runs past its list")
        if values and pid < 0x8000:
            out[pid] = (base, values[0])
    return out


def _unpack(fmt: str, buf: bytes, pos: int) -> tuple:
    if pos + struct.calcsize(fmt) > len(buf):
        raise TnefError("a property list is cut short")
    return struct.unpack_from(fmt, buf, pos)


def _padded(size: int) -> int:
    return (size + 3) & ~3


def _value(kind: int, raw: bytes, codepage: int) -> object:
    if kind == _UNICODE:
        return raw.decode("utf-16-le", "replace").rstrip("\x00")
    if kind == _STRING8:
        text = _Text8(_string8(raw, codepage))
        text.raw = raw
        return text
    return raw


class _Text8(str):
    """A string property's text as its declared code page reads it, with its bytes (`raw`)."""

    raw: bytes


#: code pages of Western single-byte text: a mailer that declares one of them may have written
#: Chinese (GBK, Big5) or UTF-8 bytes under it, which it reads as accented letters
_WESTERN = frozenset({437, 850, 858, 1250, 1251, 1252, 1253, 1254, 1257, 28591, 28592, 28605})
#: encodings the text decoder may find under such a label that are not Western
_NOT_WESTERN = frozenset(
    {"utf-8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "shift-jis", "euc-kr", "euc-jp"}
)


def _other_reading(raw: bytes, codepage: int) -> str | None:
    """The text of `raw` as the text decoder reads it, where the declared code page is a
    Western one and the bytes read as Chinese, Japanese, Korean or UTF-8 instead (Outlook on a
    Chinese system, a mailer that labelled its bytes wrong): None when the label stands."""
    if codepage not in _WESTERN or raw.isascii():
        return None
    from scanner.extract.decode import decode_bytes

    text, encoding = decode_bytes(raw)
    return text.rstrip("\x00") if encoding.lower().replace("_", "-") in _NOT_WESTERN else None


def _string8(raw: bytes, codepage: int) -> str:
    try:
        return raw.decode(f"cp{codepage}", "replace").rstrip("\x00")
    except LookupError:  # a code page Python does not know: the bytes as best they read
        from scanner.extract.decode import decode_bytes

        return decode_bytes(raw)[0].rstrip("\x00")


def _message_text(
    props: dict[int, tuple[int, object]],
    subject: bytes | None,
    body: bytes | None,
    codepage: int,
    limits: Limits,
) -> tuple[str, list[Skip]]:
    """The headers, then every body the message holds: the plain one, the HTML one and the
    compressed RTF one. Outlook shows the recipient the HTML or RTF one where it has them, and
    nothing makes them say what the plain one says, so each is read; where one repeats
    another, only its lines that say something more are kept (a term is not counted twice for
    saying the same thing twice). With what of them could not be read."""
    lines = []
    for label, ids in _HEADERS:
        value = next(
            (v for pid in ids if isinstance(v := props.get(pid, (0, None))[1], str) and v.strip()), None
        )
        if value is None and label == "Subject" and subject:
            value = _string8(subject, codepage)
        if value and value.strip():
            lines.append(f"{label}: {value.strip()}")
    report = props.get(_PR_REPORT_TEXT, (0, None))[1]
    if isinstance(report, str) and report.strip():
        lines.append(report.strip())
    bodies: list[str] = []
    gaps: list[Skip] = []
    plain = props.get(_PR_BODY, (0, None))[1]
    raw = plain.raw if isinstance(plain, _Text8) else None
    if not plain and body:
        plain, raw = _string8(body, codepage), body
    if isinstance(plain, str) and plain.strip():
        bodies.append(plain)
        other = _other_reading(raw, codepage) if raw else None
        if other:  # both readings: the one the label gives, and the one the bytes give
            bodies.append(other)
    html = props.get(_PR_BODY_HTML, (0, None))[1]
    if isinstance(html, bytes):  # in the charset its own <meta> names, nearly always UTF-8
        from scanner.extract.decode import decode_bytes

        html = decode_bytes(html)[0]
    if isinstance(html, str) and html.strip():
        from scanner.crawl.containers import _html_text

        bodies.append(_html_text(html))
    rtf = props.get(_PR_RTF_COMPRESSED, (0, None))[1]
    if isinstance(rtf, bytes) and rtf:
        text, gaps = _rtf_body(rtf, limits)
        bodies.append(text)
    return "\n".join([*lines, *_new_lines(bodies)]), gaps


def _new_lines(bodies: list[str]) -> list[str]:
    """The first body whole, then the lines of each other body that hold a word, or two words
    side by side, that none of the bodies before it holds (the pairs: a plain body of the same
    words shuffled must not hide a rich body's "strip casting")."""
    out: list[str] = []
    seen: set[object] = set()
    for number, text in enumerate(bodies):
        for line in text.split("\n"):
            words = _WORD.findall(line.lower())
            units = {*words, *itertools.pairwise(words)}
            if number == 0 or not units <= seen:
                out.append(line)
            seen |= units
    return out


#: a word, for telling whether a body's line says anything the bodies before it did not: a run
#: of letters or digits, or one Chinese character (Chinese has no spaces)
_WORD = re.compile(r"[^\W\d_\u3400-\u9fff]+|\d+(?:[.,]\d+)?|[\u3400-\u9fff]")


def _rtf_body(compressed: bytes, limits: Limits) -> tuple[str, list[Skip]]:
    """The text of a compressed RTF body ([MS-OXRTFCP]), read by the RTF reader."""
    from compressed_rtf import decompress

    from scanner.extract.base import Source
    from scanner.extract.errors import ExtractionError
    from scanner.extract.rtf import extract_rtf

    try:
        raw = decompress(compressed)
    except Exception as exc:  # a bad header, a CRC that does not match, data cut short
        return "", [Skip("unreadable", "message body", f"compressed RTF body cannot be decompressed: {exc}")]
    raw = bytes(raw)
    if not raw.lstrip().startswith(b"{\\rtf"):
        return "", [
            Skip("unreadable", "message body", "the compressed RTF body is not RTF once decompressed")
        ]
    try:
        read = extract_rtf(Source("message body.rtf", raw, limits))
    except ExtractionError as exc:
        if not raw.strip(b"{}\\ \r\n"):
            return "", []
        return "", [Skip("unreadable", "message body", f"RTF body: {exc}")]
    return "\n".join(s.text for s in read.segments), list(read.skipped)
