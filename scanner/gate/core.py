"""One message through the gate: scan, decide per recipient, quarantine what is held, relay
what passes, notify the sender, write the audit line — and only then say 250.

Order matters for "never lose a message": the quarantine copy is written (and fsync'd) before
anything is relayed, and its id is a hash of message and envelope, so a retry after a 4xx
rewrites the same entry instead of holding the message twice. Any failure before the audit line
is written answers 4xx: Postfix keeps the message and tries again."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import smtplib
import threading
from dataclasses import dataclass

from scanner import __version__
from scanner.gate.decision import (
    MESSAGE_NAME,
    Decision,
    MessageScan,
    Part,
    decide,
    header_block,
    quoted_licence,
)
from scanner.gate.licences import Register, RegisterError, load_register
from scanner.gate.notify import notice
from scanner.gate.policy import GatePolicy
from scanner.gate.scanning import MessageScanner, ScanFailed
from scanner.gate.store import AuditLog, Quarantine, StoreError, entry_id, now
from scanner.types import Verdict

HEADER_PREFIX = "X-Export-Scan-"
_BARE_LF = re.compile(rb"(?<!\r)\n")


def oversize_scan(data: bytes, limit: int) -> MessageScan | None:
    """A message over the size limit is not read: an `error` (held for every recipient,
    fail closed), never passed unread."""
    if len(data) <= limit:
        return None
    reason = f"message too large to scan: {len(data)} bytes (limit {limit})"
    verdict = Verdict(path=MESSAGE_NAME, verdict="error", error=reason, reasons=(reason,), file_type="email")
    return MessageScan.from_verdicts([verdict], data)


class RelayFailed(RuntimeError):
    """The next hop did not take the message (down, or answered with an error)."""


@dataclass(frozen=True)
class Outcome:
    code: int
    text: str
    decision: Decision | None = None
    entry: str | None = None

    @property
    def reply(self) -> str:
        return f"{self.code} {self.text}"


def relay(
    next_hop: tuple[str, int],
    sender: str,
    recipients: list[str],
    data: bytes,
    timeout: float = 60.0,
    xforward: dict[str, str] | None = None,
) -> None:
    """Hand the message to the next hop (Postfix's re-injection smtpd); every recipient must be
    accepted, or RelayFailed (then the gate answers 4xx and Postfix retries the whole message).
    `xforward`: the original client's attributes Postfix forwarded to the gate, passed on when
    the next hop offers XFORWARD (its log then names that client, not the gate)."""
    host, port = next_hop
    data = _BARE_LF.sub(b"\r\n", data)  # SMTP lines end in CRLF (a file from disk may not)
    # an internationalised address (同事@example.com) needs SMTPUTF8 to be sent at all
    utf8 = not all(address.isascii() for address in (sender, *recipients))
    try:
        with smtplib.SMTP(host, port, timeout=timeout, local_hostname="localhost") as client:
            if xforward:
                _forward(client, xforward)
            refused = client.sendmail(sender, recipients, data, mail_options=("SMTPUTF8",) if utf8 else ())
    except (OSError, smtplib.SMTPException) as exc:
        raise RelayFailed(f"next hop {host}:{port}: {exc}") from exc
    if refused:
        raise RelayFailed(f"next hop {host}:{port} refused {', '.join(refused)}")


def _forward(client: smtplib.SMTP, xforward: dict[str, str]) -> None:
    """XFORWARD the attributes the next hop offers; a refusal only costs its log the names."""
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("xforward"):
        return
    offered = set(client.esmtp_features.get("xforward", "").upper().split())
    attributes = " ".join(f"{k}={v}" for k, v in xforward.items() if k in offered)
    if attributes:
        client.docmd("XFORWARD", attributes)


class Gate:
    """What `gate serve` runs for each message, and `gate release` for a held one."""

    def __init__(
        self,
        policy: GatePolicy,
        scanner: MessageScanner | None,
        versions: str,
        next_hop: tuple[str, int] | None = None,
    ) -> None:
        if policy.quarantine is None:
            raise ValueError("the gate needs a quarantine folder (gate.quarantine or --quarantine)")
        self.policy = policy
        self.scanner = scanner
        self.versions = versions
        self.next_hop = next_hop or policy.next_hop
        self.quarantine = Quarantine(policy.quarantine)
        audit = policy.audit_path
        assert audit is not None
        self.audit = AuditLog(audit)
        self._register: Register | None = None
        self._register_stamp: tuple[float, int] | None = None
        self._register_lock = threading.Lock()
        self.register()  # a broken register is an error at start, not at the first message

    def register(self) -> Register | None:
        """The licence register, read again whenever its file changes (a licence added while
        the gate runs counts at once)."""
        path = self.policy.licences
        if path is None:
            return None
        with self._register_lock:
            try:
                stat = path.stat()
                stamp: tuple[float, int] | None = (stat.st_mtime, stat.st_size)
            except OSError as exc:  # deleted or unreadable while the gate runs
                if self._register is None:
                    raise RegisterError(f"licence register {path}: {exc.strerror or exc}") from exc
                stamp = None
            if stamp != self._register_stamp:
                try:
                    if stamp is None:
                        raise RegisterError(
                            f"licence register {path} cannot be read: the last good one stays"
                        )
                    self._register = load_register(path)
                except RegisterError as exc:
                    if self._register is None:
                        raise  # at start: refuse to run with a broken register
                    # edited into a broken state while the gate runs: keep the last good one,
                    # and say so in the audit log (once per change of the file)
                    self._audit_quietly(
                        {"event": "register-error", "reason": str(exc), "scanner": self.versions}
                    )
                self._register_stamp = stamp
            return self._register

    # one message --------------------------------------------------------------------------

    def process(
        self,
        sender: str,
        recipients: list[str],
        data: bytes,
        peer: str = "",
        xforward: dict[str, str] | None = None,
    ) -> Outcome:
        entry = entry_id(sender, recipients, data)
        base = {
            "id": entry,
            "message_id": _message_id(data),
            "sender": sender,
            "size": len(data),
            "scanner": self.versions,
        }
        try:
            scan = self._scan(data)
        except ScanFailed as exc:
            self._audit_quietly({**base, "event": "tempfail", "reason": str(exc), "recipients": recipients})
            return Outcome(451, f"4.3.0 message not scanned, try again later: {exc}")
        try:
            register = self.register()
            licence = quoted_licence(data, self.policy.release_header)
            decision = decide(scan, recipients, self.policy, register, licence)
            record = {**base, **_decision_record(scan, decision), "event": "decision"}
            held = decision.by_action("hold", "reject")
            # refused whole (554): Postfix returns it to the sender, who learns so from the
            # bounce; it is kept for the record, not as a message that can be released
            refused = bool(decision.by_action("reject")) and not decision.by_action("pass", "tag", "hold")
            # a retry (the same message and envelope, after a 451) finds its entry: one released
            # or deleted since is not made held again, and a sender told is not told twice
            before = self._entry(entry) if held else None
            first = before is None or before.get("state") == "held"  # not released or deleted since
            told = bool(before and before.get("notified"))
            withheld = "the message was refused (the sender gets Postfix's bounce)" if refused else None
            withheld = withheld or self._never_told(sender)
            if held and first:
                kept = {
                    **record,
                    "state": "rejected" if refused else "held",
                    "received": now(),
                    "history": [],
                }
                if withheld:
                    kept["notice_withheld"] = withheld
                self.quarantine.put(entry, data, {**kept, "notified": told})
            if held:
                record["notified"] = told
            # everything that can fail here is done before anyone gets anything, the sender's
            # notice included: an audit log that cannot be written answers 451 with nothing
            # delivered (delivering first, every retry delivered it again)
            self.audit.append(record)
            if (
                held
                and not told
                and first
                and not withheld
                and self._notify(sender, entry, scan, decision, data)
            ):
                self.quarantine.update(entry, {**self.quarantine.record(entry), "notified": True})
                # the decision is recorded and the message kept: a notice line that cannot be
                # written costs nothing
                self._audit_quietly(
                    {"event": "notice", "id": entry, "message_id": base["message_id"], "sender": sender,
                     "scanner": self.versions}
                )  # fmt: skip
            for action in ("pass", "tag"):
                group = decision.by_action(action)
                if group:
                    relay(
                        self.next_hop,
                        sender,
                        group,
                        self.headers(scan, decision, action, entry) + data,
                        xforward=xforward,
                    )
        except (RelayFailed, OSError) as exc:
            self._audit_quietly({**base, "event": "tempfail", "reason": str(exc), "recipients": recipients})
            return Outcome(451, f"4.4.0 message not delivered, try again later: {exc}")
        if decision.by_action("reject") and not decision.by_action("pass", "tag", "hold"):
            return Outcome(554, f"5.7.1 refused by the export-control policy (id {entry})", decision, entry)
        return Outcome(250, f"2.0.0 Ok: scanned, {_summary(decision)} (id {entry})", decision, entry)

    def _entry(self, entry: str) -> dict | None:
        """The quarantine record of `entry`, if the message was held before (a retry)."""
        try:
            return self.quarantine.record(entry)
        except StoreError:
            return None

    def _scan(self, data: bytes) -> MessageScan:
        too_large = oversize_scan(data, self.policy.max_message_bytes)
        if too_large is not None:
            return too_large
        if self.scanner is None:
            raise ScanFailed("no scanner is running")
        return self.scanner.scan(data)

    def headers(self, scan: MessageScan, decision: Decision, action: str, entry: str) -> bytes:
        released = sorted({r.released_by for r in decision.recipients if r.released_by})
        return self._header_block(scan.verdict, scan.control_codes, scan.stages, action, released, entry)

    def _header_block(
        self,
        verdict: str,
        codes: list[str],
        stages: list[str],
        action: str,
        licences: list[str],
        entry: str,
        versions: str | None = None,
    ) -> bytes:
        """The X-Export-Scan-* lines put on top of a message the gate lets through; `versions`:
        the scanner that decided it (default: this gate's)."""
        lines = [
            ("Verdict", verdict),
            ("Control-Codes", ", ".join(codes) or "none"),
            ("Stages", ", ".join(stages) or "none"),
            ("Action", action),
        ]
        if licences:
            lines.append(("Licence", ", ".join(licences)))
        if action == "tag":
            lines.append(("Flag", "YES"))
        lines += [("Id", entry), ("Version", versions or self.versions)]
        return "".join(f"{HEADER_PREFIX}{k}: {v}\r\n" for k, v in lines).encode("ascii", "replace")

    def _never_told(self, sender: str) -> str | None:
        """Why this sender is never sent a notice (None when he is told)."""
        if not sender or sender == "<>":
            return "a bounce: nobody to tell"
        if self.policy.recipient_class(sender) == "external":
            # the notice says what was found: it is not sent outside the company
            return "an external sender is never told what was found"
        return None

    def _notify(self, sender: str, entry: str, scan: MessageScan, decision: Decision, data: bytes) -> bool:
        """Tell the sender what was held and how to release it. A notice that cannot be sent
        does not fail the message (it is safe in the quarantine); the audit line says so."""
        if self._never_told(sender):
            return False
        text = notice(self.policy, entry, sender, scan, decision, data)
        try:
            relay(self.next_hop, "", [sender], text)
        except RelayFailed:
            return False
        return True

    def _audit_quietly(self, record: dict) -> None:
        with contextlib.suppress(OSError):  # the message is answered 4xx and retried: nothing is lost
            self.audit.append(record)

    # release ------------------------------------------------------------------------------

    def release(
        self, entry: str, licence: str | None, approver: str, today: dt.date | None = None
    ) -> list[str]:
        """Relay a held message to its held recipients under `licence`. Returns the problems
        that prevent it (empty when it was released). The entry is locked meanwhile: two
        releases at once deliver it once (the second is refused, and recorded)."""
        with self.quarantine.locked(entry):
            return self._release(entry, licence, approver, today)

    def _release(self, entry: str, licence: str | None, approver: str, today: dt.date | None) -> list[str]:
        record = self.quarantine.record(entry)
        held = [r["address"] for r in record["recipients"] if r["action"] in ("hold", "reject")]
        # the scanner that decided the message: the released copy's header and the audit lines
        # name it (a release command loads no scanner of its own)
        decided_by = record.get("scanner") or self.versions
        event = {
            "event": "release",
            "id": entry,
            "message_id": record.get("message_id"),
            "sender": record.get("sender"),
            "recipients": held,
            "control_codes": record.get("control_codes", []),
            "stages": record.get("stages", []),
            "licence": licence,
            "approver": approver,
            "scanner": decided_by,
        }
        problems: list[str] = []
        if record.get("state") != "held":  # released or deleted before: refused, and recorded
            problems = [f"message {entry} is {record.get('state')}, not held"]
            self.audit.append({**event, "event": "release-refused", "problems": problems})
            return problems
        found = None
        if not licence:
            problems.append("a licence number is needed to release a held message")
        else:
            register = self.register()
            found = register.get(licence) if register is not None else None
            if found is None:
                problems.append(f"licence {licence} is not in the licence register")
            else:
                problems = found.problems(
                    held, record["control_codes"], record["stages"], today or dt.date.today()
                )
        if problems:
            self.audit.append({**event, "event": "release-refused", "problems": problems})
            return problems
        data = self.quarantine.message(entry)
        number = found.number if found else licence
        headers = self._header_block(
            record["verdict"],
            record["control_codes"],
            record["stages"],
            "released",
            [number],
            entry,
            decided_by,
        )
        # recorded before anyone gets it: an audit log that cannot be written releases nothing
        self.audit.append(event)
        try:
            relay(self.next_hop, record.get("sender", ""), held, headers + data)
        except RelayFailed as exc:
            self._audit_quietly({**event, "event": "release-failed", "reason": str(exc)})
            raise
        record["state"] = "released"
        record.setdefault("history", []).append(
            {"time": now(), "event": "released", "licence": number, "approver": approver}
        )
        self.quarantine.update(entry, record)
        return []

    def pending_notices(self) -> list[str]:
        """Held messages whose sender was not told (the notice could not be sent when the
        message came: the next hop was down), oldest first."""
        rows = [
            r
            for r in self.quarantine.entries()
            if r.get("state") == "held" and not r.get("notified") and not r.get("notice_withheld")
        ]
        return [r["id"] for r in sorted(rows, key=lambda r: r.get("received", ""))]

    def notify_again(self, entry: str) -> str | None:
        """Send a held message's notice to its sender once more (scanned again: the notice
        names what was found). None when sent; else why not (the sender is told already, is
        external or a bounce, the message is no longer held, or the next hop refused)."""
        record = self.quarantine.record(entry)
        if record.get("state") != "held":
            return f"message {entry} is {record.get('state')}, not held"
        if record.get("notified"):
            return f"the sender of {entry} was told already"
        if record.get("notice_withheld"):
            return f"no notice is sent for {entry}: {record['notice_withheld']}"
        sender = record.get("sender", "")
        never = self._never_told(sender)  # an entry kept before senders were so marked
        if never:
            return f"no notice is sent for {entry}: {never}"
        if self.scanner is None:
            raise ScanFailed("no scanner is running")
        data = self.quarantine.message(entry)
        recipients = [r["address"] for r in record.get("recipients", [])]
        scan = self._scan(data)
        decision = decide(
            scan, recipients, self.policy, self.register(), quoted_licence(data, self.policy.release_header)
        )
        if not self._notify(sender, entry, scan, decision, data):
            return f"the notice for {entry} was not sent: the next hop refused it"
        self.quarantine.update(entry, {**self.quarantine.record(entry), "notified": True})
        self.audit.append(
            {"event": "notice", "id": entry, "message_id": record.get("message_id"), "sender": sender,
             "scanner": self.versions}
        )  # fmt: skip
        return None

    def delete(self, entry: str, approver: str) -> None:
        """Remove a message from the quarantine: recorded first (an audit log that cannot be
        written deletes nothing), then its content removed and its record kept as a tombstone."""
        with self.quarantine.locked(entry):
            record = self.quarantine.record(entry)
            if record.get("state") == "deleted":
                raise StoreError(f"message {entry} is deleted already")
            self.audit.append(
                {
                    "event": "delete",
                    "id": entry,
                    "message_id": record.get("message_id"),
                    "sender": record.get("sender"),
                    "state": record.get("state"),
                    "approver": approver,
                    "scanner": self.versions,
                }
            )
            record["state"] = "deleted"
            record.setdefault("history", []).append({"time": now(), "event": "deleted", "approver": approver})
            self.quarantine.delete(entry, record)


def _decision_record(scan: MessageScan, decision: Decision) -> dict:
    whole: Part = scan.message
    return {
        "recipients": [r.to_dict() for r in decision.recipients],
        "action": decision.action,
        "verdict": scan.verdict,
        "control_codes": scan.control_codes,
        "stages": scan.stages,
        "reasons": list(whole.reasons),
        "evidence": list(whole.evidence),
        "attachments": [p.to_dict() for p in scan.parts],
        "sha256": scan.sha256,
        "licence": decision.licence,
        "licence_problems": list(decision.licence_problems),
    }


def _summary(decision: Decision) -> str:
    counts: dict[str, int] = {}
    for r in decision.recipients:
        counts[r.action] = counts.get(r.action, 0) + 1
    return ", ".join(f"{n} {a}" for a, n in counts.items())


def _message_id(data: bytes) -> str | None:
    value = header_block(data).get("Message-ID")
    return " ".join(str(value).split()) or None if value else None


def versions_of(scanner_obj) -> str:
    """`scanner 0.1.0; lexicons 1a2b…; model 3c4d…` for the X-Export-Scan-Version header."""
    lexicon = scanner_obj.detector.lexicon.digest[:12]
    model = scanner_obj.model.digest[:12] if getattr(scanner_obj, "model", None) is not None else "none"
    return f"scanner {__version__}; lexicons {lexicon}; model {model}"
