from scanner.config import Limits
from scanner.extract.registry import extract_document


def dxf(texts: list[str]) -> bytes:
    body = ["0", "SECTION", "2", "ENTITIES"]
    for t in texts:
        body += ["0", "TEXT", "8", "NOTES", "10", "12.5", "20", "40.0", "40", "3.5", "1", t]
    body += ["0", "LINE", "8", "0", "10", "0.0", "20", "0.0", "11", "100.0", "21", "0.0"]
    body += ["0", "ENDSEC", "0", "EOF"]
    return ("\n".join(body) + "\n").encode("utf-8")


def test_text_entities_with_their_lines_and_no_coordinates() -> None:
    doc = extract_document("rotor.dxf", dxf(["技术要求：", "烧结1060℃×4h，回火500℃"]), Limits())
    assert doc.file_type == "dxf"
    texts = [s.text for s in doc.segments]
    assert "烧结1060℃×4h，回火500℃" in texts
    assert "NOTES" in texts  # the layer name, once
    assert not any(t.replace(".", "").isdigit() for t in texts)


def test_drawing_notes_can_make_a_controlled_drawing(scanner) -> None:
    notes = [
        "DWG NO. HD-F-2201  SCALE 1:10  REV B  TITLE: HD furnace retort, NdFeB line",
        "NOTES: 1. Hydrogen decrepitation: absorb H2 at 0.1 MPa, 2 h; dehydrogenate 550 °C, 6 h.",
        "2. Jet milling to D50 3.2 um, oxygen < 1000 ppm; sintering 1070 °C 4 h in vacuum.",
    ]
    v = scanner.scan_bytes("retort.dxf", dxf(notes))
    assert v.verdict in ("controlled", "review")
    assert v.carrier == "drawing"
    assert "magnet-manufacturing" in v.categories


def test_geometry_only_drawing_is_clear_with_a_note(scanner) -> None:
    v = scanner.scan_bytes("plate.dxf", dxf([]))
    assert v.verdict == "clear"


def ezdxf_drawing(binary: bool = False) -> bytes:
    """A drawing as CAD programs write it: a title block with attributes, notes in MTEXT, a
    dimension with a text override, a project name in the header and drawing properties."""
    import io

    import ezdxf

    doc = ezdxf.new("R2010", setup=True)
    doc.header["$PROJECTNAME"] = "SX line 3 revamp"
    title = doc.blocks.new("TITLEBLOCK")
    title.add_attdef("DWGNO", (0, 0), dxfattribs={"height": 2.5})
    title.add_attdef("TITLE", (0, 5), dxfattribs={"height": 2.5})
    msp = doc.modelspace()
    insert = msp.add_blockref("TITLEBLOCK", (300, 0))
    insert.add_auto_attribs({"DWGNO": "SX-3-ST-014", "TITLE": "P507 mixer-settler, extraction stage 1-18"})
    doc.layers.add("TECH-REQ")
    msp.add_mtext(
        "技术要求：\\P1. 萃取段18级，洗涤段12级；\\P2. 流比 O/A = 8.2:1，皂化度 36%。",
        dxfattribs={"layer": "TECH-REQ"},
    )
    msp.add_line((0, 0), (2400, 0))
    dim = msp.add_linear_dim(base=(0, -50), p1=(0, 0), p2=(2400, 0), text="2400 mixing chamber <>")
    dim.render()
    doc.rootdict.add_xrecord("DWGPROPS").reset([(1, "DWGPROPS COOKIE"), (2, "Extraction cascade tank")])
    if binary:
        path = io.BytesIO()
        doc.write(path, fmt="bin")
        return path.getvalue()
    text = io.StringIO()
    doc.write(text)
    return text.getvalue().encode("utf-8")


def test_ezdxf_reads_title_block_notes_dimensions_and_properties() -> None:
    doc = extract_document("SX-3-ST-014.dxf", ezdxf_drawing(), Limits())
    found = {s.text: str(s.location) for s in doc.segments}
    assert found["DWGNO: SX-3-ST-014"].endswith("title block TITLEBLOCK DWGNO")
    assert "TITLE: P507 mixer-settler, extraction stage 1-18" in found
    notes = next(t for t in found if t.startswith("技术要求"))
    assert "萃取段18级" in notes and "\\P" not in notes
    assert found[notes].startswith("model space, MTEXT #") and found[notes].endswith("layer TECH-REQ")
    assert any(t.startswith("2400 mixing chamber") for t in found)
    assert found["projectname: SX line 3 revamp"] == "header $PROJECTNAME"
    assert found["Extraction cascade tank"] == "metadata:drawing properties"
    assert "TECH-REQ" in found


def test_binary_dxf_is_read_and_the_drawing_flagged(scanner) -> None:
    data = ezdxf_drawing(binary=True)
    assert data.startswith(b"AutoCAD Binary DXF")
    v = scanner.scan_bytes("tank.dxf", data)
    assert v.file_type == "dxf-binary"
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.categories == ("separation",) and v.carrier == "drawing"


def test_damaged_dxf_falls_back_to_the_raw_reader() -> None:
    data = b"0\nSECTION\n2\nENTITIES\n0\nTEXT\n8\nNOTES\n1\nNdFeB sintering 1060 C\n0\nENDSEC\n0\nEOF\n"
    damaged = data.replace(b"0\nENDSEC", b"0\nENDSEC\nGARBAGE\n\x00\x01")
    doc = extract_document("damaged.dxf", damaged, Limits())
    assert any("NdFeB sintering 1060 C" in s.text for s in doc.segments)


def test_mis_declared_gbk_text_is_repaired() -> None:
    body = ["0", "SECTION", "2", "ENTITIES", "0", "TEXT", "8", "0", "10", "0", "20", "0", "40", "2.5"]
    body += ["1", "真空烧结炉 技术要求", "0", "ENDSEC", "0", "EOF"]
    doc = extract_document("gbk.dxf", ("\n".join(body) + "\n").encode("gb18030"), Limits())
    assert "真空烧结炉 技术要求" in [s.text for s in doc.segments]


def test_svg_text_is_read_as_a_drawing(scanner) -> None:
    svg = (
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">'
        "<title>Electrolysis cell EC-6 layout</title><desc>rare earth molten salt electrolysis</desc>"
        '<text x="10" y="20">Cell 6 kA, fluoride bath LiF-NdF3 at 1050 °C</text>'
        '<text x="10" y="40"><tspan>Cathode current density 6.5 A/cm2, anode 0.9 A/cm2</tspan></text>'
        "<style>.a{fill:red}</style></svg>"
    ).encode()
    v = scanner.scan_bytes("cell-layout.svg", svg)
    assert v.file_type == "svg" and v.carrier == "drawing"
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.categories == ("metal-smelting",)
