"""Signatures and certificates: a DER/BER reader enough to walk the outer layers of a
PKCS#7/CMS ContentInfo (S/MIME signature, signed or encrypted message, certificate bundle) or
an X.509 certificate, and PEM files made of such blocks."""

from __future__ import annotations

import base64
import binascii
import re

from scanner.extract.content.fields import Check, whitespace_only

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
        if end is None or not whitespace_only(der[end:]):
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
    if whole and not whitespace_only(der[outer[1] + outer[2] :]):
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


def der_pkcs7(kind: str) -> Check:
    def check(head: bytes, data: bytes | None) -> bool:
        return pkcs7_kind(data if data is not None else head, data is not None) == kind

    return check


def der_certificate(head: bytes, data: bytes | None) -> bool:
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
        if not labels or not whitespace_only(content[cursor:]):
            return None
    if all(label in _PEM_CERTIFICATE for label in labels):
        return "certificate"
    if len(labels) == 1 and labels[0] in _PEM_PKCS7:
        return pkcs7_kind(decoded[0], True)
    return None


def pem(kind: str) -> Check:
    def check(head: bytes, data: bytes | None) -> bool:
        return pem_kind(head, data) == kind

    return check


def signed_content(data: bytes) -> bytes | None:
    """The content a PKCS#7/CMS signedData encloses (`pkcs7-signed`: an opaque-signed S/MIME
    message, `smime.p7m`), DER or PEM: no key is needed to read it, only the signature needs
    one to be checked. None when the structure does not hold it whole."""
    der = _pem_der(data) if data.lstrip()[:11] == b"-----BEGIN " else data
    if der is None or pkcs7_kind(der, True) != "pkcs7-signed":
        return None
    parts = _children(der, 0, 2)
    signed = _children(der, _children(der, parts[1][1], 1)[0][1], 8)
    encapsulated = _children(der, signed[2][1], 2)
    if len(encapsulated) < 2 or encapsulated[1][0] != 0xA0:
        return None
    inner = _children(der, encapsulated[1][1], 1)
    if not inner:
        return None
    return _octets(der, inner[0][1], 0)


def _octets(der: bytes, pos: int, depth: int) -> bytes | None:
    """An OCTET STRING's bytes: primitive, or constructed of OCTET STRING pieces (BER, as
    streaming signers write it)."""
    element = _tlv(der, pos)
    if element is None or depth > 8:
        return None
    tag, start, length = element
    if tag == 0x04 and length is not None:
        return der[start : start + length] if start + length <= len(der) else None
    if tag != 0x24:
        return None
    pieces = []
    for _, child in _children(der, pos, 100_000):
        piece = _octets(der, child, depth + 1)
        if piece is None:
            return None
        pieces.append(piece)
    return b"".join(pieces)


def _pem_der(data: bytes) -> bytes | None:
    begin = _PEM_BEGIN.match(data)
    if begin is None or begin.group(1) not in _PEM_PKCS7:
        return None
    end = data.find(b"-----END " + begin.group(1) + b"-----", begin.end())
    if end < 0:
        return None
    try:
        return base64.b64decode(re.sub(rb"\s+", b"", data[begin.end() : end]), validate=True)
    except (binascii.Error, ValueError):
        return None
