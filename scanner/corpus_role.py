"""A labelled set's declared role, read from the `corpus.toml` beside its labels (or in a
folder above): `train`, `dev`, `sealed-test` or `consumed`. `scanner evaluate` prints it, so a
figure measured on a set that has been looked at is never reported as a held-out one."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

ROLES = {
    "train": "training data: figures on it are not evidence of anything",
    "dev": "development set: used to choose weights or thresholds, so a development figure",
    "sealed-test": "sealed test set: held-out, not looked at before this measurement",
    "consumed": "consumed test set: looked at after its first measurement, no longer held-out",
}


@dataclass(frozen=True)
class CorpusRole:
    role: str  # one of ROLES, or "undeclared"
    source: str  # the corpus.toml it came from
    first_measurement: str = ""  # for consumed sets: what the untouched measurement gave

    @property
    def held_out(self) -> bool:
        return self.role == "sealed-test"

    def describe(self) -> str:
        if self.role == "undeclared":
            return "corpus role: undeclared (no corpus.toml): do not report these figures as held-out"
        text = f"corpus role: {self.role} — {ROLES[self.role]}"
        if self.first_measurement:
            text += f"; untouched first measurement: {self.first_measurement}"
        return text

    def to_dict(self) -> dict[str, object]:
        return {
            "role": self.role,
            "held_out": self.held_out,
            "source": self.source,
            "first_measurement": self.first_measurement,
        }


def _declaration(*places: Path) -> tuple[Path, dict] | None:
    """The nearest `corpus.toml` in the places' folders or up to two folders above, parsed."""
    for place in places:
        folder = place if place.is_dir() else place.parent
        for candidate in (folder, folder.parent, folder.parent.parent):
            declared = candidate / "corpus.toml"
            if declared.is_file():
                return declared, tomllib.loads(declared.read_text(encoding="utf-8"))
    return None


def _role(declared: Path, data: dict, role: object) -> CorpusRole:
    role = str(role)
    if role not in ROLES:
        raise ValueError(f"{declared}: unknown role {role!r} (one of {', '.join(ROLES)})")
    return CorpusRole(role, str(declared), str(data.get("first_measurement", "")))


def part_role(corpus: Path, part: str) -> CorpusRole:
    """The role of one part of a split corpus (`[parts]` in its corpus.toml): the text corpus's
    `test` part is a development set."""
    found = _declaration(corpus)
    if found is None:
        return CorpusRole("undeclared", "")
    declared, data = found
    return _role(declared, data, data.get("parts", {}).get(part, data.get("role", "undeclared")))


def corpus_role(*places: Path) -> CorpusRole:
    """The role declared for the labelled folder or labels file: the nearest `corpus.toml` in
    their folders or up to two folders above."""
    found = _declaration(*places)
    if found is None:
        return CorpusRole("undeclared", "")
    declared, data = found
    return _role(declared, data, data.get("role", "undeclared"))
