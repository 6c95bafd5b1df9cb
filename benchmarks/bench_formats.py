"""What a cold scan costs by file format, against its floor, in one process.

    python benchmarks/bench_formats.py [--files 2000] [--repeat 2]

On the sweep benchmark's generated mix (`bench_sweep.generate`), each file is scanned whole by
`Scanner.scan_paths` (reader, quick look or deep pass, carrier, verdict, and for zips and
e-mails their members), and, interleaved file by file, taken through the floor's steps: its
fast text (`bench_sweep.fast_text`) and one Aho-Corasick pass of every lexicon form over the
lower-cased text. Reports, per file extension, the CPU milliseconds a file of each (the best of
`--repeat` rounds) and their ratio: where the distance to the floor lies, by format.
"""

from __future__ import annotations

import argparse
import collections
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_sweep import compile_scanner, fast_text, generate, lexicon_automaton  # noqa: E402


def measure(files: list[Path], rounds: int) -> tuple[dict[str, float], dict[str, float], dict[str, int]]:
    """The best CPU seconds per extension over `rounds`: the scan's, the floor's; file counts."""
    from scanner.pipeline import Scanner

    scanner = Scanner()
    scanner.warm()
    automaton = lexicon_automaton()
    clock = time.process_time
    counts = collections.Counter(p.suffix for p in files)
    scan: dict[str, float] = {}
    floor: dict[str, float] = {}
    for _ in range(rounds):
        spent: collections.Counter[str] = collections.Counter()
        floored: collections.Counter[str] = collections.Counter()
        for path in files:
            t = clock()
            text = fast_text(path).lower()
            sum(1 for _ in automaton.iter(text))
            floored[path.suffix] += clock() - t
            t = clock()
            for _verdict in scanner.scan_paths([str(path)]):
                pass
            spent[path.suffix] += clock() - t
        for kind in counts:
            scan[kind] = min(scan.get(kind, float("inf")), spent[kind])
            floor[kind] = min(floor.get(kind, float("inf")), floored[kind])
    return scan, floor, dict(counts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    compile_scanner()
    with tempfile.TemporaryDirectory(prefix="bench-formats-") as tmp:
        corpus = Path(tmp) / "corpus"
        generate(corpus, args.files)
        files = sorted(p for p in corpus.rglob("*") if p.is_file())
        scan, floor, counts = measure(files, args.repeat)
    total_scan, total_floor = sum(scan.values()), sum(floor.values())
    print(f"{len(files)} files, best of {args.repeat} rounds, CPU milliseconds a file")
    print(f"{'format':8} {'files':>6} {'scan':>8} {'floor':>8} {'ratio':>7} {'share of the scan':>18}")
    for kind in sorted(scan, key=lambda k: -scan[k]):
        n = counts[kind]
        ratio = scan[kind] / floor[kind] if floor[kind] else float("inf")
        print(
            f"{kind or '(none)':8} {n:6d} {1000 * scan[kind] / n:8.2f} {1000 * floor[kind] / n:8.2f} "
            f"{ratio:6.1f}x {100 * scan[kind] / total_scan:17.1f}%"
        )
    n = len(files)
    print(
        f"{'all':8} {n:6d} {1000 * total_scan / n:8.2f} {1000 * total_floor / n:8.2f} "
        f"{total_scan / total_floor:6.1f}x"
    )


if __name__ == "__main__":
    main()
