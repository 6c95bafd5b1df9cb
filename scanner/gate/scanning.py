"""Scanning messages for the gate in guarded worker processes.

The scanner (lexicons, matchers, model) is loaded once, before the workers are forked from it, so
a message costs no start-up. A message that makes a reader hang past the time limit, or crash
the interpreter, costs its worker (killed and replaced), and the caller gets `ScanFailed`: the
gate answers 4xx and Postfix keeps the message queued. Thread-safe: the SMTP server's threads
share the workers."""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING

from scanner import scratch as scratches
from scanner.gate.decision import MESSAGE_NAME, MessageScan

if TYPE_CHECKING:
    from scanner.pipeline import Scanner

_GRACE = 2.0


class ScanFailed(RuntimeError):
    """The message could not be scanned now (time limit, a crash, no worker): try again later."""


#: what comes before a message sent to a worker; anything else (an empty frame) tells it to stop
_MESSAGE = b"M"


def _serve(scanner: Scanner, conn: Connection, scratch: str) -> None:
    from scanner.parallel import prepare_worker

    prepare_worker(scanner, scratch)
    while True:
        try:
            framed = conn.recv_bytes()
        except (EOFError, OSError):
            return
        if framed[:1] != _MESSAGE:  # the pool is closing (an empty message is still a message)
            return
        data = framed[1:]
        try:
            scan = MessageScan.from_verdicts(scanner.scan_bytes_all(MESSAGE_NAME, data), data)
            conn.send(("ok", scan))
        except MemoryError:
            conn.send(("failed", "out of memory while scanning the message"))
        except BaseException as exc:
            conn.send(("failed", f"internal error: {type(exc).__name__}: {exc}"))


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    scratch: str


class MessageScanner:
    def __init__(self, scanner: Scanner, workers: int = 2, time_limit: float = 300.0) -> None:
        self.scanner = scanner
        self.time_limit = time_limit
        self._context = multiprocessing.get_context("fork")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: list[_Worker] = []
        self._closed = False
        scanner.warm()  # the phrase matchers, built once here and shared by the forked workers
        for _ in range(max(1, workers)):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        scratch = scratches.make("scanner-gate-")
        process = self._context.Process(target=_serve, args=(self.scanner, child, scratch), daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent, scratch)
        self._all.append(worker)
        return worker

    def scan(self, data: bytes) -> MessageScan:
        """The message's scan; raises ScanFailed when it cannot be had now."""
        if self._closed:
            raise ScanFailed("the gate is shutting down")
        worker = self._idle.get()
        healthy = False
        try:
            try:
                worker.conn.send_bytes(_MESSAGE + data)
            except (OSError, ValueError) as exc:
                raise ScanFailed(f"a scan worker is not available: {exc}") from exc
            deadline = time.monotonic() + self.time_limit
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                raise ScanFailed(
                    f"time limit exceeded: the message was not scanned within {self.time_limit:g} s"
                )
            try:
                kind, payload = worker.conn.recv()
            except (EOFError, OSError) as exc:
                raise ScanFailed(f"the scan crashed ({self._death(worker)})") from exc
            healthy = True
            if kind != "ok":
                raise ScanFailed(str(payload))
            return payload
        finally:
            self._idle.put(worker if healthy else self._replace(worker))

    def _death(self, worker: _Worker) -> str:
        worker.process.join(_GRACE)
        code = worker.process.exitcode
        if code is not None and code < 0:
            try:
                return f"signal {signal.Signals(-code).name}"
            except ValueError:
                return f"signal {-code}"
        return f"exit code {code}"

    def _stop(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            worker.process.terminate()
            worker.process.join(_GRACE)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(_GRACE)
        scratches.remove(worker.scratch)
        worker.conn.close()
        if worker in self._all:
            self._all.remove(worker)

    def _replace(self, worker: _Worker) -> _Worker:
        self._stop(worker)
        return self._start()

    def close(self) -> None:
        self._closed = True
        for worker in list(self._all):
            with contextlib.suppress(OSError, ValueError):
                worker.conn.send_bytes(b"")
        for worker in list(self._all):
            worker.process.join(0.5)
            self._stop(worker)
