"""Text normalisation shared by the lexicon compiler and the matchers.

NFKC folds full-width forms and compatibility characters (``ＮｄＦｅＢ`` → ``NdFeB``,
``℃`` → ``°C``, ``m³`` → ``m3``); whitespace and line breaks between CJK characters are removed
(PDFs break Chinese terms across lines); a hyphen at a line break between letters is joined;
every other whitespace run becomes one space; underscores become spaces (exported logs name
columns ``T_bath_C`` or ``j_anode_A_cm2``). Text that reads as words on screen but not to a
word-by-word reading is read as it shows: Cyrillic or Greek look-alike letters inside Latin
words, words spelt out letter by letter, characters that show nothing, right-to-left overrides.
"""

from __future__ import annotations

import collections
import re
import unicodedata

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: the CJK characters, as the inside of a regular expression's character class
CJK_CHARS = _CJK
_CJK_CHAR = re.compile(f"[{_CJK}]")
_CJK_GAP = re.compile(f"(?<=[{_CJK}])\\s+(?=[{_CJK}])")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\n\s*(?=[a-z])")
_SPACES = re.compile(r"\s+")
_CJK_OR_PUNCT = re.compile(f"[{_CJK}\u3000-\u303f]")
#: characters that show nothing (zero-width spaces and joiners, the word joiner, a byte-order
#: mark inside text, soft hyphens, direction marks, the combining grapheme joiner, Hangul fillers,
#: variation selectors, tag characters): 钕\u200b铁硼 reads 钕铁硼 on screen, so it does here; NFKC
#: keeps them. (A thin or hair space shows as a gap, so it is a space, as NFKC makes it: a word
#: split by one reads as two words, as a word split by an ordinary space does; and an accent on a
#: letter shows.)
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164"
    "\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e007f\U000e0100-\U000e01ef]"
)
#: a right-to-left override and what it governs up to its pop or the line's end
_OVERRIDE = re.compile("\u202e([^\u202a-\u202e\n]*)(?:\u202c|(?=\n)|$)")


def _shown(text: str) -> str:
    """`text` with what a right-to-left override governs read both ways: in the order it is
    shown (reversed: a process written backwards under an override reads right on screen) and
    in the order it is stored (a stray override before a line shows it scrambled, but the
    recipient gets the text back by deleting one character). One of the two is the text; the
    other is nonsense that matches nothing."""
    if "\u202e" not in text:
        return text
    return "\n".join(
        f"{_OVERRIDE.sub(lambda m: m.group(1)[::-1], line)}\n{line}" if "\u202e" in line else line
        for line in text.split("\n")
    )


#: zero-width spaces (and the joiners, word joiner, BOM and Mongolian vowel separator, which show
#: as nothing too) between two visible characters
_ZERO_WIDTH_GAP = re.compile("(?<=\\S)[\u200b-\u200d\u2060\ufeff\u180e]+(?=\\S)")
#: … taken for the spaces of a text that has ten times fewer of these
_GAPS_PER_SPACE = 10
_ZERO_WIDTH_ANY = re.compile("[\u200b-\u200d\u2060\ufeff\u180e]")
#: … and, in a text as short as a cell or a title with fewer of them, read both ways
_SHORT = 200


def _zero_width_gaps(text: str) -> str:
    """Zero-width spaces as word breaks where they stand for the spaces: a text whose words are
    all glued by them ("sintering\u200bat\u200b1060") holds far more of them than spaces. Else they
    are dropped with the other invisible characters: put inside a word ("Nd\u200bFeB"), they
    hide it from a word-by-word reading. A short text (a cell, a title) that could be either is
    read both ways, one after the other: one of the readings is nonsense that matches nothing."""
    if _ZERO_WIDTH_ANY.search(text) is None:
        return text
    gaps = len(_ZERO_WIDTH_GAP.findall(text))
    if not gaps:
        return text
    if text.count(" ") * _GAPS_PER_SPACE < gaps:
        return _ZERO_WIDTH_GAP.sub(" ", text)
    if len(text) <= _SHORT:  # "Nd\u200bFeB" or "vacuum\u200bsintering": both readings
        return f"{text}\n{_ZERO_WIDTH_GAP.sub(' ', text)}"
    return text


def has_cjk(text: str) -> bool:
    return not text.isascii() and _CJK_CHAR.search(text) is not None


def cjk_to_space(text: str) -> str:
    """Replace each CJK character (and CJK punctuation) by one space: offsets are kept."""
    return _CJK_OR_PUNCT.sub(" ", text)


def is_cjk(ch: str) -> bool:
    return bool(ch) and _CJK_CHAR.match(ch) is not None


#: what `normalize` changes in an ASCII string: other whitespace than single inner spaces, and
#: underscores (NFKC leaves ASCII as it is; the CJK and hyphen rules need CJK or a line break)
_ASCII_CHANGED = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f_]|  |^ | $|[\"')\]}] [\"'(\[{]")


#: Cyrillic and Greek letters drawn as Latin ones (Unicode's confusables that are the same
#: glyph in common fonts; not the Greek letters science writes, α, μ, ν, τ)
_LOOK_ALIKES = "аеорсухіјѕһԁԛԝӏАВЕКМНОРСТХІЈЅҮԚԜοιΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"
_LATIN_LOOK_ALIKES = str.maketrans(_LOOK_ALIKES, "aeopcyxijshdqwlABEKMHOPCTXIJSYQWoiABEZHIKMNOPTYX")
#: letters drawn as Latin ones that no language of these documents writes words in: small
#: capitals, the Latin alpha and dotless i, and Cherokee and Armenian look-alikes (read as Latin
#: wherever they stand)
_ALWAYS_LOOK_ALIKES = "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢɑıɩꭺᏴᏟᎬᎻᎫᏦᏞᎷᏢᏚᎢᏙᎳᏃᎡᏀᎪᎾօհոսզց"
_ALWAYS_LATIN = str.maketrans(_ALWAYS_LOOK_ALIKES, "ABCDEFGHIJKLMNOPRSTUVWYZaiiABCEHJKLMPSTVWZRGAOohnuqg")
_ANY_ALWAYS_LATIN = re.compile(f"[{_ALWAYS_LOOK_ALIKES}]")
#: the blocks of combining marks (diacritics, their supplements and extended set, those for
#: symbols, half marks)
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
#: Latin letters with accents or other marks (precomposed or combining): a text holding one
_MARKED = re.compile(f"[\u00c0-\u024f{_COMBINING}]")
#: the marks on a Latin letter, once decomposed (but U+030A, the ring of Å: the ångström is no
#: ampere)
_MARKS_ON_LATIN = re.compile(f"(?<=[A-Za-z])(?:(?!\u030a)[{_COMBINING}])+")
#: what glues the words of a line written without spaces, besides hyphens, dots and slashes
#: (other dashes, a minus, middle dots, bullets, a plus, a tilde, an asterisk), as the inside of
#: a character class (`matcher.glued_lines`, and the quick pass's adjacency test)
GLUE_MARKS = "\u2010-\u2015\u2212\u00b7\u2022\u30fb+~*"
_ANY_LOOK_ALIKE = re.compile(f"[{_LOOK_ALIKES}]")  # a quick test first (a sixth of the time)
#: a Latin letter beside a look-alike: a word written in two scripts (not "3 μm")
_MIXED_SCRIPT = re.compile(f"[A-Za-z][{_LOOK_ALIKES}]|[{_LOOK_ALIKES}][A-Za-z]")
_LETTERS = re.compile(r"[^\W\d_]+")
#: a word spelt out with a space after each letter ("s i n t e r i n g"), standing alone
_LETTER_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
#: a gap wider than a space: two white-space characters, a tab or a line break
_WIDE_BEFORE = re.compile(r"(?:\s\s|[\t\n\r])$")
_WIDE_AFTER = re.compile(r"\s\s|[\t\n\r]")
#: what each such word holds (its second and third letters), found in a fifth of the time
_TWO_SPACED = re.compile(r" [^\W\d_] [^\W\d_] ")


def _latin_look_alikes(text: str) -> str:
    """Words written in Latin letters with Cyrillic or Greek look-alikes among them ("NdFeВ"
    with a Cyrillic Ve, "sintеring" with a Cyrillic ie) in Latin letters: they read the same on
    screen. A word all in one script (Russian, Greek) is left as it is."""
    if _ANY_LOOK_ALIKE.search(text) is None or _MIXED_SCRIPT.search(text) is None:
        return text
    return _LETTERS.sub(
        lambda m: m.group().translate(_LATIN_LOOK_ALIKES) if _MIXED_SCRIPT.search(m.group()) else m.group(),
        text,
    )


def _unmarked_latin(text: str) -> str:
    """Latin letters without the accents and marks put on them ("síntéring", "s̶i̶n̶t̶e̶r̶i̶n̶g̶",
    "Bāotóu"), and look-alike letters no language here writes words in as Latin: the lexicon is
    English and Chinese, and the word reads the same on screen."""
    if _ANY_ALWAYS_LATIN.search(text) is not None:
        text = text.translate(_ALWAYS_LATIN)
    if _MARKED.search(text) is None:
        return text
    return unicodedata.normalize("NFC", _MARKS_ON_LATIN.sub("", unicodedata.normalize("NFD", text)))


#: a punctuation mark between two Chinese characters ("钕·铁·硼", "烧、结")
_CJK_PUNCT_GAP = re.compile(f"(?<=[{_CJK}])[·・、/*\\-–—~+|,，.。:：;；_](?=[{_CJK}])")
_CJK_PAIR = re.compile(f"[{_CJK}](?=[{_CJK}])")
#: this many such marks, and three times the characters standing next to each other, make a
#: text whose every character is set apart
_CJK_SET_APART = 6


def _cjk_set_apart(text: str) -> str:
    """Chinese written with the same punctuation mark after every character ("烧·结·钕·铁·硼",
    "1·4·5·0·°C"), without it: it reads as the words on screen. Only where that mark stands
    between two Chinese characters at least `_CJK_SET_APART` times, and three times as often as
    two characters stand next to each other (a list, "稀土元素：钕、镨、镝", keeps its marks)."""
    gaps = _CJK_PUNCT_GAP.findall(text)
    if len(gaps) < _CJK_SET_APART:
        return text
    mark, count = collections.Counter(gaps).most_common(1)[0]
    if count < _CJK_SET_APART or count < 3 * len(_CJK_PAIR.findall(text)):
        return text
    return re.sub(f"(?<=\\S){re.escape(mark)}(?=\\S)", "", text)


def _letter_spaced(text: str) -> str:
    """Words spelt out letter by letter, with wider gaps between words ("s i n t e r e d   a t"),
    joined: they read as words on screen. Only where each letter stands alone between single
    spaces, four letters or more, beside a wider gap (a text of single spaces, "a b c d", is a
    list: no such text is changed, and `normalize` passes it by)."""
    if _TWO_SPACED.search(text) is None:
        return text

    def joined(m: re.Match[str]) -> str:
        start, end = m.span()
        wide = _WIDE_BEFORE.search(text, max(0, start - 2), start) or _WIDE_AFTER.match(text, end)
        return m.group().replace(" ", "") if wide else m.group()

    return _LETTER_SPACED.sub(joined, text)


_WRAPPED = "[\"'(\\[{“‘«][^\\s\"'()\\[\\]{}“”‘’«»]+[\"')\\]}”’»]"
#: three words or more in a row, each in quotes or brackets ('"strip" "casting"', "[jet] [mill]")
_WRAPPED_RUN = re.compile(f"(?<!\\S){_WRAPPED}(?: {_WRAPPED}){{2,}}(?!\\S)")


def _unwrapped(text: str) -> str:
    """Words put one by one in quotes or brackets, three or more in a row, without them: they
    read as the words on screen, and each quote or bracket is a token that breaks a phrase."""
    if _WRAPPED_RUN.search(text) is None:
        return text
    return _WRAPPED_RUN.sub(lambda m: " ".join(word[1:-1] for word in m.group().split(" ")), text)


def normalize(text: str) -> str:
    """Normalise a whole string (no offsets kept)."""
    if text.isascii() and _ASCII_CHANGED.search(text) is None:
        return text  # a cell of a table, a line of a log: most pieces need nothing
    return normalize_in_full(text)


def normalize_in_full(text: str) -> str:
    """`normalize` without its shortcut for ASCII text that needs nothing (which the tests
    check it would leave as it is)."""
    text = unicodedata.normalize("NFKC", _INVISIBLE.sub("", _zero_width_gaps(_shown(text))))
    if not text.isascii():
        text = _unmarked_latin(_latin_look_alikes(text))
    text = _unwrapped(_letter_spaced(text))
    text = text.replace("_", " ")  # snake_case log headers
    text = _HYPHEN_BREAK.sub("", text)
    text = _CJK_GAP.sub("", text)
    if not text.isascii():
        text = _cjk_set_apart(text)
    return _SPACES.sub(" ", text).strip()


def normalize_marked(text: str, marks: tuple[tuple[int, str], ...]) -> tuple[str, tuple]:
    """Normalise a segment whose `marks` name places inside it (lines of a page, cells of a
    row) and return the marks moved to the normalised text.

    Each marked piece is normalised on its own (fast, in C) and the pieces are joined with the
    same rules `normalize` applies inside a piece: nothing between two CJK characters, a
    hyphenated line break joined, one space otherwise.
    """
    if _unchanged_marked(text, marks):
        return text, marks
    bounds = [offset for offset, _ in marks] + [len(text)]
    parts: list[str] = []
    folded: list[tuple[int, str]] = []
    if bounds[0] > 0:
        head = normalize(text[: bounds[0]])
        if head:
            parts.append(head)
    length = sum(len(p) for p in parts)
    for (start, name), end in zip(marks, bounds[1:], strict=True):
        piece = normalize(text[start:end])
        if not piece:
            continue
        if parts:
            prev = parts[-1]
            if is_cjk(prev[-1]) and is_cjk(piece[0]):
                sep = ""
            elif prev.endswith("-") and len(prev) > 1 and prev[-2].islower() and piece[0].islower():
                parts[-1] = prev[:-1]
                length -= 1
                sep = ""
            else:
                sep = " "
            parts.append(sep)
            length += len(sep)
        folded.append((length, name))
        parts.append(piece)
        length += len(piece)
    return "".join(parts), tuple(folded)


def _unchanged_marked(text: str, marks: tuple[tuple[int, str], ...]) -> bool:
    """Whether `normalize_marked` would return `text` and `marks` as they are: ASCII that
    `normalize` leaves alone, each mark after a single space (a row's ``value | value``),
    and no piece ending in a hyphen that the next piece's lower-case letter would join. Each
    piece then loses just its trailing space and the join puts it back, so the text and every
    offset stay as they were."""
    if not text.isascii() or _ASCII_CHANGED.search(text) is not None:
        return False
    previous = -1
    for offset, _ in marks:
        if offset <= previous:
            return False
        previous = offset
        if offset >= len(text):
            return False
        if offset and (text[offset - 1] != " " or text[offset - 2 : offset] == "- "):
            return False
    return True
