"""Phrases that say a material is absent: "contains no bastnaesite or monazite", "不含稀土",
"rare-earth-free", "non-rare-earth magnets".

An iron-ore flow sheet that says its deposit holds no rare-earth minerals, or a motor sold as
rare-earth-free, names rare earths only to rule them out. The rare-earth words of such a phrase
tie the document to rare earths no more than a word that is not there (`analyze` leaves them
out of the findings, and the verdict says so).

The phrases are narrow on purpose (a process step is often written with a negation: "no oxygen
ingress during jet milling", "do not exceed 1080 °C"), in the manner of NegEx (Chapman et al.,
2001):

- a **trigger** that says "absent": *no*, *without*, *free of/from*, *neither/nor*, *contains
  no*, *does not contain/include/involve/use/require*, *non-* before a word; 不含, 不含有,
  不涉及, 不使用, 未使用, 未添加, 没有, 并无, 均无, 非 directly before 稀土;
- its **scope**: the words after it up to the first punctuation mark, line end, or word that
  opens another part of the sentence (a preposition, a verb such as *is* or *needed*, a
  conjunction other than *and/or/nor*, a determiner after the first word), and at most
  `MAX_WORDS` words (Chinese: up to the first punctuation mark, at most `MAX_CHARS`
  characters);
- or a material **followed** by *-free* / *free* ("REE-free", "rare earth free").

A negated finding is one that lies wholly inside a scope.
"""

from __future__ import annotations

import re

from scanner.detect.spans import SpanIndex

#: words of an English scope at most (the trigger's noun phrase and its coordinates)
MAX_WORDS = 6
#: characters of a Chinese scope at most
MAX_CHARS = 16

_EN_TRIGGER = re.compile(
    r"(?i)(?<![\w-])(?:"
    r"no(?=[ \t]+[a-z])(?![ \t]+(?:more|less|later|earlier|longer|sooner|fewer|greater|higher|lower)\b)"
    r"|without|free[ \t]+(?:of|from)|neither|nor|absence[ \t]+of"
    r"|(?:does|do|did|will|shall|should|must|may|can|could)[ \t]+not[ \t]+"
    r"(?:contain|include|involve|use|require|need|concern|relate[ \t]+to|apply[ \t]+to)"
    r"|(?:doesn't|don't|didn't|won't|cannot|can't)[ \t]+"
    r"(?:contain|include|involve|use|require|need|concern|relate[ \t]+to|apply[ \t]+to)"
    r"|non-(?=[a-z])"
    r")(?:[ \t]+any)?"
)
#: a word that ends an English scope: it opens another part of the sentence
_STOP_WORDS = """
    is are was were be been being has have had will shall should must may can could would
    do does did needed required used added present found detected contained involved
    in at on for to from by with during before after when while where which that who
    whose than as but so because since although though however unlike except only
    then thus therefore if unless until per via into onto over under above below
"""
_EN_STOP = frozenset(_STOP_WORDS.split())
#: words that open a noun phrase: after the scope's first word, another phrase begins
_EN_DETERMINERS = frozenset(("the", "a", "an", "this", "these", "those", "its", "their", "our", "your"))
#: words that continue a scope over coordinated nouns
_EN_AND = frozenset(("and", "or", "nor"))
_EN_WORD = re.compile(r"[^\W_](?:[\w'’()+/-]*[\w)])?")
_EN_BREAK = re.compile(r"[,.;:!?()\[\]{}\"“”\n\r|]")

_ZH_TRIGGER = re.compile(r"不含有|不含|不涉及|不使用|未使用|未添加|未含|没有|并无|均无|(?:非)(?=稀土)")
_ZH_BREAK = re.compile(r"[，。；：！？、,.;:!?\n\r（）()|]")

#: a material followed by "-free" / " free" (the material's span is what comes before it)
_FREE = re.compile(r"(?i)[- ]free(?![\w-])")
#: the word that ends a text
_WORD_END = re.compile(r"[^\W_]\w*$")


def negated_spans(text: str) -> SpanIndex:
    """The scopes of `text`'s negations, as a `SpanIndex` of (start, end)."""
    spans: list[tuple[int, int]] = []
    for m in _EN_TRIGGER.finditer(text):
        end = _en_scope(text, m.end())
        if end > m.end():
            spans.append((m.end(), end))
    for m in _ZH_TRIGGER.finditer(text):
        limit = min(len(text), m.end() + MAX_CHARS)
        stop = _ZH_BREAK.search(text, m.end(), limit)
        end = stop.start() if stop else limit
        if end > m.end():
            spans.append((m.end(), end))
    for m in _FREE.finditer(text):
        start = _word_run_start(text, m.start())
        if start < m.start():
            spans.append((start, m.start()))
    return SpanIndex(spans)


def _en_scope(text: str, start: int) -> int:
    """Where the scope that begins at `start` ends: before the first break, stop word or word
    beyond `MAX_WORDS` (coordinating words not counted)."""
    line_end = _EN_BREAK.search(text, start)
    limit = line_end.start() if line_end else len(text)
    end = start
    words = 0
    for w in _EN_WORD.finditer(text, start, limit):
        low = w.group().lower()
        if low in _EN_STOP or (words and low in _EN_DETERMINERS):
            break  # another part of the sentence, or another noun phrase, begins
        if low in _EN_AND:
            continue
        words += 1
        if words > MAX_WORDS:
            break
        end = w.end()
    return end


def _word_run_start(text: str, end: int) -> int:
    """The start of the words (joined by hyphens or single spaces, at most three) that end at
    `end`: what "-free" / " free" says is absent ("rare earth free", "heavy-rare-earth-free")."""
    start = end
    for _ in range(3):
        m = _WORD_END.search(text[max(0, start - 40) : start])
        if m is None:
            break
        start -= len(m.group())
        if start > 1 and text[start - 1] in "- " and not text[start - 2].isspace():
            start -= 1  # a hyphen or one space to the word before
            continue
        break
    while start < end and not text[start].isalnum():
        start += 1
    return start
