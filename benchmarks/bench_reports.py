"""Reports of a large sweep: the peak memory and time of `scanner report` in every format, and of
`scanner diff`, on a saved scan of many records.

    python benchmarks/bench_reports.py [--copies 2000] [--saved SCAN.jsonl] [--keep DIR]

The saved scan is made by scanning `samples/` once (`scanner scan samples --format jsonl`: 22
records, controlled ones with their evidence among them), or taken from `--saved`, and then
written `--copies` times over, each copy's paths under a folder of its own (`copy-00042/…`):
10,000 copies of the samples' scan are 220,000 records (1.7 GB), a week's sweep of a large shared drive;
at that size each report takes one to three minutes.
Each command runs in a process of its own; its peak resident memory is that process's own
(`os.wait4`), its time the wall and CPU time it took.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("jsonl", "json", "csv", "sarif", "html", "xlsx")


def run(args: list[str]) -> tuple[int, float, float, int]:
    """Exit code, wall seconds, CPU seconds and peak resident memory (KiB) of one command."""
    started = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    return proc.returncode, wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def base_scan(work: Path) -> Path:
    out = work / "samples.jsonl"
    scanner = [sys.executable, "-m", "scanner"]
    subprocess.run(
        [*scanner, "scan", str(ROOT / "samples"), "--no-cache", "-q", "--format", "jsonl", "-o", str(out)],
        check=False,
        cwd=ROOT,
    )
    if not out.exists() or not out.read_text(encoding="utf-8").strip():
        raise SystemExit("the scan of samples/ wrote nothing")
    return out


def replicate(saved: Path, copies: int, out: Path) -> int:
    """`saved`'s records `copies` times, each copy under a folder of its own; the count."""
    records = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines() if line.strip()]
    lines = 0
    with out.open("w", encoding="utf-8") as handle:
        for n in range(copies):
            folder = f"copy-{n:05d}/"
            for record in records:
                handle.write(
                    json.dumps({**record, "path": folder + record["path"]}, ensure_ascii=False) + "\n"
                )
                lines += 1
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--copies", type=int, default=2_000)
    parser.add_argument("--saved", type=Path, default=None, help="a saved JSON Lines scan to copy")
    parser.add_argument("--keep", type=Path, default=None, help="write the big scan and the reports here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-reports-"))
    work.mkdir(parents=True, exist_ok=True)
    saved = args.saved or base_scan(work)
    big = work / "sweep.jsonl"
    count = replicate(saved, args.copies, big)
    print(f"saved scan: {count} records, {big.stat().st_size / 1e6:.0f} MB ({big})")
    scanner = [sys.executable, "-m", "scanner"]
    print(f"{'command':32} {'exit':>4} {'wall s':>7} {'CPU s':>7} {'peak MiB':>9}")
    for fmt in FORMATS:
        out = work / f"report.{fmt}"
        code, wall, cpu, peak = run([*scanner, "report", str(big), "--format", fmt, "-o", str(out)])
        print(f"{'report --format ' + fmt:32} {code:>4} {wall:7.1f} {cpu:7.1f} {peak / 1024:9.0f}")
    code, wall, cpu, peak = run([*scanner, "diff", str(big), str(big)])
    print(f"{'diff (the scan against itself)':32} {code:>4} {wall:7.1f} {cpu:7.1f} {peak / 1024:9.0f}")
    print("(exit 1: the scan holds flagged files; 0 for diff: nothing newly flagged)")
    if args.keep is None:
        import shutil

        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
