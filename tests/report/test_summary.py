"""Summary counts and the exit-code contract: 0 clean, 1 flagged, 3 unreadable, 4 internal."""

from __future__ import annotations

import pytest

from scanner.report.summary import FAIL_ON_ALL, Summary, parse_fail_on
from scanner.types import Verdict


def v(verdict: str, error: str | None = None, reasons: tuple[str, ...] = ()) -> Verdict:
    return Verdict(path=f"{verdict}.txt", verdict=verdict, error=error, reasons=reasons)


CONTROLLED = v("controlled")
REVIEW = v("review")
CLEAR = v("clear")
EXCLUDED = v("excluded")
UNREADABLE = v("error", "encrypted PDF: a password is needed to read it")
INTERNAL = v("error", "internal error: KeyError: 'x'")
MEMBER_INTERNAL = v("error", "a.zip!b.docx: internal error: KeyError: 'x'")  # the container's entry


@pytest.mark.parametrize(
    ("verdicts", "fail_on", "code"),
    [
        ([], FAIL_ON_ALL, 0),
        ([CLEAR, EXCLUDED], FAIL_ON_ALL, 0),
        ([CLEAR, CONTROLLED], FAIL_ON_ALL, 1),
        ([CLEAR, REVIEW], FAIL_ON_ALL, 1),
        ([CLEAR, UNREADABLE], FAIL_ON_ALL, 3),
        ([CONTROLLED, UNREADABLE], FAIL_ON_ALL, 1),  # flagged beats unreadable
        ([CONTROLLED, UNREADABLE, INTERNAL], FAIL_ON_ALL, 4),  # internal beats everything
        ([MEMBER_INTERNAL], FAIL_ON_ALL, 3),  # a container naming its member's fault: that member counts
        ([REVIEW], frozenset({"controlled"}), 0),
        ([REVIEW, UNREADABLE], frozenset({"controlled"}), 0),
        ([REVIEW, UNREADABLE], frozenset({"controlled", "error"}), 3),
        ([CONTROLLED, REVIEW], frozenset({"review"}), 1),
        ([CONTROLLED], frozenset(), 0),
        ([INTERNAL], frozenset(), 4),  # internal failures always fail
    ],
)
def test_exit_code(verdicts: list[Verdict], fail_on: frozenset[str], code: int) -> None:
    summary = Summary(fail_on=fail_on)
    for verdict in verdicts:
        summary.add(verdict)
    assert summary.exit_code(fail_on) == code
    assert summary.exit_code() == code  # the constructor's fail_on
    assert summary.to_dict()["exit_code"] == code


def test_exit_code_takes_another_fail_on_than_the_constructors() -> None:
    summary = Summary()
    summary.add(REVIEW)
    assert summary.exit_code(frozenset({"controlled"})) == 0
    assert summary.to_dict()["exit_code"] == 1


def test_a_failed_scan_exits_4() -> None:
    summary = Summary()
    summary.add(CLEAR)
    summary.fail("walk crashed: OSError")
    assert summary.exit_code() == 4
    assert summary.to_dict()["internal_errors"] == 1


def test_skipped_paths_are_counted_by_reason_not_as_files() -> None:
    summary = Summary()
    summary.add(CLEAR)
    summary.skip("excluded by pattern")
    summary.skip("excluded by pattern")
    summary.skip("hidden file", 3)
    data = summary.to_dict()
    assert data["files"] == 1 and data["clear"] == 1
    assert data["skipped"] == {"excluded by pattern": 2, "hidden file": 3}
    assert summary.exit_code() == 0


def test_partly_unread_counts_files_with_not_inspected_reasons() -> None:
    summary = Summary()
    summary.add(
        v(
            "review",
            reasons=(
                "part of the content could not be inspected: a person should look",
                "not inspected: embedded picture image3.emf (EMF not converted)",
                "not inspected: page 4",
            ),
        )
    )
    summary.add(v("review", reasons=("score 0.5 is between the review and controlled thresholds",)))
    summary.add(v("controlled", reasons=("a.zip!b.docx: not inspected: page 2",)))  # counted at the member
    assert summary.to_dict()["partly_unread"] == 1


def test_parse_fail_on() -> None:
    assert parse_fail_on("controlled, review") == frozenset({"controlled", "review"})
    assert parse_fail_on(["controlled", "error"]) == frozenset({"controlled", "error"})
    assert parse_fail_on("") == frozenset()
    with pytest.raises(ValueError, match="maybe"):
        parse_fail_on("controlled,maybe")
    with pytest.raises(ValueError):
        Summary(fail_on=frozenset({"clear"}))
