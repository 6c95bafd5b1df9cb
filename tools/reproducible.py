"""Shared by the generators of samples and corpora: byte-identical output from run to run."""

from __future__ import annotations

import os
import sys


def fixed_hash_seed() -> None:
    """Re-run the calling script with PYTHONHASHSEED=0 unless it already runs so. ezdxf orders
    some OBJECTS-section entries through sets of strings, whose order follows the hash seed: with
    a fixed seed the DXF files come out identical every time."""
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
