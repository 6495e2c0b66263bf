"""The previous code, to measure beside this checkout's in the same run.

`previous_tree(dest)` extracts commit PREVIOUS (the code before issue 18's read and
dashboard work; CLAIMDESK_BENCH_PREVIOUS names another commit) into `dest`, laid out as an
install would (claimdesk/store -> store, ...), with a sitecustomize that drops this
checkout's editable-install finder, so a child started with cwd and PYTHONPATH at `dest`
(harness.run_isolated(..., tree=dest), or `python -m claimdesk` there) imports that code
and this checkout's benchmarks package.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from benchmarks.harness import ROOT

# main when issue 18's reads and dashboard work began. It reads schema 1 stores only:
# to run it beside a desk built by this checkout (schema 2, from the segments change on),
# name a later commit with CLAIMDESK_BENCH_PREVIOUS; the dashboard runners fail (never
# hang) when the previous code cannot read the desk.
PREVIOUS = "cea8252"
PACKAGES = ("extract", "store", "tui", "cli", "sample_data")
SITECUSTOMIZE = '''"""Import the claimdesk of this folder, not the editable install's."""
import sys

sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in repr(f).lower()]
'''


# main when issue 18's extraction speed-up began: what the extraction figures (the
# extract runner, benchmarks/extract_ab.py) put beside this checkout's.
EXTRACT_PREVIOUS = "4447203"


def previous_commit(default: str = PREVIOUS) -> str:
    return os.environ.get("CLAIMDESK_BENCH_PREVIOUS") or default


def previous_tree(dest: Path, default: str = PREVIOUS) -> Path | None:
    """The previous commit's claimdesk in `dest` (CLAIMDESK_BENCH_PREVIOUS, else
    `default`); None when git cannot give it."""
    return commit_tree(dest, previous_commit(default))


def commit_tree(dest: Path, commit: str) -> Path | None:
    """`commit`'s claimdesk in `dest`, laid out as previous_tree does, whatever
    CLAIMDESK_BENCH_PREVIOUS says (a third side named on the command line: through
    previous_tree it was the previous commit again); None when git cannot give it."""
    try:
        archive = subprocess.run(
            ["git", "archive", commit, "claimdesk", *PACKAGES],
            cwd=ROOT,
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout
        dest.mkdir(parents=True, exist_ok=True)
        subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return None
    for name in PACKAGES:  # what pyproject's package-dir does for an install
        (dest / "claimdesk" / name).symlink_to(dest / name, target_is_directory=True)
    (dest / "sitecustomize.py").write_text(SITECUSTOMIZE)
    return dest
