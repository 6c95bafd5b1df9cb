"""The quick pass's carrier: decided over a box of rule features, or left to the deep pass."""

import numpy as np
import pytest

from scanner.detect.lexicon import Term
from scanner.policy.carrier import FormatCues, decide_carrier
from scanner.policy.quick import _learned, quick_carrier


def _term(carrier: str, weight: float, i: int = 0) -> Term:
    return Term(id=f"carrier.{carrier}.{i}", set="carrier", category=carrier, forms=("x",), weight=weight)


LO, HI = np.array([0.0, 1.0]), np.array([2.0, 1.0])  # feature 0 ranges over [0, 2]; feature 1 is 1


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        # "other" wins however feature 0 falls: logit 2 + 0.5·x0 against −3 + x0
        ({"other": (2.0, np.array([0.5, 0.0])), "email": (-3.0, np.array([1.0, 0.0]))}, "other"),
        # every head stays below 0.4 (logit −0.405) over the box: the rules decide
        ({"other": (-3.0, np.array([0.5, 0.0])), "email": (-4.0, np.array([0.2, 0.0]))}, ""),
        # feature 0 decides between them: left to the deep pass
        ({"other": (1.0, np.array([-1.0, 0.0])), "email": (-1.0, np.array([1.0, 0.0]))}, None),
        # "other" leads, but over part of the box it is under 0.4: open
        ({"other": (0.0, np.array([-1.0, 0.0])), "email": (-5.0, np.array([0.0, 0.0]))}, None),
    ],
)
def test_learned_heads_over_a_box(heads: dict, expected: str | None) -> None:
    assert _learned(heads, LO, HI) == expected


DXF = FormatCues("dxf", ".dxf", 0)
TXT = FormatCues("text", ".txt", 0)


@pytest.mark.parametrize(
    ("cues", "terms", "expected"),
    [
        (DXF, [], "drawing"),  # the format settles it
        (DXF, [_term("email", 0.7), _term("email", 0.7, 1)], "drawing"),  # 1.4 < the drawing's 4.0
        (DXF, [_term("email", 2.0, i) for i in range(3)], None),  # 6.0 could overtake it: open
        (TXT, [], "other"),
        (TXT, [_term("email", 0.5)], "other"),  # under the e-mail minimum (1.5), whatever it is
        (TXT, [_term("email", 0.9), _term("email", 0.9, 1)], None),  # may reach it: open
    ],
)
def test_rules_with_cue_words_the_quick_pass_has_not_placed(cues, terms, expected) -> None:
    assert quick_carrier(cues, "", None, LO, HI, terms) == expected
    if expected is not None:
        assert decide_carrier("f" + cues.suffix, cues.file_type, (), "", False, None, cues) == expected


def test_slides_that_carry_no_technology_are_other() -> None:
    assert quick_carrier(FormatCues("pptx", ".pptx", 0), "", {}, LO, HI, [_term("email", 9.0)]) == "other"
