"""The gate policy: defaults, recipient classes, and a clear error for every bad key or value."""

from __future__ import annotations

from pathlib import Path

import pytest

from scanner.gate.policy import DEFAULT_ACTIONS, GatePolicy, PolicyError, load_policy, policy_from_dict

POLICY = {
    "recipients": {
        "internal_domains": ["example.com"],
        "internal_addresses": ["liaison@partner.example"],
        "external_domains": ["jv.example.com"],
        "external_addresses": ["visitor@example.com"],
    }
}


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("zhang@example.com", "internal"),
        ("Zhang@Example.COM", "internal"),
        ("<zhang@example.com>", "internal"),
        ("ops@plant.example.com", "internal"),  # a subdomain of an internal domain
        ("liaison@partner.example", "internal"),  # an address listed as internal
        ("r.mueller@partner.example", "external"),
        ("someone@jv.example.com", "external"),  # a foreign joint venture on the group's domain
        ("visitor@example.com", "external"),  # a foreign person's mailbox inside the company
        ("visitor+cad@example.com", "external"),  # the same mailbox by a sub-address
        ("Visitor+x+y@Example.com", "external"),
        ("liaison+q@partner.example", "internal"),
        ("x@notexample.com", "external"),  # not a subdomain: a different name
        ("x@example.com.evil.test", "external"),
        ("", "external"),
        # forms Postfix may relay on to another host (percent hack, bang path, source route)
        ("a%evil.cn@example.com", "external"),
        ("evil.cn!a@example.com", "external"),
        ("@example.com:a@evil.cn", "external"),
        ('"a@evil.cn"@example.com', "external"),
        ("liaison%x@partner.example", "external"),
    ],
)
def test_recipient_class(address: str, expected: str) -> None:
    assert policy_from_dict(POLICY).recipient_class(address) == expected


def test_the_recipient_delimiter_follows_postfix() -> None:
    """With Postfix's recipient_delimiter = -, visitor-cad@ reaches visitor@ (external)."""
    policy = policy_from_dict({"recipients": {**POLICY["recipients"], "recipient_delimiter": "+-"}})
    assert policy.recipient_class("visitor-cad@example.com") == "external"
    assert policy.recipient_class("visitor+cad@example.com") == "external"
    assert policy_from_dict(POLICY).recipient_class("visitor-cad@example.com") == "internal"  # default +
    with pytest.raises(PolicyError, match="recipient_delimiter"):
        policy_from_dict({"recipients": {"recipient_delimiter": "x"}})


def test_defaults_hold_flagged_and_unread_mail_to_external_recipients() -> None:
    policy = GatePolicy()
    assert policy.action("external", "controlled") == "hold"
    assert policy.action("external", "review") == "hold"
    assert policy.action("external", "error") == "hold"  # fail closed
    assert policy.action("external", "excluded") == "tag"
    assert policy.action("external", "clear") == "pass"
    assert policy.action("internal", "controlled") == "pass"
    assert policy.action("internal", "error") == "hold"
    assert policy.recipient_class("anyone@example.com") == "external"  # nothing internal configured


def test_actions_override_only_what_is_given(tmp_path: Path) -> None:
    path = tmp_path / "gate.toml"
    path.write_text(
        '[gate]\nquarantine = "q"\nnext_hop = "127.0.0.1:2526"\nconcurrency = 3\n'
        '[actions.external]\nreview = "tag"\ncontrolled = "reject"\n',
        encoding="utf-8",
    )
    policy = load_policy(path)
    assert policy.action("external", "review") == "tag"
    assert policy.action("external", "controlled") == "reject"
    assert policy.action("external", "error") == DEFAULT_ACTIONS["external"]["error"]
    assert policy.quarantine == tmp_path / "q"  # relative to the policy file
    assert policy.audit_path == tmp_path / "q" / "audit.jsonl"
    assert policy.next_hop == ("127.0.0.1", 2526)
    assert policy.concurrency == 3


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[gate]\nquarantin = 'q'\n", "gate.quarantin"),
        ("[recipients]\ninternal_domain = ['example.com']\n", "recipients.internal_domain"),
        ("[recipients]\ninternal_domains = 'example.com'\n", "recipients.internal_domains"),
        ("[recipients]\ninternal_domains = ['a@example.com']\n", "not a domain"),
        ("[recipients]\nexternal_addresses = ['partner.example']\n", "not an e-mail address"),
        ("[actions.external]\ncontrolled = 'quarantine'\n", "actions.external.controlled"),
        ("[actions.external]\nsecret = 'hold'\n", "actions.external.secret"),
        ("[actions.partners]\ncontrolled = 'hold'\n", "actions.partners"),
        ("[gate]\nnext_hop = '127.0.0.1'\n", "gate.next_hop"),
        ("[gate]\nnext_hop = '127.0.0.1:99999'\n", "gate.next_hop"),
        ("[gate]\nconcurrency = 0\n", "gate.concurrency"),
        ("[gate]\nconcurrency = 1.5\n", "gate.concurrency"),
        ("[gate]\nmax_message_bytes = true\n", "gate.max_message_bytes"),
        ("[gate]\nscan_timeout_seconds = 'fast'\n", "gate.scan_timeout_seconds"),
        ("[gate]\nnotify_from = 'nobody'\n", "gate.notify_from"),
        ("[gate]\nrelease_header = 'X Licence'\n", "gate.release_header"),
        ("[limits]\nx = 1\n", "limits"),
        ("[gate\n", "not valid TOML"),
    ],
)
def test_bad_policy_is_refused_with_the_key_named(tmp_path: Path, text: str, named: str) -> None:
    path = tmp_path / "gate.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(path)
    assert named in str(info.value)
    assert str(path) in str(info.value)


def test_missing_policy_file(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="cannot read"):
        load_policy(tmp_path / "absent.toml")
