"""Scan files in worker processes, each file under a time limit.

A reader that hangs (a pathological PDF, an image that takes OCR forever) or crashes the
interpreter (a fault in a C library) takes its worker down, not the scan: the file gets an
`error` verdict saying what happened, a new worker takes its place and the scan goes on.
Workers are forked from a process that has loaded the lexicons and the model once, so they start
in milliseconds. Verdicts come out in the order the files were found, whatever the number of
workers. Each worker is sent its next file while it reads the current one (`QUEUED`), so that it
never waits for this process between files; a file's clock starts when its worker starts it.

The phrase matchers, which only the deep pass needs, cost a process about 0.2 s of CPU to build
(2 s while they were spaCy's, most of it importing spaCy). In a sweep the first worker builds
them; the others hand back a file that needs them (`BuildDeferred`), unless they have spent a
while on it already, and a worker that has them reads it, first among the files waiting. A
worker becomes a builder too when the deep pass is most of its files or a file has waited long
for one (`_promote`), so a sweep of mostly quick files pays for the matchers once, and one of
mostly deep files in every worker, as before.
"""

from __future__ import annotations

import faulthandler
import os
import resource
import signal
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from scanner.crawl.walk import Item
from scanner.types import Verdict

if TYPE_CHECKING:
    import multiprocessing.process
    from multiprocessing.connection import Connection

    from scanner.pipeline import Scanner


def error_verdict(path: str, reason: str) -> Verdict:
    """The pipeline's error verdict, imported when first needed: a sweep whose every file is
    cached never imports the pipeline."""
    from scanner.pipeline import error_verdict as make

    return make(path, reason)


#: A worker that has not answered within this many seconds after its file's limit is stuck.
_GRACE = 2.0
#: The time a worker may take to build the phrase matchers (about 0.2 s) on top of a file's limit.
BUILD_SECONDS = 120.0
#: Files sent to a worker beyond the one it is reading: it reads the next one as soon as it sends
#: a verdict, instead of waiting for this process to read that verdict and answer (4-6 % of a
#: worker's time on a sweep of small files).
QUEUED = 1
#: A worker that may not build the matchers builds them all the same for a file it has read for
#: this many seconds already (a scanned PDF after OCR): handing it back would cost more.
DEFER_SECONDS = 0.25
#: A worker becomes a builder once it has handed back this many files and at least this share of
#: the files it was sent (the deep pass is then too much of the work for the builders alone) ...
PROMOTE_AFTER = 8
PROMOTE_SHARE = 0.25
#: ... or when a file handed back has waited this many seconds for a builder.
PROMOTE_WAIT = 10.0


@dataclass(frozen=True)
class Known:
    """An item whose verdicts are already known (the results cache)."""

    item: Item
    verdicts: list[Verdict]


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    scratch: str = ""  # the worker's temporary folder: everything it and its programs write
    job: int | None = None
    item: Item | None = None
    member: str | None = None  # the container member being read, when there is one
    started: float = 0.0
    extra: float = 0.0  # seconds allowed beyond the time limit (building the phrase matchers)
    #: files sent after the one it is reading, in order: it reads them next
    queued: deque[tuple[int, Item]] = field(default_factory=deque)
    #: a file could not be sent to it: it takes no more until its death is seen
    broken: bool = False
    #: it has the phrase matchers (forked after they were built here, or built them itself)
    deep: bool = False
    #: it may build them when a file needs them
    builder: bool = True
    sent: int = 0  # files sent to it, and of them handed back for want of the matchers
    deferred: int = 0

    @property
    def capable(self) -> bool:
        """It reads a file that needs the matchers: it has them, or may build them."""
        return self.deep or self.builder


def die_with_parent(parent: int) -> None:
    """A worker whose scan is killed (SIGKILL, a lost machine) goes too: the kernel sends it
    SIGKILL when its parent ends (Linux). Without this a worker could wait for work forever,
    since its siblings, forked after it, hold its pipe open."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: the pipe's end still stops most workers
        return
    if os.getppid() != parent:  # the parent ended before the request was made
        os._exit(1)


def prepare_worker(scanner: Scanner, scratch: str, parent: int | None = None) -> None:
    """What every forked scan worker (this pool's, the e-mail gate's) sets up first: to end with
    its parent, its own temporary folder, signals left to the parent, no crash dumps (a
    reader's crash is the file's verdict), no stderr, and the memory cap."""
    if parent is not None:
        die_with_parent(parent)
    import tempfile

    tempfile.tempdir = scratch
    os.environ["TMPDIR"] = scratch
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, stop_running_readers)
    faulthandler.disable()
    # C libraries (libtiff, PDFium, LibreOffice) write warnings about damaged files to the
    # terminal; the verdict carries what matters, so a worker's stderr goes nowhere
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)
    limit_memory(scanner.config.limits.max_memory_bytes)


def _serve(scanner: Scanner, conn: Connection, scratch: str, parent: int) -> None:
    """A worker's life: scan each item it is sent, send back its verdicts (or hand the item back
    when it needs the phrase matchers and the worker may not build them). Every temporary file
    it or the programs it starts write goes under `scratch`, which the parent removes when the
    worker ends, however it ends (a killed worker cannot clean up after itself)."""
    from scanner.detect.analyze import BuildDeferred

    prepare_worker(scanner, scratch, parent)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        job, item, may_build = message
        started = time.monotonic()
        scanner.detector.may_build = (
            None if may_build else lambda started=started: time.monotonic() - started > DEFER_SECONDS
        )
        # each member of a container restarts the clock: the limit is per file read, so a large
        # archive of ordinary files is not cut off, while one hanging member still is
        scanner.on_member = lambda path, job=job: conn.send(("member", job, path))
        # the phrase matchers, built by this worker when its first file needs them (`WorkerPool`),
        # are no part of that file's time: its clock stops meanwhile
        scanner.detector.on_build = lambda done, job=job: conn.send(
            ("built" if done else "building", job, None)
        )
        try:
            verdicts = scanner.scan_item_all(item)
        except BuildDeferred:
            conn.send(("deferred", job, None))
            continue
        except MemoryError:
            limit = scanner.config.limits.max_memory_bytes / 1024**3
            reason = f"out of memory (MemoryError): reading the file needs more than the {limit:g} GiB limit"
            verdicts = [error_verdict(item.display, reason)]
        except BaseException as exc:  # fail closed, and keep serving
            verdicts = [error_verdict(item.display, f"internal error: {type(exc).__name__}: {exc}")]
        conn.send(("done", job, verdicts))


def limit_memory(limit: int) -> None:
    """Cap the worker's address space: a file that would need more fails with MemoryError (an
    `error` verdict saying so) instead of pushing the machine into swap. OCR and LibreOffice,
    started by the worker, inherit the cap."""
    if limit <= 0:
        return
    try:
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (min(limit, hard) if hard > 0 else limit, hard))
    except (ValueError, OSError):  # a platform without the limit: the time limit still holds
        pass


def stop_running_readers(signum, frame) -> None:
    """Stopped by the parent (time limit): take any OCR or LibreOffice process along."""
    from scanner.extract.external import kill_running

    kill_running()
    os._exit(1)


class WorkerPool:
    """`jobs` worker processes; each file must be done within `time_limit` seconds."""

    def __init__(
        self, scanner: Scanner, jobs: int = 1, time_limit: float | None = 300.0, prewarm: bool = True
    ) -> None:
        """`prewarm`: build here, before forking, what the workers share (a sweep): the scanner
        and its quick pass before the first workers, and everything, the phrase matchers included,
        before a worker that takes the place of one that crashed or ran out of time. The first
        workers build the matchers (about 0.2 s) each for itself,
        side by side, when a file first needs them: the quick pass's files start at once, not
        after 2 s of building in this process alone. False for a scan of a file or two, whose
        workers build only what their files need."""
        self.scanner = scanner
        self.jobs = max(1, jobs)
        self.time_limit = time_limit
        self.prewarm = prewarm
        self._workers: list[_Worker] = []
        #: files to send, in order: the next one from the walk, and files taken back from a
        #: worker that died before it started them
        self._waiting: deque[tuple[int, Item]] = deque()
        #: files handed back for want of the matchers, with when: for a builder, before the rest
        self._deferred: deque[tuple[int, Item, float]] = deque()
        #: keep the workers between calls of `scan_groups` (a Dask worker reads batch after
        #: batch: forking a loaded scanner for each batch cost more than the reading); `close`
        #: ends them
        self.persistent = False

    def scan(self, items: Iterable[Item | Known]) -> Iterator[Verdict]:
        for _, verdicts in self.scan_groups(items):
            yield from verdicts

    def scan_groups(self, items: Iterable[Item | Known]) -> Iterator[tuple[Item, list[Verdict]]]:
        """Each item with its verdicts, in the order of `items`. A `Known` item (found in the
        results cache) passes through without a worker; workers start only when a file needs
        one, so a sweep of unchanged files starts none (nor builds the matchers)."""
        pending = iter(enumerate(items))
        results: dict[int, list[Verdict]] = {}
        order: dict[int, Item] = {}
        next_out = 0
        exhausted = False
        completed = False
        self._waiting.clear()
        self._deferred.clear()
        try:
            while True:
                while True:
                    if self._deferred:
                        worker = self._free(builder=True)
                        if worker is not None:
                            job, item, _since = self._deferred.popleft()
                            self._send(worker, job, item, results)
                            continue
                    if not self._waiting:
                        if exhausted:
                            break
                        try:
                            job, item = next(pending)
                        except StopIteration:
                            exhausted = True
                            break
                        if isinstance(item, Known):  # no worker: a warm sweep starts none
                            order[job], results[job] = item.item, item.verdicts
                            continue
                        order[job] = item
                        self._waiting.append((job, item))
                    worker = self._free()
                    if worker is None:
                        break
                    self._send(worker, *self._waiting.popleft(), results)
                while next_out in results:
                    yield order.pop(next_out), results.pop(next_out)
                    next_out += 1
                busy = [w for w in self._workers if w.job is not None]
                if not busy:
                    if exhausted and not self._waiting and not self._deferred:
                        completed = True
                        return
                    continue
                self._collect(busy, results)
        finally:
            if not (self.persistent and completed):
                self.close()  # a pool stopped halfway has workers busy with what nobody will read

    def _free(self, builder: bool = False) -> _Worker | None:
        """The worker the next file goes to: an idle one, else a new one while there are fewer
        than `jobs`, else a busy one with room in its queue; None when all are full.
        `builder`: only a worker that has the matchers or may build them (a file handed back)."""
        workers = [w for w in self._workers if w.capable] if builder else self._workers
        for worker in workers:
            if worker.job is None:
                return worker
        if len(self._workers) < self.jobs and not builder:
            return self._add()
        room = [w for w in workers if not w.broken and len(w.queued) < QUEUED]
        return min(room, key=lambda w: len(w.queued)) if room else None

    def _add(self) -> _Worker:
        worker = self._start(deep=False)
        # in a sweep the first worker builds the matchers, the others only when promoted; a
        # scan of a file or two (no prewarm) builds what each file needs where it is read
        worker.builder = not self.prewarm or not any(w.capable for w in self._workers)
        self._workers.append(worker)
        return worker

    def running(self) -> list[tuple[str, float]]:
        """The files being read now and for how many seconds (for the progress line; read from
        another thread, so a snapshot that may be a moment old)."""
        now = time.monotonic()
        out = []
        for worker in list(self._workers):
            item, member, started = worker.item, worker.member, worker.started
            if item is not None:
                out.append((member or item.display, now - started))
        return out

    def _start(self, deep: bool = True) -> _Worker:
        if self.prewarm:
            self.scanner.warm(deep)  # once, in this process: the workers inherit it
        import multiprocessing  # only when a file needs a worker: a warm sweep never does

        context = multiprocessing.get_context("fork")
        parent, child = context.Pipe()
        from scanner import scratch as scratches

        scratch = scratches.make("scanner-worker-")
        process = context.Process(
            target=_serve, args=(self.scanner, child, scratch, os.getpid()), daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent, scratch, deep=self.scanner.detector.built)

    def _send(self, worker: _Worker, job: int, item: Item, results: dict[int, list[Verdict]]) -> None:
        try:
            worker.conn.send((job, item, worker.capable))
        except (OSError, ValueError):
            if worker.job is not None:  # it died reading its file: that file's verdict says so
                worker.broken = True
                self._waiting.appendleft((job, item))
                return
            self._replace(worker)
            results[job] = [error_verdict(item.display, "internal error: a scan worker could not start")]
            return
        worker.sent += 1
        if worker.job is not None:
            worker.queued.append((job, item))
            return
        self._begin(worker, job, item)

    @staticmethod
    def _begin(worker: _Worker, job: int, item: Item) -> None:
        """`worker` reads `item` now: its clock starts."""
        worker.job, worker.item, worker.member, worker.started = job, item, None, time.monotonic()
        worker.extra = 0.0

    def _collect(self, busy: list[_Worker], results: dict[int, list[Verdict]]) -> None:
        timeout = None
        if self.time_limit is not None:
            soonest = min(self._deadline(w) for w in busy)
            timeout = max(0.0, soonest - time.monotonic()) + 0.05
        if self._deferred:  # wake to promote a worker if a file handed back waits too long
            waited = max(0.0, self._deferred[0][2] + PROMOTE_WAIT - time.monotonic()) + 0.05
            timeout = waited if timeout is None else min(timeout, waited)
        from multiprocessing.connection import wait

        ready = wait([w.conn for w in busy], timeout=timeout)
        for worker in busy:
            if worker.conn in ready:
                try:
                    kind, job, payload = worker.conn.recv()
                except (EOFError, OSError):  # the worker died: a crash in a reader
                    self._fail(worker, results, self._death_reason(worker))
                    continue
                if kind == "member":
                    worker.started, worker.member = time.monotonic(), payload
                    continue
                if kind in ("building", "built"):  # the clock stops while the matchers are built
                    worker.started = time.monotonic()
                    worker.extra = BUILD_SECONDS if kind == "building" else 0.0
                    worker.deep = worker.deep or kind == "built"
                    continue
                if kind == "deferred":  # a builder reads it
                    assert worker.item is not None
                    self._deferred.append((job, worker.item, time.monotonic()))
                    worker.deferred += 1
                else:
                    results[job] = payload
                worker.job = worker.item = worker.member = None
                if worker.queued:  # it has started the next one already
                    self._begin(worker, *worker.queued.popleft())
            elif self.time_limit is not None and time.monotonic() > self._deadline(worker):
                where = f" (reading {worker.member})" if worker.member else ""
                self._fail(
                    worker,
                    results,
                    f"time limit exceeded: the file was not done within {self.time_limit:g} s{where}",
                )
        self._promote()

    def _promote(self) -> None:
        """Let a worker build the matchers too once handing files back costs more than building
        them: when the deep pass is a large share of its files (the builders alone would have
        more than their share of the work), or when a file handed back has waited long (the
        builders are held up by a slow file)."""
        if not self._deferred:
            return
        waited = time.monotonic() - self._deferred[0][2] > PROMOTE_WAIT
        for worker in self._workers:
            if worker.capable:
                continue
            share = worker.deferred >= PROMOTE_AFTER and worker.deferred >= PROMOTE_SHARE * worker.sent
            if waited or share:
                worker.builder = True
                if waited:
                    return

    def _deadline(self, worker: _Worker) -> float:
        assert self.time_limit is not None
        return worker.started + self.time_limit + worker.extra

    def _fail(self, worker: _Worker, results: dict[int, list[Verdict]], reason: str) -> None:
        assert worker.job is not None and worker.item is not None
        results[worker.job] = [error_verdict(worker.item.display, reason)]
        # the files queued behind the one that failed were not read: they are sent again
        self._waiting.extendleft(reversed(worker.queued))
        worker.queued.clear()
        self._replace(worker)

    def _death_reason(self, worker: _Worker) -> str:
        worker.process.join(_GRACE)
        code = worker.process.exitcode
        if code is not None and code < 0:
            name = signal.Signals(-code).name if -code in signal.Signals._value2member_map_ else str(-code)
            return f"the reader crashed on this file (signal {name}): it could not be read"
        return f"the reader stopped on this file (exit code {code}): it could not be read"

    def _replace(self, worker: _Worker) -> None:
        self._stop(worker)
        self._workers[self._workers.index(worker)] = self._start()

    def _stop(self, worker: _Worker) -> None:
        if worker.process.is_alive():
            # asked first, so it can stop the OCR or LibreOffice process it is waiting for;
            # killed if it does not answer (stuck inside a C library)
            worker.process.terminate()
            worker.process.join(_GRACE)
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(_GRACE)
        from scanner import scratch

        scratch.remove(worker.scratch)
        worker.conn.close()

    def close(self) -> None:
        for worker in self._workers:
            if worker.job is None and worker.process.is_alive():
                with suppress(OSError, ValueError):
                    worker.conn.send(None)
        for worker in self._workers:
            worker.process.join(0.5 if worker.job is None else 0)
            self._stop(worker)
        self._workers = []
