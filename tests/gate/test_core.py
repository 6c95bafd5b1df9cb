"""Gate.process and the licence register's life while the gate runs (no SMTP needed)."""

from __future__ import annotations

import os
from pathlib import Path

from scanner.gate.core import Gate
from scanner.gate.policy import policy_from_dict
from tests.gate.conftest import LICENCES


def make_gate(tmp_path: Path) -> Gate:
    (tmp_path / "licences.toml").write_text(LICENCES, encoding="utf-8")
    policy = policy_from_dict(
        {"gate": {"quarantine": "q", "licences": "licences.toml", "next_hop": "127.0.0.1:9"}},
        tmp_path / "gate.toml",
    )
    return Gate(policy, None, "scanner test")


def test_a_register_broken_while_running_keeps_the_last_good_one(tmp_path: Path) -> None:
    gate = make_gate(tmp_path)
    assert gate.register().get("MOFCOM-2026-0042") is not None
    path = tmp_path / "licences.toml"
    path.write_text("[[licence]]\nnumber = 'X'\n", encoding="utf-8")
    os.utime(path, (1, 1))  # a different stamp, whatever the clock's resolution
    assert gate.register().get("MOFCOM-2026-0042") is not None
    [line] = gate.audit.read()
    assert line["event"] == "register-error" and "no holder" in line["reason"]


def test_a_register_deleted_while_running_keeps_the_last_good_one(tmp_path: Path) -> None:
    """A deleted register made every message fail (451 for all mail, clear internal ones too)."""
    gate = make_gate(tmp_path)
    (tmp_path / "licences.toml").unlink()
    assert gate.register().get("MOFCOM-2026-0042") is not None
    assert gate.register().get("MOFCOM-2026-0042") is not None  # said once, not per message
    [line] = gate.audit.read()
    assert line["event"] == "register-error" and "cannot be read" in line["reason"]


def test_a_licence_added_while_running_counts_at_once(tmp_path: Path) -> None:
    gate = make_gate(tmp_path)
    path = tmp_path / "licences.toml"
    path.write_text(LICENCES.replace("MOFCOM-2026-0099", "MOFCOM-2026-0100"), encoding="utf-8")
    os.utime(path, (2, 2))
    assert gate.register().get("MOFCOM-2026-0100") is not None


def test_without_a_scanner_a_message_is_a_temporary_failure(tmp_path: Path) -> None:
    gate = make_gate(tmp_path)
    outcome = gate.process("a@example.com", ["r@partner.example"], b"Subject: x\r\n\r\nhello\r\n")
    assert outcome.code == 451
    assert gate.audit.read()[0]["event"] == "tempfail"
    assert gate.quarantine.entries() == []


def test_an_internationalised_address_is_relayed_with_smtputf8() -> None:
    """`同事@example.com` used to fail in smtplib's ASCII encoding: 451 on every retry, for ever."""
    from aiosmtpd.controller import Controller

    from scanner.gate.core import relay
    from tests.gate.conftest import SinkHandler, free_port

    handler = SinkHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, enable_SMTPUTF8=True)
    controller.start()
    try:
        relay(
            ("127.0.0.1", port),
            "li.wei@example.com",
            ["同事@example.com", "ascii@example.com"],
            b"Subject: x\r\n\r\nhi\r\n",
        )
    finally:
        controller.stop()
    assert [rcpts for _, rcpts, _ in handler.messages] == [["同事@example.com", "ascii@example.com"]]


def test_a_write_that_fails_leaves_no_partial_file(tmp_path: Path, monkeypatch) -> None:
    """A full disk left a '.message.eml.*.tmp' beside the quarantine entries."""
    import pytest

    from scanner.gate import store

    def full(fd: int, data) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "write", full)
    with pytest.raises(OSError):
        store.write_durably(tmp_path / "message.eml", b"data")
    assert list(tmp_path.iterdir()) == []
