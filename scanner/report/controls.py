"""Control characters a file's text carries into a report's snippets and values.

A terminal runs what it is sent: an escape sequence in a scanned file ("\\x1b[2J" clears the
screen, "\\x1b]0;…\\x07" retitles the window, U+009B is a C1 CSI) would act when a person prints
the explanation or opens the HTML report in a viewer. Reports show such characters as their
escapes, never raw; tab, line feed and carriage return stay (JSON, CSV and SARIF encode
everything by their own rules).
"""

from __future__ import annotations

import re

#: C0 controls but tab, line feed and carriage return; DEL; the C1 controls
UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def escaped(text: str) -> str:
    """`text` with each control character written as its escape (`\\x1b`)."""
    return UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
