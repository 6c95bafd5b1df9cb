"""Walk files and folders. Never follows directory symlinks (no loops), never opens special
files (a FIFO would block a scan), and reports what it cannot list instead of skipping it."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules"}


@dataclass(frozen=True)
class Item:
    """A file to scan: `display` is what reports show, `fs_path` what is opened."""

    display: str
    fs_path: Path | None
    problem: str | None = None  # set when the item cannot be read at all


def walk(paths: list[str], follow_symlinks: bool = False) -> Iterator[Item]:
    for given in paths:
        root = Path(given)
        if root.is_dir():
            yield from _walk_dir(root, follow_symlinks)
        else:
            yield _item(root, given)


def _walk_dir(root: Path, follow_symlinks: bool) -> Iterator[Item]:
    errors: list[OSError] = []
    visited: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append, followlinks=follow_symlinks):
        here = Path(dirpath)
        try:
            st = here.stat()
            visited.add((st.st_dev, st.st_ino))
        except OSError:
            pass
        keep = []
        for d in sorted(dirnames):
            if d in SKIP_DIRS:
                continue
            sub = here / d
            if sub.is_symlink():
                if not follow_symlinks:
                    yield Item(
                        _rel(sub, root),
                        None,
                        "symbolic link to a folder not followed (use --follow-symlinks)",
                    )
                    continue
                try:
                    st = sub.stat()
                except OSError as exc:
                    yield Item(_rel(sub, root), None, f"cannot access: {exc.strerror or exc}")
                    continue
                if (st.st_dev, st.st_ino) in visited:
                    yield Item(_rel(sub, root), None, "symbolic link loop: folder already scanned")
                    continue
            keep.append(d)
        dirnames[:] = keep
        while errors:
            err = errors.pop()
            rel = _rel(Path(err.filename or dirpath), root)
            yield Item(rel, None, f"cannot list folder: {err.strerror or err}")
        for name in sorted(filenames):
            path = Path(dirpath) / name
            yield _item(path, _rel(path, root))
    while errors:
        err = errors.pop()
        yield Item(_rel(Path(err.filename or root), root), None, f"cannot list folder: {err.strerror or err}")


def _rel(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root).as_posix()
        return rel if rel != "." else path.name
    except ValueError:
        return path.as_posix()


def printable(name: str) -> str:
    """A file name as reports can print it. Names that are not valid UTF-8 (copied from old
    Chinese Windows shares, say) reach Python as lone surrogates, which no report can encode:
    they are shown decoded as GB18030 where that works, else with \\x escapes."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def _item(path: Path, display: str) -> Item:
    display = printable(display)
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return Item(display, None, "broken symbolic link")
        return Item(display, None, "file not found")
    except PermissionError:
        return Item(display, None, "permission denied")
    except OSError as exc:  # symlink loops (ELOOP), name too long, …
        return Item(display, None, f"cannot access: {exc.strerror or exc}")
    if stat.S_ISDIR(st.st_mode):
        return Item(display, None, "is a folder (symbolic link not followed)")
    if not stat.S_ISREG(st.st_mode):
        return Item(display, None, "not a regular file (device, FIFO or socket)")
    return Item(display, path)
