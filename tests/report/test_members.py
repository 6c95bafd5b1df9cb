"""A container's members are told from files whose own name holds a `!`: by the order of the
verdicts (a member follows its container), in the HTML counts and SARIF locations."""

from __future__ import annotations

import io
import json

import pytest

from scanner.report import make_reporter
from scanner.report.members import Members
from scanner.report.sariffmt import _uri
from scanner.report.summary import Summary
from scanner.types import Verdict

CONTROLLED = {"verdict": "controlled", "control_codes": ("1E902.a",), "categories": ("recycling",)}
SCAN = [
    Verdict("URGENT!.txt", file_type="text", **CONTROLLED),
    Verdict("Final!/wi.txt", file_type="text", **CONTROLLED),
    Verdict("a", file_type="text", verdict="clear"),
    Verdict("a!b.txt", file_type="text", verdict="clear"),  # "a" holds nothing: a file
    Verdict("mail.zip", file_type="zip", **CONTROLLED),
    Verdict("mail.zip!spec.txt", file_type="text", **CONTROLLED),
    Verdict("mail.zip!inner.zip", file_type="zip", verdict="clear"),
    Verdict("mail.zip!inner.zip!x.txt", file_type="text", verdict="clear"),
    Verdict("mail.zip.txt", file_type="text", verdict="clear"),
    Verdict("ok.txt", file_type="text", verdict="clear"),
]


def render(fmt: str) -> str:
    """The report of SCAN in `fmt`."""
    out = io.StringIO()
    reporter = make_reporter(fmt, out)
    reporter.start()
    for v in SCAN:
        reporter.file(v)
    reporter.finish(Summary())
    return out.getvalue()


def test_members_are_told_by_order_not_by_the_mark() -> None:
    members = Members()
    found = [members.container_of(v) for v in SCAN]
    assert found == [None, None, None, None, None, "mail.zip", "mail.zip", "mail.zip", None, None]


def test_html_counts_files_with_a_mark_in_their_name() -> None:
    page = render("html")
    # seven files (the members are counted with their container), three of them flagged
    assert "3 of 7 files flagged" in page
    # and says that the table's ten entries hold three members counted with their container
    assert "Counts are of the 7 files scanned; the table lists 10 entries, with the 3 members" in page


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("URGENT!.txt", "URGENT%21.txt"),
        ("col:on.txt", "col%3Aon.txt"),  # not a scheme
        ("C:\\evil.txt", "C%3A%5Cevil.txt"),  # not a drive, not a folder
        ("back\\slash.txt", "back%5Cslash.txt"),
        ("bad\udcff.txt", "bad%FF.txt"),  # a name in no encoding: its own byte
        ("稀土/烧结.docx", "%E7%A8%80%E5%9C%9F/%E7%83%A7%E7%BB%93.docx"),
        ("dir/a b#c?.txt", "dir/a%20b%23c%3F.txt"),
    ],
)
def test_sarif_uris_name_the_file(path: str, uri: str) -> None:
    assert _uri(path) == uri


def test_sarif_locates_a_member_in_its_container_and_a_marked_file_in_itself() -> None:
    results = json.loads(render("sarif"))["runs"][0]["results"]
    where = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
         r["locations"][0].get("logicalLocations", [{}])[0].get("fullyQualifiedName"))
        for r in results
    }  # fmt: skip
    assert where == {
        ("URGENT%21.txt", None),
        ("Final%21/wi.txt", None),
        ("mail.zip", None),
        ("mail.zip", "mail.zip!spec.txt"),
    }
