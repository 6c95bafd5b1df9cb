"""DXF drawings (ASCII and binary) through ezdxf, with its recover mode for damaged files:
title-block attributes (ATTRIB tag: value), TEXT and MTEXT as plain text, dimension text
overrides, text inside block definitions (the title block, anonymous dimension blocks), layer
and block names, the header variables people fill in, and drawing properties (DWGPROPS). Each
segment is located by space or block, entity type, handle and layer. Coordinates carry no words
and are skipped.

Where ezdxf cannot make sense of a file, the raw reader takes over: (group code, value) pairs,
keeping text strings (codes 1 and 3), names (2), layers (8), styles (7) and comments (999)."""

from __future__ import annotations

import codecs
import io
import logging
import re
from collections.abc import Callable, Iterator

from scanner.extract.base import Extracted, Source
from scanner.extract.decode import decode_bytes
from scanner.types import Location, Segment, Skip

TEXT_CODES = {"1", "2", "3", "7", "8", "999"}
_MTEXT_CODES = re.compile(r"\\[PpNn~]|\\[A-Za-z][^;\\]*;|[{}]")
_SKIP_VALUES = {
    "",
    "0",
    "ENTITIES",
    "SECTION",
    "ENDSEC",
    "EOF",
    "TABLE",
    "ENDTAB",
    "BLOCK",
    "ENDBLK",
    "HEADER",
    "CLASSES",
    "TABLES",
    "BLOCKS",
    "OBJECTS",
    "Standard",
    "STANDARD",
    "ByLayer",
    "ByBlock",
    "CONTINUOUS",
    "Continuous",
    "Defpoints",
}


#: Header variables a person or a CAD front-end fills with words about the drawing.
HEADER_VARS = ("$PROJECTNAME", "$HYPERLINKBASE", "$LASTSAVEDBY", "$TITLE", "$SUBJECT", "$AUTHOR")
logging.getLogger("ezdxf").setLevel(logging.ERROR)  # repairs are its business, not the user's
_TEXT_TYPES = {"TEXT", "MTEXT", "ATTRIB", "ATTDEF", "DIMENSION", "ARC_DIMENSION", "MULTILEADER", "MLEADER"}


def extract_dxf(source: Source) -> Extracted:
    """A drawing's words; a drawing cut short (no EOF marker: a failed copy, a truncated
    attachment) is read as far as it goes and recorded as not read to the end."""
    data = source.read()
    cut = (
        ()
        if _complete(data)
        else (Skip("unreadable", "end of drawing", "the file is truncated (no EOF marker)"),)
    )
    return _extract_dxf(data).plus(*cut)


def _complete(data: bytes) -> bool:
    """ASCII DXF ends with the group `0` / `EOF`; binary DXF with `EOF` and a NUL. A writer that
    stopped after a whole section marker (`0`/`SECTION`, `0`/`ENDSEC`) wrote what it meant to;
    a copy cut short stops anywhere, mostly inside an entity."""
    tail = data[-64:]
    if data.startswith(b"AutoCAD Binary DXF"):
        return b"EOF\x00" in tail
    lines = tail.rstrip(b"\x00\x1a \t\r\n").upper().splitlines()
    if not lines:
        return False
    last = lines[-1].strip()
    before = lines[-2].strip() if len(lines) > 1 else b""
    return last == b"EOF" or (before == b"0" and last in (b"SECTION", b"ENDSEC"))


def _extract_dxf(data: bytes) -> Extracted:
    """The fast reader for the plain ASCII drawings it is sure to read exactly as ezdxf does
    (`scanner.extract.dxfnative`), ezdxf for every other drawing."""
    from scanner.extract.dxfnative import read_native  # imports this module

    native = read_native(data)
    return native if native is not None else _extract_with_ezdxf(data)


def _extract_with_ezdxf(data: bytes) -> Extracted:
    try:
        doc = _load(data)
    except Exception as exc:  # ezdxf raises several kinds of error on damaged files
        raw = _raw_dxf(data)
        note = f"read without structure (ezdxf: {type(exc).__name__}: {str(exc)[:120]})"
        return Extracted(raw.segments, raw.metadata, (note, *raw.notes))
    words = Words(_encoding_repair(data, doc))
    add = words.add
    for var in HEADER_VARS:
        value = doc.header.get(var)
        if isinstance(value, str) and value.strip():
            add(f"{var[1:].lower()}: {value}", f"header {var}")
    for text, where in _properties(doc):
        add(text, where)
    layers: dict[str, None] = {}  # names in order of first use: entities may use undeclared ones
    for layout in doc.layouts:
        space = "model space" if layout.name == "Model" else f"layout {layout.name}"
        for entity in layout:
            layers[entity.dxf.get("layer", "0")] = None
            for text, where in _entity_texts(entity, space):
                add(text, where)
    # sorted: ezdxf may add its standard blocks in an order that varies from run to run, and the
    # same file must always read the same
    for block in sorted(doc.blocks, key=lambda b: b.name):
        if block.name.startswith("*Model_Space") or block.name.startswith("*Paper_Space"):
            continue
        if not block.name.startswith(("*", "_")):  # anonymous blocks, standard arrowheads
            add(block.name, f"block {block.name}")
        for entity in block:
            for text, where in _entity_texts(entity, f"block {block.name}"):
                add(text, where)
    for layer in doc.layers:
        layers[layer.dxf.name] = None
    for name in layers:
        add(name, f"layer {name}")
    return words.extracted({"dxf_version": str(doc.dxfversion)})


class Words:
    """A drawing's words as segments, whoever reads the drawing (ezdxf or `dxfnative`): each text
    repaired (`_encoding_repair`), its MTEXT codes out and its white space folded, read once (a
    title block inserted on every sheet), and left out when it holds no letter or is a name every
    drawing has."""

    def __init__(self, repair: Callable[[str], str] | None = None) -> None:
        self.segments: list[Segment] = []
        self._seen: set[str] = set()
        self._repair = repair or _same

    def add(self, text: str, where: str) -> None:
        text = " ".join(_MTEXT_CODES.sub(" ", self._repair(text)).split())
        if text in _SKIP_VALUES or text in self._seen or not any(c.isalpha() for c in text):
            return
        self._seen.add(text)
        self.segments.append(Segment(text, Location(part=where)))

    def extracted(self, metadata: dict[str, str]) -> Extracted:
        notes = () if self.segments else ("the drawing holds geometry only: no text, names or comments",)
        return Extracted(tuple(self.segments), metadata, notes)


def _load(data: bytes):
    import ezdxf  # noqa: F401 - registers the entity types
    from ezdxf import recover
    from ezdxf.document import Drawing
    from ezdxf.lldxf.tagger import binary_tags_loader

    if data.startswith(b"AutoCAD Binary DXF"):
        return Drawing.load(binary_tags_loader(data))
    doc, _auditor = recover.read(io.BytesIO(data))
    return doc


def _encoding_repair(data: bytes, doc) -> Callable[[str], str]:
    """ezdxf decodes an ASCII DXF by its header ($DWGCODEPAGE; cp1252 when there is none). A
    drawing saved as UTF-8 or GBK without saying so then reads as mojibake; its strings are
    decoded again with the encoding the bytes show."""
    if data.startswith(b"AutoCAD Binary DXF") or not _NON_ASCII.search(data):
        return _same
    _, actual = decode_bytes(data)
    declared = getattr(doc, "encoding", "cp1252") or "cp1252"
    try:
        if codecs.lookup(actual).name == codecs.lookup(declared).name:
            return _same
    except LookupError:
        return _same

    def repair(text: str) -> str:
        try:
            return text.encode(declared, "surrogateescape").decode(actual)
        except (UnicodeError, LookupError):
            return text

    return repair


def _same(text: str) -> str:
    return text


_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _entity_texts(entity, space: str) -> Iterator[tuple[str, str]]:
    kind = entity.dxftype()
    if kind == "INSERT":
        for attrib in getattr(entity, "attribs", ()):
            where = f"{space}, title block {entity.dxf.get('name', '?')} {attrib.dxf.get('tag', '')}"
            yield f"{attrib.dxf.get('tag', '')}: {attrib.dxf.get('text', '')}", where
        return
    if kind not in _TEXT_TYPES:
        return
    where = f"{space}, {kind} #{entity.dxf.get('handle', '?')}, layer {entity.dxf.get('layer', '0')}"
    if kind == "MTEXT":
        yield entity.plain_text(split=False), where
    elif kind == "TEXT":
        yield entity.plain_text(), where
    elif kind in ("ATTRIB", "ATTDEF"):
        prompt = entity.dxf.get("prompt", "") if kind == "ATTDEF" else ""
        yield f"{entity.dxf.get('tag', '')}: {entity.dxf.get('text', '')} {prompt}".strip(), where
    elif "DIMENSION" in kind:
        override = entity.dxf.get("text", "")
        if override and override.strip() not in ("<>", " "):
            yield override.replace("<>", "").strip(), where
    else:  # MULTILEADER
        context = getattr(entity, "context", None)
        mtext = getattr(context, "mtext", None)
        if mtext is not None and getattr(mtext, "default_content", ""):
            yield mtext.default_content, where


def _properties(doc) -> Iterator[tuple[str, str]]:
    """AutoCAD's drawing properties (title, subject, author, keywords, comments, custom ones),
    kept in the DWGPROPS record of the root dictionary."""
    try:
        record = doc.rootdict.get("DWGPROPS")
    except Exception:
        return
    if record is None or not hasattr(record, "tags"):
        return
    for tag in record.tags:
        value = tag.value
        if isinstance(value, str) and value.strip() and value != "DWGPROPS COOKIE":
            yield value, "metadata:drawing properties"


def _raw_dxf(data: bytes) -> Extracted:
    text, encoding = decode_bytes(data)
    lines = text.splitlines()
    segments: list[Segment] = []
    seen: set[str] = set()
    for i in range(0, len(lines) - 1, 2):
        code = lines[i].strip()
        if code not in TEXT_CODES:
            continue
        value = _MTEXT_CODES.sub(" ", lines[i + 1]).strip()
        if value in _SKIP_VALUES or value in seen or not any(c.isalpha() for c in value):
            continue
        seen.add(value)  # layer and style names repeat on every entity
        segments.append(Segment(value, Location(line=i + 2)))
    notes = () if segments else ("the drawing holds geometry only: no text, names or comments",)
    return Extracted(tuple(segments), {"encoding": encoding}, notes)
