"""A huge article is written and identified a piece at a time (issue 12, finding 9), and
the pieces add up to exactly what the whole-at-once code gave: the same store file bytes,
the same article id."""

from __future__ import annotations

import json
import random
import unicodedata

from claimdesk.extract import extract_path
from claimdesk.store import ids
from claimdesk.store.claim_columns import ClaimColumns
from claimdesk.store.from_extraction import article_text, prepare
from claimdesk.store.storage import dump_tables, dumps, iter_dumps


def _whole_at_once(text: str) -> str:
    """The article id's normalisation as a list of every word (what a long body used)."""
    t = unicodedata.normalize("NFKC", text)
    for curly, straight in ids._QUOTES:
        t = t.replace(curly, straight)
    return " ".join(t.casefold().split()).strip(ids._EDGE)


def test_a_long_body_normalises_as_the_word_list_did() -> None:
    rnd = random.Random(12)
    letters = list(" \t\n\x1c\u3000\u00a0\x85ferryQUAY\u201c\u201d.,\"'\u0301\ufb01\u0130\u00df")
    for n in range(12):
        text = "".join(rnd.choice(letters) for _ in range(ids._LONG * 2 + rnd.randint(0, 999)))
        if n % 3 == 0:  # white space runs across the slices' edges and at both ends
            text = " " * (ids._LONG + 7) + text + "\u3000" * (ids._LONG + 3)
        assert len(text) > ids._LONG
        assert ids.normalise_text(text) == _whole_at_once(text)
        assert ids.article_id(text) == ids._digest("article", _whole_at_once(text))


def test_the_store_file_in_pieces_is_the_whole_dump_byte_for_byte() -> None:
    body = "Harbour master Oren Kasp said that 12 ferries had crossed. " * 40_000
    tables = {
        "_meta": {"1": {"schema": 1, "name": "Quayside \u00e9t\u00e9"}},
        "articles": {"1": {"body": body, "title": "Harbour log"}, "2": {"body": "short"}},
        "claims": {},
        "verdicts": {str(i): {"claim": f"c{i}", "state": "verified"} for i in range(1, 5000)},
    }
    pieces = list(dump_tables(tables))
    assert len(pieces) > 1  # written a piece at a time
    assert b"".join(pieces) == dumps(tables)
    assert b"".join(dump_tables({})) == dumps({})


def _tricky(n: int) -> object:
    """JSON-like data with long strings (non-ASCII, astral, lone surrogates and escapes
    across the slices' edges), long lists and dicts, nested."""
    rnd = random.Random(n)
    chars = list('ab "\\\n\t\x01\u00e9\u2028\U0001f6a2\ud800/<>')
    long = "".join(rnd.choice(chars) for _ in range(200_000 + n))
    return {
        "body": long,
        "dates": [{"text": f"day {i}", "start": i, "resolved": None} for i in range(1500)],
        "figures": {f"c{i}": (f"n{i}", ("a", "b"), i) for i in range(1300)},
        "columns": {"id": [f"id{i}" for i in range(1100)], "x": [1.5, None, True] * 400},
        "mixed": [long[:70_000], {"k": long[:100]}, [1, 2]],
        "small": {"a": 1},
        "empty": [],
    }


def test_a_document_in_pieces_is_its_json_byte_for_byte_in_both_spacings() -> None:
    spaced = _spaced
    for n in range(3):
        data = _tricky(n)
        assert b"".join(iter_dumps(data)) == dumps(data)
        assert b"".join(iter_dumps(data, spaced, spaced=True)) == spaced(data)
    for small in ({}, [], "", 0, None, {"a": [1]}, "x" * 10):
        assert b"".join(iter_dumps(small)) == dumps(small)


def _spaced(data: object) -> bytes:
    return json.dumps(data).encode()


def test_no_piece_of_a_huge_article_s_file_is_as_big_as_its_body() -> None:
    """The old writer encoded each document whole: a 4 MB body was one 4 MB piece (and
    its str before it); now no piece is much over the writer's megabyte."""
    body = "The Quayside Board said that 40 berths were empty on Tuesday. " * 70_000
    dates = [{"text": "Tuesday", "start": i * 60, "resolved": None} for i in range(20_000)]
    tables = {"articles": {"1": {"body": body, "dates": dates}}, "claims": {}}
    pieces = list(dump_tables(tables))
    assert b"".join(pieces) == dumps(tables)
    assert max(map(len, pieces)) < (1 << 20) + (1 << 17) < len(body)


def test_an_ingest_that_takes_the_extraction_s_records_stores_the_same(tmp_path) -> None:
    """ingest lets the Extraction's records go as its claims are made (`consume`): the
    claims, documents and fingerprint are those of the Extraction left whole."""
    src = tmp_path / "quay.txt"
    src.write_text(
        "Quay log\n\n"
        + " ".join(
            f'"We moved {i} tonnes on Tuesday," Oren Kasp said. Tamsin Vale said that about '
            f"{i % 9 + 2}% of the berths were empty on March {i % 27 + 1}, 2024, which could "
            "not be verified."
            for i in range(300)
        ),
        encoding="utf-8",
    )
    whole = extract_path(str(src), published="2024-12-17")
    taken = extract_path(str(src), published="2024-12-17")
    text = article_text(whole, None)
    kept = prepare(whole, text, "a1")
    consumed = prepare(taken, article_text(taken, None), "a1", consume=True)
    # (taken by column: the same claims, built as they are read)
    assert isinstance(consumed.claims, ClaimColumns)
    assert list(consumed.claims) == kept.claims and len(kept.claims) > 600
    assert consumed.claims[-1] == kept.claims[-1] and consumed.claims[5:9] == kept.claims[5:9]
    assert (consumed.fields, consumed.sources) == (kept.fields, kept.sources)
    assert consumed.fingerprint == kept.fingerprint
    assert whole.quotes and whole.dates  # (left whole)
    assert not (taken.quotes or taken.statements or taken.numbers or taken.dates)
