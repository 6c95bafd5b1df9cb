"""A fast reader for plain ASCII DXF drawings that gives exactly what the ezdxf path gives.

`scanner.extract.dxf` reads a drawing with ezdxf's recovering loader and walks the document:
header variables, drawing properties, every layout's entities, the block definitions, the
layer table. Loading, binding and auditing the document costs about ten times more CPU than
a plain pass over its (group code, value) lines. `read_native` makes that plain pass and
builds the same `Extracted` (segments, locations, metadata, notes) itself, but only for
drawings it is certain ezdxf reads the same way: drawings that are well formed by the rules
below, as ezdxf itself and CAD programs write them. For anything else it returns None and
the caller reads the drawing with ezdxf. A refusal costs only time; a drawing read
differently would be a wrong answer, so every rule errs on the side of refusing.

What ezdxf (1.4: `recover.read`, loading, audit) does, and the refusal rule it calls for:

Bytes
  - Binary DXF: another tag format.
  - Any byte >= 0x80: ezdxf decodes by $DWGCODEPAGE (or UTF-8 from R2007) and the scanner
    then repairs mis-declared encodings; with ASCII only, every codec ezdxf can pick maps the
    bytes to the same characters and the repair is a no-op.
  - Control bytes other than tab, CR and LF: `int()` strips different whitespace from bytes
    than from str, and sound drawings have none.
  - A CR not followed by LF: ezdxf splits lines at LF only (and strips CR/LF at their end).
  - `\\U+` / `\\M+`: ezdxf decodes these escapes in every string value (R2000/R2004 write
    non-Latin text, e.g. Chinese, this way); in MTEXT also where they straddle two chunks.
  - `DWGPROPS`: ezdxf's path reads drawing properties from an XRECORD; not replicated.

Tags (what ezdxf's tag loader and repair filters would change or reject)
  - A group code line `int()` cannot read (ezdxf searches it for digits), a code outside
    0..1071, no `0`/`EOF` (data after it is ignored, as by ezdxf).
  - A structure value (code 0) with blanks around it or in lower case: ezdxf's filters
    compare such values raw in some places and trimmed and upper-cased in others.
  - A value that does not convert to its group code's type (float, int, hex binary), a
    handle ezdxf's filter checks (code 5; 105 in DIMSTYLE) that is not hex, coordinates out
    of order (an x without its y, a stray y or z): ezdxf repairs or drops such tags, or
    gives up on the file.

Structure
  - Sections other than HEADER, CLASSES, TABLES, BLOCKS, ENTITIES, OBJECTS, THUMBNAILIMAGE,
    out of that order, repeated or missing (all but CLASSES and THUMBNAILIMAGE are
    required), tags outside sections: ezdxf's recover mode merges and moves such content.
  - HEADER: not strictly `9 $NAME` + one value, a variable given twice (except the custom
    property pairs), $ACADVER not exactly one of AC1015..AC1032 (ezdxf upgrades R13/R14 and
    reads R12 differently), $HANDSEED missing or not above every handle (entities ezdxf
    creates while loading would take handles of entities still to be read), a header
    variable the scanner reads that is not a string (code 1).
  - CLASS entries with codes other than their own (ezdxf splits them like entities).
  - Every entity, table head, table entry and object has exactly one handle (code 5; 105 in
    DIMSTYLE) in its base class, upper-case hex without leading zeros, unique in the
    drawing, and every owner (code 330 of the base class) exists, except the owner `0` of
    table heads and the root dictionary: ezdxf renumbers duplicate handles and deletes
    entities whose owner does not exist.
  - Application data (102) groups: `{NAME` ... `}` or `NAME}`, never nested, always closed,
    ACAD_XDICTIONARY holding exactly one 360 handle and only in the base class; no embedded
    objects (101); XDATA (1001) only at the end, only codes >= 1000 with balanced 1002 lists,
    and none on MTEXT (ezdxf reads MTEXT columns and text frames from it).
  - Only the entity and object types listed in `_GRAPHICS` and `_OBJECTS`, each with exactly
    the subclass markers (100) ezdxf expects: ezdxf reads attributes by subclass position
    and raises when a subclass is missing, its audit deletes other types on rules not
    replicated here (SPLINE, ELLIPSE, HATCH, ...), and it keeps unknown types raw.
  - Every attribute read here occurs once, in the subclass ezdxf reads it from: the layer
    (8, required on every top-level entity) and the paper-space flag (67) in the base or
    AcDbEntity subclass, texts, tags, prompts, block and geometry names in their own
    subclass. With one occurrence, every loader ezdxf uses (by subclass position, over all
    subclasses, with its recovery of misplaced graphic attributes) finds the same value.
  - A layer name ezdxf does not accept (`<>/\\":;?*=` and backquote): ezdxf fails on an
    INSERT or POLYLINE on such a layer (it creates their SEQEND on the same layer).
  - Tables: TABLE / entries of that table's type / ENDTAB, table names ezdxf knows, every
    entry named once; LAYER and BLOCK_RECORD names unique regardless of case (ezdxf keys its
    tables in lower case); *Model_Space and *Paper_Space records present; DIMSTYLE arrow
    block handles (341-344) pointing to block records (ezdxf fails on anything else).
  - Blocks: BLOCK ... ENDBLK naming an existing BLOCK_RECORD, one definition per record and
    one for every record (ezdxf creates missing records and definitions), nothing outside a
    definition.
  - An INSERT with attributes (66) and every POLYLINE followed by their ATTRIBs or VERTEXes
    and a SEQEND, no ATTRIB, VERTEX or SEQEND on its own (ezdxf fails or audits those away);
    an INSERT naming an existing block, a DIMENSION its geometry block (ezdxf's audit
    deletes them otherwise), ATTRIB and ATTDEF with their tag.
  - OBJECTS: the first object is the root dictionary (ezdxf moves another one there), with
    ACAD_GROUP (empty: groups are not replicated) and ACAD_PLOTSTYLENAME (a dictionary with
    a default holding Normal, which ezdxf gives every layer without a plot style); root
    entries that exist, once each, the known ones dictionaries holding only the type ezdxf
    expects there (it deletes others); every dictionary entry that exists an object owned by
    that dictionary (ezdxf takes any other entity over, a graphic one then leaves its
    layout); VISUALSTYLE with its 291 and MLINESTYLE elements starting with an offset (49)
    (ezdxf fails to load them otherwise).
  - Layouts: ACAD_LAYOUT is owned by the root dictionary and lists at least two LAYOUT
    objects it owns, named as their keys, unique regardless of case, each on its own block
    record: Model on *Model_Space, the others on *Paper_Space records, and every *Paper_Space
    record has a layout (ezdxf deletes those that have none). ezdxf iterates layouts in the
    dictionary's order and places ENTITIES-section entities by owner, then by the paper-space
    flag; both are replicated.

Texts are converted as ezdxf converts them: `plain_text` (TEXT), `plain_mtext` (MTEXT) and
`caret_decode` below are literal ports of ezdxf.tools.text, tested against it.
"""

from __future__ import annotations

import binascii
import re
from bisect import bisect_left
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress

from scanner.extract import dxf as _dxf
from scanner.extract.base import Extracted


class _Refuse(Exception):
    """The drawing is not one this reader is sure to read as ezdxf does."""


def read_native(data: bytes) -> Extracted | None:
    """The drawing's words exactly as `scanner.extract.dxf` reads them with ezdxf, or None
    when the drawing breaks one of the rules in this module's docstring (then use ezdxf)."""
    try:
        return _Drawing(data).extract()
    except Exception:  # _Refuse, or anything unforeseen: not sure, so ezdxf decides
        return None


# -- tables copied from ezdxf.lldxf.types (tests/extract/test_dxfnative.py keeps them equal) -----

#: group codes of an x coordinate; y is code + 10, an optional z code + 20
POINT_CODES = frozenset((*range(10, 19), 110, 111, 112, 210, 211, 212, 213, 1010, 1011, 1012, 1013))
#: y and z codes ezdxf removes when they do not follow their x (38 alone is an elevation)
STRAY_CODES = frozenset({c + 10 for c in POINT_CODES} | ({c + 20 for c in POINT_CODES} - {38}))
BINARY_CODES = frozenset((*range(310, 320), 1004))
FLOAT_CODES = frozenset(
    (*range(10, 60), *range(110, 150), *range(210, 240), *range(460, 470), *range(1010, 1060))
)
INT_CODES = frozenset(
    (
        *range(60, 80),
        *range(90, 100),
        *range(160, 180),
        *range(270, 300),
        *range(370, 390),
        *range(400, 410),
        *range(420, 430),
        *range(440, 460),
        *range(1060, 1072),
    )
)
MAX_GROUP_CODE = 1071

_CODE_RANGE = range(MAX_GROUP_CODE + 1)
_IS_FLOAT = [code in FLOAT_CODES for code in _CODE_RANGE]
_IS_INT = [code in INT_CODES for code in _CODE_RANGE]
_IS_BINARY = [code in BINARY_CODES for code in _CODE_RANGE]
_IS_POINT = [code in POINT_CODES for code in _CODE_RANGE]
_IS_STRAY = [code in STRAY_CODES for code in _CODE_RANGE]
_IS_MARKED = [code in (0, 5, 105) for code in _CODE_RANGE]
_consume = deque(maxlen=0).extend
_CODES: dict[str, int] = {}  # group code lines seen before ("  0", " 10", ...) and their value

_VERSIONS = frozenset({"AC1015", "AC1018", "AC1021", "AC1024", "AC1027", "AC1032"})
_SECTIONS = ("HEADER", "CLASSES", "TABLES", "BLOCKS", "ENTITIES", "OBJECTS", "THUMBNAILIMAGE")
_REQUIRED_SECTIONS = frozenset({"HEADER", "TABLES", "BLOCKS", "ENTITIES", "OBJECTS"})
_CUSTOM_VARS = frozenset({"$CUSTOMPROPERTYTAG", "$CUSTOMPROPERTY"})
#: each table and the subclass marker of its entries
_TABLES = {
    "VPORT": "AcDbViewportTableRecord",
    "LTYPE": "AcDbLinetypeTableRecord",
    "LAYER": "AcDbLayerTableRecord",
    "STYLE": "AcDbTextStyleTableRecord",
    "VIEW": "AcDbViewTableRecord",
    "UCS": "AcDbUCSTableRecord",
    "APPID": "AcDbRegAppTableRecord",
    "DIMSTYLE": "AcDbDimStyleTableRecord",
    "BLOCK_RECORD": "AcDbBlockTableRecord",
}
_DIMENSION_TAILS = frozenset(
    {
        ("AcDbAlignedDimension",),
        ("AcDbAlignedDimension", "AcDbRotatedDimension"),
        ("AcDb3PointAngularDimension",),
        ("AcDb2LineAngularDimension",),
        ("AcDbDiametricDimension",),
        ("AcDbRadialDimension",),
        ("AcDbOrdinateDimension",),
    }
)
_E = "AcDbEntity"
#: the graphic entities read here and the subclass markers each may have (None: DIMENSION)
_GRAPHICS: dict[str, frozenset[tuple[str, ...]] | None] = {
    "LINE": frozenset({(_E, "AcDbLine")}),
    "POINT": frozenset({(_E, "AcDbPoint")}),
    "CIRCLE": frozenset({(_E, "AcDbCircle")}),
    "ARC": frozenset({(_E, "AcDbCircle", "AcDbArc")}),
    "SOLID": frozenset({(_E, "AcDbTrace")}),
    "TRACE": frozenset({(_E, "AcDbTrace")}),
    "3DFACE": frozenset({(_E, "AcDbFace")}),
    "LWPOLYLINE": frozenset({(_E, "AcDbPolyline")}),
    "POLYLINE": frozenset(
        {(_E, "AcDb2dPolyline"), (_E, "AcDb3dPolyline"), (_E, "AcDbPolyFaceMesh"), (_E, "AcDbPolygonMesh")}
    ),
    "VERTEX": frozenset(
        {
            (_E, "AcDbVertex", "AcDb2dVertex"),
            (_E, "AcDbVertex", "AcDb3dPolylineVertex"),
            (_E, "AcDbVertex", "AcDbPolyFaceMeshVertex"),
            (_E, "AcDbVertex", "AcDbPolygonMeshVertex"),
            (_E, "AcDbFaceRecord"),
            (_E, "AcDbVertex", "AcDbFaceRecord"),
        }
    ),
    "SEQEND": frozenset({(_E,)}),
    "TEXT": frozenset({(_E, "AcDbText"), (_E, "AcDbText", "AcDbText")}),
    "MTEXT": frozenset({(_E, "AcDbMText")}),
    "INSERT": frozenset({(_E, "AcDbBlockReference"), (_E, "AcDbMInsertBlock")}),
    "ATTRIB": frozenset({(_E, "AcDbText", "AcDbAttribute")}),
    "ATTDEF": frozenset({(_E, "AcDbText", "AcDbAttributeDefinition")}),
    "DIMENSION": None,
    "VIEWPORT": frozenset({(_E, "AcDbViewport")}),
    "XLINE": frozenset({(_E, "AcDbXline")}),
    "RAY": frozenset({(_E, "AcDbRay")}),
}
_LINKED = frozenset({"VERTEX", "ATTRIB", "SEQEND"})
_CLASS_CODES = frozenset({1, 2, 3, 90, 91, 280, 281})
#: group codes _parse looks at; all others are ordinary subclass tags
_PARSE_SPECIAL = frozenset({5, 100, 101, 102, 105, 330, 1001})
#: the objects allowed in the OBJECTS section (what ezdxf and AutoCAD write for a plain drawing)
#: and their subclass markers; ezdxf reads them by position and raises when one is missing
_OBJECTS: dict[str, frozenset[tuple[str, ...]]] = {
    "DICTIONARY": frozenset({("AcDbDictionary",)}),
    "ACDBDICTIONARYWDFLT": frozenset({("AcDbDictionary", "AcDbDictionaryWithDefault")}),
    "ACDBPLACEHOLDER": frozenset({(), ("AcDbPlaceHolder",)}),
    "LAYOUT": frozenset({("AcDbPlotSettings", "AcDbLayout")}),
    "MATERIAL": frozenset({("AcDbMaterial",)}),
    "MLINESTYLE": frozenset({("AcDbMlineStyle",)}),
    "MLEADERSTYLE": frozenset({("AcDbMLeaderStyle",)}),
    "DICTIONARYVAR": frozenset({("DictionaryVariables",)}),
    "XRECORD": frozenset({("AcDbXrecord",)}),
    "VISUALSTYLE": frozenset({("AcDbVisualStyle",)}),
    "SCALE": frozenset({("AcDbScale",)}),
    "TABLESTYLE": frozenset({("AcDbTableStyle",)}),
    "CELLSTYLEMAP": frozenset({("AcDbCellStyleMap",)}),
    "SUN": frozenset({("AcDbSun",)}),
    "RASTERVARIABLES": frozenset({("AcDbRasterVariables",)}),
    "ACDBDETAILVIEWSTYLE": frozenset({("AcDbModelDocViewStyle", "AcDbDetailViewStyle")}),
    "ACDBSECTIONVIEWSTYLE": frozenset({("AcDbModelDocViewStyle", "AcDbSectionViewStyle")}),
    "MENTALRAYRENDERSETTINGS": frozenset({("AcDbRenderSettings", "AcDbMentalRayRenderSettings")}),
}
#: ezdxf.sections.objects: root dictionary entries ezdxf recreates when they are no dictionary,
#: and the object type each known dictionary may hold (ezdxf deletes others)
_OBJECT_TABLE_NAMES = frozenset(
    {
        "ACAD_COLOR",
        "ACAD_GROUP",
        "ACAD_LAYOUT",
        "ACAD_MATERIAL",
        "ACAD_MLEADERSTYLE",
        "ACAD_MLINESTYLE",
        "ACAD_PLOTSETTINGS",
        "ACAD_PLOTSTYLENAME",
        "ACAD_SCALELIST",
        "ACAD_TABLESTYLE",
        "ACAD_VISUALSTYLE",
    }
)
_KNOWN_DICT_CONTENT = {
    "ACAD_COLOR": "DBCOLOR",
    "ACAD_GROUP": "GROUP",
    "ACAD_IMAGE_DICT": "IMAGEDEF",
    "ACAD_DETAILVIEWSTYLE": "ACDBDETAILVIEWSTYLE",
    "ACAD_LAYOUT": "LAYOUT",
    "ACAD_MATERIAL": "MATERIAL",
    "ACAD_MLEADERSTYLE": "MLEADERSTYLE",
    "ACAD_MLINESTYLE": "MLINESTYLE",
    "ACAD_PLOTSETTINGS": "PLOTSETTINGS",
    "ACAD_RENDER_ACTIVE_SETTINGS": "MENTALRAYRENDERSETTINGS",
    "ACAD_SCALELIST": "SCALE",
    "ACAD_SECTIONVIEWSTYLE": "ACDBSECTIONVIEWSTYLE",
    "ACAD_TABLESTYLE": "TABLESTYLE",
    "ACAD_PDFDEFINITIONS": "PDFDEFINITION",
    "ACAD_DWFDEFINITIONS": "DWFDEFINITION",
    "ACAD_DGNDEFINITIONS": "DGNDEFINITION",
    "ACAD_VISUALSTYLE": "VISUALSTYLE",
    "AcDbVariableDictionary": "DICTIONARYVAR",
}
_HANDLE_RE = re.compile(r"[1-9A-F][0-9A-F]{0,15}")
_BAD_BYTES = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class _Entity:
    """One DXF structure entity, split the way ezdxf splits it (ExtendedTags)."""

    kind: str
    handle: str
    owner: str | None
    markers: tuple[str, ...]
    #: main tags per subclass: [base class without application data, subclass 1, ...]
    subclasses: list[list[tuple[int, str]]]
    xdata: bool
    layer: str = ""
    #: linked ATTRIBs of an INSERT (in file order)
    attribs: list[_Entity] = field(default_factory=list)

    def values(self, code: int) -> list[tuple[int, str]]:
        """(subclass index, value) of every main tag with `code`."""
        return [(i, v) for i, tags in enumerate(self.subclasses) for c, v in tags if c == code]

    def one(self, code: int, subclass: int) -> str:
        """The value of `code`, which must occur exactly once in the entity, in `subclass`:
        then ezdxf's loaders, by subclass position or over all subclasses, find this value."""
        found = self.values(code)
        if len(found) != 1 or found[0][0] != subclass:
            raise _Refuse(f"{self.kind} #{self.handle}: code {code}")
        return found[0][1]

    def optional(self, code: int, subclasses: tuple[int, ...], default: str = "") -> str:
        """The value of `code`, which may occur at most once, in one of `subclasses`."""
        found = self.values(code)
        if not found:
            return default
        if len(found) != 1 or found[0][0] not in subclasses:
            raise _Refuse(f"{self.kind} #{self.handle}: code {code}")
        return found[0][1]

    def only_in(self, code: int, subclass: int) -> str:
        """The value of `code` in `subclass`, where it must occur exactly once (for objects
        ezdxf reads subclass by subclass, which may use the code elsewhere too)."""
        found = (
            [v for c, v in self.subclasses[subclass] if c == code] if subclass < len(self.subclasses) else []
        )
        if len(found) != 1:
            raise _Refuse(f"{self.kind} #{self.handle}: code {code}")
        return found[0]


class _Drawing:
    def __init__(self, data: bytes) -> None:
        self.codes, self.values = _tags(data)
        _check_values(self.codes, self.values)
        self.handles: dict[str, _Entity] = {}
        self.owner_zero: list[_Entity] = []  # entities with owner "0": table heads, the root dictionary

    # -- structure ------------------------------------------------------------------------

    def extract(self) -> Extracted:
        sections = self._sections()
        header = self._header(*sections["HEADER"])
        if "CLASSES" in sections:
            self._classes(*sections["CLASSES"])
        layers, records = self._tables(*sections["TABLES"])
        contents = self._blocks(*sections["BLOCKS"], records)
        self._entities(*sections["ENTITIES"], records, contents)
        layouts = self._objects(*sections["OBJECTS"], records)
        self._check_references(header, records)
        return self._walk(header, layers, records, contents, layouts)

    def _sections(self) -> dict[str, tuple[int, int]]:
        """Section name -> (first tag after the name, index of its ENDSEC)."""
        codes, values = self.codes, self.values
        zeros = list(compress(range(len(codes)), map((0).__eq__, codes)))
        if not zeros or zeros[0] != 0:
            raise _Refuse("tags before the first section")
        count = len(zeros)
        zeros.append(len(codes))  # sentinel: the end of the last entity
        self.zeros = zeros
        sections: dict[str, tuple[int, int]] = {}
        last = -1
        z = 0
        while z < count:
            start = zeros[z]
            if values[start] != "SECTION" or zeros[z + 1] < start + 2 or codes[start + 1] != 2:
                raise _Refuse("not a section")
            name = values[start + 1]
            if name not in _SECTIONS or _SECTIONS.index(name) <= last:
                raise _Refuse(f"section {name}")
            last = _SECTIONS.index(name)
            end_z = z + 1
            if name not in ("HEADER", "THUMBNAILIMAGE"):  # their content has no code 0
                if zeros[z + 1] != start + 2:
                    raise _Refuse(f"tags in the head of section {name}")
                while end_z < count and values[zeros[end_z]] not in ("ENDSEC", "SECTION"):
                    end_z += 1
            if end_z >= count or values[zeros[end_z]] != "ENDSEC":
                raise _Refuse(f"section {name} without ENDSEC")
            end = zeros[end_z]
            if zeros[end_z + 1] != end + 1:
                raise _Refuse("tags after ENDSEC")
            sections[name] = (start + 2, end)
            z = end_z + 1
        if not sections.keys() >= _REQUIRED_SECTIONS:
            raise _Refuse("missing section")
        return sections

    def _spans(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """(first, end) tag index of each structure entity between `start` and `end`."""
        zeros = self.zeros
        z = bisect_left(zeros, start)
        if start < end and zeros[z] != start:
            raise _Refuse("tags before the first entity of a section")
        while zeros[z] < end:
            yield zeros[z], min(zeros[z + 1], end)
            z += 1

    def _header(self, start: int, end: int) -> dict[str, tuple[int, str]]:
        """Header variables: name -> (group code, value); points have no value."""
        codes, values = self.codes, self.values
        found: dict[str, tuple[int, str]] = {}
        k = start
        while k < end:
            name = values[k]
            if codes[k] != 9 or not name.startswith("$") or k + 1 >= end or codes[k + 1] == 9:
                raise _Refuse("header structure")
            code = codes[k + 1]
            if _IS_POINT[code]:
                value = ""
                k += 4 if k + 3 < end and codes[k + 3] == code + 20 else 3
            else:
                value = values[k + 1]
                k += 2
            if name in _CUSTOM_VARS:
                continue
            if name in found:
                raise _Refuse(f"header variable {name} twice")
            found[name] = (code, value)
        if found.get("$ACADVER", (0, ""))[1] not in _VERSIONS or found["$ACADVER"][0] != 1:
            raise _Refuse("DXF version")
        seed = found.get("$HANDSEED")
        if seed is None or seed[0] != 5 or not _HANDLE_RE.fullmatch(seed[1]):
            raise _Refuse("$HANDSEED")
        for var in _dxf.HEADER_VARS:
            if var in found and found[var][0] != 1:
                raise _Refuse(f"{var} is not a string")
        return found

    def _classes(self, start: int, end: int) -> None:
        """CLASS entries with only their own group codes (ezdxf splits them like entities)."""
        for first, end_ in self._spans(start, end):
            if self.values[first] != "CLASS" or not _CLASS_CODES.issuperset(self.codes[first + 1 : end_]):
                raise _Refuse("CLASSES")

    # -- entities -------------------------------------------------------------------------

    def _parse(self, first: int, end: int) -> _Entity:
        """Split an entity into base class, application data, subclasses and XDATA, checking
        the structure ezdxf's validator and ExtendedTags expect."""
        codes, values = self.codes, self.values
        kind = values[first]
        handle_code = 105 if kind == "DIMSTYLE" else 5
        base: list[tuple[int, str]] = []
        subclasses = [base]
        markers: list[str] = []
        current = base
        handle: str | None = None
        owner: str | None = None
        app: str | None = None  # name of the open application data group
        app_tags = 0
        xdata = False
        special = _PARSE_SPECIAL
        k = first
        for code, value in zip(codes[first + 1 : end], values[first + 1 : end], strict=True):
            k += 1
            if code not in special and app is None:
                current.append((code, value))
                continue
            if code == 102:  # ezdxf's validator: {NAME opens, } or NAME} closes, no nesting
                if app is None:
                    if not value.startswith("{"):
                        raise _Refuse("application data structure")
                    app, app_tags = value[1:], 0
                elif value in ("}", app + "}"):
                    if app == "ACAD_XDICTIONARY" and (app_tags != 1 or current is not base):
                        raise _Refuse("ACAD_XDICTIONARY")
                    app = None
                else:
                    raise _Refuse("application data structure")
                if current is not base:  # outside the base class: ordinary tags to ezdxf
                    current.append((code, value))
                continue
            if app is not None:
                if code in (0, 100, 101, 1001) or (app == "ACAD_XDICTIONARY" and code != 360):
                    raise _Refuse("application data content")
                app_tags += 1
                if current is not base:
                    current.append((code, value))
                continue
            if code == 100:
                markers.append(value)
                current = []
                subclasses.append(current)
            elif code == 1001:
                xdata = True
                _check_xdata(codes, values, k, end)
                break
            elif code == 101:
                raise _Refuse("embedded object")
            elif code == handle_code or code == 5:
                if code != handle_code or current is not base or handle is not None:
                    raise _Refuse("handle")
                handle = value
            else:  # 105 outside DIMSTYLE, 330
                if code == 330 and current is base:
                    if owner is not None:
                        raise _Refuse("two owners")
                    owner = value
                current.append((code, value))
        if app is not None:
            raise _Refuse("unclosed application data")
        if handle is None or not _HANDLE_RE.fullmatch(handle) or handle in self.handles:
            raise _Refuse(f"handle of {kind}")
        entity = _Entity(kind, handle, owner, tuple(markers), subclasses, xdata)
        self.handles[handle] = entity
        if owner == "0":
            self.owner_zero.append(entity)
        return entity

    def _graphic(self, first: int, end: int) -> _Entity:
        """A graphic entity of a type read here, with its layer checked."""
        entity = self._parse(first, end)
        allowed = _GRAPHICS.get(entity.kind, frozenset())
        if allowed is None:  # DIMENSION
            if entity.markers[:2] != (_E, "AcDbDimension") or entity.markers[2:] not in _DIMENSION_TAILS:
                raise _Refuse("DIMENSION subclasses")
        elif entity.markers not in allowed:
            raise _Refuse(f"entity {entity.kind} {entity.markers}")
        layers = entity.values(8)
        if len(layers) > 1 or (layers and layers[0][0] > 1) or (not layers and entity.kind not in _LINKED):
            raise _Refuse(f"layer of {entity.kind} #{entity.handle}")
        entity.layer = layers[0][1] if layers else "0"
        if not is_valid_layer_name(entity.layer):
            raise _Refuse(f"layer name of {entity.kind} #{entity.handle}")
        entity.optional(67, (0, 1))
        kind = entity.kind
        if kind == "TEXT":
            entity.one(1, 2)
        elif kind == "MTEXT":
            self._mtext(entity)
        elif kind in ("ATTRIB", "ATTDEF"):
            entity.optional(1, (2,))
            entity.one(2, 3)
            if kind == "ATTDEF":
                entity.optional(3, (3,))
        elif kind == "DIMENSION":
            entity.optional(1, (2,))
            entity.one(2, 2)
        elif kind == "INSERT":
            entity.one(2, 2)
            entity.optional(66, (2,))
        return entity

    def _mtext(self, entity: _Entity) -> None:
        """MTEXT content: the 3 chunks then the 1 tail of AcDbMText, which ezdxf joins before
        decoding `\\U+` escapes (a chunk may end inside one)."""
        if entity.xdata:
            raise _Refuse("MTEXT with XDATA")
        if any(sub != 2 for sub, _v in entity.values(3)):
            raise _Refuse("MTEXT chunk outside AcDbMText")
        entity.one(1, 2)
        if [c for c, _v in entity.subclasses[2] if c in (1, 3)][-1] != 1:
            raise _Refuse("MTEXT chunk after its end")
        text = _mtext_content(entity)
        if "\\U+" in text or "\\M+" in text:
            raise _Refuse("MTEXT escapes")

    def _linked(self, spans: list[tuple[int, int]]) -> list[_Entity]:
        """Graphic entities of a section or block, with ATTRIBs attached to their INSERT and
        VERTEXes/SEQENDs taken out, as ezdxf's entity linker does."""
        entities: list[_Entity] = []
        main: _Entity | None = None
        expected = ""
        for first, end in spans:
            entity = self._graphic(first, end)
            kind = entity.kind
            if main is not None:
                if kind == "SEQEND":
                    main = None
                elif kind == expected:
                    if kind == "ATTRIB":
                        main.attribs.append(entity)
                else:
                    raise _Refuse("linked entities")
                continue
            if kind in _LINKED:
                raise _Refuse(f"{kind} on its own")
            if kind == "POLYLINE" or (kind == "INSERT" and int(entity.optional(66, (2,), "0"))):
                main = entity
                expected = "VERTEX" if kind == "POLYLINE" else "ATTRIB"
            entities.append(entity)
        if main is not None:
            raise _Refuse("missing SEQEND")
        return entities

    # -- sections ---------------------------------------------------------------------------

    def _tables(self, start: int, end: int) -> tuple[list[str], dict[str, _Entity]]:
        """Layer names in table order, and block records by lower-case name."""
        layers: dict[str, str] = {}
        records: dict[str, _Entity] = {}
        seen_tables: set[str] = set()
        table: str | None = None
        dimstyles: list[_Entity] = []
        for first, end_ in self._spans(start, end):
            kind = self.values[first]
            if kind == "TABLE":
                if table is not None or first + 1 >= end_ or self.codes[first + 1] != 2:
                    raise _Refuse("table structure")
                table = self.values[first + 1]
                if table not in _TABLES or table in seen_tables:
                    raise _Refuse(f"table {table}")
                seen_tables.add(table)
                head = self._parse(first, end_)
                if not head.markers or head.markers[0] != "AcDbSymbolTable":
                    raise _Refuse("table head")
                head.only_in(2, 0)
            elif kind == "ENDTAB":
                if table is None or end_ != first + 1:
                    raise _Refuse("table structure")
                table = None
            else:
                if kind != table:
                    raise _Refuse(f"{kind} in table {table}")
                entry = self._parse(first, end_)
                if entry.markers != ("AcDbSymbolTableRecord", _TABLES[kind]):
                    raise _Refuse(f"{kind} subclasses")
                name = entry.one(2, 2)
                if kind == "LAYER":
                    if name.lower() in layers or not is_valid_layer_name(name):
                        raise _Refuse("layer twice")
                    layers[name.lower()] = name
                elif kind == "BLOCK_RECORD":
                    if name.lower() in records:
                        raise _Refuse("block record twice")
                    records[name.lower()] = entry
                elif kind == "DIMSTYLE":
                    dimstyles.append(entry)
        if table is not None or not {"LAYER", "BLOCK_RECORD"} <= seen_tables:
            raise _Refuse("tables")
        if "*model_space" not in records or "*paper_space" not in records:
            raise _Refuse("no model or paper space block record")
        record_handles = {entry.handle for entry in records.values()}
        for style in dimstyles:
            for code in (341, 342, 343, 344):
                value = style.optional(code, (2,), "0")
                if value != "0" and value not in record_handles:
                    raise _Refuse("DIMSTYLE arrow block")
        return list(layers.values()), records

    def _blocks(self, start: int, end: int, records: dict[str, _Entity]) -> dict[str, list[_Entity]]:
        """Entities of each block definition by block record handle."""
        contents: dict[str, list[_Entity]] = {}
        record: _Entity | None = None
        body: list[tuple[int, int]] = []
        for first, end_ in self._spans(start, end):
            kind = self.values[first]
            if kind == "BLOCK":
                if record is not None:
                    raise _Refuse("BLOCK inside BLOCK")
                block = self._parse(first, end_)
                if block.markers != (_E, "AcDbBlockBegin"):
                    raise _Refuse("BLOCK subclasses")
                name = block.one(2, 2)
                record = records.get(name.lower())
                if record is None or record.handle in contents:
                    raise _Refuse(f"block {name}")
                contents[record.handle] = []
                body = []
            elif kind == "ENDBLK":
                if record is None:
                    raise _Refuse("ENDBLK without BLOCK")
                endblk = self._parse(first, end_)
                if endblk.markers != (_E, "AcDbBlockEnd"):
                    raise _Refuse("ENDBLK subclasses")
                contents[record.handle] = self._linked(body)
                record = None
            else:
                if record is None:
                    raise _Refuse("entity outside a block")
                body.append((first, end_))
        if record is not None or len(contents) != len(records):
            raise _Refuse("block definitions")
        return contents

    def _entities(
        self, start: int, end: int, records: dict[str, _Entity], contents: dict[str, list[_Entity]]
    ) -> None:
        """Model- and paper-space entities, appended to their block record's entities after the
        block definition's own (ezdxf loads BLOCKS before ENTITIES)."""
        msp = records["*model_space"].handle
        psp = records["*paper_space"].handle
        for entity in self._linked(list(self._spans(start, end))):
            if entity.owner == msp:
                paperspace = False
            elif entity.owner == psp:
                paperspace = True
            else:
                paperspace = bool(int(entity.optional(67, (0, 1), "0")))
            contents[psp if paperspace else msp].append(entity)

    def _objects(self, start: int, end: int, records: dict[str, _Entity]) -> list[tuple[str, str]]:
        """The layouts in ezdxf's order: (name, block record handle)."""
        objects = []
        for first, end_ in self._spans(start, end):
            entity = self._parse(first, end_)
            if entity.markers not in _OBJECTS.get(entity.kind, ()):
                raise _Refuse(f"object {entity.kind} {entity.markers}")
            if entity.kind == "VISUALSTYLE" and not any(c == 291 for c, _v in entity.subclasses[1]):
                raise _Refuse("VISUALSTYLE without 291")  # ezdxf fails to load it
            if entity.kind == "MLINESTYLE":
                _check_mline_style(entity)
            objects.append(entity)
        if not objects or objects[0].kind != "DICTIONARY":
            raise _Refuse("no root dictionary")
        root = objects[0]
        if not any(c == 3 and v == "ACAD_GROUP" for tags in root.subclasses for c, v in tags):
            raise _Refuse("root dictionary without ACAD_GROUP")
        in_objects = {entity.handle for entity in objects}
        for entity in objects:
            if entity.kind in ("DICTIONARY", "ACDBDICTIONARYWDFLT"):
                self._check_dictionary(entity, in_objects)
        entries = _dictionary(root)
        if len(set(entries.values())) != len(entries) or not all(h in self.handles for h in entries.values()):
            raise _Refuse("root dictionary entries")
        for name, handle in entries.items():
            table = self.handles[handle]
            if name in _OBJECT_TABLE_NAMES and table.kind not in ("DICTIONARY", "ACDBDICTIONARYWDFLT"):
                raise _Refuse(f"root dictionary entry {name}")
            expected = _KNOWN_DICT_CONTENT.get(name)
            if expected and table.kind in ("DICTIONARY", "ACDBDICTIONARYWDFLT"):
                kinds = {self.handles[h].kind for h in _dictionary(table).values() if h in self.handles}
                if kinds - {expected}:
                    raise _Refuse(f"content of {name}")
        groups = self.handles.get(entries.get("ACAD_GROUP", ""))
        if groups is None or groups.kind != "DICTIONARY" or _dictionary(groups):
            raise _Refuse("groups")
        styles = self.handles.get(entries.get("ACAD_PLOTSTYLENAME", ""))
        if (
            styles is None
            or styles.kind != "ACDBDICTIONARYWDFLT"
            or _dictionary(styles).get("Normal") not in self.handles
        ):
            raise _Refuse("plot styles")  # ezdxf gives every layer without one the plot style Normal
        layout_dict = self.handles.get(entries.get("ACAD_LAYOUT", ""))
        if layout_dict is None or layout_dict.kind != "DICTIONARY" or layout_dict.owner != root.handle:
            raise _Refuse("ACAD_LAYOUT")
        layouts: list[tuple[str, str]] = []
        names: set[str] = set()
        used: set[str] = set()
        record_handles = {entry.handle: name for name, entry in records.items()}
        for key, handle in _dictionary(layout_dict).items():
            layout = self.handles.get(handle)
            if layout is None or layout.kind != "LAYOUT" or layout.owner != layout_dict.handle:
                raise _Refuse("layout object")
            if layout.markers != ("AcDbPlotSettings", "AcDbLayout") or layout.only_in(1, 2) != key:
                raise _Refuse("layout name")
            record = layout.only_in(330, 2)
            record_name = record_handles.get(record, "")
            if key.upper() in names or record in used:
                raise _Refuse("layout twice")
            if (key.upper() == "MODEL") != (record_name == "*model_space"):
                raise _Refuse("model space layout")
            if key.upper() != "MODEL" and not record_name.startswith("*paper_space"):
                raise _Refuse("layout block record")
            names.add(key.upper())
            used.add(record)
            layouts.append((key, record))
        if len(layouts) < 2 or "MODEL" not in names:
            raise _Refuse("layouts")
        if any(
            name.startswith("*paper_space") and entry.handle not in used for name, entry in records.items()
        ):
            raise _Refuse("paper space without layout")
        self.root = root
        return layouts

    def _check_dictionary(self, dictionary: _Entity, objects: set[str]) -> None:
        """Entries that exist are objects owned by the dictionary: ezdxf's OBJECTS sanitizer
        takes any other entity over (a graphic entity then leaves its layout)."""
        for handle in _dictionary(dictionary).values():
            entry = self.handles.get(handle)
            if entry is not None and (handle not in objects or entry.owner != dictionary.handle):
                raise _Refuse(f"entry #{handle} of dictionary #{dictionary.handle}")

    def _check_references(self, header: dict[str, tuple[int, str]], records: dict[str, _Entity]) -> None:
        """Owners exist, the handle seed is above every handle, INSERTs and DIMENSIONs name
        existing blocks."""
        handles = self.handles
        for entity in handles.values():
            if entity.owner is not None and entity.owner != "0" and entity.owner not in handles:
                raise _Refuse(f"owner of #{entity.handle}")
        for entity in self.owner_zero:
            if entity is not self.root and entity.kind != "TABLE":
                raise _Refuse(f"owner 0 of #{entity.handle}")
        if int(header["$HANDSEED"][1], 16) <= max(int(h, 16) for h in handles):
            raise _Refuse("$HANDSEED")
        for entity in handles.values():
            if entity.kind in ("INSERT", "DIMENSION") and entity.one(2, 2).lower() not in records:
                raise _Refuse(f"{entity.kind} of an undefined block")

    # -- the walk of scanner.extract.dxf._extract_dxf ------------------------------------------

    def _walk(
        self,
        header: dict[str, tuple[int, str]],
        layer_table: list[str],
        records: dict[str, _Entity],
        contents: dict[str, list[_Entity]],
        layouts: list[tuple[str, str]],
    ) -> Extracted:
        words = _dxf.Words()  # ASCII only: no encoding to repair
        add = words.add
        for var in _dxf.HEADER_VARS:
            value = header.get(var, (1, ""))[1]
            if value.strip():
                add(f"{var[1:].lower()}: {value}", f"header {var}")
        layers: dict[str, None] = {}
        for name, record in layouts:
            space = "model space" if name == "Model" else f"layout {name}"
            for entity in contents[record]:
                layers[entity.layer] = None
                for text, where in _texts(entity, space):
                    add(text, where)
        for name, record in sorted((r.one(2, 2), r) for r in records.values()):
            if name.startswith("*Model_Space") or name.startswith("*Paper_Space"):
                continue
            if not name.startswith(("*", "_")):
                add(name, f"block {name}")
            for entity in contents[record.handle]:
                for text, where in _texts(entity, f"block {name}"):
                    add(text, where)
        for name in layer_table:
            layers[name] = None
        for name in layers:
            add(name, f"layer {name}")
        return words.extracted({"dxf_version": header["$ACADVER"][1]})


def _texts(entity: _Entity, space: str) -> Iterator[tuple[str, str]]:
    """What `scanner.extract.dxf._entity_texts` yields for the entity."""
    kind = entity.kind
    if kind == "INSERT":
        name = entity.one(2, 2)
        for attrib in entity.attribs:
            tag = attrib.one(2, 3)
            yield f"{tag}: {attrib.optional(1, (2,), '')}", f"{space}, title block {name} {tag}"
        return
    if kind not in ("TEXT", "MTEXT", "ATTRIB", "ATTDEF", "DIMENSION"):
        return
    where = f"{space}, {kind} #{entity.handle}, layer {entity.layer}"
    if kind == "MTEXT":
        yield plain_mtext(_mtext_content(entity)), where
    elif kind == "TEXT":
        yield plain_text(entity.one(1, 2)), where
    elif kind in ("ATTRIB", "ATTDEF"):
        prompt = entity.optional(3, (3,), "") if kind == "ATTDEF" else ""
        yield f"{entity.one(2, 3)}: {entity.optional(1, (2,), '')} {prompt}".strip(), where
    else:  # DIMENSION
        override = entity.optional(1, (2,))
        if override and override.strip() not in ("<>", " "):
            yield override.replace("<>", "").strip(), where


_INVALID_NAME_CHARACTERS = frozenset('<>/\\":;?*=`')


def is_valid_layer_name(name: str) -> bool:
    """ezdxf.lldxf.validator.is_valid_layer_name: ezdxf fails on an INSERT or POLYLINE whose
    layer name is not valid (it creates a SEQEND on the same layer)."""
    if name.startswith("*") and len(name) > 1:
        name = name[1:]
    if "\\" in name:
        name = name.replace("\\U+", "").replace("\\M+", "")
    return not _INVALID_NAME_CHARACTERS.intersection(name)


def _mtext_content(entity: _Entity) -> str:
    return "".join(v for _sub, v in entity.values(3)) + entity.one(1, 2)


# -- ezdxf.tools.text, ported literally (tests/extract/test_dxfnative.py fuzzes them against it) --

_CARET = re.compile(r"\^(.)")
_SPECIAL_CHARS = {"c": "\u00d8", "d": "\u00b0", "p": "\u00b1", "%": "%"}  # %%c Ø, %%d °, %%p ±, %%%
_ONE_CHAR_COMMANDS = "PNLlOoKkX"


def caret_decode(text: str) -> str:
    """ezdxf.tools.text.caret_decode: `^I` is a tab, `^J` a line feed, ..."""
    if "^" not in text:
        return text
    return _CARET.sub(lambda match: chr((ord(match.group(1)) - 64) % 126), text)


def plain_text(text: str) -> str:
    """ezdxf.tools.text.plain_text: TEXT, ATTRIB and ATTDEF content without `%%` codes."""
    text = caret_decode(text).replace("\n", "").replace("\r", "").rstrip("^")
    if "%" not in text:
        return text
    result: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "%" and text[i + 1 : i + 2] == "%":
            code = text[i + 2 : i + 3].lower()
            letter = _SPECIAL_CHARS.get(code)
            if letter:
                result.append(letter)
                i += 3
                continue
            if code in "kou":  # also "": a %% at the end is dropped
                i += 3
                continue
        result.append(char)
        i += 1
    return "".join(result)


def plain_mtext(text: str) -> str:
    """ezdxf.tools.text.fast_plain_mtext(text, split=False), which MText.plain_text() uses:
    `\\P` is a line break, other inline codes and braces are removed."""
    if not any(c in text for c in "\\{}%^"):
        return text
    chars: list[str] = []
    raw = list(reversed(caret_decode(text)))
    while raw:
        char = raw.pop()
        if char == "\\":  # a formatting command
            if not raw:
                break
            char = raw.pop()
            if char in "\\{}":
                chars.append(char)
            elif char in _ONE_CHAR_COMMANDS:
                if char == "P":
                    chars.append("\n")
                elif char == "N":
                    chars.append(" ")
            else:  # commands with arguments end with ";", stacking (\\S) keeps its arguments
                stacking = char == "S"
                first = char
                search = raw.copy()
                try:
                    while char != ";":
                        char = search.pop()
                        if stacking and char != ";":
                            chars.append(char)
                    raw = search
                except IndexError:  # no ";": keep the command as text
                    chars.append("\\")
                    chars.append(first)
        elif char in "{}":
            pass
        elif char == "%":
            if raw and raw[-1] == "%":
                raw.pop()
                if raw:
                    code = raw.pop()
                    letter = _SPECIAL_CHARS.get(code.lower())
                    if letter:
                        chars.append(letter)
                    else:
                        chars.extend(("%", "%", code))
            else:
                chars.append(char)
        else:
            chars.append(char)
    return "".join(chars)


def _dictionary(entity: _Entity) -> dict[str, str]:
    """The (key, handle) entries of a DICTIONARY in file order: strictly alternating key (3)
    and handle (350 or 360) tags, unique keys."""
    entries: dict[str, str] = {}
    if entity.markers[:1] != ("AcDbDictionary",):
        raise _Refuse("dictionary subclass")
    key: str | None = None
    for code, value in entity.subclasses[1]:
        if code in (280, 281):
            continue
        if code == 3 and key is None and value:
            key = value
        elif code in (350, 360) and key is not None and value:
            if key in entries:
                raise _Refuse("dictionary key twice")
            entries[key] = value
            key = None
        else:
            raise _Refuse("dictionary structure")
    if key is not None:
        raise _Refuse("dictionary structure")
    return entries


def _check_mline_style(entity: _Entity) -> None:
    """ezdxf fails on an MLINESTYLE element color (62) or linetype (6) before the first
    element offset (49) after the element count (71)."""
    codes = [c for c, _v in entity.subclasses[1]]
    if 71 in codes:
        for code in codes[codes.index(71) + 1 :]:
            if code == 49:
                break
            if code in (62, 6):
                raise _Refuse("MLINESTYLE elements")


def _check_xdata(codes: list[int], values: list[str], k: int, end: int) -> None:
    """XDATA: only codes >= 1000 up to the end of the entity, balanced 1002 lists."""
    level = 0
    while k < end:
        code = codes[k]
        if code < 1000:
            raise _Refuse("XDATA structure")
        if code == 1002:
            if values[k] == "{":
                level += 1
            elif values[k] == "}" and level > 0:
                level -= 1
            else:
                raise _Refuse("XDATA structure")
        k += 1
    if level:
        raise _Refuse("XDATA structure")


def _tags(data: bytes) -> tuple[list[int], list[str]]:
    """Group codes and values up to `0`/`EOF`, without comments (999), as ezdxf's tag loader
    reads them; refuses what it would read differently (module docstring, Bytes and Tags)."""
    if data.startswith(b"AutoCAD Binary DXF") or not data.isascii() or _BAD_BYTES.search(data):
        raise _Refuse("not plain ASCII")
    if b"\\U+" in data or b"\\M+" in data or b"DWGPROPS" in data:
        raise _Refuse("escapes or drawing properties")
    text = data.decode("ascii")
    if "\r" in text:
        if text.count("\r") != text.count("\r\n"):
            raise _Refuse("CR without LF")
        text = text.replace("\r\n", "\n")
    lines = text.split("\n")
    code_lines, values = lines[0::2], lines[1::2]
    # ezdxf reads up to the first group code 0 with the value EOF
    end = -1
    while True:
        end = values.index("EOF", end + 1)  # ValueError: no EOF
        if _code(code_lines[end]) == 0:
            break
    del code_lines[end:], values[end:]
    codes = list(map(_CODES.get, code_lines))
    if None in codes:
        codes = list(map(_code, code_lines))
    if 999 in codes:  # comments: ezdxf's loader skips them
        kept = [code != 999 for code in codes]
        codes, values = list(compress(codes, kept)), list(compress(values, kept))
    return codes, values


def _code(line: str) -> int:
    """A group code line read as ezdxf reads it; a line ezdxf would have to search for digits
    in (ValueError here) or a code out of range is refused."""
    code = _CODES.get(line)
    if code is None:
        code = int(line)
        if not 0 <= code <= MAX_GROUP_CODE:
            raise _Refuse(f"group code {code}")
        if len(_CODES) < 2048:
            _CODES[line] = code
    return code


def _check_values(codes: list[int], values: list[str]) -> None:
    """Every value converts to its group code's type the way ezdxf's tag compiler converts
    it, every handle is hex where ezdxf's handle filter looks for one (code 105 in DIMSTYLE,
    code 5 elsewhere), structure values (code 0) are trimmed upper case, and every coordinate
    is where ezdxf's point filter leaves it."""
    _consume(map(float, compress(values, map(_IS_FLOAT.__getitem__, codes))))  # ValueError
    _consume(map(int, compress(values, map(_IS_INT.__getitem__, codes))))
    _consume(map(binascii.unhexlify, compress(values, map(_IS_BINARY.__getitem__, codes))))
    n = len(codes)
    for i in compress(range(n), map(_IS_POINT.__getitem__, codes)):  # x: y follows, z may
        if i + 1 >= n or codes[i + 1] != codes[i] + 10:
            raise _Refuse("point without y")
    for i in compress(range(n), map(_IS_STRAY.__getitem__, codes)):  # y, z: where x put them
        code = codes[i]
        if not (
            (i >= 1 and codes[i - 1] == code - 10 and codes[i - 1] in POINT_CODES)
            or (
                i >= 2
                and codes[i - 2] == code - 20
                and codes[i - 2] in POINT_CODES
                and codes[i - 1] == code - 10
            )
        ):
            raise _Refuse("coordinate without its x")
    structure = ""
    for i in compress(range(n), map(_IS_MARKED.__getitem__, codes)):  # codes 0, 5, 105
        code, value = codes[i], values[i]
        if code == 0:
            if value != value.strip().upper():
                raise _Refuse("structure tag")
            structure = value
        elif (code == 105) == (structure == "DIMSTYLE"):
            int(value, 16)  # ezdxf drops a handle that is not hex
