"""The source and reviewer filters of a server desk read through migration 0004's indexes
(store/pg_migrations/0004_filter_indexes.sql): the plans of the queries the pages and
counts send name those indexes (plan shape, never time: sequential scans are switched
off so a small desk plans as a big one would), and the claims they give are the same
claims as the desk's rows filtered here, page after page."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from claimdesk.store.backend import open_store
from claimdesk.store.pg_conn import migrations, schema_version
from claimdesk.store.pg_pages import PageFilter, claim_page, count_claims

QUOTES = ("quote", "statement")
INDEXES_0004 = ("claims_speaker_lower_ord", "verdicts_reviewer", "verdicts_note_by")

# an invented desk, made by SQL: 400 speakers of 60 claims each, 10 claims an article; the
# reviewer 'wren' gives every 9th verdict, 'odo' three, and 'pell' writes two notes
FILL = """
INSERT INTO articles (ord, id, doc)
SELECT a, 'tide' || a, json_build_object('id', 'tide' || a, 'path', 'invented/' || a,
    'title', 'Tide report ' || a, 'words', 300, 'body', '', 'ingested_at', '')
FROM generate_series(0, 2400) AS a;
INSERT INTO claims (ord, id, article_id, kind, speaker, text, partial, start_at, end_at)
SELECT n, md5('tide' || n), 'tide' || (n / 10), (ARRAY['quote', 'statement', 'number'])[1 + n % 3],
    (ARRAY['Ilse Varga', 'Harbour Warden ', 'Quill'])[1 + n % 3] || (n % 400),
    'the sluice gate ' || n || ' was opened at dusk', false, 0, 10
FROM generate_series(1, 24000) AS n;
INSERT INTO verdicts (claim_id, status, reviewer, at)
SELECT md5('tide' || n), 'verified', 'wren', '2031-04-02T00:00:00Z'
FROM generate_series(1, 24000, 9) AS n;
UPDATE verdicts SET reviewer = 'odo' WHERE claim_id IN (md5('tide1'), md5('tide10'), md5('tide19'));
UPDATE verdicts SET note = 'ferry log', note_by = 'pell'
WHERE claim_id IN (md5('tide28'), md5('tide37'));
INSERT INTO claims (ord, id, article_id, kind, speaker, text, partial, start_at, end_at)
VALUES (24001, md5('tide24001'), 'tide2400', 'quote', 'I. VARGA7', 'the weir held', false, 0, 5);
ANALYZE
"""


class Recording:
    """A connection that keeps every statement sent through it (with its parameters)."""

    def __init__(self, conn: Any) -> None:
        self.conn, self.sent = conn, []

    def execute(self, sql: str, params: Any = None, **how: Any) -> Any:
        self.sent.append((sql, params))
        return self.conn.execute(sql, params, **how)


def _indexes_used(conn: Any, sql: str, params: Any) -> set[str]:
    plan = conn.execute("EXPLAIN (FORMAT JSON) " + sql, params).fetchone()[0]
    found: set[str] = set()

    def walk(node: dict[str, Any]) -> None:
        if "Index Name" in node:
            found.add(node["Index Name"])
        for child in node.get("Plans", ()):
            walk(child)

    walk(plan[0]["Plan"])
    return found


def _sent_plans(conn: Any, more: PageFilter) -> tuple[list[set[str]], list[str]]:
    """The indexes of each statement a full count, a bounded count, the first page and the
    keyset next page send under `more`, and the claims of every page (ids in order)."""
    rec = Recording(conn)
    count_claims(rec, more=more)
    count_claims(rec, more=more, cap=10)
    ids, after = [], None
    while True:
        page = claim_page(rec, after=after, limit=4, more=more)
        ids += [c.id for c in page.claims]
        if page.next_after is None:
            break
        after = page.next_after
    return [_indexes_used(conn, sql, params) for sql, params in rec.sent[:4]], ids


def _expected(conn: Any, where: str, params: tuple[Any, ...]) -> list[str]:
    rows = conn.execute(
        "SELECT c.id FROM claims c LEFT JOIN verdicts v ON v.claim_id = c.id "
        f"WHERE c.kind IN ('quote', 'statement') AND ({where}) ORDER BY c.ord",
        params,
    )
    return [r[0] for r in rows]


@pytest.fixture
def filled(pg_dsn):
    open_store(pg_dsn).close()
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        for statement in filter(str.strip, FILL.split(";")):
            conn.execute(statement)
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute("SET enable_seqscan = off")
        yield conn


def test_one_source_is_read_through_its_index(filled):
    more = PageFilter(kinds=QUOTES, speakers=("ilse varga3",))
    plans, ids = _sent_plans(filled, more)
    assert all("claims_speaker_lower_ord" in used for used in plans), plans
    assert ids == _expected(filled, "lower(c.speaker) = %s", ("ilse varga3",))
    assert len(ids) == 20


def test_a_merged_person_of_several_names_is_read_through_the_same_index(filled):
    more = PageFilter(kinds=QUOTES, speakers=("ilse varga7", "i. varga7"))
    plans, ids = _sent_plans(filled, more)
    assert all("claims_speaker_lower_ord" in used for used in plans), plans
    want = _expected(filled, "lower(c.speaker) IN (%s, %s)", ("ilse varga7", "i. varga7"))
    assert ids == want and len(want) == 21


@pytest.mark.parametrize("who", ["odo", "pell"])
def test_a_reviewer_of_few_claims_is_read_from_their_verdicts(filled, who):
    more = PageFilter(kinds=QUOTES, reviewer=who)
    plans, ids = _sent_plans(filled, more)
    for used in plans:  # (a bitmap OR of the two: the verdict's reviewer or note writer)
        assert {"verdicts_reviewer", "verdicts_note_by"} <= used, plans
    assert ids == _expected(filled, "v.reviewer = %s OR v.note_by = %s", (who, who))
    assert ids


def test_a_busy_reviewer_gives_the_same_claims_with_and_without_the_indexes(filled):
    more = PageFilter(kinds=QUOTES, reviewer="wren")
    _plans, ids = _sent_plans(filled, more)
    assert ids == _expected(filled, "v.reviewer = %s OR v.note_by = %s", ("wren", "wren"))
    assert count_claims(filled, more=more) == len(ids) > 10
    assert count_claims(filled, more=more, cap=10) == 11  # bounded: "10+" then in full
    for name in INDEXES_0004:
        filled.execute(f"DROP INDEX {name}")
    assert _sent_plans(filled, more)[1] == ids


def test_a_desk_of_schema_3_is_given_the_filter_indexes_by_its_owner(pg_dsn):
    open_store(pg_dsn).close()
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        for name in INDEXES_0004:
            conn.execute(f"DROP INDEX {name}")
        conn.execute("DELETE FROM claimdesk_schema WHERE version = 4")
        assert schema_version(conn) == 3
    open_store(pg_dsn).close()  # the owner's next run upgrades
    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        assert schema_version(conn) == 4 == migrations()[-1][0]
        rows = conn.execute(
            "SELECT indexname FROM pg_indexes WHERE indexname = ANY(%s)", (list(INDEXES_0004),)
        ).fetchall()
        assert sorted(r[0] for r in rows) == sorted(INDEXES_0004)


def test_a_reviewer_filter_is_planned_for_each_reviewer_never_prepared(filled):
    """A prepared statement's generic plan, chosen after a few pages of a busy reviewer,
    would walk the whole desk for a rare one: the reviewer filter is never prepared."""
    for who in ["wren"] * 8 + ["odo"] * 3:
        more = PageFilter(kinds=QUOTES, reviewer=who)
        claim_page(filled, more=more)
        count_claims(filled, more=more, cap=10)
    for _ in range(8):  # (a source filter is: its plan is the same for every name)
        claim_page(filled, more=PageFilter(kinds=QUOTES, speakers=("quill5",)))
    prepared = [r[0] for r in filled.execute("SELECT statement FROM pg_prepared_statements")]
    assert any("lower(c.speaker)" in sql for sql in prepared), prepared
    assert not [sql for sql in prepared if "r.reviewer" in sql]
