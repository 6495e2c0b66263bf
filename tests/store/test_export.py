"""Exports: CSV formula neutralising, Markdown escaping, JSON round trip, ClaimReview JSON-LD."""

from __future__ import annotations

import csv
import io
import json

import pytest

from claimdesk.store import ClaimStore, StoreError
from claimdesk.store.export import csv_cell, export, md_escape
from claimdesk.store.importer import import_export
from tests.support.store_fixtures import make_extraction


@pytest.fixture
def store(tmp_path):
    ext = make_extraction(url="https://gazette.example/harbour")
    ext.quotes[0].text = '=HYPERLINK("http://x","y")'
    s = ClaimStore(tmp_path / "s.json")
    s.ingest_extraction(ext)
    by_text = {c.text: c for c in s.claims()}
    s.mark([by_text['=HYPERLINK("http://x","y")'].id], "verified", note="@SUM(A1) | <b>ok</b>")
    s.mark([by_text["repairs would cost USD 4 million"].id], "disputed", note="budget says 3m")
    s.mark([by_text["at least 1,200"].id], "dismissed")
    yield s
    s.close()


def _csv_rows(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_neutralises_formulas_and_keeps_numbers_numeric(store):
    text = export(store, "csv")
    rows = _csv_rows(text)
    hyper = next(r for r in rows if "HYPERLINK" in r["text"])
    assert hyper["text"] == '\'=HYPERLINK("http://x","y")'
    assert hyper["note"].startswith("'@SUM")
    # numbers are written bare (a spreadsheet reads them as numbers), not quoted or prefixed
    assert "\r\n" in text
    num_line = next(line for line in text.splitlines() if ",4000000," in line)
    assert "'4000000" not in num_line and '"4000000"' not in num_line
    usd = next(r for r in rows if r["value"] == "4000000")
    assert usd["unit"] == "USD" and usd["kind"] == "number"


@pytest.mark.parametrize("bad", ["=1+1", "+1", "-1+2", "@cmd", "\tx", "\rx"])
def test_csv_cell_prefixes_every_formula_start(bad):
    assert csv_cell(bad) == "'" + bad
    assert csv_cell("plain") == "plain"
    assert csv_cell(-5) == -5 and csv_cell(2.5) == 2.5


def test_markdown_groups_by_article_and_status_and_escapes(store):
    md = export(store, "md")
    assert md.startswith("# Claim review")
    assert "## Harbour wall holds" in md
    assert md.index("### Verified (1)") < md.index("### Disputed (1)") < md.index("### Dismissed")
    assert "<b>" not in md and "&lt;b&gt;ok&lt;/b&gt;" in md
    assert "\\|" in md  # the note's pipe cannot break the table
    for line in md.splitlines():
        if line.startswith("| ") and "HYPERLINK" in line:
            assert line.count(" | ") == 5  # still six cells
    assert md_escape("a|b\nc <i>") == "a\\|b c &lt;i&gt;"
    only = export(store, "md", status="disputed")
    assert "budget says 3m" in only and "Verified" not in only


def test_claimreview_is_schema_org_json_ld(store):
    doc = json.loads(export(store, "claimreview", org="Aster Fact Desk"))
    assert doc["@context"] == "https://schema.org"
    reviews = doc["@graph"]
    assert len(reviews) == 2  # verified and disputed only, never dismissed/unreviewed
    ratings = {r["reviewRating"]["alternateName"] for r in reviews}
    assert ratings == {"Verified", "Disputed"}
    for r in reviews:
        assert r["@type"] == "ClaimReview"
        for key in ("claimReviewed", "reviewRating", "itemReviewed", "author", "datePublished"):
            assert key in r, key
        assert r["reviewRating"]["@type"] == "Rating"
        assert r["author"] == {"@type": "Organization", "name": "Aster Fact Desk"}
        item = r["itemReviewed"]
        assert item["@type"] == "Claim"
        assert item["author"]["@type"] in ("Person", "Organization") and item["author"]["name"]
        assert item["appearance"]["url"] == "https://gazette.example/harbour"
        assert item["datePublished"] == "2025-03-03"
        assert len(r["datePublished"]) == 10
    disputed = next(r for r in reviews if r["reviewRating"]["alternateName"] == "Disputed")
    assert disputed["reviewRating"]["ratingExplanation"] == "budget says 3m"
    assert disputed["itemReviewed"]["author"] == {"@type": "Person", "name": "Tomas Reyd"}


def test_json_export_has_everything_and_imports_into_a_new_store(store, tmp_path):
    # make an orphan too
    gone = next(c for c in store.claims() if c.text == "1,200 homes were damaged")
    store.mark([gone.id], "disputed", note="orphan to be")
    store.ingest_extraction(make_extraction(variant=1, url="https://gazette.example/harbour"))
    text = export(store, "json")
    doc = json.loads(text)
    assert doc["format"] == "claimdesk-export"
    assert doc["articles"][0]["body"] and doc["articles"][0]["sources"]
    assert len(doc["claims"]) == len(store.claims())
    assert len(doc["history"]) == len(store.history())
    with ClaimStore(tmp_path / "copy.json") as other:
        report = import_export(other, text.encode(), reviewer="importer")
        assert report["articles"] == 1 and report["added"] == 1
        mine = {c.id: (c.status, c.note, c.orphaned, c.text) for c in store.claims()}
        theirs = {c.id: (c.status, c.note, c.orphaned, c.text) for c in other.claims()}
        assert theirs == mine
        # importing again changes nothing
        again = import_export(other, text.encode())
        assert again["unchanged"] == 1 and again["verdicts"] == 0
    with ClaimStore(tmp_path / "copy.json", readonly=True) as r:
        assert r.claim(gone.id).orphaned and r.claim(gone.id).note == "orphan to be"


def test_import_applies_only_verdicts_newer_than_the_stores(store):
    """QA Q30: importing an older export must not revert a later decision in this store;
    a newer one (a colleague's later verdict) is applied, and a claim with no verdict here
    takes the export's."""
    by_text = {c.text: c for c in store.claims()}
    mine = by_text["repairs would cost USD 4 million"]  # disputed here, "budget says 3m"
    fresh = by_text["1,200 homes were damaged"]  # unreviewed here
    doc = json.loads(export(store, "json"))

    def imported(stamp: str) -> dict:
        for row in doc["claims"]:
            if row["id"] in (mine.id, fresh.id):
                row.update(status="verified", note="theirs", reviewed_at=stamp)
        return import_export(store, json.dumps(doc).encode(), reviewer="colleague")

    report = imported("2000-01-01T00:00:00Z")
    assert report["skipped"] == 1 and report["verdicts"] == 1
    assert (store.claim(mine.id).status, store.claim(mine.id).note) == (
        "disputed",
        "budget says 3m",
    )
    assert (store.claim(fresh.id).status, store.claim(fresh.id).note) == ("verified", "theirs")
    report = imported("2999-01-01T00:00:00Z")
    assert report["skipped"] == 0 and report["verdicts"] == 1
    assert (store.claim(mine.id).status, store.claim(mine.id).note) == ("verified", "theirs")


def test_import_refuses_other_json(tmp_path):
    with ClaimStore(tmp_path / "s.json") as s:
        with pytest.raises(StoreError, match="not a claimdesk JSON export"):
            import_export(s, b'{"a": 1}')
        with pytest.raises(StoreError, match="not valid JSON"):
            import_export(s, b"{")


def test_unknown_format_is_an_error(store):
    with pytest.raises(StoreError, match="unknown export format"):
        export(store, "xml")
