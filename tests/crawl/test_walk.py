import os

import pytest

from scanner.crawl.walk import walk


def test_folder_paths_are_relative_and_sorted(tmp_path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "x.txt").write_text("x")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text("c")
    items = list(walk([str(tmp_path)]))
    assert [i.display for i in items] == ["a.txt", "b/x.txt"]
    assert all(i.problem is None for i in items)


def test_a_file_is_reported_as_given(tmp_path) -> None:
    f = tmp_path / "one.txt"
    f.write_text("1")
    assert [i.display for i in walk([str(f)])] == [str(f)]


def test_symlink_loop_and_broken_link_do_not_hang(tmp_path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "dangling").symlink_to(tmp_path / "missing")
    (tmp_path / "ok.txt").write_text("ok")
    items = {i.display: i for i in walk([str(tmp_path)])}
    assert items["ok.txt"].problem is None
    assert items["dangling"].problem == "broken symbolic link"
    assert "not followed" in (items["loop"].problem or "")
    followed = {i.display: i for i in walk([str(tmp_path)], follow_symlinks=True)}
    assert "loop" in (followed["loop"].problem or "")


def test_fifo_is_not_opened(tmp_path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    (item,) = list(walk([str(tmp_path)]))
    assert item.problem and "not a regular file" in item.problem


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
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
