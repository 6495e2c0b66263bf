"""The store verbs end to end: ingest (files, dirs, stdin, URL), list, mark, note, undo,
history, stats, articles, export."""

from __future__ import annotations

import csv
import http.server
import io
import json
import sys
import threading

import pytest
from store_fixtures import make_extraction

from store import ClaimStore
from tui.cli import main

ARTICLE = (
    "Harbour master Mara Velin said on Monday that at least 1,200 residents had left.\n\n"
    "“The east wall held,” Velin said.\n"
)


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


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
    code, out, _ = run(capsys, "list", "--source", "Reyd", "--db", filled)
    assert code == 0 and "Tomas Reyd" in out and "Mara Velin" not in out
    assert "claim(s)" in out


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
        assert r.claim(ids[2]).note == "ask the council" and r.claim(ids[2]).reviewer == "bo"
    code, out, _ = run(capsys, "undo", "--db", filled)
    assert code == 0 and "undid 1 change(s)" in out
    code, out, _ = run(capsys, "history", "--format", "jsonl", "--db", filled)
    hist = [json.loads(x) for x in out.splitlines()]
    assert [h["to_status"] for h in hist] == ["verified", "verified", "unreviewed", "unreviewed"]
    assert hist[-1]["undo_of"] == hist[-2]["seq"]
    code, out, _ = run(capsys, "history", ids[0], "--db", filled)
    assert code == 0 and "1 change(s)" in out
    code, out, _ = run(capsys, "stats", "--db", filled)
    assert code == 0 and filled in out and "2 verified" in out and "3 number" in out
    code, out, _ = run(capsys, "stats", "--format", "json", "--db", filled)
    assert json.loads(out)["by_status"]["verified"] == 2
    code, out, _ = run(capsys, "articles", "--db", filled)
    assert "1 article(s)" in out
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
