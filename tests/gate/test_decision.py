"""Per-recipient decisions and licence release, on scans made up for the purpose."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scanner.gate.decision import MessageScan, decide, quoted_licence
from scanner.gate.licences import load_register
from scanner.gate.policy import policy_from_dict
from scanner.types import Skip, Verdict

POLICY = policy_from_dict({"recipients": {"internal_domains": ["example.com"]}})
TODAY = dt.date(2026, 6, 1)


def scan(verdict: str, *parts: str, codes=("1E902.a",), stages=("magnet-manufacturing",)) -> MessageScan:
    flagged = verdict in ("controlled", "review")
    own = Verdict(
        path="message.eml",
        verdict=verdict,
        control_codes=codes if verdict == "controlled" else (),
        categories=stages if flagged else (),
    )
    members = [Verdict(path=f"message.eml!a{i}.pdf", verdict=v) for i, v in enumerate(parts)]
    return MessageScan.from_verdicts([own, *members], b"x")


def unread_part() -> MessageScan:
    own = Verdict(path="message.eml", verdict="review", categories=("magnet-manufacturing",))
    opaque = Verdict(
        path="message.eml!smime.p7m",
        verdict="review",
        reasons=("not inspected: content: unsupported format: binary",),
        skipped=(Skip("not-inspected", "content", "unsupported format: binary"),),
    )
    return MessageScan.from_verdicts([own, opaque], b"x")


@pytest.fixture
def register(tmp_path: Path):
    path = tmp_path / "licences.toml"
    path.write_text(
        '[[licence]]\nnumber = "L-1"\nholder = "Example Co."\ndomains = ["partner.example"]\n'
        'control_codes = ["1E902.a"]\nstages = ["magnet-manufacturing"]\n'
        "valid_from = 2026-01-01\nvalid_until = 2026-12-31\n"
        '[[licence]]\nnumber = "L-OLD"\nholder = "Example Co."\ndomains = ["partner.example"]\n'
        'control_codes = ["1E902.a"]\nstages = ["magnet-manufacturing"]\n'
        "valid_from = 2024-01-01\nvalid_until = 2025-12-31\n",
        encoding="utf-8",
    )
    return load_register(path)


@pytest.mark.parametrize(
    ("message", "recipient", "action"),
    [
        (scan("clear"), "x@partner.example", "pass"),
        (scan("controlled"), "x@partner.example", "hold"),
        (scan("review"), "x@partner.example", "hold"),
        (scan("excluded"), "x@partner.example", "tag"),
        (scan("error"), "x@partner.example", "hold"),  # not read: fail closed
        (scan("controlled"), "x@example.com", "pass"),  # internal copies pass
        (scan("excluded"), "x@example.com", "tag"),
        (scan("error"), "x@example.com", "hold"),  # not read: held internally too
        # a part's own verdict counts even where the message's is another: an unreadable
        # attachment beside an excluded paper still holds the message
        (scan("excluded", "excluded", "error"), "x@partner.example", "hold"),
        (scan("clear", "clear", "clear"), "x@partner.example", "pass"),
    ],
)
def test_action_per_recipient(message: MessageScan, recipient: str, action: str) -> None:
    decision = decide(message, [recipient], POLICY, today=TODAY)
    assert decision.recipients[0].action == action
    assert decision.held == (action in ("hold", "reject"))


@pytest.mark.parametrize("recipient", ["x@example.com", "x@partner.example"])
def test_a_part_not_read_is_held_for_every_recipient(recipient: str) -> None:
    """Found by an exploratory test: a truncated S/MIME body, a broken winmail.dat or a 'PDF' of
    random bytes was `review` (not read), not `error`, and passed to internal recipients; what
    could not be read is held for everyone (fail closed)."""
    decision = decide(unread_part(), [recipient], POLICY, today=TODAY)
    assert decision.recipients[0].action == "hold"
    assert "content not read" in decision.recipients[0].reason


def test_mixed_recipients_are_decided_each() -> None:
    decision = decide(scan("controlled"), ["a@example.com", "b@partner.example"], POLICY, today=TODAY)
    assert decision.by_action("pass") == ["a@example.com"]
    assert decision.by_action("hold") == ["b@partner.example"]
    assert decision.action == "hold"


@pytest.mark.parametrize(
    ("licence", "recipients", "message", "released", "problem"),
    [
        ("L-1", ["b@partner.example"], scan("controlled"), True, None),
        ("l-1", ["b@partner.example"], scan("controlled"), True, None),
        ("L-OLD", ["b@partner.example"], scan("controlled"), False, "expired"),
        ("L-1", ["b@elsewhere.example"], scan("controlled"), False, "recipient"),
        ("L-1", ["b@partner.example"], scan("controlled", codes=("1E902.b",)), False, "control code"),
        ("L-1", ["b@partner.example"], scan("controlled", stages=("separation",)), False, "stage"),
        ("L-404", ["b@partner.example"], scan("controlled"), False, "not in the licence register"),
        # an internal recipient beside the licensed one does not need to be covered
        ("L-1", ["a@example.com", "b@partner.example"], scan("controlled"), True, None),
        # an attachment that could not be read (encrypted) could hold any stage: an approver's
        ("L-1", ["b@partner.example"], scan("controlled", "controlled", "error"), False, "could not be read"),
        ("L-1", ["b@partner.example"], scan("error"), False, "could not be read"),
        # a part in review because it was not read (an unsupported format, a damaged winmail.dat) is
        # unread content too, whatever stages were found elsewhere
        ("L-1", ["b@partner.example"], unread_part(), False, "could not be read"),
    ],
)
def test_licence_release(register, licence, recipients, message, released, problem) -> None:
    decision = decide(message, recipients, POLICY, register, licence.upper(), today=TODAY)
    external = next(r for r in decision.recipients if r.recipient_class == "external")
    assert (external.action == "pass") is released
    if released:
        assert external.released_by == licence.upper()
        assert decision.licence_problems == ()
    else:
        assert external.action == "hold"
        assert any(problem in p for p in decision.licence_problems)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (b"X-Export-Licence: mofcom-2026-0042\r\nSubject: hi\r\n\r\nbody", "MOFCOM-2026-0042"),
        (b"Subject: spec [licence: L-1]\r\n\r\nbody", "L-1"),
        (b"Subject: spec [License L-1]\r\n\r\nbody", "L-1"),
        ("Subject: 规格书 [许可证：L-1]\r\n\r\nbody".encode(), "L-1"),
        (b"Subject: =?utf-8?b?W2xpY2VuY2U6IEwtMV0=?=\r\n\r\nbody", "L-1"),  # encoded word
        (b"Subject: licence renewal\r\n\r\nbody", None),
        (b"Subject: spec\r\n\r\nX-Export-Licence: L-1 in the body does not count", None),
    ],
)
def test_quoted_licence(message: bytes, expected: str | None) -> None:
    assert quoted_licence(message, "X-Export-Licence") == expected
