"""The values a qualified figure allows ('at least 10,000' -> [10000, inf)): figures agree
when their intervals meet."""

from __future__ import annotations

import math
from functools import lru_cache

_QUAL_LOWER = {"at least", "more than", "over", "upwards of", "no fewer than", "no less than"}
_QUAL_UPPER = {"up to", "at most", "fewer than", "less than", "under", "no more than"}
_QUAL_NEAR_BELOW = {"nearly", "almost", "just under", "close to"}
_QUAL_ABOUT = {"about", "around", "approximately", "roughly", "some", "an estimated", "estimated"}


@lru_cache(maxsize=1 << 14)  # pure, and a desk repeats its figures
def interval(value: float, qualifier: str | None) -> tuple[float, float]:
    """The values a qualified figure allows: 'at least 10,000' -> [10000, inf)."""
    q = (qualifier or "").lower().strip()
    v = float(value)
    if q in _QUAL_LOWER or q.startswith(("more than", "at least", "over")):
        return v, math.inf
    if q in _QUAL_UPPER or q.startswith(("up to", "fewer than", "less than")):
        return 0.0, v
    if q in _QUAL_NEAR_BELOW:
        return v * 0.9, v
    if q in _QUAL_ABOUT or q:
        return v * 0.9, v * 1.1
    return v - _rounding(v), v + _rounding(v)


def _rounding(v: float) -> float:
    """Half a unit in the last digit given ('51.2' -> 0.05, '11,000' -> 500), at most 2%."""
    text = f"{abs(v):.6f}".rstrip("0").rstrip(".")
    if "." in text:
        step = 10.0 ** -len(text.split(".")[1])
    else:
        digits = text.lstrip("0") or "0"
        step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits != "0" else 1.0
    return min(step / 2, max(abs(v) * 0.02, step / 2 if step <= 1 else 0.0))
