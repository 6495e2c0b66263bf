"""A huge article's claims are kept by column until they are written (issue 12, finding 9):
a Claim object per claim was more than the extraction's records it replaced, so a 50 MB
one-line article's ingest peaked at 13x its size. The columns must read back as the very
Claims they were made of, the files written from them must be the ones the Claims gave,
and anything else that reads the desk gets real Claim objects again."""

from __future__ import annotations

import re
import tracemalloc
from pathlib import Path

from claimdesk.extract import extract_path
from claimdesk.store import ClaimStore
from claimdesk.store.claim_columns import ClaimChain, ClaimColumns
from claimdesk.store.documents import CLAIM_FIELDS
from claimdesk.store.from_extraction import article_text, claims_of
from claimdesk.store.records import Claim

_SENTENCES = (
    "Lock keeper {n} said that {a} barges had passed on day {i}.",
    '"We pumped {a} tonnes of silt on Monday," {n} said.',
    "According to {n}, about {a}% of the moorings were taken on June {d}, 2023.",
    "{n} told the canal board that at least {a} boats would be refloated by spring.",
)
_NAMES = ("Wenna Criddle", "Aldo Fenwick", "the Canal Trust", "Bryn Osgood")
LIMIT = 2.0
"""Bytes per byte of article the store may add to what extraction held: 0.7-1.1 by
column, 6.5 with a Claim object per claim (the same run with the desk reading Claims)."""


def _canal_log(path: Path, size: int) -> Path:
    """An invented canal log on one line: quotes, reported speech, figures and dates."""
    parts, total, i = [], 0, 0
    while total < size:
        s = _SENTENCES[i % 4].format(n=_NAMES[(i // 3) % 4], a=i % 500 + 4, i=i, d=i % 27 + 1)
        parts.append(s)
        total += len(s) + 1
        i += 1
    path.write_text("Canal log\n\n" + " ".join(parts) + "\n", encoding="utf-8")
    return path


def _claims(tmp_path: Path, size: int = 30_000) -> tuple[list[Claim], ClaimColumns]:
    src = _canal_log(tmp_path / "canal.txt", size)
    one, two = extract_path(str(src)), extract_path(str(src))
    body = article_text(one, None).body
    made = claims_of(one, "a1", body)
    cols = claims_of(two, "a1", body, consume=True)
    assert isinstance(made, list) and isinstance(cols, ClaimColumns)
    return made, cols


def _by_getters(claims: list[Claim]) -> dict[str, list[object]]:
    return {f: [getattr(c, f) for c in claims] for f in (*CLAIM_FIELDS, "orphaned")}


def test_claims_by_column_read_back_as_the_claims_they_were_made_of(tmp_path: Path) -> None:
    made, cols = _claims(tmp_path)
    kinds = [c.kind for c in made]
    assert {"quote", "statement", "number"} <= set(kinds) and len(made) > 300
    assert list(cols) == made and len(cols) == len(made) and cols.ids == [c.id for c in made]
    assert cols[0] == made[0] and cols[-1] == made[-1] and cols[7:19] == made[7:19]
    # every batch boundary a file may cut at, across the kinds' boundaries too
    edges = [0, 1, kinds.index("statement"), kinds.index("number"), len(made) - 1, len(made)]
    for lo in edges:
        for hi in edges:
            if lo <= hi:
                assert cols.columns(lo, hi) == _by_getters(made[lo:hi]), (lo, hi)
    # several articles' claims as one sequence: lists and columns alike
    extra = made[:5]
    chain = ClaimChain([extra, cols, [], extra])
    whole = extra + made + extra
    assert len(chain) == len(whole) and list(chain) == whole
    for lo, hi in ((0, 3), (3, 40), (2, len(whole)), (len(whole) - 7, len(whole) + 9)):
        assert chain[lo:hi] == whole[lo:hi]
        assert chain.columns(lo, hi) == _by_getters(whole[lo:hi])


def _normalised(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    text = re.sub(r'"store_id":"[0-9a-f]+"', '"store_id":"X"', text)
    return re.sub(r'"(created|ingested_at|updated_at)":"[^"]*"', r'"\1":"T"', text)


def test_a_lite_desk_keeps_a_huge_article_by_column_and_writes_what_claims_gave(
    tmp_path: Path,
) -> None:
    src = _canal_log(tmp_path / "canal.txt", 400_000)
    size = src.stat().st_size
    full = ClaimStore(tmp_path / "full.json")  # (a desk that reads everything: Claims)
    full.ingest_extraction(extract_path(str(src), max_bytes=size + 1), consume=True)
    full.close()
    lite = ClaimStore(tmp_path / "lite.json", lite=True)
    with lite.batch():
        tracemalloc.start()  # (before extraction: the records it lets go count too)
        try:
            ext = extract_path(str(src), max_bytes=size + 1)
            held = tracemalloc.get_traced_memory()[0]
            lite.ingest_extraction(ext, consume=True)
            grown = tracemalloc.get_traced_memory()[0] - held
        finally:
            tracemalloc.stop()
    # Python's allocations beyond the Extraction the store took (see LIMIT)
    assert grown < LIMIT * size, f"{grown / size:.2f} bytes per byte of article"
    assert _normalised(tmp_path / "lite.json") == _normalised(tmp_path / "full.json")
    # anything that reads the claims gets Claim objects again, verdicts included
    expected = ClaimStore(tmp_path / "full.json", readonly=True).claims()
    assert lite.claims() == expected
    cid = expected[-1].id
    lite.mark(cid[:8], "verified", reviewer="wenna")
    assert lite.claim(cid).status == "verified" and lite.counts()["verified"] == 1
    lite.close()
    again = ClaimStore(tmp_path / "lite.json", readonly=True)
    assert again.claim(cid).status == "verified" and len(again.claims()) == len(expected)
