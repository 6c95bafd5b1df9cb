"""Shared fixtures: the scanner (lexicons and spaCy pipelines) loads once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scanner.config import ScanConfig
from scanner.pipeline import Scanner

ROOT = Path(__file__).resolve().parent.parent
REAL_WORLD = Path(os.environ.get("SCANNER_REAL_WORLD", ROOT.parent / "shared/corpus/real-world"))


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    return Scanner(ScanConfig())


@pytest.fixture(scope="session")
def detector(scanner: Scanner):
    return scanner.detector


def scan_text(scanner: Scanner, text: str, name: str = "doc.txt"):
    return scanner.scan_bytes(name, text.encode("utf-8"))


@pytest.fixture(autouse=True)
def _own_results_cache(tmp_path_factory, monkeypatch) -> None:
    """Every test scans with a results cache of its own (the default one lies under
    XDG_CACHE_HOME): nothing is read from, or left in, the user's cache, and no test sees
    another's results."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
