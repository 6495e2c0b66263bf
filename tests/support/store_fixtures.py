"""Extraction records built by hand for the store tests (no dependence on extraction quality)."""

from __future__ import annotations

from claimdesk.extract.record import Extraction, Number, Quote, Source, Statement

BODY = (
    "Mara Velin, the harbour master, said: “The east wall held.” "
    "She said at least 1,200 residents had left. "
    "Tomas Reyd said repairs would cost USD 4 million. "
    "Reyd said 1,200 homes were damaged."
)


def span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def make_extraction(
    body: str = BODY, *, path: str = "harbour.txt", variant: int = 0, url: str | None = None
) -> Extraction:
    """variant 0: the first extractor; variant 1: an "improved" one (one quote changed)."""
    quote = "The east wall held." if variant == 0 else "The east wall held"
    quotes = [Quote(quote, "Mara Velin", False, *span(body, "The east wall held."))]
    statements = [
        Statement(
            "repairs would cost USD 4 million",
            "Tomas Reyd",
            *span(body, "repairs would cost USD 4 million"),
        )
    ]
    if variant == 0:
        statements.append(
            Statement(
                "1,200 homes were damaged", "Tomas Reyd", *span(body, "1,200 homes were damaged")
            )
        )
    numbers = [
        Number(
            1200,
            None,
            "at least",
            "residents",
            "Mara Velin",
            False,
            "at least 1,200",
            *span(body, "at least 1,200"),
        ),
        Number(
            4_000_000,
            "USD",
            None,
            None,
            "Tomas Reyd",
            False,
            "USD 4 million",
            *span(body, "USD 4 million"),
        ),
        Number(1200, None, None, "homes", "Tomas Reyd", False, "1,200", *span(body, "1,200 homes")),
    ]
    return Extraction(
        path=path,
        words=len(body.split()),
        title="Harbour wall holds",
        publisher="Aster Gazette",
        published="2025-03-03",
        url=url,
        body=body,
        sources=[
            Source("Mara Velin", "person", "harbour master", ["Velin"]),
            Source("Tomas Reyd", "person", "council spokesman", ["Reyd"]),
        ],
        quotes=quotes,
        statements=statements,
        numbers=numbers,
    )
