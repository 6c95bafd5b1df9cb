"""Hand-made PDFs for the tests of the PDF readers."""

from __future__ import annotations


def numbered_pdf(objects: list[bytes], version: str = "1.5", trailer: bytes = b"") -> bytes:
    """A PDF of `objects`, numbered from 1 (object 1 its catalog), with its cross-reference
    table; `trailer`: more entries for the trailer dictionary (" /Info 7 0 R")."""
    out = bytearray(f"%PDF-{version}\n".encode())
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        xref,
    )
    return bytes(out)
