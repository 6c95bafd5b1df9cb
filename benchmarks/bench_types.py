"""Where a cold scan's CPU goes, by file type, in one process: the CPU time of scanning each file
of the sweep benchmark's generated mix, summed per extension, for the scanner in this checkout
and, alternated with it, for the scanner of another checkout (`--against DIR`, e.g. a worktree
of an earlier commit), so that the machine's drift falls on both alike.

    python benchmarks/bench_types.py [--files 2000] [--repeat 2] [--against DIR] [--twice]

`--twice` scans the files a second time in the same process and reports both passes: the first
pays what a process pays once (spaCy's import and matchers, the readers' libraries, caches that
fill), the second does not. Each scanner runs in a process of its own.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

_CHILD = """
import collections, json, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from scanner.pipeline import Scanner
started = time.process_time()
scanner = Scanner()
files = sorted(p for p in Path(sys.argv[2]).rglob("*") if p.is_file())
passes = []
for _ in range(int(sys.argv[3])):
    cpu = collections.Counter()
    count = collections.Counter()
    begun = time.process_time()
    for path in files:
        t = time.process_time()
        list(scanner.scan_paths([str(path)]))
        cpu[path.suffix] += time.process_time() - t
        count[path.suffix] += 1
    passes.append({"total": time.process_time() - begun, "cpu": cpu, "count": count})
print(json.dumps(passes))
"""


def run(code: Path, corpus: Path, passes: int) -> list[dict]:
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(code), str(corpus), str(passes)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--against", type=Path, help="another checkout to compare, alternated")
    parser.add_argument("--twice", action="store_true", help="scan the files twice in one process")
    args = parser.parse_args()
    from bench_sweep import generate

    codes = {"this": HERE.parent}
    if args.against:
        codes["against"] = args.against.resolve()
    with tempfile.TemporaryDirectory(prefix="bench-types-") as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, args.files)
        results: dict[str, list[list[dict]]] = {name: [] for name in codes}
        for round_ in range(args.repeat):
            names = list(codes) if round_ % 2 == 0 else list(reversed(codes))
            for name in names:
                results[name].append(run(codes[name], corpus, 2 if args.twice else 1))
    for name, rounds in results.items():
        print(f"== {name} ({codes[name]})")
        first = [r[0] for r in rounds]
        for suffix in sorted(first[0]["count"], key=lambda s: -first[0]["cpu"][s]):
            n = first[0]["count"][suffix]
            per = ", ".join(f"{1000 * r['cpu'][suffix] / n:.2f}" for r in first)
            print(f"{suffix:6} {n:5} files  {per} ms a file (rounds)")
        print("whole mix: " + ", ".join(f"{r['total']:.2f}" for r in first) + " s CPU (rounds)")
        if args.twice:
            print("second pass: " + ", ".join(f"{r[1]['total']:.2f}" for r in rounds) + " s CPU (rounds)")


if __name__ == "__main__":
    main()
