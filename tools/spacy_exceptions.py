"""Write the copy of spaCy's English tokenizer exceptions the quick pass reads without importing
spaCy (`scanner/detect/quick.py`: SHIPPED_EXCEPTIONS), from the installed spaCy.

    python tools/spacy_exceptions.py

Run it after changing the spaCy version; `tests/detect/test_quick.py` checks that the copy is
what the installed spaCy gives, and a scan under another spaCy version reads spaCy itself.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scanner.detect.quick import SHIPPED_EXCEPTIONS, live_exceptions


def main() -> None:
    data = {"spacy": version("spacy"), "exceptions": live_exceptions()}
    SHIPPED_EXCEPTIONS.write_text(json.dumps(data, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{SHIPPED_EXCEPTIONS}: {len(data['exceptions'])} exceptions of spaCy {data['spacy']}")


if __name__ == "__main__":
    main()
