"""Pausing Python's cyclic garbage collector around bulk work.

Loading a store or comparing a desk allocates hundreds of thousands of small acyclic
objects; each allocation burst triggers collections that walk every live object again
(seconds at 100k claims). Nothing in that work makes reference cycles, and reference
counting frees the rest, so the collector is paused for the duration and restored after.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
