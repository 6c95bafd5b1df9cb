"""The folder walk: never skips silently, never aborts, reads only what it may."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

from scanner.crawl import walk as walk_module
from scanner.crawl.tree import ALREADY_SCANNED
from scanner.crawl.walk import (
    LINK_OUTSIDE,
    LINK_TO_FOLDER,
    LINK_UNRESOLVED,
    NOT_REGULAR,
    Item,
    open_file,
    printable,
    walk,
)
from scanner.extract.errors import ExtractionError

# --- helpers -----------------------------------------------------------------------------------


def build(root: Path, spec: list[str]) -> None:
    """Files and folders under `root`: a trailing `/` makes a folder; a file holds its own path."""
    for entry in spec:
        path = root / entry
        if entry.endswith("/"):
            path.mkdir(parents=True, exist_ok=True)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(entry)


def by_display(items) -> dict[str, Item]:
    found: dict[str, Item] = {}
    for item in items:
        assert item.display not in found, f"{item.display} yielded twice"
        found[item.display] = item
    return found


def open_fds() -> set[str]:
    return set(os.listdir("/proc/self/fd"))


needs_proc = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs /proc")
not_root = pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")


# --- 1. no built-in skip list; only what the user excludes, and that is reported -----------------


@pytest.mark.parametrize("folder", [".git", ".hg", ".svn", "__pycache__", ".venv", "node_modules"])
def test_former_skip_folders_are_scanned_like_any_other(tmp_path, folder) -> None:
    build(tmp_path, [f"{folder}/inner/doc.txt", "a.txt"])
    items = by_display(walk([str(tmp_path)]))
    assert set(items) == {"a.txt", f"{folder}/inner/doc.txt"}
    assert all(i.problem is None and i.skipped is None for i in items.values())


TREE = [
    "a.txt",
    "a.log",
    "top.txt",
    "build/out.bin",
    "build/sub/deep.txt",
    "src/build",  # a file named like the folder
    "src/main.py",
    "src/node_modules/x.js",
    "node_modules/y.js",
    "sub/top.txt",
    "docs/keep.md",
    "docs/tmp/x.tmp",
    "docs/a/b/c.tmp",
]


@pytest.mark.parametrize(
    ("patterns", "skipped"),
    [
        ([], {}),
        (["nothing-matches"], {}),
        (["*.log"], {"a.log": "*.log"}),
        (["build/"], {"build": "build/"}),  # folders only: src/build (a file) is kept
        (["build"], {"build": "build", "src/build": "build"}),
        (["/top.txt"], {"top.txt": "/top.txt"}),  # anchored: sub/top.txt is kept
        (["top.txt"], {"top.txt": "top.txt", "sub/top.txt": "top.txt"}),
        (["**/node_modules"], {"node_modules": "**/node_modules", "src/node_modules": "**/node_modules"}),
        (["node_modules/"], {"node_modules": "node_modules/", "src/node_modules": "node_modules/"}),
        (["docs/**/*.tmp"], {"docs/tmp/x.tmp": "docs/**/*.tmp", "docs/a/b/c.tmp": "docs/**/*.tmp"}),
        (["docs/*"], {"docs/keep.md": "docs/*", "docs/tmp": "docs/*", "docs/a": "docs/*"}),
        (["build/**"], {"build/out.bin": "build/**", "build/sub": "build/**"}),
        (["src/[mn]*"], {"src/main.py": "src/[mn]*", "src/node_modules": "src/[mn]*"}),
        (["src/[!m]*"], {"src/build": "src/[!m]*", "src/node_modules": "src/[!m]*"}),
        (["a.???"], {"a.txt": "a.???", "a.log": "a.???"}),
        (["*.txt", "!top.txt"], {"a.txt": "*.txt", "build/sub/deep.txt": "*.txt"}),
        (["*.log", "build/", "*.log"], {"a.log": "*.log", "build": "build/"}),
    ],
)
def test_exclude_patterns(tmp_path, patterns, skipped) -> None:
    build(tmp_path, TREE)
    items = by_display(walk([str(tmp_path)], exclude=patterns))
    left_out = {d for d in skipped if not d.endswith((".txt", ".log", ".md", ".tmp", ".bin", ".py", ".js"))}
    expected = {f for f in TREE if not any(f.startswith(d + "/") for d in left_out)} | set(skipped)
    assert set(items) == expected  # a skipped folder once, none of its contents
    for display, item in items.items():
        if display in skipped:
            assert item.skipped == f"excluded by pattern '{skipped[display]}'"
            assert item.fs_path is None and item.problem is None
        else:
            assert item.skipped is None and item.problem is None and item.fs_path is not None


@pytest.mark.parametrize(
    ("pattern", "skipped"),
    [
        ("odd[[]1].txt", {"odd[1].txt"}),  # a set holding `[`
        ("odd\\[1\\].txt", {"odd[1].txt"}),  # quoted
        ("odd[1", set()),  # an unclosed `[` is an ordinary character
        ("#hash.txt", {"#hash.txt"}),  # given as an option, `#` starts no comment
        ("[\\!x]!.txt", {"x!.txt"}),
        ("!x!.txt", set()),  # only takes back in
        ("[a-c]*", set()),
        ("[^o]*", {"#hash.txt", "x!.txt"}),
        ("**", {"odd[1].txt", "#hash.txt", "x!.txt"}),
    ],
)
def test_pattern_syntax(tmp_path, monkeypatch, pattern, skipped) -> None:
    monkeypatch.chdir(tmp_path)  # `.` is never matched itself (a folder given by name would be)
    build(tmp_path, ["odd[1].txt", "#hash.txt", "x!.txt"])
    items = by_display(walk(["."], exclude=[pattern]))
    assert {d for d, i in items.items() if i.skipped} == skipped


def test_links_are_excluded_like_what_they_lead_to(linked) -> None:
    root, _outside = linked
    items = by_display(walk([str(root)], exclude=["out_*", "dir_*/", "broken"]))
    for name in ("out_abs", "out_rel", "out_hop", "out_dir_hop", "dir_in", "dir_out", "broken"):
        assert items[name].skipped and items[name].problem is None, name
    assert items["in_abs"].skipped is None


def test_ignore_file(tmp_path) -> None:
    build(tmp_path / "tree", TREE)
    ignore = tmp_path / ".scanignore"
    ignore.write_bytes(b"# generated output\r\n\r\nbuild/\r\n*.log   \r\n   \n!a.log\n*.tmp\n\\#literal\n")
    items = by_display(walk([str(tmp_path / "tree")], ignore_file=str(ignore), exclude=["top.txt"]))
    assert items["build"].skipped == f"excluded by pattern 'build/' ({ignore}, line 3)"
    assert items["a.log"].skipped is None  # taken back in by `!a.log`
    assert items["docs/tmp/x.tmp"].skipped == f"excluded by pattern '*.tmp' ({ignore}, line 7)"
    assert items["top.txt"].skipped == "excluded by pattern 'top.txt'"
    assert "build/out.bin" not in items


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"exclude": ["[z-a]"]}, ValueError),
        ({"exclude": "*.log"}, TypeError),  # one string, not a list of patterns
        ({"ignore_file": "/nonexistent/.scanignore"}, OSError),
    ],
)
def test_bad_patterns_fail_at_the_call_not_during_the_walk(tmp_path, kwargs, error) -> None:
    with pytest.raises(error):
        walk([str(tmp_path)], **kwargs)


@pytest.mark.parametrize(
    ("given", "patterns", "expected"),
    [
        ("logs/a.log", ["*.log"], [("logs/a.log", "excluded by pattern '*.log'")]),
        ("logs/a.log", ["*.txt"], [("logs/a.log", None)]),
        ("logs/a.log", ["logs/*.log"], [("logs/a.log", None)]),  # matched by its name only
        ("build", ["build/"], [("build", "excluded by pattern 'build/'")]),
        ("logs", ["*.log"], [("a.log", "excluded by pattern '*.log'")]),  # the folder is walked
        (".", ["*"], [("build", "excluded by pattern '*'"), ("logs", "excluded by pattern '*'")]),
    ],
)
def test_paths_given_directly_are_matched_by_name(tmp_path, monkeypatch, given, patterns, expected) -> None:
    monkeypatch.chdir(tmp_path)
    build(tmp_path, ["logs/a.log", "build/x.bin"])
    assert [(i.display, i.skipped) for i in walk([given], exclude=patterns)] == expected


def test_an_excluded_entry_that_vanished_is_skipped_not_a_problem(tmp_path) -> None:
    build(tmp_path, ["a.txt", "b.tmp", "c.txt"])
    items = walk([str(tmp_path)], exclude=["*.tmp"])
    assert next(items).display == "a.txt"
    (tmp_path / "b.tmp").unlink()
    (tmp_path / "c.txt").unlink()
    rest = by_display(items)
    assert rest["b.tmp"].skipped == "excluded by pattern '*.tmp'"
    assert rest["c.txt"].problem == "vanished during the scan"


# --- 2. depth and unreadable paths never abort the walk ------------------------------------------


def deep_chain(root: Path, total: int = 5000) -> tuple[Path, Path]:
    """Folders under `root` until the path is longer than `total` bytes, made through folder
    descriptors (os.makedirs cannot); `deep.txt` at the bottom. The folder and the file."""
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    path = str(root)
    i = 0
    while len(os.fsencode(path)) <= total:
        name = f"{i:03d}" + "d" * 200
        os.mkdir(name, dir_fd=fd)
        sub = os.open(name, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
        os.close(fd)
        fd, path, i = sub, f"{path}/{name}", i + 1
    out = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
    os.write(out, b"deep")
    os.close(out)
    os.close(fd)
    return Path(path), Path(path, "deep.txt")


@pytest.fixture
def long_tree(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (root / "beside.txt").write_text("beside")
    folder, file = deep_chain(root)
    yield root, folder, file
    shutil.rmtree(root)  # rmtree walks with descriptors too


@pytest.mark.parametrize("follow", [False, True])
def test_paths_longer_than_path_max_are_walked_and_read(long_tree, follow) -> None:
    root, _folder, file = long_tree
    assert len(os.fsencode(str(file))) > 4096
    items = list(walk([str(root)], follow))
    assert len(items) == 2
    deep = next(i for i in items if i.display.endswith("/deep.txt"))
    beside = next(i for i in items if i.display == "beside.txt")
    assert deep.problem is None and deep.fs_path == file
    assert deep.open_bytes(100) == b"deep"
    assert beside.open_bytes(100) == b"beside"
    with pytest.raises(OSError):  # the reason open_bytes exists
        open(deep.fs_path, "rb")  # noqa: SIM115


def test_a_link_deeper_than_path_max_is_reported_not_followed(long_tree) -> None:
    root, folder, _file = long_tree
    link = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    os.symlink("deep.txt", "link.txt", dir_fd=_open_chain(link, folder.relative_to(root)))
    items = {i.display.rsplit("/", 1)[-1]: i for i in walk([str(root)])}
    assert items["link.txt"].problem == LINK_UNRESOLVED  # realpath cannot resolve it
    followed = {i.display.rsplit("/", 1)[-1]: i for i in walk([str(root)], True)}
    assert followed["link.txt"].open_bytes(10) == b"deep"


def _open_chain(fd: int, rel: Path) -> int:
    for part in rel.parts:
        sub = os.open(part, os.O_RDONLY | os.O_DIRECTORY, dir_fd=fd)
        os.close(fd)
        fd = sub
    return fd


def test_long_paths_given_directly(long_tree) -> None:
    _root, folder, file = long_tree
    (item,) = walk([str(folder)])
    assert item.display == "deep.txt" and item.open_bytes(100) == b"deep"
    (item,) = walk([str(file)])
    assert item.display == str(file) and item.open_bytes(100) == b"deep"


def branchy(root: Path, depth: int = 9) -> None:
    """A chain `d0/d1/…` with a file and a side folder at every level."""
    here = root
    for level in range(depth):
        (here / f"f{level}.txt").write_text(str(level))
        (here / f"side{level}").mkdir()
        (here / f"side{level}" / "s.txt").write_text("s")
        here = here / f"d{level}"
        here.mkdir()


@needs_proc
@pytest.mark.parametrize("window", [1, 2, 3])
def test_deep_trees_hold_few_descriptors_and_give_the_same_walk(tmp_path, monkeypatch, window) -> None:
    branchy(tmp_path)
    (tmp_path / "a_link").symlink_to("d0", target_is_directory=True)  # climbs back without `..`
    expected = {f: [i.display for i in walk([str(tmp_path)], f)] for f in (False, True)}
    monkeypatch.setattr(walk_module, "_MAX_OPEN_DIRS", window)
    before = open_fds()
    for follow in (False, True):
        most = 0
        shown = []
        for item in walk([str(tmp_path)], follow):
            shown.append(item.display)
            most = max(most, len(open_fds() - before))
        assert shown == expected[follow]
        assert most <= window + 1  # the window and the root
    assert open_fds() == before
    assert "a_link/d1/f2.txt" in expected[True]
    assert "d0/d1/f2.txt" in expected[False]


def deep_link(root: Path) -> None:
    """branchy(4), and d0/d1/d2/lnk leading to zz/, which sorts after d0: walked through the link."""
    branchy(root, 4)
    build(root, ["zz/t.txt"])
    (root / "d0/d1/d2/lnk").symlink_to(root / "zz", target_is_directory=True)


@needs_proc
@pytest.mark.parametrize("window", [1, 2])
def test_climbing_out_of_a_deep_link_with_few_descriptors(tmp_path, monkeypatch, window) -> None:
    deep_link(tmp_path)
    expected = [i.display for i in walk([str(tmp_path)], True)]
    assert "d0/d1/d2/lnk/t.txt" in expected and "d0/d1/d2/side3/s.txt" in expected
    monkeypatch.setattr(walk_module, "_MAX_OPEN_DIRS", window)
    before = open_fds()
    assert [i.display for i in walk([str(tmp_path)], True)] == expected
    assert open_fds() == before
    items = by_display(walk([str(tmp_path)], True))
    assert items["zz"].problem is None and items["zz"].skipped == ALREADY_SCANNED


def test_a_folder_replaced_while_its_descriptor_was_closed_is_reported(tmp_path, monkeypatch) -> None:
    deep_link(tmp_path)
    monkeypatch.setattr(walk_module, "_MAX_OPEN_DIRS", 1)
    shown = {}
    for item in walk([str(tmp_path)], True):
        shown[item.display] = item
        if item.display == "d0/d1/d2/lnk/t.txt":  # d2 is closed now: swap it for another folder
            (tmp_path / "d0/d1/d2").rename(tmp_path / "d0/d1/old")
            (tmp_path / "d0/d1/d2").mkdir()
    problem = "folder moved or replaced during the scan: 1 of its entries not scanned"
    assert shown["d0/d1/d2"].problem == problem
    assert "d0/d1/d2/side3/s.txt" not in shown
    assert {"d0/d1/f2.txt", "d0/d1/side2/s.txt", "f0.txt"} <= set(shown)  # and the walk went on


def test_a_listing_that_fails_halfway_is_reported(tmp_path, monkeypatch) -> None:
    build(tmp_path, ["a.txt", "b.txt", "sub/c.txt"])
    real_scandir = os.scandir

    class Failing:
        def __init__(self, fd):
            self.inner = real_scandir(fd)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.inner.close()

        def __iter__(self):
            yield next(iter(self.inner))
            raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "scandir", Failing)
    items = list(walk([str(tmp_path)]))
    assert items[0] == Item(
        str(tmp_path),
        None,
        "cannot list folder completely: Input/output error",
        root=str(tmp_path),
        rel=tmp_path.name,
    )
    assert len(items) == 2  # the problem, and the one entry listed


@needs_proc
def test_stopping_early_closes_the_folders(tmp_path) -> None:
    branchy(tmp_path, 5)
    before = open_fds()
    items = walk([str(tmp_path)])
    for _ in range(4):
        next(items)
    assert open_fds() != before
    items.close()
    assert open_fds() == before


def test_entries_that_vanish_during_the_walk_are_reported(tmp_path) -> None:
    build(tmp_path, ["a.txt", "b.txt", "c/x.txt"])
    items = walk([str(tmp_path)])
    assert next(items).display == "a.txt"
    (tmp_path / "b.txt").unlink()
    shutil.rmtree(tmp_path / "c")
    rest = by_display(items)
    assert rest == {
        "b.txt": Item("b.txt", None, "vanished during the scan", root=str(tmp_path), rel="b.txt"),
        "c": Item("c", None, "vanished during the scan", root=str(tmp_path), rel="c"),
    }


def test_a_folder_that_cannot_be_opened_is_reported_and_the_walk_goes_on(tmp_path, monkeypatch) -> None:
    build(tmp_path, ["a.txt", "locked/secret.txt", "z.txt"])
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if path == "locked":
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    items = by_display(walk([str(tmp_path)]))
    assert items["locked"].problem == "cannot list folder: permission denied"
    assert set(items) == {"a.txt", "locked", "z.txt"}


@not_root
def test_unreadable_folder_is_reported(tmp_path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text("s")
    locked.chmod(0)
    try:
        items = list(walk([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert any(i.problem and "cannot list folder" in i.problem for i in items)


@pytest.mark.parametrize(
    ("given", "problem"),
    [("missing.txt", "file not found"), ("dangling", "broken symbolic link")],
)
def test_paths_given_that_cannot_be_read(tmp_path, monkeypatch, given, problem) -> None:
    monkeypatch.chdir(tmp_path)
    Path("dangling").symlink_to("nowhere")
    assert list(walk([given])) == [Item(given, None, problem, root=given, rel=given)]


# --- 3. symbolic links --------------------------------------------------------------------------


@pytest.fixture
def linked(tmp_path):
    """root/ with files and links of every kind; outside/ beside it, not scanned."""
    root, outside = tmp_path / "root", tmp_path / "outside"
    build(root, ["real.txt", "sub/inner.txt"])
    build(outside, ["secret.txt", "folder/hidden.txt"])
    os.mkfifo(root / "pipe")
    links = {
        "in_abs": root / "real.txt",
        "in_rel": "sub/inner.txt",
        "in_dotdot": "sub/../real.txt",
        "in_hop": "in_rel",  # a link to a link, inside
        "out_abs": outside / "secret.txt",
        "out_rel": "../outside/secret.txt",
        "out_hop": "out_abs",  # inside link, outside target
        "out_dir_hop": "../outside/folder/../secret.txt",
        "etc_passwd": "/etc/passwd",
        "dir_in": "sub",
        "dir_out": outside / "folder",
        "broken": "missing.txt",
        "loop_self": "loop_self",
        "pipe_link": "pipe",
    }
    for name, target in links.items():
        (root / name).symlink_to(target)
    return root, outside


READ = "read"


@pytest.mark.parametrize(
    ("name", "follow", "expected"),
    [
        ("in_abs", False, (READ, "real.txt")),
        ("in_rel", False, (READ, "sub/inner.txt")),
        ("in_dotdot", False, (READ, "real.txt")),
        ("in_hop", False, (READ, "sub/inner.txt")),
        ("out_abs", False, LINK_OUTSIDE),
        ("out_rel", False, LINK_OUTSIDE),
        ("out_hop", False, LINK_OUTSIDE),
        ("out_dir_hop", False, LINK_OUTSIDE),
        ("etc_passwd", False, LINK_OUTSIDE),
        ("dir_in", False, LINK_TO_FOLDER),
        ("dir_out", False, LINK_TO_FOLDER),
        ("broken", False, "broken symbolic link"),
        ("loop_self", False, "cannot access: Too many levels of symbolic links"),
        ("pipe_link", False, NOT_REGULAR),
        ("in_abs", True, (READ, "real.txt")),
        ("out_abs", True, (READ, "secret.txt")),
        ("out_hop", True, (READ, "secret.txt")),
        ("broken", True, "broken symbolic link"),
        ("pipe_link", True, NOT_REGULAR),
    ],
)
def test_symbolic_links(linked, name, follow, expected) -> None:
    root, _outside = linked
    if name == "etc_passwd" and not os.path.isfile("/etc/passwd"):
        pytest.skip("no /etc/passwd")
    items = by_display(walk([str(root)], follow))
    item = items[name]
    if isinstance(expected, tuple):
        assert item.problem is None, item.problem
        assert item.open_bytes(1000).decode() == expected[1]
    else:
        assert item.problem == expected
        assert item.fs_path is None


@pytest.mark.parametrize(
    ("follow", "present", "absent"),
    [
        (False, {"dir_in", "dir_out"}, {"dir_in/inner.txt", "dir_out/hidden.txt"}),
        (True, {"dir_in/inner.txt", "dir_out/hidden.txt"}, {"dir_in", "dir_out"}),
    ],
)
def test_links_to_folders(linked, follow, present, absent) -> None:
    root, _outside = linked
    items = by_display(walk([str(root)], follow))
    assert present <= set(items)
    assert not absent & set(items)


def test_a_link_inside_is_read_at_its_target_and_never_retargeted(linked) -> None:
    root, outside = linked
    items = by_display(walk([str(root)]))
    item = items["in_abs"]
    assert item.fs_path == Path(os.path.realpath(root / "real.txt"))
    (root / "real.txt").unlink()
    (root / "real.txt").symlink_to(outside / "secret.txt")  # swapped in after the walk
    with pytest.raises(OSError, match="symbolic link"):
        item.open_bytes(1000)


def test_a_folder_swapped_for_a_link_after_the_walk_is_not_followed(linked) -> None:
    root, _outside = linked
    items = by_display(walk([str(root)]))
    (root / "sub").rename(root / "moved")
    (root / "sub").symlink_to(root / "moved")
    with pytest.raises(OSError, match="took a folder's place"):
        items["sub/inner.txt"].open_bytes(1000)


def test_a_link_to_a_file_in_another_scanned_folder_is_followed(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    build(tmp_path, ["A/a.txt", "B/b.txt"])
    Path("A/to_b").symlink_to(tmp_path / "B" / "b.txt")
    alone = by_display(walk(["A"]))
    assert alone["to_b"].problem == LINK_OUTSIDE
    both = by_display(walk(["A", "B"]))
    assert both["A/to_b"].open_bytes(100) == b"B/b.txt"
    given_file = by_display(walk(["A", "B/b.txt"]))
    assert given_file["A/to_b"].problem is None


def test_symlink_loop_and_broken_link_do_not_hang(tmp_path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "dangling").symlink_to(tmp_path / "missing")
    (tmp_path / "ok.txt").write_text("ok")
    items = {i.display: i for i in walk([str(tmp_path)])}
    assert items["ok.txt"].problem is None
    assert items["dangling"].problem == "broken symbolic link"
    assert "not followed" in (items["loop"].problem or "")
    followed = {i.display: i for i in walk([str(tmp_path)], follow_symlinks=True)}
    assert followed["loop"].problem == "symbolic link loop: leads back to a folder being scanned"


def test_a_folder_reached_twice_through_links_is_walked_once(tmp_path) -> None:
    build(tmp_path, ["real/x.txt"])
    (tmp_path / "a_link").symlink_to("real", target_is_directory=True)
    (tmp_path / "z_link").symlink_to("real", target_is_directory=True)
    items = by_display(walk([str(tmp_path)], follow_symlinks=True))
    assert items["a_link/x.txt"].problem is None
    # its files were read under a_link: left out and counted, not an error (exit 3)
    assert items["real"].problem is None and items["real"].skipped == ALREADY_SCANNED
    assert items["z_link"].problem is None and items["z_link"].skipped == ALREADY_SCANNED
    assert set(items) == {"a_link/x.txt", "real", "z_link"}
    plain = by_display(walk([str(tmp_path)]))
    assert plain["real/x.txt"].problem is None and plain["z_link"].problem == LINK_TO_FOLDER


# --- 4. several roots ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("roots", "expected"),
    [
        (["A"], ["sub/y.txt", "x.txt"]),
        (["A/"], ["sub/y.txt", "x.txt"]),
        (["A", "B"], ["A/sub/y.txt", "A/x.txt", "B/x.txt"]),
        (["A/", "./B"], ["A/sub/y.txt", "A/x.txt", "B/x.txt"]),
        (["x/A", "y/A"], ["x/A/C/c.txt", "x/A/z.txt", "y/A/z.txt"]),
        (["A", "x/A"], ["A/sub/y.txt", "A/x.txt", "x/A/C/c.txt", "x/A/z.txt"]),
        (["A", "A/sub"], ["A/sub/y.txt", "A/x.txt", "sub/y.txt"]),
        # the two `sub`s are shown as given, and then x/A as `A/…` would look like A/sub's items
        (["x/A", "A/sub", "q/sub"], ["x/A/C/c.txt", "x/A/z.txt", "A/sub/y.txt", "q/sub/w.txt"]),
        ([".", "B"], ["./B/x.txt", "./f.txt", "B/x.txt"]),
        (["A", "f.txt"], ["A/sub/y.txt", "A/x.txt", "f.txt"]),
        (["f.txt"], ["f.txt"]),
    ],
)
def test_names_shown_for_one_or_several_roots(tmp_path, monkeypatch, roots, expected) -> None:
    monkeypatch.chdir(tmp_path)
    build(tmp_path, ["A/x.txt", "A/sub/y.txt", "B/x.txt", "x/A/z.txt", "x/A/C/c.txt", "y/A/z.txt"])
    build(tmp_path, ["q/sub/w.txt", "f.txt"])
    items = list(walk(roots))
    if roots[0] == ".":  # the whole tree: look at what matters
        items = [i for i in items if i.display in expected]
    assert [i.display for i in items] == expected
    for item in items:
        assert item.root in roots
        assert item.open_bytes(100).decode().endswith(item.display.rsplit("/", 1)[-1])


def test_an_absolute_root_is_shown_by_name_among_several(tmp_path) -> None:
    build(tmp_path, ["A/x.txt", "B/x.txt"])
    items = list(walk([str(tmp_path / "A"), str(tmp_path / "B")]))
    assert [(i.display, i.root) for i in items] == [
        ("A/x.txt", str(tmp_path / "A")),
        ("B/x.txt", str(tmp_path / "B")),
    ]


# --- 5. special files, order, names, never opening files -------------------------------------


def test_fifo_socket_and_device_are_reported_not_opened(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo("pipe")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind("sock")
        items = by_display(walk(["."]))
    finally:
        server.close()
    assert items["pipe"].problem == NOT_REGULAR
    assert items["sock"].problem == NOT_REGULAR
    if os.path.exists("/dev/null"):
        assert next(iter(walk(["/dev/null"]))).problem == NOT_REGULAR


def test_order_is_sorted_and_deterministic(tmp_path) -> None:
    build(tmp_path, ["b.txt", "a/z.txt", "a/b/c.txt", "B.txt", "a.txt", "a-b.txt", "c/d.txt"])
    shown = [i.display for i in walk([str(tmp_path)])]
    assert shown == ["B.txt", "a/b/c.txt", "a/z.txt", "a-b.txt", "a.txt", "b.txt", "c/d.txt"]
    assert shown == [i.display for i in walk([str(tmp_path)])]


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("中文.txt".encode("gb18030"), "中文.txt"),
        (b"caf\xe9\xff.txt", "caf\\xe9\\xff.txt"),
        ("plain-ü.txt".encode(), "plain-ü.txt"),
    ],
)
def test_names_that_are_not_utf8_are_printable_and_readable(tmp_path, raw, shown) -> None:
    with open(os.path.join(os.fsencode(tmp_path), raw), "wb") as out:
        out.write(b"x")
    (item,) = walk([str(tmp_path)])
    assert item.display == shown == printable(os.fsdecode(raw))
    item.display.encode("utf-8")
    assert item.open_bytes(10) == b"x"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        # each name of the path on its own: a UTF-8 folder keeps its name, a GB18030 file its
        ("技术资料/".encode() + "报告.txt".encode("gb18030"), "技术资料/报告.txt"),
        ("报告/".encode("gb18030") + "说明.txt".encode(), "报告/说明.txt"),
        ("技术/".encode() + b"caf\xe9\xff.txt", "技术/caf\\xe9\\xff.txt"),
    ],
)
def test_each_name_of_a_path_is_shown_on_its_own(tmp_path, raw, shown) -> None:
    path = os.path.join(os.fsencode(tmp_path), raw)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as out:
        out.write(b"x")
    (item,) = walk([str(tmp_path)])
    assert item.display == shown
    assert item.open_bytes(10) == b"x"


def test_a_gb18030_name_beside_its_utf8_twin_is_shown_escaped(tmp_path) -> None:
    """A share copied twice, once with its names re-encoded: two files, two names in reports."""
    for folder in (b"", "资料/".encode("gb18030")):
        for raw in ("报告.txt".encode("gb18030"), "报告.txt".encode()):
            path = os.path.join(os.fsencode(tmp_path), folder + raw)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as out:
                out.write(raw)
    os.mkdir(tmp_path / "资料")
    shown = [i.display for i in walk([str(tmp_path)])]
    assert len(shown) == len(set(shown)) == 4
    assert "\\xb1\\xa8\\xb8\\xe6.txt" in shown and "报告.txt" in shown
    # the GB18030 folder 资料 has a twin too (an empty 资料 beside it)
    assert (
        "\\xd7\\xca\\xc1\\xcf/\\xb1\\xa8\\xb8\\xe6.txt" in shown and "\\xd7\\xca\\xc1\\xcf/报告.txt" in shown
    )
    assert {i.open_bytes(20) for i in walk([str(tmp_path)])} == {
        "报告.txt".encode("gb18030"),
        "报告.txt".encode(),
    }


def test_walking_opens_folders_only(tmp_path, monkeypatch) -> None:
    build(tmp_path, ["a.txt", "sub/b.txt"])
    os.mkfifo(tmp_path / "pipe")  # opening it would block the test
    (tmp_path / "link").symlink_to("a.txt")
    real_open = os.open
    flags_seen = []

    def spy(path, flags, *args, **kwargs):
        flags_seen.append(flags)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    for follow in (False, True):
        assert len(list(walk([str(tmp_path)], follow))) == 4
    assert flags_seen and all(flags & os.O_DIRECTORY for flags in flags_seen)


# --- reading what the walk found ------------------------------------------------------------------


def test_open_bytes_refuses_large_files_and_things_that_are_not_files(tmp_path) -> None:
    build(tmp_path, ["big.txt", "later.txt"])
    items = by_display(walk([str(tmp_path)]))
    with pytest.raises(ExtractionError, match=r"file too large: 7 bytes \(limit 3\)"):
        items["big.txt"].open_bytes(3)
    (tmp_path / "later.txt").unlink()
    os.mkfifo(tmp_path / "later.txt")  # a FIFO in its place: refused, without blocking
    with pytest.raises(OSError, match="not a regular file"):
        items["later.txt"].open_bytes(100)
    with pytest.raises(OSError, match="vanished"):
        Item("gone", None, "vanished during the scan").open_bytes(100)


@pytest.mark.parametrize(
    ("content", "limit", "expect"),
    [
        (b"0123456789", 100, b"0123456789"),  # grew after its stat: read on
        (b"0123456789", 10, b"0123456789"),  # grew to exactly the limit
        (b"0123456789", 6, None),  # grew beyond the limit: too large
    ],
)
def test_open_bytes_reads_a_file_that_grew_since_its_stat(
    tmp_path, monkeypatch, content, limit, expect
) -> None:
    """The read is sized by the file's stat (one byte more), not by the limit; a file larger
    than its stat said is read on to the limit, never cut short at the stat's size."""
    (tmp_path / "growing.log").write_bytes(content)
    item = by_display(walk([str(tmp_path)]))["growing.log"]
    real = os.fstat
    monkeypatch.setattr(os, "fstat", lambda fd: os.stat_result((*real(fd)[:6], 3, *real(fd)[7:])))
    if expect is None:
        with pytest.raises(ExtractionError, match="file too large: more than 6 bytes"):
            item.open_bytes(limit)
    else:
        assert item.open_bytes(limit) == expect


def test_open_file_follows_links_only_when_asked(tmp_path) -> None:
    build(tmp_path, ["dir/a.txt"])
    (tmp_path / "alias").symlink_to("dir", target_is_directory=True)
    fd = open_file(tmp_path / "alias" / "a.txt")
    os.close(fd)
    with pytest.raises(OSError):
        open_file(tmp_path / "alias" / "a.txt", trusted_prefix=str(tmp_path))
    os.close(open_file(tmp_path / "dir" / "a.txt", trusted_prefix=str(tmp_path)))


def test_a_gb18030_name_is_escaped_only_in_the_folder_of_its_twin(tmp_path) -> None:
    """Shown paths do not depend on the order of the walk: 报告.txt is escaped in b/, where its
    UTF-8 twin is, and read as GB18030 in a/ and c/."""
    gbk = "报告.txt".encode("gb18030")
    for folder in (b"a", b"b", b"c"):
        os.makedirs(os.path.join(os.fsencode(tmp_path), folder), exist_ok=True)
        with open(os.path.join(os.fsencode(tmp_path), folder, gbk), "wb") as out:
            out.write(b"x")
    (tmp_path / "b" / "报告.txt").write_text("y")
    shown = sorted(i.display for i in walk([str(tmp_path)]))
    assert shown == sorted(["a/报告.txt", "b/\\xb1\\xa8\\xb8\\xe6.txt", "b/报告.txt", "c/报告.txt"])


@pytest.mark.parametrize(
    ("raws", "shown"),
    [
        # a name that is not UTF-8, beside a file whose name spells out its escapes
        ([b"a\xff.txt", b"a\\xff.txt"], ["a\\xff.txt", "a\\xff.txt (not UTF-8: 61ff2e747874)"]),
        # two names that are not UTF-8 and escape alike
        (
            [b"\\xff\xff", b"\xff\\xff"],
            ["\\xff\\xff (not UTF-8: 5c786666ff)", "\\xff\\xff (not UTF-8: ff5c786666)"],
        ),
        # and a third file spelling out one of those forms
        (
            [b"\\xff\xff", b"\xff\\xff", b"\\xff\\xff (not UTF-8: 5c786666ff)"],
            [
                "\\xff\\xff (not UTF-8: 5c786666ff #2)",
                "\\xff\\xff (not UTF-8: 5c786666ff)",
                "\\xff\\xff (not UTF-8: ff5c786666)",
            ],
        ),
        # no clash: the usual forms
        ([b"a\xff.txt", b"b.txt"], ["a\\xff.txt", "b.txt"]),
    ],
)
def test_no_two_files_of_a_folder_are_shown_alike(tmp_path, raws, shown) -> None:
    """Reports name each file once: a name that is not UTF-8 whose usual form is another file's
    name (or form) is shown with its bytes."""
    for folder in (b"", b"sub/"):
        os.makedirs(os.path.join(os.fsencode(tmp_path), folder), exist_ok=True)
        for raw in raws:
            with open(os.path.join(os.fsencode(tmp_path), folder + raw), "wb") as out:
                out.write(raw)
    items = list(walk([str(tmp_path)]))
    displays = [i.display for i in items]
    assert len(set(displays)) == len(displays) == 2 * len(raws)
    assert sorted(d for d in displays if not d.startswith("sub/")) == sorted(shown)
    assert sorted(d[4:] for d in displays if d.startswith("sub/")) == sorted(shown)
    for item in items:
        item.display.encode("utf-8")
        assert os.fsencode(item.fs_path.name) == item.open_bytes(100)
