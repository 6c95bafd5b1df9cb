"""Bad input never crashes a scan and never loses a file: each gets a verdict with a reason."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scanner.config import Limits, ScanConfig
from scanner.pipeline import Scanner


@pytest.fixture()
def hostile(tmp_path: Path) -> Path:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "fake.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(2000))
    (tmp_path / "random.bin").write_bytes(os.urandom(4096))
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (tmp_path / "big.txt").write_text("稀土 " * 200_000, encoding="utf-8")
    (tmp_path / "deep").mkdir()
    (tmp_path / "deep" / "ok.md").write_text("# Meeting notes\nNothing to report.\n")
    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    return tmp_path


def test_every_file_gets_a_verdict_and_a_reason(hostile: Path) -> None:
    config = ScanConfig(limits=Limits(max_file_bytes=500_000))
    verdicts = {v.path: v for v in Scanner(config).scan_paths([str(hostile)])}
    assert set(verdicts) == {
        "empty.txt",
        "fake.pdf",
        "random.bin",
        "notes.docx",
        "big.txt",
        "deep/ok.md",
        "pipe",
        "loop",
    }
    assert verdicts["empty.txt"].error == "empty file"
    assert verdicts["fake.pdf"].error.startswith("corrupt PDF")
    # opened but unknown: a person should look (error is for what could not be opened)
    assert verdicts["random.bin"].verdict == "review"
    assert any("unsupported format: binary" in r for r in verdicts["random.bin"].reasons)
    assert "zip" in verdicts["notes.docx"].error
    assert verdicts["big.txt"].error.startswith("file too large")
    assert "not a regular file" in verdicts["pipe"].error
    assert "not followed" in verdicts["loop"].error
    assert verdicts["deep/ok.md"].verdict == "clear"
    for v in verdicts.values():
        assert v.verdict in ("clear", "error", "review")
        if v.verdict == "error":
            assert v.to_dict()["error"]


def test_permission_denied_is_an_error(tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "secret.txt"
    target.write_text("烧结")
    real_open = os.open

    def deny(path, flags, *args, **kwargs):
        if os.fspath(path) in (str(target), target.name):
            raise PermissionError(13, "Permission denied")
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", deny)
    (v,) = list(Scanner().scan_paths([str(tmp_path)]))
    assert v.verdict == "error" and v.error == "permission denied"


def test_internal_fault_fails_closed(monkeypatch) -> None:
    scanner = Scanner()

    def boom(document):
        raise RuntimeError("detector bug")

    monkeypatch.setattr(scanner.detector, "analyze", boom)
    v = scanner.scan_bytes("a.txt", "烧结钕铁硼".encode())
    assert v.verdict == "error"
    assert "internal error" in (v.error or "")


def test_text_past_the_limit_is_not_passed_unread(tmp_path: Path) -> None:
    config = ScanConfig(limits=Limits(max_text_chars=10_000))
    data = ("line of text\n" * 5_000).encode()
    v = Scanner(config).scan_bytes("long.txt", data)
    assert v.verdict == "review"
    assert [s.kind for s in v.skipped] == ["limit"]
    assert any(r.startswith("not inspected: text from line") for r in v.reasons)


def test_dwg_is_review_not_clear(scanner) -> None:
    v = scanner.scan_bytes("rotor.dwg", b"AC1032" + b"\0" * 200)
    assert v.verdict == "review"
    assert v.carrier == "drawing"
    assert "DWG content not inspectable" in v.reasons[0]


# --- the members of a container at the top go through the quick pass --------------------------

MEMO = (
    "Dear all, the quarterly budget review meeting moves to Thursday 14:00 in room 3. Please bring "
    "the travel expense reports and the updated headcount plan. Lunch will be served. Regards, Anna"
)
MEMO2 = MEMO.replace("Thursday", "Friday").replace("Anna", "Ben")
NC = "%\nO1234 (BRACKET)\nG21 G90\nG0 X0 Y0 Z5\nG1 Z-1 F100\nG1 X40 Y0 F300\nG1 X40 Y20\nG0 Z5\nM30\n%\n"
SPEC = "烧结钕铁硼工艺：真空烧结1060℃×4 h，一级回火900℃×2 h，二级回火500℃×3 h，气流磨D50 3.0 μm。"
#: what a verdict is judged by (the score, reasons and evidence of a quick verdict differ)
JUDGED = ("path", "verdict", "control_codes", "categories", "magnet_types", "carrier", "exclusion", "skipped")


def _zip(members: dict[str, str | bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buffer.getvalue()


def _mail(body: str, attachments: dict[str, str]) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@example.com", "b@example.org", "notes"
    message.set_content(body)
    for name, text in attachments.items():
        message.add_attachment(text.encode("utf-8"), maintype="text", subtype="plain", filename=name)
    return message.as_bytes()


def _judged(verdicts) -> list[tuple]:
    return [tuple(getattr(v, f) for f in JUDGED) for v in verdicts]


@pytest.fixture(scope="module")
def in_full() -> Scanner:
    return Scanner(ScanConfig(quick=False))


@pytest.mark.parametrize(
    ("name", "data", "quick_members"),
    [
        # one carrier among the clear members: whichever scores highest, the container's is it
        ("memos.zip", _zip({"a.txt": MEMO, "b.txt": MEMO2}), ["memos.zip!a.txt", "memos.zip!b.txt"]),
        # a controlled member decides; the clear one beside it cannot
        ("mixed.zip", _zip({"memo.txt": MEMO, "spec.txt": SPEC}), ["mixed.zip!memo.txt"]),
        # a clear e-mail is an e-mail, whatever its parts score
        ("mail.eml", _mail(MEMO, {"notes.txt": MEMO2}), ["mail.eml!notes.txt"]),
        # two carriers among the clear members: the scores would choose, so both are judged in full
        ("two-carriers.zip", _zip({"memo.txt": MEMO, "bracket.nc": NC}), []),
        # a container inside a container is judged in full, members and all
        ("nested.zip", _zip({"inner.zip": _zip({"a.txt": MEMO}), "b.txt": MEMO2}), ["nested.zip!b.txt"]),
    ],
)
def test_members_of_a_container_are_judged_quickly_where_their_scores_cannot_matter(
    scanner: Scanner, in_full: Scanner, name: str, data: bytes, quick_members: list[str]
) -> None:
    from scanner.pipeline import is_quick

    got = scanner.scan_bytes_all(name, data)
    full = in_full.scan_bytes_all(name, data)
    assert _judged(got) == _judged(full)
    assert [v.path for v in got[1:] if is_quick(v)] == quick_members
    # what the quick pass did not judge is exactly what a scan in full gives
    assert [v.to_dict() for v in got[1:] if not is_quick(v)] == [
        v.to_dict() for v in full[1:] if v.path not in quick_members
    ]
    if not quick_members:
        assert [v.to_dict() for v in got] == [v.to_dict() for v in full]


def test_members_past_the_bytes_kept_for_judging_again_are_judged_in_full(
    scanner: Scanner, in_full: Scanner, monkeypatch
) -> None:
    import scanner.pipeline as pipeline

    monkeypatch.setattr(pipeline, "QUICK_MEMBER_BYTES", len(MEMO.encode()) + 10)
    data = _zip({"a.txt": MEMO, "b.txt": MEMO2})
    got = scanner.scan_bytes_all("memos.zip", data)
    assert [pipeline.is_quick(v) for v in got[1:]] == [True, False]
    assert got[2].to_dict() == in_full.scan_bytes_all("memos.zip", data)[2].to_dict()


def _sheet(rows: list[tuple]) -> bytes:
    import io

    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_SINTERING = [
    ("NdFeB N52 sintering process sheet",),
    ("Parameter", "Value", "Unit"),
    ("Sintering temperature", 1060, "°C"),
    ("Sintering time", 4, "h"),
    ("Vacuum", 0.005, "Pa"),
    ("First aging temperature", 900, "°C"),
    ("Second aging temperature", 500, "°C"),
    ("Jet mill particle size D50", 3.2, "µm"),
    ("Pressing field", 2.0, "T"),
]
_PLATING = [
    ("Acid copper plating line, bath sheet",),
    ("Parameter", "Value", "Unit"),
    ("Bath temperature", 25, "°C"),
    ("Current density", 2.5, "A/dm2"),
    ("Copper sulphate", 200, "g/L"),
    ("Sulphuric acid", 60, "g/L"),
    ("Plating time", 45, "min"),
]


@pytest.mark.parametrize(
    ("name", "rows", "flagged"),
    [
        # a parameter sheet with a unit column: its values were not values (clear at 0.24)
        ("sinter.xlsx", _SINTERING, True),
        ("sinter.csv", _SINTERING, True),
        ("plating.xlsx", _PLATING, False),
        ("plating.csv", _PLATING, False),
    ],
)
def test_a_parameter_sheet_with_a_unit_column(scanner, name: str, rows: list[tuple], flagged: bool) -> None:
    if name.endswith(".csv"):
        data = "\n".join(",".join(str(c) for c in row) for row in rows).encode("utf-8")
    else:
        data = _sheet(rows)
    verdict = scanner.scan_bytes(name, data)
    assert (verdict.verdict in ("controlled", "review")) is flagged, verdict.reasons
    if flagged:
        assert "magnet-manufacturing" in verdict.categories


def test_an_e_mail_s_findings_are_placed_in_its_headers_or_body() -> None:
    """Found by an exploratory test of explain: a term on the third line of the body was 'line 6'
    (the From, To and Subject lines counted in), a line no mail program shows."""
    from email.message import EmailMessage

    from scanner.pipeline import Scanner

    mail = EmailMessage()
    mail["From"], mail["To"] = "li.wei@example.com", "r.mueller@partner.example"
    mail["Subject"] = "钕铁硼烧结工艺"
    mail.set_content(
        "Hello,\n\nP507 extraction of Pr/Nd: 40 stages extraction, 20 stages scrubbing with 4 mol/L HCl, "
        "O/A 1:1.2, saponification 35 %\n"
    )
    verdicts = Scanner().scan_bytes_all("mail.eml", bytes(mail))
    places = {e.text: e.location for e in verdicts[0].evidence}
    assert places["P507"] == "body, line 3"
    assert places.get("钕铁硼", "header, line 3") == "header, line 3"
