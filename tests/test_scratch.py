"""Scratch folders: removed by their maker, and by the next scan when their processes were killed."""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pytest

from scanner import scratch

ROOT = Path(__file__).resolve().parent.parent

#: makes a scratch folder, forks a child that inherits it (a scan worker), prints both pids and
#: the folder, and waits to be killed
_HOLDER = textwrap.dedent(
    """
    import os, sys, time
    sys.path.insert(0, sys.argv[1])
    from scanner import scratch
    folder = scratch.make("scanner-worker-")
    child = os.fork()
    if child == 0:
        time.sleep(600)
        os._exit(0)
    print(os.getpid(), child, folder, flush=True)
    time.sleep(600)
    """
)


@pytest.fixture
def tmp(tmp_path, monkeypatch) -> Path:
    """A private temporary folder for the process and the programs it starts."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(scratch, "_swept", set())
    return tmp_path


def _kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)


def _holder(tmp: Path) -> tuple[subprocess.Popen, int, int, Path]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(ROOT)],
        stdout=subprocess.PIPE,
        text=True,
        env=dict(os.environ, TMPDIR=str(tmp)),
    )
    assert proc.stdout is not None
    parent, child, folder = proc.stdout.readline().split()
    return proc, int(parent), int(child), Path(folder)


def _reap(pid: int) -> None:
    """Wait until the killed process is gone (the test's own grandchild: poll its /proc)."""
    for _ in range(500):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
        except OSError:
            return
        if state in ("Z", "X"):
            return
        time.sleep(0.01)
    raise AssertionError(f"process {pid} did not end")


def test_made_folder_is_private_locked_and_removed(tmp):
    folder = scratch.make("scanner-worker-")
    assert Path(folder).parent == tmp
    assert Path(folder).name.startswith("scanner-worker-")
    assert (Path(folder) / scratch.LOCK).is_file()
    assert oct(os.stat(folder).st_mode & 0o777) == "0o700"
    assert scratch.remove_stale(str(tmp)) == []  # held by this process
    scratch.remove(folder)
    assert not Path(folder).exists()


def test_unknown_prefix_refused(tmp):
    with pytest.raises(ValueError):
        scratch.make("other-")


def test_killed_makers_folder_removed_by_the_next_scan(tmp):
    proc, parent, child, folder = _holder(tmp)
    try:
        (folder / "ocr-page.png").write_bytes(b"x" * 100)
        _kill(parent)
        proc.wait()
        # its forked worker still runs (it holds the inherited lock): the folder is in use
        assert scratch.remove_stale(str(tmp)) == []
        assert folder.is_dir()
    finally:
        _kill(child)
    _reap(child)
    assert scratch.remove_stale(str(tmp)) == [str(folder)]
    assert not folder.exists()


def test_making_a_folder_sweeps_the_stale_ones_once(tmp):
    proc, parent, child, folder = _holder(tmp)
    _kill(child)
    _kill(parent)
    proc.wait()
    _reap(child)
    assert folder.is_dir()
    mine = scratch.make("scanner-gate-")
    assert not folder.exists()
    assert Path(mine).is_dir()
    scratch.remove(mine)


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda d: d.mkdir(), id="no-lock-file"),
        pytest.param(lambda d: (d.mkdir(), (d / ".owner.new").write_text("")), id="lock-not-yet-named"),
        pytest.param(lambda d: d.write_text("a file"), id="a-file"),
    ],
)
def test_left_alone(tmp, make):
    target = tmp / "scanner-worker-abc"
    make(target)
    assert scratch.remove_stale(str(tmp)) == []
    assert target.exists()


@pytest.mark.parametrize(
    ("age_days", "removed"),
    [(3, True), (1, False), (0, False)],
)
def test_an_unlocked_folder_goes_only_when_long_untouched(tmp, age_days: int, removed: bool):
    """A folder without a lock file (a killed scan of a version before the locks) is removed
    once nothing has changed in it for two days; a recent one may still be being made."""
    target = tmp / "scanner-worker-old"
    target.mkdir()
    (target / "page-1.png").write_bytes(b"left by OCR")
    when = time.time() - age_days * 24 * 3600
    os.utime(target, (when, when))
    assert scratch.remove_stale(str(tmp)) == ([str(target)] if removed else [])
    assert target.exists() is not removed


def test_symbolic_link_not_followed(tmp):
    elsewhere = tmp / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / scratch.LOCK).write_text("")
    (elsewhere / "keep").write_text("keep")
    (tmp / "scanner-worker-link").symlink_to(elsewhere)
    assert scratch.remove_stale(str(tmp)) == []
    assert (elsewhere / "keep").exists()


def test_other_names_left_alone(tmp):
    other = tmp / "someone-elses"
    other.mkdir()
    (other / scratch.LOCK).write_text("")
    assert scratch.remove_stale(str(tmp)) == []
    assert other.exists()


def _unheld(folder: Path) -> bool:
    """Nobody holds the folder's lock (looked at without removing anything). A lock file gone
    is a folder its own worker removed as it ended: nobody holds it (CI once met that race)."""
    try:
        fd = os.open(folder / scratch.LOCK, os.O_RDONLY)
    except FileNotFoundError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def test_scan_killed_with_sigkill_leaves_nothing_after_the_next_scan(tmp, tmp_path_factory):
    """A whole scan killed (its workers go with it): the next scan removes what it left."""
    root = tmp_path_factory.mktemp("tree")
    for i in range(40):
        (root / f"f{i}.txt").write_text("budget meeting minutes " * 200)
    env = dict(os.environ, TMPDIR=str(tmp))
    command = [sys.executable, "-m", "scanner", "scan", str(root), "--no-cache", "-q", "-j", "2"]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    # the workers' folders with their locks in place: one killed between making its folder and
    # locking it is left for `UNLOCKED_AGE` by design ("not finished making"), so the kill
    # waits for the locks (CI once killed the scan inside that window)
    while True:
        folders = [p for p in tmp.iterdir() if p.name.startswith("scanner-worker-")]
        if folders and all((p / scratch.LOCK).exists() for p in folders):
            break
        assert proc.poll() is None and time.monotonic() < deadline, "no worker started"
        time.sleep(0.01)
    _kill(proc.pid)
    proc.wait()
    left = [p for p in tmp.iterdir() if p.name.startswith("scanner-worker-")]
    assert left
    deadline = time.monotonic() + 10
    while not all(_unheld(p) for p in left):  # its workers are going (SIGKILL as their parent ends)
        assert time.monotonic() < deadline, "the killed scan's workers live on"
        time.sleep(0.05)
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, check=True)
    assert not [p for p in tmp.iterdir() if p.name.startswith("scanner-")]
