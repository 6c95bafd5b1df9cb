"""Numbers and punctuation that no English lexicon form can match, masked before tokenising.

Tables, logs and NC programs are mostly numbers ("2026-03-14", "1234.56", "X12.345"), and
each new string costs spaCy's tokenizer its prefix, suffix and infix rules and a new vocabulary
entry; that was two fifths of the time of a CSV file. A *letterless* word (a run of non-space
characters without a letter) is tokenised into letterless tokens, which can take part in a
phrase match only as a letterless run of some form's tokens. Such a run, by where it stands in
its form, must be:

- the whole form ("2:17"): found anywhere in the word;
- at the form's start ("(" of "(Pr,Nd)F3"): the word's last tokens, so the word ends with it;
- at the form's end ("17" of "Sm2Co17 2:17"): the word's first tokens, so it begins with it;
- between two tokens with letters ("-" of "Nd-Fe-B" spelt "Nd - Fe - B"): the whole word.

A letterless word that fits none of these can hold no part of any match: it is replaced by a
placeholder of the same length (one token that matches nothing), so offsets, and the breaks
it puts between its neighbours, are kept. The matches found are exactly those of the unmasked
text (tests compare both over the project's own texts).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

#: a letter, as the masking sees one (Unicode word characters less digits and underscore)
_LETTER = re.compile(r"[^\W\d_]")
#: a word (between white space) without one
_LETTERLESS_WORD = re.compile(r"(?<!\S)(?:[\d_]|[^\w\s])+(?!\S)")
#: placeholder characters to choose from: letterless, and a run of any of them is one token
CANDIDATES = ("¤", "~", "|")
#: longer words are left as they are (the placeholder is checked up to this length)
MAX_WORD = 256
#: words whose answer is remembered (one process sees a few hundred thousand distinct numbers)
MEMO_WORDS = 200_000


def _occurrences(run: str, text: str):
    return re.finditer(f"(?={re.escape(run)})", text) if run in text else ()


def _edged(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] may be whole tokens: spaCy's rules never split between two
    digits ("1060" is one token, so its "1" is no token of its own; `test_inert` checks this)."""
    if 0 < start < len(text) and text[start - 1].isdigit() and text[start].isdigit():
        return False
    return not (0 < end < len(text) and text[end - 1].isdigit() and text[end].isdigit())


def letterless(text: str) -> bool:
    return _LETTER.search(text) is None


@dataclass
class InertWords:
    whole: set[str] = field(default_factory=set)
    lead: set[str] = field(default_factory=set)
    trail: set[str] = field(default_factory=set)
    inner: set[str] = field(default_factory=set)
    #: strings that, inside a word, make it untouchable (tokenizer exceptions with a NORM that
    #: is not their own text)
    never: set[str] = field(default_factory=set)
    placeholder: str | None = None  # None: masking is off
    #: what `inert` said of each word seen (tables repeat their numbers and separators)
    _said: dict[str, bool] = field(default_factory=dict, repr=False)
    #: the runs as tuples, for one C call of str.startswith/endswith (None: to be made)
    _edges: tuple[tuple[str, ...], tuple[str, ...]] | None = field(default=None, repr=False)

    def add(self, tokens: list[str]) -> None:
        """A form's tokens (as spaCy splits it)."""
        self._said.clear()
        self._edges = None
        i = 0
        while i < len(tokens):
            if not letterless(tokens[i]):
                i += 1
                continue
            j = i
            while j < len(tokens) and letterless(tokens[j]):
                j += 1
            run = "".join(tokens[i:j])
            if i == 0 and j == len(tokens):
                self.whole.add(run)
            elif i == 0:
                self.lead.add(run)
            elif j == len(tokens):
                self.trail.add(run)
            else:
                self.inner.add(run)
            i = j

    def choose_placeholder(self, count_tokens: Callable[[str], int]) -> None:
        """A character that no form's run holds, whose runs the tokenizer keeps as one token
        (`count_tokens`: how many tokens it makes of a text; called once every run and `never`
        string is in)."""
        self._said.clear()
        self._edges = None
        runs = (*self.whole, *self.lead, *self.trail, *self.inner, *self.never)
        for char in CANDIDATES:
            if any(char in run for run in runs):
                continue
            if all(count_tokens(char * n) == 1 for n in range(2, MAX_WORD + 1)):
                self.placeholder = char
                return

    def inert(self, word: str) -> bool:
        said = self._said.get(word)
        if said is None:
            said = self._inert(word)
            if len(self._said) >= MEMO_WORDS:
                self._said.clear()
            self._said[word] = said
        return said

    def _inert(self, word: str) -> bool:
        if self._edges is None:
            self._edges = (tuple(self.lead), tuple(self.trail))
        leads, trails = self._edges
        low = word.lower()
        for text in (word,) if low == word else (word, low):
            if text in self.inner or any(s in text for s in self.never):
                return False
            if any(_edged(text, m.start(), m.end()) for run in self.whole for m in _occurrences(run, text)):
                return False
            # the tuple tests say whether any run may apply; the loops whether one does
            if (
                leads
                and text.endswith(leads)
                and any(
                    text.endswith(run) and _edged(text, len(text) - len(run), len(text)) for run in self.lead
                )
            ):
                return False
            if (
                trails
                and text.startswith(trails)
                and any(text.startswith(run) and _edged(text, 0, len(run)) for run in self.trail)
            ):
                return False
        return True

    def mask(self, text: str) -> str:
        """`text` with each inert letterless word replaced by placeholders of its length."""
        if self.placeholder is None:
            return text
        pieces: list[str] = []
        last = 0
        for m in _LETTERLESS_WORD.finditer(text):
            word = m.group()
            if not 2 <= len(word) <= MAX_WORD or not self.inert(word):
                continue  # one character: no tokenizing work saved
            pieces.append(text[last : m.start()])
            pieces.append(self.placeholder * len(word))
            last = m.end()
        if not pieces:
            return text
        pieces.append(text[last:])
        return "".join(pieces)
