"""What the walk yields: `Item`, one path found (readable, or with the problem or the
exclude pattern that keeps it from being read), and `printable`, a file name as reports show it."""

from __future__ import annotations

import errno
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from scanner.crawl.fsopen import open_file
from scanner.extract.errors import ExtractionError

_NO_FORMS: Mapping[str, int] = {}


@dataclass(frozen=True)
class Item:
    """One path the walk found.

    `display` is what reports show. `fs_path` is what is read, None when the item cannot or must
    not be read; then `problem` says why it cannot be read, or `skipped` why it was left out at
    the user's request (an exclude pattern). `root` is the path given to `walk` that the item
    was found under, or is; `rel` the path relative to it. Read it with `open_bytes`/`open`: a
    plain `open(fs_path)` fails for a path longer than PATH_MAX and would follow a symbolic link
    put in place after the walk."""

    display: str
    fs_path: Path | None
    problem: str | None = None  # set when the item cannot be read at all
    skipped: str | None = None  # set when an exclude pattern left the item out
    root: str = ""
    #: The path relative to `root`, `/`-separated, as patterns match it (a path given directly:
    #: its last name)
    rel: str = ""
    #: The leading part of `fs_path` that may be resolved following symbolic links; the
    #: components after it are opened one by one, following none. None: follow links anywhere
    #: (files given directly, and everything under --follow-symlinks).
    trusted_prefix: str | None = field(default=None, repr=False)
    #: The walk's own stat of a regular file that is no symbolic link (`os.stat_result`), so
    #: that the results cache need not stat it again; None where the walk has none to give.
    walked_stat: os.stat_result | None = field(default=None, repr=False, compare=False)

    def open(self) -> BinaryIO:
        """The file, opened read-only (see `open_file`)."""
        if self.fs_path is None:
            raise OSError(errno.EINVAL, self.problem or self.skipped or "nothing to read", self.display)
        return os.fdopen(open_file(self.fs_path, self.trusted_prefix), "rb")

    def open_bytes(self, max_bytes: int) -> bytes:
        """The file's content. Raises ExtractionError for a file larger than `max_bytes` (its
        message, `file too large: N bytes (limit M)`, is the verdict's error text), and OSError
        when the file cannot be opened or is no longer a regular file."""
        with self.open() as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise ExtractionError(f"file too large: {size} bytes (limit {max_bytes})")
            # read what the file holds and one byte more (a file that grew since its stat is
            # read on to the limit): `read(max_bytes + 1)` would allocate the whole limit, 256 MiB,
            # for every file, and return it to the system after (a tenth of a text file's time)
            data = handle.read(size + 1)
            if len(data) > size:
                data += handle.read(max_bytes + 1 - len(data))
        if len(data) > max_bytes:
            raise ExtractionError(f"file too large: more than {max_bytes} bytes (limit {max_bytes})")
        return data


def printable(name: str, forms: Mapping[str, int] = _NO_FORMS) -> str:
    """A path as reports can print it. Names that are not valid UTF-8 (copied from old Chinese
    Windows shares, say) reach Python as lone surrogates, which no report can encode: each such
    name in the path is shown decoded as GB18030 where that works, else with \\x escapes. A
    name in `forms` is shown in the form of that level (`_shown`; `odd_name_forms` chooses
    them), so that two files of a folder are never shown as one."""
    if _is_utf8(name):
        return name
    return "/".join(_shown(part, forms.get(part, 0)) for part in name.split("/"))


def _shown(part: str, level: int = 0) -> str:
    """A name as shown at `level`: 0, its UTF-8 reading if it has one, else its GB18030 one,
    else escapes (`caf\\xe9\\xff.txt`); 1, escapes; 2 and more, escapes and the name's bytes
    in hexadecimal, then a number from 3 on (names no other file of its folder is shown as)."""
    raw = part.encode("utf-8", "surrogateescape")
    if level == 0:
        if _is_utf8(part):
            return part
        try:
            return raw.decode("gb18030")
        except UnicodeDecodeError:
            pass
    escaped = raw.decode("utf-8", "backslashreplace")
    if level <= 1:
        return escaped
    extra = f" #{level - 1}" if level > 2 else ""
    return f"{escaped} (not UTF-8: {raw.hex()}{extra})"


def odd_name_forms(names: list[str]) -> dict[str, int]:
    """The names of a folder that are not valid UTF-8 and would be shown as another of its
    names (a share copied twice, with and without re-encoding its names: the GB18030 reading of
    one is the other; a name whose escapes another spells out, `a\\xff.txt`), each with the
    level (`_shown`) at which no two of the folder's names are shown alike."""
    odd = [n for n in names if not n.isascii() and not _is_utf8(n)]
    if not odd:
        return {}
    levels = dict.fromkeys(odd, 0)
    while True:
        shown: dict[str, list[str]] = {}
        for name in names:
            shown.setdefault(_shown(name, levels.get(name, 0)), []).append(name)
        clash = [n for group in shown.values() if len(group) > 1 for n in group if n in levels]
        if not clash:
            return {name: level for name, level in levels.items() if level}
        for name in clash:
            levels[name] += 1


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
