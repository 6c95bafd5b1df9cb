"""A progress line on stderr while a scan runs (on a terminal only; silent in pipes and CI):
files done of the total, rate, time left, flagged so far, and the file that has been read
for a while, by name. Redrawn from a thread twice a second, so a slow file shows while it
runs."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from typing import TextIO

from scanner.report.text import path_line

#: A file read for longer than this is named on the line.
SLOW_SECONDS = 5.0


def wanted(stream: TextIO, quiet: bool) -> bool:
    """A progress line helps a person at a terminal; in a pipe, a log or CI it is noise."""
    if quiet or os.environ.get("CI"):
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class Progress:
    def __init__(
        self,
        stream: TextIO,
        total: int,
        running: Callable[[], list[tuple[str, float]]] | None = None,
        interval: float = 0.5,
    ) -> None:
        self.stream = stream
        self.total = total
        self.running = running  # (file, seconds) being read now, from the worker pool
        self.interval = interval
        self.done = 0
        self.flagged = 0
        self.started = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._width = 0
        #: held while the line is drawn, and while a result line is printed to the same terminal
        self._drawing = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name="progress", daemon=True)

    def start(self) -> None:
        self.started = time.monotonic()
        self._thread.start()

    def file_done(self, flagged: bool) -> None:
        with self._lock:
            self.done += 1
            self.flagged += flagged

    def line(self) -> str:
        with self._lock:
            done, flagged = self.done, self.flagged
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = done / elapsed
        parts = [f"{done}/{self.total} files", f"{rate:.1f}/s"]
        if done and self.total > done:
            parts.append(f"{_duration((self.total - done) / rate)} left")
        parts.append(f"{flagged} flagged")
        slow = [(name, s) for name, s in (self.running() if self.running else []) if s >= SLOW_SECONDS]
        if slow:
            name, seconds = max(slow, key=lambda x: x[1])
            parts.append(f"reading {path_line(name)} ({_duration(seconds)})")
        return " · ".join(parts)

    def draw(self) -> None:
        import shutil  # here: a sweep without a progress bar need not import it

        columns = shutil.get_terminal_size((100, 20)).columns
        text = self.line()[: max(20, columns - 1)]
        with self._drawing:
            pad = " " * max(0, self._width - len(text))
            self._width = len(text)
            self.stream.write("\r" + text + pad)
            self.stream.flush()

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """The line erased while the caller prints to the same terminal (a result line on
        standard output), and not drawn again until it has: else the two are glued together
        on the screen. The next draw puts it back."""
        with self._drawing:
            self._erase()
            yield

    def _erase(self) -> None:
        if self._width:
            try:
                self.stream.write("\r" + " " * self._width + "\r")
                self.stream.flush()
            except (OSError, ValueError):
                pass
            self._width = 0

    def _loop(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.draw()
            except (OSError, ValueError):
                return

    def close(self) -> None:
        """Stop redrawing and clear the line (the report and summary follow)."""
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(2)
        with self._drawing:
            self._erase()
