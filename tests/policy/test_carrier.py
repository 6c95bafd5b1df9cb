import pytest

from scanner.policy.carrier import decide_carrier
from tests.conftest import scan_text


@pytest.mark.parametrize(
    ("name", "text", "carrier"),
    [
        (
            "cut.nc",
            "O1001 (NdFeB block slicing)\nG21 G90\nT1 M06\nS3000 M03\nG01 X10 F200\nG01 X20\nG01 X30\nM30\n",
            "nc-program",
        ),
        ("log.csv", "批次,烧结温度(℃),保温(h)\nB1,1060,4\nB2,1065,4\n", "parameter-sheet"),
        (
            "mail.txt",
            "From: a@example.com\nTo: b@example.com\nSubject: furnace\n\nDear Li,\n"
            "see below.\nBest regards\n",
            "email",
        ),
    ],
)
def test_carrier_from_content_and_type(scanner, name: str, text: str, carrier: str) -> None:
    assert scan_text(scanner, text, name).carrier == carrier


def test_unflagged_document_without_cues_is_other() -> None:
    assert decide_carrier("a.txt", "text", (), "hello", flagged=False) == "other"


@pytest.mark.parametrize(
    ("path", "file_type", "flagged", "learned", "carrier"),
    [
        # slides that specify a process are a process specification; other decks are other
        ("line.pptx", "pptx", True, {"other": 0.9}, "process-spec"),
        ("investor_day.pptx", "pptx", False, {"process-spec": 0.9}, "other"),
        # configuration files are parameter sheets (or simulation inputs), never a spec
        ("HT-4_prog.json", "text", True, {"process-spec": 0.7, "parameter-sheet": 0.2}, "parameter-sheet"),
        ("sc01_recipe.yaml", "text", True, {"process-spec": 0.5, "simulation-data": 0.45}, "simulation-data"),
        ("recipe.ini", "text", True, {}, "parameter-sheet"),
        # a spreadsheet is a sheet, simulation data or other
        ("log.xlsx", "xlsx", True, {"process-spec": 0.8, "parameter-sheet": 0.1}, "parameter-sheet"),
        # plain text: the learned heads decide
        ("memo.txt", "text", True, {"other": 0.6}, "other"),
    ],
)
def test_carrier_by_format(path: str, file_type: str, flagged: bool, learned: dict, carrier: str) -> None:
    assert decide_carrier(path, file_type, (), "x", flagged=flagged, learned=learned) == carrier
