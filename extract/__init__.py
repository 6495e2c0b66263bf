"""Text in, Extraction out: pure functions, no store, no UI.

The names below are imported when first asked for (PEP 562): a process that only
compares a desk (`claimdesk compare`, extract.compare) or reads records never compiles
the extraction pipeline's patterns (0.14 s of every start-up)."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claimdesk.extract.document import Document, ExtractError
    from claimdesk.extract.pipeline import extract_document, extract_path, extract_text
    from claimdesk.extract.record import (
        DateRef,
        Extraction,
        Hedge,
        Number,
        Quote,
        Source,
        Statement,
    )

_WHERE = {
    "Document": "document",
    "ExtractError": "document",
    "extract_document": "pipeline",
    "extract_path": "pipeline",
    "extract_text": "pipeline",
    "DateRef": "record",
    "Extraction": "record",
    "Hedge": "record",
    "Number": "record",
    "Quote": "record",
    "Source": "record",
    "Statement": "record",
}

__all__ = [
    "DateRef",
    "Document",
    "ExtractError",
    "Extraction",
    "Hedge",
    "Number",
    "Quote",
    "Source",
    "Statement",
    "extract_document",
    "extract_path",
    "extract_text",
]


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{where}"), name)
    globals()[name] = value  # (asked once)
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
