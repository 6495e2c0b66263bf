"""Plain-text cleanup. PLACEHOLDER: paragraphs only."""

from __future__ import annotations

import re

from extract.document import Document


def clean_text(text: str, path: str) -> Document:
    body = text.replace("\r\n", "\n").strip()
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", body)]
    return Document(path=path, body=body, paragraphs=paragraphs)
