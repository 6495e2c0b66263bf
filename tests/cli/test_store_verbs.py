"""The store verbs end to end: ingest (files, dirs, stdin, URL), list, mark, note, undo,
history, stats, articles, export."""

from __future__ import annotations

import csv
import http.server
import io
import json
import os
import sys
import threading
from pathlib import Path

import pytest

from claimdesk.cli.main import main
from claimdesk.store import ClaimStore, StoreLocked
from tests.support.cli import run
from tests.support.locks import lock_refused
from tests.support.paths import SAMPLE_DATA
from tests.support.store_fixtures import make_extraction

ARTICLE = (
    "Harbour master Mara Velin said on Monday that at least 1,200 residents had left.\n\n"
    "“The east wall held,” Velin said.\n"
)


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "store.json")


@pytest.fixture
def filled(db):
    with ClaimStore(db) as s:
        s.ingest_extraction(make_extraction())
    return db


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/article.html":
            body = (
                "<html><head><title>Harbour news</title></head><body><article><p>"
                + ARTICLE.replace("\n\n", "</p><p>")
                + "</p></article></body></html>"
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
        elif self.path == "/big.txt":
            body = b"x" * 5000
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
        else:
            body = b"no"
            self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    t = threading.Thread(target=httpd.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_ingest_directory_recursively_with_summary_and_failures(tmp_path, db, capsys):
    d = tmp_path / "in"
    (d / "sub" / "deeper").mkdir(parents=True)
    (d / "a.txt").write_text(ARTICLE)
    (d / "sub" / "b.md").write_text(ARTICLE + "\nMore.\n")
    (d / "sub" / "deeper" / "c.html").write_text(
        f"<html><body><p>{ARTICLE} Third.</p></body></html>"
    )
    (d / "sub" / "skip.pdf").write_text("not an article")
    code, out, err = run(capsys, "ingest", str(d), str(tmp_path / "missing.txt"), "--db", db)
    assert code == 1  # one failed input: non-zero, but the others are in
    assert out.count("added") == 3
    assert "missing.txt: no such file" in err and "skip.pdf" not in out + err
    assert "3 added, 0 updated, 0 unchanged, 1 failed" in err
    assert "Traceback" not in err
    code, out, err = run(capsys, "ingest", str(d), "--db", db)
    assert code == 0 and "0 added, 0 updated, 3 unchanged, 0 failed" in err
    with ClaimStore(db, readonly=True) as r:
        assert len(r.articles()) == 3


def test_ingest_stdin(db, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    code, _out, err = run(capsys, "ingest", "-", "--publisher", "Aster Gazette", "--db", db)
    assert code == 0, err
    with ClaimStore(db, readonly=True) as r:
        (art,) = r.articles()
        assert art.publisher == "Aster Gazette"
        assert "1,200 residents" in art.body


def test_ingest_url_from_a_local_server(server, db, capsys):
    url = f"{server}/article.html"
    code, _, err = run(capsys, "ingest", url, f"{server}/gone.html", "--db", db)
    assert code == 1
    assert "HTTP 404" in err
    with ClaimStore(db, readonly=True) as r:
        (art,) = r.articles()
        assert art.url == url and art.path == url
        assert "1,200 residents" in art.body
    code, _out, err = run(capsys, "ingest", f"{server}/big.txt", "--max-bytes", "1000", "--db", db)
    assert code == 1 and "larger than 1000 bytes" in err


def test_list_table_and_jsonl(filled, capsys):
    code, out, _ = run(capsys, "list", "--format", "jsonl", "--db", filled)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 6
    keys = {"id", "kind", "status", "text", "speaker", "value", "unit", "qualifier", "noun"}
    keys |= {"article", "note", "reviewer", "reviewed_at", "orphaned"}
    assert keys <= set(rows[0])
    assert set(rows[0]["article"]) == {"id", "title", "publisher", "published"}
    code, out, _ = run(capsys, "list", "--kind", "number", "--format", "jsonl", "--db", filled)
    assert {json.loads(x)["kind"] for x in out.splitlines()} == {"number"}
    code, out, err = run(capsys, "list", "--source", "Reyd", "--db", filled)
    assert code == 0 and "Tomas Reyd" in out and "Mara Velin" not in out
    assert f"claim(s) in {filled}" in err


def test_list_shows_markup_like_text_verbatim(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    db = str(tmp_path / "m.json")
    ext = make_extraction()
    ext.quotes[0].text = "[/] [bold]x[@click=app.quit]"
    with ClaimStore(db) as s:
        s.ingest_extraction(ext)
    code, out, _ = run(capsys, "list", "--kind", "quote", "--db", db)
    assert code == 0
    assert (
        "[/] [bold]x[@click=app.quit]"
        in out.replace("\n", "").replace("│", "").replace(" " * 2, " ")
        or "[/]" in out
    )


def test_mark_note_undo_history_stats(filled, capsys, monkeypatch):
    monkeypatch.setenv("CLAIMDESK_REVIEWER", "ana")
    with ClaimStore(filled, readonly=True) as r:
        ids = [c.id for c in r.claims()]
    code, out, err = run(capsys, "mark", ids[0][:8], ids[1], "--status", "verified", "--note",
                         "seen it", "--db", filled)  # fmt: skip
    assert code == 0, err
    assert "verified: 2 claim(s) changed" in out
    code, out, _ = run(capsys, "note", ids[2][:6], "ask the council", "--reviewer", "bo",
                       "--db", filled)  # fmt: skip
    assert code == 0
    with ClaimStore(filled, readonly=True) as r:
        assert r.claim(ids[0]).status == "verified" and r.claim(ids[0]).reviewer == "ana"
        # a note is the note's: its writer, not a verdict's reviewer (issue 12, 21)
        assert r.claim(ids[2]).note == "ask the council" and r.claim(ids[2]).note_by == "bo"
        assert r.claim(ids[2]).reviewer is None and r.claim(ids[2]).status == "unreviewed"
    code, out, _ = run(capsys, "undo", "--reviewer", "bo", "--db", filled)
    assert code == 0 and "undid 1 change(s)" in out
    with ClaimStore(filled, readonly=True) as r:
        assert r.claim(ids[2]).text in out  # names the claim it reverted (QA Q19)
    code, out, _ = run(capsys, "history", "--format", "jsonl", "--db", filled)
    hist = [json.loads(x) for x in out.splitlines()]
    assert [h["to_status"] for h in hist] == ["verified", "verified", "unreviewed", "unreviewed"]
    assert hist[-1]["undo_of"] == hist[-2]["seq"]
    code, out, err = run(capsys, "history", ids[0], "--db", filled)
    assert code == 0 and "1 change(s)" in err and out.count("\n") == 1
    code, out, _ = run(capsys, "stats", "--db", filled)
    assert code == 0 and filled in out and "2 verified" in out and "3 number" in out
    code, out, _ = run(capsys, "stats", "--format", "json", "--db", filled)
    assert json.loads(out)["by_status"]["verified"] == 2
    code, out, err = run(capsys, "articles", "--db", filled)
    assert "1 article(s)" in err and out.count("\n") == 1
    code, out, _ = run(capsys, "articles", "--format", "jsonl", "--db", filled)
    assert json.loads(out)["title"] == "Harbour wall holds"


def test_mark_errors_are_one_line(filled, capsys):
    code, _, err = run(capsys, "mark", "zzzzzz", "--status", "verified", "--db", filled)
    assert code == 1 and err.startswith("claimdesk: no claim") and err.count("\n") == 1
    with pytest.raises(SystemExit):
        main(["mark", "abc", "--status", "bogus", "--db", filled])


def test_mark_ids_from_stdin(filled, capsys, monkeypatch):
    code, out, _ = run(capsys, "list", "--kind", "number", "--format", "jsonl", "--db", filled)
    ids = "\n".join(json.loads(x)["id"] for x in out.splitlines())
    monkeypatch.setattr(sys, "stdin", io.StringIO(ids))
    code, out, _ = run(capsys, "mark", "-", "--status", "dismissed", "--db", filled)
    assert code == 0 and "dismissed: 3 claim(s) changed" in out


def test_export_to_file_and_stdout(filled, tmp_path, capsys):
    with ClaimStore(filled) as s:
        s.mark([s.claims()[0].id], "verified", note="=cmd|' /C calc'!A0")
    out_file = tmp_path / "r.csv"
    code, _, err = run(capsys, "export", "--format", "csv", "-o", str(out_file), "--db", filled)
    assert code == 0 and out_file.exists()
    rows = list(csv.DictReader(io.StringIO(out_file.read_text())))
    assert rows[0]["note"].startswith("'=")
    code, out, _ = run(capsys, "export", "--format", "claimreview", "--org", "Desk", "--db", filled)
    assert json.loads(out)["@graph"][0]["author"]["name"] == "Desk"
    code, out, _ = run(capsys, "export", "--format", "md", "--status", "verified", "--db", filled)
    assert "### Verified (1)" in out and "Unreviewed" not in out
    code, out, _ = run(capsys, "export", "--format", "json", "--db", filled)
    dump = tmp_path / "all.json"
    dump.write_text(out)
    other = str(tmp_path / "other.json")
    code, out, err = run(capsys, "import", str(dump), "--db", other)
    assert code == 0, err
    assert "1 verdict(s) applied" in out


def test_store_location_from_environment(tmp_path, capsys, monkeypatch):
    target = tmp_path / "env" / "desk.json"
    monkeypatch.setenv("CLAIMDESK_DB", str(target))
    (tmp_path / "a.txt").write_text(ARTICLE)
    code, _, _ = run(capsys, "ingest", str(tmp_path / "a.txt"))
    assert code == 0 and target.exists()
    code, out, _ = run(capsys, "stats")
    assert str(target) in out


@pytest.mark.parametrize("verb", [["list"], ["mark", "abcd", "--status", "verified"], ["stats"]])
def test_an_empty_db_path_is_refused_not_the_default_store(verb, tmp_path, monkeypatch, capsys):
    """R13: `--db ""` (an unset shell variable: --db "$DB") fell back to the default store,
    so `mark` would have written to the reviewer's real store."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.delenv("CLAIMDESK_DB", raising=False)
    with pytest.raises(SystemExit) as exit_info:
        main([*verb, "--db", ""])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "--db" in err and "empty" in err and "Traceback" not in err


def test_orphaned_verdicts_are_listed_and_counted(filled, capsys):
    with ClaimStore(filled) as s:
        gone = next(c for c in s.claims() if c.text == "1,200 homes were damaged")
        s.mark([gone.id], "disputed", note="keep me")
        assert s.ingest_extraction(make_extraction(variant=1)).orphaned == 1
    code, out, _ = run(capsys, "list", "--format", "jsonl", "--db", filled)
    rows = {r["id"]: r for r in map(json.loads, out.splitlines())}
    assert rows[gone.id]["orphaned"] is True and rows[gone.id]["note"] == "keep me"
    code, out, _ = run(capsys, "list", "--status", "disputed", "--db", filled)
    assert code == 0 and "(orphaned)" in out
    code, out, _ = run(capsys, "stats", "--db", filled)
    assert code == 0 and "orphaned:  1" in out


# ------------------------------------------------------------------ QA findings Q7, Q8, Q12, Q13
def _ingested(tmp_path, capsys, text=ARTICLE):
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    db = str(tmp_path / "s.json")
    assert run(capsys, "ingest", str(src), "--db", db, "--published", "2025-01-10")[0] == 0
    return db


def _number_row(capsys, db):
    _, out, _ = run(capsys, "list", "--db", db, "--kind", "number", "--format", "jsonl")
    return next(r for r in map(json.loads, out.splitlines()) if r["value"] == 1200)


def test_figure_claims_are_reported_with_what_they_count(tmp_path, capsys):
    """Q7: a figure is reviewed as its sentence, named with its noun, in every report."""
    db = _ingested(tmp_path, capsys)
    num = _number_row(capsys, db)
    assert num["text"] == "at least 1,200"
    assert run(capsys, "mark", num["id"], "--status", "disputed", "--db", db)[0] == 0
    _, out, _ = run(capsys, "export", "--format", "claimreview", "--org", "Desk", "--db", db)
    (review,) = [g for g in json.loads(out)["@graph"] if g["identifier"] == num["id"]]
    sentence = "Harbour master Mara Velin said on Monday that at least 1,200 residents had left."
    # the sentence, cut around the figure to Google's length (under 75 characters)
    reviewed = review["claimReviewed"]
    assert "at least 1,200 residents" in reviewed and len(reviewed) < 75
    assert reviewed.strip("…") in sentence
    assert review["itemReviewed"]["name"] == "at least 1,200 residents"
    _, out, _ = run(capsys, "export", "--format", "md", "--db", db)
    assert f"**at least 1,200 residents** — “{sentence}”" in out
    _, out, _ = run(capsys, "list", "--kind", "number", "--db", db)
    assert out.split("\t")[4] == "at least 1,200 residents"


def test_figure_phrase_and_sentence_stay_verbatim_and_short():
    from claimdesk.store.context import MAX_SENTENCE, claim_sentence, figure_phrase
    from claimdesk.store.records import Claim

    body = "Turnout was 51% of the vote, and six of the 20 districts voted. " + (
        "Officials said " + "very " * 100 + "many, perhaps 7 boats, sank in the storm."
    )

    def num(text, noun, start):
        return Claim(
            id="x", kind="number", article_id="a", text=text, speaker=None, partial=None,
            value=1, unit=None, qualifier=None, noun=noun, hypothetical=None,
            start=start, end=start + len(text),
        )  # fmt: skip

    assert figure_phrase(num("51%", "vote", 12), body) == "51% of the vote"
    assert figure_phrase(num("six", "districts", 33), body) == "six of the 20 districts"
    # the noun past a clause break is not taken; offsets that moved give text + noun
    assert figure_phrase(num("51%", "districts", 12), body) == "51% districts"
    assert figure_phrase(num("51%", "vote", 13), body) == "51% vote"
    assert claim_sentence(num("51%", "vote", 12), body) == body[: body.index(" Officials")]
    long_ = claim_sentence(num("7", "boats", body.index("7 boats")), body)
    assert long_.startswith("…") and "perhaps 7 boats, sank in the storm." in long_
    assert len(long_) <= MAX_SENTENCE + 2
    assert long_[1:] in body
    assert claim_sentence(num("51%", "vote", 13), body) is None  # orphaned offsets


def test_claimreview_of_a_stdin_article_has_no_empty_appearance(tmp_path, capsys, monkeypatch):
    """Q7: stdin text with no title/url/publisher gave "appearance": {"@type": "CreativeWork"}."""
    db = str(tmp_path / "s.json")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE.encode())))
    assert run(capsys, "ingest", "-", "--db", db)[0] == 0
    num = _number_row(capsys, db)
    assert run(capsys, "mark", num["id"], "--status", "verified", "--db", db)[0] == 0
    _, out, _ = run(capsys, "export", "--format", "claimreview", "--org", "Desk", "--db", db)
    for review in json.loads(out)["@graph"]:
        appearance = review["itemReviewed"].get("appearance")
        assert appearance is None or set(appearance) - {"@type"}
    _, out, _ = run(capsys, "export", "--format", "md", "--db", db)
    assert "\n## Untitled article " in out


@pytest.mark.parametrize(
    "argv",
    [
        ("list",),
        ("list", "--format", "jsonl"),
        ("stats",),
        ("export", "--format", "md"),
        ("history",),
        ("articles",),
        ("mark", "abcd", "--status", "verified"),
        ("note", "abcd", "x"),
        ("undo",),
    ],
)
def test_verbs_on_a_missing_store_say_so_and_create_nothing(tmp_path, capsys, argv):
    """Q8: a mistyped --db is "no store at PATH", not an empty store (nor new files)."""
    typo = tmp_path / "demo.jsn"
    code, out, err = run(capsys, *argv, "--db", str(typo))
    assert code == 1 and out == ""
    assert err.strip() == f"claimdesk: no store at {typo}"
    assert list(tmp_path.iterdir()) == []


def test_failed_mark_on_missing_store_creates_no_files(capsys, tmp_path: Path) -> None:
    """A typo in --db must not leave a new empty store (and journal, lock) behind when
    the command fails: the next `list --db typo` would then quietly show 0 claims."""
    db = tmp_path / "typo.json"
    code, _, err = run(capsys, "mark", "abcd", "--status", "verified", "--db", str(db))
    assert code != 0
    assert err.strip().count("\n") == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_missing_default_store_points_at_the_demo_store(tmp_path, capsys, monkeypatch):
    """Q13: after `claimdesk demo`, a bare `claimdesk list` reads the (missing) default
    store; the error says where the demo's verdicts are."""
    monkeypatch.setenv("CLAIMDESK_DB", str(tmp_path / "claimdesk.json"))
    (tmp_path / "claimdesk-demo.json").write_text("{}")
    code, _, err = run(capsys, "list")
    assert code == 1 and err.count("\n") == 1
    assert f"no store at {tmp_path / 'claimdesk.json'}" in err
    assert f"--db {tmp_path / 'claimdesk-demo.json'}" in err


def test_ingest_makes_a_store_only_in_an_existing_directory(tmp_path, capsys):
    """Q8: ingest creates a new store file, not a mistyped directory; a failed first ingest
    leaves no empty store behind."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    missing = tmp_path / "nodir" / "x.json"
    code, _, err = run(capsys, "ingest", str(tmp_path / "a.txt"), "--db", str(missing))
    assert code == 1 and f"no directory {missing.parent}" in err and err.count("\n") == 1
    assert not missing.parent.exists()
    store = tmp_path / "new.json"
    code, _, err = run(capsys, "ingest", str(tmp_path / "gone.txt"), "--db", str(store))
    assert code == 1 and "no such file" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert run(capsys, "ingest", str(tmp_path / "a.txt"), "--db", str(store))[0] == 0
    assert store.exists()


def test_ingest_that_cannot_write_the_store_says_the_listed_articles_were_not_stored(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """QA3 F8: the per-file lines ("added ...") come before the store is written; when the
    write then fails, the error says those articles were not all stored."""
    import errno

    import claimdesk.store.claimstore as claimstore

    sample = sorted(SAMPLE_DATA.glob("*.txt"))
    db = tmp_path / "s.json"
    assert main(["ingest", str(sample[0]), "--db", str(db)]) == 0
    capsys.readouterr()

    def refuse(target, data):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(claimstore, "write_temp", refuse)
    assert main(["ingest", str(sample[1]), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert out.startswith("added")  # said before the write
    assert "cannot write store (Permission denied)" in err
    assert "the articles listed above were not all stored" in err
    assert "Traceback" not in err


def test_discarded_new_store_hands_its_lock_to_a_waiting_writer(tmp_path, monkeypatch):
    """A writer waiting on the lock of a store that its creator removed again (nothing was
    put in it) must lock the lock file now at that path, not the unlinked one."""
    path = tmp_path / "s.json"
    first = ClaimStore(path, exclusive=True)
    got: list[ClaimStore] = []
    with lock_refused(monkeypatch) as waiting:
        t = threading.Thread(target=lambda: got.append(ClaimStore(path, wait=30, exclusive=True)))
        t.start()
        assert waiting.wait(30)  # the second writer found the lock held: it is waiting
    assert first.discard_if_empty() is True
    t.join(30)
    (second,) = got
    try:
        lock = tmp_path / "s.json.ingest.lock"
        assert os.stat(lock).st_ino == os.fstat(second._ingest_lock._fd).st_ino
        with pytest.raises(StoreLocked):
            ClaimStore(path, exclusive=True)
    finally:
        second.close()


def test_piped_tables_are_tab_separated_lines(filled, capsys):
    """Q12: piped output is one line per row with full ids (summary on stderr), so it can
    be read in a pager and fed back to `mark -`; --format table still draws the table."""
    code, out, err = run(capsys, "list", "--db", filled)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 6
    assert all(len(line.split("\t")) == 6 and len(line.split("\t")[0]) == 16 for line in lines)
    assert "repairs would cost USD 4 million" in out
    assert err.strip() == f"6 claim(s) in {filled}"
    code, out, _ = run(capsys, "list", "--format", "table", "--db", filled)
    assert code == 0 and "┃ id" in out and "6 claim(s) in" in out


def test_ids_piped_from_list_mark_those_claims(filled, capsys, monkeypatch):
    _, out, _ = run(capsys, "list", "--kind", "number", "--db", filled)
    ids = "\n".join(line.split("\t")[0] for line in out.splitlines())
    monkeypatch.setattr(sys, "stdin", io.StringIO(ids))
    code, out, _ = run(capsys, "mark", "-", "--status", "dismissed", "--db", filled)
    assert code == 0 and f"dismissed: {len(ids.split())} claim(s) changed" in out


def test_note_help_explains_its_arguments(capsys):
    """Q13."""
    with pytest.raises(SystemExit):
        main(["note", "--help"])
    out = capsys.readouterr().out
    assert "unique prefix" in out and "replaces the old note" in out


def test_export_never_writes_over_a_store(filled, tmp_path, capsys):
    """QA Q28: `-o` naming the store, a companion file, a link to it, or another store is
    refused with one line and the file is left as it was; an ordinary file is written."""
    from pathlib import Path

    db = Path(filled)
    with ClaimStore(db) as s:
        s.mark([s.claims()[0].id], "verified")  # a journal line
    link = tmp_path / "link.json"
    link.symlink_to(db)
    other = tmp_path / "other.json"
    ClaimStore(other).close()
    targets = [db, Path(f"{db}.journal"), Path(f"{db}.lock"), link, other, Path(f"{db}.merges")]
    for target in targets:
        before = target.read_bytes() if target.exists() else None
        code, _, err = run(capsys, "export", "--format", "md", "-o", str(target), "--db", filled)
        assert code == 1 and err.count("\n") == 1 and "not writing the report" in err, target
        assert (target.read_bytes() if target.exists() else None) == before
    code, _, _ = run(
        capsys, "export", "--format", "md", "-o", str(tmp_path / "r.md"), "--db", filled
    )
    assert code == 0 and (tmp_path / "r.md").read_text().startswith("# Claim review")
