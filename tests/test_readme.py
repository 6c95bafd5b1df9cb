"""The README is a promise: its Python API example runs as written, and the exit codes and
options it documents are those of the CLI."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from scanner.cli import MODEL_REVIEW, cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, re.S)


def test_the_api_example_runs_as_written() -> None:
    (block,) = [b for b in python_blocks() if "scan_paths" in b]
    proc = subprocess.run(
        [sys.executable, "-c", block],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert proc.returncode == 0, proc.stderr
    assert "controlled" in proc.stdout


def test_every_scan_option_is_documented() -> None:
    scan = cli.commands["scan"]
    for param in scan.params:
        for opt in param.opts:
            if opt.startswith("--") and opt != "--help":
                assert opt in README, f"{opt} is not in the README"


def test_every_exit_code_is_documented() -> None:
    table = README.split("### Exit codes", 1)[1].split("###", 1)[0]
    assert [int(c) for c in re.findall(r"^\| (\d) \|", table, re.M)] == [0, 1, 2, 3, 4]


def test_the_help_names_the_shipped_models_review_threshold() -> None:
    import json

    params = json.loads((ROOT / "models" / "scanner-model-params.json").read_text(encoding="utf-8"))
    assert abs(float(params["review_threshold"]) - MODEL_REVIEW) < 1e-9
