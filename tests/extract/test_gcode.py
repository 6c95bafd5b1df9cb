import pytest

from scanner.config import Limits
from scanner.extract.registry import extract_document, type_of

SLICING = b"""%
O2201 (NDFEB BLOCK MULTI-WIRE SLICING - N48H 52X52X32)
(MATERIAL: SINTERED NDFEB, NICUNI COATING AFTER SLICING)
G21 G90 G17
T1 M06
S1200 M03
G01 Z-32.5 F0.35 ; slice thickness 2.05 mm
M30
%
"""
BRACKET = b"""%
O1001 (BRACKET 6061-T6 POCKET)
G21 G90
T3 M06
S8000 M03
G01 X10 Y10 F600
G01 X40
M30
%
"""


def test_comments_program_and_parameters_with_lines() -> None:
    doc = extract_document("slice.nc", SLICING, Limits())
    assert doc.file_type == "gcode"
    located = {s.text: str(s.location) for s in doc.segments}
    assert located["NDFEB BLOCK MULTI-WIRE SLICING - N48H 52X52X32"] == "line 2"
    assert located["slice thickness 2.05 mm"] == "line 7"
    assert "spindle speed 1200 rpm" in " ".join(located)
    assert "feed rate 0.35 mm/min" in " ".join(located)


def test_magnet_slicing_is_a_carrier_and_a_bracket_is_not(scanner) -> None:
    slicing = scanner.scan_bytes("slice.nc", SLICING)
    assert slicing.verdict in ("controlled", "review")
    assert slicing.carrier == "nc-program"
    assert "magnet-manufacturing" in slicing.categories
    assert scanner.scan_bytes("bracket.nc", BRACKET).verdict == "clear"


def test_fanuc_iso_and_heidenhain_programs_are_nc_programs() -> None:
    iso = b"%\nO0412 (NDFEB N48H SEGMENT, WIRE EDM)\nG92 X0 Y0\nG01 X10. F2.0\nM02\n%\n"
    doc = extract_document("O0412.iso", iso, Limits())
    assert doc.file_type == "gcode"
    assert "NDFEB N48H SEGMENT, WIRE EDM" in [s.text for s in doc.segments]
    heidenhain = b"0 BEGIN PGM RING MM\n1 ; SMCO RING GRINDING\n2 TOOL CALL 5 Z S3000\n3 END PGM RING MM\n"
    assert extract_document("RING.H", heidenhain, Limits()).file_type == "gcode"
    # a disc image or a C header keeps its own type
    assert type_of("disc.iso", b"CD001" + bytes(range(256)) * 8) == "binary"
    assert type_of("util.h", b"#include <stdio.h>\nint f(void);\n") == "text"


#: a wire-EDM program saved from the controller under a text name
WIRE_PROGRAM = (
    b"%\nO4417 (ARC SEG R30.5 X 36DEG - 4 PCS)\n(MAT: SINTERED NDFEB N42SH BLOCK)\n"
    + b"".join(
        b"N%d G01 X%d.000 Y0.000\nG02 X%d.5 Y-4.7 I9.4 J-29.0\nM00\n" % (i * 10, i, i) for i in range(1, 5)
    )
    + b"M02\n%\n"
)


@pytest.mark.parametrize(
    ("name", "data", "file_type"),
    [
        ("O4417_revC.txt", WIRE_PROGRAM, "gcode"),  # a program start and its G-code lines
        ("O4417", WIRE_PROGRAM, "gcode"),  # no extension at all
        # a text that starts as a program does, with too few G-code lines to be one
        ("notes.txt", b"%\nO4417 is the program for the arc segments.\nG01 is a feed move.\n", "text"),
        ("paper.txt", b"% LaTeX source\n\\section{Results}\nG01 T1 M03\n" * 3, "text"),  # a % comment
        ("O4417.md", WIRE_PROGRAM, "text"),  # Markdown is read as written
    ],
)
def test_a_program_saved_as_text_is_an_nc_program(name: str, data: bytes, file_type: str) -> None:
    """Found by an exploratory tester: a wire-EDM program for NdFeB arc segments saved as .txt
    was read as text, and the rule that an NC program naming the magnet it machines is magnet
    manufacturing did not apply (clear 0.19)."""
    assert type_of(name, data) == file_type
