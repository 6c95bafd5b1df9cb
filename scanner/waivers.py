"""Waivers (a baseline of accepted findings, as gitleaks keeps one): a flagged file whose exact
content a reviewer has accepted — under an export licence from the licence register, or with
another justification — until a date. A waived file keeps its verdict and is reported as
waived (never hidden); it does not fail the run. An expired waiver, or one citing a licence
that is not in the register or no longer valid, flags the file again, with the reason.

```toml
[[waiver]]
sha256 = "9f2c…"                    # the file's content hash, as every report gives it
path = "R&D/2026/spec.docx"         # for people: where it was when it was accepted
licence = "MOFCOM-2026-1E902-0042"  # or: justification = "…"
reviewer = "Wang Fang"
expires = 2026-12-31
```"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from scanner.gate.licences import Register
from scanner.types import FLAGGED_AGAIN, Verdict

_SHA = re.compile(r"^[0-9a-f]{64}$")
_KEYS = {"sha256", "path", "licence", "justification", "reviewer", "expires"}
FLAGGED = ("controlled", "review")


class WaiverError(ValueError):
    """The waivers file is unreadable or an entry is malformed (the message names it)."""


@dataclass(frozen=True)
class Waiver:
    sha256: str
    reviewer: str
    expires: dt.date
    licence: str | None = None
    justification: str | None = None
    path: str | None = None

    def as_dict(self) -> dict[str, str]:
        out = {"sha256": self.sha256, "reviewer": self.reviewer, "expires": self.expires.isoformat()}
        if self.licence:
            out["licence"] = self.licence
        if self.justification:
            out["justification"] = self.justification
        return out


def load_waivers(path: Path) -> dict[str, Waiver]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise WaiverError(f"cannot read the waivers {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise WaiverError(f"{path}: not valid TOML: {exc}") from exc
    if set(data) - {"waiver"}:
        raise WaiverError(
            f"{path}: unknown key {sorted(set(data) - {'waiver'})[0]!r} (waivers are [[waiver]])"
        )
    out: dict[str, Waiver] = {}
    for i, row in enumerate(data.get("waiver", []), start=1):
        where = f"{path}: waiver {i}"
        if not isinstance(row, dict):
            raise WaiverError(f"{where}: not a table")
        unknown = set(row) - _KEYS
        if unknown:
            raise WaiverError(f"{where}: unknown key {sorted(unknown)[0]!r}")
        sha = str(row.get("sha256", "")).strip().lower()
        if not _SHA.match(sha):
            raise WaiverError(f"{where}: sha256 must be 64 hexadecimal digits")
        reviewer = str(row.get("reviewer", "")).strip()
        if not reviewer:
            raise WaiverError(f"{where}: no reviewer")
        expires = row.get("expires")
        if isinstance(expires, str):
            try:
                expires = dt.date.fromisoformat(expires)
            except ValueError:
                expires = None
        if isinstance(expires, dt.datetime):
            # a date and time would be compared with today's date (a TypeError mid-scan), and
            # which day a time means depends on a time zone: the day is asked for
            raise WaiverError(f"{where}: expires must be a date (YYYY-MM-DD), not a date and time")
        if not isinstance(expires, dt.date):
            raise WaiverError(f"{where}: expires must be a date (YYYY-MM-DD)")
        licence = str(row.get("licence", "")).strip().upper() or None
        justification = str(row.get("justification", "")).strip() or None
        if not licence and not justification:
            raise WaiverError(f"{where}: give the licence number or a justification")
        if sha in out:
            raise WaiverError(f"{where}: a second waiver for the same content {sha[:12]}…")
        out[sha] = Waiver(sha, reviewer, expires, licence, justification, row.get("path"))
    return out


def apply_waivers(
    verdicts: list[Verdict],
    waivers: dict[str, Waiver],
    register: Register | None,
    today: dt.date | None = None,
) -> list[Verdict]:
    """The verdicts with valid waivers marked, and lapsed ones explained in the reasons. A
    waiver on a container's content (a zip, an e-mail) covers what it holds: its members, listed
    after it as `outer.zip!inner`, are waived with it."""
    today = today or dt.date.today()
    out = []
    #: containers waived so far: their members' path prefix, and the waiver
    covering: list[tuple[str, Waiver]] = []
    for v in verdicts:
        own = waivers.get(v.sha256 or "") if v.verdict in FLAGGED else None
        waiver = own
        if waiver is None and v.verdict in FLAGGED:
            waiver = next((w for prefix, w in covering if v.path.startswith(prefix)), None)
        if waiver is None:
            out.append(v)
            continue
        problem = _problem(waiver, register, today, v)
        if problem:
            out.append(dataclasses.replace(v, reasons=(*v.reasons, f"{FLAGGED_AGAIN}{problem}")))
            continue
        if own is not None:
            covering.append((v.path + "!", own))
        shown = waiver.as_dict()
        licence = register.get(waiver.licence) if waiver.licence and register is not None else None
        if licence is not None and licence.valid_until < waiver.expires:
            shown["expires"] = licence.valid_until.isoformat()  # the licence ends first
        out.append(dataclasses.replace(v, waiver=shown))
    return out


def _problem(waiver: Waiver, register: Register | None, today: dt.date, v: Verdict) -> str | None:
    """Why `waiver` does not hold for the verdict `v`, or None. A waiver citing a licence holds
    only while the licence is valid and only for what it covers: every control code and stage
    the file was flagged for (as the gate asks of a licence; its recipients are no file's)."""
    if today > waiver.expires:
        return f"its waiver expired on {waiver.expires.isoformat()} (reviewer {waiver.reviewer})"
    if waiver.licence and register is not None:
        licence = register.get(waiver.licence)
        if licence is None:
            return f"its waiver cites licence {waiver.licence}, which is not in the licence register"
        if today > licence.valid_until or today < licence.valid_from:
            valid = f"valid {licence.valid_from} to {licence.valid_until}"
            return f"its waiver cites licence {waiver.licence}, {valid}"
        codes = [c for c in v.control_codes if c not in licence.control_codes]
        stages = [c for c in v.categories if c not in licence.stages]
        if codes or stages:
            outside = ", ".join([*codes, *stages])
            return f"its waiver cites licence {waiver.licence}, which does not cover {outside}"
    return None
