"""A Word document's header and footer locations (`extract/wordparts.py`)."""

from __future__ import annotations

import pytest

from scanner.extract.wordparts import PARTS, is_running_head, part_location


@pytest.mark.parametrize("name", [name for name, _, _ in PARTS])
def test_every_header_and_footer_location_is_a_running_head(name: str) -> None:
    assert is_running_head(part_location(name, 3))


@pytest.mark.parametrize(
    "part",
    [None, "paragraph 3", "metadata:title", "header", "table 1 header (section 1) note", "sheet Header"],
)
def test_other_locations_are_not(part: str | None) -> None:
    assert not is_running_head(part)
