"""A small fixed store for the dashboard tests, built from Extraction objects directly.

Built with ClaimStore.ingest_extraction so the tests do not depend on extraction quality.
"""

from __future__ import annotations

from pathlib import Path

from claimdesk.extract.record import DateRef, Extraction, Hedge, Number, Quote, Source, Statement
from claimdesk.store import ClaimStore

BODY_A = (
    "Floodwater reached the Aster harbour district on Monday, officials said.\n\n"
    "“The east wall held, but the lower market is gone,” said Mara Velin, the harbour master. "
    "She said at least 1,200 residents had left their homes.\n\n"
    "Tomas Reyd, a council spokesman, said repairs would cost USD 4 million. "
    "The figure could not be independently verified.\n\n"
    "“We will rebuild the market before winter,” Reyd said."
)

BODY_B = (
    "About 1,500 residents fled the Aster floods, the harbour master said on Tuesday.\n\n"
    "“The lower market is gone,” Mara Velin told the Gazette.\n\n"
    "Relief groups said 40 boats were used in the rescue."
)


def _span(body: str, text: str) -> tuple[int, int]:
    start = body.index(text)
    return start, start + len(text)


def extraction_a() -> Extraction:
    b = BODY_A
    return Extraction(
        path="northwind/aster-flood.txt",
        words=len(b.split()),
        title="Aster harbour flooded",
        publisher="Northwind Herald",
        published="2025-03-04",
        body=b,
        sources=[
            Source("Mara Velin", "person", "harbour master", ["Velin"]),
            Source("Tomas Reyd", "person", "council spokesman", ["Reyd"]),
        ],
        quotes=[
            Quote(
                "The east wall held, but the lower market is gone",
                "Mara Velin",
                False,
                *_span(b, "The east wall held, but the lower market is gone"),
            ),
            Quote(
                "We will rebuild the market before winter",
                "Tomas Reyd",
                False,
                *_span(b, "We will rebuild the market before winter"),
            ),
        ],
        statements=[
            Statement(
                "repairs would cost USD 4 million",
                "Tomas Reyd",
                *_span(b, "repairs would cost USD 4 million"),
            ),
        ],
        numbers=[
            Number(
                1200,
                None,
                "at least",
                "residents",
                "Mara Velin",
                False,
                "at least 1,200 residents",
                *_span(b, "at least 1,200 residents"),
            ),
            Number(
                4_000_000,
                "USD",
                None,
                "repairs",
                "Tomas Reyd",
                False,
                "USD 4 million",
                *_span(b, "USD 4 million"),
            ),
        ],
        dates=[DateRef("on Monday", "2025-03-03", "day", *_span(b, "on Monday"))],
        hedges=[
            Hedge(
                "could not be independently verified",
                *_span(b, "could not be independently verified"),
            )
        ],
    )


def extraction_b() -> Extraction:
    b = BODY_B
    return Extraction(
        path="kelloran/floods.txt",
        words=len(b.split()),
        title="Residents flee Aster floods",
        publisher="Kelloran Gazette",
        published="2025-03-05",
        body=b,
        sources=[Source("Mara Velin", "person", "harbour master", [])],
        quotes=[
            Quote(
                "The lower market is gone",
                "Mara Velin",
                False,
                *_span(b, "The lower market is gone"),
            ),
        ],
        statements=[
            Statement(
                "40 boats were used in the rescue",
                None,
                *_span(b, "40 boats were used in the rescue"),
            ),
        ],
        numbers=[
            Number(
                1500,
                None,
                "about",
                "residents",
                "Mara Velin",
                False,
                "About 1,500 residents",
                *_span(b, "About 1,500 residents"),
            ),
            Number(40, None, None, "boats", None, False, "40 boats", *_span(b, "40 boats")),
        ],
    )


def build_store(path: Path, extractions: list[Extraction] | None = None) -> Path:
    """Write a store at `path` holding the given (default: both) articles; return the path."""
    with ClaimStore(path) as store:
        for ext in extractions if extractions is not None else [extraction_a(), extraction_b()]:
            result = store.ingest_extraction(ext)
            assert result.status in ("added", "updated", "unchanged"), result
    return path
