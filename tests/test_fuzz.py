"""Seeded mutations of the samples (flipped bits, truncations, spliced garbage), scanned the way
the CLI scans: every file gets a verdict, none is an internal error, a crash or a timeout."""

from __future__ import annotations

import random
from pathlib import Path

from scanner.config import ScanConfig
from scanner.crawl.walk import walk
from scanner.parallel import WorkerPool
from scanner.pipeline import Scanner

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    buf = bytearray(data)
    mode = rng.choice(["flip", "truncate", "splice"])
    if mode == "flip":
        for _ in range(max(1, len(buf) // 400)):
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
    elif mode == "truncate":
        buf = buf[: rng.randrange(1, len(buf))]
    else:
        i = rng.randrange(len(buf))
        buf[i : i + 64] = bytes(rng.randrange(256) for _ in range(64))
    return mode, bytes(buf)


def test_mutated_samples_never_break_the_scan(tmp_path: Path) -> None:
    rng = random.Random(20261124)
    written = 0
    for sample in sorted(SAMPLES.iterdir()):
        data = sample.read_bytes()
        for n in range(2):
            mode, mutated = mutate(data, rng)
            (tmp_path / f"{sample.stem}-{n}-{mode}{sample.suffix}").write_bytes(mutated)
            written += 1
    verdicts = list(WorkerPool(Scanner(ScanConfig()), jobs=2, time_limit=60).scan(walk([str(tmp_path)])))
    top = [v for v in verdicts if "!" not in v.path]
    assert len(top) == written
    bad = {
        v.path: v.error
        for v in verdicts
        if v.error and any(word in v.error for word in ("internal error", "crashed", "time limit", "stopped"))
    }
    assert bad == {}


#: Formats whose end is part of their structure: cut short, they are never `clear` (the text
#: after the cut, or the whole file, was not read). Plain text and CSV have no such end: what is
#: there is all there is.
STRUCTURED = (".pdf", ".docx", ".xlsx", ".png", ".eml", ".dxf")


def test_truncated_structured_files_are_never_clear(tmp_path: Path) -> None:
    written = []
    for sample in sorted(SAMPLES.iterdir()):
        if sample.suffix.lower() not in STRUCTURED:
            continue
        data = sample.read_bytes()
        for share in (0.2, 0.5, 0.8, 0.95):
            name = f"{sample.stem}-cut{int(share * 100)}{sample.suffix}"
            (tmp_path / name).write_bytes(data[: int(len(data) * share)])
            written.append(name)
    verdicts = list(WorkerPool(Scanner(ScanConfig()), jobs=2, time_limit=60).scan(walk([str(tmp_path)])))
    top = {v.path: v for v in verdicts if "!" not in v.path}
    assert sorted(top) == sorted(written)
    cleared = {p: v.reasons for p, v in top.items() if v.verdict in ("clear", "excluded")}
    assert cleared == {}
