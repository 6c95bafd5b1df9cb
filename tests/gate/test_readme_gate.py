"""The README's gate section is a promise: its policy, licence register and commands are the
ones the gate accepts (the Postfix lines are used by test_postfix.py)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from scanner.gate.cli import gate
from scanner.gate.licences import load_register
from scanner.gate.policy import _GATE_KEYS, _RECIPIENTS_TABLE, VERDICTS, policy_from_dict

ROOT = Path(__file__).resolve().parents[2]
SECTION = (ROOT / "README.md").read_text(encoding="utf-8").split("## E-mail gate", 1)[1].split("\n## ", 1)[0]


def block(kind: str, after: str) -> str:
    return re.search(rf"```{kind}\n(.*?)```", SECTION.split(after, 1)[1], re.S).group(1)


def test_the_policy_example_is_valid_and_names_every_key() -> None:
    text = block("toml", "### Policy")
    data = tomllib.loads(text)
    policy = policy_from_dict(data, ROOT / "gate.toml")
    assert set(data["gate"]) == _GATE_KEYS
    assert set(data["recipients"]) == set(_RECIPIENTS_TABLE)
    for cls in ("external", "internal"):
        assert set(data["actions"][cls]) == set(VERDICTS)
        # the README calls them the defaults: they must be
        assert data["actions"][cls] == policy_from_dict({}).actions[cls]
    assert policy.recipient_class("someone@jv-partner.example.com") == "external"


@pytest.mark.parametrize("kind", ["toml", "csv"])
def test_the_licence_register_examples_load(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"licences.{kind}"
    path.write_text(block(kind, "### Licence register"), encoding="utf-8")
    register = load_register(path)
    licence = register.get("MOFCOM-2026-1E902-0042")
    assert licence is not None and licence.stages == ("magnet-manufacturing",)


def test_every_gate_command_and_option_is_documented() -> None:
    for name, command in gate.commands.items():
        assert f"scanner gate {name}" in SECTION, name
        for param in command.params:
            for opt in param.opts:
                if opt.startswith("--") and opt not in ("--help", "--policy", "--format"):
                    assert opt in SECTION, f"gate {name} {opt} is not in the README"


def test_the_exit_codes_of_gate_check_are_documented() -> None:
    from scanner.gate.cli import EX_TEMPFAIL

    assert f"{EX_TEMPFAIL} (`EX_TEMPFAIL`)" in SECTION
