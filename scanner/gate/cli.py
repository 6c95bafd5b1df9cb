"""`scanner gate …`: check one message, run the content filter, manage the quarantine."""

from __future__ import annotations

import dataclasses
import email
import email.policy
import email.utils
import getpass
import json
import os
import signal
import sys
import threading
from pathlib import Path

import click

from scanner import __version__
from scanner.config import ScanConfig
from scanner.gate.core import Gate, oversize_scan, versions_of
from scanner.gate.decision import decide, header_block, quoted_licence
from scanner.gate.licences import RegisterError, load_register
from scanner.gate.policy import GatePolicy, PolicyError, load_policy, parse_host_port
from scanner.gate.scanning import MessageScanner, ScanFailed
from scanner.gate.store import StoreError
from scanner.report.text import path_line as safe  # names from a message: no terminal control codes

EX_TEMPFAIL = 75


def _policy(path: Path | None, quarantine: Path | None = None) -> GatePolicy:
    try:
        policy = load_policy(path) if path is not None else GatePolicy()
    except PolicyError as exc:
        raise click.UsageError(f"policy error: {exc}") from exc
    if quarantine is not None:
        policy = dataclasses.replace(policy, quarantine=quarantine, audit_log=policy.audit_log)
    return policy


def _scanner_for(policy: GatePolicy, workers: int) -> tuple[MessageScanner, str]:
    from scanner.cli import _scanner  # the CLI's way of loading it (lexicon and model errors)

    scanner = _scanner(ScanConfig())
    return MessageScanner(scanner, workers, policy.scan_timeout_seconds), versions_of(scanner)


#: how long a stopping gate waits beyond a scan's time limit for the messages in hand
DRAIN_EXTRA_SECONDS = 60

_policy_option = click.option(
    "--policy",
    "policy_path",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The gate's policy (TOML).",
)
_quarantine_option = click.option(
    "--quarantine",
    type=click.Path(file_okay=False, path_type=Path),
    help="Quarantine folder (default: the policy's gate.quarantine).",
)


@click.group()
def gate() -> None:
    """Pre-send e-mail gate: a Postfix content filter for 1E902 technology."""


@gate.command()
@click.argument("file", default="-", type=click.Path(allow_dash=True, dir_okay=False))
@_policy_option
@click.option("--sender", help="Envelope sender (default: the From header).")
@click.option(
    "--recipient", "recipients", multiple=True, help="Envelope recipient (repeatable; default: To, Cc, Bcc)."
)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def check(file, policy_path, sender, recipients, fmt) -> None:
    """Decide one RFC 5322 message (FILE, or - for standard input). Exit 0: it may pass;
    1: held or rejected for some recipient; 75: it could not be decided (try again)."""
    try:
        data = sys.stdin.buffer.read() if file == "-" else Path(file).read_bytes()
    except OSError as exc:
        click.echo(f"scanner gate check: cannot read {file}: {exc.strerror or exc}", err=True)
        sys.exit(EX_TEMPFAIL)
    policy = _policy(policy_path)
    msg = header_block(data)
    if not recipients:
        fields = [str(v) for key in ("To", "Cc", "Bcc") for v in msg.get_all(key, [])]
        recipients = tuple(a for _, a in email.utils.getaddresses(fields) if a)
    if sender is None:
        sender = email.utils.parseaddr(str(msg.get("From", "")))[1]
    if not recipients:
        raise click.UsageError("the message names no recipient: give --recipient")
    register = None
    if policy.licences is not None:
        try:
            register = load_register(policy.licences)
        except RegisterError as exc:
            raise click.UsageError(f"licence register error: {exc}") from exc
    scanner, versions = _scanner_for(policy, 1)
    try:
        scan = oversize_scan(data, policy.max_message_bytes) or scanner.scan(data)
    except ScanFailed as exc:
        click.echo(f"scanner gate check: could not decide: {exc}", err=True)
        sys.exit(EX_TEMPFAIL)
    finally:
        scanner.close()
    decision = decide(scan, list(recipients), policy, register, quoted_licence(data, policy.release_header))
    whole = scan.message
    if fmt == "json":
        out = {
            "action": decision.action,
            "verdict": scan.verdict,
            "control_codes": scan.control_codes,
            "stages": scan.stages,
            "sender": sender,
            "recipients": [r.to_dict() for r in decision.recipients],
            "reasons": list(whole.reasons),
            "evidence": list(whole.evidence),
            "attachments": [p.to_dict() for p in scan.parts],
            "licence": decision.licence,
            "licence_problems": list(decision.licence_problems),
            "sha256": scan.sha256,
            "scanner": versions,
        }
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        codes = f" ({', '.join(scan.control_codes)}; {', '.join(scan.stages)})" if scan.control_codes else ""
        click.echo(safe(f"{decision.action.upper()}: message is {scan.verdict}{codes}"))
        for r in decision.recipients:
            click.echo(safe(f"  {r.address} [{r.recipient_class}]: {r.action} ({r.reason})"))
        for p in scan.parts:
            click.echo(safe(f"  attachment {p.name}: {p.verdict}" + (f" ({p.error})" if p.error else "")))
            for e in p.evidence[:4]:
                click.echo(safe(f"    - {e}"))
        if not scan.parts:
            for e in whole.evidence[:4]:
                click.echo(safe(f"    - {e}"))
        for problem in decision.licence_problems:
            click.echo(safe(f"  licence {decision.licence}: {problem}"))
    sys.exit(1 if decision.held else 0)


@gate.command()
@click.option("--listen", default="127.0.0.1:10025", show_default=True, help="HOST:PORT to accept mail on.")
@click.option(
    "--next-hop", default=None, help="HOST:PORT to re-inject passed mail to (default: the policy's)."
)
@click.option(
    "--policy", "policy_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@_quarantine_option
@click.option(
    "--concurrency",
    type=click.IntRange(1, 64),
    default=None,
    help="Messages scanned at once (default: the policy's).",
)
@click.option("--allow-remote", is_flag=True, help="Listen on an address that is not loopback.")
def serve(listen, next_hop, policy_path, quarantine, concurrency, allow_remote) -> None:
    """Run the content filter (Postfix content_filter = scan:[127.0.0.1]:10025)."""
    from scanner.gate.server import is_loopback, start_server

    policy = _policy(policy_path, quarantine)
    if policy.quarantine is None:
        raise click.UsageError("no quarantine folder: set gate.quarantine in the policy or give --quarantine")
    try:
        host, port = parse_host_port(listen, "--listen")
        hop = parse_host_port(next_hop, "--next-hop") if next_hop else policy.next_hop
    except PolicyError as exc:
        raise click.UsageError(str(exc)) from exc
    if not is_loopback(host) and not allow_remote:
        raise click.UsageError(f"{host} is not a loopback address: give --allow-remote to listen on it")
    workers = concurrency or policy.concurrency
    scanner, versions = _scanner_for(policy, workers)
    try:
        gate_ = Gate(policy, scanner, versions, hop)
    except (RegisterError, OSError, ValueError) as exc:
        scanner.close()
        raise click.UsageError(str(exc)) from exc
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    controller, handler = start_server(gate_, host, port, workers)
    click.echo(
        f"scanner gate: listening on {host}:{port}, relaying to {hop[0]}:{hop[1]}, "
        f"quarantine {policy.quarantine}, {workers} worker(s); {versions}",
        err=True,
    )
    try:
        stop.wait()
    finally:
        # messages in hand are answered before the gate goes (at most a scan's time limit and a
        # relay more): one cut off after it was relayed would be delivered again on retry
        if not controller.drain(handler, policy.scan_timeout_seconds + DRAIN_EXTRA_SECONDS):
            click.echo("scanner gate: messages still in hand when stopped: Postfix retries them", err=True)
        controller.stop()
        handler.close()
        scanner.close()
        click.echo("scanner gate: stopped", err=True)


def _gate_for(policy_path: Path | None, quarantine: Path | None, next_hop: str | None = None) -> Gate:
    policy = _policy(policy_path, quarantine)
    if policy.quarantine is None:
        raise click.UsageError("no quarantine folder: give --policy (with gate.quarantine) or --quarantine")
    try:
        hop = parse_host_port(next_hop, "--next-hop") if next_hop else None
        return Gate(policy, None, f"scanner {__version__}", hop)
    except (PolicyError, RegisterError, OSError, ValueError) as exc:
        raise click.UsageError(str(exc)) from exc


@gate.command(name="list")
@_policy_option
@_quarantine_option
@click.option("--all", "show_all", is_flag=True, help="Also released, rejected and deleted messages.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def list_(policy_path, quarantine, show_all, fmt) -> None:
    """Messages in the quarantine."""
    gate_ = _gate_for(policy_path, quarantine)
    rows = [r for r in gate_.quarantine.entries() if show_all or r.get("state") == "held"]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("quarantine is empty" if show_all else "no held messages")
    for r in rows:
        held = [x["address"] for x in r.get("recipients", []) if x["action"] in ("hold", "reject")]
        codes = ", ".join(r.get("control_codes", [])) or r.get("verdict", "")
        who = f"{r.get('sender', '')} -> {', '.join(held)}"
        click.echo(safe(f"{r['id']}  {r.get('received', '')}  {r.get('state', '')}  {who}  [{codes}]"))


@gate.command()
@click.argument("entry")
@_policy_option
@_quarantine_option
def show(entry, policy_path, quarantine) -> None:
    """One quarantined message's decision (JSON)."""
    gate_ = _gate_for(policy_path, quarantine)
    try:
        click.echo(json.dumps(gate_.quarantine.record(entry), ensure_ascii=False, indent=1))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc


def _approver(value: str | None) -> str:
    return value or os.environ.get("SUDO_USER") or getpass.getuser()


@gate.command()
@click.argument("entry")
@click.option("--licence", required=True, help="The export licence that covers the held recipients.")
@click.option("--approver", help="Who releases it (default: the user running the command).")
@click.option("--next-hop", default=None, help="HOST:PORT to deliver to (default: the policy's).")
@_policy_option
@_quarantine_option
def release(entry, licence, approver, next_hop, policy_path, quarantine) -> None:
    """Deliver a held message under an export licence (scope and dates are checked)."""
    from scanner.gate.core import RelayFailed

    gate_ = _gate_for(policy_path, quarantine, next_hop)
    try:
        problems = gate_.release(entry, licence.strip().upper(), _approver(approver))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except RelayFailed as exc:  # the next hop is down: try again (recorded as release-failed)
        click.echo(safe(f"not released: {exc}"), err=True)
        sys.exit(EX_TEMPFAIL)
    except OSError as exc:  # the audit log cannot be written: nothing was delivered
        click.echo(
            safe(f"not released: the audit log cannot be written ({exc}): nothing was delivered"), err=True
        )
        sys.exit(EX_TEMPFAIL)
    if problems:
        for p in problems:
            click.echo(safe(f"not released: {p}"), err=True)
        sys.exit(1)
    click.echo(f"released {entry} under licence {licence.strip().upper()}")


@gate.command()
@click.argument("entries", nargs=-1)
@click.option("--pending", is_flag=True, help="Every held message whose sender was not told.")
@click.option("--next-hop", default=None, help="HOST:PORT to send through (default: the policy's).")
@_policy_option
@_quarantine_option
def notify(entries, pending, next_hop, policy_path, quarantine) -> None:
    """Send a held message's notice to its sender again: one that could not be sent when the
    message came (the next hop was down) is recorded, and sent by this command (from cron, say).
    Exits 1 when a notice could not be sent."""
    from scanner.gate.core import RelayFailed

    if not entries and not pending:
        raise click.UsageError("name the messages, or give --pending")
    gate_ = _gate_for(policy_path, quarantine, next_hop)
    for entry in entries:  # an unknown id is a usage error, as for show, release and delete
        try:
            gate_.quarantine.record(entry)
        except StoreError as exc:
            raise click.ClickException(str(exc)) from exc
    wanted = list(entries) or gate_.pending_notices()
    if not wanted:
        click.echo("no notice pending")
        return
    scanner, versions = _scanner_for(gate_.policy, 1)
    gate_.scanner, gate_.versions = scanner, versions
    failed = 0
    try:
        for entry in wanted:
            try:
                problem = gate_.notify_again(entry)
            except (StoreError, ScanFailed, RelayFailed, OSError) as exc:
                problem = str(exc)
            if problem:
                failed += 1
                click.echo(safe(f"not sent: {problem}"), err=True)
            else:
                click.echo(f"notice sent for {entry}")
    finally:
        scanner.close()
    sys.exit(1 if failed else 0)


@gate.command()
@click.argument("entry")
@click.option("--approver", help="Who deletes it (default: the user running the command).")
@_policy_option
@_quarantine_option
def delete(entry, approver, policy_path, quarantine) -> None:
    """Remove a message from the quarantine (recorded in the audit log)."""
    gate_ = _gate_for(policy_path, quarantine)
    try:
        gate_.delete(entry, _approver(approver))
    except StoreError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:  # the audit log cannot be written: nothing was deleted
        click.echo(safe(f"not deleted: the audit log cannot be written ({exc})"), err=True)
        sys.exit(EX_TEMPFAIL)
    click.echo(f"deleted {entry}")
