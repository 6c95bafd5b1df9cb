"""Sweeps on a Dask cluster (`scanner scan --engine dask`): the same verdicts, cache, resume and
reports as a local scan, with the files read on the cluster's workers.

- The client walks the tree and looks files up in the results cache, as a local scan does; what
  must be read is shipped as batches of paths (never file bytes) with `Client.submit`, at most
  a few batches per worker in flight, so the client's memory stays flat for any tree.
- Each worker process loads the scanner once (`_scanner_for`, cached per process) and reads a
  batch through the local worker pool: every file in its own forked process under the per-file
  time limit and memory cap, so a file that hangs or crashes its reader gets `error` and never
  costs the batch, nor makes Dask blame the files beside it.
- Results come back to the client in the order the files were found; the client alone writes
  the report and the cache. A worker that dies costs a retry of its batches (Dask reschedules
  them); each batch's result is taken once, so no file is lost or reported twice.
- Before the sweep, and again in every batch, a worker's scanner (code, lexicon and model bytes,
  settings) must be the client's: one sweep never mixes rule sets.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import multiprocessing
import os
import socket
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scanner.config import ScanConfig, default_lexicon_dir, default_model_dir

if TYPE_CHECKING:
    from scanner.crawl.walk import Item
    from scanner.parallel import Known
    from scanner.types import Verdict

#: files per batch: large enough that a task's overhead (a few milliseconds) is small against
#: its reading, small enough that a lost worker costs little
BATCH_FILES = 16
#: seconds between two questions to the workers about the files they are reading (progress)
RUNNING_EVERY = 2.0
#: batches in flight per worker thread: one running, one queued
IN_FLIGHT_PER_THREAD = 2
#: Settings of the embedded LocalCluster. Its workers are threads of the scanning process, and a
#: worker's statistical profiler samples every thread's stack every 10 ms for a dashboard the
#: embedded cluster does not serve: it cost a sweep of 705 files 0.6-1.1 s of the client's CPU
#: (4.4-4.9 s with it, 3.5-3.8 s without). A cluster of one's own keeps its own settings.
#: Every Dask scheduler and worker starts an HTTP server (metrics, task and worker information)
#: on all interfaces, even with its dashboard off: an embedded cluster would open a port per
#: node to the network for a scan that needs none. It serves no routes, on loopback only.
EMBEDDED_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.scheduler.http.routes": [],
    "distributed.worker.http.routes": [],
}
#: where the embedded cluster's HTTP servers listen: loopback, a free port
LOOPBACK_ANY_PORT = "127.0.0.1:0"


@functools.cache
def _loopback_worker():
    """A Dask worker whose HTTP server listens on loopback and serves no dashboard (LocalCluster
    passes every worker the same dashboard settings, with no way to set the address alone)."""
    from dask.distributed import Worker

    class LoopbackWorker(Worker):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.update(dashboard=False, dashboard_address=LOOPBACK_ANY_PORT)
            super().__init__(*args, **kwargs)

    return LoopbackWorker


class EngineError(Exception):
    """The cluster cannot run this sweep (unreachable, no workers, another scanner)."""


class VersionMismatch(EngineError):
    pass


class ClusterLost(EngineError):
    """The scheduler went away, or every worker did, in the middle of a sweep."""


#: how long a sweep waits with no worker at all before it says the cluster is lost (workers
#: restarted by a supervisor come back well within it); SCANNER_NO_WORKERS_SECONDS sets another
NO_WORKERS_SECONDS = 60.0


def portable(config: ScanConfig) -> dict[str, Any]:
    """The scan's configuration as workers rebuild it: the bundled lexicons and model are the
    worker's own installation's (their bytes are compared, not their paths)."""
    out = dataclasses.asdict(config)
    lexicons, model = Path(config.lexicon_dir), Path(config.model_dir)
    out["lexicon_dir"] = None if lexicons == default_lexicon_dir() else str(lexicons)
    out["model_dir"] = None if model == default_model_dir() else str(model)
    return out


def rebuilt(settings: dict[str, Any]) -> ScanConfig:
    from scanner.config import Limits, Thresholds

    return ScanConfig(
        lexicon_dir=Path(settings["lexicon_dir"]) if settings["lexicon_dir"] else default_lexicon_dir(),
        thresholds=Thresholds(**settings["thresholds"]),
        limits=Limits(**settings["limits"]),
        follow_symlinks=settings["follow_symlinks"],
        model_dir=Path(settings["model_dir"]) if settings["model_dir"] else default_model_dir(),
        use_model=settings["use_model"],
        review_from_model=settings["review_from_model"],
        quick=settings["quick"],
    )


def identity(settings: dict[str, Any]) -> dict[str, str]:
    """What this process's scanner would be built from (run on a worker, and on the client)."""
    from scanner import __version__
    from scanner.cache import identity_parts

    return {"version": __version__, "host": socket.gethostname(), **identity_parts(rebuilt(settings))}


def differences(mine: dict[str, str], theirs: dict[str, str]) -> list[str]:
    labels = {"code": "scanner code", "lexicons": "lexicons", "model": "model", "settings": "settings"}
    out = []
    for key, label in labels.items():
        if mine.get(key) != theirs.get(key):
            out.append(f"{label} {str(theirs.get(key))[:12]} (client {str(mine.get(key))[:12]})")
    if mine.get("version") != theirs.get("version"):
        out.insert(0, f"version {theirs.get('version')} (client {mine.get('version')})")
    return out


_LOADED: dict[str, Any] = {}
_LOADING = threading.Lock()  # a worker with several threads builds its scanner once


def _scanner_for(settings: dict[str, Any], expected: dict[str, str]):
    """This worker process's scanner for `settings`, built once; refused if it is not the
    client's."""
    key = expected["inputs"]
    with _LOADING:
        return _LOADED[key] if key in _LOADED else _load(settings, expected, key)


def _worker_address() -> str:
    """This Dask worker's address, as the scheduler knows it (or "a worker" outside a task)."""
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return "a worker"


def _load(settings: dict[str, Any], expected: dict[str, str], key: str):
    mine = identity(settings)
    diff = differences(expected, mine)
    if diff:
        where = f"{_worker_address()} ({mine['host']})"
        raise VersionMismatch(f"worker {where} has another scanner: " + "; ".join(diff))
    from scanner.pipeline import Scanner

    scanner = Scanner(rebuilt(settings))
    scanner.warm()
    _LOADED.clear()  # one scanner per worker process
    _LOADED[key] = scanner
    return scanner


_POOLS: dict[tuple[threading.Thread, str, float | None], Any] = {}


def _pool_for(scanner, key: str, time_limit: float | None):
    """This thread's worker pool: one forked reader kept from batch to batch (the pool forks
    from the thread that uses it, and a reader ends with the thread that forked it)."""
    from scanner.parallel import WorkerPool

    slot = (threading.current_thread(), key, time_limit)
    pool = _POOLS.get(slot)
    if pool is None:
        for other in [k for k in _POOLS if k[0] is slot[0] or not k[0].is_alive()]:
            _POOLS.pop(other).close()
        pool = WorkerPool(scanner, 1, time_limit)
        pool.persistent = True
        _POOLS[slot] = pool
    return pool


def running_here() -> list[tuple[str, float]]:
    """Run on a worker (`Client.run`, beside its tasks): the files its readers are reading now,
    and for how long."""
    out: list[tuple[str, float]] = []
    for pool in list(_POOLS.values()):
        out.extend(pool.running())
    return out


def scan_batch(settings: dict[str, Any], expected: dict[str, str], items: list[Item], time_limit):
    """Run on a worker: each file in the forked reader of the local pool, in order."""
    scanner = _scanner_for(settings, expected)
    process = multiprocessing.current_process()
    # Dask starts its worker processes as daemons, and multiprocessing lets no daemon have
    # children; the pool's own processes are daemons and end with the worker
    process._config["daemon"] = False  # type: ignore[attr-defined]
    pool = _pool_for(scanner, expected["inputs"], time_limit)
    return [(item.display, verdicts) for item, verdicts in pool.scan_groups(items)]


def absolute(item: Item, here: str) -> Item:
    """`item` with the paths a worker opens made absolute from `here`, the client's working
    folder: a worker started elsewhere would resolve `docs/memo.txt` against its own, and read
    another file. Joined, not normalised: the system resolves `..` as it would have here."""

    def anchored(path: str | None) -> str | None:
        return path if path is None or os.path.isabs(path) else os.path.join(here, path)

    fs_path = anchored(str(item.fs_path)) if item.fs_path is not None else None
    return dataclasses.replace(
        item,
        fs_path=Path(fs_path) if fs_path is not None else None,
        trusted_prefix=anchored(item.trusted_prefix),
        root=anchored(item.root) or item.root,
    )


class DaskEngine:
    """Connects to `scheduler` (tcp://host:port), or starts a LocalCluster of `workers`
    single-threaded workers. The local cluster's workers are threads of this process, sharing
    `scanner` (already loaded here): each file is still read in a forked process of its own,
    which is what isolates it, while worker processes would each import and load everything
    again (7 s of a 24 s sweep of 2,000 files)."""

    def __init__(
        self,
        config: ScanConfig,
        scheduler: str | None = None,
        workers: int = 2,
        time_limit: float | None = 300.0,
        connect_timeout: float = 30.0,
        scanner: Any = None,
    ) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError as exc:
            raise EngineError("--engine dask needs the dask extra: pip install '.[dask]'") from exc
        self.settings = portable(config)
        self.time_limit = time_limit
        self.cluster = None
        try:
            if scheduler is None:
                import dask

                with dask.config.set(EMBEDDED_CONFIG):
                    self.cluster = LocalCluster(
                        n_workers=workers,
                        threads_per_worker=1,
                        processes=False,
                        dashboard_address=None,
                        scheduler_kwargs={"dashboard": False, "dashboard_address": LOOPBACK_ANY_PORT},
                        worker_class=_loopback_worker(),
                    )
                self.client = Client(self.cluster, timeout=connect_timeout)
            else:
                self.client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise EngineError(f"cannot reach the Dask scheduler {scheduler}: {exc}") from exc
        except ValueError as exc:  # "missing port number in address 'foo'"
            self.close()
            raise EngineError(f"not a Dask scheduler address: {scheduler} ({exc})") from exc
        self.address = self.client.scheduler.address
        self._running: list[tuple[str, float]] = []
        self._running_at = self._running_taken = float("-inf")
        self.expected = identity(self.settings)
        self.expected["inputs"] = self.expected["digest"]
        if self.cluster is not None and scanner is not None:
            # here, once, not by each worker thread at its first batch: the scanner and its quick
            # pass; spaCy's matchers are built by each thread's forked reader when a file first
            # needs them, side by side, as in a local sweep (`WorkerPool`)
            scanner.warm(deep=False)
            _LOADED.clear()
            _LOADED[self.expected["inputs"]] = scanner  # the in-process workers use this one
        self.check_workers()

    def threads(self) -> int:
        return sum(self.client.nthreads().values())

    def workers(self) -> int:
        return len(self.client.nthreads())

    def running(self) -> list[tuple[str, float]]:
        """The files the cluster's readers are reading now, and for how long (for the progress
        line, from its thread). Asked of the workers at most every `RUNNING_EVERY` seconds; the
        seconds of a snapshot are aged by the time since it was taken."""
        import time

        now = time.monotonic()
        if now - self._running_at >= RUNNING_EVERY:
            self._running_at = now
            try:
                found = self.client.run(running_here, wait=True, on_error="return")
                self._running = [
                    (name, float(seconds))
                    for files in found.values()
                    if isinstance(files, list)
                    for name, seconds in files
                ]
                self._running_taken = now
            except Exception:  # a worker or the scheduler going away: the sweep says so itself
                self._running = []
        age = now - self._running_taken
        return [(name, seconds + age) for name, seconds in self._running]

    def check_workers(self) -> None:
        """Every worker's scanner must be the client's; none at all is an error too."""
        if not self.client.nthreads():
            try:
                self.client.wait_for_workers(1, timeout=30)
            except Exception as exc:
                raise EngineError(f"no Dask workers at {self.address}") from exc
        found = self.client.run(identity, self.settings)
        problems = []
        for worker, theirs in sorted(found.items()):
            diff = differences(self.expected, theirs)
            if diff:
                problems.append(f"{worker} ({theirs.get('host')}): " + "; ".join(diff))
        if problems:
            raise VersionMismatch(
                "refused: workers run another scanner than this client, and one sweep must not "
                "mix rule sets — " + " | ".join(problems)
            )

    def scan_groups(self, items: Iterable[Item | Known]) -> Iterator[tuple[Item, list[Verdict]]]:
        """Each item with its verdicts, in the order of `items` (as the local pool's)."""
        from dask.distributed import as_completed

        from scanner.parallel import Known, error_verdict

        pending = iter(enumerate(items))
        results: dict[int, list[Verdict]] = {}
        order: dict[int, Item] = {}
        batches: dict[Any, list[tuple[int, Item]]] = {}
        done = as_completed()
        batch: list[tuple[int, Item]] = []
        next_out = 0
        exhausted = False
        limit = max(1, self.threads()) * IN_FLIGHT_PER_THREAD

        def ready() -> Iterator[tuple[Item, list[Verdict]]]:
            """What is ready to hand over, in the order the files were found."""
            nonlocal next_out
            while next_out in results:
                yield order.pop(next_out), results.pop(next_out)
                next_out += 1

        here = os.getcwd()

        def submit(group: list[tuple[int, Item]]) -> None:
            try:
                future = self.client.submit(
                    scan_batch,
                    self.settings,
                    self.expected,
                    [absolute(item, here) for _, item in group],
                    self.time_limit,
                    pure=False,
                    retries=2,
                )
            except Exception as exc:  # the client gave up on its scheduler between two batches
                if self.client.status not in ("running", "connecting"):
                    status = self.client.status
                    raise ClusterLost(f"lost the Dask scheduler {self.address} (client {status})") from exc
                raise
            batches[future] = group
            done.add(future)

        try:
            while True:
                while not exhausted and len(batches) < limit:
                    try:
                        job, item = next(pending)
                    except StopIteration:
                        exhausted = True
                        if batch:
                            submit(batch)
                            batch = []
                        break
                    if isinstance(item, Known):
                        order[job], results[job] = item.item, item.verdicts
                    else:
                        order[job] = item
                        batch.append((job, item))
                        if len(batch) >= BATCH_FILES:
                            submit(batch)
                            batch = []
                    # hand over what is ready as the walk goes on (cached files, finished
                    # batches), without leaving the loop: it fills the cluster's queue first (a
                    # loop that stopped here to report waited for the next batch with too few
                    # in flight, and a worker sat idle 0.1-0.25 s between batches)
                    yield from ready()
                yield from ready()
                if not batches:
                    if exhausted:
                        return
                    continue
                future = self._next_done(done)
                group = batches.pop(future)
                try:
                    found = dict(future.result())
                except VersionMismatch:
                    raise
                except Exception as exc:  # a batch lost for good (KilledWorker, …)
                    if _cancelled(exc) or self.client.status != "running":
                        # the client cancels what it has in flight when its scheduler goes: the
                        # files were not read, and the sweep ends here (not an `error` each)
                        raise ClusterLost(
                            f"lost the Dask scheduler {self.address} ({type(exc).__name__}; client "
                            f"{self.client.status})"
                        ) from exc
                    reason = (
                        f"internal error: the cluster lost this file's batch ({type(exc).__name__}: {exc})"[
                            :500
                        ]
                    )
                    found = {item.display: [error_verdict(item.display, reason)] for _, item in group}
                for job, item in group:
                    results[job] = found.get(item.display) or [
                        error_verdict(item.display, "internal error: no result from the cluster")
                    ]
        finally:
            for future in list(batches):
                with contextlib.suppress(Exception):  # a closed client cannot cancel: nothing runs
                    future.cancel()

    def _next_done(self, done) -> Any:
        """The next finished batch; ClusterLost when none can finish any more: the client lost
        its scheduler (it gives up reconnecting after Dask's timeout), or no worker has been
        left for `NO_WORKERS_SECONDS` (a future would wait for one forever)."""
        import time

        alone_since: float | None = None
        checked = 0.0
        patience = float(os.environ.get("SCANNER_NO_WORKERS_SECONDS", NO_WORKERS_SECONDS))
        while not done.has_ready():
            if self.client.status not in ("running", "connecting"):
                raise ClusterLost(f"lost the Dask scheduler {self.address} (client {self.client.status})")
            now = time.monotonic()
            if now - checked >= 1.0:
                checked = now
                if not self.client.scheduler_info().get("workers"):  # kept by the client: no call
                    alone_since = alone_since or now
                    if now - alone_since >= patience:
                        # the scheduler went, and its workers (the client may not have seen it go
                        # yet on a loaded machine: its port is asked too)
                        if self.client.status == "connecting" or not _listening(self.address):
                            raise ClusterLost(
                                f"lost the Dask scheduler {self.address} (it no longer answers, and "
                                f"no worker has been seen for {patience:.0f} s)"
                            )
                        raise ClusterLost(f"no Dask worker left for {patience:.0f} s")
                else:
                    alone_since = None
            time.sleep(0.005)
        return next(done)

    def close(self) -> None:
        for pool in list(_POOLS.values()):
            pool.close()
        _POOLS.clear()
        for part in ("client", "cluster"):
            thing = getattr(self, part, None)
            if thing is not None:
                with contextlib.suppress(Exception):  # a cluster going away anyway
                    thing.close()


def _cancelled(exc: BaseException) -> bool:
    """Whether a batch's exception is its cancellation (Dask's FutureCancelledError, asyncio's or
    concurrent.futures' CancelledError): the sweep cancels nothing while it runs, so the client
    did, on losing its scheduler."""
    return any(kind.__name__.endswith("CancelledError") for kind in type(exc).__mro__)


def _listening(address: str) -> bool:
    """Whether something accepts connections at a TCP scheduler address (`tcp://host:port`,
    `tls://…`); True for any other kind of address, which cannot be asked this way."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    if parts.scheme not in ("tcp", "tls") or not parts.hostname or not parts.port:
        return True
    try:
        with socket.create_connection((parts.hostname, parts.port), timeout=2):
            return True
    except OSError:
        return False
