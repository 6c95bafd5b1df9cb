"""Every file type the scanner knows, in one table: how it is recognised (magic bytes, a
structural check, the extensions it is known by) and what it is (a container, a zip package,
no document content at all, …). `sniff` and `registry` derive their lists from `TYPES`; the
readers stay in `registry.EXTRACTORS`, keyed by the names used here.

The table is plain data and small pure-Python checks: nothing heavy is imported.

Order matters in one place: magic patterns are tried in table order and the first match wins
(the long-established formats first, then the no-document binaries added after them; formats
recognised by a structure, not a prefix, come last).
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from collections.abc import Callable
from dataclasses import dataclass

#: A structural test on `(head, data)`: the file's first bytes, and its whole content when the
#: caller holds it (else None).
Check = Callable[[bytes, "bytes | None"], bool]


@dataclass(frozen=True)
class Magic:
    """Content that names a type: bytes at given offsets (all must match), then an optional
    structural check; `extensions`, when given, must include the file's (BMP's two-byte "BM" is
    too common to trust alone)."""

    parts: tuple[tuple[int, bytes], ...]
    check: Check | None = None
    extensions: tuple[str, ...] = ()

    def matches(self, head: bytes, data: bytes | None, suffix: str) -> bool:
        if self.extensions and suffix not in self.extensions:
            return False
        for offset, expected in self.parts:
            if head[offset : offset + len(expected)] != expected:
                return False
        return self.check is None or self.check(head, data)


def at(*parts: tuple[int, bytes] | bytes, check: Check | None = None, ext: tuple[str, ...] = ()) -> Magic:
    """`at(b"%PDF")` is bytes at offset 0; `at(b"RIFF", (8, b"WEBP"))` adds bytes at offset 8."""
    return Magic(tuple((0, p) if isinstance(p, bytes) else p for p in parts), check, ext)


@dataclass(frozen=True)
class FileType:
    """One type as the sniffer names it (`Document.file_type`, `Verdict.file_type`)."""

    name: str
    description: str
    magic: tuple[Magic, ...] = ()
    #: names that tell the type. For a `textual` type: when the bytes are text. For a `family`
    #: flavour (a kind of zip or OLE2 file): inside that family only (see `sniff`).
    extensions: tuple[str, ...] = ()
    #: a text format: its extensions name it only when its bytes are text (else: `binary`)
    textual: bool = False
    #: "zip" or "ole2": a flavour of that container format, told by what is inside (a part, a
    #: stream, a mimetype) or by the extension
    family: str | None = None
    zip_part: str | None = None  # the part that identifies an OOXML package
    zip_mimetype: str | None = None  # an ODF/EPUB package's `mimetype` ("…*" matches a prefix)
    ole_stream: str | None = None  # the OLE2 directory entry that identifies a legacy file
    #: opened by `crawl.containers.expand`: its members are scanned one by one
    container: bool = False
    #: a zip-based document: checked for decompression and entity bombs before its library reads it
    zip_package: bool = False
    #: an Office package whose embedded pictures are read (OCR) when its own text is short
    may_hold_pictures: bool = False
    #: recognised by content, and holds no document text (a signature, a font, a sound, a program)
    no_document_content: bool = False
    #: recognised, but no reader: what a user should know
    unsupported: str | None = None
    #: the carrier of technology the type suggests, and how strongly (policy.carrier)
    carrier: tuple[str, float] | None = None


# --- structural checks -------------------------------------------------------------------------


def _u16be(b: bytes, i: int) -> int:
    return struct.unpack_from(">H", b, i)[0] if len(b) >= i + 2 else -1


def _u32be(b: bytes, i: int) -> int:
    return struct.unpack_from(">I", b, i)[0] if len(b) >= i + 4 else -1


def _u32le(b: bytes, i: int) -> int:
    return struct.unpack_from("<I", b, i)[0] if len(b) >= i + 4 else -1


def _whitespace_only(rest: bytes) -> bool:
    return not rest.strip(b" \t\r\n\x00")


# DER/BER (certificates, PKCS#7/CMS): a tag-length reader, enough to walk the outer layers.


def _tlv(buf: bytes, pos: int) -> tuple[int, int, int | None] | None:
    """`(tag, content_start, length)` of the element at `pos`; length None when indefinite
    (BER). Single-byte tags only: the structures read here use no others."""
    if pos + 2 > len(buf):
        return None
    tag, first = buf[pos], buf[pos + 1]
    if tag & 0x1F == 0x1F:
        return None
    if first < 0x80:
        return tag, pos + 2, first
    if first == 0x80:
        return (tag, pos + 2, None) if tag & 0x20 else None  # indefinite: constructed only
    count = first & 0x7F
    if count > 4 or pos + 2 + count > len(buf):
        return None
    return tag, pos + 2 + count, int.from_bytes(buf[pos + 2 : pos + 2 + count], "big")


def _ber_end(buf: bytes, pos: int, depth: int = 0, budget: list[int] | None = None) -> int | None:
    """Where the element at `pos` ends, walking indefinite-length elements; None if it is
    broken, runs past `buf`, or nests or counts more elements than a signature has."""
    budget = [10_000] if budget is None else budget
    budget[0] -= 1
    element = _tlv(buf, pos)
    if element is None or depth > 16 or budget[0] < 0:
        return None
    _, start, length = element
    if length is not None:
        end = start + length
        return end if end <= len(buf) else None
    cursor = start
    while buf[cursor : cursor + 2] != b"\x00\x00":
        end = _ber_end(buf, cursor, depth + 1, budget)
        if end is None:
            return None
        cursor = end
    return cursor + 2


def _children(buf: bytes, pos: int, limit: int = 8) -> list[tuple[int, int]]:
    """`(tag, position)` of the first `limit` children of the constructed element at `pos`
    (as far as `buf` goes)."""
    element = _tlv(buf, pos)
    if element is None:
        return []
    _, start, length = element
    stop = len(buf) if length is None else min(len(buf), start + length)
    found: list[tuple[int, int]] = []
    cursor = start
    while cursor < stop and len(found) < limit:
        if length is None and buf[cursor : cursor + 2] == b"\x00\x00":
            break
        child = _tlv(buf, cursor)
        if child is None:
            break
        found.append((child[0], cursor))
        end = _ber_end(buf, cursor)
        if end is None:
            break
        cursor = end
    return found


_PKCS7 = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07"  # OID 1.2.840.113549.1.7.x
_AUTH_ENVELOPED = b"\x06\x0b\x2a\x86\x48\x86\xf7\x0d\x01\x09\x10\x01\x17"  # id-ct-authEnvelopedData


def pkcs7_kind(der: bytes, whole: bool) -> str | None:
    """A PKCS#7/CMS ContentInfo: `smime-signature` (signedData without the signed content, as in
    `smime.p7s`), `certificate` (signedData without content or signers: a certificate bundle),
    `pkcs7-signed` (signedData enclosing its content), `pkcs7-encrypted` (enveloped or encrypted
    data); None for anything else. With `whole`, `der` is the whole file and must end where the
    structure does."""
    outer = _tlv(der, 0)
    if outer is None or outer[0] != 0x30:
        return None
    start = outer[1]
    if der[start : start + len(_AUTH_ENVELOPED)] == _AUTH_ENVELOPED:
        kind = "pkcs7-encrypted"
    elif der[start : start + len(_PKCS7)] == _PKCS7 and start + len(_PKCS7) < len(der):
        kind = {2: "signed", 3: "pkcs7-encrypted", 6: "pkcs7-encrypted"}.get(der[start + len(_PKCS7)], "")
    else:
        return None
    if not kind:
        return None
    if whole:
        end = _ber_end(der, 0)
        if end is None or not _whitespace_only(der[end:]):
            return None
    if kind != "signed":
        return kind
    # ContentInfo { OID, [0] { SignedData { version, digestAlgorithms, encapContentInfo, … } } }
    parts = _children(der, 0, 2)
    if len(parts) != 2 or parts[1][0] != 0xA0:
        return None
    inner = _children(der, parts[1][1], 1)
    if not inner or inner[0][0] != 0x30:
        return None
    signed = _children(der, inner[0][1], 8)
    if len(signed) < 3 or [t for t, _ in signed[:3]] != [0x02, 0x31, 0x30]:
        return None
    encapsulated = _children(der, signed[2][1], 2)
    if not encapsulated or encapsulated[0][0] != 0x06:
        return None
    if len(encapsulated) > 1 or _ber_end(der, signed[2][1]) is None:
        return "pkcs7-signed"  # the signed content inside (or cut off before it could be seen)
    signers = signed[-1]
    if signers[0] == 0x31 and (_tlv(der, signers[1]) or (0, 0, None))[2] == 0:
        return "certificate"  # no signer: a "certs-only" bundle (.p7b, .p7c)
    return "smime-signature"  # detached: the signed message travels beside it


def is_certificate(der: bytes, whole: bool) -> bool:
    """An X.509 certificate: Certificate { TBSCertificate { [0] version?, serial INTEGER,
    signature AlgorithmIdentifier, … }, … }, DER-encoded (definite lengths)."""
    outer = _tlv(der, 0)
    if outer is None or outer[0] != 0x30 or outer[2] is None:
        return False
    if whole and not _whitespace_only(der[outer[1] + outer[2] :]):
        return False
    tbs = _children(der, 0, 1)
    if not tbs or tbs[0][0] != 0x30:
        return False
    fields = _children(der, tbs[0][1], 3)
    tags = [t for t, _ in fields]
    if tags[:1] == [0xA0]:
        version = fields[0][1]
        if der[version : version + 4] != b"\xa0\x03\x02\x01" or der[version + 4 : version + 5] not in (
            b"\x00",
            b"\x01",
            b"\x02",
        ):
            return False
        tags = tags[1:]
        fields = fields[1:]
    if tags[:2] != [0x02, 0x30]:
        return False
    algorithm = _children(der, fields[1][1], 1)
    return bool(algorithm) and algorithm[0][0] == 0x06


def _der_pkcs7(kind: str) -> Check:
    def check(head: bytes, data: bytes | None) -> bool:
        return pkcs7_kind(data if data is not None else head, data is not None) == kind

    return check


def _der_certificate(head: bytes, data: bytes | None) -> bool:
    return is_certificate(data if data is not None else head, data is not None)


_PEM_BEGIN = re.compile(rb"\s*-----BEGIN ([A-Z0-9 ]{1,40})-----\r?\n")
_PEM_CERTIFICATE = (b"CERTIFICATE", b"TRUSTED CERTIFICATE", b"X509 CERTIFICATE")
_PEM_PKCS7 = (b"PKCS7", b"CMS")


def pem_kind(head: bytes, data: bytes | None) -> str | None:
    """A PEM file made of certificates only (`certificate`), or of one PKCS#7/CMS structure
    (what `pkcs7_kind` says of it). Nothing but the blocks and blank space may be in the file:
    text around them is read as text. Without `data`, a block cut off by the end of `head` is
    accepted."""
    if head.lstrip()[:11] != b"-----BEGIN ":
        return None
    content = data if data is not None else head
    labels: list[bytes] = []
    decoded: list[bytes] = []
    cursor = 0
    while begin := _PEM_BEGIN.match(content, cursor):
        marker = b"-----END " + begin.group(1) + b"-----"
        end = content.find(marker, begin.end())
        if end < 0:
            if data is None and labels:
                break  # the head ends inside a block
            return None
        try:
            der = base64.b64decode(re.sub(rb"\s+", b"", content[begin.end() : end]), validate=True)
        except (binascii.Error, ValueError):
            return None
        if begin.group(1) in _PEM_CERTIFICATE and not is_certificate(der, True):
            return None
        labels.append(begin.group(1))
        decoded.append(der)
        cursor = end + len(marker)
    else:
        if not labels or not _whitespace_only(content[cursor:]):
            return None
    if all(label in _PEM_CERTIFICATE for label in labels):
        return "certificate"
    if len(labels) == 1 and labels[0] in _PEM_PKCS7:
        return pkcs7_kind(decoded[0], True)
    return None


def _pem(kind: str) -> Check:
    def check(head: bytes, data: bytes | None) -> bool:
        return pem_kind(head, data) == kind

    return check


#: Tables every TrueType/OpenType font has (at least one of them is among the first listed).
_SFNT_TABLES = {b"head", b"hhea", b"maxp", b"cmap", b"name", b"post", b"OS/2", b"glyf", b"loca", b"CFF "}
_SFNT_FLAVOURS = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")


def _sfnt(head: bytes, data: bytes | None) -> bool:
    """A font's table directory: a sane table count, then 16-byte records with ASCII tags."""
    count = _u16be(head, 4)
    if not 1 <= count <= 512:
        return False
    tags = [head[12 + 16 * i : 16 + 16 * i] for i in range(min(count, (len(head) - 12) // 16))]
    if not tags or not all(len(t) == 4 and all(0x20 <= c <= 0x7E for c in t) for t in tags):
        return False
    return any(t in _SFNT_TABLES for t in tags)


def _woff(head: bytes, data: bytes | None) -> bool:
    return head[4:8] in _SFNT_FLAVOURS and _u16be(head, 12) > 0 and head[14:16] == b"\x00\x00"


def _ttc(head: bytes, data: bytes | None) -> bool:
    return head[4:8] in (b"\x00\x01\x00\x00", b"\x00\x02\x00\x00") and 1 <= _u32be(head, 8) <= 4096


def _id3(head: bytes, data: bytes | None) -> bool:
    return len(head) >= 10 and head[3] in (2, 3, 4) and head[4] != 0xFF and all(b < 0x80 for b in head[6:10])


_MP3_KBPS = {
    3: (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320),  # MPEG-1
    2: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2
    0: (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160),  # MPEG-2.5
}
_MP3_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _mp3_frame(b: bytes, pos: int) -> int:
    """The length of the MPEG audio layer III frame at `pos`, or 0."""
    if pos + 4 > len(b) or b[pos] != 0xFF or b[pos + 1] & 0xE0 != 0xE0:
        return 0
    version, layer = (b[pos + 1] >> 3) & 3, (b[pos + 1] >> 1) & 3
    rate_index, sample_index, padding = b[pos + 2] >> 4, (b[pos + 2] >> 2) & 3, (b[pos + 2] >> 1) & 1
    if version == 1 or layer != 1 or rate_index in (0, 15) or sample_index == 3:
        return 0
    factor = 144_000 if version == 3 else 72_000
    return factor * _MP3_KBPS[version][rate_index] // _MP3_RATES[version][sample_index] + padding


def _mp3_frames(head: bytes, data: bytes | None) -> bool:
    """MP3 without a tag: a frame header, and another one where the first frame ends."""
    first = _mp3_frame(head, 0)
    return first > 0 and _mp3_frame(head, first) > 0


_AUDIO_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"F4A ", b"F4B "}
_VIDEO_BRANDS = {
    *(b"iso" + bytes([c]) for c in b"m23456"),
    *(b"mp4" + bytes([c]) for c in b"12v"),
    *(b"avc" + bytes([c]) for c in b"1234"),
    b"qt  ",
    b"M4V ",
    b"M4VH",
    b"M4VP",
    *(b"3gp" + bytes([c]) for c in b"456789"),
    *(b"3g2" + bytes([c]) for c in b"abc"),
    b"3ge6",
    b"3ge7",
    b"3gg6",
    b"dash",
    b"f4v ",
    b"F4V ",
    b"F4P ",
    b"mmp4",
    b"MSNV",
    b"XAVC",
    b"NDAS",
    b"NDSC",
    b"NDSH",
    b"NDSM",
    b"NDSP",
    b"NDSS",
    b"NDXC",
    b"NDXH",
    b"NDXM",
    b"NDXP",
    b"NDXS",
    b"cmfc",
    b"cmfs",
}


def _ftyp_brands(head: bytes) -> tuple[bytes, set[bytes]]:
    """An ISO media file's major brand and compatible brands (empty when the box is not sane:
    HEIF/AVIF pictures share the box, with their own brands, and are not named here)."""
    size = _u32be(head, 0)
    if not 16 <= size <= 1024 or size % 4:
        return b"", set()
    box = head[8:size]
    return box[:4], {box[i : i + 4] for i in range(8, len(box) - 3, 4)}


def _ftyp_audio(head: bytes, data: bytes | None) -> bool:
    major, compatible = _ftyp_brands(head)
    return major in _AUDIO_BRANDS or (major in _VIDEO_BRANDS and b"M4A " in compatible)


def _ftyp_video(head: bytes, data: bytes | None) -> bool:
    major, compatible = _ftyp_brands(head)
    return major in _VIDEO_BRANDS and b"M4A " not in compatible


def _ogg_video(head: bytes, data: bytes | None) -> bool:
    return b"\x80theora" in head[:512] or b"\x01video" in head[:512]


def _ogg_audio(head: bytes, data: bytes | None) -> bool:
    return not _ogg_video(head, data)


def _flac(head: bytes, data: bytes | None) -> bool:
    return len(head) >= 8 and head[4] & 0x7F == 0 and head[5:8] == b"\x00\x00\x22"  # STREAMINFO


_ASF = bytes.fromhex("3026b2758e66cf11a6d900aa0062ce6c")
_ASF_VIDEO_STREAM = bytes.fromhex("c0ef19bc4d5bcf11a8fd00805f5c442b")


def _asf_video(head: bytes, data: bytes | None) -> bool:
    return _ASF_VIDEO_STREAM in head


def _asf_audio(head: bytes, data: bytes | None) -> bool:
    return _ASF_VIDEO_STREAM not in head


def _matroska(head: bytes, data: bytes | None) -> bool:
    return b"matroska" in head[:64] or b"webm" in head[:64]


def _elf(head: bytes, data: bytes | None) -> bool:
    return len(head) >= 7 and head[4] in (1, 2) and head[5] in (1, 2) and head[6] == 1


def _pe(head: bytes, data: bytes | None) -> bool:
    """MZ, and at `e_lfanew` a Windows (PE), OS/2 (NE, LX) or VxD (LE) header."""
    offset = _u32le(head, 0x3C)
    content = data if data is not None else head
    if offset < 0x40 or offset + 4 > len(content):
        return False
    signature = content[offset : offset + 4]
    return signature == b"PE\x00\x00" or signature[:2] in (b"NE", b"LE", b"LX")


def _cafebabe(head: bytes, data: bytes | None) -> bool:
    """A Mach-O universal binary (a few architectures follow) or a Java class (major version
    45 = Java 1.1 on): both are programs."""
    return 1 <= _u32be(head, 4) <= 30 or 45 <= _u16be(head, 6) <= 100


def _pyc(head: bytes, data: bytes | None) -> bool:
    number = head[0] | head[1] << 8 if len(head) >= 2 else 0
    return 3000 <= number < 4000 or 20000 <= number <= 62211


def _dex(head: bytes, data: bytes | None) -> bool:
    return head[4:7].isdigit() and head[7:8] == b"\x00"  # "dex\n035\0"


# --- the table -----------------------------------------------------------------------------------

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

TYPES: tuple[FileType, ...] = (
    # Magic tried first, in this order (the order the sniffer has always used).
    FileType("pdf", "PDF document", (at(b"%PDF"),)),
    FileType("ole2", "OLE2 compound file", (at(_OLE2),), unsupported="OLE2 compound file"),
    FileType("png", "PNG image", (at(b"\x89PNG\r\n\x1a\n"),)),
    FileType("jpeg", "JPEG image", (at(b"\xff\xd8\xff"),)),
    FileType("gif", "GIF image", (at(b"GIF87a"), at(b"GIF89a"))),
    FileType("tiff", "TIFF image", (at(b"II*\x00"), at(b"MM\x00*"))),
    FileType("7z", "7-Zip archive", (at(b"7z\xbc\xaf\x27\x1c"),), container=True),
    FileType("rar", "RAR archive", (at(b"Rar!\x1a\x07"),), container=True),
    FileType("gzip", "gzip stream", (at(b"\x1f\x8b"),), container=True),
    FileType("bzip2", "bzip2 stream", (at(b"BZh"),), container=True),
    FileType("xz", "xz stream", (at(b"\xfd7zXZ\x00"),), container=True),
    FileType("dwg", "DWG drawing", (at(b"AC10"),), unsupported="DWG drawing: content not inspectable"),
    FileType("rtf", "RTF document", (at(b"{\\rtf"),)),
    FileType("hdf5", "HDF5 data", (at(b"\x89HDF\r\n\x1a\n"),), carrier=("simulation-data", 2.0)),
    FileType("dxf-binary", "binary DXF drawing", (at(b"AutoCAD Binary DXF"),), carrier=("drawing", 2.0)),
    FileType("webp", "WebP image", (at(b"RIFF", (8, b"WEBP")),)),
    FileType("bmp", "BMP image", (at(b"BM", ext=(".bmp", ".dib")),)),
    FileType("zip", "zip archive", (at(b"PK\x03\x04"), at(b"PK\x05\x06")), container=True),
    FileType("tar", "tar archive", (at((257, b"ustar")),), container=True),
    # Binaries recognised by content that hold no document text. After the formats above, so
    # that none of those changes type; each with a check, so that a text that happens to start
    # with the same letters ("OTTO …", "MZ …") stays text.
    FileType(
        "smime-signature",
        "S/MIME signature",
        (at(b"\x30", check=_der_pkcs7("smime-signature")), at(check=_pem("smime-signature"))),
        no_document_content=True,
    ),
    FileType(
        "pkcs7-signed",
        "PKCS#7 signed data with its content",
        (at(b"\x30", check=_der_pkcs7("pkcs7-signed")), at(check=_pem("pkcs7-signed"))),
        unsupported="PKCS#7/S/MIME signed data enclosing its content (an opaque-signed message): "
        "the content is not read",
    ),
    FileType(
        "pkcs7-encrypted",
        "encrypted PKCS#7/S/MIME message",
        (at(b"\x30", check=_der_pkcs7("pkcs7-encrypted")), at(check=_pem("pkcs7-encrypted"))),
        unsupported="encrypted S/MIME or PKCS#7 message: the recipient's key is needed to read it",
    ),
    FileType(
        "certificate",
        "X.509 certificate",
        (
            at(b"\x30", check=_der_certificate),
            at(b"\x30", check=_der_pkcs7("certificate")),  # a PKCS#7 certificate bundle
            at(check=_pem("certificate")),
        ),
        no_document_content=True,
    ),
    FileType(
        "font",
        "font",
        (
            at(b"\x00\x01\x00\x00", check=_sfnt),  # TrueType
            at(b"OTTO", check=_sfnt),  # OpenType with CFF outlines
            at(b"true", check=_sfnt),  # Apple TrueType
            at(b"ttcf", check=_ttc),  # TrueType/OpenType collection
            at(b"wOFF", check=_woff),
            at(b"wOF2", check=_woff),
        ),
        no_document_content=True,
    ),
    FileType(
        "audio",
        "audio",
        (
            at(b"ID3", check=_id3),  # MP3 (or AAC, FLAC) with an ID3v2 tag
            at(b"\xff", check=_mp3_frames),  # MP3 without a tag: two frames back to back
            at(b"RIFF", (8, b"WAVE")),
            at(b"FORM", (8, b"AIFF")),
            at(b"FORM", (8, b"AIFC")),
            at(b"fLaC", check=_flac),
            at(b"OggS\x00", check=_ogg_audio),
            at((4, b"ftyp"), check=_ftyp_audio),  # M4A, M4B
            at(b"MThd\x00\x00\x00\x06"),  # MIDI
            at(_ASF, check=_asf_audio),  # WMA
        ),
        no_document_content=True,
    ),
    FileType(
        "video",
        "video",
        (
            at((4, b"ftyp"), check=_ftyp_video),  # MP4, MOV, 3GP (not HEIF/AVIF pictures)
            at(b"RIFF", (8, b"AVI ")),
            at(b"\x1a\x45\xdf\xa3", check=_matroska),  # MKV, WebM
            at(b"OggS\x00", check=_ogg_video),  # Theora
            at(b"\x00\x00\x01\xba"),  # MPEG program stream
            at(b"\x00\x00\x01\xb3"),  # MPEG-1/2 video
            at(b"FLV\x01", (5, b"\x00\x00\x00\x09")),
            at(_ASF, check=_asf_video),  # WMV
        ),
        no_document_content=True,
    ),
    FileType(
        "executable",
        "executable or library",
        (
            at(b"\x7fELF", check=_elf),
            at(b"MZ", check=_pe),
            at(b"\xfe\xed\xfa\xce"),  # Mach-O 32-bit, big-endian
            at(b"\xfe\xed\xfa\xcf"),  # Mach-O 64-bit, big-endian
            at(b"\xce\xfa\xed\xfe"),  # Mach-O 32-bit, little-endian
            at(b"\xcf\xfa\xed\xfe"),  # Mach-O 64-bit, little-endian
            at(b"\xca\xfe\xba\xbe", check=_cafebabe),  # Mach-O universal, or a Java class
            at(b"\xca\xfe\xba\xbf"),  # Mach-O universal, 64-bit
            at(b"\x00asm\x01\x00\x00\x00"),  # WebAssembly
            at(b"dex\n", check=_dex),  # Android Dalvik
            at((2, b"\r\n"), check=_pyc, ext=(".pyc", ".pyo")),  # Python bytecode
        ),
        no_document_content=True,
    ),
    # Told apart inside a zip or OLE2 file (the magic above names the family).
    FileType("encrypted-office", "encrypted Office document", family="ole2"),
    FileType("doc", "Word document", extensions=(".doc",), family="ole2", ole_stream="WordDocument"),
    FileType("xls", "Excel workbook", extensions=(".xls",), family="ole2", ole_stream="Workbook"),
    FileType(
        "ppt",
        "PowerPoint presentation",
        extensions=(".ppt",),
        family="ole2",
        ole_stream="PowerPoint Document",
    ),
    FileType("wps", "WPS Writer document", extensions=(".wps",), family="ole2"),
    FileType("et", "WPS Spreadsheets workbook", extensions=(".et",), family="ole2"),
    FileType("dps", "WPS Presentation", extensions=(".dps",), family="ole2"),
    FileType(
        "msg",
        "Outlook message",
        extensions=(".msg",),
        family="ole2",
        ole_stream="__substg1.0_",
        container=True,
    ),
    FileType(
        "docx",
        "Word document (OOXML)",
        extensions=(".docx", ".docm"),
        family="zip",
        zip_part="word/document.xml",
        zip_package=True,
        may_hold_pictures=True,
    ),
    FileType(
        "xlsx",
        "Excel workbook (OOXML)",
        extensions=(".xlsx", ".xlsm"),
        family="zip",
        zip_part="xl/workbook.xml",
        zip_package=True,
        may_hold_pictures=True,
        carrier=("parameter-sheet", 1.0),
    ),
    FileType(
        "pptx",
        "PowerPoint presentation (OOXML)",
        extensions=(".pptx",),
        family="zip",
        zip_part="ppt/presentation.xml",
        zip_package=True,
        may_hold_pictures=True,
    ),
    FileType(
        "odf",
        "OpenDocument file",
        family="zip",
        zip_mimetype="application/vnd.oasis.opendocument*",
        zip_package=True,
        may_hold_pictures=True,
    ),
    FileType("epub", "EPUB book", family="zip", zip_mimetype="application/epub+zip", zip_package=True),
    FileType(
        "comsol",
        "COMSOL model",
        extensions=(".mph",),
        family="zip",
        zip_package=True,
        carrier=("simulation-data", 2.0),
    ),
    FileType("zip-corrupt", "corrupt zip container", family="zip", unsupported="corrupt zip container"),
    # Executables and media that carry an archive or a document (a self-extracting archive, an
    # installer, an appended file) are not document-free: the sniffer names them this instead.
    FileType(
        "embedded-archive",
        "file carrying an archive or document",
        unsupported="an archive or document inside an executable, font or media file (a self-extracting "
        "archive, an installer, an appended file): its content is not read",
    ),
    # Text formats, told by their extension (when the bytes are text) or by their first lines.
    FileType(
        "email",
        "e-mail message",
        extensions=(".eml", ".mht", ".mhtml", ".mbox"),
        textual=True,
        container=True,
        carrier=("email", 2.0),
    ),
    FileType("svg", "SVG drawing", extensions=(".svg",), textual=True, carrier=("drawing", 1.0)),
    FileType(
        "delimited",
        "delimited table (CSV/TSV)",
        extensions=(".csv", ".tsv", ".tab"),
        textual=True,
        carrier=("parameter-sheet", 1.0),
    ),
    FileType("markup", "HTML/XML", extensions=(".html", ".htm", ".xhtml", ".xml"), textual=True),
    FileType("dxf", "DXF drawing", extensions=(".dxf",), textual=True, carrier=("drawing", 2.0)),
    FileType(
        "gcode",
        "NC program",
        extensions=(".nc", ".gcode", ".ngc", ".tap", ".mpf", ".spf", ".cnc", ".eia"),
        textual=True,
        carrier=("nc-program", 2.0),
    ),
    FileType(
        "step",
        "STEP model",
        extensions=(".step", ".stp", ".p21"),
        textual=True,
        carrier=("drawing", 2.0),
    ),
    FileType("iges", "IGES model", extensions=(".igs", ".iges"), textual=True, carrier=("drawing", 2.0)),
    FileType(
        "text",
        "plain text",
        extensions=(
            ".txt",
            ".md",
            ".markdown",
            ".rst",
            ".log",
            ".ini",
            ".cfg",
            ".conf",
            ".yaml",
            ".yml",
            ".toml",
            ".json",
            ".tex",
            ".py",
            ".m",
            ".inp",
            ".dat",
        ),
        textual=True,
    ),
    FileType(
        "binary",
        "unknown binary content",
        unsupported="unknown binary content (not a document format the scanner reads)",
    ),
)

BY_NAME: dict[str, FileType] = {t.name: t for t in TYPES}
#: `(magic, type name)` in the order they are tried
MAGIC: tuple[tuple[Magic, str], ...] = tuple((m, t.name) for t in TYPES for m in t.magic)

CONTAINER_TYPES: tuple[str, ...] = tuple(t.name for t in TYPES if t.container)
ZIP_PACKAGES: tuple[str, ...] = tuple(t.name for t in TYPES if t.zip_package)
PICTURE_PACKAGES: tuple[str, ...] = tuple(t.name for t in TYPES if t.may_hold_pictures)
NO_CONTENT_TYPES: tuple[str, ...] = tuple(t.name for t in TYPES if t.no_document_content)
UNSUPPORTED: dict[str, str] = {t.name: t.unsupported for t in TYPES if t.unsupported}
CARRIER_PRIORS: dict[str, tuple[str, float]] = {t.name: t.carrier for t in TYPES if t.carrier}
#: extensions of text formats: such a name whose bytes are not text is typed `binary`
TEXTUAL_EXTENSIONS: frozenset[str] = frozenset(e for t in TYPES if t.textual for e in t.extensions)


def extensions(name: str) -> frozenset[str]:
    """The extensions the table gives type `name`."""
    return frozenset(BY_NAME[name].extensions)


def description(file_type: str) -> str:
    """What a type is, in words ("X.509 certificate"); the name itself for an unknown type."""
    known = BY_NAME.get(file_type)
    return known.description if known else file_type


def no_content_reason(file_type: str) -> str | None:
    """For a type recognised by content that holds no document text, why a scan may pass it
    ("no document content: S/MIME signature"); None for every other type."""
    known = BY_NAME.get(file_type)
    if known is None or not known.no_document_content:
        return None
    return f"no document content: {known.description}"


# Archives and documents inside another file, each recognised by its signature and the header
# fields after it (a program that reads zips or writes PDFs holds the bare signature as a
# constant, a header it does not).


def _zip_entry(b: bytes, i: int) -> bool:
    """A zip local file header: version, method, a name of printable characters."""
    if len(b) < i + 30:
        return False
    version, flags, method = struct.unpack_from("<HHH", b, i + 4)
    name_length = struct.unpack_from("<H", b, i + 26)[0]
    name = b[i + 30 : i + 30 + name_length]
    return (
        10 <= version & 0xFF <= 63
        and flags < 0x4000
        and method in (0, 1, 6, 8, 9, 12, 14, 93, 95, 98, 99)
        and 0 < name_length <= 1024
        and len(name) == name_length
        and all(c >= 0x20 for c in name)
    )


def _pdf_header(b: bytes, i: int) -> bool:
    """A PDF's header line, then binary comment or objects without the NUL that ends a C string
    constant (a program that writes PDFs holds "%PDF-1.3\\n" too), and an object soon after."""
    return (
        re.match(rb"%PDF-[12]\.\d[\r\n]", b[i : i + 9]) is not None
        and b"\x00" not in b[i : i + 64]
        and b" obj" in b[i : i + 4096]
    )


def _ole2_header(b: bytes, i: int) -> bool:
    return (
        b[i + 24 : i + 25] == b"\x3e"
        and b[i + 26 : i + 27] in (b"\x03", b"\x04")
        and b[i + 28 : i + 30] == b"\xfe\xff"
    )


def _rar_header(b: bytes, i: int) -> bool:
    """RAR 4: the marker, then the archive header (type 0x73); RAR 5: the marker, a CRC, then
    the main header (type 1)."""
    if b[i + 6 : i + 7] == b"\x00":
        return _byte_in(b, i + 9, b"\x73")
    if b[i + 6 : i + 8] == b"\x01\x00":
        return _byte_in(b, i + 13, b"\x01") or (
            _byte_in(b, i + 12, bytes(range(0x80, 0x100))) and _byte_in(b, i + 14, b"\x01")
        )
    return False


def _7z_header(b: bytes, i: int) -> bool:
    """7z: the signature, version 0.2–0.4, then the start header (CRC, next header's offset,
    size and CRC), which is not all zeros."""
    return (
        b[i + 6 : i + 7] == b"\x00"
        and _byte_in(b, i + 7, b"\x02\x03\x04")
        and b[i + 8 : i + 32].strip(b"\x00") != b""
    )


def _nsis_header(b: bytes, i: int) -> bool:
    """NSIS: the signature, then the header's length and the length of all the data (not a
    second signature, as in a program that looks for installers)."""
    if len(b) < i + 24:
        return False
    header, total = struct.unpack_from("<II", b, i + 16)
    return 0 < header <= total and b[i + 16 : i + 20] != b"\xef\xbe\xad\xde"


def _byte_in(b: bytes, i: int, allowed: bytes) -> bool:
    return i < len(b) and b[i] in allowed


_PAYLOADS: tuple[tuple[bytes, Callable[[bytes, int], bool]], ...] = (
    (b"PK\x03\x04", _zip_entry),
    (b"7z\xbc\xaf\x27\x1c", _7z_header),
    (b"Rar!\x1a\x07", _rar_header),
    (b"MSCF\x00\x00\x00\x00", lambda b, i: b[i + 12 : i + 16] == b"\x00" * 4),  # a Windows cabinet
    (_OLE2, _ole2_header),  # an MSI installer, an Office file
    (b"%PDF-", _pdf_header),
    (b"\xef\xbe\xad\xdeNullsoftInst", _nsis_header),  # an NSIS installer's data
)


def embedded_payload(data: bytes) -> bool:
    """True when `data` holds an archive or a document past its first byte."""
    for signature, valid in _PAYLOADS:
        position = data.find(signature, 1)
        for _ in range(10_000):  # bounded: a hostile file may repeat a signature everywhere
            if position < 0 or valid(data, position):
                break
            position = data.find(signature, position + 1)
        else:
            return True  # so many signatures that it cannot be told: not document-free
        if position >= 0:
            return True
    return False
