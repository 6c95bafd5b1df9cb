"""Traditional Chinese (Taiwan, Hong Kong) read as simplified for matching: 燒結溫度 matches
the lexicon's 烧结温度. OpenCC's phrase-level `t2s` conversion is used when it keeps the text's
length, so every offset, and so every snippet taken from the original text, stays in place;
otherwise each character is converted on its own. Simplified text passes through unchanged.
Japanese forms that t2s leaves as they are (焼結, 時効) are read as their simplified characters
too (`_SHINJITAI`)."""

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
#: Japanese forms (shinjitai) that OpenCC's t2s leaves as they are, read as the simplified
#: characters of the same words: 焼結 is 烧结, 時効 时效, 鉄 铁, 鉱石 矿石 (a Japanese process
#: card reads 焼結・一次時効); one character for one, so offsets stay
_SHINJITAI = str.maketrans(
    "焼効鉄錬処圧砕発変気転単実験鋳図検剤浄塩帯続収価縁歩戦沢駆拡択鉱様営労広応済総粋",
    "烧效铁炼处压碎发变气转单实验铸图检剂净盐带续收价缘步战泽驱扩择矿样营劳广应济总粹",
)
#: Japanese writes rare earths 希土類 (Chinese 稀土类): the pair, not 希 alone (希望 is hope)
_JAPANESE_RARE_EARTH = ("希土", "稀土")


def to_simplified(text: str) -> str:
    """`text` with traditional characters replaced by simplified ones, of the same length."""
    converter = _converter()
    if converter is None or not has_cjk(text):
        return text
    converted = converter.convert(text)
    if len(converted) != len(text):
        for ch in set(text):
            code = ord(ch)
            if code not in _CHARS and code >= 0x3400:
                single = converter.convert(ch)
                _CHARS[code] = single if len(single) == 1 else ch
        converted = text.translate(_CHARS)
    return converted.translate(_SHINJITAI).replace(*_JAPANESE_RARE_EARTH)
