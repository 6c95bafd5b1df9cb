"""PPTX decks read straight from their XML with lxml: the text python-pptx gives, without loading
every part of the package.

python-pptx opens a deck by loading the whole package graph (every layout, master, theme and
picture, with their relationships): 10–20 ms for a small deck, far more for a real one. This
reader parses only the package's relationships (to check, as python-pptx does on opening, that
every part they name is there), the presentation's slide list, the slides, their notes and the
core properties, and follows python-pptx's rules for what it yields: the shapes `slide.shapes`
iterates (groups opened), a table's cells, a text frame's paragraphs (runs, line breaks and
fields), the notes placeholder, the default title python-pptx gives a deck without core
properties (`tests/extract/test_slidexml.py` compares both). Anything outside the common shape
raises `Unsupported` and the deck is read with python-pptx, which then decides as it always
has: a shape python-pptx cannot type, a content part, a slide or notes part
of an unexpected type, several notes slides, a relationship to a missing part, strict OOXML.
"""

from __future__ import annotations

from dataclasses import dataclass

from scanner.extract.opc import Package, Unsupported, read_package
from scanner.extract.opc import R as _R

_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_NOTES = _R + "/notesSlide"
_TABLE_URI = "http://schemas.openxmlformats.org/drawingml/2006/table"
#: main parts python-pptx opens (slide shows and templates after `pptx._as_presentation`)
_DECK_TYPES = frozenset(
    "application/vnd." + t
    for t in (
        "openxmlformats-officedocument.presentationml.presentation.main+xml",
        "openxmlformats-officedocument.presentationml.slideshow.main+xml",
        "openxmlformats-officedocument.presentationml.template.main+xml",
        "ms-powerpoint.presentation.macroEnabled.main+xml",
        "ms-powerpoint.slideshow.macroEnabled.main+xml",
    )
)
_SLIDE_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"
_NOTES_TYPE = "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"
_SHAPES = frozenset(f"{{{_P}}}{t}" for t in ("sp", "grpSp", "graphicFrame", "cxnSp", "pic", "contentPart"))
_SP, _GRP, _FRAME = f"{{{_P}}}sp", f"{{{_P}}}grpSp", f"{{{_P}}}graphicFrame"
_CONTENT_PART = f"{{{_P}}}contentPart"
#: what python-pptx's `CorePropertiesPart.default` gives a deck without core properties
DEFAULT_PROPERTIES = {"title": "PowerPoint Presentation"}
__all__ = ["DEFAULT_PROPERTIES", "Deck", "Slide", "Unsupported", "read_deck"]


@dataclass(frozen=True)
class Slide:
    """What `pptx._slide_segments` reads of a slide: ("table", rows) and ("paragraphs", texts)
    items in shape order, and the notes' text (None without a notes placeholder)."""

    items: tuple[tuple[str, list], ...]
    notes: str | None


@dataclass(frozen=True)
class Deck:
    properties: dict[str, str]
    slides: tuple[Slide, ...]


def read_deck(data: bytes) -> Deck:
    return read_package(data, _DECK_TYPES, DEFAULT_PROPERTIES, _read)


def _read(package: Package) -> Deck:
    presentation = package.xml(package.main)
    if presentation.tag != f"{{{_P}}}presentation":
        raise Unsupported(f"presentation root {presentation.tag}")
    deck_rels = package.by_id(package.main)
    slides = []
    for entry in presentation.iterfind(f"{{{_P}}}sldIdLst/{{{_P}}}sldId"):
        _, target = deck_rels[entry.get(f"{{{_R}}}id")]
        if package.content_type(target) != _SLIDE_TYPE:
            raise Unsupported(f"slide part {target} of type {package.content_type(target)}")
        slides.append(_slide(package, target))
    return Deck(package.properties, tuple(slides))


def _slide(package: Package, part: str) -> Slide:
    root = package.xml(part)
    tree = _shape_tree(root)
    items: list[tuple[str, list]] = []
    for shape in _shapes(tree):
        if shape.tag == _FRAME:
            data = shape.find(f"{{{_A}}}graphic/{{{_A}}}graphicData")
            if data is not None and data.get("uri") == _TABLE_URI:
                table = data.find(f"{{{_A}}}tbl")
                if table is None:
                    raise Unsupported("a table frame without a table")
                rows = [
                    [_frame_text(cell).replace("\n", " ") for cell in row.iterfind(f"{{{_A}}}tc")]
                    for row in table.iterfind(f"{{{_A}}}tr")
                ]
                items.append(("table", rows))
        elif shape.tag == _SP:
            body = shape.find(f"{{{_P}}}txBody")
            paragraphs = [] if body is None else body.findall(f"{{{_A}}}p")
            items.append(("paragraphs", [_paragraph_text(p) for p in paragraphs]))
    notes_parts = package.related(part, _NOTES)
    if len(notes_parts) > 1:
        raise Unsupported("several notes slides")  # python-pptx refuses
    notes = None
    if notes_parts:
        if package.content_type(notes_parts[0]) != _NOTES_TYPE:
            raise Unsupported(f"notes part of type {package.content_type(notes_parts[0])}")
        notes = _notes_text(_shape_tree(package.xml(notes_parts[0])))
    return Slide(tuple(items), notes)


def _shape_tree(root):
    tree = root.find(f"{{{_P}}}cSld/{{{_P}}}spTree")
    if tree is None:
        raise Unsupported("a slide without a shape tree")
    return tree


def _shapes(tree):
    """`pptx._shapes`: the shapes python-pptx iterates, inside groups too; a shape it cannot
    give a type raises there (its slide is then partly unreadable): here, `Unsupported`."""
    for shape in tree:
        if shape.tag not in _SHAPES:
            continue
        if shape.tag == _GRP:
            yield from _shapes(shape)
            continue
        if shape.tag == _CONTENT_PART:
            raise Unsupported("a content part")
        if shape.tag == _SP and not _placeholder(shape) and not _typed(shape):
            raise Unsupported("a shape of no known type")
        yield shape


def _placeholder(shape) -> str | None:
    """The shape's placeholder type ("obj" when its `p:ph` names none), or None."""
    for child in shape:
        if child.tag.startswith(f"{{{_P}}}nv"):
            ph = child.find(f"{{{_P}}}nvPr/{{{_P}}}ph")
            return None if ph is None else ph.get("type", "obj")
    return None


def _typed(sp) -> bool:
    """python-pptx's `Shape.shape_type` succeeds: freeform, preset geometry or text box."""
    properties = sp.find(f"{{{_P}}}spPr")
    if properties is None:
        raise Unsupported("a shape without properties")
    if properties.find(f"{{{_A}}}custGeom") is not None or properties.find(f"{{{_A}}}prstGeom") is not None:
        return True
    flags = sp.find(f"{{{_P}}}nvSpPr/{{{_P}}}cNvSpPr")
    return flags is not None and flags.get("txBox") in ("1", "true")


def _run_text(run) -> str:
    t = run.findall(f"{{{_A}}}t")
    if len(t) != 1:  # python-pptx requires one (and would read the first of several)
        raise Unsupported("a run without exactly one text element")
    return t[0].text or ""


def _paragraph_text(paragraph) -> str:
    """python-pptx's `_Paragraph.text`: runs, line breaks (a vertical tab) and fields."""
    out = []
    for child in paragraph:
        if child.tag == f"{{{_A}}}r":
            out.append(_run_text(child))
        elif child.tag == f"{{{_A}}}br":
            out.append("\v")
        elif child.tag == f"{{{_A}}}fld":
            t = child.find(f"{{{_A}}}t")
            out.append("" if t is None else t.text or "")
    return "".join(out)


def _frame_text(element) -> str:
    """A text frame's `text` (a table cell's, the notes'): its paragraphs joined by line feeds."""
    body = element.find(f"{{{_A}}}txBody")
    if body is None:
        body = element.find(f"{{{_P}}}txBody")
    if body is None:
        return ""
    return "\n".join(_paragraph_text(p) for p in body.findall(f"{{{_A}}}p"))


def _notes_text(tree) -> str | None:
    """The notes placeholder's text: the first placeholder of type body (`NotesSlide`)."""
    for shape in tree:
        if shape.tag not in _SHAPES or _placeholder(shape) is None:
            continue
        if _placeholder(shape) == "body":
            if shape.tag != _SP:
                raise Unsupported("a notes placeholder that is no shape")
            return _frame_text(shape)
    return None
