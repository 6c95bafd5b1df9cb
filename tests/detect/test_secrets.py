"""A URL's password never reaches a report: the text quoted around a finding masks it."""

from __future__ import annotations

import json

import pytest

from scanner.detect.secrets import masked_slice, secret_spans
from tests.conftest import scan_text


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (
            "see https://alice:Hunter2Pass@intranet.example.com/specs",
            "see https://alice:***@intranet.example.com/specs",
        ),
        ("ftp://bob:Ftp-S3cret@files.example.com/x", "ftp://bob:***@files.example.com/x"),
        ("smb://CORP;carol:Winter2026!@fileserver/share", "smb://CORP;carol:***@fileserver/share"),
        ("https://:token123@host/", "https://:***@host/"),
        (
            "https://alice@intranet.example.com/specs",
            "https://alice@intranet.example.com/specs",
        ),  # no password
        ("mail li.wei@example.com at 10:30", "mail li.wei@example.com at 10:30"),
        ("ratio 3:1 @ 20 °C", "ratio 3:1 @ 20 °C"),
    ],
)
def test_passwords_are_masked(text: str, shown: str) -> None:
    assert masked_slice(text, 0, len(text), secret_spans(text)) == shown


def test_a_slice_that_cuts_a_password_masks_what_it_holds() -> None:
    text = "at https://alice:Hunter2Pass@intranet/x"
    spans = secret_spans(text)
    start = text.index("Pass")
    assert masked_slice(text, start, len(text), spans) == "***@intranet/x"
    assert masked_slice(text, 0, text.index("Hunter"), spans) == "at https://alice:"


def test_no_report_carries_the_password(scanner) -> None:
    """Found by an exploratory test: the address rule read alice:Hunter2Pass@intranet as an
    e-mail address and every report quoted the password, --redact or not."""
    text = (
        "Vacuum sintering of NdFeB magnets at 1066 °C for 4 h; tempering at 905 °C and 485 °C; "
        "jet milling to 3.1 μm, pressing at 200 MPa.\n"
        "Recipes on https://alice:Hunter2Pass@intranet.example.com/specs/wi118 and "
        "ftp://bob:Ftp-S3cret@files.example.com/x\n"
    )
    v = scan_text(scanner, text)
    assert v.verdict in ("controlled", "review")
    shown = json.dumps(v.to_dict(), ensure_ascii=False)
    assert "Hunter2Pass" not in shown and "Ftp-S3cret" not in shown and "S3cret" not in shown
    assert "alice:***@intranet.example.com" in shown
