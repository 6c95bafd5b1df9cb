"""The progress line: on a terminal only, with done/total, rate, time left, flagged, and a
slow file named while it is read."""

from __future__ import annotations

import io
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.report.progress import Progress, wanted

ROOT = Path(__file__).resolve().parents[2]


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "quiet", "ci", "shown"),
    [
        (Terminal(), False, None, True),
        (Terminal(), True, None, False),  # --quiet
        (Terminal(), False, "true", False),  # CI
        (io.StringIO(), False, None, False),  # a pipe or a file
    ],
)
def test_shown_only_to_a_person_at_a_terminal(monkeypatch, stream, quiet, ci, shown) -> None:
    if ci is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", ci)
    assert wanted(stream, quiet) is shown


def test_the_line_counts_and_names_a_slow_file() -> None:
    running = [("big/scan.pdf", 42.0), ("fast.txt", 0.1)]
    progress = Progress(Terminal(), total=10, running=lambda: running)
    for flagged in (True, False, False):
        progress.file_done(flagged)
    line = progress.line()
    assert line.startswith("3/10 files · ")
    assert "left" in line and "1 flagged" in line
    assert "reading big/scan.pdf (42s)" in line and "fast.txt" not in line


def test_close_clears_the_line() -> None:
    stream = Terminal()
    progress = Progress(stream, total=2, interval=0.01)
    progress.start()
    progress.file_done(False)
    progress.draw()
    progress.close()
    assert stream.getvalue().endswith("\r")


def test_a_scan_on_a_terminal_shows_it_and_a_pipe_does_not(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    command = [
        sys.executable,
        "-m",
        "scanner",
        "scan",
        str(ROOT / "samples"),
        "--no-cache",
        "-o",
        str(tmp_path / "r.json"),
    ]
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=slave, env=env
    )
    os.close(slave)
    seen = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    proc.wait(300)
    os.close(master)
    assert b" files \xc2\xb7 " in seen and b"flagged" in seen
    assert b"report written to" in seen
    piped = subprocess.run(command, capture_output=True, env=env, timeout=300)
    assert b"files \xc2\xb7" not in piped.stderr


def test_a_slow_file_name_carries_no_terminal_control_codes() -> None:
    progress = Progress(Terminal(), total=1, running=lambda: [("\x1b[2Jx.pdf", 9.0)])
    assert "\x1b" not in progress.line()


def test_a_result_line_on_the_same_terminal_is_printed_on_an_erased_line() -> None:
    """Results on stdout and the progress line on stderr share one terminal: the line is
    erased before a result is printed and not drawn while it is, so the two never run
    together ("0/185 files · 0 flaggedCLEAR  a.txt")."""
    import threading

    screen = io.StringIO()  # stdout and stderr of one terminal
    progress = Progress(screen, 10)
    progress.draw()
    drawn = screen.getvalue()
    assert drawn.startswith("\r0/10 files")
    with progress.paused():
        screen.write("CLEAR  a.txt\n")
        late = threading.Thread(target=progress.draw)
        late.start()
        late.join(0.2)
        assert late.is_alive()  # the progress thread waits for the result line
    late.join(5)
    width = len(drawn) - 1
    assert screen.getvalue() == drawn + "\r" + " " * width + "\r" + "CLEAR  a.txt\n" + drawn
