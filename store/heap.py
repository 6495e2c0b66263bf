"""Handing freed memory back to the system: a process that let go of a desk (a one-shot
`claimdesk compare`) otherwise keeps its pages, because the C allocator keeps freed
blocks (article bodies, claim texts) for later and the comparison's own small objects
never reuse them. At 100k claims this returns about 90 MB before the comparison runs."""

from __future__ import annotations

import contextlib
import ctypes


def give_back() -> bool:
    """Return the C heap's free pages to the system (glibc's malloc_trim); False where
    there is no such call (another C library): nothing is lost then but the memory. The
    process's own symbols hold the C library's: `ctypes.util.find_library` would run
    `ldconfig` in a child process each time, forked from a process holding a whole desk."""
    with contextlib.suppress(OSError, AttributeError, TypeError):
        return bool(ctypes.CDLL(None).malloc_trim(0))
    return False
