"""A light English stemmer for term matching: ``sintered``, ``sintering`` and ``sinters`` all
match the lexicon form ``sinter``. Applied to the lexicon forms and the text alike, so its only
job is to fold inflections together, not to produce dictionary words."""

from __future__ import annotations

import functools

#: distinct words whose stems are remembered: building the quick pass stems the lexicon's words
#: over and over (≈ 120,000 calls for a few thousand distinct words), and one process sees a few
#: hundred thousand distinct words in the texts it reads
STEM_MEMO = 500_000


@functools.lru_cache(maxsize=STEM_MEMO)
def stem(word: str) -> str:
    w = word.lower()
    if len(w) <= 4 or not w.isalpha():
        return w
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("sses", "ss")):
        if w.endswith(suffix):
            return w[: -len(suffix)] + repl
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "stripped" → "strip"
            return w.rstrip("e")
    if w.endswith(("ches", "shes", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    return w.rstrip("e") if len(w) > 4 else w
