"""What `claimdesk ingest` says while a long file is read: the stage it is at.

A 5 MB article takes seconds and a 50 MB one a minute; a bar that counts files stood at
"0/1" all that time. The stages (extract.pipeline.STAGES, each with its rough share of
the time) move the bar inside a file; without a terminal, a file of LONG_FILE bytes or
more says each stage on stderr as it starts.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimdesk.extract.pipeline import STAGES

LONG_FILE = 1_000_000  # bytes: without a terminal, a file this big says its stages

_BEFORE = {name: sum(share for _, share in STAGES[:i]) for i, (name, _) in enumerate(STAGES)}


def stage_fraction(stage: str) -> float:
    """How much of one file is done when `stage` starts (0 for a stage not listed)."""
    return _BEFORE.get(stage, 0.0)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


@dataclass
class IngestProgress:
    """The callback `ingest_paths(progress=...)` calls: moves a rich Progress task
    (`bar`, `task`) by stage, or prints the stages of a long file (no terminal)."""

    inputs: list[str]
    bar: Any = None
    task: Any = None
    _index: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for i, p in enumerate(self.inputs):
            self._index.setdefault(p, i)

    def __call__(self, path: str, stage: str) -> None:
        name = Path(path).name[-40:]
        if self.bar is not None:
            done = self._index.get(path, 0) + stage_fraction(stage)
            self.bar.update(self.task, completed=done, name=f"{name}: {stage}")
        elif stage == STAGES[0][0] and _size(path) < LONG_FILE:
            self._index[path] = -1  # a short file: its line at the end says enough
        elif self._index.get(path) != -1:
            print(f"ingest: {name}: {stage}…", file=sys.stderr, flush=True)
