"""A desk's comparison computed in a child process:
`python -m claimdesk.store.compare_child STORE OUT [--write-cache]` (STORE `-`: the server
desk named by $CLAIMDESK_DB, so that its URL is never in the process list).

The dashboard asks for it on big desks. The child reads the store read-only, compares,
writes (fingerprint, Comparison) as a pickle to OUT and, with --write-cache, the store's
on-disk comparison cache (PATH.compare.json) and any article features it had to work out
(PATH.features, store/features.py); the dashboard's process never holds the
comparison's hundreds of megabytes of working data nor a JSON copy of its result, and its
keys never wait behind the comparison for Python's interpreter lock.
"""

from __future__ import annotations

import pickle
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    write_cache = "--write-cache" in argv
    args = [a for a in argv if a != "--write-cache"]
    if len(args) != 2:
        print(
            "usage: python -m claimdesk.store.compare_child STORE OUT [--write-cache]",
            file=sys.stderr,
        )
        return 2
    from claimdesk.extract.gc_pause import gc_paused
    from claimdesk.store.errors import StoreError

    try:  # a one-shot process whose desk and inputs hold no cycles: a collection walks
        with gc_paused():  # them all and frees nothing (as `claimdesk compare`)
            _compare_into(None if args[0] == "-" else args[0], Path(args[1]), write_cache)
    except (StoreError, OSError) as exc:
        print(f"claimdesk: {exc}", file=sys.stderr)
        return 1
    return 0


def _compare_into(where: str | None, out: Path, write_cache: bool) -> None:
    from claimdesk.extract.compare import compare
    from claimdesk.store.backend import open_store
    from claimdesk.store.comparison import build_inputs, decisions, fingerprint, write_cache_file
    from claimdesk.store.storage import atomic_write

    store = open_store(where, readonly=True)
    fp = fingerprint(store)
    inputs = build_inputs(store, keep_features=write_cache)  # (a desk from before them)
    result = compare(inputs, decisions=decisions(store), processes=2)  # (no thread here)
    atomic_write(out, pickle.dumps((fp, result), protocol=pickle.HIGHEST_PROTOCOL))
    if write_cache:
        write_cache_file(store.path, fp, result)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
