"""`scanner gate check|list|show|release|delete` as a user runs them (the installed command)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scanner.gate.core import Gate
from scanner.gate.policy import load_policy
from tests.gate.conftest import CONTROLLED_DOCX, LICENCES, message

SCANNER = [sys.executable, "-m", "scanner"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([*SCANNER, *args], input=stdin, capture_output=True, timeout=300)


def write_policy(tmp_path: Path, hop_port: int = 2, max_bytes: int = 2_000_000) -> Path:
    (tmp_path / "licences.toml").write_text(LICENCES, encoding="utf-8")
    path = tmp_path / "gate.toml"
    path.write_text(
        f'[gate]\nquarantine = "q"\nlicences = "licences.toml"\nnext_hop = "127.0.0.1:{hop_port}"\n'
        f"max_message_bytes = {max_bytes}\n"
        '[recipients]\ninternal_domains = ["example.com"]\n',
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def messages(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("messages")
    docx = [(CONTROLLED_DOCX.name, CONTROLLED_DOCX.read_bytes())]
    out = {
        "clean": message(["r.mueller@partner.example"]),
        "controlled": message(["r.mueller@partner.example"], attachments=docx),
        "internal": message(["zhang@example.com"], attachments=docx),
        "licensed": message(
            ["r.mueller@partner.example"], attachments=docx, headers={"X-Export-Licence": "MOFCOM-2026-0042"}
        ),
    }
    paths = {}
    for name, data in out.items():
        paths[name] = folder / f"{name}.eml"
        paths[name].write_bytes(data)
    return paths


@pytest.mark.parametrize(
    ("name", "code", "action"),
    [("clean", 0, "pass"), ("controlled", 1, "hold"), ("internal", 0, "pass"), ("licensed", 0, "pass")],
)
def test_check_exit_codes(tmp_path: Path, messages, name: str, code: int, action: str) -> None:
    done = run(
        "gate", "check", str(messages[name]), "--policy", str(write_policy(tmp_path)), "--format", "json"
    )
    assert done.returncode == code, done.stderr.decode()
    out = json.loads(done.stdout)
    assert out["action"] == action
    assert not (tmp_path / "q").exists() or not any((tmp_path / "q").iterdir())  # check holds nothing


def test_check_reads_standard_input_and_prints_text(messages) -> None:
    done = run(
        "gate",
        "check",
        "-",
        "--recipient",
        "r.mueller@partner.example",
        stdin=messages["controlled"].read_bytes(),
    )
    assert done.returncode == 1
    text = done.stdout.decode()
    assert text.startswith("HOLD: message is controlled (1E902.a; magnet-manufacturing)")
    assert CONTROLLED_DOCX.name in text


def test_check_that_cannot_decide_is_a_temporary_failure(tmp_path: Path) -> None:
    done = run("gate", "check", str(tmp_path / "absent.eml"))
    assert done.returncode == 75
    assert "cannot read" in done.stderr.decode()


def test_check_with_a_bad_policy_names_the_key(tmp_path: Path, messages) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[recipients]\ninternal_domain = ['example.com']\n", encoding="utf-8")
    done = run("gate", "check", str(messages["clean"]), "--policy", str(bad))
    assert done.returncode == 2
    assert "recipients.internal_domain" in done.stderr.decode()


def test_quarantine_commands(tmp_path: Path, sink) -> None:
    """A message held by the gate (over the size limit: held unread, no scanner needed), then
    listed, shown, refused release under an expired licence, released under a valid one."""
    policy_path = write_policy(tmp_path, hop_port=sink.port, max_bytes=1024)
    gate = Gate(load_policy(policy_path), None, "scanner test")
    big = message(["r.mueller@partner.example"], attachments=[("data.bin", b"\1" * 4096)])
    outcome = gate.process("li.wei@example.com", ["r.mueller@partner.example"], big)
    assert outcome.code == 250 and outcome.entry
    entry = outcome.entry
    sink.handler.messages.clear()  # the notice

    listed = run("gate", "list", "--policy", str(policy_path))
    assert listed.returncode == 0 and entry in listed.stdout.decode()
    shown = json.loads(run("gate", "show", entry, "--policy", str(policy_path)).stdout)
    assert shown["state"] == "held" and shown["verdict"] == "error"

    refused = run("gate", "release", entry, "--licence", "MOFCOM-2024-0007", "--policy", str(policy_path))
    assert refused.returncode == 1 and "expired" in refused.stderr.decode()
    assert sink.handler.messages == []

    released = run(
        "gate",
        "release",
        entry,
        "--licence",
        "MOFCOM-2026-0042",
        "--approver",
        "auditor",
        "--policy",
        str(policy_path),
    )
    assert released.returncode == 0, released.stderr.decode()
    assert len(sink.handler.to("r.mueller@partner.example")) == 1
    assert run("gate", "list", "--policy", str(policy_path)).stdout.decode().strip() == "no held messages"

    assert run("gate", "delete", entry, "--policy", str(policy_path)).returncode == 0
    # the message is gone; its record stays as a tombstone, so that a retry is known
    shown = json.loads(run("gate", "show", entry, "--policy", str(policy_path)).stdout)
    assert shown["state"] == "deleted" and shown["history"][-1]["event"] == "deleted"
    assert not (gate.quarantine.root / entry / "message.eml").exists()
    assert run("gate", "delete", entry, "--policy", str(policy_path)).returncode != 0
    events = [line["event"] for line in gate.audit.read()]
    assert events == ["decision", "notice", "release-refused", "release", "delete"]


def test_serve_refuses_a_remote_address_without_the_option(tmp_path: Path) -> None:
    done = run("gate", "serve", "--listen", "0.0.0.0:10025", "--policy", str(write_policy(tmp_path)))
    assert done.returncode == 2
    assert "not a loopback address" in done.stderr.decode()


def test_check_text_carries_no_terminal_control_codes(tmp_path: Path) -> None:
    """An attachment name or address is the sender's to choose: `\\x1b[2J` must not clear the
    reviewer's screen."""
    hostile = "\x1b[H\x1b[2J\x1b[3Jspec.docx"
    data = message(["r.mueller@partner.example"], attachments=[(hostile, CONTROLLED_DOCX.read_bytes())])
    done = run("gate", "check", "-", "--recipient", "r.mueller@partner.example", stdin=data)
    assert done.returncode == 1
    assert b"\x1b" not in done.stdout
    assert b"spec.docx" in done.stdout


@pytest.mark.parametrize("command", ["show", "release", "delete", "notify"])
@pytest.mark.parametrize("entry", ["nothex", "0123456789abcdef0123"])
def test_an_unknown_quarantine_id_is_a_usage_error(tmp_path: Path, command: str, entry: str) -> None:
    """It was 'internal error: ClickException' and exit 4 (found by an exploratory test)."""
    policy = write_policy(tmp_path)
    extra = ["--licence", "MOFCOM-2026-0042"] if command == "release" else []
    done = run("gate", command, entry, *extra, "--policy", str(policy))
    assert done.returncode == 2, done.stderr
    assert b"internal error" not in done.stderr and b"quarantine" in done.stderr


def test_notify_with_nothing_pending_and_without_a_target(tmp_path: Path) -> None:
    policy = write_policy(tmp_path)
    done = run("gate", "notify", "--pending", "--policy", str(policy))
    assert done.returncode == 0 and b"no notice pending" in done.stdout
    assert run("gate", "notify", "--policy", str(policy)).returncode == 2  # neither IDs nor --pending


def test_a_release_the_next_hop_refuses_is_a_temporary_failure(tmp_path: Path) -> None:
    """Found by an exploratory test: a release whose next hop was down exited 2, the code of a
    usage error, so a script could not tell it from a typo. It is 75 (EX_TEMPFAIL): try again."""
    from tests.gate.conftest import free_port

    policy_path = write_policy(tmp_path, hop_port=free_port(), max_bytes=1024)  # nothing listens
    gate = Gate(load_policy(policy_path), None, "scanner test")
    big = message(["r.mueller@partner.example"], attachments=[("data.bin", b"\1" * 4096)])
    entry = gate.process("li.wei@example.com", ["r.mueller@partner.example"], big).entry
    done = run("gate", "release", entry, "--licence", "MOFCOM-2026-0042", "--policy", str(policy_path))
    assert done.returncode == 75 and "not released" in done.stderr.decode()
    assert gate.quarantine.record(entry)["state"] == "held"
