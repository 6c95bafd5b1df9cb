"""Every file type the scanner knows, in one table: how it is recognised (magic bytes, a
structural check, the extensions it is known by) and what it is (a container, a zip package,
no document content at all, …). `sniff` and `registry` derive their lists from `TYPES`; the
readers stay in `registry.EXTRACTORS`, keyed by the names used here.

The table is plain data (its records, `FileType` and `Magic`, are in `filetype`) and small
pure-Python checks (in `scanner.extract.content`): nothing heavy is imported.

Order matters in one place: magic patterns are tried in table order and the first match wins
(the long-established formats first, then the no-document binaries added after them; formats
recognised by a structure, not a prefix, come last).
"""

from __future__ import annotations

from scanner.extract.content.certificates import der_certificate, der_pkcs7, pem
from scanner.extract.content.certificates import is_certificate as is_certificate
from scanner.extract.content.certificates import pem_kind as pem_kind
from scanner.extract.content.certificates import pkcs7_kind as pkcs7_kind
from scanner.extract.content.executables import cafebabe, dex, elf, pe, pyc
from scanner.extract.content.fonts import sfnt, ttc, woff
from scanner.extract.content.media import (
    ASF,
    asf_audio,
    asf_video,
    flac,
    ftyp_audio,
    ftyp_video,
    id3,
    matroska,
    mp3_frames,
    ogg_audio,
    ogg_video,
)
from scanner.extract.content.payload import OLE2
from scanner.extract.content.payload import embedded_payload as embedded_payload
from scanner.extract.content.pictures import netpbm
from scanner.extract.filetype import FileType, Magic, at

# --- the table -----------------------------------------------------------------------------------

TYPES: tuple[FileType, ...] = (
    # Magic tried first, in this order (the order the sniffer has always used).
    FileType("pdf", "PDF document", (at(b"%PDF"),)),
    FileType("ole2", "OLE2 compound file", (at(OLE2),), unsupported="OLE2 compound file"),
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
    FileType("netpbm", "Netpbm image (PBM, PGM, PPM)", (at(b"P", check=netpbm),)),
    FileType(
        "jpeg2000",
        "JPEG 2000 image",
        (at(b"\x00\x00\x00\x0cjP  \r\n\x87\n"), at(b"\xff\x4f\xff\x51", ext=(".j2k", ".j2c", ".jpc"))),
    ),
    FileType(
        "ico",
        "Windows icon",
        (at(b"\x00\x00\x01\x00", ext=(".ico",)), at(b"\x00\x00\x02\x00", ext=(".cur",))),
    ),
    FileType("zip", "zip archive", (at(b"PK\x03\x04"), at(b"PK\x05\x06")), container=True),
    FileType("tar", "tar archive", (at((257, b"ustar")),), container=True),
    FileType(
        "tnef",
        "Outlook TNEF message (winmail.dat)",
        (at(b"\x78\x9f\x3e\x22"),),
        container=True,
    ),
    # Binaries recognised by content that hold no document text. After the formats above, so
    # that none of those changes type; each with a check, so that a text that happens to start
    # with the same letters ("OTTO …", "MZ …") stays text.
    FileType(
        "smime-signature",
        "S/MIME signature",
        (at(b"\x30", check=der_pkcs7("smime-signature")), at(check=pem("smime-signature"))),
        no_document_content=True,
    ),
    FileType(
        "pkcs7-signed",
        "PKCS#7 signed data with its content",
        (at(b"\x30", check=der_pkcs7("pkcs7-signed")), at(check=pem("pkcs7-signed"))),
        container=True,  # its content is read (no key is needed): `crawl.containers`
    ),
    FileType(
        "pkcs7-encrypted",
        "encrypted PKCS#7/S/MIME message",
        (at(b"\x30", check=der_pkcs7("pkcs7-encrypted")), at(check=pem("pkcs7-encrypted"))),
        unsupported="encrypted S/MIME or PKCS#7 message: the recipient's key is needed to read it",
    ),
    FileType(
        "certificate",
        "X.509 certificate",
        (
            at(b"\x30", check=der_certificate),
            at(b"\x30", check=der_pkcs7("certificate")),  # a PKCS#7 certificate bundle
            at(check=pem("certificate")),
        ),
        no_document_content=True,
    ),
    FileType(
        "font",
        "font",
        (
            at(b"\x00\x01\x00\x00", check=sfnt),  # TrueType
            at(b"OTTO", check=sfnt),  # OpenType with CFF outlines
            at(b"true", check=sfnt),  # Apple TrueType
            at(b"ttcf", check=ttc),  # TrueType/OpenType collection
            at(b"wOFF", check=woff),
            at(b"wOF2", check=woff),
        ),
        no_document_content=True,
    ),
    FileType(
        "appledouble",
        "macOS resource fork (AppleDouble metadata written by the Finder)",
        (at(b"\x00\x05\x16\x07"), at(b"\x00\x05\x16\x00")),
        no_document_content=True,
    ),
    FileType(
        "ds-store",
        "macOS Finder folder settings (.DS_Store)",
        (at(b"\x00\x00\x00\x01Bud1"),),
        no_document_content=True,
    ),
    FileType(
        "audio",
        "audio",
        (
            at(b"ID3", check=id3),  # MP3 (or AAC, FLAC) with an ID3v2 tag
            at(b"\xff", check=mp3_frames),  # MP3 without a tag: two frames back to back
            at(b"RIFF", (8, b"WAVE")),
            at(b"FORM", (8, b"AIFF")),
            at(b"FORM", (8, b"AIFC")),
            at(b"fLaC", check=flac),
            at(b"OggS\x00", check=ogg_audio),
            at((4, b"ftyp"), check=ftyp_audio),  # M4A, M4B
            at(b"MThd\x00\x00\x00\x06"),  # MIDI
            at(ASF, check=asf_audio),  # WMA
        ),
        no_document_content=True,
    ),
    FileType(
        "video",
        "video",
        (
            at((4, b"ftyp"), check=ftyp_video),  # MP4, MOV, 3GP (not HEIF/AVIF pictures)
            at(b"RIFF", (8, b"AVI ")),
            at(b"\x1a\x45\xdf\xa3", check=matroska),  # MKV, WebM
            at(b"OggS\x00", check=ogg_video),  # Theora
            at(b"\x00\x00\x01\xba"),  # MPEG program stream
            at(b"\x00\x00\x01\xb3"),  # MPEG-1/2 video
            at(b"FLV\x01", (5, b"\x00\x00\x00\x09")),
            at(ASF, check=asf_video),  # WMV
        ),
        no_document_content=True,
    ),
    FileType(
        "executable",
        "executable or library",
        (
            at(b"\x7fELF", check=elf),
            at(b"MZ", check=pe),
            at(b"\xfe\xed\xfa\xce"),  # Mach-O 32-bit, big-endian
            at(b"\xfe\xed\xfa\xcf"),  # Mach-O 64-bit, big-endian
            at(b"\xce\xfa\xed\xfe"),  # Mach-O 32-bit, little-endian
            at(b"\xcf\xfa\xed\xfe"),  # Mach-O 64-bit, little-endian
            at(b"\xca\xfe\xba\xbe", check=cafebabe),  # Mach-O universal, or a Java class
            at(b"\xca\xfe\xba\xbf"),  # Mach-O universal, 64-bit
            at(b"\x00asm\x01\x00\x00\x00"),  # WebAssembly
            at(b"dex\n", check=dex),  # Android Dalvik
            at((2, b"\r\n"), check=pyc, ext=(".pyc", ".pyo")),  # Python bytecode
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
