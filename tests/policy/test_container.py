"""A container's own verdict and carrier from its parts."""

from __future__ import annotations

import pytest

from scanner.policy.container import aggregate
from scanner.types import Verdict


def _part(path: str, verdict: str, carrier: str, score: float) -> Verdict:
    flagged = verdict != "clear"
    return Verdict(
        path=path,
        verdict=verdict,
        carrier=carrier,
        score=score,
        control_codes=("1E902.a",) if flagged else (),
        categories=("separation",) if flagged else (),
        file_type="text",
    )


@pytest.mark.parametrize(
    ("file_type", "attachment_verdict", "expected_verdict", "expected_carrier"),
    [
        # a message carrying no technology is an e-mail, whatever its attachments are
        ("email", "clear", "clear", "email"),
        # a recipe in the attachment: the attachment is the carrier
        ("email", "controlled", "controlled", "parameter-sheet"),
        # an archive is what its most severe member is
        ("zip", "clear", "clear", "parameter-sheet"),
    ],
)
def test_container_carrier(
    file_type: str, attachment_verdict: str, expected_verdict: str, expected_carrier: str
) -> None:
    body = _part("m.eml", "clear", "email", 0.05)
    score = 0.3 if attachment_verdict == "clear" else 0.9
    attachment = _part("m.eml!log.csv", attachment_verdict, "parameter-sheet", score)
    v = aggregate("m.eml", file_type, [body, attachment])
    assert (v.verdict, v.carrier) == (expected_verdict, expected_carrier)


def test_every_reason_of_the_deciding_part_is_the_containers() -> None:
    """Found by an exploratory test: a message's fifth reason said why it was `review` (patent
    cues against a sign-off block), and the container showed its first four only."""
    import dataclasses

    why = (*(f"reason {i}" for i in range(7)), "a person should decide")
    body = dataclasses.replace(_part("m.eml", "review", "email", 0.9), reasons=why)
    v = aggregate("m.eml", "email", [body])
    assert [r for r in v.reasons if r.startswith("m.eml: ")] == [f"m.eml: {r}" for r in why]
