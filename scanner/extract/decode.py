"""Turn bytes into text whatever the encoding: UTF-8/16, GB18030/GBK, Big5, Latin-1 …"""

from __future__ import annotations

import codecs
import itertools
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Tried when the detector is unsure, after GB18030 and Big5 (`_chinese`: Chinese offices mostly
# write GB18030/GBK, Taiwan and Hong Kong Big5)
_FALLBACKS = ("cp1252",)


def decode_short(raw: bytes) -> str:
    """A short text in an unknown single encoding (a property, a metadata field, a file name
    written by Windows): UTF-8, else GB18030 (Chinese Windows), else Windows-1252, else
    Latin-1, which reads any bytes."""
    for codec in ("utf-8", "gb18030", "cp1252"):
        try:
            return raw.decode(codec)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``. Never raises: undecodable bytes become U+FFFD."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    # UTF-16 without a byte-order mark first: of Latin letters it is valid UTF-8 too, with a NUL
    # after every letter, and no term would match it
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:4096] else None
    if utf16:
        return data.decode(utf16, errors="replace"), utf16
    seven_bit = _seven_bit(data)
    if seven_bit is not None:
        return seven_bit
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mixed_lines(data)
    if mixed is not None:
        return mixed
    for name in ("gb18030",):
        # GB18030 is a superset of GBK/GB2312 and rejects most other encodings' byte patterns,
        # but not Big5's: the two share their byte ranges, so Big5 text reads as GB18030 too,
        # as wrong Hanzi. Of the two readings, the one with more common characters is the text.
        try:
            text = data.decode(name)
            if _plausible_cjk(text):
                return _gb_or_big5(data, text)
        except UnicodeDecodeError:
            pass
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        if best.encoding.lower().replace("_", "") in _CHINESE_CODECS:
            chinese = _chinese(data)  # the detector too takes Big5 for GB and back
            if chinese is not None:
                return chinese
        return data.decode(best.encoding, errors="replace"), best.encoding
    chinese = _chinese(data)
    if chinese is not None:
        return chinese
    for name in _FALLBACKS:
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace"), "utf-8 (with replacements)"


#: 7-bit encodings of Chinese and Japanese, told by their shift sequences: HZ (`~{` … `~}`) and
#: ISO-2022 (escape sequences); their bytes are all ASCII, so they read as ASCII gibberish
_SHIFTS = ((b"\x1b$", "iso2022_jp_2"), (b"\x1b$)C", "iso2022_kr"), (b"~{", "hz"))


def _seven_bit(data: bytes) -> tuple[str, str] | None:
    """An ASCII text in HZ or ISO-2022 whose decoding holds Chinese, Japanese or Korean."""
    if not data.isascii() or (b"\x1b$" not in data and not (b"~{" in data and b"~}" in data)):
        return None
    for shift, name in _SHIFTS:
        if shift in data:
            try:
                text = data.decode(name)
            except UnicodeDecodeError:
                continue
            if text != data.decode("ascii") and _CJK_OR_KANA.search(text):
                return text, name
    return None


_CJK_OR_KANA = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def declared_seven_bit(raw: bytes, declared: str) -> str | None:
    """`raw` decoded in a declared 7-bit encoding (HZ, ISO-2022-*), or None."""
    if not declared.replace("_", "-").startswith(("hz", "iso-2022", "iso2022", "csiso2022")):
        return None
    try:
        return raw.decode(declared)
    except (LookupError, UnicodeDecodeError):
        return None


def _mixed_lines(data: bytes) -> tuple[str, str] | None:
    """A text whose lines are in two encodings (a UTF-8 header on a GBK export, logs appended
    by two programs): each line that is UTF-8 read as UTF-8, the others in the encoding found
    for them together. None when no line is non-ASCII UTF-8 (one encoding, found as usual)."""
    lines = data.split(b"\n")
    good = bad = 0
    for line in lines:
        if line.isascii():
            continue
        if _is_utf8(line):
            good += 1
        else:
            bad += 1
    if not good or not bad:
        return None
    rest = b"\n".join(line for line in lines if not line.isascii() and not _is_utf8(line))
    _, other = decode_bytes(rest)
    other = (
        other
        if other.startswith(("gb18030", "big5", "cp", "iso", "windows", "euc", "shift", "latin"))
        else "gb18030"
    )
    text = "\n".join(
        line.decode("utf-8") if _is_utf8(line) else line.decode(other, errors="replace") for line in lines
    )
    return text, f"utf-8 and {other}"


def _is_utf8(line: bytes) -> bool:
    """The line is UTF-8 text: it decodes, and holds a character of three bytes or more (CJK
    is): a GBK line can decode as UTF-8 by chance, into two-byte Latin letters only."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(ord(ch) >= 0x800 for ch in text)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    half = len(sample) // 2
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _plausible_cjk(text: str) -> bool:
    """GB18030 decodes many byte strings; accept it when the result is mostly common Hanzi."""
    if not text:
        return False
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    rare = sum(1 for ch in text if "\u3400" <= ch <= "\u4dbf" or "\ue000" <= ch <= "\uf8ff")
    non_ascii = sum(1 for ch in text if ord(ch) > 127)
    if not non_ascii or cjk < 0.6 * non_ascii or rare > 0.02 * non_ascii + 1:
        return False
    # Latin-1 accents decoded as GB18030 give lone Hanzi inside Latin words ("Bastn鋝ite");
    # real Chinese text has Hanzi next to Hanzi.
    paired = sum(
        1 for a, b in itertools.pairwise(text) if "\u4e00" <= a <= "\u9fff" and "\u4e00" <= b <= "\u9fff"
    )
    return paired >= 0.4 * cjk


#: a reading in Big5 is taken over GB18030's when this much more of its Hanzi are common ones
_BIG5_MARGIN = 0.15


#: the detector's names of the encodings `_chinese` chooses between
_CHINESE_CODECS = frozenset({"gb18030", "gbk", "gb2312", "cp936", "big5", "big5hkscs", "cp950"})


def _chinese(data: bytes) -> tuple[str, str] | None:
    """GB18030's or Big5's strict reading of `data` (`_gb_or_big5`), or None when neither
    decodes it."""
    try:
        gb_text = data.decode("gb18030")
    except UnicodeDecodeError:
        try:
            return data.decode("big5"), "big5"
        except UnicodeDecodeError:
            return None
    return _gb_or_big5(data, gb_text)


def _gb_or_big5(data: bytes, gb_text: str) -> tuple[str, str]:
    """GB18030's reading of `data`, or Big5's when Big5 decodes it and far more of that
    reading's Hanzi are common characters (`_common_share`)."""
    try:
        big5_text = data.decode("big5")
    except UnicodeDecodeError:
        return gb_text, "gb18030"
    if _common_share(big5_text) > _common_share(gb_text) + _BIG5_MARGIN:
        return big5_text, "big5"
    return gb_text, "gb18030"


def _common_share(text: str) -> float:
    """The share of common characters, simplified or traditional, among the Hanzi of `text`
    and the characters a wrong reading of Chinese bytes gives besides (private-use ones, rare
    Hanzi of extension A)."""
    hanzi = [
        ch
        for ch in text
        if "\u4e00" <= ch <= "\u9fff" or "\ue000" <= ch <= "\uf8ff" or "\u3400" <= ch <= "\u4dbf"
    ]
    if not hanzi:
        return 0.0
    common = _common_hanzi()
    return sum(1 for ch in hanzi if ch in common) / len(hanzi)


_COMMON: frozenset[str] | None = None


def _common_hanzi() -> frozenset[str]:
    """The 3,755 characters of GB2312's first level (the common simplified ones, bytes B0A1 to
    D7F9) and the 5,401 of Big5's frequent block (the common traditional ones, A440 to C67E),
    read from the codecs themselves."""
    global _COMMON
    if _COMMON is None:
        chars: set[str] = set()
        for lead in range(0xB0, 0xD8):
            for trail in range(0xA1, 0xFF):
                try:
                    chars.add(bytes((lead, trail)).decode("gb2312"))
                except UnicodeDecodeError:
                    continue
        for code in range(0xA440, 0xC67F):
            lead, trail = divmod(code, 256)
            if 0x40 <= trail <= 0x7E or 0xA1 <= trail <= 0xFE:
                try:
                    chars.add(bytes((lead, trail)).decode("big5"))
                except UnicodeDecodeError:
                    continue
        _COMMON = frozenset(chars)
    return _COMMON
