"""Extraction output before and after a speed-up, byte for byte:
`python -m benchmarks.same_output [--previous | --base PYTHON] [-n N] [--write FILE] [FILE ...]`.

Writes what `claimdesk extract --format jsonl` prints (the same call and the same
`json.dumps`) for every article of sample_data/ and tests/fixtures/ (with and without a
publication date), the first N of the benchmark corpus, and one long article run together
from the corpus's texts (the long-article paths), and any FILE given. With `--base`, the same
module runs again under another interpreter (a checkout of the previous code with its own
virtual environment, e.g. `git worktree add --detach /tmp/base main`) and the two outputs
must be identical: the first differing line is printed and the exit status is 1. With
`--previous`, the other side is the previous commit of benchmarks/previous.py (4447203, or
CLAIMDESK_BENCH_PREVIOUS) laid out beside and run with this interpreter.
A speed-up that changes one byte of one record is a behaviour change, not a speed-up.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from benchmarks.harness import ROOT, _child_env
from benchmarks.previous import EXTRACT_PREVIOUS, previous_commit, previous_tree

SUFFIXES = (".txt", ".md", ".html", ".htm", ".markdown")
FIXED_DAY = "2024-12-17"


def article_paths(n: int, extra: Sequence[str] = ()) -> list[tuple[Path, str | None]]:
    """Each input and the publication date to give it (None: the file's own or none)."""
    from benchmarks import corpus

    found = [Path(p).resolve() for p in extra]
    for folder in (ROOT / "sample_data", ROOT / "tests" / "fixtures"):
        found += sorted(p for p in folder.rglob("*") if p.suffix in SUFFIXES and p.is_file())
    out: list[tuple[Path, str | None]] = []
    for p in found:
        out += [(p, None), (p, FIXED_DAY)]
    if n:
        d = corpus.corpus_dir(max(n, 1_000))
        pub = {k: v["published"] for k, v in json.loads((d / "manifest.json").read_text()).items()}
        paths = sorted(p for p in d.iterdir() if p.suffix in SUFFIXES)[:n]
        out += [(p, pub.get(p.name)) for p in paths]
        out.append((_long_article(d, [p for p in paths if p.suffix == ".txt"]), None))
    return out


def _long_article(d: Path, texts: list[Path]) -> Path:
    """The corpus's text articles run together on one line until past LONG characters:
    what takes the long-article paths (candidates merged as they come, not sorted)."""
    dest = d.with_name(d.name + "-long.txt")
    if not dest.exists():
        parts, size = [], 0
        for p in texts:
            parts.append(" ".join(p.read_text(encoding="utf-8").split()))
            size += len(parts[-1])
            if size > LONG:
                break
        dest.write_text("A long day\n\n" + " ".join(parts) + "\n", encoding="utf-8")
    return dest


LONG = 600_000


def records(n: int, extra: Sequence[str]) -> Iterator[str]:
    """One JSONL line per input, or an `error` line where extraction refuses the file: what
    `claimdesk extract` prints, through extract.batch where the code has it (the records
    of extract_path, a few files at a time, stage by stage) and file by file before."""
    from claimdesk.extract import ExtractError, extract_path

    inputs = article_paths(n, extra)
    try:
        from claimdesk.extract.batch import extract_dated
    except ImportError:  # older code: one file at a time
        extract_dated = None
    if extract_dated is not None:
        got = extract_dated((str(path), day) for path, day in inputs)
    else:
        got = (_one(extract_path, ExtractError, str(path), day) for path, day in inputs)
    for (path, _), (_, rec) in zip(inputs, got, strict=True):
        name = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
        if isinstance(rec, ExtractError):
            yield json.dumps({"file": str(name), "error": str(rec)}, ensure_ascii=False) + "\n"
            continue
        yield json.dumps(rec.to_dict(), ensure_ascii=False, allow_nan=False) + "\n"


def _one(extract_path, error: type[Exception], path: str, day: str | None):
    try:
        return path, extract_path(path, published=day)
    except error as exc:
        return path, exc


def _write(n: int, extra: Sequence[str], dest: Path) -> None:
    with dest.open("w", encoding="utf-8") as f:
        for line in records(n, extra):
            f.write(line)


def _first_difference(a: Path, b: Path) -> str | None:
    with a.open(encoding="utf-8") as fa, b.open(encoding="utf-8") as fb:
        for i, (la, lb) in enumerate(zip(fa, fb, strict=False), 1):
            if la != lb:
                pairs = enumerate(zip(la, lb, strict=False))
                at = next((k for k, (x, y) in pairs if x != y), min(len(la), len(lb)))
                lo, hi = max(0, at - 40), at + 60
                return f"line {i}, column {at}: base {la[lo:hi]!r}, now {lb[lo:hi]!r}"
    sa, sb = a.stat().st_size, b.stat().st_size
    return None if sa == sb else f"lengths differ: base {sa} bytes, now {sb} bytes"


def _digest(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.same_output", description=__doc__)
    side = ap.add_mutually_exclusive_group()
    side.add_argument("--base", help="the interpreter of the previous code's checkout")
    side.add_argument(
        "--previous", action="store_true", help="compare with the previous commit, laid out beside"
    )
    ap.add_argument("-n", type=int, default=10_000, help="corpus articles (default 10,000)")
    ap.add_argument("--write", help="only write this run's JSONL to FILE")
    ap.add_argument("files", nargs="*", help="more articles to compare (the seed reports)")
    args = ap.parse_args(argv)
    if args.write:
        _write(args.n, args.files, Path(args.write))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        now = Path(tmp) / "now.jsonl"
        _write(args.n, args.files, now)
        lines = sum(1 for _ in now.open(encoding="utf-8"))
        if not (args.base or args.previous):
            print(f"{lines} records, sha256 {_digest(now)} (no --base: nothing compared)")
            return 0
        base = Path(tmp) / "base.jsonl"
        python, cwd, env = args.base, ROOT, None
        if not args.base:  # --previous
            tree = previous_tree(Path(tmp) / "previous", EXTRACT_PREVIOUS)
            if tree is None:
                print(f"git cannot give commit {previous_commit(EXTRACT_PREVIOUS)}")
                return 1
            python, cwd, env = sys.executable, tree, _child_env(tree)
        cmd = [python, "-m", "benchmarks.same_output", "-n", str(args.n), "--write", str(base)]
        cmd += [str(Path(p).resolve()) for p in args.files]
        subprocess.run(cmd, cwd=cwd, env=env, check=True)
        diff = _first_difference(base, now)
        if diff:
            print(f"extraction output differs: {diff}")
            return 1
        print(f"{lines} records identical, sha256 {_digest(now)}")
        return 0


if __name__ == "__main__":
    sys.exit(main())
