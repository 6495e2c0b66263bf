"""Bytes to Document: size cap, encoding, control characters, HTML or plain text.

PLACEHOLDER until the reading work lands: UTF-8 text files only.
"""

from __future__ import annotations

import sys
from pathlib import Path

from extract.cleanup import clean_text
from extract.document import Document, ExtractError


def load(path: str, *, max_bytes: int = 5_000_000) -> Document:
    try:
        data = sys.stdin.buffer.read(max_bytes + 1) if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise ExtractError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise ExtractError(f"{path}: larger than {max_bytes} bytes")
    return clean_text(data.decode("utf-8", errors="replace"), path)
