"""Exclude patterns: gitignore-style globs (`*.log`, `build/`, `**/node_modules`,
`/top-only.txt`, `!keep.log`) compiled to regular expressions and matched against each path
relative to the folder given (see `walk.walk`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class _Rule:
    regex: re.Pattern[str]
    dir_only: bool
    negate: bool
    reason: str


class Rules:
    """gitignore-style patterns; the last that matches a path decides."""

    def __init__(self, rules: list[_Rule]) -> None:
        self.rules = rules

    @classmethod
    def build(cls, exclude: Sequence[str], ignore_file: str | Sequence[str] | None) -> Rules:
        """`ignore_file`: one file of patterns, or several (a `--ignore-file` and the
        `.scannerignore` of each folder given), read in order."""
        if isinstance(exclude, str):
            raise TypeError("exclude must be a sequence of patterns, not one string")
        rules = [rule for p in exclude if (rule := _rule(p, f"excluded by pattern '{p}'", False))]
        files = [ignore_file] if isinstance(ignore_file, str) else list(ignore_file or ())
        for name in files:
            with open(name, "rb") as handle:
                text = handle.read().decode("utf-8", "surrogateescape").removeprefix("\ufeff")
            for number, line in enumerate(text.split("\n"), 1):
                line = line.removesuffix("\r")
                reason = f"excluded by pattern '{line.strip()}' ({name}, line {number})"
                rule = _rule(line, reason, True)
                if rule:
                    rules.append(rule)
        return cls(rules)

    def match(self, rel: str, is_dir: bool) -> str | None:
        """Why `rel` (a path relative to its root, `/`-separated) is left out, or None."""
        rule = self._last(rel, is_dir)
        return None if rule is None or rule.negate else rule.reason

    def selects(self, rel: str) -> bool:
        """Whether the file `rel` is selected, as `--include` selects: a pattern that matches
        one of its folders selects everything inside (`docs/`, `docs`, `/top/sub`), one that
        matches the file selects it, and the deepest of those decides (`!*.tmp` takes files
        back out of `docs/`). A folder taken out (`!docs/drafts/`) is out with all it holds, as
        git cannot take a file back in from a folder it ignores."""
        parts = rel.split("/")
        chosen = False
        for depth in range(1, len(parts) + 1):
            is_dir = depth < len(parts)
            rule = self._last("/".join(parts[:depth]), is_dir)
            if rule is None:
                continue
            if rule.negate and is_dir:
                return False
            chosen = not rule.negate
        return chosen

    def _last(self, rel: str, is_dir: bool) -> _Rule | None:
        """The last rule that matches `rel`, or None."""
        found = None
        for rule in self.rules:
            if (is_dir or not rule.dir_only) and rule.regex.fullmatch(rel):
                found = rule
        return found


def _rule(pattern: str, reason: str, from_file: bool) -> _Rule | None:
    text = pattern
    if from_file:
        if text.startswith("#"):
            return None
        while text.endswith(" ") and not text.endswith("\\ "):  # trailing spaces, unless escaped
            text = text[:-1]
    if not text.strip():
        return None
    negate = text.startswith("!")
    if negate:
        text = text[1:]
    dir_only = text.endswith("/")
    text = text.rstrip("/")
    if not text:
        return None
    # with a slash it is anchored to the root, else it is a name at any depth
    text = text.lstrip("/") if "/" in text else "**/" + text
    try:
        regex = re.compile(_translate(text), re.DOTALL)
    except re.error as exc:
        raise ValueError(f"invalid pattern '{pattern}': {exc}") from None
    return _Rule(regex, dir_only, negate, reason)


def _translate(pattern: str) -> str:
    """A gitignore glob as a regular expression for the whole relative path: `*` and `?` stay
    within one name, `**/` is any number of folders, a trailing `/**` everything inside,
    `[...]` a set (`[!...]` its complement), `\\` quotes the next character."""
    out: list[str] = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            j = i
            while j < n and pattern[j] == "*":
                j += 1
            whole = (i == 0 or pattern[i - 1] == "/") and (j == n or pattern[j] == "/")
            if j - i >= 2 and whole:
                if j == n:
                    out.append(".*")
                else:
                    out.append("(?:.*/)?")
                    j += 1  # the slash is part of `**/`
            else:
                out.append("[^/]*")
            i = j
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            found = _bracket(pattern, i)
            if found is None:
                out.append(re.escape(c))
                i += 1
            else:
                regex, i = found
                out.append(regex)
        elif c == "\\" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


def _bracket(pattern: str, start: int) -> tuple[str, int] | None:
    """The set starting at `pattern[start] == '['` as a regex, and where it ends; None when it
    is not closed (then the `[` is an ordinary character)."""
    n = len(pattern)
    j = start + 1
    negate = j < n and pattern[j] in "!^"
    if negate:
        j += 1
    k = j
    chars: list[tuple[str, bool]] = []  # (character, escaped)
    while k < n and (pattern[k] != "]" or k == j):
        if pattern[k] == "\\" and k + 1 < n:
            chars.append((pattern[k + 1], True))
            k += 2
        else:
            chars.append((pattern[k], False))
            k += 1
    if k >= n:
        return None
    body = []
    for index, (ch, escaped) in enumerate(chars):
        if ch == "-" and not escaped and 0 < index < len(chars) - 1:
            body.append("-")
        else:
            body.append("\\" + ch if ch in "\\]^[-&~|" else ch)
    inner = "".join(body)
    regex = f"[^/{inner}]" if negate else f"(?!/)[{inner}]"
    return regex, k + 1
