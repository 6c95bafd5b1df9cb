"""What the gate does with one message: per recipient, the action the policy gives the
message's verdicts for that recipient's class, and whether a quoted export licence releases
what would be held. Pure: no I/O, so `gate check`, `gate serve` and `gate release` decide alike."""

from __future__ import annotations

import contextlib
import datetime as dt
import email
import email.errors
import email.header
import email.message
import email.parser
import email.policy
import hashlib
import re
from dataclasses import dataclass, field

from scanner.gate.licences import Register
from scanner.gate.policy import STRICTNESS, GatePolicy
from scanner.report.redact import redact_evidence, redact_reasons
from scanner.types import CATEGORIES, CONTROL_CODES, Verdict

#: The name the message is scanned under: verdict paths of attachments read `message.eml!a.pdf`.
MESSAGE_NAME = "message.eml"


@dataclass(frozen=True)
class Part:
    """One attachment (or nested member) of the message, as the audit log and notices show it."""

    name: str
    sha256: str | None
    verdict: str
    control_codes: tuple[str, ...]
    stages: tuple[str, ...]
    reasons: tuple[str, ...]
    evidence: tuple[str, ...] = ()  # "term (stage, where)", process values masked
    error: str | None = None
    #: content of it was not read (an encrypted part, an unsupported format, a picture without
    #: OCR): no licence can be shown to cover it
    unread: bool = False

    def to_dict(self) -> dict:
        out = {
            "name": self.name,
            "sha256": self.sha256,
            "verdict": self.verdict,
            "control_codes": list(self.control_codes),
            "stages": list(self.stages),
            "reasons": list(self.reasons),
            "evidence": list(self.evidence),
        }
        if self.error:
            out["error"] = self.error
        if self.unread:
            out["unread"] = True
        return out


def _part(v: Verdict) -> Part:
    """What the gate keeps of an attachment's verdict: process values masked (notices leave
    the company's control the moment they are sent; the audit log needs no recipe either).
    Only what is kept is masked: a verdict may carry dozens of evidence items."""
    prefix = MESSAGE_NAME + "!"
    evidence: list[str] = []
    for e in v.evidence if v.verdict != "clear" else ():
        if e.kind == "carrier":
            continue  # "From:", "Dear": what kind of document it is, not why it was flagged
        shown = redact_evidence(e)
        item = f"{shown.text} ({e.category}, {e.location})" if e.location else f"{shown.text} ({e.category})"
        if item not in evidence:
            evidence.append(item)
        if len(evidence) == 6:
            break
    everything = v.evidence + (v.exclusion.evidence if v.exclusion else ())
    return Part(
        name=v.path[len(prefix) :] if v.path.startswith(prefix) else v.path,
        sha256=v.sha256,
        verdict=v.verdict,
        control_codes=v.control_codes,
        stages=v.categories,
        reasons=redact_reasons(v.reasons[:3], everything),
        evidence=tuple(evidence),
        error=v.error,
        unread=v.facts()[0],  # a reason saying what was not read (`coverage` writes one per gap)
    )


@dataclass(frozen=True)
class MessageScan:
    """The scanner's findings for one message: the message as a whole (the most severe of its
    body and parts) and each attachment, already redacted. Made in the scan worker, so that
    only this small summary crosses back to the gate."""

    message: Part
    parts: tuple[Part, ...]
    sha256: str
    size: int

    @classmethod
    def from_verdicts(cls, verdicts: list[Verdict], data: bytes) -> MessageScan:
        return cls(
            _part(verdicts[0]), tuple(map(_part, verdicts[1:])), hashlib.sha256(data).hexdigest(), len(data)
        )

    @property
    def verdict(self) -> str:
        return self.message.verdict

    @property
    def verdicts(self) -> set[str]:
        return {self.message.verdict, *(p.verdict for p in self.parts)}

    @property
    def policy_verdicts(self) -> set[str]:
        """The verdicts the policy's actions are taken for: a part in `review` because some of
        it could not be read (an unknown or damaged attachment, a truncated S/MIME body, a
        broken winmail.dat) counts as `error`, held for every recipient (fail closed), as a
        part that could not be opened at all is."""
        return {
            "error" if p.unread and p.verdict == "review" else p.verdict for p in (self.message, *self.parts)
        }

    @property
    def unread_parts(self) -> list[str]:
        """The names of the parts that could not be read, or not wholly: no licence quoted by
        the sender can be shown to cover them."""
        return [p.name for p in (self.message, *self.parts) if p.verdict == "error" or p.unread]

    @property
    def control_codes(self) -> list[str]:
        found = set(self.message.control_codes) | {c for p in self.parts for c in p.control_codes}
        return [c for c in CONTROL_CODES if c in found]

    @property
    def stages(self) -> list[str]:
        found = set(self.message.stages) | {s for p in self.parts for s in p.stages}
        return [c for c in CATEGORIES if c in found]


@dataclass(frozen=True)
class RecipientDecision:
    address: str
    recipient_class: str
    action: str  # pass, tag, hold, reject (after any licence release)
    reason: str
    released_by: str | None = None  # the licence that turned a hold into a pass

    def to_dict(self) -> dict:
        out = {
            "address": self.address,
            "class": self.recipient_class,
            "action": self.action,
            "reason": self.reason,
        }
        if self.released_by:
            out["released_by"] = self.released_by
        return out


@dataclass(frozen=True)
class Decision:
    recipients: tuple[RecipientDecision, ...]
    licence: str | None = None  # the licence the message quoted
    licence_problems: tuple[str, ...] = ()  # why the quoted licence did not release it
    notes: tuple[str, ...] = field(default=())

    def by_action(self, *actions: str) -> list[str]:
        return [r.address for r in self.recipients if r.action in actions]

    @property
    def action(self) -> str:
        """The strictest action over all recipients: what `gate check` reports."""
        return max((r.action for r in self.recipients), key=STRICTNESS.__getitem__, default="pass")

    @property
    def held(self) -> bool:
        return any(r.action in ("hold", "reject") for r in self.recipients)


_SUBJECT_LICENCE = re.compile(
    r"\[\s*(?:licen[cs]e|许可证|許可證)\s*[:：]?\s*([A-Za-z0-9][\w./-]{2,63})\s*\]", re.I
)


def header_block(data: bytes) -> email.message.Message:
    """The message's headers only (its attachments are not parsed: that is the workers' job)."""
    return email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(data[: 256 * 1024])


def quoted_licence(data: bytes, header: str) -> str | None:
    """The licence number the sender quoted: the release header (`X-Export-Licence: NO`), or
    `[licence: NO]` in the subject."""
    msg = header_block(data)
    value = msg.get(header)
    if value and str(value).strip():
        return str(value).strip().split()[0].upper()
    subject = next((str(v) for k, v in msg.raw_items() if k.lower() == "subject"), "")
    raw = subject.encode("ascii", "surrogateescape")  # 8-bit header text: UTF-8 or GB18030
    for charset in ("utf-8", "gb18030"):
        try:
            subject = raw.decode(charset)
            break
        except UnicodeDecodeError:
            continue
    with contextlib.suppress(UnicodeError, LookupError, email.errors.HeaderParseError):
        subject = str(email.header.make_header(email.header.decode_header(subject)))
    found = _SUBJECT_LICENCE.search(subject)
    return found.group(1).upper() if found else None


def decide(
    scan: MessageScan,
    recipients: list[str],
    policy: GatePolicy,
    register: Register | None = None,
    licence: str | None = None,
    today: dt.date | None = None,
) -> Decision:
    """Each recipient's action. A licence quoted by the sender releases the recipients it would
    hold, when it is in the register, valid today, and covers them and every control code and
    stage the message was found to carry. It cannot cover what the scanner could not read (an
    encrypted attachment could hold any stage): such a message waits for an approver, who
    releases it with `scanner gate release`, having seen it."""
    today = today or dt.date.today()
    verdicts = scan.policy_verdicts
    out: list[RecipientDecision] = []
    for address in recipients:
        cls = policy.recipient_class(address)
        # the first of the strictest in a fixed order (a set's order is not): `error` before
        # `review` where both hold
        worst = max(sorted(verdicts), key=lambda v: STRICTNESS[policy.action(cls, v)])
        action = policy.action(cls, worst)
        what = f"message {worst}" if worst in scan.verdicts else "content not read (as error)"
        out.append(RecipientDecision(address, cls, action, f"{cls} recipient, {what}: {action}"))
    problems: list[str] = []
    held = [r for r in out if r.action == "hold"]
    if licence and held:
        found = register.get(licence) if register is not None else None
        if found is None:
            problems.append(
                f"licence {licence} is not in the licence register"
                if register is not None
                else "no licence register is configured"
            )
        else:
            problems = found.problems([r.address for r in held], scan.control_codes, scan.stages, today)
        unread = scan.unread_parts
        if unread:
            problems.append(
                f"the message holds content that could not be read ({', '.join(unread[:3])}): no "
                "licence can be shown to cover it; an approver can release it (scanner gate release)"
            )
        if not problems:
            out = [
                RecipientDecision(
                    r.address,
                    r.recipient_class,
                    "pass",
                    f"released by licence {licence}",
                    released_by=licence,
                )
                if r.action == "hold"
                else r
                for r in out
            ]
    return Decision(tuple(out), licence, tuple(problems))
