"""`claimdesk ingest` of one huge article keeps its peak memory bounded (issue 12, finding
9): a 50 MB file took 2.1 GB. Measured on the real command in a fresh process, as the
peak resident size beyond what ingesting a one-line note takes (the interpreter and its
imports), per byte of the article. A memory bound, not a timing."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ARTICLE_BYTES = 4_000_000
PER_BYTE = 12.0
"""Peak growth allowed per byte of article. A 4 MB article grew the peak by about 35 bytes
per byte at first, then by 19.8, then by 18.3-18.5 once the figure and date scans merged
their candidates as they come and the speech stage let its copies go early; by 16.2 since
the store lets the Extraction's records go as their claims are made, writes its files and
hashes a piece at a time, and the features kept at ingest read only what they keep; by
11.3 (11.26-11.41 over five runs) since a lite desk keeps the new article's claims by
column until they are written (store/claim_columns.py), writes the texts table and the
features line in pieces and the comparison features read the claims as they are built.
At this size extraction alone grows the peak by about 10.3 bytes per byte (its speech
stage) and the store and the features add about 0.5 more; on the 50 MB article they add
nothing to extraction's peak, which is 9.6x its size (benchmarks/RESULTS.md): the
finding's 10x is met there, not at 4 MB."""

_SENTENCES = (
    "Harbour master {n} said that {a} ferries had crossed on day {i}.",
    '"We moved {a} tonnes of grain on Tuesday," {n} said.',
    "According to {n}, about {a}% of the berths were empty on March {d}, 2024.",
    "The council estimated the repairs would cost ${a} million, which could not be "
    "independently verified.",
    "{n} told reporters that at least {a} workers would return by next week.",
)
_NAMES = ("Oren Kasp", "Lida Morrow", "the Quayside Board", "Tamsin Vale", "a board spokesman")

# Runs one command in a fresh process and prints the peak resident size of that child
# alone (ru_maxrss of RUSAGE_CHILDREN: kilobytes on Linux, bytes on macOS).
_MEASURE = """
import json, resource, subprocess, sys
proc = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
scale = 1 if sys.platform == "darwin" else 1024
print(json.dumps({"rc": proc.returncode, "err": proc.stderr[-2000:], "peak": peak * scale}))
"""


def _harbour_log(path: Path, size: int) -> Path:
    """An invented harbour log on one line: quotes, reported speech, figures and dates."""
    parts, total, i = [], 0, 0
    while total < size:
        name = _NAMES[i % 5 if i % 3 else (i // 3) % 5]
        s = _SENTENCES[i % 5].format(n=name, a=i % 700 + 3, i=i, d=i % 27 + 1)
        parts.append(s)
        total += len(s) + 1
        i += 1
    path.write_text("Harbour log\n\n" + " ".join(parts) + "\n", encoding="utf-8")
    return path


def _peak_of_ingest(tmp_path: Path, src: Path) -> int:
    db = tmp_path / f"{src.stem}.json"
    command = [sys.executable, "-m", "claimdesk", "--db", str(db), "ingest"]
    command += ["--max-bytes", "60000000", str(src)]
    proc = subprocess.run(
        [sys.executable, "-c", _MEASURE, *command],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=600,
        check=True,
    )
    said = json.loads(proc.stdout)
    assert said["rc"] == 0, said["err"]
    assert db.exists()
    return said["peak"]


def test_a_huge_article_grows_the_peak_by_a_bounded_multiple_of_its_size(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Oren Kasp said that 12 ferries had crossed on Monday.\n", encoding="utf-8")
    src = _harbour_log(tmp_path / "harbour.txt", ARTICLE_BYTES)
    size = src.stat().st_size
    fixed = _peak_of_ingest(tmp_path, note)
    peak = _peak_of_ingest(tmp_path, src)
    grown = (peak - fixed) / size
    assert grown < PER_BYTE, (
        f"ingesting {size} bytes took {peak >> 20} MB at peak, {fixed >> 20} MB for a note: "
        f"{grown:.1f} bytes per byte of article (bound {PER_BYTE})"
    )
