"""`claimdesk watch`: the real command against a local server of invented feeds and pages."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.store import ClaimStore
from claimdesk.store.paths import watch_state_path
from tests.support.feed_server import FeedServer, feed_server
from tests.support.watch_pages import atom, page, rss

CLAIMDESK = [sys.executable, "-m", "claimdesk"]
DAY = "Mon, 16 Dec 2024 08:00:00 GMT"


def watch(db: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`claimdesk watch --once` (no pause between requests: one local host)."""
    argv = [*CLAIMDESK, "watch", "--once", "--db", str(db), "--host-interval", "0"]
    argv += ["--log", str(db.with_name("watch.log")), *args]
    return subprocess.run(
        argv, capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})}
    )


def articles(db: Path) -> dict[str, object]:
    """url -> Article, as the store on disk holds them."""
    store = ClaimStore(db, readonly=True)
    try:
        return {a.url: a for a in store.articles()}
    finally:
        store.close()


@pytest.fixture
def server():
    with feed_server() as srv:
        yield srv


def three_item_feed(srv: FeedServer, slugs=("ferry", "library", "orchard")) -> tuple[str, list]:
    """The Oskel Gazette's RSS feed; the library page names no outlet of its own."""
    links = [
        srv.put(f"/news/{s}.html", page(s, site=None if s == "library" else "Velm Courier"))
        for s in slugs
    ]
    items = [(f"oskel-{i}", link, DAY) for i, link in enumerate(links)]
    srv.put("/feed.xml", rss("Oskel Gazette", items), "application/rss+xml")
    return srv.url("/feed.xml"), items


def test_a_feed_once_then_nothing_then_its_fourth_item(server, tmp_path):
    """The issue's "done when": 3 items in, a second run adds nothing (conditional
    requests answered 304), a 4th item adds one article with its outlet."""
    db = tmp_path / "desk.json"
    feed, items = three_item_feed(server)
    first = watch(db, feed)
    assert first.returncode == 0, first.stderr
    assert "3 new, 0 updated, 0 error(s)" in first.stdout
    on_desk = articles(db)
    assert len(on_desk) == 3
    library = server.url("/news/library.html")
    assert on_desk[library].publisher == "Oskel Gazette"  # the page names none: the feed's title
    assert on_desk[server.url("/news/ferry.html")].publisher == "Velm Courier"  # the page's own
    assert on_desk[library].published == "2024-12-16"
    assert watch_state_path(db).exists()

    before = len(server.requests)
    second = watch(db, feed)
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 updated, 0 error(s)" in second.stdout
    again = server.requests[before:]
    assert [(r.path, r.status) for r in again] == [("/feed.xml", 304)]  # no page fetched again
    assert again[0].headers.get("If-None-Match")
    assert again[0].headers.get("If-Modified-Since") == DAY
    assert len(articles(db)) == 3

    link = server.put("/news/bridge.html", page("bridge", site="Kestrow Post"))
    server.put(
        "/feed.xml", rss("Oskel Gazette", [*items, ("oskel-3", link, DAY)]), "application/rss+xml"
    )
    before = len(server.requests)
    third = watch(db, feed)
    assert third.returncode == 0, third.stderr
    assert "1 new, 0 updated" in third.stdout
    assert [r.path for r in server.requests[before:]] == ["/feed.xml", "/news/bridge.html"]
    on_desk = articles(db)
    assert len(on_desk) == 4
    assert on_desk[link].publisher == "Kestrow Post"


def test_a_changed_page_is_an_update_that_keeps_its_verdicts(server, tmp_path):
    db = tmp_path / "desk.json"
    link = server.put("/n/ferry.html", page("ferry"))
    feed = server.put(
        "/atom.xml",
        atom("Oskel Gazette", [("urn:ferry", link, "2024-12-16T09:00:00Z")]),
        "application/atom+xml",
    )
    assert watch(db, feed).returncode == 0
    store = ClaimStore(db)
    claim = next(c for c in store.claims() if "Varnow" in (c.speaker or ""))
    store.mark([claim.id], "verified")
    aid = claim.article_id
    store.close()

    later = "<p>Varnow added that a second pier would be inspected on Friday.</p>"
    server.put("/n/ferry.html", page("ferry", extra=later))
    server.put(
        "/atom.xml",
        atom("Oskel Gazette", [("urn:ferry", link, "2024-12-16T15:00:00Z")]),
        "application/atom+xml",
    )
    run = watch(db, feed)
    assert run.returncode == 0, run.stderr
    assert "0 new, 1 updated" in run.stdout
    store = ClaimStore(db, readonly=True)
    try:
        assert [a.id for a in store.articles()] == [aid]  # the same article, updated
        assert "second pier" in store.article(aid).body
        assert store.claim(claim.id).status == "verified"
    finally:
        store.close()


def test_a_page_url_is_read_as_a_page_and_checked_again_conditionally(server, tmp_path):
    db = tmp_path / "desk.json"
    link = server.put("/story/orchard", page("orchard"))
    assert "1 new" in watch(db, link).stdout
    before = len(server.requests)
    run = watch(db, link)
    assert "0 new, 0 updated, 0 error(s)" in run.stdout
    assert [(r.path, r.status) for r in server.requests[before:]] == [("/story/orchard", 304)]
    assert len(articles(db)) == 1


def test_broken_sources_are_lines_and_the_others_go_on(server, tmp_path):
    """Malformed XML, 404, 500, a redirect loop, a slow server, a non-HTML page, an
    oversize page: each one line in the output and the log; the good feed is read."""
    db = tmp_path / "desk.json"
    good, _items = three_item_feed(server)
    bad = {
        "malformed": server.put(
            "/bad.xml",
            '<?xml version="1.0"?><rss><channel><item><title>x</ti',
            "application/rss+xml",
        ),
        "404": server.url("/missing.xml"),
        "500": server.put("/down.xml", "", status=500),
        "loop": server.put("/loop", "", status=302, location="/loop"),
        "slow": server.put("/slow.xml", "<rss/>", "application/rss+xml", slow=True),
        "png": server.put("/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png"),
        "big": server.put("/big.html", page("bridge", extra="<p>filler</p>" * 4000)),
    }
    # (no retries: the fetcher's own test holds them; here they would only add waiting)
    run = watch(db, good, *bad.values(), "--timeout", "1", "--retries", "0", "--max-bytes", "40000")
    assert run.returncode == 0, run.stderr  # not every source failed
    assert "Traceback" not in run.stderr + run.stdout
    assert "3 new" in run.stdout and "7 source(s) failed" in run.stdout
    log = db.with_name("watch.log").read_text(encoding="utf-8")
    reasons = {
        "malformed": "malformed feed XML",
        "404": "HTTP 404",
        "500": "HTTP 500",
        "loop": "redirect",
        "slow": "timed out",
        "png": "neither a feed nor an HTML page (image/png)",
        "big": "larger than 40000 bytes",
    }
    for name, url in bad.items():
        line = next((x for x in run.stdout.splitlines() if url in x), "")
        assert reasons[name] in line, (name, run.stdout)
        assert reasons[name] in log, name
    assert len(articles(db)) == 3


def test_every_source_failing_is_exit_1_with_a_summary(server, tmp_path):
    db = tmp_path / "desk.json"
    run = watch(db, server.url("/nothing.xml"))
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == ["claimdesk: every source failed (1); see the log"]
    assert not db.exists()  # nothing stored: no empty desk left behind


@pytest.mark.parametrize(
    "url", ["file:///etc/hostname", "ftp://127.0.0.1/feed.xml", "javascript:alert(1)"]
)
def test_a_url_that_is_not_http_is_refused(tmp_path, url):
    run = watch(tmp_path / "desk.json", url)
    assert run.returncode == 1
    assert "only http(s) URLs are fetched" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_a_redirect_to_a_file_url_is_refused(server, tmp_path):
    db = tmp_path / "desk.json"
    feed = server.put("/away.xml", "", status=302, location="file:///etc/hostname")
    run = watch(db, feed)
    assert run.returncode == 1
    assert "only http(s) URLs are fetched (file: refused)" in run.stdout


def test_feeds_in_the_config_file_are_followed_by_watch_alone(server, tmp_path):
    db = tmp_path / "desk.json"
    feed, _items = three_item_feed(server, slugs=("ferry",))
    config = tmp_path / "config.toml"
    config.write_text(f'[watch]\nfeeds = ["{feed}"]\nevery = "5m"\n', encoding="utf-8")
    run = watch(db, env={"CLAIMDESK_CONFIG": str(config)})
    assert run.returncode == 0, run.stderr
    assert "1 source(s): 1 new" in run.stdout
    none = watch(db, env={"CLAIMDESK_CONFIG": str(tmp_path / "absent.toml")})
    assert none.returncode == 1 and "nothing to watch" in none.stderr


@pytest.mark.parametrize(
    ("signum", "code", "said"),
    [(signal.SIGINT, 130, "watch: stopped"), (signal.SIGTERM, 0, "")],
    ids=["ctrl-c", "sigterm"],
)
def test_ctrl_c_stops_a_running_watch_cleanly(server, tmp_path, signum, code, said):
    """SIGINT (ctrl+c) or SIGTERM (a service stopping) to a real `watch --every` between
    passes: exit 130 or 0, no traceback, the desk readable with every article of the
    pass."""
    db = tmp_path / "desk.json"
    feed, _items = three_item_feed(server)
    argv = [*CLAIMDESK, "watch", feed, "--every", "10m", "--db", str(db), "--host-interval", "0"]
    argv += ["--log", str(tmp_path / "watch.log")]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()  # the first pass's summary: it is waiting now
        assert "3 new" in line
        proc.send_signal(signum)
        _out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code
    assert "Traceback" not in err
    assert err.strip() == said
    assert len(articles(db)) == 3
    state = json.loads(watch_state_path(db).read_text(encoding="utf-8"))
    assert len(state["urls"]) == 4  # the feed and its three pages


def test_a_bad_watch_table_in_the_config_file_is_one_line(tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[watch]\nfeeds = ["ftp://127.0.0.1/feed.xml"]\n', encoding="utf-8")
    run = watch(tmp_path / "desk.json", env={"CLAIMDESK_CONFIG": str(config)})
    assert run.returncode == 1
    assert run.stderr.strip().splitlines() == [
        f"claimdesk: {config}:2: [watch] feeds holds the string 'ftp://127.0.0.1/feed.xml', "
        'not an http(s) URL; write it as feeds = ["https://example.org/feed.xml"]'
    ]


def test_an_ingest_is_not_refused_while_a_pass_waits_on_the_network(server, tmp_path):
    """Between two articles a pass holds no lock: `claimdesk ingest` (which does not
    wait) succeeds while `watch` waits on a slow page, and both articles end on the desk."""
    db = tmp_path / "desk.json"
    assert watch(db, server.put("/n/ferry.html", page("ferry"))).returncode == 0
    slow = server.put("/n/bridge.html", page("bridge"), slow=True)
    argv = [*CLAIMDESK, "watch", "--once", slow, "--db", str(db), "--host-interval", "0"]
    argv += ["--log", str(tmp_path / "watch.log"), "--timeout", "60", "--retries", "0"]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert server.slow_asked.wait(60)  # the pass is on the network now
        article = tmp_path / "orchard.txt"
        article.write_text(
            "Grower Anke Rausel said about 40 percent of the blossom had been lost.\n",
            encoding="utf-8",
        )
        ingest = subprocess.run(
            [*CLAIMDESK, "ingest", str(article), "--db", str(db)],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert ingest.returncode == 0, ingest.stderr
        server.release.set()  # the slow page answers now
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "1 new" in out
    assert len(articles(db)) == 3


def test_an_item_already_on_the_desk_is_not_stored_twice(server, tmp_path):
    """The same story under another link (the same bytes: its fingerprint), a page whose
    canonical URL is an article's, and a link `ingest URL` already stored (not fetched)."""
    db = tmp_path / "desk.json"
    library = server.put("/n/library.html", page("library"))
    ingested = subprocess.run(
        [*CLAIMDESK, "ingest", library, "--db", str(db)], capture_output=True, text=True
    )
    assert ingested.returncode == 0, ingested.stderr
    ferry = server.put("/n/ferry.html", page("ferry"))
    a = server.put("/a.xml", rss("Oskel Gazette", [("a1", ferry, DAY)]), "application/rss+xml")
    copy = server.put("/n/ferry.html?ref=b", page("ferry"))
    canonical = f'<link rel="canonical" href="{ferry}">'
    moved = server.put(
        "/n/ferry-amp.html",
        page("ferry", extra="<p>Shared 20 times.</p>").replace("</head>", canonical + "</head>"),
    )
    b = server.put(
        "/b.xml",
        rss("Brannock Daily", [("b1", copy, DAY), ("b2", moved, DAY), ("b3", library, DAY)]),
        "application/rss+xml",
    )
    run = watch(db, a, b)
    assert run.returncode == 0, run.stderr
    assert "1 new, 0 updated, 0 error(s)" in run.stdout
    assert len(articles(db)) == 2  # the library (ingested before) and the ferry, once each
    assert server.seen("/n/library.html")[-1].headers.get("User-Agent")  # only by `ingest`
    assert len(server.seen("/n/library.html")) == 1
    log = db.with_name("watch.log").read_text(encoding="utf-8")
    assert f"{copy}: the same page as {ferry}" in log
    assert f"{moved}: its canonical URL {ferry} is on the desk already" in log


def test_an_item_that_failed_is_tried_again_on_the_next_pass(server, tmp_path):
    """A page that answered 500 is not forgotten: the feed is not taken as read (no 304
    next time), and the next pass stores the page once it is back."""
    db = tmp_path / "desk.json"
    ferry = server.put("/n/ferry.html", page("ferry"))
    bridge = server.put("/n/bridge.html", "", status=500)
    items = [("f", ferry, DAY), ("b", bridge, DAY)]
    feed = server.put("/feed.xml", rss("Oskel Gazette", items), "application/rss+xml")
    first = watch(db, feed, "--retries", "0")
    assert first.returncode == 0 and "1 new, 0 updated, 1 error(s)" in first.stdout
    server.put("/n/bridge.html", page("bridge"))
    second = watch(db, feed, "--retries", "0")
    assert "1 new, 0 updated, 0 error(s)" in second.stdout
    assert len(articles(db)) == 2
    assert len(server.seen("/n/ferry.html")) == 1  # what was stored is not fetched again


def test_a_watch_every_that_is_not_a_duration_is_refused_by_config_check(
    tmp_path, monkeypatch, capsys
):
    from tests.support.cli import run

    config = tmp_path / "config.toml"
    config.write_text('[watch]\nevery = "soon"\n', encoding="utf-8")
    monkeypatch.setenv("CLAIMDESK_CONFIG", str(config))
    code, _out, err = run(capsys, "config", "check")
    assert code == 1
    assert err.strip() == (
        f"claimdesk: {config}:2: [watch] every is not a duration (the string 'soon'); "
        'write it as every = "30s", "10m" or "1h"'
    )
    config.write_text('[watch]\nevery = "5m"\n', encoding="utf-8")
    code, out, _err = run(capsys, "config", "check")
    assert code == 0 and "watch every 5m" in out


def test_the_date_is_the_pages_else_the_items(server, tmp_path):
    db = tmp_path / "desk.json"
    own = server.put("/n/ferry.html", page("ferry"))  # says 2024-12-16 itself
    undated = server.put("/n/bridge.html", page("bridge", published=None))
    items = [
        ("f", own, "Wed, 18 Dec 2024 07:00:00 GMT"),
        ("b", undated, "Tue, 17 Dec 2024 06:00:00 GMT"),
    ]
    feed = server.put("/feed.xml", rss("Kestrow Post", items), "application/rss+xml")
    assert watch(db, feed).returncode == 0
    on_desk = articles(db)
    assert on_desk[own].published == "2024-12-16"  # the page's word beats the item's
    assert on_desk[undated].published == "2024-12-17"  # the page says none: the item's


def test_watch_follows_a_feed_into_a_server_desk(server, pg_server, tmp_path):
    """The same verb on a PostgreSQL desk: three items in, a second pass adds nothing
    (its state is this machine's, named by the server's address), outlets as on a file."""
    from claimdesk.store.backend import open_store

    dsn = pg_server.fresh_dsn()
    feed, _ = three_item_feed(server)
    argv = [*CLAIMDESK, "watch", "--once", "--db", dsn, "--host-interval", "0"]
    argv += ["--log", str(tmp_path / "watch.log"), feed]
    first = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "3 new, 0 updated, 0 error(s)" in first.stdout
    second = subprocess.run(argv, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0, second.stderr
    assert "0 new, 0 updated, 0 error(s)" in second.stdout
    assert watch_state_path(dsn).exists() and not Path(dsn).exists()
    with open_store(dsn, readonly=True) as store:
        outlets = {a.url: a.publisher for a in store.articles()}
    assert outlets[server.url("/news/library.html")] == "Oskel Gazette"
    assert outlets[server.url("/news/ferry.html")] == "Velm Courier"
