"""Readable output: one line per file, coloured on a terminal, and a summary."""

from __future__ import annotations

from typing import TextIO

import click

from scanner.report.summary import Summary
from scanner.types import Verdict

COLOURS = {"controlled": "red", "review": "yellow", "excluded": "cyan", "clear": "green", "error": "magenta"}


class TextReporter:
    def __init__(self, out: TextIO, colour: bool) -> None:
        self.out = out
        self.colour = colour

    def _style(self, text: str, verdict: str) -> str:
        return (
            click.style(text, fg=COLOURS.get(verdict), bold=verdict == "controlled") if self.colour else text
        )

    def start(self) -> None:
        pass

    def file(self, v: Verdict) -> None:
        label = self._style(f"{v.verdict.upper():<10}", v.verdict)
        if v.verdict == "error":
            detail = v.error or ""
        else:
            bits = []
            if v.control_codes:
                bits.append("+".join(v.control_codes))
            if v.categories:
                cats = ",".join(v.categories)
                if v.magnet_types:
                    cats += "[" + ",".join(v.magnet_types) + "]"
                bits.append(cats)
            if v.exclusion:
                bits.append(f"excluded: {v.exclusion.reason}")
            bits.append(v.carrier)
            detail = " ".join(bits)
        score = f"{v.score:.2f}" if v.verdict != "error" else "  - "
        click.echo(f"{label} {score}  {v.path}  {detail}", file=self.out, color=self.colour)

    def finish(self, summary: Summary) -> None:
        counts = summary.counts
        parts = [
            self._style(f"{counts[k]} {k}", k)
            for k in ("controlled", "review", "excluded", "clear", "error")
            if counts[k]
        ]
        click.echo(
            f"\n{summary.files} files in {summary.seconds:.1f}s: " + (", ".join(parts) or "none"),
            file=self.out,
            color=self.colour,
        )
