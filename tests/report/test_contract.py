"""The JSON output contract: every output validates against the schema kept in the project."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from scanner.cli import cli

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def schema() -> dict:
    text = resources.files("scanner.schema").joinpath("scan-result.schema.json").read_text()
    data = json.loads(text)
    jsonschema.Draft202012Validator.check_schema(data)
    return data


def test_samples_output_validates(schema: dict) -> None:
    result = CliRunner().invoke(cli, ["scan", str(ROOT / "samples"), "--format", "json"])
    data = json.loads(result.output)
    jsonschema.validate(data, schema)
    assert data["files"]


def test_jsonl_lines_validate_as_file_entries(schema: dict, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("稀土萃取分离：P507皂化度36%，相比O/A=1:1.5，50级串级萃取。")
    (tmp_path / "b.bin").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "c.dwg").write_bytes(b"AC1032" + b"\0" * 100)  # review with no categories
    result = CliRunner().invoke(cli, ["scan", str(tmp_path), "--format", "jsonl"])
    file_schema = {"$defs": schema["$defs"], **schema["$defs"]["file"]}
    lines = result.output.splitlines()
    assert len(lines) == 3, result.output  # one entry per file: no output is no pass
    for line in lines:
        jsonschema.validate(json.loads(line), file_schema)


def test_schema_rejects_a_broken_entry(schema: dict) -> None:
    bad = {"files": [{"path": "x", "verdict": "maybe"}], "summary": {}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
