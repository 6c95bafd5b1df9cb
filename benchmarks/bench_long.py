"""Long files: does a scan's time grow with a file's size, and not faster?

Generates, with a fixed seed, files of each kind at a size and at twice that size (a CSV export,
a plain-text log, a DOCX report, an XLSX sheet, a PDF, an e-mail thread of quoted replies, a
zip of many small files), then measures in one process, interleaved and repeated (the best of
`--repeat` CPU times):

- the floor of each file: its fastest extraction and one Aho-Corasick pass of every lexicon
  form (`bench_sweep.fast_text` and the same automaton as `bench_sweep.floor`);
- the scanner on it (`Scanner.scan_paths`, a loaded scanner: start-up is `bench_sweep`'s
  business).

Sizes stay under the scanner's text limit (4 M characters), past which a file is read no
further and its growth says nothing. Reports, per kind, scan CPU at each size, the growth from
one size to twice it (2.0 is linear; a cost that grows with the square of the size shows as 3
or more) and the scan against its floor. Wall time is printed beside CPU time.

    python benchmarks/bench_long.py [--scale 1.0] [--repeat 2] [--keep DIR]

`--scale` multiplies every size (0.25 for a quick look).
"""

from __future__ import annotations

import argparse
import email.message
import random
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_sweep import (  # noqa: E402
    CONTROLLED,
    WORDS,
    compile_scanner,
    fast_text,
    lexicon_automaton,
    sentence,
    text_for,
)


def _csv(path: Path, n: int, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("id,date,customer,region,product,quantity,price,status,notes\n")
        for i in range(n * 1000):
            words = " ".join(rng.choice(WORDS) for _ in range(4))
            f.write(
                f"{i},2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},{rng.choice(WORDS)},"
                f"{rng.choice(WORDS)},{rng.choice(WORDS)},{rng.randint(1, 500)},{rng.random() * 100:.2f},"
                f"{rng.choice(WORDS)},{words}\n"
            )


def _text(path: Path, n: int, rng: random.Random) -> None:
    parts = []
    for i in range(n * 50):
        parts.append(f"{i + 1}. Section {i + 1}\n" + "\n".join(text_for(rng, i % 40 == 0, 6)))
    path.write_text("\n\n".join(parts), encoding="utf-8")


def _docx(path: Path, n: int, rng: random.Random) -> None:
    from docx import Document

    doc = Document()
    for i in range(n * 150):
        if i % 10 == 0:
            doc.add_heading(f"{i // 10 + 1}. Part {i // 10 + 1}", level=1)
        doc.add_paragraph(" ".join(text_for(rng, i % 50 == 0, 2)))
    doc.save(path)


def _xlsx(path: Path, n: int, rng: random.Random) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["温度(℃)", "time (h)", "O/A", "pH", "note"])
    for _ in range(n * 2000):
        sheet.append(
            [rng.randint(20, 900), round(rng.random() * 10, 2), "1:2", round(rng.random() * 14, 2), "ok"]
        )
    book.save(path)


def _pdf(path: Path, n: int, rng: random.Random) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=10)
    for i in range(n * 15):
        pdf.add_page()
        paras = [p for p in text_for(rng, False, 8) if p.isascii()]
        pdf.multi_cell(0, 5, f"{i + 1}. Chapter {i + 1}\n" + "\n".join(paras))
    pdf.output(str(path))


def _email(path: Path, n: int, rng: random.Random) -> None:
    replies = []
    for i in range(n * 20):
        quoted = "\n".join("> " * (1 + i % 3) + p for p in text_for(rng, i % 60 == 0, 3))
        replies.append(
            f"On Mon, 3 Mar 2025 at 10:{i % 60:02d}, person{i} <p{i}@example.com> wrote:\n{quoted}"
        )
    message = email.message.EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@example.com", "b@example.com", "thread"
    message.set_content("\n\n".join(replies))
    path.write_bytes(bytes(message))


def _zip(path: Path, n: int, rng: random.Random) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(n * 200):
            z.writestr(f"d{i % 20}/note{i}.txt", " ".join(sentence(rng) for _ in range(20)))
        z.writestr("process/sinter.txt", CONTROLLED[0])


KINDS: dict[str, tuple[str, Callable[[Path, int, random.Random], None]]] = {
    "csv": (".csv", _csv),
    "text": (".txt", _text),
    "docx": (".docx", _docx),
    "xlsx": (".xlsx", _xlsx),
    "pdf": (".pdf", _pdf),
    "email": (".eml", _email),
    "zip": (".zip", _zip),
}


def generate(root: Path, scale: float) -> dict[str, list[Path]]:
    """Each kind at a base size and at twice it."""
    out: dict[str, list[Path]] = {}
    for kind, (suffix, make) in KINDS.items():
        base = max(1, round(10 * scale))
        for n in (base, 2 * base):
            path = root / f"{kind}-{n}{suffix}"
            make(path, n, random.Random(f"{kind}-{n}"))
            out.setdefault(kind, []).append(path)
    return out


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="generate the files here and keep them")
    args = parser.parse_args()
    compile_scanner()
    from scanner.pipeline import Scanner

    automaton = lexicon_automaton()

    def floor(path: Path) -> None:
        sum(1 for _ in automaton.iter(fast_text(path).lower()))

    scanner = Scanner()
    scanner.warm()
    with tempfile.TemporaryDirectory() as work:
        root = args.keep or Path(work)
        root.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        files = generate(root, args.scale)
        print(
            f"generated {sum(len(v) for v in files.values())} files in {time.perf_counter() - started:.0f} s"
        )
        best: dict[Path, dict[str, tuple[float, float]]] = {}
        for _ in range(args.repeat):
            for paths in files.values():
                for path in paths:
                    runs = best.setdefault(path, {})
                    for name, fn in (
                        ("floor", lambda p=path: floor(p)),
                        ("scan", lambda p=path: list(scanner.scan_paths([str(p)]))),
                    ):
                        w, c = timed(fn)
                        old = runs.get(name)
                        runs[name] = (min(w, old[0]), min(c, old[1])) if old else (w, c)
        print(
            f"{'kind':6} {'size':>9} {'floor CPU':>10} {'scan CPU':>9} {'scan wall':>9} "
            f"{'scan/floor':>10} {'growth x2':>9}"
        )
        for kind, (small, large) in files.items():
            for path in (small, large):
                f, s = best[path]["floor"], best[path]["scan"]
                growth = ""
                if path is large:
                    growth = f"{s[1] / best[small]['scan'][1]:.2f}"
                print(
                    f"{kind:6} {path.stat().st_size / 1e6:7.2f}MB {f[1]:9.3f}s {s[1]:8.3f}s {s[0]:8.3f}s "
                    f"{s[1] / f[1]:9.1f}x {growth:>9}"
                )


if __name__ == "__main__":
    main()
