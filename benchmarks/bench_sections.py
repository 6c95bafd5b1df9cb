"""What judging by sections costs, as ratios measured in one run.

    python benchmarks/bench_sections.py [--repeat 3]

On the text corpus (corpora/text/docs, 500 documents, from a few hundred characters to about
20,000), each document is extracted once; then, interleaved and repeated, in-process CPU time is
measured for
  whole     detect + score + model + decide with sections switched off (one section per file:
            the scanner before issue 9, but reading 6,000 characters with the model)
  sections  the same with sections on (the shipped scanner)
and, as the floor, `extract` (reading the documents' text). Reported: sections / whole overall,
for documents under 3,000 characters (never split) and for those of 3,000 or more (split), and
sections / extract; and how many sections a split document has on average.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.detect import sections as sections_module  # noqa: E402
from scanner.extract.registry import extract_document  # noqa: E402
from scanner.pipeline import Scanner  # noqa: E402
from scanner.policy import sectioned  # noqa: E402

DOCS = ROOT / "corpora" / "text" / "docs"


def cpu() -> float:
    return time.process_time()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    scanner = Scanner()
    paths = sorted(p for p in DOCS.iterdir() if p.is_file())
    data = [(p, p.read_bytes()) for p in paths]
    t0 = cpu()
    documents = []
    for path, raw in data:
        try:
            documents.append(extract_document(str(path), raw, scanner.config.limits))
        except Exception:  # containers (e-mails) are not single documents
            continue
    extract = cpu() - t0
    long_docs = [d for d in documents if sum(len(s.text) for s in d.segments) >= sections_module.WHOLE_CHARS]
    short_docs = [d for d in documents if d not in long_docs]

    real_split = sectioned.split_sections

    def one_section(text, starts=(), locations=()):
        return [sections_module.Section(0, len(text), "whole")] if text.strip() else []

    def run(docs, split) -> float:
        sectioned.split_sections = split
        start = cpu()
        for d in docs:
            scanner._judge(d)
        sectioned.split_sections = real_split
        return cpu() - start

    timings: dict[str, list[float]] = {
        k: [] for k in ("whole", "sections", "whole_long", "sections_long", "whole_short", "sections_short")
    }
    for _ in range(args.repeat):
        timings["whole"].append(run(documents, one_section))
        timings["sections"].append(run(documents, real_split))
        timings["whole_long"].append(run(long_docs, one_section))
        timings["sections_long"].append(run(long_docs, real_split))
        timings["whole_short"].append(run(short_docs, one_section))
        timings["sections_short"].append(run(short_docs, real_split))
    med = {k: statistics.median(v) for k, v in timings.items()}
    counts = []
    for d in long_docs:
        a = scanner.detector.analyze(d)
        counts.append(len(real_split(a.text, a.segment_starts, a.locations)))
    print(f"documents: {len(documents)} ({len(long_docs)} of {sections_module.WHOLE_CHARS:,}+ characters)")
    print(f"extract (floor), once: {extract:.2f} s CPU")
    print(f"sections / whole      = {med['sections'] / med['whole']:.3f}x CPU (all documents)")
    short = med["sections_short"] / med["whole_short"]
    print(f"sections / whole      = {short:.3f}x CPU (shorter documents)")
    print(f"sections / whole      = {med['sections_long'] / med['whole_long']:.3f}x CPU (split documents)")
    print(f"sections / extract    = {med['sections'] / extract:.3f}x CPU (judging against reading)")
    print(f"sections per split document: {statistics.mean(counts):.1f} (max {max(counts)})")


if __name__ == "__main__":
    main()
