"""Write the copies of spaCy's English tokenizer data the scanner reads without importing spaCy,
from the installed spaCy:

- the tokenizer exceptions the quick pass reads (`scanner/detect/quick.py`: SHIPPED_EXCEPTIONS);
- the tokenizer's tables the lexicon matcher reads (`scanner/detect/entok.py`: SHIPPED_TABLES).

    python tools/spacy_data.py

Run it after changing the spaCy version; `tests/detect/test_quick.py` and
`tests/detect/test_entok.py` check that the copies are what the installed spaCy gives, and a
scan under another spaCy version reads spaCy itself.
"""

from __future__ import annotations

import json
import sys
from importlib.metadata import version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scanner.detect.entok import SHIPPED_TABLES, live_tables
from scanner.detect.quick import SHIPPED_EXCEPTIONS, live_exceptions


def main() -> None:
    exceptions = {"spacy": version("spacy"), "exceptions": live_exceptions()}
    SHIPPED_EXCEPTIONS.write_text(json.dumps(exceptions, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{SHIPPED_EXCEPTIONS}: {len(exceptions['exceptions'])} exceptions of spaCy {exceptions['spacy']}")
    tables = live_tables()
    SHIPPED_TABLES.write_text(
        json.dumps(tables.to_json(), ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8"
    )
    print(f"{SHIPPED_TABLES}: {len(tables.rules)} special cases of spaCy {tables.spacy}")


if __name__ == "__main__":
    main()
