"""OCR through the Tesseract command-line program (Debian `tesseract-ocr`, with the `chi-sim`,
`chi-tra` and `eng` language packs). Tesseract runs as a child process with a timeout, reading the image from
its standard input: nothing is written to disk. Where it is not installed, callers say so and the
file goes to review: a scan that nobody could read is never `clear`."""

from __future__ import annotations

import contextlib
import functools
import io
import re
from dataclasses import dataclass

from scanner.extract.external import ToolFailed, run, which

#: Languages tried, in Tesseract's names; those installed are used together.
WANTED_LANGUAGES = ("chi_sim", "chi_tra", "eng")
#: Pages are scaled so their longer side is at most this many pixels (≈300 dpi on A4).
MAX_SIDE = 3600
#: Small images are scaled up: Tesseract reads text of 20–40 px best.
MIN_SIDE = 1400
#: Tesseract's page segmentation mode (see `_tesseract`).
PSM = "4"


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
        listed = run([binary, "--list-langs"], 20).decode("utf-8", "replace")
    except ToolFailed:
        return None
    have = {line.strip() for line in listed.splitlines()[1:]}
    languages = tuple(lang for lang in WANTED_LANGUAGES if lang in have)
    return OcrEngine(binary, languages) if languages else None


def unavailable_reason() -> str:
    return (
        "OCR not available: install Tesseract with Chinese and English "
        "(Debian: tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng)"
    )


#: a picture this many times longer than it is wide (or wider than it is long) is read in pieces
ELONGATED = 4
#: at most this many pieces a picture; the rest is a gap (`strips`)
MAX_STRIPS = 16


def strips(image) -> tuple[list, bool]:  # image: PIL.Image.Image
    """`image` in pieces Tesseract can read: a long screenshot of a chat (1080×16000), a
    panorama of a whiteboard or a single line of text 30,000 pixels wide was scaled down whole
    to 3,600 pixels on its long side, its text to a few pixels high, and read as nothing. Such a
    picture is cut across its length into overlapping pieces twice as long as it is wide (at
    least 1,600 pixels along a strip of text), at most `MAX_STRIPS` of them; True when that
    left some of it unread."""
    width, height = image.size
    tall = height > ELONGATED * width
    if not tall and width <= ELONGATED * height:
        return [image], False
    across, along = (width, height) if tall else (height, width)
    piece = max(2 * across, 1600)
    step = piece - piece // 10  # pieces overlap by a tenth: a line cut by one is whole in the next
    starts = list(range(0, max(1, along - piece // 10), step))
    cut = len(starts) > MAX_STRIPS
    pieces = []
    for start in starts[:MAX_STRIPS]:
        end = min(along, start + piece)
        box = (0, start, width, end) if tall else (start, 0, end, height)
        pieces.append(image.crop(box))
    return pieces, cut


def prepare(image) -> bytes:  # image: PIL.Image.Image
    """Greyscale, scaled into Tesseract's comfortable range, as PNG bytes."""
    from PIL import Image

    if image.mode.startswith("I;16") or image.mode == "I":  # 16- or 32-bit samples (16-bit PGM,
        # TIFF): converting clips every value above 255 to white; scaled to 8 bits instead
        import numpy as np

        samples = np.asarray(image, dtype=np.float64)
        top = samples.max() if samples.size else 0.0
        scale = 255.0 / top if top > 255 else 1.0
        image = Image.fromarray((samples * scale).clip(0, 255).astype(np.uint8), mode="L")
    image = light_background(opaque(image).convert("L"))
    width, height = image.size
    side = max(width, height)
    if side > MAX_SIDE:
        scale = MAX_SIDE / side
        image = image.resize((max(1, int(width * scale)), max(1, int(height * scale))), Image.LANCZOS)
    elif side < MIN_SIDE:
        scale = min(3.0, MIN_SIDE / side)
        image = image.resize((int(width * scale), int(height * scale)), Image.LANCZOS)
    image = remove_rules(deskew(even_lighting(clear_fills(image))))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


#: Darker than this is ink; ruling lines are looked for in ink only.
_INK = 140
#: Anti-aliased edges of a removed line, this light or darker, go with it.
_EDGE = 235


#: a row whose median grey is below this is filled (paper, even greyish, is lighter)
PAPER = 230
#: rows of this share of a page filled: a screenshot of a table with coloured rows
FILLED_ROWS = 0.05
#: a pixel this much darker than a light fill, or lighter than a dark one, is ink
_INK_CONTRAST = 50
_FILL_BLOCK = 128


def clear_fills(grey):  # grey: PIL.Image.Image, mode "L"
    """`grey` with the coloured fills of table rows and cells made white and the text on them
    black, where such fills cover some of its rows: Tesseract took rows of white text on green,
    blue or red, and of black text on yellow or pink (a control screen's alarm list, a
    spreadsheet screenshot), for pictures and dropped them. Each row's fill is the commonest grey
    of each 128-pixel stretch of it; on a dark fill the lighter pixels are ink, on a light one the
    darker. Rows of white or near-white paper are left as they are."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(grey, dtype=np.int16)
    height, width = pixels.shape
    if height < 16 or width < _FILL_BLOCK:
        return grey
    medians = np.median(pixels, axis=1)
    filled = medians < PAPER
    if filled.mean() < FILLED_ROWS:
        return grey
    blocks = width // _FILL_BLOCK
    # each stretch's commonest grey (in steps of 4): the fill, which holds most of its pixels
    # even along a line of dense text (a median there falls into the strokes)
    shades = (pixels[:, : blocks * _FILL_BLOCK] // 4).reshape(height, blocks, _FILL_BLOCK)
    slot = (np.arange(height * blocks).reshape(height, blocks, 1) * 64 + shades).ravel()
    counts = np.bincount(slot, minlength=height * blocks * 64).reshape(height, blocks, 64)
    fill = counts.argmax(axis=2) * 4 + 2
    fill = np.repeat(fill, _FILL_BLOCK, axis=1)
    if fill.shape[1] < width:
        fill = np.concatenate([fill, np.repeat(fill[:, -1:], width - fill.shape[1], axis=1)], axis=1)
    ink = np.where(fill < 128, pixels > fill + _INK_CONTRAST, pixels < fill - _INK_CONTRAST)
    cleared = np.where(ink, 0, 255)
    out = np.where(filled[:, None], cleared, pixels)
    return Image.fromarray(out.astype(np.uint8), mode="L")


#: a page whose paper, seen at low resolution, varies by more than this many grey levels is lit
#: unevenly (a phone photo by a window, a scan with a shadowed fold)
UNEVEN = 60
#: the paper is estimated at 1/`_COARSE` of the page's size
_COARSE = 16


def even_lighting(grey):  # grey: PIL.Image.Image, mode "L"
    """`grey` divided by an estimate of its paper where the paper is lit unevenly: Tesseract
    binarises a page with one threshold, and under a shadow over half a page (a photo) it read
    that half as black, or nothing. The paper is the brightest of each small neighbourhood at
    low resolution (text is dark and thin), smoothed; an evenly lit page is left as it is."""
    import numpy as np
    from PIL import Image, ImageFilter

    width, height = grey.size
    if min(width, height) < 4 * _COARSE:
        return grey
    coarse = grey.reduce(_COARSE).filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(2))
    extremes = coarse.getextrema()
    if extremes[1] - extremes[0] <= UNEVEN:
        return grey
    paper = np.asarray(coarse.resize((width, height), Image.BILINEAR), dtype=np.float32)
    flat = np.asarray(grey, dtype=np.float32) / np.maximum(paper, 1.0) * 255.0
    return Image.fromarray(flat.clip(0, 255).astype(np.uint8), mode="L")


#: angles (degrees) a page is tried at to find its lines level; below `_LEVEL` it is left alone
#: (Tesseract reads a page tilted a degree or two)
_ANGLES = tuple(a / 2 for a in range(-24, 25))
_LEVEL = 2.0
#: the tilt found must make the lines this much sharper than the page as it is
_SHARPER = 1.3


def deskew(grey):  # grey: PIL.Image.Image, mode "L"
    """`grey` turned level where its lines of text are tilted by 2 to 12 degrees (a phone photo
    of a sheet, a page fed askew): Tesseract read a page tilted 9 degrees as nothing. The tilt is
    the angle at which the ink's row profile is sharpest (lines of text and the gaps between
    them), found on a small copy of the page."""
    import numpy as np
    from PIL import Image

    width, height = grey.size
    scale = 600 / max(width, height)
    if scale >= 1 or min(width, height) < 200:
        small = grey
    else:
        small = grey.resize((max(1, int(width * scale)), max(1, int(height * scale))), Image.BILINEAR)
    ink = small.point(lambda v: 255 if v < _INK else 0)
    if np.asarray(ink).mean() < 0.5:
        return grey  # (almost) no ink: nothing to level

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.NEAREST), dtype=np.float32).sum(axis=1)
        return float(np.square(np.diff(rows)).sum())

    scores = {angle: sharpness(angle) for angle in _ANGLES}
    best = max(scores, key=scores.__getitem__)
    if abs(best) < _LEVEL or scores[best] < _SHARPER * scores[0.0]:
        return grey
    return grey.rotate(best, resample=Image.BICUBIC, expand=True, fillcolor=255)


def remove_rules(image):  # image: PIL.Image.Image, mode "L"
    """Erase the ruling lines of tables and forms. Tesseract reads a grid of cells as pictures
    and drops whole rows of a parameter table; without the lines, each row reads as one line of
    text. A line is a straight run of ink longer than any character stroke: 1/12 of the page
    width across, 1/25 of its height (or width, if longer) down."""
    import numpy as np
    from PIL import Image

    pixels = np.asarray(image)
    ink = pixels < _INK
    height, width = ink.shape
    across = _runs(ink, max(40, width // 12))
    # relative to the longer side too: a short strip of a page has tall characters for its height
    down = _runs(ink.T, max(40, height // 25, width // 25)).T
    if not across.any() and not down.any():
        return image
    lines = (_grow(across, axis=0) | _grow(down, axis=1)) & (pixels < _EDGE)
    cleaned = pixels.copy()
    cleaned[lines] = 255
    return Image.fromarray(cleaned)


def _runs(mask, length: int):
    """The pixels of `mask` on a horizontal run of at least `length` (cumulative sums: a window
    of `length` is full where its sum is `length`; a pixel is on a run if a full window covers it)."""
    import numpy as np

    rows, cols = mask.shape
    if cols < length:
        return np.zeros_like(mask)
    sums = np.zeros((rows, cols + 1), dtype=np.int32)
    np.cumsum(mask, axis=1, out=sums[:, 1:])
    full = (sums[:, length:] - sums[:, :-length]) == length  # windows starting at 0 .. cols-length
    starts = np.zeros((rows, full.shape[1] + 1), dtype=np.int32)
    np.cumsum(full, axis=1, out=starts[:, 1:])
    x = np.arange(cols)
    low = np.clip(x - length + 1, 0, full.shape[1])
    high = np.clip(x + 1, 0, full.shape[1])
    return (starts[:, high] - starts[:, low]) > 0


def _grow(mask, axis: int, by: int = 2):
    """The mask widened by `by` pixels across the line (lines are drawn a few pixels thick)."""
    import numpy as np

    grown = mask.copy()
    for shift in range(1, by + 1):
        grown |= np.roll(mask, shift, axis=axis) | np.roll(mask, -shift, axis=axis)
    return grown


def recognise(png: bytes, timeout: float) -> str:
    """The text Tesseract reads in one PNG image (`read_page`)."""
    return read_page(png, timeout).text


def read_page(png: bytes, timeout: float) -> Reading:
    """What Tesseract reads in one PNG image: its text, and how sure it was.

    Chinese first: the `chi_sim` model also reads Latin letters and digits fairly well, while
    `chi_sim+eng` together garble Chinese headings. A page read with low confidence may be
    lying on its side or upside down (a landscape table, a sheet fed the wrong way): its
    orientation is detected and, if turned, it is read again upright. A page that turns out to
    be (almost) all Latin script is read again with `eng`, which reads English better."""
    ocr = engine()
    if ocr is None:
        raise OcrUnavailable(unavailable_reason())
    first = ocr.languages[0]
    page = _tesseract(ocr.binary, png, first, timeout)
    if page.confidence < UPRIGHT_CONFIDENCE:
        turned = _upright(ocr.binary, png, timeout)
        if turned is not None:
            again = _tesseract(ocr.binary, turned, first, timeout)
            if again.confidence > page.confidence:
                png, page = turned, again
    if first == "chi_sim" and "eng" in ocr.languages and _cjk_share(page.text) < LATIN_PAGE:
        page = _tesseract(ocr.binary, png, "eng", timeout)
    elif (
        first == "chi_sim"
        and "chi_tra" in ocr.languages
        and page.confidence < TRADITIONAL_CHECK
        and _cjk_share(page.text) >= CHINESE_PAGE
    ):
        # `chi_sim` reads a traditional-script page (Taiwan, Hong Kong) with its confidence
        # down and its rarer characters wrong (氫破 → 毛破): read it again with `chi_tra`
        again = _tesseract(ocr.binary, png, "chi_tra", timeout)
        if again.confidence > page.confidence + TRADITIONAL_MARGIN:
            page = again
    return Reading(mend_units(page.text), page.confidence, page.words)


#: A page of this many words or more read at a mean confidence below LOW_CONFIDENCE was not
#: read: a blurred or coarse scan of text, whose words came out wrong. Measured on pictures of a
#: process card: clean, skewed, photographed and slightly blurred copies read at 62–91 with 55–60
#: words; blurred further, at 39, 19 and 21 (48, 29 and 17 words, the process terms lost, and
#: the file was clear). Pictures without text (photos, drawings, logos) read at most 13 words.
DOUBT_WORDS = 15
LOW_CONFIDENCE = 55.0


@dataclass(frozen=True)
class Reading:
    """What OCR read in one picture: the text, the mean confidence of its words (0–100; 0 when
    none was read) and how many words there were."""

    text: str
    confidence: float = 0.0
    words: int = 0

    def doubt(self) -> str | None:
        """Why the reading cannot count as the picture read, if it cannot (a person should look
        at the picture: the text it holds was not read reliably)."""
        if self.words >= DOUBT_WORDS and self.confidence < LOW_CONFIDENCE:
            return (
                f"OCR read its text at low confidence (mean {self.confidence:.0f} of 100 over "
                f"{self.words} words): a blurred or coarse picture of text, not read reliably"
            )
        return None

    @classmethod
    def joined(cls, readings: list[Reading]) -> Reading:
        """Pieces of one picture read one by one, as one reading."""
        words = sum(r.words for r in readings)
        mean = sum(r.confidence * r.words for r in readings) / words if words else 0.0
        return cls("\n".join(r.text for r in readings), mean, words)


#: a degree sign as Tesseract's Chinese models read it after a number: "1065 。C", '560"C',
#: "890*C", "490'C", "1060°c"; and ℃ read as "。C" or "*C"
_DEGREE = re.compile(r"(?<=\d)\s?[。°º˚*\"'’”]\s?[Cc](?=$|[^A-Za-z]|[xX]\s?\d)")
#: "×" read as x between a temperature and the time it is held: "1065 °Cx4.5 h"
_TIMES = re.compile(r"(?<=°C)\s?[xX]\s?(?=\d)")


def mend_units(text: str) -> str:
    """OCR's readings of the degree sign and the multiplication sign after a number, written
    as they stand on the page (°C, ×): the value finder did not take "1065 。Cx4.5 h" for a
    temperature and a time, and a Chinese process card read by OCR lost its temperatures, its
    heaviest evidence (found by an exploratory test of pictures)."""
    if not any(c.isdigit() for c in text):
        return text
    return _TIMES.sub(" × ", _DEGREE.sub(" °C", text))


#: Below this share of CJK characters among letters, a page is read again as English.
LATIN_PAGE = 0.05
#: A Chinese page (this share of CJK among letters or more) that `chi_sim` reads with a mean
#: confidence below TRADITIONAL_CHECK is read again with `chi_tra`, and that reading kept when
#: it is TRADITIONAL_MARGIN more confident. A clean simplified page reads at about 83 with
#: `chi_sim` and 82 with `chi_tra`; a traditional one at 75 and 82.
CHINESE_PAGE = 0.3
TRADITIONAL_CHECK = 80.0
TRADITIONAL_MARGIN = 2.0
#: Mean word confidence (0–100) below which a page's orientation is checked. Upright pages of
#: the test scans read at 78–91; the same pages turned 180° read at about 20.
UPRIGHT_CONFIDENCE = 55.0
_ROTATE = re.compile(r"Rotate:\s*(\d+)")
_ORIENTATION_CONFIDENCE = re.compile(r"Orientation confidence:\s*([\d.]+)")


@dataclass(frozen=True)
class _Page:
    text: str
    confidence: float  # mean word confidence, 0 when no word was read
    words: int = 0  # words with a confidence


def _cjk_share(text: str) -> float:
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    letters = sum(1 for ch in text if ch.isalpha())
    return cjk / letters if letters else 1.0


def _tesseract(binary: str, png: bytes, language: str, timeout: float) -> _Page:
    """One page read as TSV (words with their line and confidence), put back into lines."""
    out = _run(
        # page segmentation 4: one column of lines of varying size, which keeps a table row or
        # a process step on one line (mode 3 breaks them into fragments)
        [binary, "stdin", "stdout", "-l", language, "--psm", PSM, "tsv"],
        png,
        timeout,
    )
    lines: dict[tuple[str, ...], list[str]] = {}
    confidences: list[float] = []
    for row in out.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue  # level 5 rows are words
        lines.setdefault(tuple(cells[1:5]), []).append(cells[11].strip())
        with contextlib.suppress(ValueError):
            confidences.append(float(cells[10]))
    text = "\n".join(_join(words) for words in lines.values())
    return _Page(text, sum(confidences) / len(confidences) if confidences else 0.0, len(confidences))


def _join(words: list[str]) -> str:
    """Words of a line, with a space only where the script has one: Tesseract splits Chinese
    into words, but Chinese is written without spaces."""
    out = words[0] if words else ""
    for word in words[1:]:
        out += word if not out[-1].isascii() and not word[0].isascii() else " " + word
    return out


def _upright(binary: str, png: bytes, timeout: float) -> bytes | None:
    """The page turned upright, if Tesseract's orientation detection says it is turned."""
    from PIL import Image

    try:
        report = _run([binary, "stdin", "stdout", "--psm", "0"], png, timeout)
    except OcrFailed:
        return None  # too little text to tell (or no osd data): keep the page as it is
    rotate = _ROTATE.search(report)
    confident = _ORIENTATION_CONFIDENCE.search(report)
    if not rotate or int(rotate.group(1)) % 360 == 0 or not confident or float(confident.group(1)) < 1.0:
        return None
    image = Image.open(io.BytesIO(png)).rotate(-int(rotate.group(1)), expand=True, fillcolor=255)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _run(command: list[str], png: bytes, timeout: float) -> str:
    try:
        # one thread: Tesseract's OpenMP threads slow it down on small pages and shared machines
        out = run(command, timeout, stdin=png, env={"OMP_THREAD_LIMIT": "1"})
    except ToolFailed as exc:
        raise OcrFailed(f"OCR: {exc}") from exc
    return out.decode("utf-8", "replace")


def opaque(image):  # image: PIL.Image.Image
    """`image` laid on white paper where it has transparency (an alpha channel, or a palette
    with a transparent index, as exports and screenshots write them): converted to grey as it
    is, a transparent background takes its hidden colour (often black), and black text on it
    was read as nothing."""
    from PIL import Image

    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode in ("P", "L", "RGB") and "transparency" in image.info
    ):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(paper, rgba).convert("RGB")
    return image


#: a picture whose mean grey is below this is light text on a dark ground (an HMI or DCS screen,
#: a dark-mode screenshot, a slide with a dark theme): read inverted
DARK_GROUND = 100


def light_background(grey):  # grey: PIL.Image.Image, mode "L"
    """`grey`, inverted where it is light text on a dark ground: Tesseract reads dark text on a
    light ground, and a control screen's set-points in white on navy came out as noise (a gap,
    `undecoded`) or as nothing."""
    from PIL import ImageOps

    return ImageOps.invert(grey) if dark_ground(grey) else grey


def dark_ground(grey) -> bool:  # grey: PIL.Image.Image, mode "L"
    """Whether `grey` is light text on a dark ground (`DARK_GROUND`), read inverted."""
    from PIL import ImageStat

    return min(grey.size) >= 8 and ImageStat.Stat(grey).mean[0] < DARK_GROUND


def undecoded(image, text: str) -> str | None:
    """Why a rendered scan page looks like a picture that did not decode, if it does:
    black-and-white noise. Garbage CCITT fax data decodes without an error, to page-wide black
    runs; a scanned page with text has a light background and a small share of dark marks, a
    photo has mid-tones, and a blank page is just blank. What OCR reads in noise is junk, so
    noise is a gap whatever OCR returned; but a picture that is light text on a dark ground (a
    control screen) looks like mostly-black noise too, and is no gap where its inverted reading
    reads as text (words, CJK characters)."""
    if min(image.size) < 64:
        return None  # an icon-sized picture: too small to hold a page of text
    grey = opaque(image).convert("L")
    if dark_ground(grey) and _reads_as_text(text):
        return None  # light text on a dark ground, read inverted (`light_background`)
    histogram = grey.histogram()
    total = sum(histogram) or 1
    bilevel = (sum(histogram[:32]) + sum(histogram[224:])) / total
    if bilevel > 0.85:
        dark = dark_row_share(grey)
        # a band of dark rows (a slide's title bar, a form's shaded header) over a page that
        # reads as text is layout; garbage decodes to black over half the page and more
        if dark > 0.1 and not (dark < BANDED and _reads_as_text(text)):
            return "renders as noise"
    return None


#: a page whose mostly-dark rows are fewer than this share is banded (title bars, shaded headers)
BANDED = 0.3
#: what OCR reads in a page of text and not in noise: letters in words of three and more, or
#: CJK characters, this many at least
_TEXT_CHARS = 20
_WORDLIKE = re.compile(r"[A-Za-z]{3,}|[\u3400-\u4dbf\u4e00-\u9fff]")


def _reads_as_text(text: str) -> bool:
    return sum(len(m) for m in _WORDLIKE.findall(text)) >= _TEXT_CHARS


def dark_row_share(grey) -> float:
    """Share of pixel rows that are mostly dark: a text page has hardly any (ruling lines are a
    few rows thin); garbage fax data decodes to page-wide black runs."""
    import numpy as np

    dark = np.asarray(grey) < 128
    return float((dark.mean(axis=1) > 0.6).mean())
