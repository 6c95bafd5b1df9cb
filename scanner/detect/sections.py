"""Split one analysed document into sections a person can find: pages, sheets, slides, headings,
e-mail bodies and the messages quoted or forwarded inside them, and windows over long text.

A section is judged with its own context (policy/sectioned.py): trade words in a market
chapter do not weaken a process appendix forty pages later. Knows nothing of scores.

Boundaries, in order of strength:
- the reader's own units: a new page, sheet, slide or document part (header, metadata);
- headings: Markdown ``#``, numbered headings (``3.2 Sintering``, ``第三章``, ``三、``),
  appendix/annex lines in Chinese, English, German and Japanese;
- e-mail structure: ``-----Original Message-----``, forwarded-message banners, ``From:``/
  ``发件人：``/``寄件者：``/``Von:``/``差出人:`` header blocks, ``On … wrote:`` / ``于…写道：``,
  and a change in ``>`` quoting depth.
Blocks between boundaries are merged until a section holds at least MIN_CHARS characters, and a
section longer than MAX_CHARS is cut into windows of about WINDOW_CHARS at line ends.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from scanner.types import TITLE_CLOSE, TITLE_OPEN, Location

MIN_CHARS = 1_200  # smaller blocks join their neighbour: a heading and two lines are no section
WHOLE_CHARS = 3_000  # a document shorter than this is one section: a slide deck of five slides is
# read as a whole, its price slide weakening its product slide
MAX_CHARS = 5_000  # longer sections are cut into windows …
WINDOW_CHARS = 3_000  # … of about this size
TAIL_CHARS = 150  # a last block this small (a signature, a disclaimer line) joins the one before
TITLE_CHARS = 60

_MARKDOWN = re.compile(r"^\s{0,3}#{1,6}\s+\S")
_APPENDIX = re.compile(
    r"^\s*(?:附录|附件|附表|附页|附錄|附表|appendix|annex|attachment|anhang|anlage|付録|別紙|別添)"
    r"(?:\s|[a-z0-9ivx一二三四五六七八九十甲乙丙丁:：.、\-–(（]|$)",
    re.IGNORECASE,
)
_CHAPTER = re.compile(r"^\s*第\s*[一二三四五六七八九十百零\d]+\s*[章节節部篇]")
_NUMBERED = re.compile(
    r"^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[一二三四五六七八九十]{1,3}[、.]|[ivx]{1,4}\.|[（(][一二三四五六七八九十\d]{1,2}[)）])"
    r"\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_EMAIL = re.compile(
    r"^\s*(?:-{2,}\s*(?:original message|forwarded message|原始邮件|原始郵件|转发邮件|轉寄郵件|"
    r"weitergeleitete nachricht|ursprüngliche nachricht|転送メッセージ)\s*-{0,}"
    r"|(?:from|发件人|寄件者|寄件人|von|差出人)\s*[:：]\s*\S"
    r"|on\s.{4,160}\swrote:\s*$"
    r"|am\s.{4,160}\sschrieb\s.{0,80}:\s*$"
    r"|.{2,80}(?:于|於).{2,60}写道[:：]\s*$"
    r"|.{2,80}(?:于|於).{2,60}寫道[:：]\s*$)",
    re.IGNORECASE,
)
_END_PUNCT = tuple("。.;；:：,，!！?？")
_TEXTY = re.compile(r"[a-z\u4e00-\u9fff\u3040-\u30ff]", re.IGNORECASE)


@dataclass(frozen=True)
class Section:
    start: int  # character offsets in the analysis text
    end: int
    where: str  # "pages 25–27, Appendix F", "sheet 参数, rows 3–40", "lines 120–160, quoted message"
    #: a window after the first of a long block (`_windows`): where that block starts, whose
    #: opening (a table's title and header rows) speaks for every window of it; else None
    block_start: int | None = None

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end


def heading_title(line: str) -> str | None:
    """The line as a section title when it reads as a heading, else None."""
    text = line.strip()
    if not text or len(text) > 90 or " | " in text or "\t" in text:
        return None  # empty, a paragraph, or a table row (cells are joined with " | ")
    if _MARKDOWN.match(text):
        return text.lstrip("#").strip()
    if _APPENDIX.match(text) or _CHAPTER.match(text):
        return text
    m = _NUMBERED.match(text)
    if m:
        rest = m.group("rest")
        letters = len(_TEXTY.findall(rest))
        # "3.2 Sintering", "三、工艺参数": a short title, not a table row ("1 1080 4.5 h")
        short_title = letters >= 2 and letters >= 0.5 * len(rest.replace(" ", "")) and len(rest) <= 50
        if short_title and not rest.endswith(_END_PUNCT):
            return text
    return None


def _quote_depth(line: str) -> int:
    depth = 0
    for ch in line:
        if ch == ">":
            depth += 1
        elif ch not in " \t":
            break
    return depth


def _unit(location: Location) -> tuple:
    part = location.part or ""
    if part.startswith("metadata"):
        part = "metadata"
    elif part.endswith(" notes"):
        part = part[: -len(" notes")]
    return (location.page, location.sheet, part)


@dataclass
class _Block:
    start: int
    end: int
    title: str
    quoted: bool
    hard: bool  # begins at a new page, sheet, slide or part


def _blocks(text: str, starts: tuple[int, ...], locations: tuple[Location, ...]) -> list[_Block]:
    blocks: list[_Block] = []
    pos = 0
    unit: tuple | None = None
    depth = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if locations:
            index = max(0, bisect.bisect_right(starts, start) - 1)
            this_unit = _unit(locations[min(index, len(locations) - 1)])
        else:
            this_unit = ()
        line_depth = _quote_depth(line)
        title = heading_title(line.lstrip("> ")) if line_depth == 0 else None
        mail = bool(_EMAIL.match(line.lstrip("> ")))
        new_unit = unit is not None and this_unit != unit
        boundary = not blocks or new_unit or title is not None or mail or line_depth != depth
        if boundary and line.strip():
            quoted = line_depth > 0 or mail or (bool(blocks) and blocks[-1].quoted and not new_unit)
            blocks.append(_Block(start, pos, title or "", quoted, new_unit))
        elif blocks:
            blocks[-1].end = pos
        else:
            blocks.append(_Block(start, pos, "", False, False))
        unit = this_unit
        if line.strip():
            depth = line_depth
    if blocks:
        blocks[-1].end = min(blocks[-1].end, len(text))
    return blocks


def _merge(blocks: list[_Block]) -> list[_Block]:
    merged: list[_Block] = []
    for b in blocks:
        if merged and (merged[-1].end - merged[-1].start) < MIN_CHARS:
            last = merged[-1]
            last.end = b.end
            last.title = last.title or b.title
            last.quoted = last.quoted and b.quoted
        else:
            merged.append(_Block(b.start, b.end, b.title, b.quoted, b.hard))
    if len(merged) > 1 and merged[-1].end - merged[-1].start < TAIL_CHARS:
        tail = merged.pop()
        merged[-1].end = tail.end
    return merged


def _windows(text: str, block: _Block) -> list[tuple[int, int]]:
    if block.end - block.start <= MAX_CHARS:
        return [(block.start, block.end)]
    out = []
    start = block.start
    while block.end - start > MAX_CHARS:
        cut = text.rfind("\n", start + WINDOW_CHARS // 2, start + WINDOW_CHARS)
        cut = cut + 1 if cut > start else start + WINDOW_CHARS
        out.append((start, cut))
        start = cut
    out.append((start, block.end))
    return out


def split_sections(
    text: str, starts: tuple[int, ...] = (), locations: tuple[Location, ...] = ()
) -> list[Section]:
    """The document's sections in order; one section when it is short or has no structure."""
    if not text.strip():
        return []
    if len(text) < WHOLE_CHARS:
        return [Section(0, len(text), describe(text, starts, locations, 0, len(text)))]
    sections: list[Section] = []
    for block in _merge(_blocks(text, starts, locations)):
        pieces = _windows(text, block)
        for i, (lo, hi) in enumerate(pieces):
            where = describe(text, starts, locations, lo, hi, block.title, block.quoted)
            if len(pieces) > 1:
                where += f" (part {i + 1} of {len(pieces)})"
            sections.append(Section(lo, hi, where, block.start if i > 0 else None))
    return sections


def _span(values: list[int], one: str, many: str) -> str:
    lo, hi = min(values), max(values)
    return f"{one} {lo}" if lo == hi else f"{many} {lo}–{hi}"


def describe(
    text: str,
    starts: tuple[int, ...],
    locations: tuple[Location, ...],
    lo: int,
    hi: int,
    title: str = "",
    quoted: bool = False,
) -> str:
    """Where a span of the text is, as a person finds it: pages, sheets, slides, lines."""
    bits: list[str] = []
    if locations:
        first = max(0, bisect.bisect_right(starts, lo) - 1)
        last = max(first, bisect.bisect_left(starts, hi) - 1)
        locs = [locations[i] for i in range(first, min(last + 1, len(locations)))]
        pages = [loc.page for loc in locs if loc.page is not None]
        sheets = list(dict.fromkeys(loc.sheet for loc in locs if loc.sheet is not None))
        parts = list(
            dict.fromkeys(_unit(loc)[2] for loc in locs if loc.part and not loc.part.startswith("metadata"))
        )
        lines = [loc.line for loc in locs if loc.line is not None]
        paragraphs = [loc.paragraph for loc in locs if loc.paragraph is not None and not loc.part]
        rows = [loc.row for loc in locs if loc.row is not None]
        if pages:
            bits.append(_span(pages, "page", "pages"))
        if sheets:
            bits.append(("sheet " if len(sheets) == 1 else "sheets ") + ", ".join(sheets[:3]))
        if parts:
            bits.append(parts[0] if len(parts) == 1 else f"{parts[0]} – {parts[-1]}")
        if lines and not pages:
            bits.append(_span(lines, "line", "lines"))
        elif paragraphs and not pages:
            bits.append(_span(paragraphs, "paragraph", "paragraphs"))
        elif rows and not (pages or lines):
            bits.append(_span(rows, "row", "rows"))
    if not bits:
        before = text.count("\n", 0, lo) + 1
        bits.append(_span([before, before + text.count("\n", lo, max(lo, hi - 1))], "line", "lines"))
    if title:  # quoted: it is the document's text (`report/redact.py` masks what is quoted)
        shown = title[:TITLE_CHARS] + ("…" if len(title) > TITLE_CHARS else "")
        bits.append(TITLE_OPEN + shown + TITLE_CLOSE)
    if quoted:
        bits.append("quoted or forwarded message")
    return ", ".join(bits)


def quiet_runs(text: str, marked: list[int]) -> list[tuple[int, int]]:
    """The spans of consecutive lines of `text` none of which holds one of the `marked` offsets
    (blank lines at either end left out), in text order; nothing when no offset is marked."""
    if not marked:
        return []
    marks = sorted(marked)
    runs: list[tuple[int, int]] = []
    start: int | None = None  # the first non-blank line of the run being gathered
    end = 0  # the end of its last non-blank line
    pos = 0
    for line in text.split("\n"):
        lo, pos = pos, pos + len(line) + 1
        i = bisect.bisect_left(marks, lo)
        if i < len(marks) and marks[i] < lo + len(line) + 1:  # a marked line ends the run
            if start is not None:
                runs.append((start, end))
            start = None
        elif line.strip():
            start = lo if start is None else start
            end = min(lo + len(line), len(text))
    if start is not None:
        runs.append((start, end))
    return runs
