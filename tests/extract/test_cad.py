from scanner.config import Limits
from scanner.extract.registry import extract_document

STEP = b"""ISO-10303-21;
HEADER;
FILE_DESCRIPTION(('HD furnace retort for NdFeB hydrogen decrepitation'),'2;1');
FILE_NAME('HD-F-2201.stp','2025-10-01T10:00:00',('Tang Wei'),('Hengci Magnetics'),'','CAD','');
FILE_SCHEMA(('AUTOMOTIVE_DESIGN'));
ENDSEC;
DATA;
#10=PRODUCT('HD-F-2201','Retort, absorb H2 at 0.1 MPa, dehydrogenate 550 \\X2\\2103\\X0\\','',(#2));
#11=CARTESIAN_POINT('',(0.,0.,0.));
#12=CARTESIAN_POINT('',(1.,0.,0.));
ENDSEC;
END-ISO-10303-21;
"""


def test_step_names_not_geometry() -> None:
    doc = extract_document("retort.stp", STEP, Limits())
    assert doc.file_type == "step"
    texts = [s.text for s in doc.segments]
    assert "HD furnace retort for NdFeB hydrogen decrepitation" in texts
    assert "Retort, absorb H2 at 0.1 MPa, dehydrogenate 550 ℃" in texts
    assert not any(t.startswith("(0.") for t in texts)
    assert str(doc.segments[0].location) == "line 3"


def test_iges_start_and_global_sections() -> None:
    start = "Bracket for sintering tray, material Mo".ljust(72) + "S      1"
    glob = "1H,,1H;,12Htray-bracket,8Hbracket1,4HACME;".ljust(72) + "G      1"
    doc = extract_document("tray.igs", (start + "\n" + glob + "\n").encode(), Limits())
    texts = [s.text for s in doc.segments]
    assert "Bracket for sintering tray, material Mo" in texts
    assert "tray-bracket" in texts


def step_file(description: str, product: str) -> bytes:
    return (
        "ISO-10303-21;\nHEADER;\n"
        f"FILE_DESCRIPTION(('{description}'),'2;1');\n"
        "FILE_NAME('part.stp','2025-10-01T10:00:00',('-'),('-'),'','CAD','');\n"
        "FILE_SCHEMA(('AP242_MANAGED_MODEL_BASED_3D_ENGINEERING_MIM_LF'));\nENDSEC;\nDATA;\n"
        f"#10=PRODUCT('P-1','{product}','',(#2));\n#11=CARTESIAN_POINT('',(0.,0.,0.));\n"
        "ENDSEC;\nEND-ISO-10303-21;\n"
    ).encode()


def test_step_with_process_notes_is_a_controlled_drawing(scanner) -> None:
    # Chinese in STEP is written as \X2\ hex escapes of UTF-16
    escaped = "\\X2\\" + "".join(f"{ord(c):04X}" for c in "晶界扩散料盘") + "\\X0\\"
    data = step_file(
        f"{escaped} GBD tray, Dy coating, diffusion 900 C x 6 h, ageing 500 C x 3 h", "NdFeB N52SH"
    )
    doc = extract_document("GBD-tray.stp", data, Limits())
    assert any(s.text.startswith("晶界扩散料盘 GBD tray") for s in doc.segments)
    v = scanner.scan_bytes("GBD-tray.stp", data)
    assert v.verdict in ("controlled", "review"), v.reasons
    assert v.carrier == "drawing" and "magnet-manufacturing" in v.categories


def test_ordinary_step_part_is_clear(scanner) -> None:
    v = scanner.scan_bytes("pump.stp", step_file("Pump casing, cast iron EN-GJL-250", "Casing DN80"))
    assert v.verdict == "clear" and v.carrier == "drawing"
