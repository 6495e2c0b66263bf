"""Two hand-made Extractions in the shape of the seed articles, with real offsets, for the
store and dashboard comparison tests (no dependence on extraction quality)."""

from __future__ import annotations

from pathlib import Path

from claimdesk.extract.record import DateRef, Extraction, Number, Quote, Source, Statement

NYT_BODY = (
    "Gen. Pat Ryder, the Pentagon spokesman, told reporters on Monday that the North "
    "Koreans had entered combat. “We do have indications that they have suffered "
    "casualties, both killed and wounded.” On Monday, Ukraine’s military intelligence "
    "agency said at least 30 North Korean soldiers had been killed or injured along the "
    "front line in Kursk over the weekend. In June, President Vladimir V. Putin of Russia "
    "and Kim Jung-un, North Korea’s leader, revived a mutual defense pledge.\n\n"
    "In early November, General Ryder said that at least 10,000 North Korean troops had "
    "traveled thousands of miles from eastern Russia to the Kursk region."
)

NW_BODY = (
    "Pentagon press secretary Major General Pat Ryder said Monday that North Korean "
    'soldiers had been "killed and wounded" in the first U.S. confirmation of casualties.\n\n'
    "Ukrainian President Volodymr Zelensky said Pyongyang had sent 11,000 troops and warned "
    "the West that Moscow had gathered 50,000 troops to fight Kyiv's incursion into Kursk "
    "that started on August 6.\n\n"
    "Ukraine's military intelligence agency, the GUR, has also said at least 30 North "
    "Korean troops were killed or wounded in fighting last weekend.\n\n"
    '"If the reports of these casualties are true, it puts Kim Jong Un in a difficult '
    'situation," Edward Howell told Newsweek.'
)


def span(body: str, text: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = body.index(text, start + 1)
    return start, start + len(text)


def nyt() -> Extraction:
    b = NYT_BODY
    return Extraction(
        path="nyt.txt",
        words=len(b.split()),
        title="U.S. Cites Indications North Korean Soldiers Died Fighting for Russia",
        publisher="The New York Times",
        published="2024-12-17",
        body=b,
        sources=[
            Source("Pat Ryder", "person", "the Pentagon spokesman", ["General Ryder"]),
            Source("Ukraine’s military intelligence agency", "organization"),
            Source("Kim Jung-un", "person", "North Korea’s leader"),
        ],
        quotes=[
            Quote(
                "We do have indications that they have suffered casualties, both killed and "
                "wounded.",
                "Pat Ryder",
                False,
                *span(b, "We do have indications that they have suffered"),
            )
        ],
        statements=[
            Statement(
                "at least 30 North Korean soldiers had been killed or injured along the front "
                "line in Kursk over the weekend",
                "Ukraine’s military intelligence agency",
                *span(b, "at least 30 North Korean soldiers had been killed or injured along"),
            )
        ],
        numbers=[
            Number(
                30,
                None,
                "at least",
                "soldiers",
                "Ukraine’s military intelligence agency",
                False,
                "at least 30",
                *span(b, "at least 30"),
            ),
            Number(
                10000,
                None,
                "at least",
                "troops",
                "Pat Ryder",
                False,
                "at least 10,000",
                *span(b, "at least 10,000"),
            ),
        ],
        dates=[
            DateRef("on Monday", "2024-12-16", "day", *span(b, "on Monday")),
            DateRef("In June", "2024-06", "month", *span(b, "In June")),
            DateRef("early November", "2024-11", "month", *span(b, "early November")),
        ],
    )


def newsweek() -> Extraction:
    b = NW_BODY
    return Extraction(
        path="newsweek.txt",
        words=len(b.split()),
        publisher="Newsweek",
        published="2024-12-17",
        body=b,
        sources=[
            Source("Pat Ryder", "person", "Pentagon press secretary", ["Major General Pat Ryder"]),
            Source("Volodymr Zelensky", "person", "Ukrainian President"),
            Source("GUR", "organization", None, ["Ukraine's military intelligence agency"]),
            Source("Kim Jong Un", "person"),
            Source("Edward Howell", "person"),
        ],
        quotes=[
            Quote("killed and wounded", "Pat Ryder", True, *span(b, "killed and wounded")),
            Quote(
                "If the reports of these casualties are true, it puts Kim Jong Un in a "
                "difficult situation,",
                "Edward Howell",
                False,
                *span(b, "If the reports of these casualties are true"),
            ),
        ],
        statements=[
            Statement(
                "at least 30 North Korean troops were killed or wounded in fighting last weekend",
                "GUR",
                *span(b, "at least 30 North Korean troops were killed or wounded"),
            ),
        ],
        numbers=[
            Number(
                11000,
                None,
                None,
                "troops",
                "Volodymr Zelensky",
                False,
                "11,000",
                *span(b, "11,000"),
            ),
            Number(
                50000,
                None,
                None,
                "troops",
                "Volodymr Zelensky",
                False,
                "50,000",
                *span(b, "50,000"),
            ),
            Number(
                30, None, "at least", "troops", "GUR", False, "at least 30", *span(b, "at least 30")
            ),
        ],
        dates=[
            DateRef("Monday", "2024-12-16", "day", *span(b, "Monday")),
            DateRef("August 6", "2024-08-06", "day", *span(b, "August 6")),
        ],
    )


def two_outlet_desk(tmp_path: Path, name: str = "desk.json") -> Path:
    """A file desk holding the NYT and Newsweek records: the compare verb's tests' desk,
    and the dashboard tests' (as outlets.json: the name shows in the header)."""
    from claimdesk.store import ClaimStore

    path = tmp_path / name
    with ClaimStore(path) as st:
        st.ingest_extraction(nyt())
        st.ingest_extraction(newsweek())
    return path
