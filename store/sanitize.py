"""Untrusted text hygiene before anything is stored.

Terminal control characters (C0 except tab/newline, DEL, C1) and bidi override/isolate
characters become U+FFFD one for one, so every character offset stays valid; a whole
escape sequence (7-bit "ESC [31m" or 8-bit "CSI 31m") becomes as many U+FFFD, so its
parameters never show as text. A note (no offsets point into it) also loses direction
marks and zero-width characters. Non-finite numbers become None so no file ever holds
NaN or Infinity.
"""

from __future__ import annotations

import math
import re
from typing import Any

_BAD = re.compile(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]"  # a CSI sequence, parameters and all
    "|[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]"
)
_INVISIBLE = re.compile("[\u200b\u200e\u200f\u061c\u2060-\u2064\ufeff\u00ad\u180e]")


def _blank(m: re.Match[str]) -> str:
    return "\ufffd" * len(m.group())


def clean_str(text: str) -> str:
    """Controls (whole CSI sequences) as U+FFFD, one for one: offsets stay valid."""
    return _BAD.sub(_blank, text) if _BAD.search(text) else text


def clean_note(text: str) -> str:
    """A reviewer's note: controls as in clean_str, invisible characters removed."""
    return clean_str(_INVISIBLE.sub("", text))


def clean_opt(text: str | None) -> str | None:
    return None if text is None else clean_str(str(text))


def clean_number(value: Any) -> float | int | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    try:
        f = float(value)
    except (TypeError, ValueError):
        return None
    if not math.isfinite(f):
        return None
    return int(f) if f.is_integer() and abs(f) < 2**53 else f


def clean_any(obj: Any) -> Any:
    """Deep-clean a JSON-like value (strings cleaned, non-finite floats dropped)."""
    if isinstance(obj, str):
        return clean_str(obj)
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {clean_str(str(k)): clean_any(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [clean_any(v) for v in obj]
    return obj
