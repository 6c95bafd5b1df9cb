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
