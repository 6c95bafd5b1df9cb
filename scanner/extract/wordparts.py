"""A Word document's page headers and footers: which `docx.py` and `wordxml.py` read, and the
location they give the text in them, by which the exclusion rules know a running head (a
journal's or a proceedings volume's line printed over every page). No imports: the policy
reads this without the readers."""

from __future__ import annotations

#: the header and footer attributes `docx.py` reads, in its order, and their `w:type`
PARTS = (
    ("header", "headerReference", "default"),
    ("first_page_header", "headerReference", "first"),
    ("even_page_header", "headerReference", "even"),
    ("footer", "footerReference", "default"),
    ("first_page_footer", "footerReference", "first"),
    ("even_page_footer", "footerReference", "even"),
)
#: their names as a segment's location gives them ("first page header (section 2)")
RUNNING_HEADS = frozenset(name.replace("_", " ") for name, _, _ in PARTS)


def part_location(part_name: str, section: int) -> str:
    """Where a header or footer stands: its name and its section ("even page footer (section 2)")."""
    return f"{part_name.replace('_', ' ')} (section {section})"


def is_running_head(part: str | None) -> bool:
    """Whether a location's part is a page header or footer (`part_location`)."""
    return part is not None and part.rpartition(" (section ")[0] in RUNNING_HEADS
