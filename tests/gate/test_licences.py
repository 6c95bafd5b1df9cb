"""The licence register: TOML and CSV, validation, and what a licence covers."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scanner.gate.licences import RegisterError, load_register

TOML = """
[[licence]]
number = "mofcom-2026-0042"
holder = "Example Magnetics Co., Ltd."
recipients = ["r.mueller@partner.example"]
domains = ["labs.partner2.example"]
control_codes = ["1E902.a"]
stages = ["magnet-manufacturing"]
valid_from = 2026-01-01
valid_until = 2026-12-31
"""

CSV = (
    "number,holder,recipients,domains,control_codes,stages,valid_from,valid_until\n"
    "MOFCOM-2026-0042,Example Magnetics Co.,r.mueller@partner.example,labs.partner2.example,"
    "1E902.a,magnet-manufacturing,2026-01-01,2026-12-31\n"
    "MOFCOM-2026-0043,Example Magnetics Co.,,partner.example,1E902.a;1E902.b,"
    "separation;magnet-manufacturing,2026-03-01,2027-02-28\n"
)


@pytest.fixture(params=["toml", "csv"])
def register(request, tmp_path: Path):
    path = tmp_path / f"licences.{request.param}"
    path.write_text(TOML if request.param == "toml" else CSV, encoding="utf-8")
    return load_register(path)


DAY = dt.date(2026, 6, 1)


@pytest.mark.parametrize(
    ("recipients", "codes", "stages", "today", "problem"),
    [
        (["r.mueller@partner.example"], ["1E902.a"], ["magnet-manufacturing"], DAY, None),
        (["R.Mueller@Partner.Example"], ["1E902.a"], ["magnet-manufacturing"], DAY, None),
        (["x@labs.partner2.example"], ["1E902.a"], ["magnet-manufacturing"], DAY, None),  # domain
        (["x@sub.labs.partner2.example"], [], [], DAY, None),  # subdomain; nothing found to cover
        (["other@partner.example"], ["1E902.a"], ["magnet-manufacturing"], DAY, "recipient"),
        (["r.mueller@partner.example"], ["1E902.b"], ["magnet-manufacturing"], DAY, "control code"),
        (["r.mueller@partner.example"], ["1E902.a"], ["separation"], DAY, "stage"),
        (
            ["r.mueller@partner.example"],
            ["1E902.a"],
            ["magnet-manufacturing"],
            dt.date(2027, 1, 1),
            "expired",
        ),
        (
            ["r.mueller@partner.example"],
            ["1E902.a"],
            ["magnet-manufacturing"],
            dt.date(2025, 12, 31),
            "valid only",
        ),
    ],
)
def test_what_a_licence_covers(register, recipients, codes, stages, today, problem) -> None:
    licence = register.get("MOFCOM-2026-0042")
    assert licence is not None
    problems = licence.problems(recipients, codes, stages, today)
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problem in problems[0]


def test_numbers_are_case_insensitive(register) -> None:
    assert register.get("mofcom-2026-0042") is register.get("MOFCOM-2026-0042")
    assert register.get("MOFCOM-2099-0001") is None


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('[[licence]]\nholder = "A"\n', "no licence number"),
        ('[[licence]]\nnumber = "L1"\n', "L1: no holder"),
        (
            '[[licence]]\nnumber = "L1"\nholder = "A"\ncontrol_codes = ["1E902.a"]\nstages = ["mining"]\n'
            "valid_from = 2026-01-01\nvalid_until = 2026-12-31\n",
            "neither recipients nor domains",
        ),
        (
            '[[licence]]\nnumber = "L1"\nholder = "A"\ndomains = ["p.example"]\ncontrol_codes = ["1E902.c"]\n'
            'stages = ["mining"]\nvalid_from = 2026-01-01\nvalid_until = 2026-12-31\n',
            "control_codes",
        ),
        (
            '[[licence]]\nnumber = "L1"\nholder = "A"\ndomains = ["p.example"]\ncontrol_codes = ["1E902.a"]\n'
            'stages = ["magnets"]\nvalid_from = 2026-01-01\nvalid_until = 2026-12-31\n',
            "stages",
        ),
        (
            '[[licence]]\nnumber = "L1"\nholder = "A"\ndomains = ["p.example"]\ncontrol_codes = ["1E902.a"]\n'
            'stages = ["mining"]\nvalid_from = "soon"\nvalid_until = 2026-12-31\n',
            "valid_from",
        ),
        (
            '[[licence]]\nnumber = "L1"\nholder = "A"\ndomains = ["p.example"]\ncontrol_codes = ["1E902.a"]\n'
            'stages = ["mining"]\nvalid_from = 2026-01-01\nvalid_until = 2025-12-31\n',
            "before valid_from",
        ),
        ('[[licence]]\nnumber = "L1"\nholdr = "A"\n', "unknown key 'holdr'"),
        ("[licences]\n", "unknown key"),
    ],
)
def test_bad_register_is_refused_with_the_licence_named(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "licences.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RegisterError) as info:
        load_register(path)
    assert named in str(info.value)


def test_duplicate_number(tmp_path: Path) -> None:
    path = tmp_path / "licences.toml"
    path.write_text(TOML + TOML, encoding="utf-8")
    with pytest.raises(RegisterError, match="appears twice"):
        load_register(path)


def test_csv_without_a_column(tmp_path: Path) -> None:
    path = tmp_path / "licences.csv"
    path.write_text("number,holder\nL1,A\n", encoding="utf-8")
    with pytest.raises(RegisterError, match="lacks column"):
        load_register(path)
