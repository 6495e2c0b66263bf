"""A huge article is written and identified a piece at a time (issue 12, finding 9), and
the pieces add up to exactly what the whole-at-once code gave: the same store file bytes,
the same article id."""

from __future__ import annotations

import random
import unicodedata

from claimdesk.store import ids
from claimdesk.store.storage import dump_tables, dumps


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
