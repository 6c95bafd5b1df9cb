"""Ctrl-C and SIGTERM stop a scan between files, never inside the writing of one."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import cli
from scanner.report import spool
from scanner.stopping import Stopper


@pytest.fixture
def stopper():
    installed = Stopper().install()
    yield installed
    installed.uninstall()


@pytest.mark.parametrize(("sig", "terminated"), [(signal.SIGINT, False), (signal.SIGTERM, True)])
def test_a_signal_outside_a_held_block_stops_at_once(stopper: Stopper, sig: int, terminated: bool) -> None:
    with pytest.raises(KeyboardInterrupt):
        os.kill(os.getpid(), sig)
    assert stopper.terminated is terminated


def test_a_signal_inside_a_held_block_stops_at_its_end(stopper: Stopper) -> None:
    done = []
    with pytest.raises(KeyboardInterrupt), stopper.held():
        os.kill(os.getpid(), signal.SIGTERM)
        done.append("the rest of the block")
    assert done == ["the rest of the block"]
    assert not stopper.pending


def test_a_signal_kept_pending_stops_at_the_next_check(stopper: Stopper) -> None:
    with stopper.held(stop_after=False):
        os.kill(os.getpid(), signal.SIGINT)
    assert stopper.pending
    with pytest.raises(KeyboardInterrupt):
        stopper.check()
    stopper.check()  # once only


def test_a_second_signal_stops_even_a_held_block(stopper: Stopper) -> None:
    done = []
    with pytest.raises(KeyboardInterrupt), stopper.held():
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGINT)
        done.append("never")
    assert done == []


def test_uninstall_gives_back_the_handlers_that_were_there() -> None:
    before = signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)
    Stopper().install().uninstall()
    assert (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)) == before


def test_sigterm_while_an_entry_is_written_leaves_a_report_that_parses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race CI met once: a SIGTERM between the comma before an entry and the entry left
    `},` before the summary. Here the signal comes inside the third entry's writing: the
    writing ends, and the scan stops after it with a report that parses, and 143."""
    root = tmp_path / "tree"
    root.mkdir()
    for n in range(6):
        (root / f"note{n}.txt").write_text(f"meeting note {n}: lunch at noon\n", encoding="utf-8")
    written = []
    add = spool.ArraySpool.add

    def add_and_signal(self, entry) -> None:
        add(self, entry)
        if len(written) == 2:  # the signal comes before the entry's writing has returned
            os.kill(os.getpid(), signal.SIGTERM)
        written.append(entry["path"])

    monkeypatch.setattr(spool.ArraySpool, "add", add_and_signal)
    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        cli, ["scan", str(root), "--format", "json", "-j", "1", "--no-cache", "-q", "-o", str(out)]
    )
    assert result.exit_code == 143, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [f["path"] for f in report["files"]] == written
    assert len(written) == 3
    assert report["summary"]["interrupted"] is True


@pytest.mark.parametrize(
    ("sig", "code", "said"), [(signal.SIGTERM, 143, "stopped (SIGTERM)"), (signal.SIGINT, 130, "aborted")]
)
def test_a_signal_before_the_scan_s_first_try_ends_as_that_signal(
    monkeypatch, tmp_path: Path, capsys, sig: int, code: int, said: str
) -> None:
    """A SIGTERM between the handler's installing and the scan's first `try` reached the entry
    point as click's Abort, which exited 130, as for Ctrl-C (about one start-up in 17)."""
    import scanner.cli as cli_module
    from scanner.cli import main

    real = cli_module._open_output

    def signalled(*args, **kwargs):
        os.kill(os.getpid(), sig)  # the handler raises here, outside the scan's try blocks
        return real(*args, **kwargs)

    monkeypatch.setattr(cli_module, "_open_output", signalled)
    (tmp_path / "a.txt").write_text("canteen menu")
    with pytest.raises(SystemExit) as ended:
        main(["scan", str(tmp_path), "--no-cache", "-q", "--time-limit", "0"])
    assert ended.value.code == code
    assert said in capsys.readouterr().err
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # the scan's handlers are gone
