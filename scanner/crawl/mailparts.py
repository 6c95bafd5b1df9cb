"""What an e-mail part holds, for `containers._email`: a body's text whatever its declared
charset, a name for a part that has none, uuencoded files inside a body, OpenPGP armour.

A mail client shows, and a recipient receives, more than named attachments: an inline image in
a multipart/related HTML mail, a CSV or a DOCX sent without a file name, a calendar invite, a
file uuencoded into the text. Every one of them is read."""

from __future__ import annotations

import base64
import binascii
import codecs
import mimetypes
import quopri
import re
from collections.abc import Iterator

from scanner.extract.decode import declared_seven_bit, decode_bytes

#: the transfer encodings Python's e-mail package decodes (anything else is left encoded)
KNOWN_ENCODINGS = frozenset(
    {"", "7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "uuencode"}
)
#: the labels that decode any bytes at all, so a wrong one (UTF-8 or GBK text labelled Latin-1)
#: never fails: a text so labelled is decoded by what its bytes are
_ANY_BYTES = frozenset({"us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252", "cp1252"})
PGP_ARMOUR = "-----BEGIN PGP MESSAGE-----"
ENCRYPTED = "encrypted (OpenPGP): a key is needed to read it"
_UU_BEGIN = re.compile(r"begin(?:-base64)? [0-7]{3,4} (\S[^\r\n]*)\r?")
#: uuencoded files read from one body at most
MAX_UUENCODED = 100


_PART_HEADER = re.compile(r"^content-(?:type|transfer-encoding)\s*:", re.IGNORECASE | re.MULTILINE)
_IDENTITY = re.compile(r"^[78][\s_-]?bits?$")


def transfer_encoding(part) -> str:
    """The part's transfer encoding as the e-mail package decodes it: its parsed value
    ("quoted-printable;" is quoted-printable), and a sloppy spelling of an identity encoding
    ("7-bit", "8bits", "8-bit") as what it means: nothing to decode."""
    header = part.get("Content-Transfer-Encoding")
    if header is None:
        return ""
    value = str(getattr(header, "cte", header)).strip().lower().rstrip(";").strip()
    return "8bit" if _IDENTITY.match(value) else value


def payload_bytes(part) -> bytes | None:
    """The part's content decoded, as `get_payload(decode=True)` gives it, but for an encoding
    written with a parameter or a stray semicolon ("quoted-printable;"), which the e-mail
    package leaves encoded, or with white space around it ("base64 ", legal header syntax): the
    package compares the header's text as it stands."""
    written = str(part.get("Content-Transfer-Encoding", "")).lower()
    encoding = transfer_encoding(part)
    if written == encoding or encoding not in ("quoted-printable", "base64"):
        return part.get_payload(decode=True)
    body = part.get_payload(decode=False)
    if not isinstance(body, str):
        return part.get_payload(decode=True)
    data = body.encode("ascii", errors="ignore")
    if encoding == "quoted-printable":
        return quopri.decodestring(data)
    data = b"".join(data.split())
    return base64.b64decode(data + b"=" * (-len(data) % 4), validate=False)


def broken_structure(msg, data: bytes = b"") -> str | None:
    """Why the message's MIME structure cannot be trusted to show every part, if it cannot: a
    multipart whose boundary never appears (its parts, base64 and all, would be read as one
    text), a part with two Content-Type or Content-Transfer-Encoding headers (clients disagree
    on which one counts), or a line of the message `data` that starts with a boundary but is
    not one (RFC 2046 forbids it; a client that matches the boundary as a prefix shows a part
    there that the parser reads as text)."""
    boundaries = {b for part in msg.walk() if part.is_multipart() and (b := part.get_boundary())}
    near = _near_boundary(data, boundaries) if data and boundaries else None
    if near:
        return f"a line starts with the boundary {near[:40]!r} but is not one: clients read it differently"
    for part in msg.walk():
        for header in ("Content-Type", "Content-Transfer-Encoding"):
            if len(part.get_all(header) or ()) > 1:
                return f"a part has more than one {header} header: clients read it differently"
        if any(type(d).__name__ == "StartBoundaryNotFoundDefect" for d in part.defects):
            # read as one text, which is whole unless it holds parts of its own
            payload = part.get_payload()
            if isinstance(payload, str) and _PART_HEADER.search(payload):
                return "a multipart's boundary is not found: its parts cannot be told apart"
    return None


def _near_boundary(data: bytes, boundaries: set[str]) -> str | None:
    """The boundary that a line of `data` starts with ("--boundary") and goes on past, with
    more than its closing "--" or white space, into no other boundary of the message (a
    nested multipart's boundary may extend its parent's: "…c73" and "…c73_alt")."""
    try:
        marks = {b.encode("ascii") for b in boundaries}
    except UnicodeEncodeError:
        return None
    for mark in marks:
        for m in re.finditer(rb"(?m)^--" + re.escape(mark) + rb"(?!--)([^\s-][^\r\n]*)", data):
            token = (mark + m.group(1)).rstrip()
            token = token[:-2] if token.endswith(b"--") else token
            if token not in marks:
                return mark.decode("ascii")
    return None


def part_text(part) -> str:
    """A text part's content as the sender wrote it: its declared charset where the bytes are
    that charset, UTF-8 where they are valid UTF-8 (a missing or wrong label), else what
    `decode_bytes` finds (GB18030, Big5 …)."""
    raw = payload_bytes(part)
    if raw is None:
        payload = part.get_payload()
        return payload if isinstance(payload, str) else ""
    declared = (part.get_content_charset() or "").lower()
    if declared.startswith(("utf-16", "utf-32", "utf-7", "utf16", "utf32")):
        # not ASCII-compatible: UTF-16 of plain letters is all bytes below 0x80, NULs between
        try:
            return raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            return decode_bytes(raw)[0]
    if b"\x00" in raw:  # UTF-16 or UTF-32 under no label, or a wrong one: what the bytes are
        return decode_bytes(raw)[0]
    if raw.isascii():
        # HZ and ISO-2022 are 7-bit: by their label, else by their shift sequences
        return declared_seven_bit(raw, declared) or decode_bytes(raw)[0]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared and declared not in _ANY_BYTES:
        try:
            codecs.lookup(declared)
            return raw.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(raw)[0]


def part_name(content_type: str, number: int) -> str:
    """A name for a part sent without one, its extension from its content type, so that it is
    read as what it says it is."""
    extension = mimetypes.guess_extension(content_type, strict=False) or ".bin"
    return f"part-{number}{extension}"


def uuencoded(text: str) -> Iterator[tuple[str, bytes | None, str | None]]:
    """The files uuencoded into a body (`begin 644 name` … `end`), as (name, data, problem):
    mail clients show them as attachments. One pass over the lines; at most `MAX_UUENCODED`
    files, then one record for the rest."""
    lines = text.splitlines()
    found = 0
    index = 0
    while index < len(lines):
        match = _UU_BEGIN.fullmatch(lines[index])
        index += 1
        if match is None:
            continue
        if found == MAX_UUENCODED:
            yield "(more uuencoded files)", None, f"more than {MAX_UUENCODED} uuencoded files: not read"
            return
        found += 1
        name = match.group(1).strip()
        data = bytearray()
        state = "cut"
        while index < len(lines):
            stripped = lines[index].strip()
            index += 1
            if stripped == "end":
                state = "whole"
                break
            if _UU_BEGIN.fullmatch(lines[index - 1]):  # the next file begins: this one was cut
                index -= 1
                break
            if not stripped or stripped == "`":
                continue
            try:
                data += binascii.a2b_uu(stripped)
            except binascii.Error:
                try:  # a line a lax encoder padded: only the bytes its length character counts
                    data += binascii.a2b_uu(stripped[: (((ord(stripped[0]) - 32) & 63) * 4 + 5) // 3 + 1])
                except binascii.Error:
                    state = "bad"
                    break
        if state == "whole":
            yield name, bytes(data), None
        else:
            why = "undecodable uuencoded file" if state == "bad" else "uuencoded file cut short (no 'end')"
            yield name, None, why


#: the message types a mail client opens as a message of its own
MESSAGE_TYPES = frozenset({"message/rfc822", "message/global"})


def encoded_message(part) -> bytes | None:
    """An attached message sent base64- or quoted-printable-encoded (RFC 2046 allows neither,
    but Outlook, Exchange and Apple Mail send forwards so), decoded; None for one sent as it
    is. The e-mail package parses such a part's still-encoded text as the message, so what it
    holds would be read as base64 or `=E5=B7` text."""
    if part.get_content_type() not in MESSAGE_TYPES:
        return None
    encoding = transfer_encoding(part)
    if encoding not in ("base64", "quoted-printable"):
        return None
    raw = part.as_bytes()
    cut = re.search(rb"\r?\n\r?\n", raw)  # past the part's own headers
    encoded = raw[cut.end() :] if cut else b""
    if encoding == "quoted-printable":
        return quopri.decodestring(encoded)
    return base64.b64decode(re.sub(rb"[^A-Za-z0-9+/=]", b"", encoded) + b"==", validate=False)


#: text a mailer puts before a multipart's first part, which clients hide as boilerplate
_BOILERPLATE = re.compile(r"this is a multi-?part message in mime format\.?", re.IGNORECASE)


def outside_parts(part) -> list[str]:
    """A multipart's preamble and epilogue (the text before its first boundary and after its
    last): the message carries them and its source shows them, so they are read; the
    boilerplate line mailers put there is not."""
    found = []
    for text in (part.preamble, part.epilogue):
        if not isinstance(text, str):
            continue
        # the parser keeps bytes that are not ASCII as escapes: they are decoded as a body is
        text = decode_bytes(text.encode("utf-8", "surrogateescape"))[0]
        text = _BOILERPLATE.sub("\n", text)
        if text.strip():
            found.append(text)
    return found
