"""Text in, Extraction out: pure functions, no store, no UI."""

from claimdesk.extract.document import Document, ExtractError
from claimdesk.extract.pipeline import extract_document, extract_path, extract_text
from claimdesk.extract.record import DateRef, Extraction, Hedge, Number, Quote, Source, Statement

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
