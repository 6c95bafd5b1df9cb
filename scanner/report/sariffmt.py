"""SARIF 2.1.0 (OASIS): for code-scanning dashboards and audit tools that read static-analysis
results.

- Rules: `1E902.a` and `1E902.b` (controlled technology), `review` (a person must look) and
  `unread` (the file could not be read: `error`). Stages are taxa of a `1E902-stages`
  taxonomy, referenced by each result.
- One result per file and control code for `controlled` files (level `error`), one per `review`
  (`warning`) and per `error` (`warning`) file. An `excluded` file gets its results too, with a
  `suppressions` entry whose justification is the exclusion (public domain, basic research,
  patent filing) and its evidence; `clear` files have none.
- Where: the file (container members as `outer.zip!inner.docx` in the artifact URI's
  fragment-free path and as a logical location), the region when the evidence names a line,
  and every evidence item's place in the message and in `properties.evidence` (redacted with
  `--redact`).
- `partialFingerprints`, stable from sweep to sweep: `fileRule/v1`, the file's SHA-256 (or, for
  a file without one, a hash of its path) with the rule, which follows a file that is moved or
  renamed; and `pathRule/v1`, its path with the rule, so that two copies of one file at two
  paths, each a disclosure of its own, are two results to a dashboard that combines them.
"""

from __future__ import annotations

import hashlib
import re
from typing import Any, TextIO
from urllib.parse import quote

from scanner import __version__
from scanner.report.info import ScanInfo
from scanner.report.members import HOLDING_TYPES, Members
from scanner.report.redact import redact as redact_verdict
from scanner.report.spool import ArraySpool
from scanner.report.summary import Summary
from scanner.report.text import waiver_line, why
from scanner.types import CATEGORIES, Verdict

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
TAXONOMY = "1E902-stages"
RULES = [
    {
        "id": "1E902.a",
        "name": "ControlledRareEarthTechnology",
        "shortDescription": {"text": "Rare-earth technology or its carrier controlled under 1E902.a"},
        "fullDescription": {
            "text": "Technology, and its carriers (drawings, process specifications, parameters, NC "
            "programs, simulation data), for rare-earth mining, smelting-separation, metal smelting, magnet "
            "manufacturing or recycling (MOFCOM Announcement 2025 No. 62). Export needs a licence."
        },
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["export-control", "1E902"]},
    },
    {
        "id": "1E902.b",
        "name": "ControlledProductionLineTechnology",
        "shortDescription": {"text": "Production-line technology controlled under 1E902.b"},
        "fullDescription": {
            "text": "Technology for assembling, commissioning, maintaining, repairing or upgrading "
            "production lines of the five rare-earth stages (MOFCOM Announcement 2025 No. 62)."
        },
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": ["export-control", "1E902"]},
    },
    {
        "id": "review",
        "name": "NeedsReview",
        "shortDescription": {"text": "A person must decide whether this file carries 1E902 technology"},
        "fullDescription": {
            "text": "The evidence is between the review and controlled thresholds, or part of the file could "
            "not be read (a picture without text, a limit reached)."
        },
        "defaultConfiguration": {"level": "warning"},
    },
    {
        "id": "unread",
        "name": "Unreadable",
        "shortDescription": {"text": "The file could not be read, so it was not judged"},
        "fullDescription": {
            "text": "Corrupt, encrypted, over a limit, or a reader failed: never passed as clear."
        },
        "defaultConfiguration": {"level": "warning"},
    },
]
_RULE_INDEX = {r["id"]: i for i, r in enumerate(RULES)}
_LINE = re.compile(r"\bline (\d+)\b")


def _uri(path: str) -> str:
    """A file's path as a relative URI reference: every character but letters, digits, `/` and
    `-._~` percent-encoded (a `:` would read as a scheme, `C:\\x.txt` as a drive, a `\\` in a
    name is no folder), the path's bytes in UTF-8 (a name in no encoding as its own bytes)."""
    return quote(path.encode("utf-8", "surrogateescape"), safe="/")


def _path_hash(v: Verdict) -> str:
    return hashlib.sha256(v.path.encode("utf-8", "surrogateescape")).hexdigest()


def _fingerprints(v: Verdict, rule: str) -> dict[str, str]:
    """The result's partial fingerprints: by content and rule, and by path and rule."""
    by_content = v.sha256 or _path_hash(v)
    return {
        "fileRule/v1": hashlib.sha256(f"{by_content}:{rule}".encode()).hexdigest(),
        "pathRule/v1": hashlib.sha256(f"{_path_hash(v)}:{rule}".encode()).hexdigest(),
    }


class SarifReporter:
    def __init__(self, out: TextIO, info: ScanInfo | None = None, redact: bool = False) -> None:
        self.out = out
        self.info = info
        self.redact = redact
        #: runs[0].results, spooled as text until the log is written (`spool.py`)
        self._results = ArraySpool(depth=3)
        self._members = Members()

    def start(self) -> None:
        pass

    def file(self, v: Verdict) -> None:
        container = self._members.container_of(v)  # every verdict, in order, clear ones too
        if v.verdict == "clear":
            return
        if self.redact:
            v = redact_verdict(v)
        if v.verdict in ("controlled", "excluded"):
            rules = list(v.control_codes) or ["1E902.a"]
        elif v.verdict == "review":
            rules = ["review"]
        else:
            rules = ["unread"]
        for rule in rules:
            self._results.add(self._result(v, rule, container))

    def _result(self, v: Verdict, rule: str, container: str | None) -> dict[str, Any]:
        """`container`: the path of the file `v` is a member of, or None."""
        level = {"controlled": "error", "excluded": "note"}.get(v.verdict, "warning")
        stages = ", ".join(v.categories)
        head = f"{v.verdict}" + (f" ({rule}; {stages})" if stages and rule.startswith("1E902") else "")
        if v.verdict == "error":
            head += f": {v.error or 'could not be read'}"
        elif v.verdict == "review" and (reason := why(v)):
            head += f": {reason}"
        where = [f"{e.text} ({e.category}, {e.location})" for e in v.evidence[:8]]
        text = head + (": " + "; ".join(where) if where else "") + "."
        uri = _uri(container or v.path)
        location: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": uri}}}
        line = next((int(m.group(1)) for e in v.evidence for m in [_LINE.search(e.location)] if m), None)
        # a member's line is no line of its container's file, nor is a line of the text read
        # from an archive or an e-mail (decoded, unpacked) one of the file's own lines
        if line and container is None and (v.file_type or "") not in HOLDING_TYPES:
            location["physicalLocation"]["region"] = {"startLine": line}
        if container is not None:
            location["logicalLocations"] = [{"fullyQualifiedName": v.path, "kind": "member"}]
        result: dict[str, Any] = {
            "ruleId": rule,
            "ruleIndex": _RULE_INDEX[rule],
            "level": level,
            "message": {"text": text},
            "locations": [location],
            "partialFingerprints": _fingerprints(v, rule),
            "properties": {
                "verdict": v.verdict,
                "score": round(v.score, 4),
                "categories": list(v.categories),
                "magnet_types": list(v.magnet_types),
                "carrier": v.carrier,
                "reasons": list(v.reasons),
                "evidence": [e.to_dict() for e in v.evidence],
                "redacted": self.redact,
            },
        }
        if v.section:
            result["properties"]["section"] = v.section
        taxa = [{"id": c, "toolComponent": {"name": TAXONOMY}} for c in v.categories if c in CATEGORIES]
        if taxa:
            result["taxa"] = taxa
        if v.waiver is not None:
            result["suppressions"] = [
                {
                    "kind": "external",
                    "status": "accepted",
                    "justification": "waived: " + waiver_line(v.waiver),
                }
            ]
        elif v.verdict == "excluded" and v.exclusion is not None:
            cues = "; ".join(f"{e.text} ({e.location})" for e in v.exclusion.evidence[:5])
            result["suppressions"] = [
                {
                    "kind": "external",
                    "status": "accepted",
                    "justification": f"excluded from control: {v.exclusion.reason}"
                    + (f" ({cues})" if cues else ""),
                }
            ]
        return result

    def finish(self, summary: Summary) -> None:
        info = self.info.done().to_dict() if self.info is not None else {"version": __version__}
        invocation: dict[str, Any] = {
            "executionSuccessful": not summary.failures and not summary.internal and not summary.interrupted,
            "properties": {"summary": summary.to_dict(), "scan": info},
        }
        if info.get("started"):
            invocation["startTimeUtc"] = info["started"]
        if info.get("finished"):
            invocation["endTimeUtc"] = info["finished"]
        doc = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [
                {
                    "tool": {
                        "driver": {
                            "name": "re-export-scanner",
                            "version": __version__,
                            "semanticVersion": __version__,
                            "rules": RULES,
                            "supportedTaxonomies": [{"name": TAXONOMY}],
                        }
                    },
                    "taxonomies": [
                        {
                            "name": TAXONOMY,
                            "shortDescription": {"text": "The five rare-earth stages of 1E902 (DOMAIN.md)"},
                            "taxa": [{"id": c, "name": c} for c in CATEGORIES],
                        }
                    ],
                    "invocations": [invocation],
                    "results": self._results.placeholder,
                    "columnKind": "unicodeCodePoints",
                }
            ],
        }
        self._results.dump(doc, self.out)
