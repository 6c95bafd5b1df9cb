"""Binding a trained model to a lexicon that only adds terms to the one it was trained with.

The model reads the lexicons only through the rule features (stage scores, exclusion-cue weight
per reason, …): a term added to a set moves those features in the documents that hold it, as a
change to a rule does. Retraining instead refits every coefficient with every rule change made
since the model was trained, which has moved the review threshold and the development figures
more than the terms themselves would (models/MODEL_CARD.md). So a lexicon that adds terms, and
changes or removes none, may be bound to the shipped model without retraining: the manifest
keeps the digest it was trained with (`lexicon_digest`) and records the binding
(`lexicon_rebound`: the new digest, the terms added, why), which `artifact.load` accepts. Any
other change needs `scanner train`.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from scanner.classify import artifact
from scanner.detect.lexicon import Lexicon, Term


class RebindRefused(ValueError):
    """The lexicon does not only add terms to the model's: retrain instead (the message says why)."""


def added_terms(trained: Lexicon, current: Lexicon) -> list[str]:
    """The ids of the terms `current` adds to `trained`, in its order; raises RebindRefused when
    it removes or changes one of `trained`'s terms."""
    old = {t.id: t for t in trained.terms}
    new = {t.id: t for t in current.terms}
    removed = sorted(old.keys() - new.keys())
    if removed:
        raise RebindRefused(f"terms removed: {', '.join(removed)}")
    changed = sorted(i for i in old if _comparable(old[i]) != _comparable(new[i]))
    if changed:
        raise RebindRefused(f"terms changed: {', '.join(changed)}")
    return [t.id for t in current.terms if t.id not in old]


def _comparable(term: Term) -> Term:
    """A term as the matchers and scores see it: all its fields but the file it came from (its
    regexes compare by pattern and flags)."""
    return dataclasses.replace(term, source="")


def rebind(directory: Path, trained: Lexicon, current: Lexicon, note: str) -> dict:
    """Record in the manifest of the model in `directory` that it is used with `current`, which
    only adds terms to `trained` (the lexicons it was trained with: their digest must be the
    manifest's). Returns the binding written; raises RebindRefused."""
    manifest = artifact.read_manifest(directory)
    if manifest is None:
        raise RebindRefused(f"no model in {directory}")
    if manifest.get("lexicon_digest") != trained.digest:
        raise RebindRefused(
            f"the model was trained with lexicons of digest {str(manifest.get('lexicon_digest'))[:12]}, "
            f"not the {trained.digest[:12]} given as its own"
        )
    added = added_terms(trained, current)
    if not added:
        raise RebindRefused("the lexicons add no term: nothing to bind")
    binding = {"digest": current.digest, "from": trained.digest, "terms_added": added, "note": note}
    artifact.write_manifest(directory, {**manifest, "lexicon_rebound": binding})
    return binding
