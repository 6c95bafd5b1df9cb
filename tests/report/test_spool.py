"""Arrays spooled as text: the document written is what `json.dump(doc, indent=2)` writes."""

from __future__ import annotations

import io
import json

import pytest

from scanner.report import spool
from scanner.report.spool import ArraySpool

ENTRIES = [
    {"path": "稀土/烧结规程.docx", "evidence": [{"text": "1080 °C", "location": "page 2"}], "score": 0.91},
    {"path": "a\tb\nc.txt", "nested": {"empty": [], "none": None, "deep": [[1, 2], {"x": "y"}]}},
    [],
    "plain",
    7,
]


def _doc_at(depth: int, array) -> dict:
    """A document whose array stands as the value of a key `depth` levels deep."""
    if depth == 1:
        return {"head": {"a": 1}, "items": array, "tail": ["t"]}
    if depth == 3:
        return {"$schema": "s", "runs": [{"tool": {"n": 1}, "results": array, "columnKind": "x"}]}
    raise ValueError(depth)


@pytest.mark.parametrize("depth", [1, 3])
@pytest.mark.parametrize("count", [0, 1, len(ENTRIES)])
@pytest.mark.parametrize("size", [16 * 1024 * 1024, 1], ids=["in-memory", "on-disk"])
def test_the_document_is_what_json_dump_writes(depth: int, count: int, size: int, monkeypatch) -> None:
    monkeypatch.setattr(spool, "SPOOL_BYTES", size)
    array = ArraySpool(depth)
    for entry in ENTRIES[:count]:
        array.add(entry)
    out = io.StringIO()
    array.dump(_doc_at(depth, array.placeholder), out)
    assert out.getvalue() == json.dumps(_doc_at(depth, ENTRIES[:count]), ensure_ascii=False, indent=2) + "\n"


def test_a_string_like_the_placeholder_elsewhere_is_left_alone() -> None:
    array = ArraySpool(1)
    array.add({"x": 1})
    doc = {"head": "spooled-array-0", "items": array.placeholder}
    out = io.StringIO()
    array.dump(doc, out)
    assert json.loads(out.getvalue()) == {"head": "spooled-array-0", "items": [{"x": 1}]}


@pytest.mark.parametrize("size", [16 * 1024 * 1024, 1], ids=["in-memory", "on-disk"])
def test_text_pieces_are_read_back_by_place_in_any_order(size: int, monkeypatch) -> None:
    from scanner.report.spool import TextSpool

    monkeypatch.setattr(spool, "SPOOL_BYTES", size)
    pieces = ["<tr>稀土</tr>", "", "a" * 5000, "lone \udc80 surrogate", "end"]
    kept = TextSpool()
    places = [kept.add(p) for p in pieces]
    for i in (4, 0, 3, 2, 1, 0):
        assert kept.read(places[i]) == pieces[i]
    kept.close()
