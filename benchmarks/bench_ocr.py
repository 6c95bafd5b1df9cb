"""OCR fidelity and cost on the scans of the held-out carriers corpus, against the text they
were rendered from (corpora/carriers-a/content.py), with and without erasing table ruling
lines before Tesseract, and with and without reading low-confidence Chinese pages again with
`chi_tra` (plus the traditional-script card of tests/fixtures). Times are ratios measured in
the same run, in wall time and in CPU time (Tesseract's, as child processes).

    python benchmarks/bench_ocr.py
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "corpora" / "carriers-a"))

import content  # noqa: E402
import pypdfium2 as pdfium  # noqa: E402
from PIL import Image  # noqa: E402

from scanner.extract import ocr  # noqa: E402

SCANS = ROOT / "corpora" / "carriers-a" / "scans"
TRADITIONAL_CARD = ROOT / "tests" / "fixtures" / "zh_hant_sintering_card_scan.png"


def cpu() -> float:
    """CPU seconds of this process and of the Tesseract processes it waited for."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def source_text(doc: dict) -> str:
    parts: list[str] = []
    for block in doc["blocks"]:
        if block[0] in ("h", "p", "sig"):
            parts.append(block[1])
        elif block[0] == "table":
            parts.extend(" ".join(row) for row in block[1])
    return "".join("".join(parts).split())


def page_image(path: Path):
    if path.suffix == ".pdf":
        return pdfium.PdfDocument(str(path))[0].render(scale=300 / 72).to_pil()
    return Image.open(path)


def run(erase_rules: bool) -> tuple[float, float, dict[str, float]]:
    keep = ocr.remove_rules
    if not erase_rules:
        ocr.remove_rules = lambda image: image
    scores: dict[str, float] = {}
    started = time.perf_counter()
    try:
        for doc in content.SCAN_DOCS:
            text = ocr.recognise(ocr.prepare(page_image(SCANS / doc["name"])), 120)
            got = "".join(text.split())
            scores[doc["name"]] = difflib.SequenceMatcher(None, source_text(doc), got, autojunk=False).ratio()
    finally:
        ocr.remove_rules = keep
    return sum(scores.values()) / len(scores), time.perf_counter() - started, scores


def traditional(reread: bool) -> tuple[float, float, bool]:
    """Wall and CPU seconds to read every scan and the traditional card, and whether the card's
    氫破 was read, with or without the `chi_tra` re-reading of low-confidence Chinese pages."""
    keep = ocr.engine
    installed = keep()
    if not reread:
        languages = tuple(lang for lang in installed.languages if lang != "chi_tra")
        ocr.engine = lambda: dataclasses.replace(installed, languages=languages)
    pages = [page_image(SCANS / doc["name"]) for doc in content.SCAN_DOCS]
    pages.append(Image.open(TRADITIONAL_CARD))
    wall, spent = time.perf_counter(), cpu()
    try:
        texts = [ocr.recognise(ocr.prepare(page), 120) for page in pages]
    finally:
        ocr.engine = keep
    card = texts[-1]
    return time.perf_counter() - wall, cpu() - spent, ("氫破" in card or "氢破" in card)


def main() -> None:
    if ocr.engine() is None:
        raise SystemExit("Tesseract is not installed (tools/install-system-packages.sh)")
    plain_mean, plain_time, _ = run(erase_rules=False)
    mean, seconds, scores = run(erase_rules=True)
    print(f"scans: {len(scores)}  engine: {ocr.engine().description}")
    print(f"text similarity to the source, ruling lines kept:   {plain_mean:.3f}")
    print(f"text similarity to the source, ruling lines erased: {mean:.3f}")
    print(f"time, erased / kept = {seconds / plain_time:.2f}x  ({seconds / len(scores):.2f} s per page here)")
    worst = sorted(scores.items(), key=lambda kv: kv[1])[:3]
    print("hardest pages: " + ", ".join(f"{name} {score:.3f}" for name, score in worst))
    if "chi_tra" in ocr.engine().languages:
        off_wall, off_cpu, off_found = traditional(reread=False)
        on_wall, on_cpu, on_found = traditional(reread=True)
        print(
            f"chi_tra re-reading, on / off: wall {on_wall / off_wall:.2f}x, CPU {on_cpu / off_cpu:.2f}x; "
            f"traditional card 氫破 read: {on_found} (off: {off_found})"
        )


if __name__ == "__main__":
    main()
