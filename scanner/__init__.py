"""Rare-earth technology export-control scanner (MOFCOM 1E902).

>>> from scanner import scan_paths, ScanConfig
>>> for verdict in scan_paths(["samples/"], ScanConfig()):
...     print(verdict.path, verdict.verdict)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from scanner.config import Limits, ScanConfig, Thresholds
from scanner.types import Verdict

if TYPE_CHECKING:
    from scanner.pipeline import Scanner, scan_paths

__version__ = "0.1.0"
__all__ = ["Limits", "ScanConfig", "Scanner", "Thresholds", "Verdict", "__version__", "scan_paths"]


def __getattr__(name: str):
    """`Scanner` and `scan_paths` load spaCy and the readers: imported when first asked for,
    so that `scanner --version` and `--help` start at once."""
    if name in ("Scanner", "scan_paths"):
        from scanner import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'scanner' has no attribute {name!r}")
