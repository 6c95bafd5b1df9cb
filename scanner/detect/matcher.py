"""Lexicon matching: Chinese forms character by character, the rest word by word (stemmed and
case-folded through NORM), case-sensitive forms (chemical symbols) on their exact text, and
regular expressions for identifiers.

The words are spaCy's: its English tokenizer (`entok.py`, the same algorithm over spaCy's
tables, without importing spaCy) for Latin text, and its Chinese character segmentation
(`char_words`) for the rest. A form matches where its tokens' NORMs (ORTHs for case-sensitive
forms) stand in a row, as spaCy's PhraseMatcher finds them; `tests/detect/test_matcher.py`
checks the matches against spaCy's own matchers (`tests/detect/spacy_reference.py`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

from scanner.detect.entok import EnglishTokenizer, tables
from scanner.detect.identifiers import Identifiers, Match
from scanner.detect.inert import InertWords, letterless
from scanner.detect.lexicon import Lexicon, Term
from scanner.detect.normalize import CJK_CHARS, GLUE_MARKS, cjk_to_space, has_cjk

#: text is matched per chunk of this many characters (split at segment boundaries): memory
#: stays flat on huge files and no term crosses a chunk.
CHUNK_CHARS = 100_000


class Phrases:
    """Token sequences and the terms they stand for, found in a row of tokens as spaCy's
    PhraseMatcher finds them: every occurrence, overlapping ones too, once per term, from the
    first token on, shorter before longer; the terms of one sequence in the order of spaCy's
    hash table of them (`_TermOrder`: which of two terms matching the same words is kept,
    `analyze._longest`, follows it). A trie of tokens, each node's terms under the key None."""

    def __init__(self) -> None:
        self._root: dict = {}

    def add(self, term_id: str, keys: Sequence[str]) -> None:
        if not keys:
            return
        node = self._root
        for key in keys:
            node = node.setdefault(key, {})
        order = node.get(None)
        if order is None:
            order = node[None] = _TermOrder()
        order.add(term_id)

    def find(self, keys: Sequence[str]) -> Iterator[tuple[str, int, int]]:
        """(term id, first token, end token) of every sequence in `keys`."""
        root = self._root
        n = len(keys)
        for i in [i for i, key in enumerate(keys) if key in root]:
            node = root[keys[i]]
            j = i + 1
            while True:
                order = node.get(None)
                if order is not None:
                    for term_id in order.ids:
                        yield term_id, i, j
                if j >= n:
                    break
                node = node.get(keys[j])
                if node is None:
                    break
                j += 1


class _TermOrder:
    """The terms of one token sequence in the order spaCy's PhraseMatcher reports them: its
    trie node holds their string hashes (MurmurHash64A, seed 1, of the UTF-8 name) in a
    preshed hash table of 8 slots to begin with (open addressing, linear probing, doubled when
    three fifths full), read slot by slot."""

    __slots__ = ("_cells", "_filled", "_special", "ids")

    def __init__(self) -> None:
        self._cells: list[tuple[int, str] | None] = [None] * 8
        self._filled = 0
        self._special: dict[int, str] = {}  # the hashes 0 and 1 preshed keeps aside
        self.ids: list[str] = []

    def add(self, term_id: str) -> None:
        key = _term_hash(term_id)
        if self._special.get(key) == term_id or (key, term_id) in self._cells:
            return  # there already (another form of the term, the same tokens): no change
        if key in (0, 1):
            self._special[key] = term_id
        else:
            self._set(key, term_id)
        self.ids = [c[1] for c in self._cells if c is not None] + [
            self._special[k] for k in (0, 1) if k in self._special
        ]

    def _set(self, key: int, term_id: str) -> None:
        cells = self._cells
        size = len(cells)
        i = key & (size - 1)
        while cells[i] is not None and cells[i][0] != key:
            i = (i + 1) & (size - 1)
        if cells[i] is None:
            self._filled += 1
        cells[i] = (key, term_id)
        if (self._filled + 1) * 5 >= size * 3:
            self._cells, self._filled = [None] * (size * 2), 0
            for cell in cells:
                if cell is not None:
                    self._set(*cell)


_MASK = (1 << 64) - 1


@functools.cache
def _term_hash(term_id: str) -> int:
    """`spacy_hash` of a term id, worked out once per process (a term has many forms)."""
    return spacy_hash(term_id)


def spacy_hash(text: str) -> int:
    """spaCy's hash of a string (`StringStore`): MurmurHash64A of its UTF-8, seed 1."""
    data = text.encode("utf-8")
    m, r = 0xC6A4A7935BD1E995, 47
    n = len(data)
    h = (1 ^ (n * m)) & _MASK
    end = n - n % 8
    for i in range(0, end, 8):
        k = (int.from_bytes(data[i : i + 8], "little") * m) & _MASK
        k = ((k ^ (k >> r)) * m) & _MASK
        h = ((h ^ k) * m) & _MASK
    if end < n:
        h = ((h ^ int.from_bytes(data[end:], "little")) * m) & _MASK
    h = ((h ^ (h >> r)) * m) & _MASK
    return h ^ (h >> r)


class TermMatcher:
    """Compiled once per process (see `ARCHITECTURE.md`: pipelines load once, not per file)."""

    def __init__(
        self, lexicon: Lexicon, sets: tuple[str, ...], identifiers: Identifiers | None = None
    ) -> None:
        """`identifiers`: the identifier patterns of these sets' terms, if already compiled."""
        self.en = EnglishTokenizer(tables())
        self._en_fold = Phrases()
        self._en_exact = Phrases()
        self._zh = Phrases()
        self._terms: dict[str, Term] = {}
        self._inert = InertWords()
        for term in lexicon.terms:
            if term.set not in sets:
                continue
            self._terms[term.id] = term
            for form in term.forms:
                if has_cjk(form):
                    words, _ = char_words(form)
                    self._zh.add(term.id, [w.lower() for w in words])
                    continue
                for variant in form_variants(form):
                    tokens = self.en(variant)
                    self._inert.add([t[2] for t in tokens])
                    if term.case_sensitive:
                        self._en_exact.add(term.id, [t[2] for t in tokens])
                    else:
                        self._en_fold.add(term.id, [t[3] for t in tokens])
        self.identifiers = identifiers or Identifiers(t for t in lexicon.terms if t.set in sets)
        # letterless special cases with a NORM of other text ("&" read as "and", say), and
        # letterless words whose NORM is not their stem
        for pieces in self.en.tables.rules.values():
            for orth, norm in pieces:
                if letterless(orth) and norm is not None and norm != orth.lower():
                    self._inert.never.add(orth)
        self._inert.never |= {orth for orth in self.en.tables.norms if letterless(orth)}
        self._inert.choose_placeholder(lambda text: len(self.en(text)))

    def find(self, text: str, identifiers: Iterable[Match] | None = None) -> Iterator[Match]:
        """All matches in `text` (segments joined by newlines), in no particular order;
        `identifiers`: the identifier patterns' matches in it, when already found."""
        for base, chunk in _chunks(text):
            yield from self._find_chunk(chunk, base)
        # identifiers (DOI, ISBN, GB/T, application numbers) open a document
        yield from self.identifiers.find(text) if identifiers is None else identifiers

    def _find_chunk(self, chunk: str, base: int) -> Iterator[Match]:
        terms = self._terms
        cjk = has_cjk(chunk)
        latin = latin_view(chunk, cjk)
        # numbers no form can match are not tokenised (`inert.py`); offsets are kept
        tokens = self.en(self._inert.mask(latin))
        for phrases, key in ((self._en_fold, 3), (self._en_exact, 2)):
            keys = [t[key] for t in tokens]
            for term_id, start, end in phrases.find(keys):
                yield Match(terms[term_id], base + tokens[start][0], base + tokens[end - 1][1])
        if cjk:
            words, starts = _char_tokens(cjk_view(chunk))
            keys = [w.lower() for w in words]
            for term_id, start, end in self._zh.find(keys):
                last = end - 1
                yield Match(terms[term_id], base + starts[start], base + starts[last] + len(words[last]))


def latin_view(chunk: str, cjk: bool) -> str:
    """The text the English pass tokenises, of the same length as `chunk` (offsets hold)."""
    # Chinese writers glue Latin terms to Hanzi ("NdFeB磁体"): CJK characters are blanked out so
    # that the Latin word stands alone
    latin = cjk_to_space(chunk) if cjk else chunk
    latin = glued_lines(_PUNCTUATION_RUN.sub(_thin_out, latin))
    # a line wrapped between two words of a term ("strip\ncasting" in a mail wrapped at 72
    # characters, a text file's lines, a PDF page's): spaCy makes the line break a token of its
    # own, which breaks the phrase; outside tables it is read as the space it stands for
    if "\n" in latin:
        latin = _prose_breaks(latin, _LATIN_LINE_BREAK)
    # a term glued to its value by a sign ("TbF3=40.00kg", "Dy:1.2wt%", "Br≥1.40T", "TbF3,Ca",
    # "|Dy|1.2|"): spaCy keeps "TbF3=40" one word, so the term is not found
    latin = _SIGN_BREAK.sub(_sign_space, latin)
    # a numbered step written without a space ("1.strip casting", "2.3.sintering"): spaCy keeps
    # "1.strip" one word; the step's number is its own
    return _NUMBERED_STEP.sub(r"\1 ", latin)


def word_breaks(text: str) -> str:
    """`text` with a hyphen between two words or a dot between two letters read as a space
    ("strip-casting", "Cyanex-272", "strip.casting"; see `_LETTER_BREAK`), of the same length."""
    if "-" not in text and "." not in text:
        return text
    return _LETTER_BREAK.sub(" ", text)


def glued_lines(text: str) -> str:
    """`text` with its lines whose words are glued by hyphens, dots or other marks instead of
    spaces ("Strip-casting-of-the-alloy-at-1450-C", "strip.casting.then.jet.milling": at least
    `_GLUED` such joins, more than the line's spaces) read with spaces (`_GLUED_BREAK`), of the
    same length: spaCy makes a hyphen a token, which breaks every phrase, and keeps
    "strip.casting" one word. Other lines, whose hyphens join compounds ("grain-boundary
    diffusion", which the lexicon spells both ways), are read as written."""
    if _LETTER_BREAK.search(text) is None and _GLUE.search(text) is None:
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        # an address ("https://doi.org/10.1016/j.jmmm…", "a.b@c.com") is glued by nature
        pieces = _ADDRESS.split(line) if "://" in line or "@" in line or "www." in line else [line]
        words = pieces[::2]  # the pieces between addresses
        joins = sum(len(_LETTER_BREAK.findall(p)) + len(_GLUE.findall(p)) for p in words)
        if joins >= _GLUED and joins > sum(p.count(" ") for p in words):
            pieces[::2] = [_GLUED_BREAK.sub(" ", p) for p in words]
            lines[i] = "".join(pieces)
    return "\n".join(lines)


def form_variants(form: str) -> list[str]:
    """A Latin form as written, and read with spaces for its hyphens and dots where that
    differs (`word_breaks`): "Ce-substituted" is found in a line glued by hyphens too."""
    broken = word_breaks(form)
    return [form] if broken == form else [form, broken]


def cjk_view(chunk: str) -> str:
    """The text the Chinese pass reads character by character, of the same length as `chunk`: a
    line break between two CJK characters is a space, which is no token, where neither line is
    a table's row (a text file's lines are segments of their own, and a Chinese term wrapped at
    the end of a line, "钕铁\n硼", is one term; inside a segment `normalize` already joins
    them; a row's cells are not run on into the next row's)."""
    if "\n" not in chunk:
        return chunk
    return _prose_breaks(chunk, _CJK_LINE_BREAK)


def _prose_breaks(text: str, breaks: re.Pattern[str]) -> str:
    """`text` with each line break `breaks` finds read as a space where neither line is a
    table's row (same length)."""
    return breaks.sub(lambda m: " " if _prose_lines(text, m.start()) else "\n", text)


def _prose_lines(text: str, at: int) -> bool:
    """Whether the lines either side of the line break at `at` are no table rows."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at + 1)
    around = text[start : end if end >= 0 else len(text)]
    return " | " not in around and "\t" not in around


#: a dot between two letters; a hyphen between a letter or digit and another, unless both are
#: digits (a range, a date, a part number), or after a comma, a stop or a colon
_LETTER_BREAK = re.compile(
    r"(?<=[^\W\d_])\.(?=[^\W\d_])|(?<=[^\W\d_])-(?=[^\W_])|(?<=[\d.,;:])-(?=[^\W\d_])|(?<=[.,;:])-(?=\d)"
)
#: this many hyphens or dots between words, and more than its spaces, make a line glued
_GLUED = 3
#: what else glues the words of such a line: other dashes, a minus, dots, a plus, a tilde, an
#: asterisk, a slash between two words
_GLUE = re.compile(f"(?<=[^\\W_])[{GLUE_MARKS}/](?=[^\\W_])")
#: a web or mail address, a chunk of text without white space
_ADDRESS = re.compile(r"(\S*(?:://|@|www\.)\S*)")
#: in a glued line, what is read as a space: any of those marks between two characters that are
#: no white space ("production:–strip", "1450–°C"), but a hyphen, dot or slash between two digits
_GLUED_BREAK = re.compile(f"(?<=\\S)(?:[{GLUE_MARKS}]|(?<!\\d)[-./]|[-./](?!\\d))(?=\\S)")
#: a line break between two letters or digits
_LATIN_LINE_BREAK = re.compile(r"(?<=[^\W_])\n(?=[^\W_])")
#: a line break between two CJK characters
_CJK_LINE_BREAK = re.compile(f"(?<=[{CJK_CHARS}])\n(?=[{CJK_CHARS}])")
#: a run of punctuation longer than any form holds: spaCy takes prefixes and suffixes off a word
#: one at a time, copying the rest each time, so a word of 150,000 brackets took minutes
_PUNCTUATION_RUN = re.compile(r"[^\w\s]{64,}")
#: in the English pass, read as a space: a sign that joins a term to its value or the next cell
#: (=, ≥, ≤, ≈, <, >, ~, ;, | and their full-width forms; no form holds one); a colon only
#: after a word with a letter and before a number ("Dy:1.2", "TbF3:40"; not a ratio, "2:17", a
#: time or an address); a comma only after a digit and before a letter ("TbF3,Ca"; not "1,200"
#: or "(Pr,Nd)")
_SIGN_BREAK = re.compile(r"[=＝≥≤≧≦≈<>~～：;；|｜]|(?<=\d),(?=[^\W\d_])|(?<=[^\W_]):(?=[\d+\-.±])")


def _sign_space(m: re.Match[str]) -> str:
    """A space for a sign `_SIGN_BREAK` found, but a colon after a word without letters stays."""
    if m.group() != ":":
        return " "
    text, at = m.string, m.start()
    start = at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return " " if any(c.isalpha() for c in text[start:at]) else ":"


#: the dot after a step's number glued to the step's first word: "1.strip", "3.2.sintering" (a
#: number that opens a line or follows a space or bracket: not "JM400-05-01.dxf")
_NUMBERED_STEP = re.compile(r"(?<![^\s(\[])((?:\d{1,3}\.){0,3}\d{1,3})\.(?=[^\W\d_]{2})")
#: characters of such a run kept at each end: a form's own punctuation beside its letters
_RUN_EDGE = 8


def _thin_out(m: re.Match[str]) -> str:
    """The run's middle as spaces (same length, so offsets hold): no form can match there, and
    its ends, which may begin or end a form ('(Pr,Nd)F3'), stay."""
    run = m.group()
    return run[:_RUN_EDGE] + " " * (len(run) - 2 * _RUN_EDGE) + run[-_RUN_EDGE:]


def _chunks(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    n = len(text)
    while start < n:
        end = min(n, start + CHUNK_CHARS)
        if end < n:
            cut = text.rfind("\n", start, end)
            if cut > start:
                end = cut + 1
        yield start, text[start:end]
        start = end


def char_words(text: str) -> tuple[list[str], list[bool]]:
    """The words and spaces spaCy's Chinese character segmentation makes of `text` (`words =
    list(text)` aligned by `spacy.util.get_words_and_spaces`): each character not white space
    is a word, followed by a space flag when one " " follows it; any other run of white space
    is a word of its own. The same result in one pass: spaCy's alignment slices the rest of the
    text for every character, which is quadratic (0.24 s for a 100,000-character chunk)."""
    words, starts = _char_tokens(text)
    nexts = [*starts[1:], len(text)] if words else []
    # a word's space is the one " " `_char_tokens` stepped over after it
    return words, [n - s - len(w) == 1 for w, s, n in zip(words, starts, nexts, strict=True)]


def _char_tokens(text: str) -> tuple[list[str], list[int]]:
    """The words of spaCy's Chinese character segmentation (`char_words`), and where each begins
    in `text`."""
    words: list[str] = []
    starts: list[int] = []
    i, n = 0, len(text)
    while i < n:
        starts.append(i)
        if text[i].isspace():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            words.append(text[i:j])
            i = j
            continue
        words.append(text[i])
        i += 1
        if i < n and text[i] == " ":
            i += 1
    return words, starts
