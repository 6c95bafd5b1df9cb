"""The quick pass of the two-stage scan: can a document's text hold a term that scores at all?

A document scores only through the terms of the stage and anchor sets (`policy/scoring.py`:
with no stage term every stage's raw score is 0, and with no anchor the learned model's weight is
cut to `RE_FLOOR`, below the review threshold; `QuickPass.bound` is checked against the
thresholds in use). The deep pass (spaCy tokenisation, phrase matching, values, sections, the
model) is therefore needed only for a text that may hold one of those terms. This module answers
that question without a tokeniser, and answers it conservatively: it may say "maybe" for a text
the deep pass finds nothing in, never "no" for a text it would find a term in.

How each kind of form is looked for:

- **Chinese forms** are matched by spaCy character by character, so a match is the form's
  characters with at most whitespace between them: the form without whitespace is looked for
  (Aho-Corasick, `pyahocorasick`) in the case-folded text without whitespace.
- **Latin forms** are matched token by token on NORM, which is `stem` of the lower-cased word.
  A form can match only where one of its words is a word of the text whose stem (or lower-cased
  text) equals that word's stem: the form's longest word is looked up in the text's word set.
  The text's words are its runs of letters and digits, with CJK characters read as spaces as the
  deep pass reads them; words are also split where spaCy splits inside such a run (a unit after
  digits, "5mm"; a tokenizer exception, "cannot"). A form word whose stem is the NORM spaCy gives
  some other string (an exception: "'cause" → "because") is never chosen as the key.
- **Identifier patterns** run only over text holding a literal they need (`literals.py`): the
  same test says whether they may match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from scanner.detect.lexicon import Lexicon
from scanner.detect.literals import Literal, LiteralTest, required_literals
from scanner.detect.normalize import cjk_to_space, has_cjk
from scanner.detect.stem import stem

#: The term sets through which a document can score (see the module docstring).
SCORING_SETS = ("stage", "anchor")
_WORD = re.compile(r"[^\W_]+")
#: spaCy splits a run of letters and digits only where letters follow digits (a unit: "5mm")
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])")
#: distinct words whose stems are remembered (one process sees a few hundred thousand)
STEM_CACHE = 500_000


class QuickPass:
    """Built once per process from the lexicon and spaCy's English tokenizer exceptions."""

    def __init__(self, lexicon: Lexicon, exceptions: dict[str, list[tuple[str, str]]]) -> None:
        """`exceptions`: spaCy's tokenizer special cases, orth → [(piece orth, piece norm)]."""
        #: lower-cased exception strings made of one word, and the words spaCy splits them into
        self._split: dict[str, tuple[str, ...]] = {}
        unsafe: set[str] = set()  # NORMs spaCy gives strings that do not spell them
        for orth, pieces in exceptions.items():
            low = orth.lower()
            if len(pieces) > 1 and _WORD.fullmatch(low):
                self._split[low] = tuple(p.lower() for p, _ in pieces)
            for piece, norm in pieces:
                if norm and norm.lower() != piece.lower():
                    unsafe.add(norm.lower())
        self._stems: set[str] = set()  # the stem a text word must have …
        self._lowers: set[str] = set()  # … or the lower-cased text it must be
        self._always = False  # a form with no usable key: every text may hold it
        cjk: set[str] = set()
        self._regex: list[frozenset[Literal] | None] = []
        latin: list[list[str]] = []  # each Latin form's candidate key words
        for term in lexicon.terms:
            if term.set not in SCORING_SETS:
                continue
            for pattern in term.regex:
                self._regex.append(required_literals(pattern, ignorecase=True))
            for form in term.forms:
                if not form:
                    continue
                if has_cjk(form):
                    cjk.add("".join(form.lower().split()))
                    continue
                words = self._pieces(_WORD.findall(cjk_to_space(form.lower())))
                words = [w for w in words if w not in unsafe and stem(w) not in unsafe]
                if not words:
                    self._always = True
                latin.append(words)
        # A form of several words needs one of them as its key: the one another form needs
        # anyway if there is one ("sintering schedule" is keyed on "sinter", which the form
        # "sintering" needs, not on "schedule", which every office plan holds), else the longest.
        chosen: set[str] = {stem(words[0]) for words in latin if len(words) == 1}
        for words in sorted((w for w in latin if len(w) > 1), key=len):
            shared = [w for w in words if stem(w) in chosen]
            key = max(shared or words, key=lambda w: (len(stem(w)), w))
            chosen.add(stem(key))
        for words in latin:
            shared = [w for w in words if stem(w) in chosen]
            for key in shared[:1] or words[:1]:
                self._stems.update((stem(key), key))
                self._lowers.add(key)
        self._cjk = ahocorasick.Automaton()
        for key in cjk:
            self._cjk.add_word(key, key)
        self._has_cjk_keys = bool(cjk)
        if cjk:
            self._cjk.make_automaton()
        self._stem_cache: dict[str, str] = {}

    def may_score(self, text: str) -> bool:
        """False only when no stage or anchor term can be found in `text` by the deep pass."""
        if self._always:
            return True
        low = text.lower()
        if self._has_cjk_keys and has_cjk(low):
            squashed = "".join(low.split())
            if next(self._cjk.iter(squashed), None) is not None:
                return True
        literals = LiteralTest(text)
        if any(literals.any(required) for required in self._regex):
            return True
        return self._latin_hit(self._words(cjk_to_space(low) if has_cjk(low) else low))

    def _pieces(self, words: Iterable[str]) -> list[str]:
        """The parts of a form's words that stand whole in any text it matches: a word spaCy
        may split is replaced by its parts."""
        out: list[str] = []
        for w in words:
            split = self._split.get(w)
            if split:
                out.extend(p for piece in split for p in _WORD.findall(piece))
            else:
                out.extend(p for p in _DIGIT_LETTER.split(w) if p)
        return out

    def _words(self, low: str) -> set[str]:
        """A text's words, with the parts spaCy may split them into ("5mm" → "5", "mm";
        "cannot" → "can", "not")."""
        words = set(_WORD.findall(low))
        extra: list[str] = []
        for w in words:
            split = self._split.get(w)
            if split:
                extra.extend(p for piece in split for p in _WORD.findall(piece))
            if any(ch.isdigit() for ch in w):
                extra.extend(p for p in _DIGIT_LETTER.split(w) if p)
        words.update(extra)
        return words

    def _latin_hit(self, words: Iterable[str]) -> bool:
        stems, lowers, cache = self._stems, self._lowers, self._stem_cache
        for w in words:
            if w in lowers or w in stems:
                return True
            s = cache.get(w)
            if s is None:
                s = stem(w)
                if len(cache) >= STEM_CACHE:
                    cache.clear()
                cache[w] = s
            if s in stems:
                return True
        return False


def spacy_exceptions() -> dict[str, list[tuple[str, str]]]:
    """spaCy's English tokenizer special cases as (orth, norm) pieces, read without building a
    pipeline."""
    from spacy.attrs import NORM, ORTH
    from spacy.lang.en import English

    out: dict[str, list[tuple[str, str]]] = {}
    for orth, pieces in English.Defaults.tokenizer_exceptions.items():
        out[orth] = [
            (str(p.get(ORTH, p.get("ORTH", ""))), str(p.get(NORM, p.get("NORM", "")) or "")) for p in pieces
        ]
    return out
