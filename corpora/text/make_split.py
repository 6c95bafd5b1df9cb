"""Write corpora/text/split.json: a document is held out (`test`) when the SHA-1 of its file
name falls in the first quarter. The rule is fixed, so the split never changes for documents
already in the corpus and new documents fall on a side without anyone choosing."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

CORPUS = Path(__file__).resolve().parent


def held_out(name: str) -> bool:
    return int(hashlib.sha1(name.encode()).hexdigest(), 16) % 4 == 0


def main() -> None:
    names = sorted(p.name for p in (CORPUS / "docs").iterdir() if p.is_file())
    split = {
        "rule": "sha1(file name) % 4 == 0 → test",
        "train": [n for n in names if not held_out(n)],
        "test": [n for n in names if held_out(n)],
    }
    (CORPUS / "split.json").write_text(json.dumps(split, indent=1) + "\n", encoding="utf-8")
    print(f"train {len(split['train'])}, test {len(split['test'])}")


if __name__ == "__main__":
    main()
