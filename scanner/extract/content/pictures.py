"""Pictures recognised by their structure rather than a long magic number: Netpbm's PBM, PGM and
PPM (`pdftoppm`'s default output, scanners' and converters' raw frames), whose header is two
letters and some decimal numbers that a text file could begin with too."""

from __future__ import annotations

import re

#: white space and comment lines between header fields (one pattern, no nested repetition: a
#: run of white space is matched in linear time)
_SEP = rb"(?:\s|#[^\n]*\n)+"
#: P1–P6, then width, height and (but for bitmaps) the largest sample value, each after `_SEP`;
#: one white-space character ends the header
_HEADER = re.compile(
    rb"P([1-6])(" + _SEP + rb")(\d{1,6})(" + _SEP + rb")(\d{1,6})(?:(" + _SEP + rb")(\d{1,5}))?\s"
)
#: what a plain (ASCII) Netpbm body holds: sample values, white space, comments
_PLAIN_BODY = re.compile(rb"(?:[0-9\s]|#[^\n]*\n)*")


def netpbm(head: bytes, data: bytes | None) -> bool:
    """A PBM, PGM or PPM picture: its header, and a body that fits it (raw samples as many as the
    header says, or plain decimal samples); a text that merely starts with "P3 12 40" is not."""
    m = _HEADER.match(head)
    if m is None:
        return False
    kind = int(m.group(1))
    width, height = int(m.group(3)), int(m.group(5))
    if width < 1 or height < 1:
        return False
    if kind in (1, 4):  # a bitmap has no largest value: its samples start after the height
        maxval, start = None, m.end(5) + 1
    else:
        if m.group(7) is None or not 0 < int(m.group(7)) < 65536:
            return False
        maxval, start = int(m.group(7)), m.end()
    body = (data if data is not None else head)[start:]
    if kind <= 3:  # plain: decimal samples (a bitmap's may be written without spaces)
        return _PLAIN_BODY.fullmatch(body[:4096]) is not None
    if data is None:  # raw samples, but only the first bytes to look at: the header decides
        return True
    depth = 2 if maxval is not None and maxval > 255 else 1
    expected = {4: (width + 7) // 8 * height, 5: width * height * depth, 6: 3 * width * height * depth}[kind]
    # a picture cut short is still a picture (its reader says it is truncated), when its body is
    # binary samples, not a text that happens to begin like a header
    return len(body) >= expected or (len(body) > 0 and _binary(body[:4096]))


def _binary(sample: bytes) -> bool:
    return sum(b < 9 or 13 < b < 32 or b >= 127 for b in sample) > len(sample) // 10
