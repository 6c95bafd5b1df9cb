"""Text normalisation shared by the lexicon compiler and the matchers.

NFKC folds full-width forms and compatibility characters (``ＮｄＦｅＢ`` → ``NdFeB``,
``℃`` → ``°C``, ``m³`` → ``m3``); whitespace and line breaks between CJK characters are removed
(PDFs break Chinese terms across lines); a hyphen at a line break between letters is joined;
every other whitespace run becomes one space.
"""

from __future__ import annotations

import re
import unicodedata

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_GAP = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\n\s*(?=[a-z])")
_SPACES = re.compile(r"\s+")
_CJK_OR_PUNCT = re.compile(f"[{_CJK}\u3000-\u303f]")


def has_cjk(text: str) -> bool:
    return _CJK_CHAR.search(text) is not None


def cjk_to_space(text: str) -> str:
    """Replace each CJK character (and CJK punctuation) by one space: offsets are kept."""
    return _CJK_OR_PUNCT.sub(" ", text)


def is_cjk(ch: str) -> bool:
    return bool(ch) and _CJK_CHAR.match(ch) is not None


def normalize(text: str) -> str:
    """Normalise a whole string (no offsets kept)."""
    text = unicodedata.normalize("NFKC", text)
    text = _HYPHEN_BREAK.sub("", text)
    text = _CJK_GAP.sub("", text)
    return _SPACES.sub(" ", text).strip()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Like `normalize`, and also return, for each output character, its index in `text`.

    Used for segments whose `marks` (cells, lines) must be carried over to the normalised text.
    """
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        folded = unicodedata.normalize("NFKC", ch) if ord(ch) > 127 else ch
        for c in folded:
            chars.append(c)
            index.append(i)
    out: list[str] = []
    out_index: list[int] = []
    i = 0
    n = len(chars)
    while i < n:
        c = chars[i]
        if not c.isspace():
            out.append(c)
            out_index.append(index[i])
            i += 1
            continue
        j = i
        while j < n and chars[j].isspace():
            j += 1
        prev = out[-1] if out else ""
        nxt = chars[j] if j < n else ""
        if not out or j >= n:
            pass  # leading/trailing whitespace is dropped, as `normalize` strips
        elif is_cjk(prev) and is_cjk(nxt):
            pass
        elif prev == "-" and "\n" in chars[i:j] and len(out) > 1 and out[-2].islower() and nxt.islower():
            out.pop()
            out_index.pop()
        else:
            out.append(" ")
            out_index.append(index[i])
        i = j
    return "".join(out), out_index


def fold_marks(marks: tuple[tuple[int, str], ...], index: list[int]) -> tuple[tuple[int, str], ...]:
    """Move mark offsets from raw text to normalised text using `index` from
    `normalize_with_map`."""
    import bisect

    folded = []
    for raw_offset, name in marks:
        folded.append((bisect.bisect_left(index, raw_offset), name))
    return tuple(folded)
