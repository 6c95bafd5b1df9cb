"""A drive sweep against its floor, cold and warm, in one run (machines are shared and noisy:
ratios, repeated and interleaved; CPU time as well as wall time).

    python benchmarks/bench_sweep.py [--files 2000] [--repeat 2] [--keep DIR]

1. Generates a reproducible mixed corpus (fixed seed): text, CSV, DOCX, XLSX, PPTX, PDF, NC
   programs, DXF drawings, zips and e-mails; mostly ordinary office content, about 3 % with
   rare-earth process technology.
2. Measures, interleaved, `--repeat` times:
   - the floor, in one process: the fastest extraction of every file (raw text; the XML text
     of OOXML parts; PDFium text for PDFs; e-mail and zip members opened with the standard
     library) and one Aho-Corasick pass (pyahocorasick) of every lexicon form over the
     lower-cased text;
   - `scanner scan --no-cache` cold with `--jobs 1` and `--jobs 2`;
   - `scanner scan --cache C`, then three times more: those runs are warm (every file
     unchanged).
   The scanner's bytecode is compiled first, as `pip install` does (an editable install run
   with PYTHONDONTWRITEBYTECODE would compile every module at every start).
3. Reports cold/floor, jobs-2 speed-up, cold/warm, and the peak resident memory of the whole
   process tree of the `--jobs 2` scan, sampled every 0.2 s; and, measured in each round, the
   speed-up this machine gives two processes at all (a pure-Python loop, two copies against
   one: on a shared host two virtual CPUs are not always two free cores).

Issue 11's targets: cold --jobs 1 ≤ 2.0× the floor; --jobs 2 ≥ 1.7× faster than --jobs 1 on an
idle machine; warm ≥ 50× faster than cold; peak memory < 500 MB with --jobs 2.
"""

from __future__ import annotations

import argparse
import compileall
import email
import email.policy
import io
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
#: warm runs per round
WARM_RUNS = 3

WORDS = [
    "budget",
    "meeting",
    "quarterly",
    "report",
    "customer",
    "order",
    "delivery",
    "schedule",
    "invoice",
    "travel",
    "approval",
    "supplier",
    "quality",
    "audit",
    "training",
    "safety",
    "canteen",
    "project",
    "review",
    "minutes",
    "office",
    "holiday",
    "warehouse",
    "shipment",
    "contract",
    "payment",
    "marketing",
    "sales",
    "forecast",
    "team",
    "agenda",
    "action",
    "item",
]
CONTROLLED = [
    "Sintering procedure for sintered NdFeB: jet mill to D50 3.2 μm, orient in 1.8 T, press 1.6 t/cm2, "
    "vacuum sinter 1060 ℃ for 4 h, temper 900 ℃ 2 h then 480 ℃ 3 h, hydrogen decrepitation at 0.2 MPa.",
    "P507 extraction cascade for Pr/Nd separation: 60 stages, O/A 1.5, saponification 36 %, "
    "scrub with 4 mol/L HCl, strip 5 mol/L, mixer-settler residence 5 min.",
    "钕铁硼烧结工艺：气流磨D50 3.0μm，取向磁场1.8T，真空烧结1065℃×4h，一级回火900℃×2h，二级回火500℃×3h。",
]


def sentence(rng: random.Random, n: int = 12) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def text_for(rng: random.Random, controlled: bool, paragraphs: int = 6) -> list[str]:
    paras = [" ".join(sentence(rng) for _ in range(rng.randint(2, 5))) for _ in range(paragraphs)]
    if controlled:
        paras.insert(rng.randint(0, len(paras)), rng.choice(CONTROLLED))
    return paras


def generate(root: Path, count: int, seed: int = 20251009) -> None:
    from docx import Document
    from fpdf import FPDF
    from openpyxl import Workbook
    from pptx import Presentation

    rng = random.Random(seed)
    kinds = ["txt"] * 26 + ["csv"] * 10 + ["docx"] * 15 + ["xlsx"] * 10 + ["pdf"] * 14 + ["pptx"] * 5
    kinds += ["nc"] * 5 + ["dxf"] * 5 + ["zip"] * 5 + ["eml"] * 5
    for i in range(count):
        kind = kinds[i % len(kinds)]
        controlled = rng.random() < 0.03
        folder = root / f"dept-{i % 17:02d}" / f"project-{i % 5}"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"file-{i:05d}.{kind}"
        paras = text_for(rng, controlled)
        if kind == "txt":
            path.write_text("\n\n".join(paras), encoding="utf-8")
        elif kind == "csv":
            rows = ["date,item,quantity,amount"] + [
                f"2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d},{rng.choice(WORDS)},"
                f"{rng.randint(1, 99)},"
                f"{rng.randint(10, 9999)}.{rng.randint(0, 99):02d}"
                for _ in range(rng.randint(20, 200))
            ]
            path.write_text(
                "\n".join(rows) + ("\n# " + CONTROLLED[0] if controlled else ""), encoding="utf-8"
            )
        elif kind == "docx":
            doc = Document()
            for p in paras:
                doc.add_paragraph(p)
            doc.save(path)
        elif kind == "xlsx":
            book = Workbook()
            sheet = book.active
            sheet.append(["item", "quantity", "note"])
            for _ in range(rng.randint(20, 120)):
                sheet.append([rng.choice(WORDS), rng.randint(1, 500), sentence(rng, 5)])
            if controlled:
                sheet.append(["process", "", CONTROLLED[0]])
            book.save(path)
        elif kind == "pdf":
            pdf = FPDF()
            pdf.add_page()
            pdf.set_font("helvetica", size=10)
            for p in paras:
                safe = p.encode("latin-1", "replace").decode("latin-1")
                pdf.multi_cell(0, 5, safe, new_x="LMARGIN", new_y="NEXT")
            pdf.output(str(path))
        elif kind == "pptx":
            deck = Presentation()
            for p in paras[:4]:
                slide = deck.slides.add_slide(deck.slide_layouts[1])
                slide.shapes.title.text = p[:40]
                slide.placeholders[1].text = p
            deck.save(path)
        elif kind == "nc":
            lines = ["%", f"O{1000 + i}"] + [
                f"N{10 * k} G01 X{rng.uniform(0, 100):.3f} Y{rng.uniform(0, 100):.3f} F{rng.randint(50, 900)}"
                for k in range(rng.randint(50, 400))
            ]
            path.write_text("\n".join([*lines, "M30", "%"]), encoding="ascii")
        elif kind == "dxf":
            import ezdxf

            drawing = ezdxf.new()
            space = drawing.modelspace()
            for _ in range(rng.randint(5, 40)):
                space.add_line(
                    (rng.uniform(0, 100), rng.uniform(0, 100)), (rng.uniform(0, 100), rng.uniform(0, 100))
                )
            space.add_text(paras[0][:60])
            drawing.saveas(path)
        elif kind == "zip":
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for k, p in enumerate(paras[:3]):
                    archive.writestr(f"notes-{k}.txt", p)
        elif kind == "eml":
            m = EmailMessage()
            m["From"] = "li.wei@example.com"
            m["To"] = "partner@example.org"
            m["Subject"] = sentence(rng, 4)
            m.set_content("\n\n".join(paras))
            path.write_bytes(m.as_bytes(policy=email.policy.SMTP))


# the floor ----------------------------------------------------------------------------------

_TAG = re.compile(rb"<[^>]+>")
#: The parts of an OOXML package that hold its text (what the scanner reads): the body, headers,
#: footers, notes and comments of a document, the shared strings and sheets of a workbook, the
#: slides and notes of a deck, and the core properties. Styles, themes, settings and font tables
#: hold no document text: a floor that decompressed and stripped them (a python-docx package
#: carries 800 KB of styles) would make the scanner look closer to it than it is.
_TEXT_PARTS = re.compile(
    r"(?:word/(?:document|header\d*|footer\d*|footnotes|endnotes|comments)"
    r"|xl/(?:sharedStrings|worksheets/sheet\d+|comments\d*)"
    r"|ppt/(?:slides/slide\d+|notesSlides/notesSlide\d+)"
    r"|docProps/core)\.xml$"
)


def fast_text(path: Path) -> str:
    suffix = path.suffix.lower()
    data = path.read_bytes()
    if suffix in (".docx", ".xlsx", ".pptx"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = [n for n in z.namelist() if _TEXT_PARTS.fullmatch(n)]
            return " ".join(_TAG.sub(b" ", z.read(n)).decode("utf-8", "replace") for n in parts)
    if suffix == ".pdf":
        import pypdfium2

        pdf = pypdfium2.PdfDocument(data)
        try:
            return " ".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()
    if suffix == ".zip":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    if suffix == ".eml":
        msg = email.message_from_bytes(data, policy=email.policy.default)
        return " ".join(str(p.get_content()) for p in msg.walk() if p.get_content_maintype() == "text")
    return data.decode("utf-8", "replace")


def compile_scanner() -> None:
    """The scanner's bytecode, as `pip install` compiles it: without it (an editable install under
    PYTHONDONTWRITEBYTECODE) every run compiles the package's sources again first."""
    compileall.compile_dir(str(ROOT / "scanner"), quiet=1)


def lexicon_automaton():
    """One Aho-Corasick automaton (pyahocorasick) of every lexicon form, lower-cased: the floor's
    matching pass."""
    import ahocorasick

    from scanner.config import default_lexicon_dir
    from scanner.detect.lexicon import load_lexicon

    automaton = ahocorasick.Automaton()
    for term in load_lexicon(default_lexicon_dir()).terms:
        for form in term.forms:
            if form:
                automaton.add_word(form.lower(), term.id)
    automaton.make_automaton()
    return automaton


def floor(files: list[Path]) -> tuple[float, float]:
    started, cpu = time.perf_counter(), time.process_time()
    automaton = lexicon_automaton()
    hits = 0
    for path in files:
        text = fast_text(path).lower()
        hits += sum(1 for _ in automaton.iter(text))
    return time.perf_counter() - started, time.process_time() - cpu


def scan(root: Path, *args: str, sample_rss: bool = False) -> tuple[float, float, tuple[int, int]]:
    """Wall, CPU (the process tree) and peak memory (KiB, process tree: summed RSS, summed
    PSS) of a scan."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "scanner", "scan", str(root), "--format", "jsonl", "-q", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    peak = (0, 0)
    while sample_rss:
        peak = (max(peak[0], tree_rss_kib(proc.pid)), max(peak[1], tree_rss_kib(proc.pid, "Pss:")))
        try:  # returns as the scan ends: a warm scan of 0.4 s is not rounded to the 0.2 s samples
            proc.wait(timeout=0.2)
            break
        except subprocess.TimeoutExpired:
            continue
    # unsampled: a blocking wait (Popen.wait with a timeout polls, sleeping up to 50 ms between
    # looks, which a warm scan of 0.3 s would carry as a sixth of its time)
    proc.wait()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), peak


def _spin(n: int) -> int:
    total = 0
    for i in range(n):
        total += i * i % 7
    return total


def ceiling(n: int = 10_000_000, tries: int = 3) -> float:
    """The speed-up two processes reach on this machine at this moment: the wall time of a
    pure-Python loop alone, against two copies of it at once, each the best of `tries`,
    alternated (two virtual CPUs of a shared host are not always two free cores; the scan's own
    `--jobs 2` speed-up is read against this)."""
    import multiprocessing

    context = multiprocessing.get_context("fork")

    def run(copies: int) -> float:
        procs = [context.Process(target=_spin, args=(n,)) for _ in range(copies)]
        started = time.perf_counter()
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join()
        return time.perf_counter() - started

    alone, paired = [], []
    for _ in range(tries):
        alone.append(run(1))
        paired.append(run(2))
    return 2 * min(alone) / min(paired)


def tree_rss_kib(pid: int, field: str = "Rss:") -> int:
    """Resident memory of a process tree, KiB. `Rss:` counts a page shared by several processes
    (the workers are forked from the scanner, copy-on-write) once in each; `Pss:` shares it out,
    so the tree's sum is what it really holds."""
    total, pids = 0, [pid]
    while pids:
        p = pids.pop()
        try:
            rollup = Path(f"/proc/{p}/smaps_rollup").read_text()
            total += int(next(line.split()[1] for line in rollup.splitlines() if line.startswith(field)))
            pids.extend(int(c) for c in Path(f"/proc/{p}/task/{p}/children").read_text().split())
        except (OSError, StopIteration):
            continue
    return total


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--keep", type=Path, default=None, help="generate the corpus here and keep it")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-sweep-"))
    root = args.keep or work / "corpus"
    try:
        if not root.exists() or not any(root.iterdir()):
            root.mkdir(parents=True, exist_ok=True)
            t = time.perf_counter()
            generate(root, args.files)
            print(f"generated {args.files} files in {time.perf_counter() - t:.0f} s under {root}", flush=True)
        files = sorted(p for p in root.rglob("*") if p.is_file())
        print(f"{len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.1f} MB")
        compile_scanner()
        rows: dict[str, list[tuple[float, float]]] = {}
        peak = (0, 0)
        ceilings: list[float] = []
        for r in range(args.repeat):
            ceilings.append(ceiling())
            rows.setdefault("floor", []).append(floor(files))
            w, c, _ = scan(root, "--no-cache", "--jobs", "1")
            rows.setdefault("cold j1", []).append((w, c))
            w, c, p = scan(root, "--no-cache", "--jobs", "2", sample_rss=True)
            rows.setdefault("cold j2", []).append((w, c))
            peak = (max(peak[0], p[0]), max(peak[1], p[1]))
            cache = work / f"cache-{r}.sqlite"
            scan(root, "--cache", str(cache), "--jobs", "2")
            for _ in range(WARM_RUNS):  # a warm run is short: its median over a few
                w, c, _ = scan(root, "--cache", str(cache), "--jobs", "2")
                rows.setdefault("warm", []).append((w, c))
            print(
                f"round {r + 1}: "
                + ", ".join(f"{k} {v[-1][0]:.1f} s wall {v[-1][1]:.1f} s CPU" for k, v in rows.items())
                + f"; two-process ceiling {ceilings[-1]:.2f}x",
                flush=True,
            )

        def med(key: str, i: int) -> float:
            return statistics.median(x[i] for x in rows[key])

        cold_wall, cold_cpu = med("cold j1", 0) / med("floor", 0), med("cold j1", 1) / med("floor", 1)
        print(f"cold --jobs 1 / floor: {cold_wall:.1f}x wall, {cold_cpu:.1f}x CPU (target <= 2.0x)")
        speedup = med("cold j1", 0) / med("cold j2", 0)
        print(f"--jobs 2 speed-up over --jobs 1: {speedup:.2f}x wall (target >= 1.7x on an idle machine)")
        top = statistics.median(ceilings)
        print(
            f"this machine's two-process ceiling (a pure-Python loop, 2 copies against 1): {top:.2f}x; "
            f"the scan reaches {speedup / top:.0%} of it"
        )
        warm = med("cold j2", 0) / med("warm", 0), med("cold j2", 1) / med("warm", 1)
        print(f"warm / cold --jobs 2: {warm[0]:.1f}x faster (wall), {warm[1]:.1f}x (CPU) (target >= 50x)")
        per_cpu = len(files) / med("floor", 1), len(files) / med("cold j1", 1)
        print(f"files per CPU-second: floor {per_cpu[0]:.0f}, cold scan {per_cpu[1]:.1f}")
        print(
            f"peak memory of the --jobs 2 process tree: {peak[1] / 1024:.0f} MiB proportional (PSS), "
            f"{peak[0] / 1024:.0f} MiB summed RSS (shared pages counted in every process) (target < 500 MB)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
