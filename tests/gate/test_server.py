"""`gate serve` over real SMTP on loopback: smtplib clients → the gate → an aiosmtpd sink."""

from __future__ import annotations

import contextlib
import email
import email.policy
import shutil
import smtplib
import subprocess
import threading
import time

import pytest

from tests.gate.conftest import CLEAR_TXT, CONTROLLED_DOCX, CONTROLLED_TXT, message

SENDER = "li.wei@example.com"


def send(port: int, data: bytes, recipients: list[str], sender: str = SENDER) -> None:
    with smtplib.SMTP("127.0.0.1", port, timeout=60) as client:
        client.sendmail(sender, recipients, data)


def headers(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=email.policy.default)


def notices(sink, sender: str = SENDER) -> list[email.message.EmailMessage]:
    return [headers(m) for m in sink.handler.to(sender)]


def controlled(to: list[str], **kw) -> bytes:
    return message(to, attachments=[(CONTROLLED_DOCX.name, CONTROLLED_DOCX.read_bytes())], **kw)


def test_clean_mail_is_delivered_unchanged_but_for_the_scan_headers(gate_env) -> None:
    gate, port, sink = gate_env
    data = message(["r.mueller@partner.example"], attachments=[(CLEAR_TXT.name, CLEAR_TXT.read_bytes())])
    send(port, data, ["r.mueller@partner.example"])
    [delivered] = sink.handler.to("r.mueller@partner.example")
    got = headers(delivered)
    assert got["X-Export-Scan-Verdict"] == "clear"
    assert got["X-Export-Scan-Action"] == "pass"
    assert got["X-Export-Scan-Version"].startswith("scanner ")
    # the original message follows the added header lines byte for byte
    assert delivered.replace(b"\r\n", b"\n").endswith(data.replace(b"\r\n", b"\n"))
    [line] = gate.audit.read()
    assert line["action"] == "pass" and line["recipients"][0]["class"] == "external"
    assert line["attachments"][0]["name"] == CLEAR_TXT.name
    assert len(line["attachments"][0]["sha256"]) == 64


def test_controlled_attachment_to_an_external_recipient_is_held_and_the_sender_told(gate_env) -> None:
    gate, port, sink = gate_env
    send(
        port,
        controlled(["r.mueller@partner.example"], subject="sintering spec"),
        ["r.mueller@partner.example"],
    )
    assert sink.handler.to("r.mueller@partner.example") == []
    [entry] = gate.quarantine.entries()
    assert entry["state"] == "held" and entry["verdict"] == "controlled"
    assert entry["control_codes"] == ["1E902.a"]
    assert gate.quarantine.message(entry["id"]).startswith(b"Content-Type") or b"sintering spec" in (
        gate.quarantine.message(entry["id"])
    )
    [notice] = notices(sink)
    text = notice.get_content()
    assert entry["id"] in text and CONTROLLED_DOCX.name in text
    assert "scanner gate release" in text
    assert "1060" not in text and "℃" not in text.replace("# ℃", "")  # values masked
    decision, told = gate.audit.read()  # the decision is recorded before the notice is sent
    assert decision["action"] == "hold" and decision["notified"] is False
    assert told["event"] == "notice" and told["id"] == entry["id"]
    assert gate.quarantine.record(entry["id"])["notified"] is True


def test_the_notice_masks_values_in_the_subject_and_is_never_sent_outside(gate_env) -> None:
    gate, port, sink = gate_env
    send(
        port,
        controlled(["r.mueller@partner.example"], subject="烧结温度 1060 °C"),
        ["r.mueller@partner.example"],
    )
    [notice] = notices(sink)
    assert "1060" not in notice.get_content()
    send(  # a message whose envelope sender is outside the company: no notice goes back out
        port,
        controlled(["r.mueller@partner.example"], subject="烧结温度 1060 °C"),
        ["r.mueller@partner.example"],
        sender="someone@partner.example",
    )
    assert len(notices(sink)) == 1
    assert [line["event"] for line in gate.audit.read()] == ["decision", "notice", "decision"]


def test_the_same_to_an_internal_recipient_passes(gate_env) -> None:
    gate, port, sink = gate_env
    send(port, controlled(["zhang@example.com"]), ["zhang@example.com"])
    [delivered] = sink.handler.to("zhang@example.com")
    assert headers(delivered)["X-Export-Scan-Verdict"] == "controlled"
    assert headers(delivered)["X-Export-Scan-Control-Codes"] == "1E902.a"
    assert gate.quarantine.entries() == []


def test_mixed_recipients_are_split(gate_env) -> None:
    gate, port, sink = gate_env
    to = ["zhang@example.com", "r.mueller@partner.example"]
    send(port, controlled(to), to)
    assert len(sink.handler.to("zhang@example.com")) == 1
    assert sink.handler.to("r.mueller@partner.example") == []
    [entry] = gate.quarantine.entries()
    held = [r["address"] for r in entry["recipients"] if r["action"] == "hold"]
    assert held == ["r.mueller@partner.example"]


def test_a_valid_licence_in_a_header_releases(gate_env) -> None:
    gate, port, sink = gate_env
    data = controlled(["r.mueller@partner.example"], headers={"X-Export-Licence": "MOFCOM-2026-0042"})
    send(port, data, ["r.mueller@partner.example"])
    [delivered] = sink.handler.to("r.mueller@partner.example")
    assert headers(delivered)["X-Export-Scan-Licence"] == "MOFCOM-2026-0042"
    assert gate.quarantine.entries() == []
    [line] = gate.audit.read()
    assert line["licence"] == "MOFCOM-2026-0042"
    assert line["recipients"][0]["released_by"] == "MOFCOM-2026-0042"


def test_a_valid_licence_in_the_subject_releases(gate_env) -> None:
    _, port, sink = gate_env
    data = controlled(["r.mueller@partner.example"], subject="spec [licence: MOFCOM-2026-0042]")
    send(port, data, ["r.mueller@partner.example"])
    assert len(sink.handler.to("r.mueller@partner.example")) == 1


@pytest.mark.parametrize(
    ("licence", "problem"),
    [
        ("MOFCOM-2024-0007", "expired"),
        ("MOFCOM-2026-0099", "does not cover recipient"),
        ("MOFCOM-1999-0000", "not in the licence register"),
    ],
)
def test_an_expired_or_out_of_scope_licence_does_not_release(gate_env, licence, problem) -> None:
    gate, port, sink = gate_env
    send(
        port,
        controlled(["r.mueller@partner.example"], headers={"X-Export-Licence": licence}),
        ["r.mueller@partner.example"],
    )
    assert sink.handler.to("r.mueller@partner.example") == []
    [entry] = gate.quarantine.entries()
    assert any(problem in p for p in entry["licence_problems"])
    [notice] = notices(sink)
    assert problem in notice.get_content()


def test_release_by_an_approver(gate_env) -> None:
    gate, port, sink = gate_env
    send(port, controlled(["r.mueller@partner.example"]), ["r.mueller@partner.example"])
    [entry] = gate.quarantine.entries()
    assert gate.release(entry["id"], "MOFCOM-2024-0007", "auditor")  # expired: problems returned
    assert sink.handler.to("r.mueller@partner.example") == []
    assert gate.release(entry["id"], "MOFCOM-2026-0042", "auditor") == []
    [delivered] = sink.handler.to("r.mueller@partner.example")
    assert headers(delivered)["X-Export-Scan-Licence"] == "MOFCOM-2026-0042"
    record = gate.quarantine.record(entry["id"])
    assert record["state"] == "released" and record["history"][0]["approver"] == "auditor"
    events = [line["event"] for line in gate.audit.read()]
    assert events == ["decision", "notice", "release-refused", "release"]
    assert gate.release(entry["id"], "MOFCOM-2026-0042", "auditor")  # not twice


def test_next_hop_down_is_a_temporary_failure_and_delivery_follows_its_return(gate_env) -> None:
    gate, port, sink = gate_env
    sink.stop()
    data = message(["r.mueller@partner.example"])
    with pytest.raises(smtplib.SMTPDataError) as info:
        send(port, data, ["r.mueller@partner.example"])
    assert info.value.smtp_code == 451
    sink.start()
    send(port, data, ["r.mueller@partner.example"])  # what Postfix does: try again
    assert len(sink.handler.to("r.mueller@partner.example")) == 1
    # the decision is written before the relay is tried: then its failure, then the retry's
    assert [line["event"] for line in gate.audit.read()] == ["decision", "tempfail", "decision"]


def test_held_message_with_next_hop_down_is_kept_once(gate_env) -> None:
    gate, port, sink = gate_env
    sink.stop()
    to = ["zhang@example.com", "r.mueller@partner.example"]
    data = controlled(to)
    with pytest.raises(smtplib.SMTPDataError):
        send(port, data, to)
    sink.start()
    send(port, data, to)
    assert len(gate.quarantine.entries()) == 1  # the retry rewrote the same entry
    assert len(sink.handler.to("zhang@example.com")) == 1


def test_a_crash_inside_the_scan_is_a_temporary_failure_and_the_gate_goes_on(gate_env) -> None:
    gate, port, sink = gate_env
    with pytest.raises(smtplib.SMTPDataError) as info:
        send(
            port, message(["r.mueller@partner.example"], body="CRASH-THE-SCAN"), ["r.mueller@partner.example"]
        )
    assert info.value.smtp_code == 451
    assert "crashed" in info.value.smtp_error.decode()
    send(port, message(["r.mueller@partner.example"]), ["r.mueller@partner.example"])
    assert len(sink.handler.to("r.mueller@partner.example")) == 1
    assert [line["event"] for line in gate.audit.read()] == ["tempfail", "decision"]


def test_a_scan_past_the_time_limit_is_a_temporary_failure(gate_env) -> None:
    _, port, sink = gate_env
    started = time.monotonic()
    with pytest.raises(smtplib.SMTPDataError) as info:
        send(
            port, message(["r.mueller@partner.example"], body="HANG-THE-SCAN"), ["r.mueller@partner.example"]
        )
    assert info.value.smtp_code == 451 and "time limit" in info.value.smtp_error.decode()
    assert time.monotonic() - started < 30
    assert sink.handler.messages == []


def test_oversized_message_is_held_unread(gate_env) -> None:
    gate, port, sink = gate_env
    big = message(["r.mueller@partner.example"], attachments=[("big.bin", b"\0" * 2_500_000)])
    send(port, big, ["r.mueller@partner.example"])
    assert sink.handler.to("r.mueller@partner.example") == []
    [entry] = gate.quarantine.entries()
    assert entry["verdict"] == "error" and "too large" in " ".join(entry["reasons"])


HEAD = b"From: a@example.com\r\nTo: r@partner.example\r\n"


@pytest.mark.parametrize(
    "raw",
    [
        HEAD + b"Content-Type: multipart/mixed\r\n\r\nno boundary at all\r\n",
        HEAD + b"Content-Type: text/plain; charset=x-unknown-9\r\n\r\n\xff\xfe\xfa\r\n",
        HEAD + b"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!notbase64\r\n--b--\r\n",
        b"\r\n\r\n",
    ],
)
def test_malformed_mime_gets_a_decision(gate_env, raw: bytes) -> None:
    gate, port, _sink = gate_env
    send(port, raw, ["r.mueller@partner.example"])
    [line] = gate.audit.read()
    assert line["event"] == "decision" and line["action"] in ("pass", "tag", "hold")


def test_fifty_concurrent_messages_are_all_accounted_for(gate_env) -> None:
    gate, port, sink = gate_env
    plan = []
    for i in range(50):
        to = ["r.mueller@partner.example"] if i % 3 else ["zhang@example.com", "r.mueller@partner.example"]
        attach = [(CONTROLLED_TXT.name, CONTROLLED_TXT.read_bytes())] if i % 5 == 0 else []
        plan.append((message(to, subject=f"message {i}", attachments=attach), to))
    errors: list[BaseException] = []

    def client(chunk) -> None:
        try:
            for data, to in chunk:
                send(port, data, to)
        except BaseException as exc:  # collected: the assertion below names it
            errors.append(exc)

    threads = [threading.Thread(target=client, args=(plan[i::10],)) for i in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(300)
    assert errors == []
    held = gate.quarantine.entries()
    decisions = [line for line in gate.audit.read() if line["event"] == "decision"]
    assert len(decisions) == 50
    subjects_out = {
        headers(m)["Subject"] for _, _, m in sink.handler.messages if not headers(m)["Auto-Submitted"]
    }
    subjects_held = {headers(gate.quarantine.message(e["id"]))["Subject"] for e in held}
    # every message reached the sink, the quarantine, or both (split recipients)
    assert subjects_out | subjects_held == {f"message {i}" for i in range(50)}
    assert len(held) == 10  # the ten with the controlled work instruction
    assert {d["id"] for d in decisions if d["action"] == "hold"} == {e["id"] for e in held}


@pytest.fixture(scope="module")
def smime(tmp_path_factory):
    """A signed and an encrypted S/MIME message, made with openssl."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    folder = tmp_path_factory.mktemp("smime")
    key, cert, body = folder / "k.pem", folder / "c.pem", folder / "body.txt"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
         "-days", "2", "-subj", "/CN=li.wei@example.com"],
        check=True, capture_output=True,
    )  # fmt: skip
    body.write_bytes(b"Content-Type: text/plain\r\n\r\nLunch on Friday?\r\n")
    head = ["-from", SENDER, "-to", "r.mueller@partner.example", "-subject", "s/mime"]
    signed, encrypted = folder / "signed.eml", folder / "encrypted.eml"
    subprocess.run(
        ["openssl", "smime", "-sign", "-in", body, "-signer", cert, "-inkey", key, *head, "-out", signed],
        check=True, capture_output=True,
    )  # fmt: skip
    subprocess.run(
        ["openssl", "smime", "-encrypt", "-aes256", "-in", body, *head, "-out", encrypted, cert],
        check=True, capture_output=True,
    )  # fmt: skip
    return {"signed": signed.read_bytes(), "encrypted": encrypted.read_bytes()}


@pytest.mark.parametrize(("kind", "action"), [("signed", "pass"), ("encrypted", "hold")])
def test_smime_signature_is_not_content_and_encrypted_mail_is_held(gate_env, smime, kind, action) -> None:
    gate, port, sink = gate_env
    data = smime[kind].replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    send(port, data, ["r.mueller@partner.example"])
    line = gate.audit.read()[0]
    assert line["action"] == action
    if kind == "encrypted":
        assert line["verdict"] == "error"
        assert "encrypted" in " ".join(line["reasons"])
        assert sink.handler.to("r.mueller@partner.example") == []
    else:
        assert len(sink.handler.to("r.mueller@partner.example")) == 1


def test_an_audit_log_that_cannot_be_written_delivers_nothing(gate_env, monkeypatch) -> None:
    """Found by an exploratory test (a full disk, `ulimit -f`): the message was relayed, then
    the audit line failed, 451, and every retry delivered another copy."""
    gate, port, sink = gate_env

    def full(record: dict) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gate.audit, "append", full)
    with pytest.raises(smtplib.SMTPDataError) as info:
        send(port, message(["r.mueller@partner.example"]), ["r.mueller@partner.example"])
    assert info.value.smtp_code == 451
    assert sink.handler.to("r.mueller@partner.example") == []
    # a held message: not even the sender's notice goes out (found by an exploratory test: the
    # notice was sent before the audit line failed)
    with pytest.raises(smtplib.SMTPDataError) as info:
        send(port, controlled(["r.mueller@partner.example"]), ["r.mueller@partner.example"])
    assert info.value.smtp_code == 451
    assert notices(sink) == []


def test_an_empty_message_gets_a_decision_not_a_crash(message_scanner) -> None:
    """An empty message was the workers' stop signal: 'the scan crashed (exit code 0)'."""
    workers, _ = message_scanner
    scan = workers.scan(b"")
    assert scan.verdict == "error"
    assert workers.scan(b"Subject: hi\r\n\r\nlunch at noon\r\n").verdict == "clear"  # the worker lives on


def test_a_retried_message_is_not_held_again_nor_its_sender_told_twice(gate_env) -> None:
    """A retry (the same message and envelope after a 451) rewrote its entry as held: one an
    approver had released went back to held, and a second release delivered it twice; the
    sender's notice went out on every retry."""
    gate, port, sink = gate_env
    to = ["r.mueller@partner.example"]
    data = controlled(to)
    send(port, data, to)
    send(port, data, to)  # Postfix's retry of the same message
    assert len(notices(sink)) == 1
    [entry] = gate.quarantine.entries()
    assert gate.release(entry["id"], "MOFCOM-2026-0042", "auditor") == []
    send(port, data, to)  # a late retry after the release
    assert gate.quarantine.record(entry["id"])["state"] == "released"
    assert gate.release(entry["id"], "MOFCOM-2026-0042", "auditor")  # nothing to release twice
    assert len(sink.handler.to("r.mueller@partner.example")) == 1


def test_a_retry_after_a_release_tells_the_sender_nothing(gate_env) -> None:
    """Found by an exploratory test: the next hop was down when the message came (451, held,
    the sender not told); an approver released it; Postfix's retry then sent the sender a new
    'held' notice for a message already delivered."""
    from tests.gate.conftest import free_port

    gate, port, sink = gate_env
    to = ["r.mueller@partner.example"]
    data = controlled(to)
    hop = gate.next_hop
    gate.next_hop = ("127.0.0.1", free_port())  # nothing listens there
    send(port, data, to)
    gate.next_hop = hop
    [entry] = gate.quarantine.entries()
    assert gate.release(entry["id"], "MOFCOM-2026-0042", "auditor") == []
    send(port, data, to)  # the retry
    assert notices(sink) == []
    [delivered] = sink.handler.to("r.mueller@partner.example")
    # the released copy names the scanner that decided it, digests and all
    assert headers(delivered)["X-Export-Scan-Version"] == gate.versions and "lexicons" in gate.versions
    assert gate.release(entry["id"], "MOFCOM-2026-0042", "auditor")  # not twice: refused, and recorded
    refused = [line for line in gate.audit.read() if line["event"] == "release-refused"]
    assert refused and "not held" in refused[-1]["problems"][0]
    assert refused[-1]["stages"] == entry["stages"] and refused[-1]["scanner"] == gate.versions


def test_a_notice_that_could_not_be_sent_is_sent_later(gate_env) -> None:
    """The next hop was down when a message was held: the message is safe in the quarantine,
    the sender not told, and nothing ever told him (a known gap until `gate notify`)."""
    from tests.gate.conftest import free_port

    gate, port, sink = gate_env
    hop = gate.next_hop
    gate.next_hop = ("127.0.0.1", free_port())  # nothing listens there
    send(
        port,
        controlled(["r.mueller@partner.example"], subject="sintering spec"),
        ["r.mueller@partner.example"],
    )
    gate.next_hop = hop
    [entry] = gate.quarantine.entries()
    assert entry["state"] == "held" and not entry["notified"] and notices(sink) == []
    assert gate.pending_notices() == [entry["id"]]
    assert gate.notify_again(entry["id"]) is None
    [notice] = notices(sink)
    assert entry["id"] in notice.get_content()
    assert gate.quarantine.record(entry["id"])["notified"] is True and gate.pending_notices() == []
    assert gate.notify_again(entry["id"]) == f"the sender of {entry['id']} was told already"
    assert [line["event"] for line in gate.audit.read()] == ["decision", "notice"]


def test_a_gate_stopped_with_a_message_in_hand_answers_it_first(tmp_path, sink, message_scanner) -> None:
    """Found by an exploratory test: SIGTERM while a message was being scanned stopped the
    server at once; the message was relayed and recorded, but never answered, so Postfix sent
    it again and the colleague got two copies. A stopping gate takes no new connection and
    answers the messages in hand first (`GateController.drain`, as `gate serve` does)."""
    from scanner.gate.core import Gate
    from scanner.gate.policy import policy_from_dict
    from scanner.gate.server import start_server
    from tests.gate.conftest import free_port

    workers, versions = message_scanner
    policy = policy_from_dict(
        {
            "gate": {"quarantine": "quarantine", "next_hop": f"127.0.0.1:{sink.port}"},
            "recipients": {"internal_domains": ["example.com"]},
        },
        tmp_path / "gate.toml",
    )
    gate = Gate(policy, workers, versions)
    process = gate.process

    def slow(*args, **kwargs):
        time.sleep(1.0)
        return process(*args, **kwargs)

    gate.process = slow  # type: ignore[method-assign]
    port = free_port()
    controller, handler = start_server(gate, "127.0.0.1", port, concurrency=2)
    answered: list[bool] = []

    def client() -> None:
        send(port, message(["zhang@example.com"]), ["zhang@example.com"])
        answered.append(True)  # 250: sendmail raises on anything else, or on a cut connection

    thread = threading.Thread(target=client)
    thread.start()
    deadline = time.monotonic() + 30
    while not handler.in_flight and time.monotonic() < deadline:
        time.sleep(0.01)
    assert handler.in_flight == 1
    try:
        assert controller.drain(handler, timeout=30)
    finally:
        controller.stop()
        handler.close()
        thread.join(timeout=30)
    assert answered == [True]
    assert len(sink.handler.to("zhang@example.com")) == 1
    with pytest.raises(OSError):  # and no new connection is taken
        send(port, message(["zhang@example.com"]), ["zhang@example.com"])


def _held(gate, port) -> str:
    send(port, controlled(["r.mueller@partner.example"]), ["r.mueller@partner.example"])
    [entry] = gate.quarantine.entries()
    return entry["id"]


def test_two_releases_at_once_deliver_once(gate_env) -> None:
    """Found by an exploratory test of the gate behind Postfix: two approvers releasing the same
    message at once both succeeded, and it was delivered twice (six times out of six). The
    entry is locked while it is released: the second finds it released, and is refused."""
    gate, port, sink = gate_env
    entry = _held(gate, port)
    results: list[list[str]] = []
    start = threading.Barrier(3)

    def release(approver: str) -> None:
        start.wait()
        results.append(gate.release(entry, "MOFCOM-2026-0042", approver))

    threads = [threading.Thread(target=release, args=(f"approver{i}",)) for i in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(len(r) for r in results) == [0, 1, 1]  # one release, two refusals
    assert len(sink.handler.to("r.mueller@partner.example")) == 1
    events = [line["event"] for line in gate.audit.read()]
    assert events.count("release") == 1 and events.count("release-refused") == 2


@pytest.mark.parametrize("action", ["release", "delete"])
def test_an_audit_log_that_cannot_be_written_releases_and_deletes_nothing(
    gate_env, monkeypatch, action
) -> None:
    """Found by an exploratory test: with the audit log unwritable, `gate release` delivered the
    message and `gate delete` removed it, with no line in the log."""
    gate, port, sink = gate_env
    entry = _held(gate, port)

    def full(record: dict) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(gate.audit, "append", full)
    with pytest.raises(OSError):
        if action == "release":
            gate.release(entry, "MOFCOM-2026-0042", "auditor")
        else:
            gate.delete(entry, "auditor")
    assert sink.handler.to("r.mueller@partner.example") == []
    assert gate.quarantine.record(entry)["state"] == "held"
    assert gate.quarantine.message(entry)


def test_a_deleted_message_is_not_held_again_nor_released(gate_env) -> None:
    """Found by an exploratory test: a retry of a message whose entry was deleted was held
    again and its sender told again, and a release of a deleted message was refused without a
    line in the audit log. A deletion keeps the record as a tombstone."""
    gate, port, sink = gate_env
    to = ["r.mueller@partner.example"]
    data = controlled(to)
    send(port, data, to)
    [entry] = gate.quarantine.entries()
    gate.delete(entry["id"], "auditor")
    send(port, data, to)  # Postfix's retry of the same message and envelope
    assert len(notices(sink)) == 1
    assert gate.quarantine.record(entry["id"])["state"] == "deleted"
    assert gate.release(entry["id"], "MOFCOM-2026-0042", "auditor")  # refused
    assert sink.handler.to("r.mueller@partner.example") == []
    refused = [line for line in gate.audit.read() if line["event"] == "release-refused"]
    assert refused and "deleted" in refused[-1]["problems"][0]


def test_a_release_whose_next_hop_is_down_is_recorded_and_stays_held(gate_env) -> None:
    """Found by an exploratory test: a release that could not reach the next hop left no line
    in the audit log (and the command said 'usage error')."""
    from scanner.gate.core import RelayFailed
    from tests.gate.conftest import free_port

    gate, port, sink = gate_env
    entry = _held(gate, port)
    hop = gate.next_hop
    gate.next_hop = ("127.0.0.1", free_port())  # nothing listens there
    with pytest.raises(RelayFailed):
        gate.release(entry, "MOFCOM-2026-0042", "auditor")
    gate.next_hop = hop
    assert gate.quarantine.record(entry)["state"] == "held"
    assert [line["event"] for line in gate.audit.read()][-2:] == ["release", "release-failed"]
    assert gate.release(entry, "MOFCOM-2026-0042", "auditor") == []  # then released, once
    assert len(sink.handler.to("r.mueller@partner.example")) == 1


@contextlib.contextmanager
def _serving(gate):
    """`gate` served on a free loopback port: (controller, handler, port), stopped after."""
    from scanner.gate.server import start_server
    from tests.gate.conftest import free_port

    port = free_port()
    controller, handler = start_server(gate, "127.0.0.1", port, concurrency=2)
    try:
        yield controller, handler, port
    finally:
        controller.stop()
        handler.close()


def _gate(tmp_path, sink, message_scanner, actions: dict | None = None):
    from scanner.gate.core import Gate
    from scanner.gate.policy import policy_from_dict
    from tests.gate.conftest import LICENCES

    workers, versions = message_scanner
    (tmp_path / "licences.toml").write_text(LICENCES, encoding="utf-8")
    data = {
        "gate": {
            "quarantine": "quarantine",
            "licences": "licences.toml",
            "next_hop": f"127.0.0.1:{sink.port}",
            "notify_from": "export-control@example.com",
        },
        "recipients": {"internal_domains": ["example.com"]},
    }
    if actions:
        data["actions"] = actions
    return Gate(policy_from_dict(data, tmp_path / "gate.toml"), workers, versions)


@pytest.mark.parametrize("sender", ["", "someone@outside.example"])
def test_a_sender_who_is_never_told_leaves_no_notice_pending(tmp_path, sink, message_scanner, sender) -> None:
    """Found by an exploratory test: a held message from a bounce or an external sender stayed
    'not notified' for ever, so `gate notify --pending` (run from cron) failed on every run."""
    gate = _gate(tmp_path, sink, message_scanner)
    to = ["r.mueller@partner.example"]
    outcome = gate.process(sender, to, controlled(to, sender=sender or "mailer-daemon@example.com"))
    assert outcome.code == 250
    assert gate.pending_notices() == []
    assert "no notice is sent" in gate.notify_again(outcome.entry)
    assert gate.quarantine.record(outcome.entry)["notice_withheld"]


def test_a_message_refused_whole_is_kept_as_rejected_and_cannot_be_released(
    tmp_path, sink, message_scanner
) -> None:
    """Found by an exploratory test: with `reject`, a message refused with 554 (Postfix returned
    it to the sender) was also quarantined as held, its sender sent a 'held' notice telling him
    how to release it, and a release then delivered it."""
    gate = _gate(tmp_path, sink, message_scanner, {"external": {"controlled": "reject"}})
    to = ["r.mueller@partner.example"]
    outcome = gate.process(SENDER, to, controlled(to))
    assert outcome.code == 554
    record = gate.quarantine.record(outcome.entry)
    assert record["state"] == "rejected" and notices(sink) == []
    assert gate.release(outcome.entry, "MOFCOM-2026-0042", "auditor")  # refused
    assert sink.handler.to("r.mueller@partner.example") == []
    assert gate.pending_notices() == []


def test_a_message_whose_data_comes_while_the_gate_stops_is_not_taken(
    tmp_path, sink, message_scanner
) -> None:
    """Found by an exploratory test (SIGTERM during a burst through Postfix): a message whose
    data arrived on an open connection just after the last message in hand was answered was
    taken, cut off by the stop without a reply, and relayed all the same; Postfix sent it
    again. Once the gate is stopping, a message's data is answered 451 and nothing is relayed."""
    gate = _gate(tmp_path, sink, message_scanner)
    with _serving(gate) as (controller, handler, port), smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo()
        client.mail(SENDER)
        client.rcpt("zhang@example.com")
        assert controller.drain(handler, timeout=5)  # nothing in hand: returns at once
        code, _ = client.data(message(["zhang@example.com"]))
    assert code == 451
    assert sink.handler.to("zhang@example.com") == []
    assert gate.audit.read() == []


def test_the_notice_of_an_unread_message_does_not_offer_a_licence(gate_env) -> None:
    """Found by an exploratory test: the notice of a message too large to scan (and of an
    encrypted zip) told the sender to send it again quoting a licence, which cannot release
    content that could not be read."""
    _gate_obj, port, sink = gate_env
    big = message(["r.mueller@partner.example"], attachments=[("big.bin", b"\0" * 2_500_000)])
    send(port, big, ["r.mueller@partner.example"])
    [notice] = notices(sink)
    text = notice.get_content()
    assert "could not be read" in text and "cannot release it" in text
    assert "with the header" not in text


def test_xforward_is_taken_and_passed_on_to_a_next_hop_that_offers_it(tmp_path, message_scanner) -> None:
    """Found by an exploratory test: the README's Postfix lines turn XFORWARD on, but the gate
    did not offer it, so Postfix's second pass named the gate as every message's client. The
    gate offers it (from loopback), and passes the attributes on where the next hop offers it."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP

    from tests.gate.conftest import SinkHandler, free_port

    seen: list[str] = []

    class ForwardingHop(SMTP):
        async def smtp_XFORWARD(self, arg: str) -> None:
            seen.append(arg)
            await self.push("250 2.0.0 Ok")

    class HopHandler(SinkHandler):
        async def handle_EHLO(self, server, session, envelope, hostname, responses):
            session.host_name = hostname
            return [*responses[:-1], "250-XFORWARD NAME ADDR PROTO HELO", responses[-1]]

    class Hop(Controller):
        def factory(self):
            return ForwardingHop(self.handler)

    hop = Hop(HopHandler(), hostname="127.0.0.1", port=free_port())
    hop.start()

    class At:
        port = hop.port

    gate = _gate(tmp_path, At, message_scanner)
    try:
        with (
            _serving(gate) as (_controller, _handler, port),
            smtplib.SMTP("127.0.0.1", port, timeout=30) as client,
        ):
            client.ehlo()
            assert client.has_extn("xforward")
            code, _ = client.docmd(
                "XFORWARD", "NAME=mail.example.com ADDR=192.0.2.7 PROTO=ESMTP HELO=mx.example.com"
            )
            assert code == 250
            client.sendmail(SENDER, ["zhang@example.com"], message(["zhang@example.com"]))
            code, _ = client.docmd("XFORWARD", "COLOUR=blue")
            assert code == 501
    finally:
        hop.stop()
    assert seen == ["NAME=mail.example.com ADDR=192.0.2.7 PROTO=ESMTP HELO=mx.example.com"]
    assert len(hop.handler.to("zhang@example.com")) == 1
