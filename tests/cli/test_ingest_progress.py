"""`claimdesk ingest` says where it is inside a long file (issue 12, finding 9): the bar
moves by stage, and without a terminal a long file says each stage as it starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from claimdesk.cli.ingest_progress import LONG_FILE, IngestProgress, stage_fraction
from claimdesk.extract.pipeline import STAGES


def _long_article(path: Path, size: int) -> Path:
    """An invented harbour log on one line, `size` bytes or a little more."""
    parts, total, i = [], 0, 0
    while total < size:
        s = f"Harbour master Oren Kasp said that {i % 700 + 3} ferries had crossed on day {i}."
        parts.append(s)
        total += len(s) + 1
        i += 1
    path.write_text("Harbour log\n\n" + " ".join(parts) + "\n", encoding="utf-8")
    return path


def test_a_long_file_says_each_stage_on_stderr(tmp_path: Path) -> None:
    src = _long_article(tmp_path / "harbour.txt", LONG_FILE + 1000)
    short = tmp_path / "note.txt"
    short.write_text("Oren Kasp said that 12 ferries had crossed on Monday.\n", encoding="utf-8")
    db = str(tmp_path / "d.json")
    proc = subprocess.run(
        [sys.executable, "-m", "claimdesk", "--db", db, "ingest", str(src), str(short)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    said = [line for line in proc.stderr.splitlines() if line.startswith("ingest: harbour.txt:")]
    assert said == [f"ingest: harbour.txt: {name}…" for name, _ in STAGES], proc.stderr
    assert "note.txt:" not in proc.stderr  # a short file: only its line on stdout
    assert "added" in proc.stdout and "harbour.txt" in proc.stdout


class _Bar:
    def __init__(self) -> None:
        self.seen: list[tuple[float, str]] = []

    def update(self, task: int, *, completed: float, name: str) -> None:
        self.seen.append((completed, name))


def test_the_bar_moves_inside_a_file() -> None:
    bar = _Bar()
    said = IngestProgress(["a.txt", "b.txt"], bar=bar, task=0)
    for path in ("a.txt", "b.txt"):
        for name, _ in STAGES:
            said(path, name)
    done = [c for c, _ in bar.seen]
    assert done == sorted(done) and len(set(done)) == len(done)  # it moves at every stage
    assert 0 < done[2] < 1  # inside the first file, not "0/2" until it ends
    assert bar.seen[2][1] == f"a.txt: {STAGES[2][0]}"
    assert abs(stage_fraction("storing") - (1 - STAGES[-1][1])) < 1e-9
