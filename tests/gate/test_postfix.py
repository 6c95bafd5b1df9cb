"""End to end with a real Postfix from Debian, configured with the README's lines: mail goes in
through `sendmail`, through `scanner gate serve` (the installed command), back into Postfix and
into local mailboxes; what is held waits in the quarantine until `scanner gate release`."""

from __future__ import annotations

import email
import email.policy
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.gate.conftest import CLEAR_TXT, CONTROLLED_DOCX, LICENCES, message
from tests.gate.postfix_instance import PostfixInstance, free_tcp_port, make_base_dir, postfix_available

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SENDER = "li.wei@example.com"
PARTNER = "r.mueller@partner.example"


def readme_block(kind: str) -> str:
    return re.search(rf"```{kind}\n(.*?)```", README, re.S).group(1)


@pytest.fixture(scope="module")
def mail_system(tmp_path_factory):
    reason = postfix_available()
    if reason is not None:
        if os.geteuid() != 0:
            pytest.skip(reason)
        pytest.fail(f"Postfix is needed (tools/install-system-packages.sh installs it): {reason}")
    filter_port, reinject_port = free_tcp_port(), free_tcp_port()
    ports = {"10025": str(filter_port), "10026": str(reinject_port)}

    def with_ports(text: str) -> str:
        return re.sub(r"1002[56]", lambda m: ports[m.group()], text)

    work = tmp_path_factory.mktemp("gate")
    (work / "licences.toml").write_text(LICENCES, encoding="utf-8")
    policy = work / "gate.toml"
    policy.write_text(
        '[gate]\nquarantine = "quarantine"\nlicences = "licences.toml"\n'
        f'next_hop = "127.0.0.1:{reinject_port}"\nnotify_from = "export-control@example.com"\n'
        '[recipients]\ninternal_domains = ["example.com"]\n',
        encoding="utf-8",
    )
    gate = subprocess.Popen(
        [sys.executable, "-m", "scanner", "gate", "serve", "--listen", f"127.0.0.1:{filter_port}",
         "--policy", str(policy)],
        stderr=subprocess.PIPE,
    )  # fmt: skip
    assert gate.stderr is not None
    started = gate.stderr.readline().decode()
    assert "listening on" in started, started
    base = make_base_dir()
    postfix = PostfixInstance(
        base,
        filter_port,
        reinject_port,
        free_tcp_port(),
        filter_main_cf=with_ports(readme_block("postfix-main")),
        filter_master_cf=with_ports(readme_block("postfix-master")),
    )
    try:
        postfix.start()
        yield postfix, policy
    finally:
        postfix.stop()
        gate.terminate()
        gate.wait(30)
        shutil.rmtree(base, ignore_errors=True)


def gate_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scanner", "gate", *args], capture_output=True, timeout=120)


def test_clean_mail_arrives_controlled_mail_waits_and_a_release_delivers_it(mail_system) -> None:
    postfix, policy = mail_system
    clean = message(
        [PARTNER], subject="weekly market note", attachments=[(CLEAR_TXT.name, CLEAR_TXT.read_bytes())]
    )
    held = message(
        [PARTNER],
        subject="sintering spec",
        attachments=[(CONTROLLED_DOCX.name, CONTROLLED_DOCX.read_bytes())],
    )
    postfix.sendmail(clean, SENDER, [PARTNER])
    postfix.sendmail(held, SENDER, [PARTNER])

    [arrived] = postfix.wait_for(PARTNER, 1, timeout=120)
    got = email.message_from_bytes(arrived, policy=email.policy.default)
    assert got["Subject"] == "weekly market note"
    assert got["X-Export-Scan-Verdict"] == "clear"
    [notice] = postfix.wait_for(SENDER, 1, timeout=120)  # the sender is told about the other
    assert "sintering spec" in email.message_from_bytes(notice, policy=email.policy.default)["Subject"]

    listed = json.loads(gate_cli("list", "--policy", str(policy), "--format", "json").stdout)
    [entry] = listed
    assert entry["verdict"] == "controlled" and entry["control_codes"] == ["1E902.a"]
    deadline = time.monotonic() + 30
    while postfix.queue() and time.monotonic() < deadline:  # nothing left in Postfix's queue
        time.sleep(0.2)
    assert postfix.queue() == []
    assert len(postfix.mailbox(PARTNER)) == 1  # the controlled one did not arrive

    released = gate_cli("release", entry["id"], "--licence", "MOFCOM-2026-0042", "--policy", str(policy))
    assert released.returncode == 0, released.stderr.decode()
    messages = postfix.wait_for(PARTNER, 2, timeout=120)
    subjects = [email.message_from_bytes(m, policy=email.policy.default)["Subject"] for m in messages]
    assert sorted(subjects) == ["sintering spec", "weekly market note"]
    out = email.message_from_bytes(messages[subjects.index("sintering spec")], policy=email.policy.default)
    assert out["X-Export-Scan-Licence"] == "MOFCOM-2026-0042"
