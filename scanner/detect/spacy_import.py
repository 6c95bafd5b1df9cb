"""Import spaCy without its command-line interface.

`import spacy` runs `spacy/__init__.py`, which imports `spacy.cli.info` for the `spacy.info`
function, and with it the whole command-line interface (typer, weasel, httpx, the training and
packaging commands): about 370 modules and 0.25-0.3 s of CPU that a scan, which only tokenizes
and matches, never uses, paid by every process that builds the phrase matchers. Here
`spacy.cli` and `spacy.cli.info` stand in `sys.modules` while spaCy's package imports, and are
removed after it: a later `import spacy.cli` loads the real one, and `spacy.info` loads it when
called. Nothing else in spaCy imports its CLI (`tests/detect/test_spacy_import.py` checks that
the pipelines built this way tokenize and match as a plain import's do). Should another spaCy
version's start need more of its CLI, the import is made again the ordinary way.
"""

from __future__ import annotations

import sys
import types


def _info(*args, **kwargs):
    """`spacy.info`, loaded from the real CLI when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> types.ModuleType:
    """The `spacy` package, imported without its CLI if it is not imported yet."""
    loaded = sys.modules.get("spacy")
    if loaded is not None:
        return loaded
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []  # a package, so that `spacy.cli.info` resolves to the stub below
    info = types.ModuleType("spacy.cli.info")
    info.info = _info  # type: ignore[attr-defined]
    stubs = {"spacy.cli": cli, "spacy.cli.info": info}
    if any(name in sys.modules for name in stubs):  # the CLI is loaded already: nothing to save
        stubs = {}
    sys.modules.update(stubs)
    try:
        import spacy
    except Exception:
        sys.modules.pop("spacy", None)
        _remove(stubs)
        import spacy
    finally:
        _remove(stubs)
    return spacy


def _remove(stubs: dict[str, types.ModuleType]) -> None:
    for name, stub in stubs.items():
        if sys.modules.get(name) is stub:
            del sys.modules[name]
