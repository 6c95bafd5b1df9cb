"""explain_within: the explanation from a forked child, or an error verdict's when it does not come."""

from __future__ import annotations

import os
import time

import pytest

from scanner.explain_limit import Outcome, explain_within


def _failed(reason: str) -> tuple[str, int]:
    return f"error: {reason}", 3


class NamedWrong(Exception):
    pass


def _named_wrong() -> tuple[str, int]:
    raise NamedWrong("no member 'x.txt'")


def _exits() -> tuple[str, int]:
    os._exit(7)


def _dies_slowly() -> tuple[str, int]:
    """A reader that crashes as a loaded machine sees it: its end of the pipe is closed a moment
    before the process is dead."""
    import signal

    os.closerange(3, 4096)  # the answer pipe among them
    time.sleep(1.0)
    os.kill(os.getpid(), signal.SIGSEGV)
    return "never", 0


def _sleeps() -> tuple[str, int]:
    time.sleep(60)
    return "late", 0


@pytest.mark.parametrize(
    ("work", "expected"),
    [
        (lambda: ("the explanation\n" * 100_000, 1), Outcome("done", "the explanation\n" * 100_000, 1)),
        (_named_wrong, Outcome("usage", "no member 'x.txt'", 2)),
        (_exits, Outcome("done", "error: the reader stopped (exit code 7)", 3)),
        # found beside a CI run: a crash was reported as the time limit exceeded, the child
        # still alive for a moment after its pipe closed
        (_dies_slowly, Outcome("done", "error: the reader crashed (SIGSEGV)", 3)),
        (_sleeps, Outcome("done", "error: time limit exceeded: the file was not done within 0.5 s", 3)),
    ],
)
def test_what_the_child_gives_or_how_it_ended(work, expected: Outcome) -> None:
    started = time.monotonic()
    assert explain_within(work, 0.5 if work is _sleeps else 60, _failed, (NamedWrong,)) == expected
    assert time.monotonic() - started < 20


def test_an_exception_comes_back_as_its_traceback() -> None:
    outcome = explain_within(lambda: 1 / 0, 60, _failed)
    assert outcome.kind == "crash" and outcome.exit_code == 1
    assert "ZeroDivisionError" in outcome.text
