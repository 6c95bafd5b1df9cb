"""`--format sarif`: valid SARIF 2.1.0 (the OASIS schema, errata 01, kept beside this test),
rules for 1E902.a/b, review and unread, exclusions as suppressions, stable fingerprints."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def sarif(*args: str) -> dict:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "scanner",
            "scan",
            str(ROOT / "samples"),
            "--format",
            "sarif",
            "--no-cache",
            *args,
        ],
        capture_output=True,
        timeout=600,
    )
    assert done.returncode == 1, done.stderr.decode()
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def report() -> dict:
    return sarif()


def results_for(report: dict, name: str) -> list[dict]:
    return [
        r
        for r in report["runs"][0]["results"]
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith(name)
    ]


def test_it_validates_against_the_oasis_schema(report: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(report)


@pytest.mark.parametrize(
    ("name", "rule", "suppressed"),
    [
        ("NdFeB_sintering_spec_QP-S-017.docx", "1E902.a", False),
        ("sintering_furnace_line_commissioning_maintenance_CMP-F-009.txt", "1E902.b", False),
        ("JPMMD_2025_41_6_Tb_grain_boundary_diffusion.pdf", "1E902.a", True),  # published: excluded
        ("patent_application_DyFe_electrolysis_202511087654.docx", "1E902.a", True),
        ("corrupted_drawing_notes.pdf", None, False),
    ],
)
def test_results_per_file(report: dict, name: str, rule: str | None, suppressed: bool) -> None:
    found = results_for(report, name)
    assert found, f"no result for {name}"
    if rule is not None:
        assert rule in {r["ruleId"] for r in found}
    else:
        assert {r["ruleId"] for r in found} <= {"unread", "review"}
    assert all(bool(r.get("suppressions")) is suppressed for r in found)
    if suppressed:
        assert "excluded from control" in found[0]["suppressions"][0]["justification"]


def test_clear_files_have_no_result(report: dict) -> None:
    assert results_for(report, "RE_market_weekly_2025-W47.txt") == []


def test_stages_are_taxa(report: dict) -> None:
    [spec] = results_for(report, "NdFeB_sintering_spec_QP-S-017.docx")
    assert {"id": "magnet-manufacturing", "toolComponent": {"name": "1E902-stages"}} in spec["taxa"]


def test_fingerprints_are_stable_and_redaction_applies(report: dict) -> None:
    again = sarif("--redact")
    jsonschema.Draft4Validator(SCHEMA).validate(again)
    first = [r["partialFingerprints"] for r in report["runs"][0]["results"]]
    second = [r["partialFingerprints"] for r in again["runs"][0]["results"]]
    assert first == second
    assert all(set(f) == {"fileRule/v1", "pathRule/v1"} for f in first)
    [spec] = results_for(again, "NdFeB_sintering_spec_QP-S-017.docx")
    assert spec["properties"]["redacted"] is True
    values = [e for e in spec["properties"]["evidence"] if e["kind"] in ("value", "parameter")]
    # 1060 ℃ → # ℃; a number glued to a letter is a name (D50, P507) and stays
    assert values and not [e["text"] for e in values if re.search(r"(?<![A-Za-z\d])\d", e["text"])]
    assert "1060" not in json.dumps(spec)


def test_copies_of_one_file_are_two_results(tmp_path: Path) -> None:
    """Two copies of one controlled file at two paths: the same content fingerprint (it follows
    a file that moves), different path fingerprints, so a dashboard keeps both."""
    spec = (ROOT / "samples" / "NdFeB_sintering_spec_QP-S-017.docx").read_bytes()
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "spec.docx").write_bytes(spec)
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path), "--format", "sarif", "--no-cache"],
        capture_output=True,
        timeout=600,
    )
    log = json.loads(done.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    prints = [r["partialFingerprints"] for r in log["runs"][0]["results"] if r["ruleId"] == "1E902.a"]
    assert len(prints) == 2
    assert prints[0]["fileRule/v1"] == prints[1]["fileRule/v1"]
    assert prints[0]["pathRule/v1"] != prints[1]["pathRule/v1"]
    assert len({tuple(sorted(p.items())) for p in prints}) == 2


def test_a_members_line_is_not_put_on_the_container(tmp_path: Path) -> None:
    """A member's evidence line is no line of the zip: the result names the member as a logical
    location and gives no region."""
    import zipfile

    with zipfile.ZipFile(tmp_path / "pack.zip", "w") as z:
        z.write(ROOT / "samples" / "NdFeB_sintering_spec_QP-S-017.docx", "spec.docx")
        z.writestr("sx.txt", (ROOT / "samples" / "SmCo_2-17_heat_treatment_route_HT-SC-005.md").read_text())
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path), "--format", "sarif", "--no-cache"],
        capture_output=True,
        timeout=600,
    )
    for result in json.loads(done.stdout)["runs"][0]["results"]:
        [location] = result["locations"]
        if location["physicalLocation"]["artifactLocation"]["uri"] == "pack.zip":
            assert "region" not in location["physicalLocation"]
