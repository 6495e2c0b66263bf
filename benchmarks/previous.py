"""The previous code, to measure beside this checkout's in the same run.

`previous_tree(dest)` extracts commit PREVIOUS (the code before issue 18's read and
dashboard work; CLAIMDESK_BENCH_PREVIOUS names another commit) into `dest`, laid out as an
install would (claimdesk/store -> store, ...), with a sitecustomize that drops this
checkout's editable-install finder, so a child started with cwd and PYTHONPATH at `dest`
(harness.run_isolated(..., tree=dest), or `python -m claimdesk` there) imports that code
and this checkout's benchmarks package.
"""

from __future__ import annotations

import json
import os
import re
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


# What schema 2 added to the store file (store/segments.py): the head's byte lengths in
# `_meta` and the tables only a lite reader needs. Without them, a desk with no segments
# is the schema 1 file the code before it reads: the same claims, articles and verdicts.
_SCHEMA_2_META = ("head", "index_head", "texts_head", "segments_through")
_SCHEMA_2_TABLES = ("index", "texts")


def as_schema_1(path: str) -> None:
    """Rewrite the desk at `path` (a private copy, no segments) as a schema 1 file."""
    if os.path.isdir(f"{path}.segments"):
        raise RuntimeError(f"{path} has segments: code of schema 1 cannot read them")
    data = json.loads(Path(path).read_bytes())
    meta = next(iter(data["_meta"].values()))
    meta["schema"] = 1
    for key in _SCHEMA_2_META:
        meta.pop(key, None)
    for table in _SCHEMA_2_TABLES:
        data.pop(table, None)
    Path(path).write_text(json.dumps(data, separators=(",", ":")), encoding="ascii")


def reads_schema(tree: Path) -> int:
    """The newest store schema the claimdesk laid out in `tree` reads."""
    source = (tree / "store" / "storage.py").read_text(encoding="utf-8")
    found = re.search(r"^SCHEMA_VERSION = (\d+)", source, re.MULTILINE)
    return int(found.group(1)) if found else 1


def previous_desk(tree: Path | None, claims: int, dest_dir: Path) -> str:
    """A private copy of the cached corpus desk of about `claims` claims that the code in
    `tree` can open: rewritten as schema 1 when that code reads no later schema (the
    default PREVIOUS refused today's desks: the compare runner's peer failed)."""
    from benchmarks import corpus

    path = str(corpus.fresh_store(claims, dest_dir))
    if tree is not None and reads_schema(tree) < 2:
        as_schema_1(path)
    return path
