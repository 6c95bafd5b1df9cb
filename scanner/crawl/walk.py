"""Walk the files and folders given to a scan.

What a sweep promises:

* It never skips silently. Nothing is left out unless the user asks (`exclude` patterns, an
  `ignore_file`), and even then each path left out is yielded, once, with `Item.skipped` naming
  the pattern (a folder left out is yielded once; its contents are not listed). There is no
  built-in skip list: `.git`, `.svn`, `node_modules`, `.venv`, `__pycache__`, … are scanned like
  any folder (documents do get committed, vendored and cached).
* It never aborts. What cannot be opened, listed or examined (permission denied, vanished during
  the walk, a loop, a FIFO) becomes that entry's `Item.problem`, and the walk goes on.
* Depth does not matter. Folders are walked through folder descriptors (`openat`), so a tree whose
  paths are longer than PATH_MAX (4096 bytes on Linux) is walked like any other, holding at most
  `_MAX_OPEN_DIRS` descriptors however deep it goes (a folder closed on the way down is reopened
  through `..` of its child, or from an ancestor, on the way back up, and checked to be the same
  folder).
* What it yields can be read: `Item.open_bytes` opens a path of any length, a piece at a time,
  and does not follow a symbolic link the walk did not follow (one put in place of a folder or
  file after the walk saw it is refused, not followed).
* It never opens a file for reading: only folders, to list them (a FIFO would block the scan, a
  device may act on being opened). FIFOs, devices and sockets are yielded with a problem.
* The order is fixed: the paths in the order given, each folder's entries sorted by name, a
  subfolder's contents where its name sorts.

Symbolic links, by default: a link to a file is followed only when its target (fully resolved)
lies inside one of the paths given to the scan, and the item then points at that target; a link
to a file elsewhere (one to /etc/shadow planted in a shared folder, say) is yielded with a
problem and not read. Links to folders are not followed. With `follow_symlinks`, links to files
and folders are followed; a folder reached a second time is reported, not walked again, and a
link back to a folder being walked is reported as a loop (a folder reached first through a link
is shown under the link's name, and reported where it is met again). A path given to the scan is
always followed, whatever it is a link to.

Names shown: with one folder given, paths relative to it (`sub/x.txt`); with several paths given,
each folder's items are prefixed with its name (`A/x.txt`, `B/x.txt`), or with the path as given
when names would be ambiguous (two `A`s from `x/A` and `y/A`). A file given directly is shown as
given.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from scanner.extract.errors import ExtractionError

LINK_TO_FOLDER = "symbolic link to a folder not followed (use --follow-symlinks)"
LINK_OUTSIDE = "symbolic link to a file outside the scanned folders not followed (use --follow-symlinks)"
LINK_UNRESOLVED = "symbolic link whose target could not be resolved not followed (use --follow-symlinks)"
NOT_REGULAR = "not a regular file (device, FIFO or socket)"
_FILE_SWAPPED = "a symbolic link took the file's place during the scan; not followed"
_FOLDER_SWAPPED = "a symbolic link or file took a folder's place during the scan; not followed"

#: Folder descriptors a walk holds open at most, besides its root's, however deep the tree.
_MAX_OPEN_DIRS = 32
#: Longest piece of a path opened at once when the whole is too long (PATH_MAX is 4096 bytes).
_PATH_PIECE = 3072
_DIR_FLAGS = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | os.O_NONBLOCK
_FILE_FLAGS = os.O_RDONLY | os.O_CLOEXEC | os.O_NOCTTY | os.O_NONBLOCK


@dataclass(frozen=True)
class Item:
    """One path the walk found.

    `display` is what reports show. `fs_path` is what is read, None when the item cannot or must
    not be read; then `problem` says why it cannot be read, or `skipped` why it was left out at
    the user's request (an exclude pattern). `root` is the path given to `walk` that the item
    was found under, or is. Read it with `open_bytes`/`open`: a plain `open(fs_path)` fails for
    a path longer than PATH_MAX and would follow a symbolic link put in place after the walk."""

    display: str
    fs_path: Path | None
    problem: str | None = None  # set when the item cannot be read at all
    skipped: str | None = None  # set when an exclude pattern left the item out
    root: str = ""
    #: The leading part of `fs_path` that may be resolved following symbolic links; the
    #: components after it are opened one by one, following none. None: follow links anywhere
    #: (files given directly, and everything under --follow-symlinks).
    trusted_prefix: str | None = field(default=None, repr=False)

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
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise ExtractionError(f"file too large: more than {max_bytes} bytes (limit {max_bytes})")
        return data


def walk(
    paths: Sequence[str],
    follow_symlinks: bool = False,
    *,
    exclude: Sequence[str] = (),
    ignore_file: str | None = None,
) -> Iterator[Item]:
    """Every file under `paths`, as Items (see the module's documentation).

    `exclude` and the lines of `ignore_file` are gitignore-style patterns, matched against each
    path relative to the folder given (`*.log`, `build/`, `**/node_modules`, `/top-only.txt`,
    `docs/**/*.tmp`; `!pattern` takes a path back in; the last pattern matching decides; a
    trailing `/` matches folders only). In the file, blank lines and lines starting with `#` are
    ignored. A path given directly is matched by its last name, as a top-level entry would be:
    `*.log` also leaves out `logs/a.log` given on the command line (as from a shell's `*`), and
    a folder given whose name matches is left out whole (one skipped item); `.` never matches.

    The patterns and the ignore file are read here, before the walk starts: a bad pattern raises
    ValueError, an unreadable ignore file OSError, from this call. The walk itself raises
    nothing about the files it meets."""
    rules = _Rules.build(exclude, ignore_file)
    roots = [os.fspath(p) for p in paths]
    return _walk(roots, follow_symlinks, rules)


def _walk(roots: list[str], follow: bool, rules: _Rules) -> Iterator[Item]:
    prefixes = _prefixes(roots)
    scanned = _real_roots(roots) if not follow else []
    for given, prefix in zip(roots, prefixes, strict=True):
        yield from _Tree(given, prefix, follow, rules, scanned).items()


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


# --- opening what the walk found --------------------------------------------------------------


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
        dir_fd = _open_dir(head or ".")
        follow = True
    else:
        try:
            parts = Path(text).relative_to(trusted_prefix).parts
        except ValueError:
            raise OSError(errno.EINVAL, f"not below {trusted_prefix}", text) from None
        if not parts:
            raise OSError(errno.EISDIR, "is a folder", text)
        dir_fd = _open_dir(trusted_prefix)
        for part in parts[:-1]:
            dir_fd = _step(dir_fd, part, _DIR_FLAGS | os.O_NOFOLLOW, text)
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


def _open_dir(path: str) -> int:
    """A folder's descriptor, links in `path` followed; a path longer than PATH_MAX is opened a
    piece at a time."""
    try:
        return os.open(path, _DIR_FLAGS)
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
    fd = os.open("/" if path.startswith("/") else ".", _DIR_FLAGS)
    piece: list[str] = []
    size = 0
    for part in (p for p in path.split("/") if p):
        length = len(os.fsencode(part)) + 1
        if piece and size + length > _PATH_PIECE:
            fd = _step(fd, "/".join(piece), _DIR_FLAGS, path)
            piece, size = [], 0
        piece.append(part)
        size += length
    return _step(fd, "/".join(piece), _DIR_FLAGS, path) if piece else fd


def _stat_given(path: str, follow: bool = True) -> os.stat_result:
    """`os.stat` that copes with a path longer than PATH_MAX."""
    try:
        return os.stat(path, follow_symlinks=follow)
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
    head, name = os.path.split(path.rstrip("/"))
    fd = _open_dir(head or ".")
    try:
        return os.stat(name, dir_fd=fd, follow_symlinks=follow)
    finally:
        os.close(fd)


# --- the walk ---------------------------------------------------------------------------------


@dataclass
class _Folder:
    """A folder being walked: its descriptor (None while closed to save descriptors), how to
    find it again from its parent, and the names left to look at."""

    fd: int | None
    name: str  # its name in its parent ("" for the root)
    rel: tuple[str, ...]  # its path below the root
    ident: tuple[int, int]  # (st_dev, st_ino): to recognise it, and loops
    via_link: bool  # reached through a symbolic link (--follow-symlinks)
    names: list[str]
    next: int = 0


class _Tree:
    """The walk of one path given to the scan."""

    def __init__(self, given: str, prefix: str, follow: bool, rules: _Rules, scanned: list[tuple[str, bool]]):
        self.given = given
        self.prefix = prefix
        self.follow = follow
        self.rules = rules
        self.scanned = scanned  # real paths of everything given, and whether each is a folder
        self.real_root: str | None = None
        self.stack: list[_Folder] = []
        self.ancestors: set[tuple[int, int]] = set()
        self.seen: dict[tuple[int, int], str] = {}  # folders walked, by identity: display

    def item(self, display: str, fs_path: Path | None = None, problem: str | None = None, **kw) -> Item:
        return Item(printable(display), fs_path, problem, root=self.given, **kw)

    def display(self, rel: tuple[str, ...]) -> str:
        return self.prefix + "/".join(rel) if rel else self.given

    def items(self) -> Iterator[Item]:
        given = self.given
        try:
            st = _stat_given(given)
        except OSError as exc:
            yield self.item(given, problem=_gone(exc, _is_link(given), given=True))
            return
        is_dir = stat.S_ISDIR(st.st_mode)
        name = os.path.basename(os.path.normpath(given))
        if name not in ("", ".", ".."):
            reason = self.rules.match(name, is_dir)
            if reason:
                yield self.item(given, skipped=reason)
                return
        if not is_dir:
            if stat.S_ISREG(st.st_mode):
                yield self.item(given, Path(given))
            else:
                yield self.item(given, problem=NOT_REGULAR)
            return
        try:
            fd = _open_dir(given)
        except OSError as exc:
            yield self.item(given, problem=f"cannot list folder: {_why(exc)}")
            return
        if not self.follow:
            try:
                self.real_root = os.path.realpath(given, strict=True)
            except (OSError, ValueError):
                self.real_root = None
        try:
            yield from self._enter(fd, "", (), via_link=False)
            while self.stack:
                top = self.stack[-1]
                if top.next >= len(top.names):
                    yield from self._leave()
                    continue
                entry = top.names[top.next]
                top.next += 1
                yield from self._entry(top, entry)
        finally:
            for folder in self.stack:
                if folder.fd is not None:
                    os.close(folder.fd)
            self.stack.clear()

    def _entry(self, parent: _Folder, name: str) -> Iterator[Item]:
        rel = (*parent.rel, name)
        rel_text = "/".join(rel)
        display = self.display(rel)
        assert parent.fd is not None
        try:
            st = os.stat(name, dir_fd=parent.fd, follow_symlinks=False)
        except OSError as exc:
            yield self._unseen(display, rel_text, _gone(exc, False))
            return
        if stat.S_ISLNK(st.st_mode):
            yield from self._link(parent, name, rel, display)
            return
        is_dir = stat.S_ISDIR(st.st_mode)
        reason = self.rules.match(rel_text, is_dir)
        if reason:
            yield self.item(display, skipped=reason)
        elif is_dir:
            yield from self._push(parent, name, rel, via_link=False)
        elif stat.S_ISREG(st.st_mode):
            yield self._file(display, rel)
        else:
            yield self.item(display, problem=NOT_REGULAR)

    def _unseen(self, display: str, rel_text: str, problem: str) -> Item:
        """An entry that cannot be examined: left out if a pattern says so (a temporary file that
        vanished, say), else reported."""
        reason = self.rules.match(rel_text, False)
        return self.item(display, skipped=reason) if reason else self.item(display, problem=problem)

    def _file(self, display: str, rel: tuple[str, ...]) -> Item:
        trusted = None if self.follow else self.given
        return self.item(display, Path(self.given, *rel), trusted_prefix=trusted)

    def _link(self, parent: _Folder, name: str, rel: tuple[str, ...], display: str) -> Iterator[Item]:
        rel_text = "/".join(rel)
        assert parent.fd is not None
        try:
            target = os.stat(name, dir_fd=parent.fd, follow_symlinks=True)
        except OSError as exc:
            yield self._unseen(display, rel_text, _gone(exc, True))
            return
        is_dir = stat.S_ISDIR(target.st_mode)  # a link to a folder counts as a folder for `dir/`
        reason = self.rules.match(rel_text, is_dir)
        if reason:
            yield self.item(display, skipped=reason)
        elif is_dir:
            if self.follow:
                yield from self._push(parent, name, rel, via_link=True)
            else:
                yield self.item(display, problem=LINK_TO_FOLDER)
        elif not stat.S_ISREG(target.st_mode):
            yield self.item(display, problem=NOT_REGULAR)
        elif self.follow:
            yield self._file(display, rel)
        else:
            real = self._resolve(parent, name, target)
            if real is None:
                yield self.item(display, problem=LINK_UNRESOLVED)
            elif not self._inside(real):
                yield self.item(display, problem=LINK_OUTSIDE)
            else:  # read the target itself: a link retargeted after this check is not followed
                yield self.item(display, Path(real), trusted_prefix="/")

    def _resolve(self, parent: _Folder, name: str, target: os.stat_result) -> str | None:
        """The real path of what link `name` in `parent` leads to, checked against `target` (its
        stat), or None. Without --follow-symlinks no folder below the root was reached through
        a link, so the parent's real path is the root's plus its relative path."""
        if self.real_root is None:
            return None
        assert parent.fd is not None
        try:
            link = os.readlink(name, dir_fd=parent.fd)
            here = os.path.join(self.real_root, *parent.rel)
            real = os.path.realpath(os.path.join(here, link), strict=True)
            st = os.stat(real)
        except (OSError, ValueError):
            return None
        if (st.st_dev, st.st_ino) != (target.st_dev, target.st_ino):
            return None
        return real

    def _inside(self, real: str) -> bool:
        for path, is_dir in self.scanned:
            if real == path or (is_dir and real.startswith(path.rstrip("/") + "/")):
                return True
        return False

    def _enter(self, fd: int, name: str, rel: tuple[str, ...], via_link: bool) -> Iterator[Item]:
        """Take folder `fd` (now ours to close) onto the stack, unless it is a loop."""
        display = self.display(rel)
        try:
            st = os.fstat(fd)
        except OSError as exc:
            os.close(fd)
            yield self.item(display, problem=f"cannot list folder: {_why(exc)}")
            return
        ident = (st.st_dev, st.st_ino)
        if ident in self.ancestors:
            os.close(fd)
            if via_link:
                problem = "symbolic link loop: leads back to a folder being scanned"
            else:
                problem = "folder loop: the folder contains itself (a bind mount?)"
            yield self.item(display, problem=problem)
            return
        if self.follow and ident in self.seen:  # links make a tree a graph: walk each folder once
            os.close(fd)
            if via_link:
                problem = f"symbolic link to a folder already scanned as {self.seen[ident]}"
            else:
                problem = f"folder already scanned as {self.seen[ident]} (through a symbolic link)"
            yield self.item(display, problem=problem)
            return
        self.seen[ident] = printable(display)
        names: list[str] = []
        try:
            with os.scandir(fd) as listing:
                for entry in listing:
                    names.append(entry.name)
        except OSError as exc:
            what = "cannot list folder completely" if names else "cannot list folder"
            yield self.item(display, problem=f"{what}: {_why(exc)}")
        names.sort()
        self.stack.append(_Folder(fd, name, rel, ident, via_link, names))
        self.ancestors.add(ident)
        far = len(self.stack) - 1 - _MAX_OPEN_DIRS
        if far >= 1 and self.stack[far].fd is not None:
            os.close(self.stack[far].fd)  # type: ignore[arg-type]
            self.stack[far].fd = None

    def _push(self, parent: _Folder, name: str, rel: tuple[str, ...], via_link: bool) -> Iterator[Item]:
        assert parent.fd is not None
        try:
            fd = os.open(name, _DIR_FLAGS | (0 if via_link else os.O_NOFOLLOW), dir_fd=parent.fd)
        except OSError as exc:
            reason = "vanished during the scan" if exc.errno == errno.ENOENT else _why(exc)
            yield self.item(self.display(rel), problem=f"cannot list folder: {reason}")
            return
        yield from self._enter(fd, name, rel, via_link)

    def _leave(self) -> Iterator[Item]:
        """Done with the top folder: close it, and make sure its parent is open again."""
        child = self.stack.pop()
        self.ancestors.discard(child.ident)
        below = None if child.via_link else child.fd
        try:
            while self.stack and self.stack[-1].fd is None and not self._reopen(below):
                lost = self.stack.pop()
                self.ancestors.discard(lost.ident)
                below = None
                left = len(lost.names) - lost.next
                if left:
                    problem = f"folder moved or replaced during the scan: {left} of its entries not scanned"
                    yield self.item(self.display(lost.rel), problem=problem)
        finally:
            if child.fd is not None:
                os.close(child.fd)

    def _reopen(self, below: int | None) -> bool:
        """Open the top folder again: through `..` of the child just left (its descriptor
        `below`), else from the nearest open ancestor down; False if it is not the same folder."""
        stack = self.stack
        top = stack[-1]
        if below is not None:
            with suppress(OSError):
                fd = os.open("..", _DIR_FLAGS | os.O_NOFOLLOW, dir_fd=below)
                if _same(fd, top.ident):
                    top.fd = fd
                    return True
        start = len(stack) - 2
        while stack[start].fd is None:
            start -= 1
        ok = True
        fd = stack[start].fd
        for folder in stack[start + 1 :]:
            try:
                flags = _DIR_FLAGS | (0 if folder.via_link else os.O_NOFOLLOW)
                new = os.open(folder.name, flags, dir_fd=fd)  # type: ignore[arg-type]
            except OSError:
                ok = False
                break
            if not _same(new, folder.ident):
                ok = False
                break
            folder.fd = fd = new
        for folder in stack[1 : max(1, len(stack) - _MAX_OPEN_DIRS)]:
            if folder.fd is not None:
                os.close(folder.fd)
                folder.fd = None
        return ok and top.fd is not None


def _same(fd: int, ident: tuple[int, int]) -> bool:
    """Whether `fd` is the folder `ident`; if not, `fd` is closed."""
    try:
        st = os.fstat(fd)
        if (st.st_dev, st.st_ino) == ident:
            return True
    except OSError:
        pass
    os.close(fd)
    return False


def _is_link(path: str) -> bool:
    try:
        return stat.S_ISLNK(_stat_given(path, follow=False).st_mode)
    except OSError:
        return False


def _why(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return str(exc.strerror or exc)


def _gone(exc: OSError, is_link: bool, given: bool = False) -> str:
    """Why a path that could not be examined cannot be read."""
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if is_link:
            return "broken symbolic link"
        return "file not found" if given else "vanished during the scan"
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"cannot access: {exc.strerror or exc}"  # a link loop (ELOOP), name too long, …


def _real_roots(roots: list[str]) -> list[tuple[str, bool]]:
    """Each path given, fully resolved, and whether it is a folder: where links may lead."""
    found = []
    for given in roots:
        try:
            real = os.path.realpath(given, strict=True)
            found.append((real, stat.S_ISDIR(os.stat(real).st_mode)))
        except (OSError, ValueError):
            continue
    return found


def _prefixes(roots: list[str]) -> list[str]:
    """What each root's items are shown under: nothing for a single root; else the root's name,
    or the path as given when names clash (equal, or one a leading part of another)."""
    if len(roots) <= 1:
        return [""] * len(roots)
    as_given = [r.rstrip("/") or r for r in roots]
    labels = []
    for root, shown in zip(roots, as_given, strict=True):
        name = os.path.basename(os.path.normpath(root)) if root else ""
        labels.append(name if name not in ("", ".", "..") else shown)
    while True:
        count = Counter(labels)
        clash = {label for label, n in count.items() if n > 1}
        for label in labels:
            parts = label.split("/")
            for k in range(1, len(parts)):
                lead = "/".join(parts[:k])
                if lead in count:
                    clash.update((lead, label))
        changed = False
        for i, label in enumerate(labels):
            if label in clash and label != as_given[i]:
                labels[i] = as_given[i]
                changed = True
        if not changed:
            break
    return [label if label.endswith("/") else label + "/" for label in labels]


# --- exclude patterns -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Rule:
    regex: re.Pattern[str]
    dir_only: bool
    negate: bool
    reason: str


class _Rules:
    """gitignore-style patterns; the last that matches a path decides."""

    def __init__(self, rules: list[_Rule]) -> None:
        self.rules = rules

    @classmethod
    def build(cls, exclude: Sequence[str], ignore_file: str | None) -> _Rules:
        if isinstance(exclude, str):
            raise TypeError("exclude must be a sequence of patterns, not one string")
        rules = [rule for p in exclude if (rule := _rule(p, f"excluded by pattern '{p}'", False))]
        if ignore_file is not None:
            with open(ignore_file, "rb") as handle:
                text = handle.read().decode("utf-8", "surrogateescape").removeprefix("\ufeff")
            for number, line in enumerate(text.split("\n"), 1):
                line = line.removesuffix("\r")
                reason = f"excluded by pattern '{line.strip()}' ({ignore_file}, line {number})"
                rule = _rule(line, reason, True)
                if rule:
                    rules.append(rule)
        return cls(rules)

    def match(self, rel: str, is_dir: bool) -> str | None:
        """Why `rel` (a path relative to its root, `/`-separated) is left out, or None."""
        verdict = None
        for rule in self.rules:
            if (is_dir or not rule.dir_only) and rule.regex.fullmatch(rel):
                verdict = None if rule.negate else rule.reason
        return verdict


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
        raise ValueError(f"invalid exclude pattern '{pattern}': {exc}") from None
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
