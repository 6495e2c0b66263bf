"""A desk's comparison computed in a child process: `python -m store.compare_child STORE OUT`.

The dashboard asks for it on big desks. The child reads the store read-only, compares,
and writes {"fingerprint", "comparison"} as JSON to OUT; the dashboard's process never
holds the comparison's hundreds of megabytes of working data, and its keys never wait
behind the comparison for Python's interpreter lock.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m store.compare_child STORE OUT", file=sys.stderr)
        return 2
    from extract.compare import compare
    from store.claimstore import ClaimStore
    from store.comparison import build_inputs, decisions, fingerprint
    from store.errors import StoreError
    from store.storage import atomic_write

    try:
        store = ClaimStore(argv[0], readonly=True)
        fp = fingerprint(store)
        result = compare(build_inputs(store), decisions=decisions(store))
        payload = {"fingerprint": fp, "comparison": result.to_dict()}
        atomic_write(Path(argv[1]), json.dumps(payload).encode())
    except (StoreError, OSError) as exc:
        print(f"claimdesk: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
