"""A container's own verdict: the most severe of its parts, so that a gate reading one line
per file sees the truth (an innocent e-mail body does not hide the recipe in its attachment)."""

from __future__ import annotations

import dataclasses

from scanner.policy.decide import coverage
from scanner.types import CATEGORIES, CONTROL_CODES, MAGNET_TYPES, SEVERITY, Evidence, Skip, Verdict


def severity(v: Verdict) -> int:
    return SEVERITY.index(v.verdict)


def aggregate(
    path: str, file_type: str, parts: list[Verdict], limit: int = 40, skipped: tuple[Skip, ...] = ()
) -> Verdict:
    """`parts`: the container's own text (an e-mail body) and its members' verdicts; `skipped`:
    what of the container itself was not read (members past the member limit). Members' gaps
    are the container's too, named by member."""
    skipped = skipped + tuple(
        dataclasses.replace(
            s, where=f"{_member(v.path, path)}: {s.where}" if s.where else _member(v.path, path)
        )
        for v in parts
        if v.path != path
        for s in v.skipped
        if s.unread
    )
    if not parts and any(s.unread for s in skipped):
        reasons: list[str] = []
        verdict, _ = coverage(skipped, "clear", None, reasons)
        return Verdict(
            path=path, verdict=verdict, file_type=file_type, reasons=tuple(reasons), skipped=skipped
        )
    if not parts:
        return Verdict(
            path=path, verdict="clear", file_type=file_type, reasons=("empty container: no members",)
        )
    worst = min(parts, key=lambda v: (severity(v), -v.score))
    same = [v for v in parts if v.verdict == worst.verdict]
    codes = {c for v in same for c in v.control_codes}
    cats = {c for v in same for c in v.categories}
    mags = {m for v in same for m in v.magnet_types}
    counts = {}
    for v in parts:
        counts[v.verdict] = counts.get(v.verdict, 0) + 1
    summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items(), key=lambda kv: SEVERITY.index(kv[0])))
    reasons = [
        f"container: {len(parts)} part(s) ({summary}); its verdict is the most severe: "
        f"{worst.path} is {worst.verdict}"
    ]
    # every reason of the part that decides: its last ones say why it is `review` (a
    # contradiction, an exclusion a person should settle), and the container's verdict is its
    reasons += [f"{worst.path}: {r}" for r in worst.reasons]
    verdict = worst.verdict
    own_gaps = [
        s for s in skipped if s.unread and not any(s.where.startswith(_member(v.path, path)) for v in parts)
    ]
    if own_gaps:
        verdict, _ = coverage(tuple(own_gaps), verdict, None, reasons)
    evidence: list[Evidence] = []
    for v in sorted(same, key=lambda v: -v.score):
        for e in v.evidence:
            where = e.location if v.path == path else f"{_member(v.path, path)}: {e.location}"
            evidence.append(dataclasses.replace(e, location=where))
    # a message that carries no technology is an e-mail, whatever its attachments are
    carrier = "email" if file_type == "email" and verdict == "clear" else worst.carrier
    return Verdict(
        path=path,
        verdict=verdict,
        control_codes=tuple(c for c in CONTROL_CODES if c in codes),
        categories=tuple(c for c in CATEGORIES if c in cats),
        magnet_types=tuple(m for m in MAGNET_TYPES if m in mags),
        carrier=carrier,
        exclusion=worst.exclusion if verdict == "excluded" else None,
        score=max(v.score for v in parts),
        evidence=tuple(evidence[:limit]),
        reasons=tuple(reasons),
        error=_error(worst, path) if worst.verdict == "error" else None,
        file_type=file_type,
        sha256=None,
        language=worst.language,
        skipped=skipped,
    )


def _member(member_path: str, container_path: str) -> str:
    prefix = container_path + "!"
    return member_path[len(prefix) :] if member_path.startswith(prefix) else member_path


def _error(worst: Verdict, path: str) -> str:
    """The member's reason, named once (a nested container's reason already names its
    member)."""
    error = worst.error or "unreadable member"
    return error if error.startswith(path + "!") else f"{worst.path}: {error}"
