"""`--format html`: one self-contained file, checked in a real headless Chromium (Debian's
`chromium`): what a person sees, the flagged files, and the filter at work."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.geteuid() != 0:
            pytest.skip("chromium is not installed")
        pytest.fail("chromium is needed: tools/install-system-packages.sh installs it")
    return found


def make_report(tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "report.html"
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(ROOT / "samples"), "--no-cache", "-q",
         "--format", "html", "-o", str(out), *extra],
        capture_output=True,
        timeout=600,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr.decode()
    return out


def browse(tmp_path: Path, url: str, *args: str) -> str:
    done = subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args, url],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    return done.stdout.decode()


def rows(dom: str) -> list[tuple[str, bool, str]]:
    """(verdict, hidden, path) of each row of the files table (only its rows carry a verdict;
    the evidence tables inside them do not)."""
    out = []
    for attrs, path in re.findall(
        r"<tr ([^>]*data-verdict=[^>]*)>\s*<td[^>]*>.*?</td>\s*<td><code>(.*?)</code>", dom, re.S
    ):
        verdict = re.search(r'data-verdict="(\w+)"', attrs).group(1)
        names = re.sub(r'"[^"]*"', '""', attrs)  # attribute names only: a path may say "hidden"
        out.append((verdict, re.search(r"\bhidden\b", names) is not None, path))
    return out


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    return make_report(tmp_path_factory.mktemp("html"))


def test_self_contained(report: Path) -> None:
    text = report.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in text and "default-src 'none'" in text
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", text)
    assert "<link" not in text


def test_a_person_sees_the_flagged_files(report: Path, tmp_path: Path) -> None:
    dom = browse(tmp_path, report.as_uri(), "--dump-dom")
    seen = rows(dom)
    assert len(seen) == 22 and not any(hidden for _, hidden, _ in seen)
    controlled = [p for v, _, p in seen if v == "controlled"]
    assert "NdFeB_sintering_spec_QP-S-017.docx" in controlled
    assert "12 of 21 files flagged" in dom
    shot = tmp_path / "report.png"
    browse(tmp_path, report.as_uri(), f"--screenshot={shot}", "--window-size=1400,2400")
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000
    artefacts = os.environ.get("SCANNER_TEST_ARTEFACTS")
    if artefacts:
        Path(artefacts).mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, Path(artefacts) / "html-report.png")


@pytest.mark.parametrize(
    ("fragment", "keep"),
    [
        ("verdict=controlled", lambda v, p: v == "controlled"),
        ("verdict=error", lambda v, p: v == "error"),
        ("q=magnet", None),  # text search over path, stages and codes
    ],
)
def test_filtering_works_in_the_browser(report: Path, tmp_path: Path, fragment: str, keep) -> None:
    dom = browse(tmp_path, f"{report.as_uri()}#{fragment}", "--dump-dom")
    seen = rows(dom)
    shown = [(v, p) for v, hidden, p in seen if not hidden]
    assert 0 < len(shown) < len(seen)
    if keep is not None:
        assert all(keep(v, p) for v, p in shown)
        assert all(not keep(v, p) for v, hidden, p in seen if hidden)
    assert re.search(rf'<span id="shown">{len(shown)}</span>', dom)


def test_redacted_report_masks_values(tmp_path: Path) -> None:
    text = make_report(tmp_path, "--redact").read_text(encoding="utf-8")
    assert "values and snippets masked" in text
    assert "1060" not in text


def test_paths_left_out_and_every_entry_are_said(tmp_path: Path) -> None:
    """A .scannerignore planted in the tree hid files from a sweep whose HTML report read "0 of
    0 files flagged"; with an archive the HTML counted files where the other reports count
    entries (found by an exploratory test)."""
    import zipfile

    tree = tmp_path / "share"
    tree.mkdir()
    (tree / "memo.txt").write_text("Canteen menu for next week.\n")
    (tree / "build.log").write_text("compiled\n")
    (tree / ".scannerignore").write_text("*.log\n")
    with zipfile.ZipFile(tree / "pack.zip", "w") as z:
        z.writestr("a.txt", "Holiday rota.\n")
        z.writestr("b.txt", "Parking rules.\n")
    out = tmp_path / "r.html"
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tree), "--no-cache", "--format", "html",
         "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert ".scannerignore leaves out what it names" in done.stderr
    page = out.read_text(encoding="utf-8")
    assert "1 paths left out" in re.search(r"<h1>(.*?)</h1>", page).group(1)
    assert "excluded by pattern" in page and "build.log" not in re.sub(r"<h2>Scan.*", "", page, flags=re.S)
    assert "Counting every entry, as the text, JSON, SARIF and XLSX summaries do: 5 clear" in page
    again = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(tree), "--no-cache", "--no-scannerignore",
         "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert any('"build.log"' in line or "build.log" in line for line in again.stdout.splitlines())


def test_control_characters_of_a_file_are_shown_as_escapes(tmp_path: Path) -> None:
    """A file's text that carries a terminal's escape sequences ("\\x1b[2J" clears the screen)
    reaches the report's snippets as the escapes' names, never as raw control characters: a
    report printed to a terminal must not act on it."""
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_bytes(
        b"sintering NdFeB 1060 C, hydrogen decrepitation \x1b[H\x1b[2J\x1b[3J hidden\n"
    )
    out = tmp_path / "report.html"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "scanner",
            "scan",
            str(root),
            "--no-cache",
            "-q",
            "--format",
            "html",
            "-o",
            str(out),
        ],
        capture_output=True,
        timeout=600,
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    data = out.read_bytes()
    assert b"\x1b" not in data
    assert b"\\x1b[2J" in data
