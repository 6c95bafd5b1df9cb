"""Rare-earth technology export-control scanner (MOFCOM 1E902).

>>> from scanner import scan_paths, ScanConfig
>>> for verdict in scan_paths(["samples/"], ScanConfig()):
...     print(verdict.path, verdict.verdict)
"""

from scanner.config import Limits, ScanConfig, Thresholds
from scanner.pipeline import Scanner, scan_paths
from scanner.types import Verdict

__version__ = "0.1.0"
__all__ = ["Limits", "ScanConfig", "Scanner", "Thresholds", "Verdict", "__version__", "scan_paths"]
