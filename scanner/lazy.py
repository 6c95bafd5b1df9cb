"""A scanner built on first use: a sweep whose every file is in the results cache never loads
lexicons, spaCy or the model (most of a warm sweep's time was spent loading them)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class LazyScanner:
    """Stands for the `Scanner` that `build` returns, building it when any of its attributes is
    first used (by the pool before it forks workers, or by the first file to scan)."""

    def __init__(self, build: Callable[[], Any]) -> None:
        object.__setattr__(self, "_build", build)
        object.__setattr__(self, "_real", None)

    @property
    def built(self) -> bool:
        return self._real is not None

    def _get(self) -> Any:
        if self._real is None:
            object.__setattr__(self, "_real", self._build())
        return self._real

    def __getattr__(self, name: str) -> Any:
        return getattr(self._get(), name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._get(), name, value)
