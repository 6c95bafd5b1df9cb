"""Control characters of a file's text are shown as their escapes in the reports a person prints
or opens (`explain`, HTML)."""

from __future__ import annotations

import pytest

from scanner.report.controls import escaped


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),  # clears a terminal
        ("\x1b]0;title\x07", "\\x1b]0;title\\x07"),  # retitles its window
        ("\x9b31m", "\\x9b31m"),  # a C1 CSI
        ("a\x00b\x7f", "a\\x00b\\x7f"),
        ("line\n\ttab\r\n", "line\n\ttab\r\n"),  # line breaks and tabs stay
        ("稀土 NdFeB ℃ µ", "稀土 NdFeB ℃ µ"),  # printable text as it is
    ],
)
def test_control_characters_are_written_as_escapes(text: str, shown: str) -> None:
    assert escaped(text) == shown
