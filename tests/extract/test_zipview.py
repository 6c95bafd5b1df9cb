import io
import zipfile

import pytest

from scanner.extract import zipview
from scanner.extract.zipview import open_zip


def _zip(comment: bytes = b"", names: tuple[str, ...] = ("a.xml", "b/c.xml", "d.bin")) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for i, name in enumerate(names):
            archive.writestr(name, f"<part n='{i}'>{name}</part>" * (i + 1))
        archive.comment = comment
    return out.getvalue()


@pytest.fixture
def parses(monkeypatch) -> list:
    """The archives whose central directory the standard library parses, as they are parsed."""
    calls: list = []
    real = zipfile.ZipFile._RealGetContents

    def counting(self):
        calls.append(self)
        return real(self)

    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", counting)
    return calls


def _seen(archive: zipfile.ZipFile) -> tuple:
    return (
        [(i.filename, i.file_size, i.compress_size, i.CRC, i.header_offset) for i in archive.infolist()],
        sorted(archive.NameToInfo),
        archive.comment,
        archive.start_dir,
        {name: archive.read(name) for name in archive.namelist()},
    )


@pytest.mark.parametrize("data", [_zip(), _zip(comment=b"a comment"), _zip(names=("only.txt",))])
def test_an_archive_opened_again_is_the_archive_the_standard_library_opens(data: bytes) -> None:
    expected = _seen(zipfile.ZipFile(io.BytesIO(data)))
    first = open_zip(data)
    second = open_zip(data)  # its directory from the first
    assert _seen(first) == expected
    assert _seen(second) == expected


def test_the_directory_is_parsed_once_for_the_same_bytes(parses: list) -> None:
    calls = parses
    data = _zip()
    for _ in range(5):
        with open_zip(data) as archive:
            archive.read("a.xml")
    assert len(calls) == 1
    open_zip(bytes(bytearray(data)))  # equal bytes, another object: parsed anew
    assert len(calls) == 2


def test_what_one_caller_changes_is_not_seen_by_the_next() -> None:
    data = _zip()
    first = open_zip(data)
    first.filelist.clear()
    first.NameToInfo.pop("a.xml")
    second = open_zip(data)
    assert second.namelist() == ["a.xml", "b/c.xml", "d.bin"]
    assert second.read("a.xml")


def test_a_corrupt_archive_fails_as_it_always_did_and_is_not_remembered() -> None:
    data = _zip()[:-30]
    for _ in range(2):
        with pytest.raises(zipfile.BadZipFile):
            open_zip(data)
    assert zipview._last is None or zipview._last[0] is not data


def test_a_large_archive_is_not_remembered(monkeypatch) -> None:
    monkeypatch.setattr(zipview, "MAX_REMEMBERED", 10)
    data = _zip()
    open_zip(data)
    assert zipview._last is None or zipview._last[0] is not data


def test_a_package_is_opened_once_on_its_way_through_the_scanner(parses: list, scanner) -> None:
    """The sniffer, the bomb guard, the embedded-object and picture finders and the reader all
    look into one DOCX: its directory is parsed once."""
    from docx import Document

    out = io.BytesIO()
    document = Document()
    document.add_paragraph("canteen menu for the week")
    document.save(out)
    parses.clear()  # python-docx's own template was read above
    calls = parses
    verdict = scanner.scan_bytes("menu.docx", out.getvalue())
    assert verdict.verdict == "clear"
    assert len(calls) == 1
