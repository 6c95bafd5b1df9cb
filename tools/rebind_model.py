"""Bind the shipped model to lexicons that only add terms to the ones it was trained with.

    python tools/rebind_model.py --trained-rev REV [--model models] --note "why"

REV is a git revision whose `lexicons/` are the ones the model was trained with (their digest
must be the manifest's `lexicon_digest`). The working tree's `lexicons/` may only add terms to
them; the manifest then records the binding (`scanner/classify/rebind.py`). Any other lexicon
change needs `scanner train`.
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scanner.classify.rebind import RebindRefused, rebind  # noqa: E402
from scanner.detect.lexicon import load_lexicon  # noqa: E402


def lexicons_at(rev: str, into: Path) -> Path:
    """The `lexicons/` folder of git revision `rev`, extracted under `into`."""
    blob = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", rev, "lexicons"], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(blob)) as archive:
        archive.extractall(into, filter="data")
    return into / "lexicons"


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--trained-rev", required=True, help="git revision of the lexicons the model was trained with"
    )
    parser.add_argument("--model", type=Path, default=ROOT / "models")
    parser.add_argument("--note", required=True, help="why the terms were added")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        trained = load_lexicon(lexicons_at(args.trained_rev, Path(tmp)))
    current = load_lexicon(ROOT / "lexicons")
    try:
        binding = rebind(args.model, trained, current, args.note)
    except RebindRefused as exc:
        print(f"not bound: {exc}", file=sys.stderr)
        return 1
    print(f"bound to lexicons {binding['digest'][:12]}: {len(binding['terms_added'])} terms added")
    for term in binding["terms_added"]:
        print(f"  {term}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
