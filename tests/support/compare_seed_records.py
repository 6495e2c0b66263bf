# ruff: noqa: E501
"""Hand-made comparison inputs for the two seed articles (NYT via PaprClips, Newsweek).

Built directly, so the comparison tests do not depend on extraction quality. The
sentences are the seeds' own, as the `context` a store would cut from the body.
"""

from __future__ import annotations

from claimdesk.extract.compare import CompareArticle, CompareClaim, CompareDate
from claimdesk.extract.record import Source

NYT_RYDER_1 = "We do assess that North Korean soldiers have engaged in combat in Kursk,"
NYT_RYDER_2 = "We do have indications that they have suffered casualties, both killed and wounded."
NYT_GUR = (
    "On Monday, Ukraine’s military intelligence agency said at least 30 North Korean "
    "soldiers had been killed or injured along the front line in Kursk over the weekend, "
    "in the Russian villages of Plekhovo, Vorozhba and Martynovka."
)
NYT_10K = (
    "In early November, General Ryder said that at least 10,000 North Korean troops had "
    "traveled thousands of miles from eastern Russia to the Kursk region, which borders "
    "Ukraine."
)
NYT_JUNE = (
    "In June, President Vladimir V.Putin of Russia and Kim Jung-un, North Korea’s leader, "
    "revived a mutual defense pledge, deepening ties that stretch beyond the Cold War."
)
NW_ZEL = (
    "Ukrainian President Volodymr Zelensky said Pyongyang had sent 11,000 troops and warned "
    "the West that Moscow had gathered 50,000 troops to fight Kyiv's incursion into Kursk "
    "that started on August 6."
)
NW_GUR = (
    "Ukraine's military intelligence agency, the GUR, has also said at least 30 North Korean "
    "troops were killed or wounded in fighting last weekend."
)
NW_RYDER_LEAD = (
    "Without giving numbers, Pentagon press secretary Major General Pat Ryder said Monday "
    'that North Korean soldiers had been "killed and wounded" in the first U.S. confirmation '
    "of casualties from the secretive state."
)
NW_RYDER_2 = (
    'He said the North Koreans had "suffered casualties, both killed and wounded," '
    'reiterating the U.S. position they were "legitimate military targets."'
)
NW_SONIN = (
    "\"I think that it's perhaps at an experimental stage so if it works, maybe they will "
    'try to use 100,000 North Korean troops, which would make a difference," he told Newsweek'
)
NW_HOWELL = (
    '"If the reports of these casualties are true, it puts Kim Jong Un in a difficult '
    "situation—will he simply send more soldiers and generals to Russia, the latter to "
    'monitor a growing number of troops?"'
)


def nyt() -> CompareArticle:
    return CompareArticle(
        article_id="nyt",
        publisher="The New York Times",
        published="2024-12-17",
        sources=[
            Source("Pat Ryder", "person", "the Pentagon spokesman", ["Air Force Maj. Gen. Pat Ryder", "General Ryder"]),
            Source("Ukraine’s military intelligence agency", "organization", None, []),
            Source("Vladimir V.Putin", "person", "President", []),
            Source("Kim Jung-un", "person", "North Korea’s leader", []),
            Source("U.S. official", "anonymous", None, []),
        ],
        claims=[
            CompareClaim("nyt:q1", "quote", NYT_RYDER_1, "Pat Ryder", context=NYT_RYDER_1),
            CompareClaim("nyt:q2", "quote", NYT_RYDER_2, "Pat Ryder", context=NYT_RYDER_2),
            CompareClaim(
                "nyt:s1", "statement",
                "at least 30 North Korean soldiers had been killed or injured along the front "
                "line in Kursk over the weekend",
                "Ukraine’s military intelligence agency", context=NYT_GUR, start=100, end=250,
            ),
            CompareClaim(
                "nyt:n30", "number", "at least 30 North Korean soldiers",
                "Ukraine’s military intelligence agency", value=30, qualifier="at least",
                noun="soldiers", context=NYT_GUR, start=110, end=140,
            ),
            CompareClaim(
                "nyt:n10k", "number", "at least 10,000 North Korean troops", "Pat Ryder",
                value=10000, qualifier="at least", noun="troops", context=NYT_10K,
            ),
        ],
        dates=[
            CompareDate("Monday", "2024-12-16", "day", NYT_GUR, "Ukraine’s military intelligence agency", id="nyt:d1"),
            CompareDate("In June", "2024-06", "month", NYT_JUNE, None, id="nyt:d2"),
            CompareDate("mid-October", "2024-10", "month",
                        "Ukraine and South Korea first warned about the movement of North "
                        "Korean troops to Russia in mid-October.", None, id="nyt:d3"),
            CompareDate("early November", "2024-11", "month", NYT_10K, "Pat Ryder", id="nyt:d4"),
            CompareDate("August", "2024-08", "month",
                        "where Russia has been trying to recapture territory that Ukraine "
                        "seized in a surprise cross-border offensive starting in August.",
                        None, id="nyt:d5"),
        ],
    )  # fmt: skip


def newsweek() -> CompareArticle:
    return CompareArticle(
        article_id="nw",
        publisher="Newsweek",
        published="2024-12-17",
        sources=[
            Source("Pat Ryder", "person", "Pentagon press secretary", ["Major General Pat Ryder", "Ryder"]),
            Source("Volodymyr Zelensky", "person", "Ukrainian President", ["Volodymr Zelensky"]),
            Source("Yuriy Boyechko", "person", "CEO and founder of the charity Hope for Ukraine", []),
            Source("Konstantin Sonin", "person", "professor", []),
            Source("Edward Howell", "person", "Korea Foundation fellow at Chatham House", []),
            Source("GUR", "organization", None, ["Ukraine's military intelligence agency"]),
            Source("Institute for the Study of War", "organization", None, []),
            Source("Kim Jong Un", "person", None, []),
            Source("Donald Trump", "person", "President", []),
        ],
        claims=[
            CompareClaim("nw:q1", "quote", "killed and wounded", "Pat Ryder", context=NW_RYDER_LEAD),
            CompareClaim("nw:q2", "quote", "suffered casualties, both killed and wounded,", "Pat Ryder", context=NW_RYDER_2),
            CompareClaim("nw:q3", "quote", "legitimate military targets.", "Pat Ryder", context=NW_RYDER_2),
            CompareClaim(
                "nw:s1", "statement",
                "Pyongyang had sent 11,000 troops and warned the West that Moscow had gathered "
                "50,000 troops to fight Kyiv's incursion into Kursk",
                "Volodymyr Zelensky", context=NW_ZEL, start=1000, end=1150,
            ),
            CompareClaim(
                "nw:n11k", "number", "11,000 troops", "Volodymyr Zelensky", value=11000,
                noun="troops", context=NW_ZEL, start=1030, end=1043,
            ),
            CompareClaim(
                "nw:n50k", "number", "50,000 troops", "Volodymyr Zelensky", value=50000,
                noun="troops", context=NW_ZEL, start=1090, end=1103,
            ),
            CompareClaim(
                "nw:s2", "statement",
                "at least 30 North Korean troops were killed or wounded in fighting last weekend",
                "GUR", context=NW_GUR, start=2000, end=2090,
            ),
            CompareClaim(
                "nw:n30", "number", "at least 30 North Korean troops", "GUR", value=30,
                qualifier="at least", noun="troops", context=NW_GUR, start=2010, end=2040,
            ),
            CompareClaim(
                "nw:n100k", "number", "100,000 North Korean troops", "Konstantin Sonin",
                value=100000, noun="troops", context=NW_SONIN, hypothetical=True,
            ),
            CompareClaim("nw:q4", "quote", NW_HOWELL.strip('"'), "Edward Howell", context=NW_HOWELL),
        ],
        dates=[
            CompareDate("Monday", "2024-12-16", "day", NW_RYDER_LEAD, "Pat Ryder", id="nw:d1"),
            CompareDate("August 6", "2024-08-06", "day", NW_ZEL, "Volodymyr Zelensky", id="nw:d2"),
            CompareDate("In June 2023", "2023-06", "month",
                        "In June 2023, Putin said he had pardoned prisoners who had returned "
                        "from the war.", None, id="nw:d3"),
            CompareDate("January 20", "2025-01-20", "day",
                        "But Russia's push comes as Putin seeks to recapture as much territory "
                        "as he can ahead of the inauguration on January 20 of President Donald "
                        "Trump, who may pressure Kyiv to come to a deal, Boyechko said.",
                        "Yuriy Boyechko", id="nw:d4"),
            CompareDate("2025", "2025", "year",
                        "Kyiv seeks to retain as much leverage in the Russian region ahead of "
                        "any negotiations in 2025.", None, id="nw:d5"),
        ],
        body=NW_GUR,
    )  # fmt: skip


def seed_articles() -> list[CompareArticle]:
    return [nyt(), newsweek()]
