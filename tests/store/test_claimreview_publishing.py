"""ClaimReview a publisher can paste into a page: safe inside <script>, signed by the
organisation with the page that hosts it, a short claimReviewed, a rating scale, dated by
its verdict, no orphans, no appearance without a url, one type per speaker."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimdesk.extract.record import Quote, Source, Statement
from claimdesk.store import ClaimStore, StoreError
from claimdesk.store.claimreview import REVIEWED_MAX, verdict_dates
from claimdesk.store.export import export
from claimdesk.store.records import HistoryEntry
from claimdesk.store.verdict_states import BY_NAME, RATING_BEST, RATING_WORST
from tests.support.store_fixtures import BODY, make_extraction, span

ORG = "Aster Fact Desk"

LONG_BODY = BODY + (
    " The council’s engineers said the breakwater, which was built of granite blocks in "
    "the winter after the great storm and widened twice since, had been “patched and "
    "braced” overnight by three crews working under floodlights."
)


@pytest.fixture
def store(tmp_path):
    ext = make_extraction(LONG_BODY, url="https://gazette.example/harbour")
    said = "the breakwater, which was built of granite blocks in the winter after the great storm"
    ext.statements.append(Statement(said, "The council's engineers", *span(LONG_BODY, said)))
    ext.quotes.append(
        Quote(
            "patched and braced",
            "The council's engineers",
            True,
            *span(LONG_BODY, "patched and braced"),
        )
    )
    ext.sources.append(Source("The council’s engineers", "organization", None, []))
    s = ClaimStore(tmp_path / "s.json")
    s.ingest_extraction(ext)
    s.mark([c.id for c in s.claims() if c.kind != "number"], "verified", note="ok")
    s.mark([c.id for c in s.claims() if c.kind == "number"], "disputed")
    yield s
    s.close()


def _reviews(store, **kw) -> list[dict]:
    return json.loads(export(store, "claimreview", **{"org": ORG, **kw}))["@graph"]


def test_a_note_holding_a_script_end_tag_cannot_end_the_script_element(store) -> None:
    """Finding 19: `</script>` in a note passed through unchanged and, pasted in a page,
    ended the JSON-LD's <script> element."""
    cid = store.claims()[0].id
    note = 'checked </script><script>alert("x")</script> & <!-- done'
    store.set_note(cid, note)
    text = export(store, "claimreview", org=ORG)
    assert not re.search(r"[<>&]", text)
    assert "\\u003c/script\\u003e" in text
    back = {r["identifier"]: r for r in json.loads(text)["@graph"]}
    assert back[cid]["reviewRating"]["ratingExplanation"] == note


def test_the_organisation_is_required_and_its_urls_are_given(store) -> None:
    """Findings 17, 18: without --org the author silently became "claimdesk"; no `url` (the
    page hosting the review, which Google requires) could be given."""
    with pytest.raises(StoreError, match="--org"):
        export(store, "claimreview")
    with pytest.raises(StoreError, match="not an http"):
        export(store, "claimreview", org=ORG, review_url="checks/{id}")
    reviews = _reviews(
        store, org_url="https://aster.example", review_url="https://aster.example/c/{id}"
    )
    assert reviews
    for r in reviews:
        assert r["url"] == f"https://aster.example/c/{r['identifier']}"
        assert r["author"] == {"@type": "Organization", "name": ORG, "url": "https://aster.example"}
    one_page = _reviews(store, review_url="https://aster.example/harbour-check")
    assert {r["url"] for r in one_page} == {"https://aster.example/harbour-check"}


def test_claim_reviewed_is_short_and_a_partial_quote_keeps_its_sentence(store) -> None:
    """Finding 20: claimReviewed ran to 320 characters, and a partial quote was a bare
    fragment ("patched and braced")."""
    reviews = _reviews(store)
    assert len(reviews) == len(store.claims())
    for r in reviews:
        assert 0 < len(r["claimReviewed"]) <= REVIEWED_MAX
    partial = next(r for r in reviews if "patched and braced" in r["claimReviewed"])
    assert partial["claimReviewed"] != "patched and braced"
    assert "overnight" in partial["claimReviewed"] or "said" in partial["claimReviewed"]
    long_ = next(r for r in reviews if "granite" in r["claimReviewed"])
    assert long_["claimReviewed"].endswith("…")


def test_the_rating_has_its_scale_from_the_verdict_table(store) -> None:
    """Finding 20: no ratingValue/bestRating/worstRating; the scale is the one table's."""
    for r in _reviews(store):
        rating = r["reviewRating"]
        state = next(s for s in BY_NAME.values() if s.rating == rating["alternateName"])
        assert rating["ratingValue"] == state.rating_value
        assert (rating["bestRating"], rating["worstRating"]) == (RATING_BEST, RATING_WORST)
        assert RATING_WORST <= rating["ratingValue"] <= RATING_BEST


def test_the_review_is_dated_by_its_verdict_not_a_later_note_edit() -> None:
    """Finding 20: datePublished moved with a later note edit."""

    def entry(seq, cid, a, b, at, note="") -> HistoryEntry:
        return HistoryEntry(seq, cid, a, b, "", note, "r", at)

    class History:
        def history(self, cid=None):
            return [
                entry(1, "c1", "unreviewed", "verified", "2025-01-02T10:00:00Z"),
                entry(2, "c1", "verified", "verified", "2025-02-20T10:00:00Z", "edited"),
                entry(3, "c2", "unreviewed", "disputed", "2025-01-05T10:00:00Z"),
                entry(4, "c2", "disputed", "verified", "2025-03-01T09:00:00Z"),
            ]

    assert verdict_dates(History()) == {"c1": "2025-01-02", "c2": "2025-03-01"}  # type: ignore[arg-type]


def test_orphans_and_appearances_without_a_url_are_left_out(tmp_path) -> None:
    """Finding 20: an orphaned claim was exported as a review of an article that no longer
    holds it; an article read from a file got an appearance with only a publisher."""
    with ClaimStore(tmp_path / "s.json") as s:
        s.ingest_extraction(make_extraction())  # no url
        gone = next(c for c in s.claims() if c.text == "1,200 homes were damaged")
        s.mark([c.id for c in s.claims()], "verified")
        s.ingest_extraction(make_extraction(variant=1))
        assert s.claim(gone.id).orphaned
        reviews = json.loads(export(s, "claimreview", org=ORG))["@graph"]
        ids = {r["identifier"] for r in reviews}
        assert gone.id not in ids and len(ids) == len([c for c in s.claims() if not c.orphaned])
        assert all("appearance" not in r["itemReviewed"] for r in reviews)


def test_one_speaker_is_one_type_whatever_the_apostrophe(store) -> None:
    """Finding 20: "The council’s engineers" (an organisation among the sources) became a
    Person when a claim spelled it with a straight apostrophe."""
    types = {
        r["itemReviewed"]["author"]["@type"]
        for r in _reviews(store)
        if "council" in r["itemReviewed"]["author"]["name"]
    }
    assert types == {"Organization"}


# the schema.org terms a ClaimReview may use (types and properties of schema.org)
SCHEMA_TERMS = frozenset(
    {
        "ClaimReview", "Claim", "Rating", "Organization", "Person", "CreativeWork",
        "url", "identifier", "claimReviewed", "reviewRating", "itemReviewed", "author",
        "datePublished", "ratingValue", "bestRating", "worstRating", "alternateName",
        "ratingExplanation", "name", "appearance", "headline", "publisher",
    }
)  # fmt: skip


def _terms(node) -> set[str]:
    if isinstance(node, list):
        return set().union(*(_terms(x) for x in node)) if node else set()
    if not isinstance(node, dict):
        return set()
    out = {k for k in node if not k.startswith("@")}
    if isinstance(node.get("@type"), str):
        out.add(node["@type"])
    return out.union(*(_terms(v) for v in node.values()))


def test_every_term_is_a_schema_org_term(tmp_path) -> None:
    """The JSON-LD expands cleanly against https://schema.org: no made-up key."""
    with ClaimStore(tmp_path / "s.json") as s:
        s.ingest_extraction(make_extraction(url="https://gazette.example/harbour"))
        s.mark([c.id for c in s.claims()], "verified", note="checked")
        doc = json.loads(
            export(
                s,
                "claimreview",
                org=ORG,
                org_url="https://aster.example",
                review_url="https://aster.example/c/{id}",
            )
        )
    assert doc["@context"] == "https://schema.org"
    used = _terms(doc["@graph"])
    assert used <= SCHEMA_TERMS, used - SCHEMA_TERMS
    assert {"url", "ratingValue", "appearance", "publisher"} <= used


WORDS = st.sampled_from(["the", "port", "at", "least", "3,400", "residents", "—"])


@settings(max_examples=200, deadline=None)
@given(
    st.lists(WORDS, max_size=60),
    st.integers(0, 59),
    st.integers(1, 6),
)
def test_claim_reviewed_windows_stay_short_and_keep_the_claim(words, at, size) -> None:
    """Whatever the sentence, the window is at most REVIEWED_MAX and holds the claim."""
    from claimdesk.store.claimreview import around, cut

    text = " ".join(words)
    part = " ".join(words[at : at + size])
    got = around(text, part)
    assert len(got) <= REVIEWED_MAX and len(cut(text)) <= REVIEWED_MAX
    if part and len(part) < REVIEWED_MAX - 2:
        assert part in got
