"""Opening what the walk found through folder descriptors: a path of any length (opened a
piece at a time past PATH_MAX), the components below a trusted prefix opened one by one with
O_NOFOLLOW (a symbolic link swapped in after the walk saw a path is refused, not followed),
and only regular files (never a FIFO or a device)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

NOT_REGULAR = "not a regular file (device, FIFO or socket)"
_FILE_SWAPPED = "a symbolic link took the file's place during the scan; not followed"
_FOLDER_SWAPPED = "a symbolic link or file took a folder's place during the scan; not followed"

#: Longest piece of a path opened at once when the whole is too long (PATH_MAX is 4096 bytes).
_PATH_PIECE = 3072
DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | os.O_NONBLOCK
_FILE_FLAGS = os.O_RDONLY | os.O_CLOEXEC | os.O_NOCTTY | os.O_NONBLOCK


def open_file(path: str | os.PathLike[str], trusted_prefix: str | None = None) -> int:
    """A descriptor of the regular file at `path`, opened read-only, whatever the path's length.

    With `trusted_prefix` (a leading part of `path`), that part is resolved as usual and every
    component after it is opened one at a time with O_NOFOLLOW: a symbolic link there, say one
    swapped in for a folder after the walk saw it, makes the open fail instead of leading
    elsewhere. Without it, links are followed as `open` would. Never blocks on a FIFO and never
    opens a device: anything but a regular file raises OSError."""
    text = os.fspath(path)
    if trusted_prefix is None:
        head, name = os.path.split(text)
        dir_fd = open_dir(head or ".")
        follow = True
    else:
        try:
            parts = Path(text).relative_to(trusted_prefix).parts
        except ValueError:
            raise OSError(errno.EINVAL, f"not below {trusted_prefix}", text) from None
        if not parts:
            raise OSError(errno.EISDIR, "is a folder", text)
        dir_fd = open_dir(trusted_prefix)
        for part in parts[:-1]:
            dir_fd = _step(dir_fd, part, DIR_FLAGS | os.O_NOFOLLOW, text)
        name = parts[-1]
        follow = False
    try:
        before = os.stat(name, dir_fd=dir_fd, follow_symlinks=follow)
        _check_regular(before, text)
        fd = os.open(name, _FILE_FLAGS | (0 if follow else os.O_NOFOLLOW), dir_fd=dir_fd)
    except OSError as exc:
        if follow:
            raise
        raise _swapped(exc, text) from None
    finally:
        os.close(dir_fd)
    try:
        after = os.fstat(fd)
        _check_regular(after, text)
        if (after.st_dev, after.st_ino) != (before.st_dev, before.st_ino):
            raise OSError(errno.ESTALE, "the file was replaced while being opened", text)
    except BaseException:
        os.close(fd)
        raise
    return fd


def _check_regular(st: os.stat_result, path: str) -> None:
    if stat.S_ISLNK(st.st_mode):
        raise OSError(errno.ELOOP, _FILE_SWAPPED, path)
    if not stat.S_ISREG(st.st_mode):
        raise OSError(errno.EINVAL, NOT_REGULAR, path)


def _swapped(exc: OSError, path: str) -> OSError:
    """O_NOFOLLOW refusing a link reads as 'Too many levels of symbolic links' or 'Not a
    directory'; say what happened instead."""
    if exc.errno in (errno.ELOOP, errno.ENOTDIR) and exc.strerror != _FILE_SWAPPED:
        return OSError(exc.errno, _FOLDER_SWAPPED, path)
    return exc


def _step(dir_fd: int, name: str, flags: int, path: str) -> int:
    """Open `name` in folder `dir_fd` and close `dir_fd`, whatever happens."""
    try:
        return os.open(name, flags, dir_fd=dir_fd)
    except OSError as exc:
        if flags & os.O_NOFOLLOW:
            raise _swapped(exc, path) from None
        raise
    finally:
        os.close(dir_fd)


def open_dir(path: str) -> int:
    """A folder's descriptor, links in `path` followed; a path longer than PATH_MAX is opened a
    piece at a time."""
    try:
        return os.open(path, DIR_FLAGS)
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
    fd = os.open("/" if path.startswith("/") else ".", DIR_FLAGS)
    piece: list[str] = []
    size = 0
    for part in (p for p in path.split("/") if p):
        length = len(os.fsencode(part)) + 1
        if piece and size + length > _PATH_PIECE:
            fd = _step(fd, "/".join(piece), DIR_FLAGS, path)
            piece, size = [], 0
        piece.append(part)
        size += length
    return _step(fd, "/".join(piece), DIR_FLAGS, path) if piece else fd


def stat_given(path: str, follow: bool = True) -> os.stat_result:
    """`os.stat` that copes with a path longer than PATH_MAX."""
    try:
        return os.stat(path, follow_symlinks=follow)
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
    head, name = os.path.split(path.rstrip("/"))
    fd = open_dir(head or ".")
    try:
        return os.stat(name, dir_fd=fd, follow_symlinks=follow)
    finally:
        os.close(fd)
