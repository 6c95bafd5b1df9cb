"""The gate's policy: one TOML file, validated, with a clear error naming a bad key or value.

```toml
[gate]
next_hop = "127.0.0.1:10026"        # where passed mail is re-injected (Postfix's second smtpd)
quarantine = "/var/spool/scanner-gate"
audit_log = "/var/log/scanner-gate/audit.jsonl"   # default: audit.jsonl in the quarantine
licences = "licences.toml"          # the licence register (TOML or CSV), relative to this file
notify_from = "export-control@example.com"
release_header = "X-Export-Licence"
max_message_bytes = 52428800
scan_timeout_seconds = 300
concurrency = 2

[recipients]
internal_domains = ["example.com"]  # and their subdomains
internal_addresses = []
external_domains = ["jv-partner.example.com"]     # foreign organisations, even inside China
external_addresses = []

[actions.external]                  # any of pass, tag, hold, reject
controlled = "hold"
[actions.internal]
controlled = "pass"
```

Every key is optional; what is not given takes the default below. Unknown keys are errors (a
misspelt `internal_domain` must not silently make every recipient external … or internal)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ACTIONS = ("pass", "tag", "hold", "reject")
#: How restrictive each action is: a message with several verdicts among its parts gets the
#: strictest of their actions.
STRICTNESS = {action: rank for rank, action in enumerate(ACTIONS)}
VERDICTS = ("clear", "excluded", "review", "controlled", "error")
CLASSES = ("internal", "external")

DEFAULT_ACTIONS: dict[str, dict[str, str]] = {
    # exporting: technology to anyone outside the company, foreign organisations in China included
    "external": {"clear": "pass", "excluded": "tag", "review": "hold", "controlled": "hold", "error": "hold"},
    # within the company nothing is exported: internal copies pass (with the scan's headers);
    # a message the gate could not read is held for everyone (fail closed)
    "internal": {"clear": "pass", "excluded": "tag", "review": "pass", "controlled": "pass", "error": "hold"},
}


class PolicyError(ValueError):
    """The policy file is missing, unreadable, or has a bad key or value (the message names it)."""


@dataclass(frozen=True)
class GatePolicy:
    internal_domains: tuple[str, ...] = ()
    internal_addresses: tuple[str, ...] = ()
    external_domains: tuple[str, ...] = ()
    external_addresses: tuple[str, ...] = ()
    actions: dict[str, dict[str, str]] = field(
        default_factory=lambda: {c: dict(a) for c, a in DEFAULT_ACTIONS.items()}
    )
    next_hop: tuple[str, int] = ("127.0.0.1", 10026)
    quarantine: Path | None = None
    audit_log: Path | None = None
    licences: Path | None = None
    notify_from: str = "postmaster@localhost"
    release_header: str = "X-Export-Licence"
    max_message_bytes: int = 50 * 1024 * 1024
    scan_timeout_seconds: float = 300.0
    concurrency: int = 2
    source: Path | None = None  # the file it was read from
    #: Postfix's recipient_delimiter: the characters after which a local part is a sub-address
    recipient_delimiter: str = "+"

    def recipient_class(self, address: str) -> str:
        """`internal` or `external`. An address or domain listed as external wins over an
        internal domain (a foreign joint venture's mailboxes on the group's own domain)."""
        addr = address.strip().strip("<>").lower()
        local, _, domain = addr.rpartition("@")
        if _ROUTED.search(local):
            # 'a%evil.cn@example.com', 'evil.cn!a@example.com', '@relay:a@example.com', a quoted
            # local part: forms Postfix may rewrite and relay on to another host
            # (allow_percent_hack, swap_bangpath, source routes), so fail closed
            return "external"
        # a sub-address (name+tag@, Postfix's recipient_delimiter) reaches the same mailbox
        names = {addr} | {f"{local.split(c, 1)[0]}@{domain}" for c in self.recipient_delimiter}
        if names & set(self.external_addresses) or _in_domains(domain, self.external_domains):
            return "external"
        if names & set(self.internal_addresses) or _in_domains(domain, self.internal_domains):
            return "internal"
        return "external"

    def action(self, recipient_class: str, verdict: str) -> str:
        return self.actions[recipient_class][verdict]

    @property
    def audit_path(self) -> Path | None:
        if self.audit_log is not None:
            return self.audit_log
        return self.quarantine / "audit.jsonl" if self.quarantine is not None else None


#: what in a local part can route a message beyond the domain after the last '@'
_ROUTED = re.compile(r'[%!@:"\\]')


def _in_domains(domain: str, domains: tuple[str, ...]) -> bool:
    return any(domain == d or domain.endswith("." + d) for d in domains)


_GATE_KEYS = {
    "next_hop",
    "quarantine",
    "audit_log",
    "licences",
    "notify_from",
    "release_header",
    "max_message_bytes",
    "scan_timeout_seconds",
    "concurrency",
}
_RECIPIENT_KEYS = ("internal_domains", "internal_addresses", "external_domains", "external_addresses")
#: every key of [recipients]: the address lists and the sub-address delimiter
_RECIPIENTS_TABLE = (*_RECIPIENT_KEYS, "recipient_delimiter")


def parse_host_port(value: object, key: str) -> tuple[str, int]:
    if not isinstance(value, str) or ":" not in value:
        raise PolicyError(f"{key}: {value!r} is not HOST:PORT")
    host, _, port = value.rpartition(":")
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise PolicyError(f"{key}: {value!r} is not HOST:PORT with a port between 1 and 65535")
    return host, int(port)


def load_policy(path: Path) -> GatePolicy:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"cannot read the policy {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PolicyError(f"{path}: not valid TOML: {exc}") from exc
    return policy_from_dict(data, path)


def policy_from_dict(data: dict, source: Path | None = None) -> GatePolicy:
    where = f"{source}: " if source else ""
    try:
        return _build(data, source)
    except PolicyError as exc:
        raise PolicyError(f"{where}{exc}") from None


def _build(data: dict, source: Path | None) -> GatePolicy:
    unknown = set(data) - {"gate", "recipients", "actions"}
    if unknown:
        raise PolicyError(f"unknown section or key {sorted(unknown)[0]!r} (known: gate, recipients, actions)")
    base = source.parent if source else Path.cwd()
    gate = _table(data, "gate")
    recipients = _table(data, "recipients")
    actions_in = _table(data, "actions")
    _no_unknown(gate, _GATE_KEYS, "gate")
    _no_unknown(recipients, set(_RECIPIENTS_TABLE), "recipients")
    kwargs: dict = {"source": source}
    for key in _RECIPIENT_KEYS:
        kwargs[key] = _addresses(
            recipients.get(key, []), f"recipients.{key}", domains=key.endswith("domains")
        )
    if "recipient_delimiter" in recipients:
        delimiter = recipients["recipient_delimiter"]
        if (
            not isinstance(delimiter, str)
            or not delimiter
            or any(c.isalnum() or c in "@ " for c in delimiter)
        ):
            raise PolicyError("recipients.recipient_delimiter must be Postfix's: characters such as + or -")
        kwargs["recipient_delimiter"] = delimiter
    actions = {c: dict(a) for c, a in DEFAULT_ACTIONS.items()}
    _no_unknown(actions_in, set(CLASSES), "actions")
    for cls, table in actions_in.items():
        if not isinstance(table, dict):
            raise PolicyError(f"actions.{cls} must be a table of verdict = action")
        _no_unknown(table, set(VERDICTS), f"actions.{cls}")
        for verdict, action in table.items():
            if action not in ACTIONS:
                raise PolicyError(f"actions.{cls}.{verdict}: {action!r} is not one of {', '.join(ACTIONS)}")
            actions[cls][verdict] = action
    kwargs["actions"] = actions
    if "next_hop" in gate:
        kwargs["next_hop"] = parse_host_port(gate["next_hop"], "gate.next_hop")
    for key in ("quarantine", "audit_log", "licences"):
        if key in gate:
            value = gate[key]
            if not isinstance(value, str) or not value:
                raise PolicyError(f"gate.{key} must be a path")
            kwargs[key] = (base / value) if not Path(value).is_absolute() else Path(value)
    for key in ("notify_from", "release_header"):
        if key in gate:
            value = gate[key]
            if not isinstance(value, str) or not value.strip() or "\n" in value or "\r" in value:
                raise PolicyError(f"gate.{key} must be a one-line, non-empty string")
            if key == "notify_from" and "@" not in value:
                raise PolicyError(f"gate.notify_from: {value!r} is not an e-mail address")
            if key == "release_header" and not all(c.isalnum() or c == "-" for c in value):
                raise PolicyError(f"gate.release_header: {value!r} is not a header name")
            kwargs[key] = value.strip()
    kwargs.update(_numbers(gate))
    return GatePolicy(**kwargs)


def _numbers(gate: dict) -> dict:
    out: dict = {}
    for key, kind, low in (
        ("max_message_bytes", int, 1024),
        ("scan_timeout_seconds", float, 1.0),
        ("concurrency", int, 1),
    ):
        if key not in gate:
            continue
        value = gate[key]
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or (kind is int and not isinstance(value, int))
        ):
            raise PolicyError(
                f"gate.{key}: {value!r} is not {'a whole number' if kind is int else 'a number'}"
            )
        if value < low or value != value or value in (float("inf"),):
            raise PolicyError(f"gate.{key}: {value!r} is below {low}")
        out[key] = kind(value)
    return out


def _table(data: dict, key: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise PolicyError(f"[{key}] must be a table")
    return value


def _no_unknown(table: dict, known: set[str], name: str) -> None:
    for key in table:
        if key not in known:
            raise PolicyError(f"unknown key {name}.{key} (known: {', '.join(sorted(known))})")


def _addresses(value: object, key: str, domains: bool) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise PolicyError(f"{key} must be a list of strings")
    out = []
    for item in value:
        v = item.strip().lower()
        if domains:
            v = v.lstrip("@").lstrip(".")
            if not v or "@" in v or " " in v or ("." not in v and v != "localhost"):
                raise PolicyError(f"{key}: {item!r} is not a domain")
        elif v.count("@") != 1 or " " in v or v.startswith("@") or v.endswith("@"):
            raise PolicyError(f"{key}: {item!r} is not an e-mail address")
        out.append(v)
    return tuple(out)
