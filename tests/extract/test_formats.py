"""The format table (scanner.extract.formats): consistent with the readers and the lists other
modules keep, and the binaries it recognises by content as holding no document text."""

from __future__ import annotations

import importlib.util
import io
import struct
import wave
import zipfile
from collections.abc import Callable

import pytest

from scanner.extract import formats
from scanner.extract.formats import BY_NAME, MAGIC, TYPES, no_content_reason
from scanner.extract.registry import EXTRACTORS, PICTURE_PACKAGES, UNSUPPORTED, type_of
from scanner.extract.sniff import sniff

# --- the table is consistent ------------------------------------------------------------------


def test_every_type_has_exactly_one_record() -> None:
    names = [t.name for t in TYPES]
    assert len(names) == len(set(names))
    assert set(EXTRACTORS) <= set(BY_NAME)


def test_every_type_is_read_or_says_why_not() -> None:
    """A type is read (a reader), opened (a container), passed (no document content) or
    reported (unsupported, with a message); the encrypted Office file has its own error."""
    for t in TYPES:
        roles = [
            t.name in EXTRACTORS,
            t.container,
            t.no_document_content,
            t.unsupported is not None,
            t.name == "encrypted-office",
        ]
        assert sum(roles) == 1, (t.name, roles)
        assert t.description


def test_the_table_holds_the_lists_the_other_modules_use() -> None:
    assert set(formats.CONTAINER_TYPES) == {
        "zip",
        "tar",
        "gzip",
        "bzip2",
        "xz",
        "email",
        "msg",
        "tnef",
        "7z",
        "rar",
        "pkcs7-signed",
    }
    assert set(formats.ZIP_PACKAGES) == {"docx", "xlsx", "pptx", "odf", "epub", "comsol"}
    assert formats.CARRIER_PRIORS["dxf"] == ("drawing", 2.0)
    assert formats.CARRIER_PRIORS["gcode"] == ("nc-program", 2.0)
    assert set(PICTURE_PACKAGES) == {"docx", "pptx", "xlsx", "odf"}
    assert UNSUPPORTED["binary"] == "unknown binary content (not a document format the scanner reads)"
    assert {"zip-corrupt", "ole2", "dwg", "binary"} <= set(UNSUPPORTED)
    assert UNSUPPORTED["dwg"] == "DWG drawing: content not inspectable"


def test_family_flavours_are_named_by_content_only_inside_their_family() -> None:
    for t in TYPES:
        if t.family is None:
            assert not (t.zip_part or t.zip_mimetype or t.ole_stream), t.name
        assert not (t.family and t.magic), t.name  # the family's magic names them
        assert not (t.textual and t.magic), t.name


def _shadows(first: formats.Magic, later: formats.Magic) -> bool:
    """`first` matches whatever `later` matches (and so hides it)."""
    if first.check is not None:
        return False
    if first.extensions and not (later.extensions and set(later.extensions) <= set(first.extensions)):
        return False
    return all(
        any(
            o2 <= o1 and o1 + len(b1) <= o2 + len(b2) and b2[o1 - o2 : o1 - o2 + len(b1)] == b1
            for o2, b2 in later.parts
        )
        for o1, b1 in first.parts
    )


def test_magic_is_unique_or_ordered_deliberately() -> None:
    """No two records claim the same bytes, and no pattern tried first hides a later one of
    another type (`RIFF` is shared: each claim names its own form at offset 8; records sharing
    a prefix tell themselves apart by a check)."""
    seen = set()
    for index, (magic, kind) in enumerate(MAGIC):
        key = (magic.parts, magic.check, magic.extensions)
        assert key not in seen, (kind, magic)
        seen.add(key)
        for later, other in MAGIC[index + 1 :]:
            if other != kind:
                assert not _shadows(magic, later), (kind, magic.parts, other, later.parts)


def test_no_content_reason() -> None:
    assert no_content_reason("smime-signature") == "no document content: S/MIME signature"
    assert no_content_reason("certificate") == "no document content: X.509 certificate"
    assert no_content_reason("font") == "no document content: font"
    assert no_content_reason("audio") == "no document content: audio"
    assert no_content_reason("video") == "no document content: video"
    assert no_content_reason("executable") == "no document content: executable or library"
    for name in ("zip", "pdf", "text", "binary", "embedded-archive", "pkcs7-signed", "msg", "nonsense"):
        assert no_content_reason(name) is None
    assert set(formats.NO_CONTENT_TYPES) == {
        "smime-signature",
        "certificate",
        "font",
        "audio",
        "video",
        "executable",
        "appledouble",
        "ds-store",
    }
    assert no_content_reason("ds-store") == "no document content: macOS Finder folder settings (.DS_Store)"
    assert not set(formats.NO_CONTENT_TYPES) & set(formats.CONTAINER_TYPES)


# --- sample builders ---------------------------------------------------------------------------


def der(tag: int, *content: bytes) -> bytes:
    body = b"".join(content)
    n = len(body)
    if n < 0x80:
        return bytes([tag, n]) + body
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + body


def oid(hex_body: str) -> bytes:
    return der(0x06, bytes.fromhex(hex_body))


SHA256_RSA = oid("2a864886f70d01010b")
SHA256 = oid("608648016503040201")
P7_DATA, P7_SIGNED, P7_ENVELOPED = (oid("2a864886f70d0107" + x) for x in ("01", "02", "03"))


def certificate(version: bool = True) -> bytes:
    name = der(0x30, der(0x31, der(0x30, oid("550403"), der(0x0C, b"test"))))
    tbs = der(
        0x30,
        der(0xA0, der(0x02, b"\x02")) if version else b"",
        der(0x02, b"\x01\x23"),
        der(0x30, SHA256_RSA, der(0x05, b"")),
        name,
        der(0x30, der(0x17, b"250101000000Z"), der(0x17, b"350101000000Z")),
        name,
        der(0x30, der(0x30, oid("2a864886f70d010101")), der(0x03, b"\x00" + bytes(64))),
    )
    return der(0x30, tbs, der(0x30, SHA256_RSA, der(0x05, b"")), der(0x03, b"\x00" + bytes(64)))


def signed_data(content: bytes | None, signers: bool = True) -> bytes:
    encapsulated = der(0x30, P7_DATA, *([der(0xA0, der(0x04, content))] if content is not None else []))
    signer = der(0x30, der(0x02, b"\x01"), der(0x04, b"id"), der(0x30, SHA256), der(0x04, bytes(64)))
    body = der(
        0x30,
        der(0x02, b"\x01"),
        der(0x31, der(0x30, SHA256)),
        encapsulated,
        der(0xA0, certificate()),
        der(0x31, signer if signers else b""),
    )
    return der(0x30, P7_SIGNED, der(0xA0, body))


def detached_ber() -> bytes:
    """A detached signature in BER with indefinite lengths, as some mail clients write it."""
    end = b"\x00\x00"
    return (
        b"\x30\x80"
        + P7_SIGNED
        + b"\xa0\x80\x30\x80"
        + der(0x02, b"\x01")
        + der(0x31, der(0x30, SHA256))
        + b"\x30\x80"
        + P7_DATA
        + end
        + der(0x31, der(0x30, der(0x02, b"\x01")))
        + end * 3
    )


def pem(label: str, body: bytes) -> bytes:
    import base64

    text = base64.b64encode(body).decode()
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"


def sfnt(flavour: bytes, tags: tuple[bytes, ...] = (b"OS/2", b"cmap", b"head", b"name")) -> bytes:
    n = len(tags)
    power = 1 << (n.bit_length() - 1)
    header = flavour + struct.pack(">HHHH", n, power * 16, power.bit_length() - 1, n * 16 - power * 16)
    offset = 12 + 16 * n
    records = b"".join(struct.pack(">4sIII", tag, 0, offset + 64 * i, 64) for i, tag in enumerate(tags))
    return header + records + bytes(64 * n)


def woff(signature: bytes) -> bytes:
    return signature + b"\x00\x01\x00\x00" + struct.pack(">IHH", 2000, 4, 0) + bytes(200)


def wav() -> bytes:
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(bytes(1600))
    return buf.getvalue()


def mp3_frames(count: int = 3) -> bytes:
    frame = b"\xff\xfb\x90\x00" + bytes(413)  # MPEG-1 layer III, 128 kbit/s, 44.1 kHz: 417 bytes
    return frame * count


def id3() -> bytes:
    return b"ID3\x03\x00\x00\x00\x00\x00\x17TIT2\x00\x00\x00\x0d\x00\x00\x00Test Title!!" + mp3_frames()


def ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x02\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + struct.pack(">I", 8) + b"mdat" + bytes(100)


def ogg(codec_header: bytes) -> bytes:
    return b"OggS\x00\x02" + bytes(20) + b"\x01\x1e" + codec_header + bytes(60)


def ebml(doctype: bytes) -> bytes:
    inner = b"\x42\x86\x81\x01" + b"\x42\x82" + bytes([0x80 | len(doctype)]) + doctype
    return b"\x1a\x45\xdf\xa3" + bytes([0x80 | len(inner)]) + inner + bytes(100)


def elf() -> bytes:
    return b"\x7fELF\x02\x01\x01\x00" + bytes(8) + struct.pack("<HHI", 3, 62, 1) + bytes(400)


def pe() -> bytes:
    image = bytearray(1024)
    image[:2] = b"MZ"
    image[0x3C:0x40] = struct.pack("<I", 0x80)
    image[0x80:0x84] = b"PE\x00\x00"
    image[0x84:0x86] = struct.pack("<H", 0x8664)
    return bytes(image)


def java_class() -> bytes:
    return b"\xca\xfe\xba\xbe\x00\x00\x00\x34" + bytes(100)


def macho_fat() -> bytes:
    return b"\xca\xfe\xba\xbe\x00\x00\x00\x02" + struct.pack(">5I", 7, 3, 4096, 100, 12) + bytes(100)


def pyc() -> bytes:
    return importlib.util.MAGIC_NUMBER + bytes(12) + b"\xe3" + bytes(100)


def zip_with(name: str, data: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(name, data)
    return buf.getvalue()


DOCUMENT_ZIP = zip_with("spec/NdFeB sintering.docx", b"word/document.xml" * 50)
A_PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n"

Builder = Callable[[], bytes]

# --- recognised by content, no document text --------------------------------------------------

NO_CONTENT: list[tuple[Builder, str, str]] = [
    (lambda: signed_data(None), "smime.p7s", "smime-signature"),
    (lambda: signed_data(None), "signature.bin", "smime-signature"),
    (detached_ber, "smime.p7s", "smime-signature"),
    (lambda: pem("PKCS7", signed_data(None)).encode(), "smime.p7s", "smime-signature"),
    (lambda: signed_data(None) + b"\r\n", "smime.p7s", "smime-signature"),
    (certificate, "server.cer", "certificate"),
    (lambda: certificate(version=False), "v1.der", "certificate"),
    (lambda: certificate(), "named-wrongly.txt", "certificate"),
    (lambda: pem("CERTIFICATE", certificate()).encode(), "server.pem", "certificate"),
    (lambda: (pem("CERTIFICATE", certificate()) * 3).encode(), "chain.crt", "certificate"),
    (lambda: signed_data(None, signers=False), "bundle.p7b", "certificate"),
    (lambda: sfnt(b"\x00\x01\x00\x00"), "DejaVuSans.ttf", "font"),
    (lambda: sfnt(b"OTTO", (b"CFF ", b"OS/2", b"cmap", b"head")), "SourceHan.otf", "font"),
    (lambda: sfnt(b"true"), "Geneva.dfont", "font"),
    (
        lambda: b"ttcf\x00\x01\x00\x00\x00\x00\x00\x02" + struct.pack(">II", 20, 100) + bytes(100),
        "a.ttc",
        "font",
    ),
    (lambda: woff(b"wOFF"), "icons.woff", "font"),
    (lambda: woff(b"wOF2"), "icons.woff2", "font"),
    (id3, "song.mp3", "audio"),
    (mp3_frames, "untagged.mp3", "audio"),
    (wav, "recording.wav", "audio"),
    (lambda: b"fLaC\x80\x00\x00\x22" + bytes(34), "a.flac", "audio"),
    (lambda: ogg(b"\x01vorbis" + bytes(22)), "a.ogg", "audio"),
    (lambda: ogg(b"OpusHead\x01\x02"), "a.opus", "audio"),
    (lambda: ftyp(b"M4A ", b"M4A ", b"mp42", b"isom"), "a.m4a", "audio"),
    (lambda: ftyp(b"mp42", b"M4A ", b"mp42"), "itunes.m4a", "audio"),
    (lambda: b"FORM\x00\x00\x10\x00AIFFCOMM" + bytes(30), "a.aiff", "audio"),
    (lambda: b"MThd\x00\x00\x00\x06\x00\x01\x00\x02\x01\xe0" + bytes(20), "a.mid", "audio"),
    (lambda: ftyp(b"isom", b"isom", b"iso2", b"avc1", b"mp41"), "clip.mp4", "video"),
    (lambda: ftyp(b"qt  ", b"qt  "), "clip.mov", "video"),
    (lambda: ftyp(b"3gp5", b"3gp5", b"isom"), "clip.3gp", "video"),
    (lambda: b"RIFF\x00\x10\x00\x00AVI LIST" + bytes(100), "clip.avi", "video"),
    (lambda: ebml(b"matroska"), "clip.mkv", "video"),
    (lambda: ebml(b"webm"), "clip.webm", "video"),
    (lambda: ogg(b"\x80theora" + bytes(30)), "clip.ogv", "video"),
    (lambda: b"\x00\x00\x01\xba\x44" + bytes(100), "clip.mpg", "video"),
    (lambda: b"FLV\x01\x05\x00\x00\x00\x09" + bytes(50), "clip.flv", "video"),
    (elf, "libmagnet.so", "executable"),
    (elf, "a.out", "executable"),
    (pe, "setup.exe", "executable"),
    (pe, "driver.dll", "executable"),
    (lambda: b"\xcf\xfa\xed\xfe\x07\x00\x00\x01" + bytes(100), "tool", "executable"),
    (lambda: b"\xfe\xed\xfa\xce" + bytes(100), "tool", "executable"),
    (macho_fat, "universal", "executable"),
    (java_class, "Magnet.class", "executable"),
    (lambda: b"\x00asm\x01\x00\x00\x00" + bytes(20), "module.wasm", "executable"),
    (lambda: b"dex\n035\x00" + bytes(100), "classes.dex", "executable"),
    (pyc, "module.cpython-311.pyc", "executable"),
]


@pytest.mark.parametrize(("build", "name", "expected"), NO_CONTENT)
def test_binaries_without_document_content(build: Builder, name: str, expected: str) -> None:
    data = build()
    assert type_of(name, data) == expected
    assert no_content_reason(expected) is not None


def test_a_real_signature_and_certificate() -> None:
    """Made by the `cryptography` package (a dependency of pdfminer), when installed."""
    pytest.importorskip("cryptography")

    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.serialization import pkcs7

    from tests.signing import self_signed

    key, cert = self_signed("COMMON_NAME", "export-control test", days=30)
    der_cert = cert.public_bytes(serialization.Encoding.DER)
    assert type_of("user.cer", der_cert) == "certificate"
    assert type_of("user.pem", cert.public_bytes(serialization.Encoding.PEM)) == "certificate"
    builder = (
        pkcs7.PKCS7SignatureBuilder()
        .set_data(b"NdFeB sintering at 1060 C")
        .add_signer(cert, key, hashes.SHA256())
    )
    detached = builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.DetachedSignature])
    assert type_of("smime.p7s", detached) == "smime-signature"
    detached_pem = builder.sign(serialization.Encoding.PEM, [pkcs7.PKCS7Options.DetachedSignature])
    assert detached_pem.startswith(b"-----BEGIN PKCS7-----")
    assert type_of("smime.p7s", detached_pem) == "smime-signature"
    # opaque signing: the signed text is inside, so it is not document-free
    assert type_of("smime.p7m", builder.sign(serialization.Encoding.DER, [])) == "pkcs7-signed"
    assert (
        type_of("bundle.p7b", pkcs7.serialize_certificates([cert], serialization.Encoding.DER))
        == "certificate"
    )
    # an S/MIME message is an e-mail (its signature is one of its parts)
    smime = builder.sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
    assert type_of("signed.eml", smime) == "email"


# --- not document-free ------------------------------------------------------------------------

NOT_NO_CONTENT: list[tuple[Builder, str, str]] = [
    # a signature that holds the signed message, an encrypted message
    (lambda: signed_data(b"Subject: NdFeB\r\n\r\nsintering at 1060 C"), "smime.p7m", "pkcs7-signed"),
    (
        lambda: der(0x30, P7_ENVELOPED, der(0xA0, der(0x30, der(0x02, b"\x00")))),
        "smime.p7m",
        "pkcs7-encrypted",
    ),
    # a certificate or signature with more after it is not only that
    (lambda: certificate() + b"appended text that is not part of the certificate", "a.cer", "binary"),
    (lambda: signed_data(None) + A_PDF, "smime.p7s", "binary"),
    (lambda: pem("CERTIFICATE", certificate()).encode() + b"notes: NdFeB 1060 C\n", "c.pem", "text"),
    (lambda: b"subject=CN test\n" + pem("CERTIFICATE", certificate()).encode(), "c.pem", "text"),
    (lambda: pem("PRIVATE KEY", bytes(48)).encode(), "key.pem", "text"),
    (lambda: pem("CERTIFICATE", b"not a certificate").encode(), "c.pem", "text"),
    # programs and media carrying an archive or a document: self-extracting archives, installers
    (lambda: pe() + DOCUMENT_ZIP, "setup.exe", "embedded-archive"),
    (lambda: elf() + A_PDF, "tool", "embedded-archive"),
    (lambda: id3() + DOCUMENT_ZIP, "song.mp3", "embedded-archive"),
    (lambda: ftyp(b"isom", b"isom") + A_PDF, "clip.mp4", "embedded-archive"),
    # pictures share ISO media's box: not video
    (lambda: ftyp(b"heic", b"mif1", b"heic"), "photo.heic", "binary"),
    (lambda: ftyp(b"avif", b"avif", b"mif1"), "photo.avif", "binary"),
    # containers stay containers
    (lambda: DOCUMENT_ZIP, "clip.mp4", "zip"),
    # SQLite databases can hold text: unknown binary
    (lambda: b"SQLite format 3\x00" + bytes(200), "data.db", "binary"),
]


@pytest.mark.parametrize(("build", "name", "expected"), NOT_NO_CONTENT)
def test_what_may_hold_documents_is_not_document_free(build: Builder, name: str, expected: str) -> None:
    assert type_of(name, build()) == expected


def test_a_program_that_merely_knows_the_signatures_is_still_a_program() -> None:
    """Tools that read zips or write PDFs hold the bare signatures as constants."""
    constants = (
        b"PK\x03\x04\x00\x00%PDF-1.3\n\x00%%%c\n\x001 0 obj\n\x00"
        b"Rar!\x1a\x07\x00s\x00\x007z\xbc\xaf\x27\x1c\x00\x00\xef\xbe\xad\xdeNullsoftInst\xef\xbe\xad\xde"
    )
    assert type_of("unar", elf() + constants + bytes(100)) == "executable"


# --- texts that begin like a binary stay texts --------------------------------------------------

TEXTS_ALIKE = [
    (b"OTTO Fuchs bearing specification, NdFeB rotor\n", "spec.txt", "text"),
    (b"OTTO Fuchs bearing specification, NdFeB rotor\n", "spec", "text"),
    (b"MZ-series magnets: sintering at 1060 C\n" * 3, "notes", "text"),
    (b"ID3 tags and RIFF headers explained\n", "readme", "text"),
    (b"RIFF chunks: WAVE files hold audio\n", "readme", "text"),
    (b"fLaC is the FLAC signature\n", "readme.md", "text"),
    (b"0\nSECTION\n2\nENTITIES\n0\nEOF\n", "drawing", "dxf"),
    (b"ttcf, wOFF and OggS are signatures\n", "notes.txt", "text"),
]


@pytest.mark.parametrize(("data", "name", "expected"), TEXTS_ALIKE)
def test_texts_that_begin_like_binaries(data: bytes, name: str, expected: str) -> None:
    assert type_of(name, data) == expected
    assert sniff(data, name) == expected


def test_head_only_sniffing_accepts_a_pem_cut_off_by_the_head() -> None:
    bundle = (pem("CERTIFICATE", certificate()) * 40).encode()
    assert len(bundle) > 8192
    assert sniff(bundle[:8192], "ca-bundle.crt") == "certificate"
    assert type_of("ca-bundle.crt", bundle) == "certificate"
