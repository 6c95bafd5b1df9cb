"""The native DXF reader gives exactly what the ezdxf path gives, or refuses (None)."""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from pathlib import Path

import ezdxf
import pytest
from ezdxf.lldxf import const as ezdxf_const
from ezdxf.lldxf import types as ezdxf_types
from ezdxf.lldxf.validator import is_valid_layer_name
from ezdxf.sections import objects as ezdxf_objects
from ezdxf.tools.text import caret_decode, fast_plain_mtext, plain_text

from scanner.extract import dxf, dxfnative
from scanner.extract.base import Source
from scanner.extract.dxfnative import read_native

REAL_WORLD = Path("/work/shared/corpus/real-world/dxf")
VERSIONS = ("R2000", "R2004", "R2007", "R2010", "R2013", "R2018")


def save(doc, fmt: str = "asc") -> bytes:
    """The bytes `doc.saveas` writes (ASCII DXF in the document's output encoding)."""
    stream = io.BytesIO()
    if fmt == "bin":
        doc.write(stream, fmt="bin")
        return stream.getvalue()
    text = io.StringIO()
    doc.write(text)
    return text.getvalue().encode(doc.output_encoding, errors="dxfreplace")


def text_notes(doc) -> None:
    doc.header["$PROJECTNAME"] = "Rotor line 3"
    msp = doc.modelspace()
    msp.add_text("Sintered NdFeB rotor", dxfattribs={"layer": "NOTES"})
    msp.add_mtext("Notes:\\P1. Sinter at 1060 C\\P2. Temper at 500 C", dxfattribs={"layer": "NOTES"})
    msp.add_line((0, 0), (10, 10))
    doc.layers.add("UNUSED")


def title_block(doc) -> None:
    block = doc.blocks.new("TITLE")
    block.add_attdef("DWGNO", (0, 0), dxfattribs={"prompt": "Drawing number"})
    block.add_attdef("TITLE", (0, 5))
    block.add_text("Acme Magnetics")
    frame = doc.blocks.new("_FRAME")
    frame.add_blockref("TITLE", (0, 0))
    msp = doc.modelspace()
    msp.add_blockref("TITLE", (300, 0)).add_auto_attribs({"DWGNO": "SX-3-014", "TITLE": "Settler tank"})
    msp.add_blockref("_FRAME", (0, 0), dxfattribs={"layer": "FRAME"})
    msp.add_polyline2d([(0, 0), (5, 5), (10, 0)])
    msp.add_lwpolyline([(0, 0), (3, 3)])


def dimensions(doc) -> None:
    msp = doc.modelspace()
    msp.add_linear_dim(base=(0, -5), p1=(0, 0), p2=(240, 0), text="2400 mixing chamber <>").render()
    msp.add_linear_dim(base=(0, -15), p1=(0, 0), p2=(50, 0)).render()
    msp.add_radius_dim(center=(0, 0), radius=3, angle=45, text="R<>").render()


def layouts(doc) -> None:
    doc.modelspace().add_text("Model note")
    doc.layouts.get("Layout1").add_text("Paper note", dxfattribs={"layer": "SHEET"})
    sheet = doc.layouts.new("Detail A")
    sheet.add_text("Detail text")
    sheet.add_viewport(center=(100, 100), size=(50, 50), view_center_point=(0, 0), view_height=10)
    doc.layouts.rename("Layout1", "Plan")


def formatting(doc) -> None:
    msp = doc.modelspace()
    msp.add_mtext("{\\H2;Big} title\\Pline two %%d ^I tab \\S1/2; \\A1;centred")
    msp.add_text("Angle 30%%d, %%c20, 100%")
    msp.add_text("caret^Jtext")


MIXES: dict[str, Callable] = {
    "text": text_notes,
    "title block": title_block,
    "dimensions": dimensions,
    "layouts": layouts,
    "formatting": formatting,
}


def drawing(version: str, *builders: Callable, setup: bool = False) -> bytes:
    doc = ezdxf.new(version, setup=setup)
    for build in builders:
        build(doc)
    return save(doc)


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("mix", MIXES)
def test_native_equals_ezdxf_on_ezdxf_drawings(version: str, mix: str) -> None:
    data = drawing(version, MIXES[mix])
    native = read_native(data)
    assert native is not None
    assert native == dxf._extract_with_ezdxf(data)


def test_native_equals_ezdxf_with_everything_and_setup() -> None:
    data = drawing("R2010", *MIXES.values(), setup=True)
    native = read_native(data)
    assert native is not None
    assert native == dxf._extract_with_ezdxf(data)


def test_geometry_only_drawing_has_the_note() -> None:
    doc = ezdxf.new("R2013")
    doc.modelspace().add_circle((0, 0), 5)
    data = save(doc).replace(b"  9\n$LASTSAVEDBY\n  1\nezdxf\n", b"")
    native = read_native(data)
    assert native is not None and not native.segments
    assert native.notes == ("the drawing holds geometry only: no text, names or comments",)
    assert native == dxf._extract_with_ezdxf(data)


def real_world_files() -> list[Path]:
    return sorted(REAL_WORLD.glob("*")) if REAL_WORLD.is_dir() else []


@pytest.mark.skipif(not REAL_WORLD.is_dir(), reason="real-world DXF corpus not available")
@pytest.mark.parametrize("path", real_world_files(), ids=lambda p: p.name)
def test_native_equals_ezdxf_or_refuses_real_world(path: Path) -> None:
    data = path.read_bytes()
    native = read_native(data)
    assert native is None or native == dxf._extract_with_ezdxf(data)


# -- drawings the native reader must refuse ------------------------------------------------


def plain() -> bytes:
    doc = ezdxf.new("R2013")
    msp = doc.modelspace()
    msp.add_text("Plain note", dxfattribs={"layer": "NOTES"})
    msp.add_line((0, 0), (1, 1))
    return save(doc)


def tags(data: bytes) -> list[list[str]]:
    lines = data.decode("ascii").split("\n")
    return [lines[i : i + 2] for i in range(0, len(lines) - 1, 2)]


def join(pairs: list[list[str]]) -> bytes:
    return ("\n".join(line for pair in pairs for line in pair) + "\n").encode("ascii")


def entity(pairs: list[list[str]], kind: str) -> int:
    return next(i for i, (code, value) in enumerate(pairs) if code.strip() == "0" and value == kind)


def without_handle(data: bytes) -> bytes:
    pairs = tags(data)
    start = entity(pairs, "TEXT")
    del pairs[start + 1]  # the (5, handle) after (0, TEXT)
    return join(pairs)


def duplicate_handle(data: bytes) -> bytes:
    pairs = tags(data)
    return _set_handle(data, "TEXT", lambda _handle: pairs[entity(pairs, "LINE") + 1][1])


def _set_handle(data: bytes, kind: str, change: Callable[[str], str]) -> bytes:
    pairs = tags(data)
    start = entity(pairs, kind)
    assert pairs[start + 1][0].strip() == "5" and any(c in "ABCDEF" for c in pairs[start + 1][1])
    pairs[start + 1][1] = change(pairs[start + 1][1])
    return join(pairs)


def replace(old: str, new: str, count: int = 1) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        text = data.decode("ascii")
        assert old in text
        return text.replace(old, new, count).encode("ascii")

    return change


def new_drawing(version: str, build: Callable, fmt: str = "asc") -> Callable[[bytes], bytes]:
    def make(_data: bytes) -> bytes:
        doc = ezdxf.new(version)
        build(doc.modelspace())
        return save(doc, fmt)

    return make


SHOULD_REFUSE: dict[str, Callable[[bytes], bytes]] = {
    "binary DXF": new_drawing("R2010", lambda m: m.add_text("Binary"), fmt="bin"),
    "R12": new_drawing("R12", lambda m: m.add_text("Old drawing")),
    "UTF-8 Chinese (R2010)": new_drawing("R2010", lambda m: m.add_text("技术要求")),
    "escaped Chinese (R2000)": new_drawing("R2000", lambda m: m.add_text("技术要求")),
    "MTEXT with XDATA": new_drawing("R2010", lambda m: m.add_mtext("x").set_xdata("ACAD", [(1000, "y")])),
    "SPLINE": new_drawing("R2010", lambda m: m.add_spline([(0, 0), (1, 2), (3, 1), (4, 4)])),
    "HATCH": new_drawing("R2010", lambda m: m.add_hatch().paths.add_polyline_path([(0, 0), (1, 0), (1, 1)])),
    "drawing properties": lambda _d: save_with(lambda doc: doc.rootdict.add_xrecord("DWGPROPS")),
    "group": lambda _d: save_with(lambda doc: doc.groups.new("G").extend(list(doc.modelspace()))),
    "no handle": without_handle,
    "duplicate handle": duplicate_handle,
    "lower-case handle": lambda d: _set_handle(d, "TEXT", lambda handle: handle.lower()),
    "truncated": lambda d: d[: len(d) // 2],
    "no EOF": replace("  0\nEOF\n", ""),
    "garbage": lambda _d: b"hello world\n",
    "empty": lambda _d: b"",
    "bad group code": replace("  0\nLINE\n", "  x\nLINE\n"),
    "lower-case entity type": replace("  0\nLINE\n", "  0\nline\n"),
    "lone CR": replace("Plain note", "Plain\rnote"),
    "NUL byte": replace("Plain note", "Plain\x00note"),
    "non-ASCII byte": lambda d: d.replace(b"Plain note", "Plain \xe9".encode("latin-1")),
    "DXF unicode escape in TEXT": replace("Plain note", "Plain \\U+00E9"),
    "duplicate header variable": replace(
        "  9\n$ACADVER\n", "  9\n$PROJECTNAME\n  1\nA\n  9\n$PROJECTNAME\n  1\nB\n  9\n$ACADVER\n"
    ),
    "R14 version": replace("AC1027", "AC1014"),
    "unknown section": replace("  2\nOBJECTS\n", "  2\nOBJECTZ\n"),
    "owner does not exist": replace(
        "330\n17\n100\nAcDbEntity\n  8\nNOTES", "330\nFFFF\n100\nAcDbEntity\n  8\nNOTES"
    ),
    "invalid layer name": replace("  8\nNOTES\n", "  8\nNO<TES\n"),
    "paper-space flag twice": replace(
        "100\nAcDbEntity\n  8\nNOTES", "100\nAcDbEntity\n 67\n0\n 67\n1\n  8\nNOTES"
    ),
    "layer twice": replace("100\nAcDbEntity\n  8\nNOTES", "100\nAcDbEntity\n  8\nA\n  8\nNOTES"),
    "y without x": replace("100\nAcDbText\n 10\n", "100\nAcDbText\n 20\n0.0\n 10\n"),
    "float that is not one": replace("100\nAcDbText\n 10\n0.0", "100\nAcDbText\n 10\n0.0x"),
    "low handle seed": lambda d: _set_handseed(d, "1"),
    "embedded object": replace("100\nAcDbText\n 10\n", "101\nEmbedded Object\n 70\n1\n100\nAcDbText\n 10\n"),
    "unclosed application data": replace(
        "100\nAcDbEntity\n  8\nNOTES", "102\n{ACAD_REACTORS\n100\nAcDbEntity\n  8\nNOTES"
    ),
}


def save_with(change: Callable) -> bytes:
    doc = ezdxf.new("R2013")
    doc.modelspace().add_text("Note")
    change(doc)
    return save(doc)


def _set_handseed(data: bytes, seed: str) -> bytes:
    pairs = tags(data)
    at = next(i for i, (code, value) in enumerate(pairs) if value == "$HANDSEED")
    pairs[at + 1][1] = seed
    return join(pairs)


@pytest.mark.parametrize("case", SHOULD_REFUSE)
def test_refuses(case: str) -> None:
    assert read_native(SHOULD_REFUSE[case](plain())) is None


def test_base_of_the_refusal_table_is_read_natively() -> None:
    assert read_native(plain()) is not None


def test_mutations_are_refused_or_read_as_ezdxf_reads_them() -> None:
    """Seeded random edits of a drawing: whatever the native reader accepts, ezdxf reads the same."""
    base = drawing("R2010", text_notes, title_block, layouts)
    pairs = tags(base)
    rng = random.Random(7)
    values = [value for _code, value in pairs]
    accepted = 0
    for _ in range(150):
        mutated = [list(pair) for pair in pairs]
        i = rng.randrange(len(mutated))
        op = rng.randrange(5)
        if op == 0:
            del mutated[i]
        elif op == 1:
            mutated.insert(i, list(mutated[i]))
        elif op == 2:
            mutated[i][1] = rng.choice([*values, "", "0", "1", "Model", "*Paper_Space", "NOTES", "%%d\\P"])
        elif op == 3 and i + 1 < len(mutated):
            mutated[i], mutated[i + 1] = mutated[i + 1], mutated[i]
        else:
            mutated.insert(
                i, [rng.choice(["  8", " 67", "330", "  5", "102", "  2", "  1"]), rng.choice(values)]
            )
        data = join(mutated)
        native = read_native(data)
        if native is not None:
            accepted += 1
            assert native == dxf._extract_with_ezdxf(data), (i, op)
    assert accepted > 10  # the test exercises the native path, not only refusals


# -- the fast path is taken ------------------------------------------------------------------------


def test_fast_path_is_taken_for_a_plain_ezdxf_drawing(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = ezdxf.new()
    doc.modelspace().add_text("Rotor assembly, sintered NdFeB")
    data = save(doc)
    expected = dxf._extract_with_ezdxf(data)

    def no_ezdxf(_data: bytes):
        raise AssertionError("the ezdxf path was taken")

    monkeypatch.setattr(dxf, "_extract_with_ezdxf", no_ezdxf)
    assert dxf._extract_dxf(data) == expected
    extracted = dxf.extract_dxf(Source("rotor.dxf", data))
    assert "Rotor assembly, sintered NdFeB" in [s.text for s in extracted.segments]


def test_refused_drawings_still_go_to_ezdxf() -> None:
    data = SHOULD_REFUSE["escaped Chinese (R2000)"](b"")
    assert read_native(data) is None
    assert any("技术要求" in s.text for s in dxf._extract_dxf(data).segments)


# -- what the native reader copies from ezdxf stays equal to ezdxf ------------------------------


def test_group_code_tables_match_ezdxf() -> None:
    assert dxfnative.POINT_CODES == ezdxf_types.POINT_CODES
    assert dxfnative.BINARY_CODES == ezdxf_types.BINARY_DATA
    assert dxfnative.MAX_GROUP_CODE == ezdxf_types.MAX_GROUP_CODE
    for code in range(ezdxf_types.MAX_GROUP_CODE + 1):
        kind = ezdxf_types.TYPE_TABLE.get(code, str)
        assert (code in dxfnative.FLOAT_CODES) == (kind is float), code
        assert (code in dxfnative.INT_CODES) == (kind is int), code
    from ezdxf.lldxf.repair import INVALID_CODES

    assert dxfnative.STRAY_CODES == INVALID_CODES


def test_name_tables_match_ezdxf() -> None:
    assert set(ezdxf_const.INVALID_NAME_CHARACTERS) == dxfnative._INVALID_NAME_CHARACTERS
    assert set(ezdxf_objects._OBJECT_TABLE_NAMES) == dxfnative._OBJECT_TABLE_NAMES
    assert dxfnative._KNOWN_DICT_CONTENT == ezdxf_objects.KNOWN_DICT_CONTENT
    assert set(dxfnative._TABLES) == set(ezdxf_const.TABLE_NAMES_ACAD_ORDER)


ALPHABET = [
    *"\\{}%^;PpNnSsAaHhCcdDKkOoUuXx~Ll0123 #/|.\t",
    "%%",
    "\\P",
    "^J",
    "^I",
    "\\S",
    "%%c",
    "%%%",
    "%%u",
]


def random_strings(seed: int, count: int, alphabet: list[str], longest: int = 14) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_text_functions_match_ezdxf() -> None:
    for text in random_strings(11, 20000, ALPHABET):
        assert dxfnative.caret_decode(text) == caret_decode(text), text
        assert dxfnative.plain_text(text) == plain_text(text), text
        assert dxfnative.plain_mtext(text) == fast_plain_mtext(text, split=False), text


def test_layer_name_rule_matches_ezdxf() -> None:
    alphabet = [*'<>/\\":;?*=`|aZ0 _-U+M', "\\U+", "\\M+", "*"]
    for name in random_strings(12, 20000, alphabet, longest=6):
        assert dxfnative.is_valid_layer_name(name) == is_valid_layer_name(name), name
