"""The command line on a PostgreSQL desk (`--db postgresql://…`): the same claims as a
file desk of the same input, marks from two processes at once lose nothing, `copy` both
ways keeps everything, and a server that is down or a password in the URL never shows
up as a traceback or in any output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.cli.main import main
from claimdesk.store.backend import open_store
from claimdesk.store.comparison import decision_docs, record_decisions
from claimdesk.store.features import read_kept
from tests.cli.test_two_shell_loops import IN_PROCESS_LOOP, _plans, _run_loops
from tests.support.paths import SAMPLE_DATA, SEEDS

CLAIMDESK = Path(sys.executable).with_name("claimdesk")
INPUTS = sorted(SEEDS.glob("*.txt")) + sorted(
    p for p in SAMPLE_DATA.iterdir() if p.suffix in (".txt", ".md", ".html")
)


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def _listed(capsys, db: str) -> list[dict]:
    code, out, err = _cli(capsys, "--db", db, "list", "--format", "jsonl")
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


@pytest.fixture(scope="module")
def seeded(pg_server, tmp_path_factory):
    """A file desk and a server desk, each ingested from the seeds and sample_data/."""
    file_db = str(tmp_path_factory.mktemp("file") / "desk.json")
    server_db = pg_server.fresh_dsn()
    for db in (file_db, server_db):
        argv = ["--db", db, "ingest", *map(str, INPUTS), "--published", "2024-12-17"]
        assert main(argv) == 0
    return file_db, server_db


def test_server_desk_lists_the_same_claims_as_a_file_desk(seeded, capsys):
    file_db, server_db = seeded
    on_file, on_server = _listed(capsys, file_db), _listed(capsys, server_db)
    assert len(on_file) > 100
    assert on_server == on_file
    code, out_f, _ = _cli(capsys, "--db", file_db, "articles")
    code2, out_s, err = _cli(capsys, "--db", server_db, "articles")
    assert (code, code2) == (0, 0) and out_s == out_f
    assert "/.cache/" not in err  # the desk is named by its URL, not a local folder


def test_copy_server_to_file_to_server_keeps_every_verdict_note_and_entry(
    seeded, pg_server, capsys, tmp_path
):
    _, server_db = seeded
    with open_store(server_db) as s:
        ids = [c.id for c in s.claims()]
        s.mark(ids[:3], "verified", reviewer="ana", note="port log")
        s.mark([ids[1]], "disputed", reviewer="bo")  # contested
        s.set_note(ids[2], "call the harbour office", reviewer="cy")
        s.mark([ids[3]], "dismissed", reviewer="bo")
        s.undo(reviewer="bo")
        record_decisions(s, [("person:a vell", "person:anna vell")], True, reviewer="ana")

    def snapshot(db: str) -> dict:
        with open_store(db, readonly=True) as r:
            return {
                "claims": r.claims(),  # every field of every claim (dataclass ==)
                "articles": [a for a in r.articles()],
                "docs": {k: v for k, v in r._article_docs.items()},
                "history": [e.to_dict() for e in r.history()],
                "merges": decision_docs(r),
                "features": read_kept(r),
            }

    before = snapshot(server_db)
    assert before["features"]  # the ingest kept them
    file_db = str(tmp_path / "copy.json")
    code, _, err = _cli(capsys, "copy", server_db, file_db)
    assert code == 0, err
    assert "copied" in err
    back = pg_server.fresh_dsn()
    code, _, err = _cli(capsys, "copy", file_db, back)
    assert code == 0, err
    assert snapshot(file_db) == before
    assert snapshot(back) == before
    # a non-empty destination is refused unless --merge
    code, _, err = _cli(capsys, "copy", file_db, back)
    assert code == 1 and "not empty" in err and "Traceback" not in err
    code, _, err = _cli(capsys, "copy", file_db, back, "--merge")
    assert code == 0, err
    with open_store(back, readonly=True) as r:
        assert len(r.history()) == 2 * len(before["history"])


def test_two_loops_marking_fifty_claims_each_on_the_server_lose_nothing(seeded, capsys):
    _, server_db = seeded
    with open_store(server_db, readonly=True) as r:
        ids = [c.id for c in r.claims()][:40]
        start = len(r.history())
    plans = _plans(ids, 50, seed=7)
    commands = {
        who: [sys.executable, "-c", IN_PROCESS_LOOP, server_db, who]
        + [f"{cid}:{status}" for cid, status in plan]
        for who, plan in plans.items()
    }
    outputs = _run_loops(commands)
    for who, plan in plans.items():
        acks = [line for line in outputs[who].splitlines() if line.startswith("ack ")]
        assert len(acks) == len(plan)
    with open_store(server_db, readonly=True) as r:
        history = r.history()[start:]
        assert [e.seq for e in history] == list(range(start + 1, start + len(history) + 1))
        marks = [e for e in history if (e.from_status, e.from_note) != (e.to_status, e.to_note)]
        for who, plan in plans.items():
            assert [(e.claim_id, e.to_status, e.to_note) for e in marks if e.reviewer == who] == [
                (cid, status, f"{who} {i}") for i, (cid, status) in enumerate(plan, 1)
            ]
        last = {e.claim_id: e for e in marks}
        for cid, e in last.items():
            c = r.claim(cid)
            assert (c.status, c.note, c.note_by) == (e.to_status, e.to_note, e.reviewer)


def test_a_password_in_the_url_never_reaches_output_or_errors(pg_server, capsys):
    secret = "Tr0ub4dor-x9"
    good = pg_server.fresh_dsn().replace("claimdesk@", f"claimdesk:{secret}@")
    missing = pg_server.dsn("no_such_desk").replace("claimdesk@", f"claimdesk:{secret}@")
    runs = [
        ("--db", good, "list"),
        ("--db", good, "stats"),
        ("--db", good, "mark", "ffffffff", "--status", "verified"),
        ("--db", missing, "list"),
        ("copy", missing, good),
    ]
    for argv in runs:
        code, out, err = _cli(capsys, *argv)
        assert secret not in out + err, argv
        assert "Traceback" not in err
    assert code != 0 and "***" in err


def test_a_stopped_server_is_one_line_and_a_non_zero_exit(pg_server, tmp_path):
    db = pg_server.fresh_dsn()
    article = tmp_path / "quay.txt"
    article.write_text("Harbour chief Ilse Marr said 14 cranes were idle on Tuesday.\n")
    ok = subprocess.run(
        [str(CLAIMDESK), "--db", db, "ingest", str(article)], capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr
    pg_server.stop()
    try:
        for argv in (["list"], ["mark", "ffffffff", "--status", "verified"]):
            res = subprocess.run(
                [str(CLAIMDESK), "--db", db, *argv], capture_output=True, text=True, timeout=60
            )
            assert res.returncode != 0
            assert len(res.stderr.strip().splitlines()) == 1, res.stderr
            assert "Traceback" not in res.stderr
            assert res.stderr.startswith("claimdesk: cannot reach the desk's server")
    finally:
        pg_server.start()


def test_serve_puts_every_visitor_on_the_server_desk(pg_server, monkeypatch, capsys):
    """`claimdesk serve --db postgresql://…`: each visitor's dashboard opens the server
    desk (its URL unfolded), and what is printed names it without the password."""
    import textual_serve.server

    started = {}

    class FakeServer:
        def __init__(self, command: str, **kwargs: object) -> None:
            started["command"], started["title"] = command, kwargs["title"]

        def serve(self) -> None:
            started["served"] = True

    monkeypatch.setattr(textual_serve.server, "Server", FakeServer)
    dsn = pg_server.fresh_dsn().replace("claimdesk@", "claimdesk:hunter2-x@")
    code, out, err = _cli(capsys, "serve", "--db", dsn)
    assert code == 0 and started["served"]
    assert started["command"].endswith(f"open --db '{dsn}'")
    assert "hunter2-x" not in out + err + started["title"]
    assert "claimdesk:***@" in err


def test_demo_refuses_a_server_url_and_makes_no_folder(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, _, err = _cli(capsys, "demo", "--no-open", "--db", "postgresql://ana@/newsroom")
    assert code == 1 and "file desk" in err
    assert list(tmp_path.iterdir()) == []
