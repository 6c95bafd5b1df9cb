"""Ctrl-C (SIGINT) and SIGTERM during a scan: the scan stops between files, never inside the
writing of one.

Python raises `KeyboardInterrupt` wherever the main thread is when a signal comes. Inside a
report's writing of one entry (`spool.ArraySpool.add` writes the comma, then the entry) that
left a report that does not parse: `[... },\n` and then the summary. While a file's result is
recorded (cache, summary, report) the signal is only noted, and the scan stops as soon as the
result is whole. A second signal while one is pending stops at once: a stuck write must not
make the scan impossible to stop."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from types import FrameType

#: whether a SIGTERM came to the process's installed `Stopper` (reset when one is installed):
#: a signal that comes while no `try` of the scan is there to catch what the handler raises
#: (between the handler's installing and the scan's first `try`, or in the teardown after it)
#: reaches the command's entry point as click's `Abort`, which must still end it as a SIGTERM
_sigterm = False


def sigterm_came() -> bool:
    return _sigterm


class Stopper:
    """The scan's handler of SIGINT and SIGTERM. `terminated`: a SIGTERM came (exit 143, not
    130). A process forked after it was installed that did not set its own handlers (a scan
    worker sets them, `parallel.prepare_worker`) ends as the signal ends a process."""

    def __init__(self) -> None:
        self.owner = os.getpid()
        self.terminated = False
        self.pending = False
        self._holding = 0
        self._before: dict[int, object] = {}

    def install(self) -> Stopper:
        global _sigterm
        _sigterm = False
        self._before = {sig: signal.signal(sig, self) for sig in (signal.SIGINT, signal.SIGTERM)}
        return self

    def uninstall(self) -> None:
        """The handlers that were there before (a scan run inside another program, a test)."""
        for sig, handler in self._before.items():
            signal.signal(sig, handler)
        self._before = {}

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        if os.getpid() != self.owner:
            if signum == signal.SIGINT:
                raise KeyboardInterrupt
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        if signum == signal.SIGTERM:
            global _sigterm
            self.terminated = _sigterm = True
        if self._holding and not self.pending:
            self.pending = True  # stopped once the result in hand is recorded
            return
        self.pending = False
        raise KeyboardInterrupt

    @contextlib.contextmanager
    def held(self, stop_after: bool = True) -> Iterator[None]:
        """A block that a signal does not cut: one noted inside it stops the scan at its end
        (`stop_after`), or is left pending for `check`."""
        self._holding += 1
        try:
            yield
        finally:
            self._holding -= 1
        if stop_after:
            self.check()

    def check(self) -> None:
        """Stop now if a signal came while a block was held."""
        if self.pending and not self._holding:
            self.pending = False
            raise KeyboardInterrupt
