"""Real SMTP on loopback: an aiosmtpd sink standing for Postfix's re-injection listener, and the
gate's own server in front of it. The scanner loads once per module; its workers are forked."""

from __future__ import annotations

import email.policy
import os
import socket
import threading
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from scanner.config import ScanConfig
from scanner.gate.core import Gate, versions_of
from scanner.gate.policy import policy_from_dict
from scanner.gate.scanning import MessageScanner
from scanner.gate.server import start_server
from scanner.pipeline import Scanner

ROOT = Path(__file__).resolve().parents[2]
CONTROLLED_DOCX = ROOT / "samples" / "NdFeB_sintering_spec_QP-S-017.docx"
CONTROLLED_TXT = ROOT / "samples" / "NdFeB_sludge_recovery_work_instruction_WI-R-023.txt"
CLEAR_TXT = ROOT / "samples" / "RE_market_weekly_2025-W47.txt"

LICENCES = """
[[licence]]
number = "MOFCOM-2026-0042"
holder = "Example Magnetics Co., Ltd."
domains = ["partner.example"]
control_codes = ["1E902.a", "1E902.b"]
stages = ["magnet-manufacturing", "recycling"]
valid_from = 2026-01-01
valid_until = 2099-12-31

[[licence]]
number = "MOFCOM-2024-0007"
holder = "Example Magnetics Co., Ltd."
domains = ["partner.example"]
control_codes = ["1E902.a"]
stages = ["magnet-manufacturing"]
valid_from = 2024-01-01
valid_until = 2024-12-31

[[licence]]
number = "MOFCOM-2026-0099"
holder = "Example Magnetics Co., Ltd."
domains = ["other-partner.example"]
control_codes = ["1E902.a"]
stages = ["magnet-manufacturing"]
valid_from = 2026-01-01
valid_until = 2099-12-31
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SinkHandler:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:
        with self.lock:
            self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK delivered"

    def to(self, address: str) -> list[bytes]:
        with self.lock:
            return [m for _, rcpts, m in self.messages if address in rcpts]


class Sink:
    """The next hop: a real SMTP server that keeps what it receives; stop() makes it go away
    (connection refused), start() brings it back on the same port."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.handler = SinkHandler()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


class FaultyScanner(Scanner):
    """The real scanner, plus two ways to fail that a test can ask for in a message: a crash of
    the worker process (as a reader's fault in a C library would) and a hang."""

    def scan_bytes_all(self, name, data, depth=0, quick=None):
        if b"CRASH-THE-SCAN" in data:
            os.abort()
        if b"HANG-THE-SCAN" in data:
            time.sleep(600)
        return super().scan_bytes_all(name, data, depth, quick)


@pytest.fixture(scope="module")
def message_scanner():
    scanner = FaultyScanner(ScanConfig())
    workers = MessageScanner(scanner, workers=2, time_limit=8.0)
    yield workers, versions_of(scanner)
    workers.close()


@pytest.fixture
def sink():
    s = Sink(free_port())
    s.start()
    yield s
    s.stop()


@pytest.fixture
def gate_env(tmp_path: Path, sink: Sink, message_scanner):
    """A running gate: (gate, port, sink)."""
    workers, versions = message_scanner
    (tmp_path / "licences.toml").write_text(LICENCES, encoding="utf-8")
    policy = policy_from_dict(
        {
            "gate": {
                "quarantine": "quarantine",
                "licences": "licences.toml",
                "next_hop": f"127.0.0.1:{sink.port}",
                "notify_from": "export-control@example.com",
                "max_message_bytes": 2_000_000,
            },
            "recipients": {"internal_domains": ["example.com"]},
        },
        tmp_path / "gate.toml",
    )
    gate = Gate(policy, workers, versions)
    port = free_port()
    controller, handler = start_server(gate, "127.0.0.1", port, concurrency=4)
    yield gate, port, sink
    controller.stop()
    handler.close()


def message(
    to: list[str],
    subject: str = "hello",
    body: str = "Lunch on Friday?",
    attachments: list[tuple[str, bytes]] = (),
    sender: str = "li.wei@example.com",
    headers: dict[str, str] | None = None,
) -> bytes:
    m = EmailMessage()
    m["From"] = sender
    m["To"] = ", ".join(to)
    m["Subject"] = subject
    m["Message-ID"] = f"<{time.monotonic_ns()}.{threading.get_ident()}@example.com>"
    for key, value in (headers or {}).items():
        m[key] = value
    m.set_content(body)
    for name, data in attachments:
        m.add_attachment(data, maintype="application", subtype="octet-stream", filename=name)
    return m.as_bytes(policy=email.policy.SMTP)  # CRLF line ends, as on the wire
