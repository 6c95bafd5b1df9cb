"""Words put back together on a PDF page whose glyphs were placed one by one at an even pitch.

Some generators (label and report writers, print drivers, a script that draws each character
in a text object of its own) place every glyph of a proportional font at the same distance from
the last, a word gap being an empty place. PDFium decides where spaces go by the gaps between
glyph boxes, and a narrow letter leaves a wide gap: "Wor k i nst r uct i on … el ect r ol ysi s".
A person reads the page as it is meant; the lexicon matched nothing, and a recipe so drawn came
out `clear` (found by an exploratory test). On such a page the distance from one glyph's origin
to the next is the pitch, the same throughout a line, and a word gap is a place skipped: each
line whose glyphs keep one pitch is read again, a space put where the distance is well over
the pitch or where the page has a space of its own. Lines set as type is normally set (their
distances vary with the glyphs' widths) keep PDFium's text.

Looked at only when the page's text looks broken (many one- and two-letter Latin words), so an
ordinary page costs a regular-expression pass.
"""

from __future__ import annotations

import ctypes
import itertools
import re
from collections import Counter

_LATIN_WORD = re.compile(r"[A-Za-z]+")
#: a page of at least this many Latin words, this share of them one or two letters long, may be
#: broken (ordinary English prose runs at about a fifth; process notes with units a third)
BROKEN_WORDS, BROKEN_SHARE = 20, 0.4
#: a line is pitch-placed when this share of its glyph-to-glyph distances lies within
#: PITCH_TOLERANCE of the most common one, over at least PITCH_GLYPHS glyphs
PITCH_SHARE, PITCH_TOLERANCE, PITCH_GLYPHS = 0.6, 0.03, 8
#: a distance over this many pitches is a word gap (a place skipped makes two)
GAP_PITCHES = 1.5
#: full-width characters (CJK, kana, full-width forms): a line with more than this share of
#: them is set at one pitch by nature, and is left alone
_WIDE = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]")
WIDE_SHARE = 0.1


def looks_broken(text: str) -> bool:
    """Whether a page's text may have its words cut apart (cheap: a regular expression). A page
    of process notes full of units ("at 900 C for 2 h") may pass too: its glyphs' pitch, looked
    at next, decides."""
    words = _LATIN_WORD.findall(text)
    if len(words) < BROKEN_WORDS:
        return False
    return sum(len(w) <= 2 for w in words) >= BROKEN_SHARE * len(words)


def respaced(textpage, text: str) -> str | None:
    """`text` (the page's `get_text_range()`) with the words of its pitch-placed lines put back
    together, or None when no line is pitch-placed."""
    import pypdfium2.raw as raw

    count = min(len(text), raw.FPDFText_CountChars(textpage.raw))
    x, y = ctypes.c_double(), ctypes.c_double()
    out: list[str] = []
    changed = False
    start = 0
    unpitched = 0  # lines long enough to tell that keep no one pitch
    while start < count:
        end = start
        while end < count and text[end] not in "\r\n":
            end += 1
        line = _line(textpage.raw, text, start, end, x, y, raw)
        if isinstance(line, _Unpitched):
            unpitched += 1
            if unpitched >= GIVE_UP_LINES and not changed:
                return None  # set as type is set (a page of process notes full of units)
            line = None
        # kept only where it joins what PDFium cut apart: it never splits a word, and a line it
        # would not join (a pitch that happens to be even) stays as PDFium reads it
        if line is not None and len(line.split()) < len(text[start:end].split()):
            out.append(line)
            changed = True
        else:
            out.append(text[start:end])
        stop = end
        while stop < count and text[stop] in "\r\n":
            stop += 1
        out.append(text[end:stop])
        start = stop
    out.append(text[count:])
    return "".join(out) if changed else None


#: a page whose first this many lines long enough to tell keep no one pitch is left as it is
GIVE_UP_LINES = 4


class _Unpitched:
    """`_line`'s answer for a line long enough to tell whose glyphs keep no one pitch."""


_UNPITCHED = _Unpitched()


def _line(page, text: str, start: int, end: int, x, y, raw) -> str | _Unpitched | None:
    """One line's text put back by pitch; `_UNPITCHED` when its glyphs keep no one pitch; None
    when the line cannot tell (too short, not one left-to-right run)."""
    glyphs: list[tuple[int, float]] = []  # (index, origin x) of the line's own non-space glyphs
    spaces: set[int] = set()  # indices of the page's own spaces (not PDFium's)
    origin = (ctypes.byref(x), ctypes.byref(y))
    for i in range(start, end):
        if text[i].isspace():  # PDFium adds spaces (and line breaks) of its own, never letters
            if raw.FPDFText_IsGenerated(page, i) != 1:
                spaces.add(i)
            continue
        if not raw.FPDFText_GetCharOrigin(page, i, *origin):
            return None
        glyphs.append((i, x.value))
        if len(glyphs) == 2 * PITCH_GLYPHS and not _pitched(
            [b - a for (_, a), (_, b) in itertools.pairwise(glyphs)]
        ):
            return _UNPITCHED  # told by its first glyphs: the rest need not be looked at
    if len(glyphs) < PITCH_GLYPHS:
        return None
    if sum(_WIDE.match(text[i]) is not None for i, _ in glyphs) > WIDE_SHARE * len(glyphs):
        return None  # Chinese and Japanese glyphs keep one pitch as set: PDFium's spaces stand
    steps = [b - a for (_, a), (_, b) in itertools.pairwise(glyphs)]
    if any(s <= 0 for s in steps):
        return None  # not one left-to-right run (columns, overprinting): PDFium's reading stands
    pitch = _pitch(steps)
    if pitch is None:
        return _UNPITCHED
    parts = [text[glyphs[0][0]]]
    for (i, a), (j, b) in itertools.pairwise(glyphs):
        if b - a > GAP_PITCHES * pitch or any(k in spaces for k in range(i + 1, j)):
            parts.append(" ")
        parts.append(text[j])
    return "".join(parts)


def _pitch(steps: list[float]) -> float | None:
    """The pitch that `PITCH_SHARE` of the glyph-to-glyph distances keep, or None."""
    pitch = Counter(round(s, 1) for s in steps).most_common(1)[0][0]
    if pitch <= 0 or sum(abs(s - pitch) <= PITCH_TOLERANCE * pitch for s in steps) < PITCH_SHARE * len(steps):
        return None
    return pitch


def _pitched(steps: list[float]) -> bool:
    """Whether the first glyph-to-glyph distances of a line may keep one pitch (a word gap makes
    one of them two pitches: only a positive, mostly even run passes)."""
    return all(s > 0 for s in steps) and _pitch(steps) is not None
