"""Objects embedded in an RTF document (`{\\object\\objemb … {\\*\\objdata HEX}}`): Word writes an
inserted document, workbook or attached file there as an OLE1 object, hex-encoded (MS-OLEDS
2.2.4: version, format, class name, topic and item names, then the native data, which is the
object's OLE2 file or its packaged file). Each is handed out as a member, as an Office
package's embedded objects are (`embedded_objects.py`): `spec.rtf!object1/…`."""

from __future__ import annotations

import binascii
import re
import struct
from collections.abc import Iterator

from scanner.config import Limits
from scanner.crawl.containers import Member, _Budget, _refusal

_OBJDATA = re.compile(r"\\objdata(?![a-z])")
#: an OLE1 object stored in the document (FormatID 2); 1 is a link to a file elsewhere
_EMBEDDED = 2
_LINKED = 1


def has_rtf_objects(data: bytes) -> bool:
    return b"\\objdata" in data


def rtf_objects(data: bytes, limits: Limits) -> Iterator[Member]:
    from scanner.crawl.containers import unsafe_name
    from scanner.crawl.embedded_objects import _OLE2, _ole10native, _unwrap
    from scanner.extract.rtf import _pict_group

    raw = data.decode("latin-1")
    take = _Budget(limits)
    position = 0
    number = 0
    while (m := _OBJDATA.search(raw, position)) is not None:
        _, digits, position = _pict_group(raw, m.end())  # the group's own hex digits
        number += 1
        name = f"object{number}"
        if take.full:
            yield take.rest(1)
            break
        refusal = _refusal(name, len(digits) // 2, len(digits) // 2, limits, take)
        if refusal:
            yield refusal
            continue
        try:
            body = binascii.unhexlify(digits[: len(digits) // 2 * 2])
            kind, class_name, native = _ole1(body)
        except (binascii.Error, ValueError, struct.error) as exc:
            yield Member(name, None, f"damaged embedded object: {exc}")
            continue
        if kind == _LINKED:
            continue  # a link to a file elsewhere: nothing of it is in the document
        if kind != _EMBEDDED:
            yield Member(name, None, f"damaged embedded object: unknown OLE1 format {kind}")
            continue
        if native.startswith(_OLE2):
            yield _unwrap(name, native)
        elif class_name == "Package":  # an attached file (Packager): its label, then its data
            label, payload = _ole10native(struct.pack("<I", len(native)) + native)
            label = label if label and not unsafe_name(label) else "attachment"
            yield Member(f"{name}/{label}", payload)
        else:
            yield Member(name, native)


def _ole1(body: bytes) -> tuple[int, str, bytes]:
    """An OLE1 object's format (2: embedded), class name and native data."""
    _version, kind = struct.unpack_from("<II", body, 0)
    pos = 8
    names = []
    for _ in range(3):  # class name, topic name, item name
        (length,) = struct.unpack_from("<I", body, pos)
        names.append(body[pos + 4 : pos + 4 + length].rstrip(b"\x00").decode("latin-1"))
        pos += 4 + length
        if pos > len(body):
            raise ValueError("an OLE1 name runs past the object")
    if kind != _EMBEDDED:
        return kind, names[0], b""
    (size,) = struct.unpack_from("<I", body, pos)
    pos += 4
    if size > len(body) - pos:
        raise ValueError("the OLE1 native data runs past the object")
    return kind, names[0], body[pos : pos + size]
