"""Scan settings: built once, passed down. No global state."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


def default_lexicon_dir() -> Path:
    """The lexicons shipped with the scanner.

    In a source checkout they are the top-level ``lexicons/`` folder; in an installed wheel they
    are packaged as ``scanner.lexicons``.
    """
    checkout = Path(__file__).resolve().parent.parent / "lexicons"
    if checkout.is_dir() and any(checkout.glob("*.toml")):
        return checkout
    return Path(__file__).resolve().parent / "lexicons"  # installed: scanner/lexicons


def default_model_dir() -> Path:
    """The trained model shipped with the scanner: top-level ``models/`` in a checkout,
    ``scanner.models`` in an installed wheel."""
    checkout = Path(__file__).resolve().parent.parent / "models"
    if checkout.is_dir():
        return checkout
    # installed: scanner/models; where neither exists the scanner runs on rules alone
    return Path(__file__).resolve().parent / "models"


@dataclass(frozen=True)
class Thresholds:
    """Score cut-offs. Recall is favoured: a missed controlled file is a legal risk, a false
    alarm costs a reviewer a minute."""

    controlled: float = 0.62
    review: float = 0.38
    exclusion: float = 1.4  # summed weight of exclusion cues that makes an exclusion
    exclusion_review: float = 0.8  # below `exclusion` but above this: review, not excluded


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 256 * 1024 * 1024
    max_text_chars: int = 4_000_000  # text kept per file; the rest is reported as truncated
    max_pdf_pages: int = 2_000
    max_sheet_cells: int = 2_000_000
    max_evidence: int = 40
    max_image_pixels: int = 150_000_000  # a decompression bomb is refused before decoding
    max_ocr_pages: int = 30  # pages of one file (scanned PDF, multi-page TIFF) read by OCR
    ocr_timeout_seconds: float = 120.0  # one page
    office_timeout_seconds: float = 120.0  # LibreOffice converting one legacy office file
    max_seconds: float = 300.0  # per file, containers included: then `error`, and the scan goes on
    max_memory_bytes: int = 6 * 1024**3  # address space of a scan worker (and what it starts)
    # containers (zip, tar, compressed streams, e-mail): ClamAV-style scan limits
    max_depth: int = 4  # containers inside containers
    max_members: int = 10_000  # per container
    max_member_bytes: int = 128 * 1024 * 1024
    max_container_bytes: int = 512 * 1024 * 1024  # extracted from one container
    max_ratio: int = 200  # decompressed : compressed


@dataclass(frozen=True)
class ScanConfig:
    lexicon_dir: Path = field(default_factory=default_lexicon_dir)
    thresholds: Thresholds = field(default_factory=Thresholds)
    limits: Limits = field(default_factory=Limits)
    follow_symlinks: bool = False
    model_dir: Path = field(default_factory=default_model_dir)
    use_model: bool = True  # False: lexicon rules only (used to build the model's features)
    # With a model, the review threshold chosen with it at training applies unless a caller
    # (e.g. --review-threshold) sets one explicitly.
    review_from_model: bool = True
    # The two-stage scan: a document whose text holds no stage or anchor term (the only ones
    # through which it can score) is judged clear without the deep pass (`detect/quick.py`).
    # False for `explain` (a reader wants every finding) and for building the model's features.
    quick: bool = True
