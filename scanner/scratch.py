"""Scratch folders for scan workers that do not outlive their processes, even when killed.

A worker's scratch folder (its temporary folder: OCR images, LibreOffice conversions) is
removed by the process that made it when the worker ends. A process killed with SIGKILL (an
out-of-memory kill, a lost Dask worker, `kill -9`) cannot do that, so each folder holds a
lock file, `.owner`, locked (flock) by the process that made it; forked workers inherit the
lock, so it is held while the maker or any of its workers lives, and released by the kernel
when the last of them ends, however it ends. Making a new scratch folder first removes the
folders of this kind whose lock nobody holds any more (`remove_stale`).

The lock file is locked before it gets its name, so another process never sees a new folder's
`.owner` unlocked. A folder without `.owner` is still being made, or was made by a version
before the locks: it is removed only once nothing has changed in it for `UNLOCKED_AGE` (a
folder in use changes as its worker writes and removes files; one being made is seconds old).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import stat
import tempfile
import time
from contextlib import suppress

#: the names scanner scratch folders begin with (scan workers, e-mail gate workers)
PREFIXES = ("scanner-worker-", "scanner-gate-")
LOCK = ".owner"
#: a scratch folder without a lock file, untouched this long, is a leftover of a killed scan of a
#: version before the locks (seconds)
UNLOCKED_AGE = 2 * 24 * 3600

#: lock files of the scratch folders this process made and still holds, by folder
_held: dict[str, int] = {}
#: the temporary folders already swept by this process (once is enough: later leftovers are
#: made by processes alive now, or killed since, and the next scan removes them)
_swept: set[str] = set()


def make(prefix: str) -> str:
    """A new scratch folder (mode 0700) in the temporary folder, locked by this process (and the
    processes it forks from now on); first removes the stale ones left there by killed scans."""
    if prefix not in PREFIXES:
        raise ValueError(f"not a scratch prefix: {prefix!r}")
    parent = tempfile.gettempdir()
    if parent not in _swept:
        _swept.add(parent)
        remove_stale(parent)
    folder = tempfile.mkdtemp(prefix=prefix, dir=parent)
    staging = os.path.join(folder, LOCK + ".new")
    fd = os.open(staging, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.rename(staging, os.path.join(folder, LOCK))
    except OSError:  # a file system without locks: the folder is still removed by `remove`
        os.close(fd)
        with suppress(OSError):
            os.unlink(staging)
        return folder
    _held[folder] = fd
    return folder


def remove(folder: str) -> None:
    """Remove a scratch folder this process made (its worker has ended) and let go of its lock."""
    shutil.rmtree(folder, ignore_errors=True)
    fd = _held.pop(folder, None)
    if fd is not None:
        with suppress(OSError):
            os.close(fd)


def remove_stale(parent: str) -> list[str]:
    """Remove the scratch folders in `parent` that no living process holds: this user's folders
    with a scratch prefix whose `.owner` lock can be taken. Returns the folders removed. Never
    follows a symbolic link, and leaves alone anything it cannot check."""
    removed = []
    try:
        names = os.listdir(parent)
    except OSError:
        return removed
    uid = os.getuid()
    for name in names:
        if not name.startswith(PREFIXES):
            continue
        folder = os.path.join(parent, name)
        try:
            info = os.lstat(folder)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != uid or folder in _held:
            continue
        try:
            fd = os.open(os.path.join(folder, LOCK), os.O_RDONLY | os.O_NOFOLLOW)
        except FileNotFoundError:  # not finished making, or made before the locks
            if time.time() - info.st_mtime > UNLOCKED_AGE:
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
            continue
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held: its scan is running
            os.close(fd)
            continue
        try:  # the lock stays taken while the folder goes, so nobody else takes it meanwhile
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        finally:
            os.close(fd)
    return removed
