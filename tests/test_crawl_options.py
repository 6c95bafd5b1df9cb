"""What a sweep leaves out on request, always counted: --include, --skip-hidden, and a folder's
own .scannerignore."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FILES = {
    "a.txt": "Lunch on Friday.",
    "b.docx.txt": "Minutes of the budget meeting.",
    "keep/c.md": "Canteen menu.",
    ".hidden/d.txt": "Old notes.",
    ".e.txt": "Dotfile notes.",
    "logs/f.log": "server started",
}


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def scan(root: Path, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(root), "--no-cache", "--format", "json", *args],
        capture_output=True,
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    return json.loads(done.stdout)


def paths(report: dict) -> set[str]:
    return {f["path"] for f in report["files"]}


@pytest.mark.parametrize(
    ("args", "ignore", "expected", "skipped"),
    [
        ((), None, set(FILES), {}),  # nothing is left out unless asked
        (
            ("--skip-hidden",),
            None,
            {"a.txt", "b.docx.txt", "keep/c.md", "logs/f.log"},
            {"hidden (--skip-hidden)": 2},
        ),
        (
            ("--include", "*.md", "--include", "a.txt"),
            None,
            {"a.txt", "keep/c.md"},
            {"not matching --include": 4},
        ),
        (
            (),
            "logs/\n# comment\n*.md\n",
            {"a.txt", "b.docx.txt", ".hidden/d.txt", ".e.txt", ".scannerignore"},
            None,
        ),
    ],
)
def test_left_out_and_counted(tree: Path, args, ignore, expected, skipped) -> None:
    if ignore is not None:
        (tree / ".scannerignore").write_text(ignore, encoding="utf-8")
    report = scan(tree, *args)
    assert paths(report) == expected
    if skipped is not None:
        assert report["summary"]["skipped"] == skipped
    else:
        assert sum(report["summary"]["skipped"].values()) == 2  # logs/ (one folder) and keep/c.md
        assert all(".scannerignore" in reason for reason in report["summary"]["skipped"])


def scan_roots(roots: list[Path], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scanner", "scan", *map(str, roots), "--no-cache", "--format", "json", *args],
        capture_output=True,
        timeout=300,
    )


@pytest.mark.parametrize(
    ("include", "expected"),
    [
        (("keep/",), {"keep/c.md"}),  # a folder selects what it holds
        (("keep",), {"keep/c.md"}),
        (("/keep/c.md",), {"keep/c.md"}),
        (("logs/", "*.txt", "!.hidden/"), {"a.txt", "b.docx.txt", ".e.txt", "logs/f.log"}),
    ],
)
def test_include_selects_folders(tree: Path, include: tuple[str, ...], expected: set[str]) -> None:
    args = [a for pattern in include for a in ("--include", pattern)]
    report = scan(tree, *args)
    assert paths(report) == expected
    assert report["summary"]["skipped"] == {"not matching --include": len(FILES) - len(expected)}


def test_include_is_relative_to_each_folder_given(tmp_path: Path) -> None:
    for root in ("A", "B"):
        (tmp_path / root / "sub").mkdir(parents=True)
        (tmp_path / root / "sub" / "c.txt").write_text("Canteen menu.", encoding="utf-8")
        (tmp_path / root / "top.txt").write_text("Lunch.", encoding="utf-8")
    done = scan_roots([tmp_path / "A", tmp_path / "B"], "--include", "/sub/c.txt")
    assert paths(json.loads(done.stdout)) == {"A/sub/c.txt", "B/sub/c.txt"}


def test_a_folders_scannerignore_applies_to_it_alone(tmp_path: Path) -> None:
    for root in ("A", "B"):
        (tmp_path / root).mkdir()
        (tmp_path / root / "a.txt").write_text("Lunch.", encoding="utf-8")
    (tmp_path / "A" / ".scannerignore").write_text("/a.txt\n", encoding="utf-8")
    done = scan_roots([tmp_path / "A", tmp_path / "B"])
    report = json.loads(done.stdout)
    assert paths(report) == {"A/.scannerignore", "B/a.txt"}
    assert report["scanner"]["options"]["ignore_files_read"] == [str(tmp_path / "A" / ".scannerignore")]


@pytest.mark.parametrize("target", ["outside", "proc"])
def test_a_scannerignore_linking_outside_its_folder_is_not_read(tmp_path: Path, target: str) -> None:
    root = tmp_path / "tree"
    root.mkdir()
    (root / "a.txt").write_text("Lunch.", encoding="utf-8")
    outside = tmp_path / "not-mine.txt"
    outside.write_text("*.txt\n", encoding="utf-8")
    (root / ".scannerignore").symlink_to(outside if target == "outside" else "/proc/self/environ")
    done = scan_roots([root])
    report = json.loads(done.stdout)
    assert "a.txt" in paths(report)  # nothing left out by a file that is not the folder's
    assert ".scannerignore not read: a symbolic link to outside the folder" in done.stderr.decode()
    assert any("not read" in w for w in report["scanner"]["warnings"])


def test_a_scannerignore_linking_inside_its_folder_is_read(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    (root / "conf").mkdir(parents=True)
    (root / "a.txt").write_text("Lunch.", encoding="utf-8")
    (root / "conf" / "ignore").write_text("*.txt\n", encoding="utf-8")
    (root / ".scannerignore").symlink_to("conf/ignore")
    assert "a.txt" not in paths(json.loads(scan_roots([root]).stdout))


def test_skip_hidden_looks_below_the_path_given(tmp_path: Path) -> None:
    """A hidden folder named on the command line, or above the path given, is the user's
    choice: only what is hidden below it is left out."""
    folder = tmp_path / ".config" / "notes"
    folder.mkdir(parents=True)
    (folder / "f.txt").write_text("Lunch.", encoding="utf-8")
    (folder / ".g.txt").write_text("Lunch.", encoding="utf-8")
    assert paths(json.loads(scan_roots([folder / "f.txt"], "--skip-hidden").stdout)) == {
        str(folder / "f.txt")
    }
    assert paths(json.loads(scan_roots([folder], "--skip-hidden").stdout)) == {"f.txt"}
