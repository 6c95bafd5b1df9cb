"""Tell a file's type from its content first, its extension second.

What the formats are (their magic bytes, extensions, families) is in `formats.TYPES`; this
module holds the order of the tests and the heuristics for text formats that have no magic.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import PurePath
from typing import AnyStr

from scanner.extract.filetype import Magic
from scanner.extract.formats import BY_NAME, MAGIC, TEXTUAL_EXTENSIONS, TYPES, embedded_payload, extensions
from scanner.extract.zipview import open_zip

TEXT_EXTENSIONS = extensions("text")
NC_EXTENSIONS = extensions("gcode")
DELIMITED_EXTENSIONS = extensions("delimited")
MARKUP_EXTENSIONS = extensions("markup")
_EMAIL_EXTENSIONS = extensions("email")
_SVG_EXTENSIONS = extensions("svg")
_DXF_EXTENSIONS = extensions("dxf")
_STEP_EXTENSIONS = extensions("step")
_IGES_EXTENSIONS = extensions("iges")

#: extensions of formats told by their bytes (magic, or a zip or OLE2 flavour) that are no
#: text format: a file so named whose bytes match none of them is read as text only when it is
#: plainly text (`_plain_text`)
_MAGIC_ONLY_NAMES = (
    ".pdf", ".png", ".jpg", ".jpeg", ".jpe", ".gif", ".tif", ".tiff", ".bmp", ".webp", ".jp2", ".j2k",
    ".ico", ".zip", ".7z", ".rar", ".gz", ".tgz", ".bz2", ".tbz2", ".xz", ".txz", ".dwg", ".odt",
    ".ods", ".odp", ".epub", ".ofd", ".xps", ".h5", ".hdf5",
)  # fmt: skip
_BINARY_EXTENSIONS = (
    (
        frozenset(e for t in TYPES if (t.magic or t.family) and not t.textual for e in t.extensions)
        | frozenset(_MAGIC_ONLY_NAMES)  # the names of formats the table knows by their magic alone
    )
    - TEXTUAL_EXTENSIONS
    - TEXT_EXTENSIONS
    - MARKUP_EXTENSIONS
    - DELIMITED_EXTENSIONS
)

# Formats recognised by content, in the order they are tried (the first match wins). Those
# whose readers come in a later release are reported as `unsupported format: …` rather than
# read as something they are not.
_MAGIC = MAGIC


def _by_first_byte(magic: tuple[tuple[Magic, str], ...]) -> dict[int, tuple[tuple[Magic, str], ...]]:
    """For each value of a file's first byte, the entries of `magic` that may match it, in
    their order: an entry wanting other bytes at offset 0 cannot (a file's test then tries a
    few entries of the table's seventy, not all)."""

    table: dict[int, list[tuple[Magic, str]]] = {first: [] for first in range(256)}
    for entry in magic:
        wanted = {p[:1] for offset, p in entry[0].parts if offset == 0 and p}
        if len(wanted) > 1:
            continue  # two different bytes wanted at offset 0: matches nothing
        firsts = [wanted.pop()[0]] if wanted else range(256)
        for first in firsts:
            table[first].append(entry)
    return {first: tuple(entries) for first, entries in table.items()}


_MAGIC_BY_FIRST = _by_first_byte(_MAGIC)
# An OOXML file encrypted with a password is an OLE2 file holding an "EncryptedPackage" stream.
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")
_LEGACY_EXT = {ext: t.name for t in TYPES if t.family == "ole2" for ext in t.extensions}
_OLE_STREAMS = tuple((t.ole_stream.encode("utf-16-le"), t.name) for t in TYPES if t.ole_stream)
#: OOXML packages, named by their extension when the zip is not opened
_ZIP_EXT = {ext: t.name for t in TYPES if t.family == "zip" and t.zip_part for ext in t.extensions}
_ZIP_PARTS = tuple((t.zip_part, t.name) for t in TYPES if t.zip_part)
_ZIP_MIMETYPES = tuple((t.zip_mimetype, t.name) for t in TYPES if t.zip_mimetype)
#: zip packages told by their extension only, when nothing inside names them (COMSOL's .mph)
_ZIP_LAST_EXT = {
    ext: t.name
    for t in TYPES
    if t.family == "zip" and not t.zip_part and not t.zip_mimetype
    for ext in t.extensions
}


#: formats whose readers stop at their own end, so that a zip appended to one (`cat a.pdf b.zip`,
#: which unzip opens) was never read, and the marker of that end
_ENDS = {"pdf": b"%%EOF", "png": b"IEND\xaeB`\x82", "jpeg": b"\xff\xd9"}
#: the end-of-central-directory record and the farthest from the end it can start
_EOCD, _EOCD_REACH = b"PK\x05\x06", 22 + 0xFFFF


def _appended_zip(data: bytes, kind: str) -> bool:
    """Whether a zip that unzip would open ends `data`, all its members after the end of the
    `kind` file in front (a zip stored inside a PDF, as an attachment the PDF's own objects and
    cross-reference table follow, is the PDF's business)."""
    at = data.rfind(_EOCD, max(0, len(data) - _EOCD_REACH))
    if at < 0:
        return False
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            first = min((i.header_offset for i in zf.infolist()), default=None)
    except Exception:  # not a zip after all: anything zipfile raises on a damaged directory
        return False
    if first is None:
        return False
    end = data.rfind(_ENDS[kind], 0, first + 1)
    return end >= 0 and data.rfind(_ENDS[kind], first) < 0


def sniff(head: bytes, name: str, open_zip: bytes | None = None) -> str:
    """Return a type name for a file whose first bytes are `head`.

    `open_zip` is the whole content when the caller already holds it (needed to look inside
    OOXML/ODF zips and OLE2 files for an encrypted package, to check that a certificate or a
    signature is the whole file, and that a program or a media file carries no archive); without
    it a zip is reported as `zip`.
    """
    suffix = PurePath(name).suffix.lower()
    for magic, kind in _MAGIC_BY_FIRST[head[0]] if head else _MAGIC:
        if magic.matches(head, open_zip, suffix):
            if kind == "ole2":
                if open_zip is not None and _ENCRYPTED_PACKAGE in open_zip[:1_000_000]:
                    return "encrypted-office"
                return _LEGACY_EXT.get(suffix) or _ole_kind(open_zip)
            if kind == "zip":
                return _zip_kind(open_zip, suffix)
            if BY_NAME[kind].no_document_content and open_zip is not None and embedded_payload(open_zip):
                return "embedded-archive"
            if kind in _ENDS and open_zip is not None and _appended_zip(open_zip, kind):
                return "zip"  # the zip's reader reads both: the file in front is its first part
            return kind
    if suffix in TEXTUAL_EXTENSIONS and _binary_content(head):
        return "binary"  # named as text, but its bytes are not: not read as what its name says
    if suffix in _BINARY_EXTENSIONS and not _plain_text(head):
        # named as a PDF, a workbook, a picture … whose bytes are none of them, nor plain text:
        # six random bytes named a.pdf decoded as three CJK characters and came out clear
        return "binary"
    if suffix in _EMAIL_EXTENSIONS or (
        head.startswith(b"From ") and (b"\nFrom:" in head[:4096] or b"\nReceived:" in head[:4096])
    ):
        return "email"
    if suffix in _SVG_EXTENSIONS or (b"<svg" in head[:4096] and _looks_like_markup(head)):
        return "svg"
    if suffix in DELIMITED_EXTENSIONS:
        return "delimited"
    if suffix in MARKUP_EXTENSIONS or _looks_like_markup(head):
        return "markup"
    if suffix in _DXF_EXTENSIONS or head.lstrip()[:32].replace(b"\r", b"").startswith(b"0\nSECTION"):
        return "dxf"
    if suffix in NC_EXTENSIONS or _looks_like_nc(head, suffix):
        return "gcode"
    if suffix in _STEP_EXTENSIONS or head.lstrip().startswith(b"ISO-10303-21"):
        return "step"
    if suffix in _IGES_EXTENSIONS:
        return "iges"
    if suffix in TEXT_EXTENSIONS:
        return "delimited" if _looks_like_table(head, suffix) else "text"
    if _looks_like_email(head):
        return "email"
    if _looks_binary(head):
        return "binary"
    return "delimited" if _looks_like_table(head, suffix) else "text"


def _ole_kind(data: bytes | None) -> str:
    """An OLE2 file without a telling extension, named by the streams in its directory."""
    if data is not None:
        for name, kind in _OLE_STREAMS:
            if name in data[:4_000_000]:
                return kind
    return "ole2"


def _zip_kind(data: bytes | None, suffix: str) -> str:
    if data is None:
        return _ZIP_EXT.get(suffix, "zip")
    try:
        with open_zip(data) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError, ValueError, EOFError):
        return "zip-corrupt"
    for part, kind in _ZIP_PARTS:
        if part in names:
            return kind
    for wanted, kind in _ZIP_MIMETYPES:
        if mimetype == wanted or (wanted.endswith("*") and mimetype.startswith(wanted[:-1])):
            return kind
    return _ZIP_LAST_EXT.get(suffix, "zip")


def _looks_like_markup(head: bytes) -> bool:
    start = head.lstrip()[:64].lower()
    return start.startswith((b"<!doctype html", b"<html", b"<?xml"))


def _looks_like_email(head: bytes) -> bool:
    lines = head[:2048].split(b"\n", 12)
    keys = {ln.split(b":", 1)[0].strip().lower() for ln in lines if b":" in ln}
    return len(keys & {b"from", b"to", b"subject", b"received", b"mime-version", b"message-id"}) >= 3


#: Heidenhain conversational programs start "0 BEGIN PGM name MM"; Fanuc ISO programs (.iso)
#: start with "%" or an O-number.
_HEIDENHAIN = re.compile(rb"^\s*0\s+BEGIN\s+PGM\b")
_ISO_START = re.compile(rb"^\s*(?:%|O\d+)")


#: the words a line of G-code starts with: a motion, an M-code that runs the machine, a tool
#: call (`policy/carrier.py` counts such lines, and O-numbers, as an NC program's cue)
NC_CODES = r"G0?[0-3]|G[1-9]\d|M0?[3-9]|T\d+"
_NC_LINE = re.compile(rf"(?m)^[ \t]*(?:N\d+[ \t]*)?(?:{NC_CODES})\b".encode())
#: G-code lines in a text file's first 4 KB that, under a program start, make it a program
NC_TEXT_LINES = 8


def _looks_like_nc(head: bytes, suffix: str) -> bool:
    """NC programs whose extensions are shared with other files: `.iso` (also disc images) and
    Heidenhain's `.h` (also C headers) are NC programs when their first line says so; a text
    file (`.txt`, or no extension) is one when it starts as a program does ("%", or an O-number
    with its comment) and its first lines are G-code: a program saved from a controller or a
    CAM post-processor under a text name."""
    if _HEIDENHAIN.match(head):
        return True
    if _looks_binary(head) or not _ISO_START.match(head):
        return False
    if suffix == ".iso":
        return True
    return suffix in (".txt", "") and len(_NC_LINE.findall(head[:4096])) >= NC_TEXT_LINES


#: text files that may be a table under a text name: a historian or data-logger export saved as
#: `.log`, a set-point dump saved as `.txt` (a `.dat` or `.inp` may be a simulation deck, and
#: configuration formats have their own shape)
_TABLE_SUFFIXES = (".txt", ".log", "")
#: a table: at least this many lines in the first 8 KB (besides blank and `#` comment lines),
#: this share of them cut by one delimiter into the same number of cells, at least this many
TABLE_LINES, TABLE_SHARE, TABLE_CELLS = 10, 0.8, 4


def _looks_like_table(head: bytes, suffix: str) -> bool:
    """A text file whose lines are a delimited table (a header over rows of the same number of
    cells), read as one, so that each value is read under its column's header and unit
    ("T_BATH[C]: 1046") as in a CSV file, instead of as a line of numbers with nothing to say
    what they measure."""
    if suffix not in _TABLE_SUFFIXES:
        return False
    lines = head.split(b"\n")
    if len(head) >= 8192:
        lines = lines[:-1]  # cut at the sample's end
    rows = [line for line in (raw.strip() for raw in lines) if line and not line.startswith(b"#")]
    if len(rows) < TABLE_LINES:
        return False
    for delimiter in (b";", b"\t", b"|", b","):
        cuts, agreeing = agreeing_cuts(rows, delimiter)
        if cuts + 1 >= TABLE_CELLS and agreeing >= TABLE_SHARE * len(rows):
            return True
    return False


def agreeing_cuts(lines: Sequence[AnyStr], delimiter: AnyStr) -> tuple[int, int]:
    """How many times most of `lines` that hold `delimiter` hold it, and how many lines do so
    ((0, 0) when none holds it): the rows of a table agree on their number of cells
    (`_looks_like_table` here; `delimited._most_lines` for a table's delimiter)."""
    counts = Counter(line.count(delimiter) for line in lines)
    counts.pop(0, None)
    return counts.most_common(1)[0] if counts else (0, 0)


def _bom_text(sample: bytes) -> bool | None:
    """None without a UTF-16 byte-order mark; with one, whether what follows reads as text: at
    most `BOM_GARBAGE` of its code units are surrogates, private-use, unassigned or control
    characters. Random bytes behind a BOM decode to every kind of character (about 15 % of
    them such); any real text, of any script, to almost none."""
    if not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    encoding = "utf-16-le" if sample.startswith(b"\xff\xfe") else "utf-16-be"
    body = sample[2:4096]
    text = body[: len(body) // 2 * 2].decode(encoding, errors="surrogatepass")
    if not text:
        return True
    garbage = sum(
        1
        for ch in text
        if unicodedata.category(ch) in ("Cs", "Co", "Cn") or (ch < " " and ch not in "\t\n\r\f\v")
    )
    return garbage <= BOM_GARBAGE * len(text)


#: the share of a BOM-marked text's characters that may be no text (`_bom_text`)
BOM_GARBAGE = 0.05


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    bom = _bom_text(head[:8192])
    if bom is not None:
        return not bom  # UTF-16 with a BOM: binary only when what follows is no text
    sample = head[:8192]
    if b"\x00" in sample:
        # UTF-16 without BOM has NULs on one parity only (ASCII/CJK mix); anything else is binary
        half = max(1, len(sample) // 2)
        even = sample[0::2].count(0) / half
        odd = sample[1::2].count(0) / half
        if even > 0.3 and odd < 0.05:
            other = sample[1::2]
        elif odd > 0.3 and even < 0.05:
            other = sample[0::2]
        else:
            return True
        return _controls(other) > 0.1 * len(other)
    return _controls(sample) > 0.1 * len(sample)


#: every byte but the control bytes counted against a text (below tab, and from SO to US)
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 9 or 13 < b < 32))


def _controls(sample: bytes) -> int:
    """How many of `sample`'s bytes are control bytes (counted in C: the rest deleted)."""
    return len(sample.translate(None, _NOT_CONTROL))


#: A run of NULs this long is padding (a log cut short by a crash, a fixed-size record), not
#: a sign of binary content.
_PADDING = re.compile(rb"\x00{16,}")
#: Control bytes (NUL among them) that do not occur in text (tab, line ends, form feed, ESC and
#: the shifts of ISO-2022 encodings and terminal colours, DOS's end-of-file mark do).
_HARD_CONTROL = tuple(bytes([b]) for b in (*range(9), *range(14, 32)) if b not in (0x0E, 0x0F, 0x1A, 0x1B))
#: Encodings the text readers decode (decode.decode_bytes): bytes that are valid in one of them
#: are text, however invalid as UTF-8.
_MULTIBYTE = ("gb18030", "big5", "shift_jis", "euc-kr")


def _binary_content(head: bytes) -> bool:
    """Bytes that are no text in any encoding the text readers decode: a file named `.txt`,
    `.dxf`, `.nc`, `.html`, … whose content is binary. UTF-16 (with or without BOM), legacy
    8-bit and CJK text (GBK, Big5, cp1251, …), text padded with NULs and damaged text with a
    stray NUL or control byte are text."""
    sample = _PADDING.sub(b"", head[:8192])
    hard = sum(sample.count(b) for b in _HARD_CONTROL)
    if hard <= 0.01 * len(sample) or _looks_utf16(sample):
        return False
    if hard > 0.05 * len(sample) and _looks_binary(sample):
        return True
    # few control bytes: binary only if the rest decodes in none of the encodings text comes in
    # (bytes that are neither UTF-8 nor GB18030, Big5, Shift-JIS, EUC-KR)
    if _invalid(sample, "utf-8") < 0.1:
        return False
    return all(_invalid(sample, encoding) > 0.02 for encoding in _MULTIBYTE)


def _plain_text(head: bytes) -> bool:
    """UTF-8 (a character cut at the end of the sample allowed) or UTF-16 with its BOM, without
    control bytes but white space."""
    sample = head[:8192]
    bom = _bom_text(sample)
    if bom is not None:
        return bom
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(sample) - 3:
            return False
        text = sample[: exc.start].decode("utf-8")
    return not any(ord(c) < 32 and c not in "\t\n\r\f\v" for c in text)


def _invalid(sample: bytes, encoding: str) -> float:
    """The share of `sample` that does not decode in `encoding`."""
    return sample.decode(encoding, errors="replace").count("\ufffd") / len(sample)


def _looks_utf16(sample: bytes) -> bool:
    """UTF-16 (or UTF-32) text, with or without a BOM: code units that are nearly all letters,
    digits, punctuation (Chinese text with a few ASCII digits has NULs on one parity, but too few
    for `_looks_binary` to see them as UTF-16)."""
    bom = _bom_text(sample)
    if bom is not None:
        return bom
    if len(sample) < 8:
        return False
    sample = sample[:4096]
    for encoding, width in (("utf-16-le", 2), ("utf-16-be", 2), ("utf-32-le", 4), ("utf-32-be", 4)):
        text = sample[: len(sample) // width * width].decode(encoding, errors="replace")
        if sum(1 for ch in text if _text_char(ch)) >= 0.9 * len(text):
            return True
    return False


def _text_char(ch: str) -> bool:
    return (
        "\u0020" <= ch <= "\u007e"
        or ch in "\t\r\n"
        or "\u00a0" <= ch <= "\u04ff"  # Latin-1, Latin extended, Greek, Cyrillic
        or "\u2000" <= ch <= "\u214f"  # general punctuation, currency, letter-like symbols (℃)
        or "\u3000" <= ch <= "\u30ff"  # CJK punctuation, kana
        or "\u4e00" <= ch <= "\u9fff"  # CJK ideographs
        or "\uac00" <= ch <= "\ud7a3"  # Hangul
        or "\uff00" <= ch <= "\uffef"  # full-width forms
    )
