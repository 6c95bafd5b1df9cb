"""Traditional Chinese (Taiwan, Hong Kong) read as simplified for matching: 燒結溫度 matches
the lexicon's 烧结温度. OpenCC's phrase-level `t2s` conversion is used when it keeps the text's
length, so every offset, and so every snippet taken from the original text, stays in place;
otherwise each character is converted on its own. Simplified text passes through unchanged."""

from __future__ import annotations

import functools

from scanner.detect.normalize import has_cjk


@functools.lru_cache(maxsize=1)
def _converter():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a dependency
        return None
    return opencc.OpenCC("t2s")


_CHARS: dict[int, str] = {}


def to_simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones, of the same length."""
    converter = _converter()
    if converter is None or not has_cjk(text):
        return text
    converted = converter.convert(text)
    if len(converted) == len(text):
        return converted
    for ch in set(text):
        code = ord(ch)
        if code not in _CHARS and code >= 0x3400:
            single = converter.convert(ch)
            _CHARS[code] = single if len(single) == 1 else ch
    return text.translate(_CHARS)
