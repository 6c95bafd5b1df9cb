"""The records of the format table (`scanner.extract.formats.TYPES`): `FileType`, one type the
scanner knows, and `Magic`, content that names a type (`at` builds one)."""

from __future__ import annotations

from dataclasses import dataclass

from scanner.extract.content.fields import Check


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
