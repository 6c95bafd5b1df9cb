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

The parts: `patterns` (exclude patterns), `fsopen` (opening through folder descriptors:
`open_file`), `item` (`Item`, `printable`), `tree` (the walk of one path given); this module
puts them together and is where they are imported from.
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Iterator, Sequence

from scanner.crawl.fsopen import NOT_REGULAR as NOT_REGULAR
from scanner.crawl.fsopen import open_file as open_file
from scanner.crawl.item import Item as Item
from scanner.crawl.item import printable as printable
from scanner.crawl.patterns import Rules
from scanner.crawl.tree import LINK_OUTSIDE as LINK_OUTSIDE
from scanner.crawl.tree import LINK_TO_FOLDER as LINK_TO_FOLDER
from scanner.crawl.tree import LINK_UNRESOLVED as LINK_UNRESOLVED
from scanner.crawl.tree import Tree

#: The ignore file a folder given may hold at its top (gitignore syntax, as a repository's
#: .gitignore), applied to that folder only.
OWN_IGNORE = ".scannerignore"
#: Folder descriptors a walk holds open at most, besides its root's, however deep the tree.
_MAX_OPEN_DIRS = 32


def walk(
    paths: Sequence[str],
    follow_symlinks: bool = False,
    *,
    exclude: Sequence[str] = (),
    ignore_file: str | Sequence[str] | None = None,
    own_ignore: dict[str, str] | None = None,
) -> Iterator[Item]:
    """Every file under `paths`, as Items (see the module's documentation).

    `exclude` and the lines of `ignore_file` are gitignore-style patterns, matched against each
    path relative to the folder given (`*.log`, `build/`, `**/node_modules`, `/top-only.txt`,
    `docs/**/*.tmp`; `!pattern` takes a path back in; the last pattern matching decides; a
    trailing `/` matches folders only). In the file, blank lines and lines starting with `#` are
    ignored. A path given directly is matched by its last name, as a top-level entry would be:
    `*.log` also leaves out `logs/a.log` given on the command line (as from a shell's `*`), and
    a folder given whose name matches is left out whole (one skipped item); `.` never matches.

    `own_ignore`: a folder given's own ignore file (`own_ignore_files`), by the folder as
    given: its patterns apply under that folder only.

    The patterns and the ignore file are read here, before the walk starts: a bad pattern raises
    ValueError, an unreadable ignore file OSError, from this call. The walk itself raises
    nothing about the files it meets."""
    roots = [os.fspath(p) for p in paths]
    files = [ignore_file] if isinstance(ignore_file, str) else list(ignore_file or ())
    own = own_ignore or {}
    rules = [Rules.build(exclude, [*files, *([own[r]] if own.get(r) else [])]) for r in roots]
    return _walk(roots, follow_symlinks, rules)


def own_ignore_files(paths: Sequence[str], name: str = OWN_IGNORE) -> tuple[dict[str, str], list[str]]:
    """The ignore file (`.scannerignore`) at the top of each folder given, by folder, and what
    could not be read as one: a name that is a symbolic link to a file outside its folder (to
    /proc/self/environ, say), or that is no regular file. What is not read leaves nothing out:
    more is scanned, never less."""
    found: dict[str, str] = {}
    refused: list[str] = []
    for given in paths:
        root = os.fspath(given)
        path = os.path.join(root, name)
        try:
            st = os.lstat(path)
            if not stat.S_ISDIR(os.stat(root).st_mode):
                continue
        except OSError:
            continue
        if stat.S_ISLNK(st.st_mode):
            try:
                real = os.path.realpath(path, strict=True)
                inside = real.startswith(os.path.realpath(root, strict=True).rstrip("/") + "/")
                regular = stat.S_ISREG(os.stat(real).st_mode)
            except (OSError, ValueError):
                inside = regular = False
            if not inside:
                refused.append(f"{path} not read: a symbolic link to outside the folder")
                continue
            if not regular:
                refused.append(f"{path} not read: not a regular file")
                continue
        elif not stat.S_ISREG(st.st_mode):
            refused.append(f"{path} not read: not a regular file")
            continue
        found[root] = path
    return found, refused


def distinct_roots(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """The paths given, less those that are another one given again, or lie inside a folder
    given (its files would be scanned and counted twice), compared fully resolved; and a
    warning for each left out. A path that cannot be resolved is kept (the walk reports it)."""
    resolved: list[tuple[str, str | None, bool]] = []
    for given in paths:
        try:
            real = os.path.realpath(given, strict=True)
            resolved.append((given, real, stat.S_ISDIR(os.stat(real).st_mode)))
        except (OSError, ValueError):
            resolved.append((given, None, False))
    kept: list[str] = []
    warnings: list[str] = []
    for i, (given, real, _) in enumerate(resolved):
        if real is None:
            kept.append(given)
            continue
        inside = next(
            (
                other
                for j, (other, other_real, is_dir) in enumerate(resolved)
                if j != i
                and other_real is not None
                and (
                    (other_real == real and j < i)
                    or (is_dir and real.startswith(other_real.rstrip("/") + "/"))
                )
            ),
            None,
        )
        if inside is None:
            kept.append(given)
        else:
            warnings.append(
                f"{given} is left out: it is scanned as part of {inside}, "
                f"where the exclude and include patterns apply to it"
            )
    return kept, warnings


def _walk(roots: list[str], follow: bool, rules: list[Rules]) -> Iterator[Item]:
    prefixes = _prefixes(roots)
    scanned = _real_roots(roots) if not follow else []
    for given, prefix, own in zip(roots, prefixes, rules, strict=True):
        yield from Tree(given, prefix, follow, own, scanned, _MAX_OPEN_DIRS).items()


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
