"""Waivers: an accepted flagged file is reported as waived and does not fail the run; an
expired waiver, or one whose licence is not valid, flags it again."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from scanner.types import Verdict
from scanner.waivers import WaiverError, apply_waivers, load_waivers

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "samples" / "NdFeB_sintering_spec_QP-S-017.docx"
SHA = hashlib.sha256(SPEC.read_bytes()).hexdigest()
LICENCES = """
[[licence]]
number = "L-VALID"
holder = "Example Co."
domains = ["partner.example"]
control_codes = ["1E902.a"]
stages = ["magnet-manufacturing"]
valid_from = 2020-01-01
valid_until = 2099-12-31

[[licence]]
number = "L-OLD"
holder = "Example Co."
domains = ["partner.example"]
control_codes = ["1E902.a"]
stages = ["magnet-manufacturing"]
valid_from = 2020-01-01
valid_until = 2021-12-31

[[licence]]
number = "L-SEPARATION"
holder = "Example Co."
domains = ["partner.example"]
control_codes = ["1E902.a", "1E902.b"]
stages = ["separation"]
valid_from = 2020-01-01
valid_until = 2099-12-31

[[licence]]
number = "L-SOONER"
holder = "Example Co."
domains = ["partner.example"]
control_codes = ["1E902.a", "1E902.b"]
stages = ["magnet-manufacturing"]
valid_from = 2020-01-01
valid_until = 2098-06-30
"""


def waiver(expires: str, basis: str = 'licence = "L-VALID"') -> str:
    return f'[[waiver]]\nsha256 = "{SHA}"\n{basis}\nreviewer = "Wang Fang"\nexpires = {expires}\n'


@pytest.mark.parametrize(
    ("text", "waived", "exit_code", "reason"),
    [
        (waiver("2099-12-31"), True, 0, None),
        (
            waiver("2099-12-31", 'justification = "sent under the 2026 JV agreement, legal review 17"'),
            True,
            0,
            None,
        ),
        (waiver("2020-01-01"), False, 1, "waiver expired on 2020-01-01"),
        (waiver("2099-12-31", 'licence = "L-OLD"'), False, 1, "valid 2020-01-01 to 2021-12-31"),
        (waiver("2099-12-31", 'licence = "L-NONE"'), False, 1, "not in the licence register"),
        # found by an exploratory test: a licence for another stage waived a magnet recipe
        (waiver("2099-12-31", 'licence = "L-SEPARATION"'), False, 1, "does not cover magnet-manufacturing"),
        (waiver("2099-12-31", 'licence = "L-SOONER"'), True, 0, None),
    ],
)
def test_waiver_on_a_scan(
    tmp_path: Path, text: str, waived: bool, exit_code: int, reason: str | None
) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    shutil.copy(SPEC, tree / SPEC.name)
    (tmp_path / "waivers.toml").write_text(text, encoding="utf-8")
    (tmp_path / "licences.toml").write_text(LICENCES, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tree), "--no-cache", "--format", "json",
         "--waivers", str(tmp_path / "waivers.toml"), "--licences", str(tmp_path / "licences.toml")],
        capture_output=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == exit_code, done.stderr.decode()
    report = json.loads(done.stdout)
    [entry] = report["files"]
    assert entry["verdict"] == "controlled"  # waived, not hidden
    assert ("waiver" in entry) is waived
    assert report["summary"]["waived"] == int(waived)
    if reason:
        assert any(reason in r for r in entry["reasons"])
    if waived and "L-SOONER" in text:  # the licence ends before the waiver: its end is shown
        assert entry["waiver"]["expires"] == "2098-06-30"


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ('[[waiver]]\nsha256 = "abc"\nreviewer = "W"\nexpires = 2026-01-01\nlicence = "L"\n', "sha256"),
        (f'[[waiver]]\nsha256 = "{SHA}"\nexpires = 2026-01-01\nlicence = "L"\n', "no reviewer"),
        (f'[[waiver]]\nsha256 = "{SHA}"\nreviewer = "W"\nexpires = "soon"\nlicence = "L"\n', "expires"),
        (
            f'[[waiver]]\nsha256 = "{SHA}"\nreviewer = "W"\nexpires = 2026-01-01\n',
            "licence number or a justification",
        ),
        (
            f'[[waiver]]\nsha256 = "{SHA}"\nreviewer = "W"\nexpires = 2026-01-01\nlicense = "L"\n',
            "unknown key",
        ),
        # a date and time is refused when the file is read, not compared with today mid-scan
        (waiver("2099-12-31T00:00:00"), "not a date and time"),
        (waiver("2099-12-31 10:00:00Z"), "not a date and time"),
        (waiver("10:00:00"), "expires must be a date"),
    ],
)
def test_bad_waivers_are_named(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "w.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WaiverError) as info:
        load_waivers(path)
    assert named in str(info.value)


def test_only_flagged_verdicts_are_waived(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text(waiver("2099-12-31"), encoding="utf-8")
    accepted = load_waivers(path)
    clear = Verdict(path="a", verdict="clear", sha256=SHA)
    error = Verdict(path="b", verdict="error", sha256=SHA)
    assert apply_waivers([clear, error], accepted, None, dt.date(2026, 1, 1)) == [clear, error]


def _zip_of_spec(tree: Path) -> Path:
    tree.mkdir()
    path = tree / "bundle.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.write(SPEC, SPEC.name)
    return path


@pytest.mark.parametrize(
    ("waive", "container_waived", "exit_code"),
    [
        ("container", True, 0),  # the archive accepted whole: it and what it holds are waived
        ("member", False, 1),  # the document alone: the archive holding it still fails the run
    ],
)
def test_waiving_an_archive(tmp_path: Path, waive: str, container_waived: bool, exit_code: int) -> None:
    bundle = _zip_of_spec(tmp_path / "tree")
    sha = hashlib.sha256(bundle.read_bytes()).hexdigest() if waive == "container" else SHA
    text = waiver("2099-12-31", 'justification = "JV agreement"').replace(SHA, sha)
    (tmp_path / "waivers.toml").write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tmp_path / "tree"), "--no-cache", "--format", "json",
         "--waivers", str(tmp_path / "waivers.toml")],
        capture_output=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == exit_code, done.stderr.decode()
    container, member = json.loads(done.stdout)["files"]
    assert container["path"] == "bundle.zip" and member["path"] == f"bundle.zip!{SPEC.name}"
    # reports give the archive's content hash: what a waiver names
    assert container["sha256"] == hashlib.sha256(bundle.read_bytes()).hexdigest()
    assert container["verdict"] == member["verdict"] == "controlled"  # waived, not hidden
    assert ("waiver" in container) is container_waived
    assert "waiver" in member


def test_an_expired_container_waiver_covers_nothing(tmp_path: Path) -> None:
    sha = "a" * 64
    path = tmp_path / "w.toml"
    path.write_text(
        f'[[waiver]]\nsha256 = "{sha}"\njustification = "x"\nreviewer = "W"\nexpires = 2020-01-01\n',
        encoding="utf-8",
    )
    accepted = load_waivers(path)
    outer = Verdict(path="a.zip", verdict="controlled", sha256=sha)
    inner = Verdict(path="a.zip!b.docx", verdict="controlled", sha256=SHA)
    beside = Verdict(path="a.zipper!c.docx", verdict="controlled", sha256=SHA)
    out = apply_waivers([outer, inner, beside], accepted, None, dt.date(2026, 1, 1))
    assert out[0].waiver is None and "waiver expired" in out[0].reasons[-1]
    assert out[1] == inner and out[2] == beside
    out = apply_waivers([outer, inner, beside], accepted, None, dt.date(2019, 1, 1))
    assert out[0].waiver is not None and out[1].waiver == out[0].waiver
    assert out[2] == beside  # another file whose name begins the same is no member
