"""The notice a sender gets when the gate holds a message: which recipients, which files and
why (terms and stages, process values masked), and how to release it."""

from __future__ import annotations

import email
import email.parser
import email.policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from scanner.gate.decision import Decision, MessageScan
from scanner.gate.policy import GatePolicy
from scanner.report.redact import mask_numbers
from scanner.report.text import path_line


def _subject(data: bytes) -> str:
    head = email.parser.BytesHeaderParser(policy=email.policy.default).parsebytes(data[: 256 * 1024])
    try:
        return " ".join(str(head.get("Subject", "") or "").split())[:200]
    except (ValueError, LookupError, UnicodeError):
        return ""


def notice(
    policy: GatePolicy, entry: str, sender: str, scan: MessageScan, decision: Decision, data: bytes
) -> bytes:
    subject = mask_numbers(_subject(data))  # a subject can carry the values themselves
    held = [r for r in decision.recipients if r.action in ("hold", "reject")]
    lines = [
        "Your message was not delivered to some or all of its recipients: it appears to carry",
        "technology controlled for export (MOFCOM Announcement 2025 No. 62, control code 1E902),",
        "or it could not be read completely.",
        "",
        f"Subject:    {subject or '(none)'}",
        f"Quarantine: {entry}",
        f"Verdict:    {scan.verdict}"
        + (f" ({', '.join(scan.control_codes)}; {', '.join(scan.stages)})" if scan.control_codes else ""),
        "",
        "Held for:",
        *(f"  {r.address} ({r.recipient_class}): {r.action}" for r in held),
    ]
    delivered = [r for r in decision.recipients if r.action in ("pass", "tag")]
    if delivered:
        lines += ["", "Delivered to:", *(f"  {r.address}" for r in delivered)]
    lines += ["", "What was found (process values are masked):"]
    whole = scan.message
    flagged_parts = [p for p in scan.parts if p.verdict != "clear"]
    if not flagged_parts:
        lines.append(f"  the message text: {whole.verdict}")
        lines += [f"    - {e}" for e in whole.evidence[:6]]
        lines += [f"    - {r}" for r in whole.reasons[:3]]
    for part in flagged_parts:
        codes = f", {', '.join(part.control_codes)}" if part.control_codes else ""
        stages = f", {', '.join(part.stages)}" if part.stages else ""
        lines.append(f"  {part.name}: {part.verdict}{codes}{stages}")
        if part.error:
            lines.append(f"    - not read: {part.error}")
        lines += [f"    - {e}" for e in part.evidence[:6]]
        if not part.evidence and not part.error:
            lines += [f"    - {r}" for r in part.reasons[:2]]
    if decision.licence_problems:
        lines += ["", f"The licence you quoted ({decision.licence}) did not release it:"]
        lines += [f"  - {p}" for p in decision.licence_problems]
    unread = scan.unread_parts
    if unread:
        # a licence quoted by the sender cannot release what could not be read (found by an
        # exploratory test: the notice of an encrypted zip told the sender to resend it with one)
        lines += [
            "",
            f"Part of it could not be read ({', '.join(unread[:3])}): a licence quoted in the message",
            "cannot release it. Send it again readable (not encrypted, not damaged), or ask your",
            f"export-control officer to review it and run: scanner gate release {entry} --licence <number>",
        ]
    else:
        lines += [
            "",
            "To release it:",
            "  - if an export licence covers these recipients and this technology, send the message",
            f"    again with the header '{policy.release_header}: <licence number>', or with",
            "    '[licence: <licence number>]' in the subject; or",
            f"  - ask your export-control officer to run: scanner gate release {entry} --licence <number>",
            "If the message carries no controlled technology, your export-control officer can review it.",
        ]
    msg = EmailMessage()
    msg["From"] = policy.notify_from
    msg["To"] = sender
    msg["Subject"] = f"[export control] held: {subject}" if subject else "[export control] message held"
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=policy.notify_from.rpartition("@")[2] or "localhost")
    msg["Auto-Submitted"] = "auto-generated"
    msg["X-Export-Scan-Id"] = entry
    # names and addresses come from the message: no control characters into the notice
    msg.set_content("\n".join(path_line(line) for line in lines) + "\n")
    return msg.as_bytes(policy=email.policy.SMTP)
