"""`scanner gate serve`: the content filter as an SMTP server (aiosmtpd) in front of Postfix's
re-injection listener, after Postfix FILTER_README's "advanced content filter" pattern.

Each message is handed to `Gate.process` in a worker thread (at most `concurrency` at once;
the scanning itself runs in the guarded worker processes), and the SMTP reply to DATA is the
outcome: 250 only once the message has been relayed or quarantined and the audit line written,
451 when it could not be (Postfix keeps it and retries)."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

from scanner.gate.core import Gate


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        if host == "localhost":
            return True
        try:
            return all(ipaddress.ip_address(a[4][0]).is_loopback for a in socket.getaddrinfo(host, None))
        except (OSError, ValueError):
            return False


#: the client attributes Postfix's smtp client forwards (XFORWARD_README), the gate takes them
#: and passes them on to the re-injection smtpd, so that its log names the original client
XFORWARD_ATTRIBUTES = ("NAME", "ADDR", "PORT", "PROTO", "HELO", "IDENT", "SOURCE")
_XFORWARD_VALUE_CHARS = 255


class GateSMTP(SMTP):
    """aiosmtpd's SMTP session plus FILTER_README's XFORWARD command (from loopback only)."""

    async def smtp_XFORWARD(self, arg: str) -> None:
        if self.session is None or not self.session.host_name:
            await self.push("503 5.5.1 Error: send EHLO first")
            return
        if self.envelope.mail_from is not None:
            await self.push("503 5.5.1 Error: XFORWARD not allowed in a mail transaction")
            return
        if not is_loopback(str(self.session.peer[0]) if self.session.peer else ""):
            await self.push("550 5.7.0 Error: XFORWARD is taken from loopback only")
            return
        attributes: dict[str, str] = {}
        for item in (arg or "").split():
            name, sep, value = item.partition("=")
            name = name.upper()
            if not sep or name not in XFORWARD_ATTRIBUTES or len(value) > _XFORWARD_VALUE_CHARS:
                await self.push(
                    f"501 5.5.4 Syntax: XFORWARD attribute=value (one of {' '.join(XFORWARD_ATTRIBUTES)})"
                )
                return
            attributes[name] = value
        if not attributes:
            await self.push("501 5.5.4 Syntax: XFORWARD attribute=value ...")
            return
        forwarded = getattr(self.envelope, "xforward", None) or {}
        forwarded.update(attributes)
        self.envelope.xforward = forwarded  # type: ignore[attr-defined]  # reset with the envelope
        await self.push("250 2.0.0 Ok")


class GateHandler:
    """`concurrency` is the number of messages scanned at once (the scan workers); twice as many
    are in hand, so that a worker does not wait while another message is being relayed,
    written to the quarantine or fsync'd."""

    def __init__(self, gate: Gate, concurrency: int) -> None:
        self.gate = gate
        self.concurrency = 2 * max(1, concurrency)
        self._executor = ThreadPoolExecutor(self.concurrency, thread_name_prefix="gate")
        self._slots: asyncio.Semaphore | None = None
        #: messages taken (DATA received) and not yet answered
        self.in_flight = 0
        #: set when the gate stops (`GateController.drain`): a message whose data arrives from
        #: then on is not taken (451, Postfix retries), so none is cut off halfway
        self.draining = False
        self._lock = threading.Lock()

    def stop_taking(self) -> None:
        with self._lock:
            self.draining = True

    async def handle_EHLO(self, server: SMTP, session: Session, envelope: Envelope, hostname: str, responses):
        """aiosmtpd's reply, with XFORWARD offered (Postfix sends it when offered)."""
        session.host_name = hostname
        return [*responses[:-1], f"250-XFORWARD {' '.join(XFORWARD_ATTRIBUTES)}", responses[-1]]

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        with self._lock:
            if self.draining:
                # found by an exploratory test: a message whose data came in just after the last
                # one in hand was answered was taken, cut off by the stop, and relayed all the
                # same (its thread went on): Postfix sent it again and it was delivered twice
                return "451 4.3.2 the gate is stopping, try again later"
            self.in_flight += 1
        try:
            return await self._handle(session, envelope)
        finally:
            with self._lock:
                self.in_flight -= 1

    async def _handle(self, session: Session, envelope: Envelope) -> str:
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.concurrency)
        data = envelope.original_content or envelope.content or b""
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        sender = envelope.mail_from or ""
        recipients = list(envelope.rcpt_tos)
        loop = asyncio.get_running_loop()
        async with self._slots:
            try:
                outcome = await loop.run_in_executor(
                    self._executor,
                    self.gate.process,
                    sender,
                    recipients,
                    data,
                    str(session.peer),
                    getattr(envelope, "xforward", None),
                )
            except Exception as exc:
                return f"451 4.3.0 internal error in the gate, try again later: {type(exc).__name__}"
        return outcome.reply

    def close(self) -> None:
        self._executor.shutdown(wait=True)


class GateController(Controller):
    """aiosmtpd's threaded controller with the gate's SMTP settings."""

    def drain(self, handler: GateHandler, timeout: float) -> bool:
        """Stop taking connections and messages (one whose data arrives from now on is answered
        451), then wait (up to `timeout` seconds) until every message taken has been answered,
        so that `stop` cancels none halfway: a message relayed or quarantined but not yet
        answered 250 is sent again by Postfix, and its copies delivered twice. True when nothing
        was left in flight."""
        handler.stop_taking()  # before the count is read: no message is taken after it
        server = getattr(self, "server", None)
        if server is not None:
            self.loop.call_soon_threadsafe(server.close)
        deadline = time.monotonic() + timeout
        while handler.in_flight and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)  # the last reply is written by the SMTP session after its handler returns
        return handler.in_flight == 0

    def __init__(self, handler: GateHandler, host: str, port: int, data_size_limit: int) -> None:
        self._data_size_limit = data_size_limit
        super().__init__(handler, hostname=host, port=port, ready_timeout=10.0)

    def factory(self) -> SMTP:
        return GateSMTP(
            self.handler,
            data_size_limit=self._data_size_limit,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname="scanner-gate",
            ident="scanner export-control gate",
            timeout=600,
        )


def start_server(gate: Gate, host: str, port: int, concurrency: int) -> tuple[GateController, GateHandler]:
    handler = GateHandler(gate, concurrency)
    # messages over the policy's size limit are still taken (then held as unread); four times
    # that is refused outright (552), so a runaway sender cannot fill the gate's memory
    controller = GateController(handler, host, port, data_size_limit=gate.policy.max_message_bytes * 4)
    controller.start()
    return controller, handler
