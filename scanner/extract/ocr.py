"""OCR through the Tesseract command-line program (Debian `tesseract-ocr`, with the `chi-sim` and
`eng` language packs). Tesseract runs as a child process with a timeout, reading the image from
its standard input: nothing is written to disk. Where it is not installed, callers say so and the
file goes to review: a scan that nobody could read is never `clear`."""

from __future__ import annotations

import functools
import io
import subprocess
from dataclasses import dataclass

from scanner.extract.external import ToolFailed, run, which

#: Languages tried, in Tesseract's names; those installed are used together.
WANTED_LANGUAGES = ("chi_sim", "eng")
#: Pages are scaled so their longer side is at most this many pixels (≈300 dpi on A4).
MAX_SIDE = 3600
#: Small images are scaled up: Tesseract reads text of 20–40 px best.
MIN_SIDE = 1400


@dataclass(frozen=True)
class OcrEngine:
    binary: str
    languages: tuple[str, ...]

    @property
    def description(self) -> str:
        return f"Tesseract ({', '.join(self.languages)})"


class OcrUnavailable(Exception):
    """No usable OCR engine; the message says what to install."""


class OcrFailed(Exception):
    """Tesseract ran but did not produce text (timeout, crash, unreadable image)."""


@functools.lru_cache(maxsize=1)
def engine() -> OcrEngine | None:
    """The installed Tesseract and its usable languages, or None."""
    binary = which("tesseract")  # SCANNER_NO_EXTERNAL=tesseract shows the scanner without OCR
    if binary is None:
        return None
    try:
        listed = subprocess.run(
            [binary, "--list-langs"], capture_output=True, timeout=20, check=False
        ).stdout.decode("utf-8", "replace")
    except (OSError, subprocess.SubprocessError):
        return None
    have = {line.strip() for line in listed.splitlines()[1:]}
    languages = tuple(lang for lang in WANTED_LANGUAGES if lang in have)
    return OcrEngine(binary, languages) if languages else None


def unavailable_reason() -> str:
    return (
        "OCR not available: install Tesseract with Chinese and English "
        "(Debian: tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng)"
    )


def prepare(image) -> bytes:  # image: PIL.Image.Image
    """Greyscale, scaled into Tesseract's comfortable range, as PNG bytes."""
    from PIL import Image

    image = image.convert("L")
    width, height = image.size
    side = max(width, height)
    if side > MAX_SIDE:
        scale = MAX_SIDE / side
        image = image.resize((max(1, int(width * scale)), max(1, int(height * scale))), Image.LANCZOS)
    elif side < MIN_SIDE:
        scale = min(3.0, MIN_SIDE / side)
        image = image.resize((int(width * scale), int(height * scale)), Image.LANCZOS)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def recognise(png: bytes, timeout: float) -> str:
    """The text Tesseract reads in one PNG image.

    Chinese first: the `chi_sim` model also reads Latin letters and digits fairly well, while
    `chi_sim+eng` together garble Chinese headings. A page that turns out to be (almost) all
    Latin script is read again with `eng`, which reads English better."""
    ocr = engine()
    if ocr is None:
        raise OcrUnavailable(unavailable_reason())
    first = ocr.languages[0]
    text = _tesseract(ocr.binary, png, first, timeout)
    if first == "chi_sim" and "eng" in ocr.languages and _cjk_share(text) < LATIN_PAGE:
        text = _tesseract(ocr.binary, png, "eng", timeout)
    return text


#: Below this share of CJK characters among letters, a page is read again as English.
LATIN_PAGE = 0.05


def _cjk_share(text: str) -> float:
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    letters = sum(1 for ch in text if ch.isalpha())
    return cjk / letters if letters else 1.0


def _tesseract(binary: str, png: bytes, language: str, timeout: float) -> str:
    try:
        out = run(
            # page segmentation 4: one column of lines of varying size, which keeps a table row
            # or a process step on one line (mode 3 breaks them into fragments)
            [binary, "stdin", "stdout", "-l", language, "--psm", "4"],
            timeout,
            stdin=png,
            # one thread: Tesseract's OpenMP threads slow it down on small pages and shared machines
            env={"OMP_THREAD_LIMIT": "1"},
        )
    except ToolFailed as exc:
        raise OcrFailed(f"OCR: {exc}") from exc
    return out.decode("utf-8", "replace")
