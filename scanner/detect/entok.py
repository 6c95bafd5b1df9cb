"""spaCy's English tokenizer, as the lexicon matcher uses it, without importing spaCy.

The phrase matching (`matcher.py`) needs each token's place, its text (ORTH) and its NORM (the
stem, `stem.py`, or the NORM a tokenizer exception gives). spaCy's tokenizer makes them by an
algorithm its documentation spells out and `spacy/tokenizer.pyx` implements: the text is split
at white space (a single space after a word is no token; any other run of white space is one);
each piece is a special case (a tokenizer exception) or loses prefixes and suffixes until none
is left or the rest is a special case; what remains is a special case, a URL, or is split at
infixes; then special cases that hold affix or infix characters are found again over the tokens
and put in place. This module is that algorithm, over spaCy's own tables (`Tables`): its
prefix, suffix, infix and URL expressions, its exceptions, and the NORMs its vocabulary gives
words before the scanner's own apply. The tables ship as a copy read from the installed spaCy
(`SHIPPED_TABLES`, written by `python tools/spacy_data.py`); under another spaCy version
they are read from spaCy itself. Importing spaCy and building its pipelines and matchers took
about 0.8 s of every worker's start; `tests/detect/test_entok.py` checks that the tokens are
spaCy's own over the project's texts and adversarial ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from scanner.detect.stem import stem

#: the copy of spaCy's tables (`Tables`), with the spaCy version it was read from
SHIPPED_TABLES = Path(__file__).with_name("spacy_en_tokenizer.json")
#: the matcher's own infix, beside spaCy's: column headers glue a unit to a term ("Cu(g/L)",
#: "REO[%]"), and spaCy's English rules keep "Cu(g" as one token, so brackets split words
BRACKET_INFIX = r"[()\[\]{}]"
#: pieces of text whose tokens are remembered (tables and logs repeat their words)
MEMO_PIECES = 200_000
#: spaCy's URL expression tries a user name and password before an "@" (`\S+(?::\S*)?@`), which
#: backtracks over the whole piece at every place (quadratic: 55 s for 200 kB of "x:y/"). A piece
#: without "@" is matched without that part (the same answer: it needs an "@"); a piece with
#: one and longer than this is not taken for a URL (split at its infixes instead): no browser
#: or server takes a URL this long.
MAX_URL = 2048
_USER_INFO = r"(?:\S+(?::\S*)?@)?"

#: a run of characters that are not white space (`\s` is `str.isspace`, as spaCy splits)
_WORDS = re.compile(r"\S+")

#: a token: start and end in the text, ORTH, and NORM
Token = tuple[int, int, str, str]


@dataclass
class Tables:
    """What spaCy's English tokenizer is made of, as plain data."""

    spacy: str  # the version read from
    prefix: tuple[str, int]  # the compiled expressions: (pattern, flags)
    suffix: tuple[str, int]
    infix: tuple[str, int]
    url: tuple[str, int] | None
    token_match: tuple[str, int] | None
    #: special cases: the text, and its tokens as (ORTH, NORM or None)
    rules: dict[str, list[tuple[str, str | None]]]
    #: NORMs the vocabulary holds for words other than their stem (lexemes spaCy made before
    #: the scanner's NORM applied)
    norms: dict[str, str]
    faster_heuristics: bool = True

    def to_json(self) -> dict:
        return {
            "spacy": self.spacy,
            "prefix": list(self.prefix),
            "suffix": list(self.suffix),
            "infix": list(self.infix),
            "url": list(self.url) if self.url is not None else None,
            "token_match": list(self.token_match) if self.token_match is not None else None,
            "rules": {k: [list(p) for p in v] for k, v in self.rules.items()},
            "norms": self.norms,
            "faster_heuristics": self.faster_heuristics,
        }

    @classmethod
    def from_json(cls, data: dict) -> Tables:
        def pair(v) -> tuple[str, int]:
            pattern, flags = v
            if not isinstance(pattern, str) or not isinstance(flags, int):
                raise TypeError("an expression is not (pattern, flags)")
            return pattern, flags

        rules = {
            str(k): [(str(o), None if n is None else str(n)) for o, n in v] for k, v in data["rules"].items()
        }
        return cls(
            spacy=str(data["spacy"]),
            prefix=pair(data["prefix"]),
            suffix=pair(data["suffix"]),
            infix=pair(data["infix"]),
            url=pair(data["url"]) if data.get("url") is not None else None,
            token_match=pair(data["token_match"]) if data.get("token_match") is not None else None,
            rules=rules,
            norms={str(k): str(v) for k, v in data["norms"].items()},
            faster_heuristics=bool(data.get("faster_heuristics", True)),
        )


def tables() -> Tables:
    """The shipped tables when they were read from the installed spaCy version, else spaCy's
    own, read now."""
    shipped = shipped_tables()
    return shipped if shipped is not None else live_tables()


def shipped_tables() -> Tables | None:
    """The shipped copy, or None when it is missing, unreadable or from another spaCy version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        data = json.loads(SHIPPED_TABLES.read_text(encoding="utf-8"))
        if data.get("spacy") != version("spacy"):
            return None
        return Tables.from_json(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError, PackageNotFoundError):
        return None


def live_tables() -> Tables:
    """The tables of a blank spaCy English pipeline set up as the matcher's was: NORM from
    `stem` for new words, and brackets as infixes."""
    from importlib.metadata import version

    nlp = spacy_english()
    tok = nlp.tokenizer
    from spacy.attrs import NORM, ORTH

    def piece(p: dict) -> tuple[str, str | None]:
        orth = p.get(ORTH, p.get("ORTH"))
        norm = p.get(NORM, p.get("NORM"))
        return str(orth), None if norm is None else str(norm)

    def expression(bound) -> tuple[str, int]:
        pattern = bound.__self__
        return pattern.pattern, int(pattern.flags)

    return Tables(
        spacy=version("spacy"),
        prefix=expression(tok.prefix_search),
        suffix=expression(tok.suffix_search),
        infix=expression(tok.infix_finditer),
        url=expression(tok.url_match) if tok.url_match is not None else None,
        token_match=expression(tok.token_match) if tok.token_match is not None else None,
        rules={k: [piece(p) for p in v] for k, v in tok.rules.items()},
        norms={lex.orth_: lex.norm_ for lex in nlp.vocab if lex.norm_ != stem(lex.orth_)},
        faster_heuristics=bool(tok.faster_heuristics),
    )


def spacy_english():
    """A blank spaCy English pipeline as the lexicon matcher's tokenizer is: NORM from `stem` for
    each new word and nothing else, brackets as infixes (the reference the tests compare with,
    and what `live_tables` reads)."""
    from scanner.detect.spacy_import import import_spacy

    spacy = import_spacy()
    from spacy.attrs import NORM
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    nlp.vocab.lex_attr_getters.clear()
    nlp.vocab.lex_attr_getters[NORM] = stem
    infixes = [*nlp.Defaults.infixes, BRACKET_INFIX]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@dataclass
class EnglishTokenizer:
    """spaCy's English tokenizer over `Tables` (see the module's docstring)."""

    tables: Tables
    _prefix: Callable = field(init=False, repr=False)
    _suffix: Callable = field(init=False, repr=False)
    _infix: Callable = field(init=False, repr=False)
    _url: Callable | None = field(init=False, repr=False)
    _url_plain: Callable | None = field(init=False, repr=False)  # for a piece without "@"
    _token_match: Callable | None = field(init=False, repr=False)
    #: special cases found again over the tokens: their first two ORTHs (one for a special
    #: case of one token) → the ORTH sequences; and all their first ORTHs
    _specials: dict[tuple[str, ...], list[tuple[str, ...]]] = field(init=False, repr=False)
    _special_firsts: frozenset[str] = field(init=False, repr=False)
    _memo: dict[str, list[tuple[int, int, str, str]]] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        t = self.tables
        self._prefix = re.compile(*t.prefix).search
        self._suffix = re.compile(*t.suffix).search
        self._infix = re.compile(*t.infix).finditer
        self._url = re.compile(*t.url).match if t.url is not None else None
        plain = t.url is not None and _USER_INFO in t.url[0]
        self._url_plain = re.compile(t.url[0].replace(_USER_INFO, "", 1), t.url[1]).match if plain else None
        self._token_match = re.compile(*t.token_match).match if t.token_match is not None else None
        self._specials = {}
        for text in sorted(t.rules):
            if (
                not t.faster_heuristics
                or _length(self._prefix(text))
                or _length(self._suffix(text))
                or any(True for _ in self._infix(text))
                or " " in text
            ):
                orths = tuple(tok[2] for tok in self._tokens(text, specials=False))
                if orths:
                    self._specials.setdefault(orths[:2], []).append(orths)
        self._special_firsts = frozenset(key[0] for key in self._specials)

    def __call__(self, text: str) -> list[Token]:
        """The tokens of `text`: (start, end, ORTH, NORM)."""
        tokens = self._tokens(text, specials=True)
        if self._specials:
            tokens = self._special_cases(text, tokens)
        return tokens

    def _tokens(self, text: str, specials: bool) -> list[Token]:
        """Tokens before special cases are found again (spaCy's `_tokenize_affixes`)."""
        out: list[Token] = []
        append = out.append
        memo = self._memo if specials else None
        end = 0  # where the last word ended (0: none yet)
        for m in _WORDS.finditer(text):
            start = m.start()
            if start != end and (end == 0 or start - end > 1 or text[end] != " "):
                # white space other than one space after a word: a token of its own (one space
                # after a word is that word's trailing space)
                gap = end + 1 if end and text[end] == " " else end
                self._add(text[gap:start], gap, memo, specials, append)
            self._add(m.group(), start, memo, specials, append)
            end = m.end()
        if end < len(text) and (end == 0 or len(text) - end > 1 or text[end] != " "):
            gap = end + 1 if end and text[end] == " " else end
            self._add(text[gap:], gap, memo, specials, append)
        return out

    def _add(self, piece: str, start: int, memo: dict | None, specials: bool, append) -> None:
        toks = memo.get(piece) if memo is not None else None
        if toks is None:
            toks = self._piece(piece, specials)
        for offset, length, orth, norm in toks:
            at = start + offset
            append((at, at + length, orth, norm))

    def _piece(self, piece: str, specials: bool) -> list[tuple[int, int, str, str]]:
        """One run's tokens, as (offset, length, ORTH, NORM)."""
        tokens = self._split(piece, specials)
        out: list[tuple[int, int, str, str]] = []
        offset = 0
        for orth, norm in tokens:
            out.append((offset, len(orth), orth, norm if norm is not None else self.norm(orth)))
            offset += len(orth)
        if specials:
            if len(self._memo) >= MEMO_PIECES:
                self._memo.clear()
            self._memo[piece] = out
        return out

    def norm(self, orth: str) -> str:
        """A word's NORM, as its spaCy lexeme holds it."""
        known = self.tables.norms.get(orth)
        return known if known is not None else stem(orth)

    def _split(self, string: str, specials: bool) -> list[tuple[str, str | None]]:
        """spaCy's `_split_affixes` and `_attach_tokens` for one run: (ORTH, NORM or None)."""
        rules = self.tables.rules
        if specials and string in rules:
            return list(rules[string])
        prefixes: list[str] = []
        suffixes: list[str] = []
        last = 0
        token_match = self._token_match
        while string and len(string) != last:
            if token_match is not None and token_match(string):
                break
            if specials and string in rules:
                break
            last = len(string)
            pre_len = _length(self._prefix(string))
            prefix = minus_pre = ""
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and specials and minus_pre in rules:
                    string = minus_pre
                    prefixes.append(prefix)
                    break
            suf_len = _length(self._suffix(string[pre_len:]))
            suffix = minus_suf = ""
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and specials and minus_suf in rules:
                    string = minus_suf
                    suffixes.append(suffix)
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        out: list[tuple[str, str | None]] = [(p, None) for p in prefixes]
        if string:
            if specials and string in rules:
                out.extend(rules[string])
            elif (token_match is not None and token_match(string)) or self._is_url(string):
                out.append((string, None))
            else:
                start = 0
                for m in self._infix(string):
                    a, b = m.span()
                    if a == 0:
                        continue  # spaCy skips an infix at the start
                    if a != start:
                        out.append((string[start:a], None))
                    if a != b:
                        out.append((string[a:b], None))
                    start = b
                if string[start:]:
                    out.append((string[start:], None))
        out.extend((s, None) for s in reversed(suffixes))
        return out

    def _is_url(self, string: str) -> bool:
        if self._url is None:
            return False
        if self._url_plain is not None and "@" not in string:
            return self._url_plain(string) is not None
        return len(string) <= MAX_URL and self._url(string) is not None

    def _special_cases(self, text: str, tokens: list[Token]) -> list[Token]:
        """spaCy's `_apply_special_cases`: special cases holding affix or infix characters,
        found over the tokens' ORTHs, longest first then leftmost, none overlapping another's
        first or last token, and put in place where the text they cover is one."""
        specials = self._specials
        orths_of = [tok[2] for tok in tokens]
        n = len(orths_of)
        found: list[tuple[int, int]] = []
        firsts = self._special_firsts
        for i in [i for i, orth in enumerate(orths_of) if orth in firsts]:
            found.extend((i, i + 1) for _ in specials.get((orths_of[i],), ()))
            for orths in specials.get(tuple(orths_of[i : i + 2]), ()) if i + 1 < n else ():
                k = len(orths)
                if k == 2 or (i + k <= n and tuple(orths_of[i : i + k]) == orths):
                    found.append((i, i + k))
        if not found:
            return tokens
        seen: set[int] = set()
        kept: list[tuple[int, int]] = []
        for start, end in sorted(found, key=lambda s: (s[0] - s[1], s[0])):
            if start not in seen and end - 1 not in seen:
                kept.append((start, end))
            seen.update(range(start, end))  # as spaCy does: marked even when not kept
        kept.sort()
        rules = self.tables.rules
        out: list[Token] = []
        i = 0
        for start, end in kept:
            out.extend(tokens[i:start])
            covered = text[tokens[start][0] : tokens[end - 1][1]]
            rule = rules.get(covered)
            if rule is None:
                out.extend(tokens[start:end])
            else:
                at = tokens[start][0]
                for orth, norm in rule:
                    out.append((at, at + len(orth), orth, norm if norm is not None else self.norm(orth)))
                    at += len(orth)
            i = end
        out.extend(tokens[i:])
        return out


def _length(m: re.Match[str] | None) -> int:
    """The length of an affix match (spaCy's `find_prefix`/`find_suffix`: 0 for none)."""
    return m.end() - m.start() if m is not None else 0
