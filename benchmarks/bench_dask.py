"""A sweep on Dask against the same sweep on the local worker pool, in one run (ratios,
interleaved and repeated: the machines are shared and noisy).

    python benchmarks/bench_dask.py [--files 2000] [--repeat 2] [--keep DIR]

On the sweep benchmark's generated corpus (`bench_sweep.generate`), cold (`--no-cache`):
- `scanner scan --jobs 2` (the local pool);
- `scanner scan --engine dask --jobs 2` (a LocalCluster of 2 single-threaded workers, started
  by the scan, as a user would run it: threads of the scanning process, each reading files
  through a forked reader);
- `scanner scan --engine dask --scheduler ADDR` against a cluster started beforehand with 1 and
  then 2 single-threaded workers, for the scaling from 1 to 2 workers without the cluster's
  start-up.
Reports the overhead of the Dask engine over the local pool (issue 12's target: at most 15 %)
and the speed-up from 1 to 2 workers, in wall time; CPU time of the client process tree.
Verdicts are compared: the Dask sweep must give the local sweep's, file for file.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
DASK = str(Path(sys.executable).parent / "dask")


def scan(root: Path, *args: str) -> tuple[float, float, list[str]]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "scanner", "scan", str(root), "--format", "jsonl", "-q", "--no-cache", *args],
        capture_output=True,
        cwd=ROOT,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1, 3):
        raise SystemExit(f"scan failed ({done.returncode}): {done.stderr.decode()[-2000:]}")
    lines = sorted(done.stdout.decode().splitlines())
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), lines


class Cluster:
    def __init__(self, workers: int) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.address = f"tcp://127.0.0.1:{port}"
        self.procs = [
            self._start([DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"])
        ]
        for _ in range(workers):
            argv = [DASK, "worker", self.address, "--nworkers", "1", "--nthreads", "1", "--no-dashboard"]
            self.procs.append(self._start([*argv, "--host", "127.0.0.1"]))
        from dask.distributed import Client

        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(workers, timeout=120)

    @staticmethod
    def _start(argv: list[str]) -> subprocess.Popen:
        return subprocess.Popen(
            argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )

    def close(self) -> None:
        for proc in reversed(self.procs):
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in self.procs:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None, help="generate the corpus here and keep it")
    args = parser.parse_args()
    import bench_sweep

    work = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    root = args.keep or work / "corpus"
    try:
        if not root.exists() or not any(root.iterdir()):
            root.mkdir(parents=True, exist_ok=True)
            bench_sweep.generate(root, args.files)
        files = sum(1 for p in root.rglob("*") if p.is_file())
        print(f"{files} files", flush=True)
        bench_sweep.compile_scanner()
        rows: dict[str, list[tuple[float, float]]] = {}
        for r in range(args.repeat):
            w, c, local = scan(root, "--jobs", "2")
            rows.setdefault("local j2", []).append((w, c))
            w, c, remote = scan(root, "--engine", "dask", "--jobs", "2")
            rows.setdefault("dask local-cluster 2", []).append((w, c))
            if remote != local:
                diff = len(set(remote) ^ set(local))
                raise SystemExit(f"the Dask sweep's verdicts differ from the local sweep's ({diff} lines)")
            for workers in (1, 2):
                cluster = Cluster(workers)
                try:
                    w, c, _ = scan(root, "--engine", "dask", "--scheduler", cluster.address)
                finally:
                    cluster.close()
                rows.setdefault(f"dask cluster {workers}", []).append((w, c))
            print(
                f"round {r + 1}: "
                + ", ".join(f"{k} {v[-1][0]:.1f} s wall {v[-1][1]:.1f} s CPU" for k, v in rows.items()),
                flush=True,
            )

        def med(key: str) -> float:
            return statistics.median(x[0] for x in rows[key])

        overhead = med("dask local-cluster 2") / med("local j2") - 1
        print(
            "--engine dask (LocalCluster, 2 workers) against the local pool (--jobs 2): "
            f"{overhead:+.1%} wall (target <= +15 %)"
        )
        print(
            "scaling from 1 to 2 workers on a running cluster: "
            f"{med('dask cluster 1') / med('dask cluster 2'):.2f}x"
        )
        per_worker = files / med("dask cluster 1")
        print(f"files per second: 1 worker {per_worker:.0f}, 2 workers {files / med('dask cluster 2'):.0f}")
        print(json.dumps({k: [[round(a, 2), round(b, 2)] for a, b in v] for k, v in rows.items()}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
