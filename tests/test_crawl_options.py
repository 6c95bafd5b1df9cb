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
