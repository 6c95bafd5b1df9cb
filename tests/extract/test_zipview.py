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


def _mixed() -> bytes:
    """Parts of every compression, short and long, one with a name in UTF-8."""
    out = io.BytesIO()
    long = "".join(f"<w:t>{i} neodymium</w:t>" for i in range(3000))
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("stored.xml", "<a>" + long + "</a>", zipfile.ZIP_STORED)
        archive.writestr("deflated.xml", "<b>" + long + "</b>", zipfile.ZIP_DEFLATED)
        archive.writestr("short.xml", "<c/>", zipfile.ZIP_DEFLATED)
        archive.writestr("empty.xml", "", zipfile.ZIP_DEFLATED)
        archive.writestr("bzip.xml", "<d>" + long + "</d>", zipfile.ZIP_BZIP2)
        archive.writestr("lzma.xml", "<e>" + long + "</e>", zipfile.ZIP_LZMA)
        archive.writestr("名前.xml", "<f>名前</f>", zipfile.ZIP_DEFLATED)
    return out.getvalue()


@pytest.mark.parametrize("size", [0, 10, 4096, 10**6])
def test_part_head_reads_what_zipfile_reads(size: int) -> None:
    data = _mixed()
    archive = open_zip(data)
    for info in archive.infolist():
        with zipfile.ZipFile(io.BytesIO(data)).open(info.filename) as part:
            expected = part.read(size)
        assert zipview.part_head(archive, info, size) == expected, info.filename


def test_part_head_leaves_a_damaged_part_to_zipfile() -> None:
    """A local header that does not name the part (or a broken stream) is read through
    `ZipFile.open`, which raises as it always did."""
    data = bytearray(_mixed())
    archive = open_zip(bytes(data))
    info = archive.getinfo("short.xml")
    data[info.header_offset + 30] ^= 0x20  # the local header's name, changed
    damaged = bytes(data)
    archive = open_zip(damaged)
    with pytest.raises(zipfile.BadZipFile):
        zipview.part_head(archive, archive.getinfo("short.xml"), 4096)
    plain = zipfile.ZipFile(io.BytesIO(_mixed()))  # not made by open_zip: ZipFile.open
    assert zipview.part_head(plain, plain.getinfo("short.xml"), 4096) == b"<c/>"


def test_read_gives_what_zipfile_reads_the_first_time_and_the_next() -> None:
    data = _mixed()
    plain = zipfile.ZipFile(io.BytesIO(data))
    for _ in range(2):
        archive = open_zip(data)
        for info in archive.infolist():
            assert archive.read(info.filename) == plain.read(info.filename), info.filename
            assert archive.read(info) == plain.read(info.filename), info.filename


@pytest.fixture
def decompressed(monkeypatch) -> list:
    """The parts `zipview` decompresses itself, as (name, size) when it does."""
    calls: list = []
    real = zipview._whole

    def counting(data, info):
        calls.append(info.filename)
        return real(data, info)

    monkeypatch.setattr(zipview, "_whole", counting)
    return calls


def test_a_part_read_again_is_not_decompressed_again(decompressed: list) -> None:
    data = _mixed()
    first = open_zip(data).read("deflated.xml")
    second = open_zip(data).read("deflated.xml")
    assert first == second and decompressed == ["deflated.xml"]
    assert zipview.part_head(open_zip(data), open_zip(data).getinfo("deflated.xml"), 10) == first[:10]
    assert decompressed == ["deflated.xml"]
    open_zip(bytes(bytearray(data))).read("deflated.xml")  # equal bytes, another object: read anew
    assert decompressed == ["deflated.xml"] * 2


def test_parts_beyond_the_memory_bound_are_read_each_time(monkeypatch, decompressed: list) -> None:
    monkeypatch.setattr(zipview, "MAX_PARTS", 100)
    data = _mixed()
    for _ in range(2):
        open_zip(data).read("deflated.xml")  # longer than 100 bytes
        open_zip(data).read("short.xml")
    assert decompressed == ["deflated.xml", "short.xml", "deflated.xml"]


def _with_crc(data: bytes, name: str, crc: int) -> bytes:
    """`data` with `name`'s CRC changed in both its local header and its directory entry."""
    out = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
    old = info.CRC.to_bytes(4, "little")
    new = crc.to_bytes(4, "little")
    at = info.header_offset + 14
    assert out[at : at + 4] == old
    out[at : at + 4] = new
    start = bytes(out).find(b"PK\x01\x02")
    while start != -1:
        name_length = int.from_bytes(out[start + 28 : start + 30], "little")
        if out[start + 46 : start + 46 + name_length] == name.encode():
            assert out[start + 16 : start + 20] == old
            out[start + 16 : start + 20] = new
        start = bytes(out).find(b"PK\x01\x02", start + 4)
    return bytes(out)


@pytest.mark.parametrize("name", ["deflated.xml", "stored.xml", "short.xml"])
def test_a_part_whose_crc_is_wrong_fails_as_zipfile_fails(name: str) -> None:
    data = _with_crc(_mixed(), name, 12345)
    with pytest.raises(zipfile.BadZipFile, match="CRC"):
        zipfile.ZipFile(io.BytesIO(data)).read(name)
    for _ in range(2):
        with pytest.raises(zipfile.BadZipFile, match="CRC"):
            open_zip(data).read(name)


def test_a_closed_archive_is_not_read() -> None:
    data = _mixed()
    archive = open_zip(data)
    archive.read("short.xml")
    archive.close()
    with pytest.raises(ValueError):
        archive.read("short.xml")


def test_a_package_s_parts_are_decompressed_once_on_its_way_through_the_scanner(
    decompressed: list, scanner
) -> None:
    """The bomb guard reads every XML part before the reader does, and the reader reads the
    content types and relationships more than once: each is decompressed once."""
    from docx import Document

    out = io.BytesIO()
    document = Document()
    document.add_paragraph("canteen menu for the week")
    document.save(out)
    decompressed.clear()
    verdict = scanner.scan_bytes("menu.docx", out.getvalue())
    assert verdict.verdict == "clear"
    assert decompressed and len(decompressed) == len(set(decompressed))
    assert "word/document.xml" in decompressed and "[Content_Types].xml" in decompressed
