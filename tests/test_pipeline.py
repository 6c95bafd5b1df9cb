"""Bad input never crashes a scan and never loses a file: each gets a verdict with a reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scanner.config import Limits, ScanConfig
from scanner.pipeline import Scanner


@pytest.fixture()
def hostile(tmp_path: Path) -> Path:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    (tmp_path / "random.bin").write_bytes(os.urandom(4096))
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "big.txt").write_text("稀土 " * 200_000, encoding="utf-8")
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "ok.md").write_text("# Meeting notes\nNothing to report.\n")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    return tmp_path


def test_every_file_gets_a_verdict_and_a_reason(hostile: Path) -> None:
    config = ScanConfig(limits=Limits(max_file_bytes=500_000))
    verdicts = {v.path: v for v in Scanner(config).scan_paths([str(hostile)])}
    assert set(verdicts) == {
        "empty.txt",
        "fake.pdf",
        "random.bin",
        "notes.docx",
        "big.txt",
        "deep/ok.md",
        "pipe",
        "loop",
    }
    assert verdicts["empty.txt"].error == "empty file"
    assert verdicts["fake.pdf"].error.startswith("corrupt PDF")
    # opened but unknown: a person should look (error is for what could not be opened)
    assert verdicts["random.bin"].verdict == "review"
    assert any("unsupported format: binary" in r for r in verdicts["random.bin"].reasons)
    assert "zip" in verdicts["notes.docx"].error
    assert verdicts["big.txt"].error.startswith("file too large")
    assert "not a regular file" in verdicts["pipe"].error
    assert "not followed" in verdicts["loop"].error
    assert verdicts["deep/ok.md"].verdict == "clear"
    for v in verdicts.values():
        assert v.verdict in ("clear", "error", "review")
        if v.verdict == "error":
            assert v.to_dict()["error"]


def test_permission_denied_is_an_error(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "secret.txt"
    target.write_text("烧结")
    real_open = os.open

    def deny(path, flags, *args, **kwargs):
        if os.fspath(path) in (str(target), target.name):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    (v,) = list(Scanner().scan_paths([str(tmp_path)]))
    assert v.verdict == "error" and v.error == "permission denied"


def test_internal_fault_fails_closed(monkeypatch) -> None:
    scanner = Scanner()

    def boom(document):
        raise RuntimeError("detector bug")

    monkeypatch.setattr(scanner.detector, "analyze", boom)
    v = scanner.scan_bytes("a.txt", "烧结钕铁硼".encode())
    assert v.verdict == "error"
    assert "internal error" in (v.error or "")


def test_text_past_the_limit_is_not_passed_unread(tmp_path: Path) -> None:
    config = ScanConfig(limits=Limits(max_text_chars=10_000))
    data = ("line of text\n" * 5_000).encode()
    v = Scanner(config).scan_bytes("long.txt", data)
    assert v.verdict == "review"
    assert [s.kind for s in v.skipped] == ["limit"]
    assert any(r.startswith("not inspected: text from line") for r in v.reasons)


def test_dwg_is_review_not_clear(scanner) -> None:
    v = scanner.scan_bytes("rotor.dwg", b"AC1032" + b"\0" * 200)
    assert v.verdict == "review"
    assert v.carrier == "drawing"
    assert "DWG content not inspectable" in v.reasons[0]
