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
