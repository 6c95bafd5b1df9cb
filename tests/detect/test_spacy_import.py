"""spaCy imported without its command-line interface gives the same pipelines and matches as a
plain `import spacy`; its CLI still loads when asked for, and a spaCy whose start needs it is
imported the ordinary way. Each case runs in a fresh interpreter (spaCy is imported once per
process)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TEXTS = [
    "烧结钕铁硼工艺：真空烧结1060℃×4 h，气流磨D50 3.0 μm，晶界扩散Dy。",
    "Solvent extraction of Pr/Nd with P507 in a 60-stage mixer-settler cascade, O/A 1:1.5.",
    "Cu(g/L) | LIX984N(%v/v) | REO[%] & the Sm2Co17 magnets' HcJ ≥ 2000 kA/m.",
    "Quarterly budget review: travel expenses and the headcount plan.",
]

MATCHES = f"""
import json, sys
from scanner.config import default_lexicon_dir
from scanner.detect.analyze import MATCHED_SETS
from scanner.detect.lexicon import load_lexicon
from tests.detect.spacy_reference import SpacyTermMatcher

matcher = SpacyTermMatcher(load_lexicon(default_lexicon_dir()), MATCHED_SETS)
texts = {TEXTS!r}
out = {{
    "matches": [sorted(map(repr, matcher.find(t))) for t in texts],
    "tokens": [[(tok.text, tok.norm_) for tok in matcher.en(t)] for t in texts],
    "zh": [[tok.text for tok in matcher.zh(t)] for t in texts],
    "cli": sorted(m for m in sys.modules if m.startswith(("spacy.cli", "typer", "weasel"))),
}}
print(json.dumps(out, ensure_ascii=False))
"""


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_matchers_match_as_with_a_plain_import_and_the_cli_is_not_loaded() -> None:
    lean = json.loads(_run(MATCHES))
    plain = json.loads(_run("import spacy\n" + MATCHES))
    assert lean["cli"] == []
    assert plain["cli"]  # the ordinary import loads it
    for key in ("matches", "tokens", "zh"):
        assert lean[key] == plain[key]
    assert any(lean["matches"][:3]) and not lean["matches"][3]


def test_spacy_info_and_spacy_cli_still_work_after_the_lean_import() -> None:
    out = _run(
        "import sys\n"
        "from scanner.detect.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "assert 'spacy.cli' not in sys.modules\n"
        "data = spacy.info(silent=True)\n"
        "import spacy.cli\n"
        "assert hasattr(spacy.cli, 'app')\n"
        "print(data['spacy_version'] == spacy.__version__)\n"
    )
    assert out.strip() == "True"


def test_a_spacy_whose_start_fails_without_its_cli_is_imported_the_ordinary_way() -> None:
    out = _run(
        "import sys\n"
        "class Once:\n"
        "    failed = False\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'spacy.about' and not Once.failed and 'spacy.cli' in sys.modules:\n"
        "            Once.failed = True\n"
        "            raise ImportError('this spaCy needs its CLI')\n"
        "        return None\n"
        "sys.meta_path.insert(0, Once())\n"
        "from scanner.detect.spacy_import import import_spacy\n"
        "spacy = import_spacy()\n"
        "nlp = spacy.blank('en')\n"
        "real = hasattr(sys.modules['spacy.cli'], 'app')\n"
        "print(Once.failed, [t.text for t in nlp('P507 in kerosene')], real)\n"
    )
    assert out.strip() == "True ['P507', 'in', 'kerosene'] True"
