"""gitignore-style patterns: what `--exclude` leaves out and what `--include` selects."""

from __future__ import annotations

import pytest

from scanner.crawl.patterns import Rules


@pytest.mark.parametrize(
    ("patterns", "path", "selected"),
    [
        # a folder pattern selects everything inside it, at any depth
        (["docs/"], "docs/a.txt", True),
        (["docs/"], "docs/deep/er/b.txt", True),
        (["docs"], "x/docs/a.txt", True),  # a name without a slash: at any depth
        (["docs/"], "docs", False),  # a file named like the folder: `dir/` is folders only
        (["docs"], "docs", True),  # without the slash: the file too
        (["/docs/"], "x/docs/a.txt", False),  # anchored to the folder given
        (["/top/sub"], "top/sub/c.txt", True),
        (["/top/sub"], "top/subway.txt", False),
        (["docs/**"], "docs/a/b.txt", True),
        # files by name
        (["*.docx"], "a/b/c.docx", True),
        (["*.docx"], "a/b/c.docx.txt", False),
        (["sub/*.txt"], "sub/c.txt", True),
        (["sub/*.txt"], "x/sub/c.txt", False),
        # the deepest pattern that matches decides
        (["docs/", "!docs/drafts/"], "docs/drafts/d.txt", False),
        (["docs/", "!docs/drafts/"], "docs/final/f.txt", True),
        (["docs/", "!*.tmp"], "docs/x.tmp", False),
        (["!docs/", "docs/keep.txt"], "docs/keep.txt", False),  # a folder taken out stays out
        (["*.txt", "!.hidden/"], ".hidden/d.txt", False),
        (["*.txt", "!secret.txt"], "a/secret.txt", False),
        ([], "a.txt", False),
    ],
)
def test_include_selects(patterns: list[str], path: str, selected: bool) -> None:
    assert Rules.build(patterns, None).selects(path) is selected


@pytest.mark.parametrize(
    ("patterns", "path", "is_dir", "left_out"),
    [
        (["build/"], "build", True, True),
        (["build/"], "build", False, False),
        (["*.log", "!keep.log"], "a/keep.log", False, False),
        (["*.log", "!keep.log"], "a/drop.log", False, True),
        (["/x.txt"], "sub/x.txt", False, False),
    ],
)
def test_exclude_matches(patterns: list[str], path: str, is_dir: bool, left_out: bool) -> None:
    assert (Rules.build(patterns, None).match(path, is_dir) is not None) is left_out
