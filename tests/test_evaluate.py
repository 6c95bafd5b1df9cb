"""`scanner evaluate` on a small labelled folder: every figure the issue names is there."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from scanner.cli import cli

SPEC = (
    "烧结钕铁硼工艺规程：氢破吸氢0.1 MPa，脱氢550℃×6 h；气流磨D50 3.0 μm；"
    "磁场取向成型2.0 T；真空烧结1060℃×4 h；一级回火900℃×2 h，二级回火500℃×3 h。"
)
HR = "Canteen closed on Friday. Please submit timesheets by 17:00."


def _folder(tmp_path: Path) -> tuple[Path, Path]:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "spec.txt").write_text(SPEC, encoding="utf-8")
    (tmp_path / "docs" / "hr.txt").write_text(HR, encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps(
            {
                "file": "spec.txt",
                "verdict": "controlled",
                "control_codes": ["1E902.a"],
                "categories": ["magnet-manufacturing"],
                "magnet_types": ["NdFeB"],
                "carrier": "process-spec",
                "exclusion": None,
                "language": "zh",
            }
        )
        + "\n"
        + json.dumps(
            {
                "file": "hr.txt",
                "verdict": "clear",
                "control_codes": [],
                "categories": [],
                "magnet_types": [],
                "carrier": "other",
                "exclusion": None,
                "language": "en",
                "hard_negative": False,
            }
        )
        + "\n",
        encoding="utf-8",
    )
    return tmp_path / "docs", labels


def test_evaluate_json(tmp_path: Path) -> None:
    docs, labels = _folder(tmp_path)
    result = CliRunner().invoke(cli, ["evaluate", str(docs), "--labels", str(labels), "--format", "json"])
    assert result.exit_code == 0, result.output
    m = json.loads(result.output)
    assert m["recall_controlled"] == 1.0
    assert m["false_flag_rate_clear"] == 0.0
    assert m["categories"]["micro"]["f1"] == 1.0
    assert m["clause_accuracy"] == 1.0
    assert set(m["by_language"]) == {"zh", "en"}
    assert m["confusion"]["controlled"] == {"controlled": 1}
    assert m["misclassified"] == []


def test_evaluate_text_and_bad_labels(tmp_path: Path) -> None:
    docs, labels = _folder(tmp_path)
    result = CliRunner().invoke(cli, ["evaluate", str(docs), "--labels", str(labels)])
    assert "recall of controlled" in result.output and "by format" in result.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json}\n")
    assert CliRunner().invoke(cli, ["evaluate", str(docs), "--labels", str(bad)]).exit_code != 0
