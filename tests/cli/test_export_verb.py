"""QA reproductions of bugs found by driving claimdesk as a reviewer would.

Each failing test is a strict xfail: the fix makes it pass, and the fixer removes the
marker (see /work/notes/qa.md for the finding behind each one)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimdesk.cli.main import main
from claimdesk.extract.pipeline import extract_text

ARTICLE = (
    "Port director Lena Sorvik said on Monday that at least 3,400 residents had been "
    "evacuated from the Lindel district.\n\n"
    "“The east wall held,” Sorvik said.\n"
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_failed_mark_on_missing_store_creates_no_files(capsys, tmp_path: Path) -> None:
    """A typo in --db must not leave a new empty store (and journal, lock) behind when
    the command fails: the next `list --db typo` would then quietly show 0 claims."""
    db = tmp_path / "typo.json"
    code, _, err = run(capsys, "mark", "abcd", "--status", "verified", "--db", str(db))
    assert code != 0
    assert err.strip().count("\n") == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_claimreview_of_a_figure_says_what_was_counted(capsys, tmp_path: Path) -> None:
    """claimReviewed for a number claim must say what the figure counts (its noun or its
    sentence), not only "at least 3,400" — alone that is no claim a reader can check."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "ingest", str(src), "--db", db, "--published", "2025-01-10")[0] == 0
    _, out, _ = run(capsys, "list", "--db", db, "--kind", "number", "--format", "jsonl")
    num = next(json.loads(line) for line in out.splitlines() if '"3,400' in line or "3400" in line)
    assert run(capsys, "mark", num["id"], "--status", "verified", "--db", db)[0] == 0
    code, out, _ = run(capsys, "export", "--format", "claimreview", "--db", db)
    assert code == 0
    graph = json.loads(out)["@graph"]
    reviewed = [g["claimReviewed"] for g in graph if g["identifier"] == num["id"]]
    assert reviewed and "residents" in reviewed[0]


def test_figure_noun_is_not_a_possessive() -> None:
    """'14 of the city's 20 districts': the 14 counts districts (or nothing), never "city's"."""
    ex = extract_text(
        "The mayor said the party won 14 of the city's 20 districts and now runs four of "
        "the country's ten largest cities.\n",
        published="2025-10-28",
    )
    nouns = {n.value: n.noun for n in ex.numbers}
    assert nouns.get(14) in ("districts", None)
    assert nouns.get(4) in ("cities", None)


def test_before_weekday_in_present_tense_is_upcoming() -> None:
    """In a Monday article, "We cannot clear this backlog before Friday" means this
    coming Friday (2025-02-07), not the Friday that has passed (2025-01-31)."""
    ex = extract_text(
        'Port director Lena Sorvik said on Monday: "We cannot clear this backlog before Friday."\n',
        published="2025-02-03",
    )
    friday = [d for d in ex.dates if d.text == "Friday"]
    assert friday and friday[0].resolved == "2025-02-07"


def test_url_fetch_gives_up_on_a_server_that_trickles() -> None:
    """The timeout must bound the whole fetch: a server that sends a few bytes every
    half second never trips a per-read socket timeout, so ingest hangs on it (the
    server here stops after ~6 s so the test itself always ends)."""
    import socket
    import threading
    import time

    from claimdesk.store.ingest import IngestError, fetch_url

    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    port = srv.getsockname()[1]

    def serve() -> None:
        conn, _ = srv.accept()
        with conn:
            conn.recv(4096)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
            for _ in range(12):
                time.sleep(0.5)
                try:
                    conn.sendall(b"word ")
                except OSError:  # the client gave up, as it should
                    break
        srv.close()

    threading.Thread(target=serve, daemon=True).start()
    with pytest.raises(IngestError):
        fetch_url(f"http://127.0.0.1:{port}/a.txt", max_bytes=1_000_000, timeout=1.0)


@pytest.mark.parametrize("suffix", ["", ".journal"])
def test_export_refuses_to_overwrite_the_store_itself(capsys, tmp_path: Path, suffix: str) -> None:
    """`claimdesk export --format md -o claimdesk.json` (a slip of the tab key) must not
    replace the store (or its verdict journal) with a report: every verdict would be gone."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "s.json"
    assert run(capsys, "ingest", str(src), "--db", str(db), "--published", "2025-01-10")[0] == 0
    _, out, _ = run(capsys, "list", "--db", str(db), "--format", "jsonl")
    first = json.loads(out.splitlines()[0])["id"]
    assert run(capsys, "mark", first, "--status", "verified", "--db", str(db))[0] == 0
    target = Path(str(db) + suffix)
    before = target.read_bytes()
    code, _, err = run(capsys, "export", "--format", "md", "-o", str(target), "--db", str(db))
    assert code != 0 and err.strip()
    assert target.read_bytes() == before


def test_demo_reset_does_not_silently_wipe_a_real_store(capsys, tmp_path: Path) -> None:
    """`claimdesk demo --reset --db PATH` on a store that holds the reviewer's own articles
    and verdicts must refuse (or at least keep a recoverable copy), not delete them."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "work.json"
    assert run(capsys, "ingest", str(src), "--db", str(db), "--published", "2025-01-10")[0] == 0
    _, out, _ = run(capsys, "list", "--db", str(db), "--format", "jsonl")
    first = json.loads(out.splitlines()[0])["id"]
    note = "hours of careful work"
    marked = run(capsys, "mark", first, "--status", "verified", "--note", note, "--db", str(db))
    assert marked[0] == 0
    code, _, _ = run(capsys, "demo", "--reset", "--no-open", "--db", str(db))
    if code != 0:
        _, out, _ = run(capsys, "list", "--db", str(db), "--format", "jsonl")
        assert note in out
    else:  # reset went ahead: the old store must survive somewhere beside it
        kept = [
            p
            for p in tmp_path.iterdir()
            if p.is_file() and p.name != "a.txt" and note.encode() in p.read_bytes()
        ]
        assert kept


def test_import_of_an_older_export_keeps_the_newer_verdict(capsys, tmp_path: Path) -> None:
    """Export (claim verified), then dispute it with a note, then import the old export:
    the newer verdict and note must stay (or the import must refuse / report the clash),
    not be silently replaced by the older ones."""
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "ingest", str(src), "--db", db, "--published", "2025-01-10")[0] == 0
    _, out, _ = run(capsys, "list", "--db", db, "--format", "jsonl")
    cid = json.loads(out.splitlines()[0])["id"]
    assert run(capsys, "mark", cid, "--status", "verified", "--note", "old", "--db", db)[0] == 0
    old = str(tmp_path / "old.json")
    assert run(capsys, "export", "--format", "json", "-o", old, "--db", db)[0] == 0
    newer = "source retracted"
    assert run(capsys, "mark", cid, "--status", "disputed", "--note", newer, "--db", db)[0] == 0
    run(capsys, "import", old, "--db", db)
    _, out, _ = run(capsys, "list", "--db", db, "--format", "jsonl")
    row = next(json.loads(line) for line in out.splitlines() if json.loads(line)["id"] == cid)
    assert (row["status"], row["note"]) == ("disputed", newer)


def test_demo_reset_moves_the_merge_decisions_aside_with_the_store(capsys, tmp_path: Path) -> None:
    """QA3 F3: a reset desk starts without the old merge decisions (they go aside with the
    store, to the same PATH.bak-<time>), and so do its comparison cache and features."""
    from claimdesk.store import ClaimStore
    from claimdesk.store.comparison import merges_path, record_decisions

    db = tmp_path / "d.json"
    assert run(capsys, "demo", "--no-open", "--db", str(db))[0] == 0
    with ClaimStore(db) as st:
        record_decisions(st, [("person:tomas berg", "person:thomas berg")], True)
    assert merges_path(db).exists()
    code, _, err = run(capsys, "demo", "--reset", "--no-open", "--db", str(db))
    assert code == 0 and "moved aside" in err
    assert not merges_path(db).exists() or b"tomas berg" not in merges_path(db).read_bytes()
    backups = sorted(p.name for p in tmp_path.iterdir() if ".bak-" in p.name)
    assert any(n.endswith(".merges") for n in backups), backups
    assert any(n.endswith(".features") for n in backups), backups
    stamp = backups[0].split(".bak-")[1][:14]
    assert all(stamp in n for n in backups)  # one time stamp: one old desk


@pytest.mark.parametrize("suffix", [".merges", ".features"])
def test_export_refuses_another_stores_companion_file(capsys, tmp_path: Path, suffix: str) -> None:
    """QA3 F2: `export --db A -o B.json.merges` must not replace store B's merge
    decisions (nor its features) with a report; a file that only looks like one is fine."""
    from claimdesk.store import ClaimStore
    from claimdesk.store.comparison import record_decisions

    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    for db in (a, b):
        assert run(capsys, "ingest", str(src), "--db", str(db), "--published", "2025-01-10")[0] == 0
    with ClaimStore(b) as st:
        record_decisions(st, [("person:tomas berg", "person:thomas berg")], True)
    target = Path(str(b) + suffix)
    before = target.read_bytes()
    code, _, err = run(capsys, "export", "--format", "md", "-o", str(target), "--db", str(a))
    assert code == 1 and "belongs to the claimdesk store" in err
    assert target.read_bytes() == before
    plain = tmp_path / f"notes{suffix}"  # no store named "notes" beside it
    plain.write_text("old report")
    assert run(capsys, "export", "--format", "md", "-o", str(plain), "--db", str(a))[0] == 0
