"""What the two-stage scan's quick pass saves: `scanner scan` against `scanner scan --deep` on the
same files, in one process, interleaved file by file (the order alternates), CPU time.

    python benchmarks/bench_quick.py [--files 600] [--reports 20] [--report-kb 400]

Two sets, both generated with a fixed seed:
- the sweep benchmark's office mix (`bench_sweep.generate`: small files of every kind);
- long office reports with no rare-earth process terms (plain text and DOCX, `--report-kb`
  each), where the deep pass tokenises every word and the quick pass reads the text once.

Also checks that the two give the same verdict, control codes, stages, magnet types, exclusion,
carrier and language for every file.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_sweep  # noqa: E402

FIELDS = ("verdict", "control_codes", "categories", "magnet_types", "exclusion", "carrier", "language")


def reports(root: Path, count: int, kb: int, seed: int = 7) -> None:
    import docx

    rng = random.Random(seed)
    for i in range(count):
        paras = []
        size = 0
        while size < kb * 1000:
            para = " ".join(bench_sweep.sentence(rng, rng.randint(8, 16)) for _ in range(rng.randint(3, 7)))
            paras.append(para)
            size += len(para) + 2
        if i % 2:
            (root / f"report-{i:03d}.txt").write_text("\n\n".join(paras), encoding="utf-8")
        else:
            document = docx.Document()
            document.add_heading(f"Quarterly operations report {i}", 1)
            for para in paras:
                document.add_paragraph(para)
            document.save(str(root / f"report-{i:03d}.docx"))


def compare(files: list[Path]) -> tuple[dict[str, float], dict[str, float], int, int]:
    from scanner.config import ScanConfig
    from scanner.pipeline import Scanner, is_quick

    quick, deep = Scanner(ScanConfig()), Scanner(ScanConfig(quick=False))
    quick.warm()
    deep.warm()
    cpu = {"quick": defaultdict(float), "deep": defaultdict(float)}
    judged_quickly = differ = 0
    for i, path in enumerate(files):
        runs = [("quick", quick), ("deep", deep)]
        if i % 2:
            runs.reverse()
        out = {}
        for name, scanner in runs:
            started = time.process_time()
            out[name] = list(scanner.scan_paths([str(path)]))
            cpu[name][path.suffix] += time.process_time() - started
        judged_quickly += sum(is_quick(v) for v in out["quick"])
        for a, b in zip(out["quick"], out["deep"], strict=True):
            differ += [getattr(a, f) for f in FIELDS] != [getattr(b, f) for f in FIELDS]
    return cpu["quick"], cpu["deep"], judged_quickly, differ


def show(title: str, files: list[Path]) -> None:
    quick, deep, judged, differ = compare(files)
    total_q, total_d = sum(quick.values()), sum(deep.values())
    print(f"{title}: {len(files)} files, {judged} records judged by the quick pass, {differ} differ")
    print(f"  CPU: quick {total_q:.2f} s, --deep {total_d:.2f} s: --deep / quick = {total_d / total_q:.2f}x")
    for suffix in sorted(deep, key=lambda s: -deep[s]):
        print(f"  {suffix:6} quick {quick[suffix]:6.2f} s  --deep {deep[suffix]:6.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=600, help="files of the office mix")
    parser.add_argument("--reports", type=int, default=20, help="long reports")
    parser.add_argument("--report-kb", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-quick-") as work:
        mix, long = Path(work) / "mix", Path(work) / "reports"
        mix.mkdir()
        long.mkdir()
        bench_sweep.generate(mix, args.files)
        reports(long, args.reports, args.report_kb)
        show("office mix", sorted(p for p in mix.rglob("*") if p.is_file()))
        show(f"long reports ({args.report_kb} kB)", sorted(long.iterdir()))


if __name__ == "__main__":
    main()
