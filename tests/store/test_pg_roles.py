"""The roles docs/store.md gives a team desk on PostgreSQL, on a real server: a reviewer
may mark, note and undo, but may neither ingest nor change the schema; and a desk whose
schema is newer than this claimdesk knows is refused with one line."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from claimdesk.store import StoreError
from claimdesk.store.backend import open_store
from claimdesk.store.pg_conn import migrations
from tests.support.store_fixtures import make_extraction

CLAIMDESK = Path(sys.executable).with_name("claimdesk")

# The GRANTs of docs/store.md ("Roles"), for this test's own role names.
REVIEWER_GRANTS = """
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {reviewer};
GRANT SELECT ON ALL TABLES IN SCHEMA public TO {reviewer};
GRANT INSERT, UPDATE ON history, verdicts TO {reviewer};
GRANT UPDATE (status, note) ON claims TO {reviewer};
GRANT INSERT ON merges TO {reviewer};
GRANT USAGE ON SEQUENCE merges_id_seq TO {reviewer};
"""


@pytest.fixture
def team_desk(pg_server):
    """A desk owned by an owner role, and the DSN of a reviewer who is not its owner."""
    tag = uuid.uuid4().hex[:8]
    owner, reviewer, ana, db = f"owner_{tag}", f"reviewer_{tag}", f"ana_{tag}", f"news_{tag}"
    pg_server.psql(
        f"CREATE ROLE {owner} LOGIN; CREATE DATABASE {db} OWNER {owner};"
        f"CREATE ROLE {reviewer} NOLOGIN; GRANT CONNECT ON DATABASE {db} TO {reviewer};"
        f"CREATE ROLE {ana} LOGIN IN ROLE {reviewer};"
    )
    owner_dsn = pg_server.dsn(db).replace("claimdesk@", f"{owner}@")
    with open_store(owner_dsn) as s:  # the owner's first run makes the tables, and ingests
        s.ingest_extraction(make_extraction())
        ids = [c.id for c in s.claims()]
    grants = REVIEWER_GRANTS.format(reviewer=reviewer)
    subprocess.run(
        [str(pg_server.bin / "psql"), "-h", str(pg_server.sock), "-U", owner, "-d", db,
         "-v", "ON_ERROR_STOP=1"],
        input=grants, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return pg_server.dsn(db).replace("claimdesk@", f"{ana}@"), ids, pg_server, db, ana


def test_a_reviewer_role_marks_but_neither_ingests_nor_alters_the_schema(team_desk, tmp_path):
    dsn, ids, server, db, ana = team_desk
    with open_store(dsn) as s:
        s.mark([ids[0]], "verified", note="port log", reviewer="ana")
        s.set_note(ids[0], "port log, page 4", reviewer="ana")
        assert [e.claim_id for e in s.undo(reviewer="ana")] == [ids[0]]
    with open_store(dsn, readonly=True) as r:
        assert r.claim(ids[0]).status == "verified" and len(r.history()) == 3
    article = tmp_path / "pier.txt"
    article.write_text("Pier warden Odo Brask said 9 barges were moored on Friday.\n")
    res = subprocess.run(
        [str(CLAIMDESK), "--db", dsn, "ingest", str(article)], capture_output=True, text=True
    )
    assert res.returncode == 1
    assert len(res.stderr.strip().splitlines()) == 1 and "permission denied" in res.stderr
    alter = subprocess.run(
        [str(server.bin / "psql"), "-h", str(server.sock), "-U", ana, "-d", db, "-c",
         "ALTER TABLE verdicts ADD COLUMN x int"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert alter.returncode != 0 and "must be owner" in alter.stderr


def test_a_newer_schema_than_this_claimdesk_knows_is_refused(pg_dsn):
    open_store(pg_dsn).close()
    newer = migrations()[-1][0] + 1
    import psycopg

    with psycopg.connect(pg_dsn, autocommit=True) as conn:
        conn.execute(
            "INSERT INTO claimdesk_schema (version, name) VALUES (%s, %s)",
            (newer, f"{newer:04d}_future.sql"),
        )
    with pytest.raises(StoreError, match=f"desk schema {newer} is newer than this claimdesk"):
        open_store(pg_dsn)


def test_the_upgrade_to_schema_3_lets_a_reviewer_keep_writing_notes(team_desk):
    dsn, ids, server, db, ana = team_desk
    owner = "owner_" + ana.removeprefix("ana_")
    back_to_2 = (  # what migration 0002 left: no note on the claim, nor a grant for it
        "DROP INDEX claims_search_trgm; ALTER TABLE claims DROP COLUMN note;"
        "CREATE INDEX claims_text_trgm ON claims USING gin (text gin_trgm_ops);"
        "DELETE FROM claimdesk_schema WHERE version >= 3;"
    )
    subprocess.run(
        [str(server.bin / "psql"), "-h", str(server.sock), "-U", owner, "-d", db,
         "-v", "ON_ERROR_STOP=1"],
        input=back_to_2, capture_output=True, text=True, check=True,
    )  # fmt: skip
    open_store(dsn.replace(f"{ana}@", f"{owner}@")).close()  # the owner's next run upgrades
    with open_store(dsn) as s:
        s.mark([ids[0]], "disputed", note="the quay ledger disagrees", reviewer="ana")
        assert [c.id for c in s.page(search="quay ledger").claims] == [ids[0]]
