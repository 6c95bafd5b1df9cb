"""The text of an Office Open XML package that its reader's document model leaves out.

The DOCX, XLSX and PPTX readers read what python-docx, openpyxl and python-pptx give: a Word
body's own paragraphs and tables, a sheet's cells, a slide's shapes. A file sent holds more,
and Word, Excel and PowerPoint show it: tracked insertions and deletions, content controls,
text boxes, fields and smart tags, footnotes, endnotes and comments; cell comments, text boxes
and chart titles on a sheet, print headers and footers; a slide's charts. A process spec kept
in any of those came out `clear`. This module reads that text, part by part, as extra segments
placed by what holds them ("text box", "tracked deletion", "comments" …).

A Word paragraph the document model reads in full is not read again: its parent is the body, a
header or footer, or a cell of a body table, and every text in it sits in a run directly in
it or in one of its hyperlinks. Any other paragraph with text is read whole (its read runs
too: an insertion is read with the sentence it completes). A table the model does not read (a
table in a table's cell, as Word forms nest them; a table in a header or footer) is read row by
row, its cells apart by tabs, as the body's tables are. Identical texts are read once.
"""

from __future__ import annotations

import functools
import posixpath
import re
import zipfile
from collections.abc import Callable

from scanner.extract.opc import SAFE
from scanner.extract.zipview import open_zip
from scanner.types import Location, Segment, Skip

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math"
_M_T = f"{{{_M}}}t"
_P, _R, _T, _DEL_T = (f"{{{_W}}}{t}" for t in ("p", "r", "t", "delText"))
_TAB, _BR, _CR = (f"{{{_W}}}{t}" for t in ("tab", "br", "cr"))
_BODY, _HDR, _FTR, _TC, _TR, _TBL, _HYPERLINK = (
    f"{{{_W}}}{t}" for t in ("body", "hdr", "ftr", "tc", "tr", "tbl", "hyperlink")
)
#: what holds a Word text the document model does not read, innermost first, and its name
_HOLDERS = {
    f"{{{_W}}}txbxContent": "text box",
    f"{{{_W}}}del": "tracked deletion",
    f"{{{_W}}}moveFrom": "tracked move",
    f"{{{_W}}}ins": "tracked insertion",
    f"{{{_W}}}moveTo": "tracked move",
    f"{{{_W}}}fldSimple": "field",
    f"{{{_W}}}smartTag": "smart tag",
    f"{{{_W}}}customXml": "custom XML",
    f"{{{_W}}}sdtContent": "content control",
    f"{{{_W}}}dir": "bidirectional run",
    f"{{{_W}}}bdo": "bidirectional run",
    f"{{{_W}}}ruby": "ruby text",
    f"{{{_M}}}oMath": "equation",
}
#: the markers of such text in a Word part: a part without any is read in full already
_WORD_MARKERS = re.compile(
    rb"<(?:\w+:)?(?:ins|del|delText|moveTo|moveFrom|sdt|txbxContent|fldSimple|smartTag|customXml|"
    rb"AlternateContent|altChunk|dir|bdo|ruby|oMath|instrText)\b"
)
#: a table's or a cell's start or end tag: a table inside a cell is read by this module
_TABLE_TAGS = re.compile(rb"<(/?)(?:\w+:)?(tbl|tc)[\s>/]")
#: the parts whose tables the document model does not read at all (it reads their paragraphs)
_HEADER_OR_FOOTER = re.compile(r"word/(?:header|footer)\d*\.xml")
_INSTR = f"{{{_W}}}instrText"
#: Word parts whose text the model never reads, and their names in locations
_WORD_NOTES = {
    "word/footnotes.xml": "footnotes",
    "word/endnotes.xml": "endnotes",
    "word/comments.xml": "comments",
    # building blocks (Quick Parts, AutoText) a template or a document carries
    "word/glossary/document.xml": "building blocks",
}
_WORD_READ = re.compile(r"word/(?:document\d*|header\d*|footer\d*)\.xml")
#: DrawingML and spreadsheet text outside cells: comments, text boxes, charts, sheets' print
#: headers and footers
_A_T = "{http://schemas.openxmlformats.org/drawingml/2006/main}t"
_A_P = "{http://schemas.openxmlformats.org/drawingml/2006/main}p"
_C_V = "{http://schemas.openxmlformats.org/drawingml/2006/chart}v"
_X = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_X_COMMENT, _X_T = f"{{{_X}}}comment", f"{{{_X}}}t"
_HEADER_FOOTER = tuple(
    f"{{{_X}}}{t}"
    for t in ("oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter")
)
#: parts that hold data as values, not text runs, and the attributes that hold a value or a name
#: in them: a pivot table's cache (the source rows, kept when the source sheet is deleted; `s
#: v="…"`, `cacheField name="…"`), an external link's cached cells, a slide's tags (`p:tag
#: val="…"`), custom XML data (bound content controls, SharePoint properties: its values are its
#: elements' text, its attributes schema names). Every value is read.
_DATA_PARTS: tuple[tuple[re.Pattern[str], str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        re.compile(r"xl/pivotCache/pivotCache(?:Definition|Records)\d+\.xml"),
        "pivot cache",
        ("v", "name", "caption"),
        ("xlsx",),
    ),
    (re.compile(r"xl/externalLinks/externalLink\d+\.xml"), "external link cache", ("v",), ("xlsx",)),
    (re.compile(r"ppt/tags/tag\d+\.xml"), "tags", ("name", "val"), ("pptx",)),
    (re.compile(r"customXml/item\d+\.xml"), "custom XML data", (), ("docx", "xlsx", "pptx")),
)
_EXTRA_PARTS = {
    "docx": re.compile(r"word/(?:charts/chart|diagrams/data)\d+\.xml"),
    "xlsx": re.compile(
        r"xl/(?:comments\d*|comments/comment\d+|drawings/drawing\d+|charts/chart\d+|diagrams/data\d+"
        r"|worksheets/sheet\d+)\.xml"
    ),
    # a layout's and a master's shapes are drawn on every slide that uses them
    "pptx": re.compile(
        r"ppt/(?:charts/chart\d+|comments/comment\d+|diagrams/data\d+|slideLayouts/slideLayout\d+"
        r"|slideMasters/slideMaster\d+)\.xml"
    ),
}
_SHEET_MARKERS = re.compile(
    rb"<(?:\w+:)?dataValidation\b|<(?:\w+:)?(?:odd|even|first)(?:Header|Footer)\b|</(?:\w+:)?f>\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>"
)
_X_C, _X_F, _X_V = f"{{{_X}}}c", f"{{{_X}}}f", f"{{{_X}}}v"
_STRING_LITERAL = re.compile(r'"((?:[^"]|"")*)"')


def _literals(formula: str) -> list[str]:
    """The string literals of a formula, a number format or a field instruction ("" is a ")."""
    return [m.replace('""', '"') for m in _STRING_LITERAL.findall(formula)]


def completed(extracted, data: bytes, kind: str):
    """`extracted` with the rest of the package's text and its gaps added (before the reader
    decides whether the file holds any text at all)."""
    import dataclasses

    segments, skipped = rest(data, kind)
    if not segments and not skipped:
        return extracted
    return dataclasses.replace(
        extracted, segments=(*extracted.segments, *segments), skipped=(*extracted.skipped, *skipped)
    )


def rest(data: bytes, kind: str) -> tuple[list[Segment], list[Skip]]:
    """The segments of `kind`'s ("docx", "xlsx", "pptx") package that its reader leaves out,
    and what of them could not be read."""
    segments: list[Segment] = []
    skipped: list[Skip] = []
    seen: set[str] = set()
    try:
        archive = open_zip(data)
    except (zipfile.BadZipFile, OSError, ValueError):
        return segments, skipped  # the reader has said why already
    with archive:
        names = sorted(archive.namelist())
        readers: list[tuple[str, Callable[[], list[tuple[str, Location]]]]] = []
        for name in names:
            if kind == "docx" and (_WORD_READ.fullmatch(name) or name in _WORD_NOTES):
                readers.append((name, functools.partial(_word_part, archive, name)))
            elif _EXTRA_PARTS[kind].fullmatch(name):
                readers.append((name, functools.partial(_drawing_part, archive, name)))
            elif (data := _data_kind(kind, name)) is not None:
                readers.append((name, functools.partial(_data_part, archive, name, *data)))
        for where, read_part in _PACKAGE_READERS[kind]:
            readers.append((where, functools.partial(read_part, archive, names)))
        for where, read in readers:
            try:
                found = read()
            except Exception as exc:  # a part its reader did not need, and that does not parse
                skipped.append(Skip("unreadable", where, f"not read: {type(exc).__name__}"))
                continue
            for text, location in found:
                key = " ".join(text.split())
                if key and key not in seen:
                    seen.add(key)
                    segments.append(Segment(text, location))
        if kind == "docx":
            skipped.extend(_alt_chunks(archive, names))
    return segments, skipped


_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
#: the parts whose pictures and shapes carry alt text (`descr`, `title` of `docPr` / `cNvPr`)
_ALT_PARTS = {
    "docx": re.compile(r"word/(?:document\d*|header\d*|footer\d*)\.xml"),
    "pptx": re.compile(r"ppt/slides/slide\d+\.xml"),
    "xlsx": re.compile(r"xl/drawings/drawing\d+\.xml"),
}
_ALT_MARK = re.compile(rb"<(?:\w+:)?(?:docPr|cNvPr)\b[^>]*\b(?:descr|title)=")


def _marked_part(archive: zipfile.ZipFile, names: list[str], name: str, marker: bytes):
    """Part `name` parsed, if the package has it and its bytes hold `marker`; else None."""
    if name not in names:
        return None
    raw = archive.read(name)
    return _xml(archive, name, raw) if marker in raw else None


def _custom_properties(archive: zipfile.ZipFile, names: list[str]) -> list[tuple[str, Location]]:
    """`docProps/custom.xml`: properties a user or a system set (File > Properties > Custom),
    which the readers' core properties leave out."""
    root = _marked_part(archive, names, "docProps/custom.xml", b"property")
    if root is None:
        return []
    found = []
    for prop in root:
        name = prop.get("name") or "?"
        values = [v.text for v in prop.iter() if v is not prop and v.text and v.text.strip()]
        if values:
            found.append((f"{name}: {' '.join(values)}", Location(part=f"metadata:custom {name}")))
    return found


def _alt_texts(archive: zipfile.ZipFile, names: list[str], kind: str) -> list[tuple[str, Location]]:
    """Pictures' and shapes' alt text (what a screen reader says, and Word shows on request)."""
    found = []
    for name in names:
        if not _ALT_PARTS[kind].fullmatch(name):
            continue
        raw = archive.read(name)
        if not _ALT_MARK.search(raw):
            continue
        stem = posixpath.basename(name).removesuffix(".xml")
        for element in _xml(archive, name, raw).iter():
            if not isinstance(element.tag, str) or not element.tag.endswith(("}docPr", "}cNvPr")):
                continue
            text = " ".join(
                v.strip() for v in (element.get("title"), element.get("descr")) if v and v.strip()
            )
            if text:
                found.append(
                    (text, Location(part=f"alt text of {element.get('name') or 'a picture'} ({stem})"))
                )
    return found


def _defined_names(archive: zipfile.ZipFile, names: list[str]) -> list[tuple[str, Location]]:
    """A workbook's defined names (Formulas > Name Manager): a name and what it stands for, a
    constant or a reference, which no cell shows."""
    root = _marked_part(archive, names, "xl/workbook.xml", b"definedName")
    if root is None:
        return []
    found = []
    for element in root.iter(f"{{{_X}}}definedName"):
        name = element.get("name") or ""
        if name.startswith("_xlnm."):  # Excel's own: print areas, filter ranges
            continue
        text = f"{name}: {element.text or ''}".strip()
        if text.strip(": "):
            found.append((text, Location(part=f"defined name {name}")))
    return found


def _document_variables(archive: zipfile.ZipFile, names: list[str]) -> list[tuple[str, Location]]:
    """A Word document's variables (`w:docVars`, set by macros and templates): not shown, but
    in the file sent."""
    root = _marked_part(archive, names, "word/settings.xml", b"docVar")
    if root is None:
        return []
    found = []
    for element in root.iter(f"{{{_W}}}docVar"):
        name, value = element.get(f"{{{_W}}}name") or "", element.get(f"{{{_W}}}val") or ""
        if value.strip():
            found.append((f"{name}: {value}", Location(part=f"document variable {name}")))
    return found


def _number_formats(archive: zipfile.ZipFile, names: list[str]) -> list[tuple[str, Location]]:
    """The literal text of a workbook's number formats ('0.0 "℃ × 4 h, vacuum"'): Excel shows
    it in every cell formatted so."""
    root = _marked_part(archive, names, "xl/styles.xml", b"numFmt")
    if root is None:
        return []
    found = []
    for element in root.iter(f"{{{_X}}}numFmt"):
        code = element.get("formatCode") or ""
        literals = _literals(code)
        text = " ".join(x for x in literals if x.strip())
        if text:
            found.append((text, Location(part=f"number format {element.get('numFmtId', '?')}")))
    return found


def _xml(archive: zipfile.ZipFile, name: str, raw: bytes | None = None):
    from lxml import etree

    return etree.fromstring(raw if raw is not None else archive.read(name), etree.XMLParser(**SAFE))


def _word_part(archive: zipfile.ZipFile, name: str) -> list[tuple[str, Location]]:
    raw = archive.read(name)
    notes = _WORD_NOTES.get(name)
    tables = _unread_tables(raw, name)
    if notes is None and not tables and not _WORD_MARKERS.search(raw):
        return []
    root = _xml(archive, name, raw)
    paragraphs: dict[int, tuple[object, list[str], str | None]] = {}
    order: list[int] = []
    for element in root.iter(_T, _DEL_T, _TAB, _BR, _CR, _M_T):
        paragraph = next(element.iterancestors(_P), None)
        if paragraph is None:
            continue
        key = id(paragraph)
        if key not in paragraphs:
            paragraphs[key] = (paragraph, [], None)
            order.append(key)
        held, texts, holder = paragraphs[key]
        if element.tag in (_T, _DEL_T, _M_T):
            texts.append(element.text or "")
            if holder is None and (notes or not _read_by_model(element, paragraph)):
                paragraphs[key] = (held, texts, notes or _holder(element))
        else:
            texts.append("\t" if element.tag == _TAB else "\n")
    out = _field_texts(root, name)
    label_of = posixpath.basename(name).removesuffix(".xml")
    in_body = _body_numbers(root) if name == "word/document.xml" else {}
    rows, in_rows = (
        _table_rows(root, paragraphs, label_of if notes is None else notes) if tables else ([], set())
    )
    for number, key in enumerate(order, start=1):
        held, texts, holder = paragraphs[key]
        text = "".join(texts)
        if key in in_rows:
            continue  # read with its table's row
        if holder is not None and text.strip():
            where = holder if name == "word/document.xml" or notes else f"{holder} in {label_of}"
            # a text box, a tracked change … in a body paragraph is placed by that paragraph's
            # number as the body's reader counts it (a text box anchored in paragraph 2 was
            # "paragraph 3": the third paragraph with text, its own included)
            top = [held, *held.iterancestors(_P)][-1]
            out.append((text, Location(part=where, paragraph=in_body.get(top, number))))
    return out + rows


def _unread_tables(raw: bytes, name: str) -> bool:
    """Whether a Word part holds a table the document model does not read: any table of a
    header or footer, a table inside a table's cell anywhere."""
    if _HEADER_OR_FOOTER.fullmatch(name):
        return b"tbl" in raw and any(m.group(2) == b"tbl" for m in _TABLE_TAGS.finditer(raw))
    if raw.count(b"tbl") < 2:  # a nested table needs two tables' tags at least
        return False
    cells = 0
    for match in _TABLE_TAGS.finditer(raw):
        if match.group(2) == b"tc":
            cells += -1 if match.group(1) else 1
        elif not match.group(1) and cells > 0:
            return True
    return False


def _table_rows(root, paragraphs: dict, label: str) -> tuple[list[tuple[str, Location]], set[int]]:
    """The rows of the tables in `root` the document model does not read (`_unread_tables`),
    each one text of its cells' paragraphs, the cells apart by tabs; and the keys (in
    `paragraphs`) of the paragraphs read so. A row is placed by its table's place: the body
    table it is nested in, or the header or footer part, and its own row number."""
    in_header = root.tag in (_HDR, _FTR)
    body = root.find(f"{{{_W}}}body")
    tables = (c for c in body if c.tag == _TBL) if body is not None else ()
    body_tables = {t: n for n, t in enumerate(tables, start=1)}
    rows: list[tuple[str, Location]] = []
    taken: set[int] = set()
    for table in root.iter(_TBL):
        outer = list(table.iterancestors(_TBL))
        if not outer and not in_header:
            continue  # a body table: the document model reads it
        if outer:
            part = "table in a table cell" if not in_header else f"table in a table cell in {label}"
            number = body_tables.get(outer[-1])
        else:
            part, number = f"table in {label}", None
        for row_no, row in enumerate((r for r in table if r.tag == _TR), start=1):
            cells = []
            for cell in (c for c in row if c.tag == _TC):
                texts = []
                for paragraph in (p for p in cell if p.tag == _P):
                    key = id(paragraph)
                    if key in paragraphs:
                        taken.add(key)
                        texts.append("".join(paragraphs[key][1]))
                cells.append(" ".join(t.replace("\n", " ") for t in texts if t.strip()))
            text = "\t".join(cells)
            if text.strip():
                rows.append((text, Location(part=part, table=number, row=row_no)))
    return rows, taken


def _body_numbers(root) -> dict:
    """The body's own paragraphs (`w:body`'s `w:p` children, empty ones too) numbered from 1, as
    the DOCX reader numbers them. Keyed by the elements themselves, which keeps them alive: lxml
    gives the same proxy for a node only while one exists (an id would be reused)."""
    body = root.find(f"{{{_W}}}body")
    if body is None:
        return {}
    return {p: n for n, p in enumerate((c for c in body if c.tag == _P), start=1)}


def _field_texts(root, name: str) -> list[tuple[str, Location]]:
    """The quoted texts of a part's field instructions (`{ QUOTE "…" }`, a hyperlink's screen
    tip, `{ FILLIN "…" }`): Word shows them when the field is updated or hovered, while the
    result kept in the file may be stale."""
    found = []
    for number, paragraph in enumerate(root.iter(_P), start=1):
        instructions = "".join(t.text or "" for t in paragraph.iter(_INSTR))
        literals = _literals(instructions)
        text = " ".join(x for x in literals if x.strip())
        if text:
            where = "field instruction" if name == "word/document.xml" else f"field instruction in {name}"
            found.append((text, Location(part=where, paragraph=number)))
    return found


def _read_by_model(text, paragraph) -> bool:
    """The document model (python-docx's, `wordxml`) reads this `w:t` of this paragraph."""
    if text.tag != _T:
        return False
    run = text.getparent()
    if run is None or run.tag != _R:
        return False
    holder = run.getparent()
    if holder is not paragraph and not (holder.tag == _HYPERLINK and holder.getparent() is paragraph):
        return False
    parent = paragraph.getparent()
    if parent is None:
        return False
    if parent.tag in (_BODY, _HDR, _FTR):
        return True
    if parent.tag == _TC:  # a cell of a table in the body itself
        row = parent.getparent()
        table = row.getparent() if row is not None else None
        outer = table.getparent() if table is not None else None
        return (
            row is not None
            and row.tag == _TR
            and table.tag == _TBL
            and outer is not None
            and outer.tag == _BODY
        )
    return False


def _holder(element) -> str:
    for ancestor in element.iterancestors():
        name = _HOLDERS.get(ancestor.tag)
        if name is not None:
            return name
    return "document (outside its reading order)"


_SHAPE = re.compile(rb"<p:sp[\s>]")
_PLACEHOLDER = re.compile(rb"<p:ph[\s/>]")
#: shapes that are not plain shapes (tables, charts, groups, pictures with text): read
_OTHER_SHAPES = re.compile(rb"<p:(?:graphicFrame|grpSp|cxnSp)[\s>]")


def _drawing_part(archive: zipfile.ZipFile, name: str) -> list[tuple[str, Location]]:
    """A chart's, comment's, text box's or sheet header's text, one segment per paragraph,
    comment or header (a chart: its texts and values together)."""
    raw = archive.read(name)
    stem = posixpath.basename(name).removesuffix(".xml")
    if "/slideLayouts/" in name or "/slideMasters/" in name:
        # a placeholder's prompt ('Click to edit Master title style') is not shown on a slide:
        # a layout or master whose every shape is a placeholder has nothing drawn to read
        shapes = len(_SHAPE.findall(raw))
        if 0 < shapes == len(_PLACEHOLDER.findall(raw)) and not _OTHER_SHAPES.search(raw):
            return []
    if "/worksheets/" in name:  # a sheet's cells are read already; its print headers are not
        if not _SHEET_MARKERS.search(raw):
            return []
        root = _xml(archive, name, raw)
        found = [
            (element.text, Location(part=f"print {element.tag.split('}')[1]} of {stem}"))
            for element in root.iter(*_HEADER_FOOTER)
            if element.text and element.text.strip()
        ]
        for rule in root.iter(f"{{{_X}}}dataValidation"):
            # a drop-down list's choices, written in the rule as a string literal
            listed = [x for f in rule.iter(f"{{{_X}}}formula1") for x in _literals(f.text or "")]
            text = " ".join(
                [
                    *(
                        v.strip()
                        for k in ("promptTitle", "prompt", "errorTitle", "error")
                        if (v := rule.get(k)) and v.strip()
                    ),
                    *(x for x in listed if x.strip()),
                ]
            )
            if text:
                found.append((text, Location(part=f"input message on {rule.get('sqref', '?')} of {stem}")))
        # a formula with no value kept (written by a script, never opened in Excel): the cell
        # reads empty, and the text is in the formula's string literals
        for cell in root.iter(_X_C):
            formula = cell.find(_X_F)
            value = cell.find(_X_V)
            if formula is not None and formula.text and (value is None or not (value.text or "").strip()):
                literals = _literals(formula.text)
                if any(s.strip() for s in literals):
                    where = f"formula in {cell.get('r', '?')} of {stem}"
                    found.append((" ".join(literals), Location(part=where)))
        return found
    root = _xml(archive, name, raw)
    if "/charts/" in name:
        texts = [e.text for e in root.iter(_A_T, _C_V) if e.text and e.text.strip()]
        return [(" | ".join(texts), Location(part=stem))] if texts else []
    if root.tag.endswith("}comments"):
        found = []
        for number, comment in enumerate(root.iter(_X_COMMENT), start=1):
            text = "".join(t.text or "" for t in comment.iter(_X_T))
            if text.strip():
                found.append(
                    (text, Location(part=f"comment on {comment.get('ref', '?')} ({stem})", paragraph=number))
                )
        if not found:  # a deck's comments: their text elements, whatever their name
            found = [(t.text, Location(part=stem)) for t in root.iter() if t.tag.endswith("}text") and t.text]
        return found
    holders = (
        ("/diagrams/", "SmartArt"),
        ("/slideLayouts/", "slide layout"),
        ("/slideMasters/", "slide master"),
    )
    holder = next((label for folder, label in holders if folder in name), "text box")
    return [
        ("".join(t.text or "" for t in p.iter(_A_T)), Location(part=f"{holder} ({stem})", paragraph=number))
        for number, p in enumerate(root.iter(_A_P), start=1)
        if "".join(t.text or "" for t in p.iter(_A_T)).strip()
    ]


def _data_kind(kind: str, name: str) -> tuple[str, tuple[str, ...]] | None:
    """The label and value attributes of a data part of a `kind` package, or None."""
    for pattern, label, attributes, kinds in _DATA_PARTS:
        if kind in kinds and pattern.fullmatch(name):
            return label, attributes
    return None


def _data_part(
    archive: zipfile.ZipFile, name: str, label: str, attributes: tuple[str, ...]
) -> list[tuple[str, Location]]:
    """Every text a data part holds, as element text or as a value attribute, in order (one
    segment for the part, values separated as a table's cells are)."""
    root = _xml(archive, name, archive.read(name))
    values: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for key in attributes:
            value = element.get(key)
            if value and value.strip() and not _NUMBER.fullmatch(value.strip()):
                values.append(value.strip())
        if element.text and element.text.strip() and not _NUMBER.fullmatch(element.text.strip()):
            values.append(element.text.strip())
    stem = posixpath.basename(name).removesuffix(".xml")
    return [(" | ".join(dict.fromkeys(values)), Location(part=f"{label} ({stem})"))] if values else []


_NUMBER = re.compile(r"[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _app_properties(archive: zipfile.ZipFile, names: list[str]) -> list[tuple[str, Location]]:
    """`docProps/app.xml`'s free-text fields (File > Properties: company, manager, the
    hyperlink base), which the readers' core properties leave out."""
    root = _marked_part(archive, names, "docProps/app.xml", b"<")
    if root is None:
        return []
    found = []
    for element in root:
        if not isinstance(element.tag, str):
            continue
        key = element.tag.split("}")[-1]
        if key in ("Company", "Manager", "HyperlinkBase") and element.text and element.text.strip():
            found.append((f"{key}: {element.text.strip()}", Location(part=f"metadata:{key.lower()}")))
    return found


def _alt_chunks(archive: zipfile.ZipFile, names: list[str]) -> list[Skip]:
    """Content a document imports whole from another format (`w:altChunk`: HTML, RTF, another
    document): Word shows it; it is not read here, so the file goes to review."""
    if "word/document.xml" not in names or not re.search(
        rb"<(?:\w+:)?altChunk\b", archive.read("word/document.xml")
    ):
        return []
    return [
        Skip("unreadable", "imported content (altChunk)", "content imported from another format is not read")
    ]


#: what each kind of package holds outside its parts' text, read once for the whole package,
#: and the name a gap is recorded under when it does not parse
_PACKAGE_READERS: dict[
    str, list[tuple[str, Callable[[zipfile.ZipFile, list[str]], list[tuple[str, Location]]]]]
] = {
    kind: [
        ("docProps/custom.xml", _custom_properties),
        ("docProps/app.xml", _app_properties),
        ("alt text", functools.partial(_alt_texts, kind=kind)),
        *extra,
    ]
    for kind, extra in (
        ("docx", [("word/settings.xml", _document_variables)]),
        ("xlsx", [("xl/styles.xml", _number_formats), ("xl/workbook.xml", _defined_names)]),
        ("pptx", []),
    )
}
