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
