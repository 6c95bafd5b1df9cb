"""The walk of one path given to a scan (`Tree`): folders listed through descriptors, at most
`max_open` held open however deep the tree (a folder closed on the way down is reopened on the
way back up and checked to be the same folder), symbolic links followed or reported, loops and
folders met twice reported, what cannot be examined yielded with its problem."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from scanner.crawl.fsopen import DIR_FLAGS, NOT_REGULAR, open_dir, stat_given
from scanner.crawl.item import Item, odd_name_forms, printable
from scanner.crawl.patterns import Rules

#: with --follow-symlinks, a folder reached a second time (through a link, or after one)
ALREADY_SCANNED = "folder already scanned under another path (--follow-symlinks)"
LINK_TO_FOLDER = "symbolic link to a folder not followed (use --follow-symlinks)"
LINK_OUTSIDE = "symbolic link to a file outside the scanned folders not followed (use --follow-symlinks)"
LINK_UNRESOLVED = "symbolic link whose target could not be resolved not followed (use --follow-symlinks)"


_NO_FORMS: dict[str, int] = {}


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
    path: Path | None = None  # its `Path`, made on first need: each file's is a child of it


class Tree:
    """The walk of one path given to the scan."""

    def __init__(
        self,
        given: str,
        prefix: str,
        follow: bool,
        rules: Rules,
        scanned: list[tuple[str, bool]],
        max_open: int,
    ):
        self.given = given
        self.prefix = prefix
        self.follow = follow
        self.rules = rules
        self.scanned = scanned  # real paths of everything given, and whether each is a folder
        self.real_root: str | None = None
        self.stack: list[_Folder] = []
        self.ancestors: set[tuple[int, int]] = set()
        self.seen: dict[tuple[int, int], str] = {}  # folders walked, by identity: display
        #: (folder below the root, name) -> level (`item._shown`): names not valid UTF-8 that
        #: would be shown as another name of that folder (`item.odd_name_forms`)
        self.ambiguous: dict[tuple[tuple[str, ...], str], int] = {}
        #: folder descriptors held open at most, besides the root's (`walk._MAX_OPEN_DIRS`)
        self.max_open = max_open

    def item(
        self, rel: tuple[str, ...], fs_path: Path | None = None, problem: str | None = None, **kw
    ) -> Item:
        """The item at `rel` under the path given (`()`: the path given itself)."""
        name = "/".join(rel) if rel else os.path.basename(os.path.normpath(self.given))
        return Item(
            printable(self.display(rel), self._twins(rel)), fs_path, problem, root=self.given, rel=name, **kw
        )

    def _twins(self, rel: tuple[str, ...]) -> dict[str, int]:
        """The names of `rel` to show in another form than their usual one (name -> level):
        those that would be shown as another name of their own folder."""
        if not self.ambiguous:
            return _NO_FORMS  # nearly always: no dictionary made for each file
        forms = {}
        for i, part in enumerate(rel):
            level = self.ambiguous.get((rel[:i], part))
            if level:
                forms[part] = level
        return forms

    def display(self, rel: tuple[str, ...]) -> str:
        return self.prefix + "/".join(rel) if rel else self.given

    def items(self) -> Iterator[Item]:
        given = self.given
        try:
            st = stat_given(given)
        except OSError as exc:
            yield self.item((), problem=_gone(exc, _is_link(given), given=True))
            return
        is_dir = stat.S_ISDIR(st.st_mode)
        name = os.path.basename(os.path.normpath(given))
        if name not in ("", ".", ".."):
            reason = self.rules.match(name, is_dir)
            if reason:
                yield self.item((), skipped=reason)
                return
        if not is_dir:
            if stat.S_ISREG(st.st_mode):
                yield self.item((), Path(given))
            else:
                yield self.item((), problem=NOT_REGULAR)
            return
        try:
            fd = open_dir(given)
        except OSError as exc:
            yield self.item((), problem=f"cannot list folder: {_why(exc)}")
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
        assert parent.fd is not None
        try:
            st = os.stat(name, dir_fd=parent.fd, follow_symlinks=False)
        except OSError as exc:
            yield self._unseen(rel, _gone(exc, False))
            return
        if stat.S_ISLNK(st.st_mode):
            yield from self._link(parent, name, rel)
            return
        is_dir = stat.S_ISDIR(st.st_mode)
        reason = self.rules.match(rel_text, is_dir)
        if reason:
            yield self.item(rel, skipped=reason)
        elif is_dir:
            yield from self._push(parent, name, rel, via_link=False)
        elif stat.S_ISREG(st.st_mode):
            if parent.path is None:
                parent.path = Path(self.given, *parent.rel)
            trusted = None if self.follow else self.given
            yield self.item(rel, parent.path / name, trusted_prefix=trusted, walked_stat=st)
        else:
            yield self.item(rel, problem=NOT_REGULAR)

    def _unseen(self, rel: tuple[str, ...], problem: str) -> Item:
        """An entry that cannot be examined: left out if a pattern says so (a temporary file that
        vanished, say), else reported."""
        reason = self.rules.match("/".join(rel), False)
        return self.item(rel, skipped=reason) if reason else self.item(rel, problem=problem)

    def _file(self, rel: tuple[str, ...]) -> Item:
        """A file reached through a symbolic link (--follow-symlinks)."""
        trusted = None if self.follow else self.given
        return self.item(rel, Path(self.given, *rel), trusted_prefix=trusted)

    def _link(self, parent: _Folder, name: str, rel: tuple[str, ...]) -> Iterator[Item]:
        rel_text = "/".join(rel)
        assert parent.fd is not None
        try:
            target = os.stat(name, dir_fd=parent.fd, follow_symlinks=True)
        except OSError as exc:
            yield self._unseen(rel, _gone(exc, True))
            return
        is_dir = stat.S_ISDIR(target.st_mode)  # a link to a folder counts as a folder for `dir/`
        reason = self.rules.match(rel_text, is_dir)
        if reason:
            yield self.item(rel, skipped=reason)
        elif is_dir:
            if self.follow:
                yield from self._push(parent, name, rel, via_link=True)
            else:
                yield self.item(rel, problem=LINK_TO_FOLDER)
        elif not stat.S_ISREG(target.st_mode):
            yield self.item(rel, problem=NOT_REGULAR)
        elif self.follow:
            yield self._file(rel)
        else:
            real = self._resolve(parent, name, target)
            if real is None:
                yield self.item(rel, problem=LINK_UNRESOLVED)
            elif not self._inside(real):
                yield self.item(rel, problem=LINK_OUTSIDE)
            else:  # read the target itself: a link retargeted after this check is not followed
                yield self.item(rel, Path(real), trusted_prefix="/")

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
            yield self.item(rel, problem=f"cannot list folder: {_why(exc)}")
            return
        ident = (st.st_dev, st.st_ino)
        if ident in self.ancestors:
            os.close(fd)
            if via_link:
                problem = "symbolic link loop: leads back to a folder being scanned"
            else:
                problem = "folder loop: the folder contains itself (a bind mount?)"
            yield self.item(rel, problem=problem)
            return
        if self.follow and ident in self.seen:  # links make a tree a graph: walk each folder once
            # its files were read under the other path: left out (counted), not unread
            os.close(fd)
            yield self.item(rel, skipped=ALREADY_SCANNED)
            return
        self.seen[ident] = printable(display, self._twins(rel))
        names: list[str] = []
        try:
            with os.scandir(fd) as listing:
                for entry in listing:
                    names.append(entry.name)
        except OSError as exc:
            what = "cannot list folder completely" if names else "cannot list folder"
            yield self.item(rel, problem=f"{what}: {_why(exc)}")
        names.sort()
        self.ambiguous.update(((rel, name), level) for name, level in odd_name_forms(names).items())
        self.stack.append(_Folder(fd, name, rel, ident, via_link, names))
        self.ancestors.add(ident)
        far = len(self.stack) - 1 - self.max_open
        if far >= 1 and self.stack[far].fd is not None:
            os.close(self.stack[far].fd)  # type: ignore[arg-type]
            self.stack[far].fd = None

    def _push(self, parent: _Folder, name: str, rel: tuple[str, ...], via_link: bool) -> Iterator[Item]:
        assert parent.fd is not None
        try:
            fd = os.open(name, DIR_FLAGS | (0 if via_link else os.O_NOFOLLOW), dir_fd=parent.fd)
        except OSError as exc:
            reason = "vanished during the scan" if exc.errno == errno.ENOENT else _why(exc)
            yield self.item(rel, problem=f"cannot list folder: {reason}")
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
                    yield self.item(lost.rel, problem=problem)
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
                fd = os.open("..", DIR_FLAGS | os.O_NOFOLLOW, dir_fd=below)
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
                flags = DIR_FLAGS | (0 if folder.via_link else os.O_NOFOLLOW)
                new = os.open(folder.name, flags, dir_fd=fd)  # type: ignore[arg-type]
            except OSError:
                ok = False
                break
            if not _same(new, folder.ident):
                ok = False
                break
            folder.fd = fd = new
        for folder in stack[1 : max(1, len(stack) - self.max_open)]:
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
        return stat.S_ISLNK(stat_given(path, follow=False).st_mode)
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
