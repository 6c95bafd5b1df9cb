"""The licence register: export licences that allow a held message out (and, in drive sweeps,
waive a flagged file). TOML or CSV; validated like the policy, a bad row named.

TOML:
```toml
[[licence]]
number = "MOFCOM-2026-1E902-0042"
holder = "Example Magnetics Co., Ltd."
recipients = ["r.mueller@partner.example"]   # addresses, or
domains = ["partner.example"]                # whole domains (and subdomains); at least one of the two
control_codes = ["1E902.a"]                  # what the licence covers
stages = ["magnet-manufacturing"]
valid_from = 2026-01-01
valid_until = 2026-12-31
```
CSV: a header row `number,holder,recipients,domains,control_codes,stages,valid_from,valid_until`,
lists separated by `;`, dates as YYYY-MM-DD.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import tomllib
from dataclasses import dataclass
from pathlib import Path

from scanner.types import CATEGORIES

CONTROL_CODES = ("1E902.a", "1E902.b")
_FIELDS = (
    "number",
    "holder",
    "recipients",
    "domains",
    "control_codes",
    "stages",
    "valid_from",
    "valid_until",
)


class RegisterError(ValueError):
    """The register is unreadable or a licence in it is malformed (the message names it)."""


@dataclass(frozen=True)
class Licence:
    number: str
    holder: str
    recipients: tuple[str, ...]
    domains: tuple[str, ...]
    control_codes: tuple[str, ...]
    stages: tuple[str, ...]
    valid_from: dt.date
    valid_until: dt.date

    def covers_recipient(self, address: str) -> bool:
        addr = address.strip().strip("<>").lower()
        domain = addr.rpartition("@")[2]
        return addr in self.recipients or any(domain == d or domain.endswith("." + d) for d in self.domains)

    def problems(
        self, recipients: list[str], control_codes: list[str], stages: list[str], today: dt.date
    ) -> list[str]:
        """Why this licence does not allow these recipients to receive technology of these
        codes and stages today; empty when it does."""
        out = []
        if today < self.valid_from:
            out.append(f"licence {self.number} is valid only from {self.valid_from.isoformat()}")
        if today > self.valid_until:
            out.append(f"licence {self.number} expired on {self.valid_until.isoformat()}")
        outside = [r for r in recipients if not self.covers_recipient(r)]
        if outside:
            out.append(f"licence {self.number} does not cover recipient(s) {', '.join(outside)}")
        codes = [c for c in control_codes if c not in self.control_codes]
        if codes:
            out.append(f"licence {self.number} does not cover control code(s) {', '.join(codes)}")
        missing = [s for s in stages if s not in self.stages]
        if missing:
            out.append(f"licence {self.number} does not cover stage(s) {', '.join(missing)}")
        return out

    def to_dict(self) -> dict:
        return {
            "number": self.number,
            "holder": self.holder,
            "recipients": list(self.recipients),
            "domains": list(self.domains),
            "control_codes": list(self.control_codes),
            "stages": list(self.stages),
            "valid_from": self.valid_from.isoformat(),
            "valid_until": self.valid_until.isoformat(),
        }


@dataclass(frozen=True)
class Register:
    licences: dict[str, Licence]
    source: Path | None = None

    def get(self, number: str) -> Licence | None:
        return self.licences.get(number.strip().upper())

    def numbers(self) -> list[str]:
        return list(self.licences)


def load_register(path: Path) -> Register:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RegisterError(f"cannot read the licence register {path}: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RegisterError(f"{path}: not UTF-8 text") from exc
    try:
        rows = _csv_rows(text) if path.suffix.lower() == ".csv" else _toml_rows(text)
        return Register(_licences(rows), path)
    except RegisterError as exc:
        raise RegisterError(f"{path}: {exc}") from None


def _toml_rows(text: str) -> list[dict]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegisterError(f"not valid TOML: {exc}") from exc
    unknown = set(data) - {"licence"}
    if unknown:
        raise RegisterError(f"unknown key {sorted(unknown)[0]!r} (licences are [[licence]] tables)")
    rows = data.get("licence", [])
    if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
        raise RegisterError("licences must be [[licence]] tables")
    return rows


def _csv_rows(text: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [f for f in _FIELDS if f not in header]
    if missing:
        raise RegisterError(f"the CSV header lacks column(s) {', '.join(missing)}")
    rows = []
    for row in reader:
        clean = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k is not None}
        for key in ("recipients", "domains", "control_codes", "stages"):
            clean[key] = [p.strip() for p in clean.get(key, "").split(";") if p.strip()]
        rows.append(clean)
    return rows


def _licences(rows: list[dict]) -> dict[str, Licence]:
    out: dict[str, Licence] = {}
    for i, row in enumerate(rows, start=1):
        licence = _licence(row, f"licence {i}")
        if licence.number in out:
            raise RegisterError(f"licence number {licence.number} appears twice")
        out[licence.number] = licence
    return out


def _licence(row: dict, where: str) -> Licence:
    unknown = set(row) - set(_FIELDS)
    if unknown:
        raise RegisterError(f"{where}: unknown key {sorted(unknown)[0]!r}")
    number = row.get("number")
    if not isinstance(number, str) or not number.strip():
        raise RegisterError(f"{where}: no licence number")
    number = number.strip().upper()
    where = f"licence {number}"
    holder = row.get("holder")
    if not isinstance(holder, str) or not holder.strip():
        raise RegisterError(f"{where}: no holder")
    recipients = _strings(row.get("recipients", []), f"{where}: recipients")
    domains = tuple(d.lstrip("@.") for d in _strings(row.get("domains", []), f"{where}: domains"))
    if not recipients and not domains:
        raise RegisterError(f"{where}: names neither recipients nor domains")
    if any(r.count("@") != 1 for r in recipients):
        raise RegisterError(f"{where}: a recipient is not an e-mail address")
    codes = _strings(row.get("control_codes", []), f"{where}: control_codes", case=False)
    bad = [c for c in codes if c not in CONTROL_CODES]
    if not codes or bad:
        raise RegisterError(
            f"{where}: control_codes must be among {', '.join(CONTROL_CODES)} (got {list(codes)})"
        )
    stages = _strings(row.get("stages", []), f"{where}: stages")
    bad = [s for s in stages if s not in CATEGORIES]
    if not stages or bad:
        raise RegisterError(f"{where}: stages must be among {', '.join(CATEGORIES)} (got {list(stages)})")
    start = _date(row.get("valid_from"), f"{where}: valid_from")
    end = _date(row.get("valid_until"), f"{where}: valid_until")
    if end < start:
        raise RegisterError(f"{where}: valid_until is before valid_from")
    return Licence(number, holder.strip(), recipients, domains, codes, stages, start, end)


def _strings(value: object, where: str, case: bool = True) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegisterError(f"{where} must be a list of strings")
    return tuple(v.strip().lower() if case else v.strip() for v in value if v.strip())


def _date(value: object, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise RegisterError(f"{where}: {value!r} is not a date (YYYY-MM-DD)")
