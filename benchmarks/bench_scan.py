"""Scan speed, as ratios against baselines measured in the same run (machines are shared and
noisy, so absolute seconds mean little).

    python benchmarks/bench_scan.py [PATH ...] [--repeat 3]

Baselines, per file set:
  read      read every file's bytes and hash them (the floor any scanner pays)
  extract   read + extract text (format readers only)
  rules     the pipeline with lexicon rules only (no learned model)
  scan      the full pipeline: read, extract, detect, model, decide
  pool(j)   the full pipeline in j worker processes with the per-file time limit (the CLI's way)
  python    `python -c pass`: the floor of starting any Python program
Reported, in wall time and in CPU time (this process and its children): scan/read,
scan/extract, scan/rules (what the learned model adds), pool(1)/scan (the cost of isolating each
file in a worker), pool(2)/pool(1) (what a second core buys), files per second; and the CLI's
start-up, `scanner scan` of one small text file in a fresh process, against the python floor.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from scanner.config import ScanConfig  # noqa: E402
from scanner.crawl.walk import walk  # noqa: E402
from scanner.extract.errors import ExtractionError  # noqa: E402
from scanner.extract.registry import extract_document  # noqa: E402
from scanner.parallel import WorkerPool  # noqa: E402
from scanner.pipeline import Scanner  # noqa: E402


def files(paths: list[str]) -> list[Path]:
    return [i.fs_path for i in walk(paths) if i.fs_path is not None]


def read_only(items: list[Path]) -> None:
    for p in items:
        hashlib.sha256(p.read_bytes()).hexdigest()


def extract_only(items: list[Path], config: ScanConfig) -> None:
    for p in items:
        with contextlib.suppress(ExtractionError):
            extract_document(p.name, p.read_bytes(), config.limits)


def full_scan(scanner: Scanner, paths: list[str]) -> None:
    for _ in scanner.scan_paths(paths):
        pass


def cpu_now() -> float:
    """CPU seconds used so far by this process and the children it has waited for."""
    own = time.process_time()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own + children.ru_utime + children.ru_stime


CPU: dict[str, float] = {}


def timed(fn, repeat: int, label: str | None = None) -> float:
    """Median wall seconds of `repeat` runs; the median CPU seconds go to CPU[label]."""
    runs, cpus = [], []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), cpu_now()
        fn()
        runs.append(time.perf_counter() - start)
        cpus.append(cpu_now() - cpu)
    if label:
        CPU[label] = min(CPU.get(label, float("inf")), statistics.median(cpus))
    return statistics.median(runs)


def startup(repeat: int) -> None:
    """The CLI as a user starts it, against the floor of starting Python at all."""
    with tempfile.TemporaryDirectory() as folder:
        tiny = Path(folder) / "note.txt"
        tiny.write_text("Canteen notice: lunch from 11:30.\n")
        commands = {
            "python": [sys.executable, "-c", "pass"],
            "import": [sys.executable, "-m", "scanner", "--version"],
            "scan": [sys.executable, "-m", "scanner", "scan", str(tiny), "--time-limit", "0"],
        }
        wall = {
            name: timed(lambda c=cmd: subprocess.run(c, capture_output=True, check=False), repeat, name)
            for name, cmd in commands.items()
        }
    print(
        f"start-up: `scanner scan` of one small file {wall['scan']:.2f} s wall, {CPU['scan']:.2f} s CPU "
        f"({wall['scan'] / wall['python']:.0f}x python's own start-up); imports alone "
        f"{wall['import']:.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("paths", nargs="*", default=[str(ROOT / "samples")])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    config = ScanConfig()
    started = time.perf_counter()
    scanner = Scanner(config)
    load = time.perf_counter() - started
    items = files(args.paths)
    t_read = timed(lambda: read_only(items), args.repeat, "read")
    t_extract = timed(lambda: extract_only(items, config), args.repeat, "extract")
    rules = Scanner(dataclasses.replace(config, use_model=False))
    # interleaved and the fastest of each kept: the machine is shared, and noise only ever
    # adds time, so minima compare better than medians
    t_rules = t_scan = float("inf")
    for _ in range(args.repeat):
        t_rules = min(t_rules, timed(lambda: full_scan(rules, args.paths), 1, "rules"))
        t_scan = min(t_scan, timed(lambda: full_scan(scanner, args.paths), 1, "scan"))
    print(f"files: {len(items)}  repeat: {args.repeat} (median; model overhead: interleaved minima)")
    print(f"loading lexicons + spaCy + model, once per process: {load:.2f} s")
    print(f"scan / read     = {t_scan / t_read:8.1f}x wall, {CPU['scan'] / max(CPU['read'], 1e-9):8.1f}x CPU")
    print(
        f"scan / extract  = {t_scan / t_extract:8.2f}x wall, {CPU['scan'] / CPU['extract']:.2f}x CPU  "
        f"(detection and policy add {(t_scan - t_extract) / t_scan:.0%} of the scan time)"
    )
    print(
        f"scan / rules    = {t_scan / t_rules:8.3f}x  (the learned model adds "
        f"{(t_scan - t_rules) / t_rules:+.1%} to the scan time)"
    )
    # the same question measured inside one run: time spent in the model itself
    spent = [0.0]
    inner = scanner.model_view

    def timed_view(*a):
        start = time.perf_counter()
        try:
            return inner(*a)
        finally:
            spent[0] += time.perf_counter() - start

    scanner.model_view = timed_view
    start = time.perf_counter()
    full_scan(scanner, args.paths)
    total = time.perf_counter() - start
    print(f"model share     = {spent[0] / total:8.1%}  of one full scan (features + all heads)")
    print(f"files per second (full scan): {len(items) / t_scan:.1f}")
    scanner.model_view = inner

    def pooled(jobs: int) -> None:
        for _ in WorkerPool(scanner, jobs=jobs, time_limit=config.limits.max_seconds).scan(walk(args.paths)):
            pass

    t_pool1 = t_pool2 = t_plain = float("inf")
    for _ in range(args.repeat):
        t_plain = min(t_plain, timed(lambda: full_scan(scanner, args.paths), 1))
        t_pool1 = min(t_pool1, timed(lambda: pooled(1), 1, "pool1"))
        t_pool2 = min(t_pool2, timed(lambda: pooled(2), 1, "pool2"))
    print(
        f"pool(1) / scan  = {t_pool1 / t_plain:8.3f}x wall, {CPU['pool1'] / CPU['scan']:.3f}x CPU  "
        "(one worker process, time limit on)"
    )
    print(
        f"pool(2) / pool(1) = {t_pool2 / t_pool1:6.3f}x wall, {CPU['pool2'] / CPU['pool1']:.3f}x CPU  "
        "(two workers on this machine's 2 cores)"
    )
    startup(args.repeat)


if __name__ == "__main__":
    main()
