"""Stage terms next to a weakening context count less (`weaken_locally`): within LOCAL_CHARS
either side, by the strongest such context's factor."""

from __future__ import annotations

import pytest

from scanner.policy.scoring import LOCAL_CHARS, weaken_locally
from scanner.types import Finding, Location


def _stage(offset: int) -> Finding:
    return Finding(f"s{offset}", "stage", "magnet-manufacturing", "x", Location(line=1), "x", 2.0, 0, offset)


def _context(offset: int, factor: float, category: str = "weaken") -> Finding:
    attrs = (("factor", str(factor)),)
    return Finding(f"c{offset}", "context", category, "y", Location(line=1), "y", 0.0, 0, offset, attrs)


@pytest.mark.parametrize(
    ("stage_at", "contexts", "weight"),
    [
        (1000, [(1000 - LOCAL_CHARS, 0.5)], 1.0),  # at the edge before: weakened
        (1000, [(1000 + LOCAL_CHARS, 0.5)], 1.0),  # at the edge after: weakened
        (1000, [(1000 - LOCAL_CHARS - 1, 0.5)], 2.0),  # one further: not
        (1000, [(1000 + LOCAL_CHARS + 1, 0.5)], 2.0),
        (1000, [(990, 0.5), (1010, 0.25)], 0.5),  # the strongest context nearby counts
        (1000, [(10, 0.1), (5000, 0.1)], 2.0),  # far on both sides: not
        (1000, [(1000, 0.5, "strengthen")], 2.0),  # only weakening context weakens
    ],
    ids=["edge-before", "edge-after", "beyond-before", "beyond-after", "strongest", "far", "strengthen"],
)
def test_a_stage_term_is_weakened_by_context_close_to_it(stage_at, contexts, weight) -> None:
    found = weaken_locally([_stage(stage_at)], [_context(*c) for c in contexts])
    assert found[0].weight == pytest.approx(weight)


def test_weaken_locally_on_a_long_document_matches_testing_every_context() -> None:
    """Tens of thousands of stage terms and contexts (a long log): each term is weakened as a
    test of every context would weaken it."""
    stage = [_stage((i * 7919) % 3_000_000) for i in range(5_000)]
    contexts = [_context((i * 104_729) % 3_000_000, 0.2 + (i % 7) / 10) for i in range(5_000)]
    found = weaken_locally(stage, contexts)
    for f, got in zip(stage, found, strict=True):
        near = [float(c.attr("factor")) for c in contexts if abs(c.offset - f.offset) <= LOCAL_CHARS]
        assert got.weight == pytest.approx(f.weight * min(near) if near else f.weight)


@pytest.mark.parametrize(
    ("rule_id", "boosted"),
    [
        # a kind of document was found by its title and its body: its title is one
        ("rule.emission-monitoring-report", True),
        # trade wording in the opening alone, with none below the first stage term: no title
        ("ctx.market", False),
    ],
)
def test_a_kinds_title_in_the_opening_is_a_title(rule_id: str, boosted: bool) -> None:
    from scanner.policy.scoring import HEAD_BOOST, score_categories

    title = Finding(rule_id, "context", "weaken", "t", Location(line=1), "t", 1.0, 0, 5, (("factor", "0.3"),))
    stage = Finding("mag.sintering", "stage", "magnet-manufacturing", "s", Location(line=3), "s", 0.8, 2, 200)
    s = score_categories([title, stage])
    assert s.opening_alone is not boosted
    assert s.mention_terms[rule_id] == pytest.approx(2 * 0.7 * (HEAD_BOOST if boosted else 1.0))
