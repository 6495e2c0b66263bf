"""Comparison features read at ingest (store/features.py): a comparison that joins them
gives exactly the comparison that reads every article again, and the file is only ever a
cache (missing, stale, damaged or old: the articles are read instead)."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from claimdesk.extract.compare import CompareArticle, article_features, compare
from claimdesk.extract.record import Source
from claimdesk.store import ClaimStore, features
from claimdesk.store import comparison as cmp
from claimdesk.store.ingest import ingest_paths
from claimdesk.store.paths import features_path
from tests.support.paths import SAMPLE_DATA

SAMPLES = sorted(str(p) for p in SAMPLE_DATA.iterdir() if p.suffix in {".txt", ".md", ".html"})


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("features") / "desk.json"
    with ClaimStore(path) as st:
        results = list(ingest_paths(st, SAMPLES))
    assert all(r.status == "added" for r in results), results
    return path


def _copy(desk: Path, tmp_path: Path, *, with_features: bool = True) -> Path:
    for p in desk.parent.iterdir():
        if p.name.endswith(".lock") or (p.name.endswith(".features") and not with_features):
            continue
        (tmp_path / p.name).write_bytes(p.read_bytes())
    return tmp_path / desk.name


def _fresh_comparison(path: Path) -> dict:
    """The comparison reading every article (no features file; read-only: none written)."""
    moved = features_path(path).with_suffix(".away")
    if features_path(path).exists():
        features_path(path).rename(moved)
    try:
        st = ClaimStore(path, readonly=True)
        inputs = cmp.build_inputs(st)
        assert not features_path(path).exists()
        return compare(inputs, decisions=cmp.decisions(st)).to_dict()
    finally:
        if moved.exists():
            moved.rename(features_path(path))


def test_ingest_keeps_every_articles_features(desk):
    st = ClaimStore(desk, readonly=True)
    raw = features.read_raw(desk)
    assert set(raw) == {a.id for a in st.articles()}
    prints = st.fingerprints()
    assert all(features.fingerprint_of(raw[aid]) == prints[aid] for aid in raw)
    figures = sum(len(features.decode(r).features.figures) for r in raw.values())
    assert figures == sum(1 for c in st.claims() if c.kind == "number")


def test_joining_features_gives_the_same_comparison(desk, tmp_path):
    path = _copy(desk, tmp_path)
    st = ClaimStore(path, readonly=True)
    inputs = cmp.build_inputs(st)
    assert all(a.features is not None for a in inputs)
    # the figures' sentences were not needed: features stood in for them
    assert all(c.context == "" for a in inputs for c in a.claims)
    joined = compare(inputs, decisions=cmp.decisions(st)).to_dict()
    assert joined["groups"] and joined["timeline"]
    assert joined == _fresh_comparison(path)


def test_features_round_trip_through_the_file(desk):
    st = ClaimStore(desk, readonly=True)
    art = next(a for a in cmp.build_inputs(st) if any(c.kind == "number" for c in a.claims))
    entry = features.decode(features.read_raw(desk)[art.article_id])
    assert entry is not None
    again = features.decode(json.loads(json.dumps(features.encode(entry))))
    assert again == entry


def test_features_equal_those_read_from_the_article(desk, tmp_path):
    """What ingest kept is what reading the article now gives (nothing stale)."""
    path = _copy(desk, tmp_path, with_features=False)
    st = ClaimStore(path, readonly=True)
    kept = {k: features.decode(v).features for k, v in features.read_raw(desk).items()}
    for art in cmp.build_inputs(st):
        read = art.features
        assert read is not None
        assert kept[art.article_id].figures == read.figures
        assert kept[art.article_id].story_words == read.story_words
        assert kept[art.article_id].mentions == read.mentions
        assert kept[art.article_id].aliases == read.aliases
        assert kept[art.article_id].aliases.keys() == {s.name for s in art.sources}


@pytest.mark.parametrize(
    "damage",
    [b"", b"{not json", b'{"version": 999, "articles": {}}', b'{"version": 1, "articles": []}'],
    ids=["empty", "garbage", "another version", "wrong shape"],
)
def test_a_damaged_features_file_is_read_around_and_rewritten(desk, tmp_path, damage):
    path = _copy(desk, tmp_path)
    want = _fresh_comparison(path)
    features_path(path).write_bytes(damage)
    with ClaimStore(path) as st:  # a writer keeps what it had to work out again
        got = compare(cmp.build_inputs(st), decisions=cmp.decisions(st)).to_dict()
    assert got == want
    articles = ClaimStore(path, readonly=True).articles()
    assert set(features.read_raw(path)) == {a.id for a in articles}


def test_a_stale_entry_is_not_used(desk, tmp_path):
    """An entry whose fingerprint is not the article's (the article changed) is read again:
    here its figures are emptied, which would drop every figure group if it were used."""
    path = _copy(desk, tmp_path)
    want = _fresh_comparison(path)
    raw = features.read_raw(path)
    for entry in raw.values():
        entry[0] = "not-this-article"
        entry[5] = {cid: None for cid in entry[5]}
    features.write_raw(path, raw)
    st = ClaimStore(path, readonly=True)
    assert compare(cmp.build_inputs(st), decisions=cmp.decisions(st)).to_dict() == want


@pytest.mark.parametrize("junk", [5, {"a": 1}, [], ["fp"], None], ids=repr)
def test_entries_of_the_wrong_shape_are_read_around(desk, tmp_path, junk):
    path = _copy(desk, tmp_path)
    want = _fresh_comparison(path)
    raw = features.read_raw(path)
    features.write_raw(path, dict.fromkeys(raw, junk))
    with ClaimStore(path) as st:
        got = compare(cmp.build_inputs(st), decisions=cmp.decisions(st)).to_dict()
        assert cmp.refresh_features(st) == 0  # what it had to read again is kept
    assert got == want


def _first_figure(entry: list) -> list:
    return next(ff for ff in entry[5].values() if ff is not None)


_BAD_VALUES = {
    "a null mention": lambda e: e[3].append(None),
    "a list as a mention": lambda e: e[3].append([]),
    "a number as a subject": lambda e: _first_figure(e)[2].append(1),
    "a list in the clause": lambda e: _first_figure(e)[3].append([]),
    "a null alias": lambda e: e[4].update({"Somebody": [None]}),
    "a word list that is a string": lambda e: (
        e[2].__setitem__(slice(None), []) or e.__setitem__(2, "words")
    ),
    "a date offset as text": lambda e: e[1].append(["0", 1, None]),
    "a noun that is a number": lambda e: _first_figure(e).__setitem__(0, 7),
}


@pytest.mark.parametrize("damage", list(_BAD_VALUES), ids=list(_BAD_VALUES))
def test_values_of_the_wrong_type_are_read_around(desk, tmp_path, damage):
    """An entry with the right fingerprint but a value of the wrong type inside (a hand-
    edited or damaged file) is read again, never handed to the comparison (QA3 F1)."""
    path = _copy(desk, tmp_path)
    want = _fresh_comparison(path)
    raw = features.read_raw(path)
    for entry in raw.values():
        if any(ff is not None for ff in entry[5].values()):
            _BAD_VALUES[damage](entry)
    features.write_raw(path, raw)
    st = ClaimStore(path, readonly=True)
    assert compare(cmp.build_inputs(st), decisions=cmp.decisions(st)).to_dict() == want


def test_the_features_are_what_the_comparison_reads(desk, tmp_path):
    """The converse, so that the tests above could fail: an entry with the right
    fingerprint is trusted, and emptying its figures removes the figure groups."""
    path = _copy(desk, tmp_path)
    raw = features.read_raw(path)
    for entry in raw.values():
        entry[5] = {cid: None for cid in entry[5]}
    features.write_raw(path, raw)
    st = ClaimStore(path, readonly=True)
    result = compare(cmp.build_inputs(st), decisions=cmp.decisions(st))
    assert result.of_kind("figures") == []
    assert _fresh_comparison(path)["groups"] != result.to_dict()["groups"]


def test_reingesting_a_changed_article_refreshes_its_entry(desk, tmp_path):
    path = _copy(desk, tmp_path)
    source = next(p for p in SAMPLES if p.endswith(".txt"))
    mine = tmp_path / Path(source).name
    text = Path(source).read_text(encoding="utf-8")
    mine.write_text("Updated: the count was revised.\n\n" + text, encoding="utf-8")
    with ClaimStore(path) as st:
        [first] = list(ingest_paths(st, [str(mine)]))
    old = features.read_raw(path)[first.article_id]
    with mine.open("a", encoding="utf-8") as fh:
        fh.write("\n\nOfficials said at least 4,321 homes were damaged.\n")
    with ClaimStore(path) as st:
        [res] = list(ingest_paths(st, [str(mine)]))
    assert res.status == "updated" and res.article_id == first.article_id
    new = features.read_raw(path)[res.article_id]
    assert new[0] != old[0]
    assert ClaimStore(path, readonly=True).fingerprints()[res.article_id] == new[0]
    figs = features.decode(new).features.figures
    assert any(ff is not None and ff.event == "damaged" for ff in figs.values())
    st = ClaimStore(path, readonly=True)
    joined = compare(cmp.build_inputs(st), decisions=cmp.decisions(st)).to_dict()
    assert joined == _fresh_comparison(path)


def _gur_desk() -> list[CompareArticle]:
    body = "Ukraine's military intelligence agency, the GUR, said 30 soldiers were wounded."
    a = CompareArticle(
        "a",
        "Outlet A",
        None,
        [Source("Ukraine's military intelligence agency", "organization")],
        body=body,
    )
    b = CompareArticle("b", "Outlet B", None, [Source("GUR", "organization")], body="GUR said so.")
    return [a, b]


_with = dataclasses.replace


def _linked(articles: list[CompareArticle]) -> bool:
    return any(g.kind == "same-entity" for g in compare(articles).groups)


def test_a_source_name_the_features_do_not_know_is_read_from_the_text():
    """Source names come from the whole desk (the first spelling seen): a name the
    article's entry lacks gets its appositive aliases ("..., the GUR,") read from the body."""
    arts = _gur_desk()
    assert _linked(arts)
    with_features = [dataclasses.replace(a, features=article_features(a)) for a in arts]
    assert with_features[0].features.aliases == {"Ukraine's military intelligence agency": ("GUR",)}
    assert _linked(with_features)
    unknown = [
        dataclasses.replace(a, features=dataclasses.replace(a.features, aliases={}))
        for a in with_features
    ]
    assert _linked(unknown)
    # and a name the entry knows is taken from it, not read again
    nothing = {a.article_id: dict.fromkeys(a.features.aliases, ()) for a in with_features}
    known_none = [
        dataclasses.replace(
            a, features=dataclasses.replace(a.features, aliases=nothing[a.article_id])
        )
        for a in with_features
    ]
    assert not _linked(known_none)


# What article_features() gives for the two hand-made seed-shaped records, per version of
# store.features.FEATURES_VERSION. A change to how an article is read for the comparison
# must bump that version (else desks keep features the new code would not give): when
# this test fails, bump it and put the new digest here.
FEATURES_DIGESTS = {1: "ff98453b8dae6591", 2: "dfb40877465751fa"}


def test_the_features_version_is_bumped_when_the_reading_changes():
    from claimdesk.extract.compare import from_extraction
    from tests.support.compare_store_records import newsweek, nyt

    arts = [from_extraction(nyt(), "nyt"), from_extraction(newsweek(), "nw")]
    encoded = [features.encode(features.Entry("fp", [], article_features(a))) for a in arts]
    digest = hashlib.sha256(json.dumps(encoded, sort_keys=True).encode()).hexdigest()[:16]
    assert FEATURES_DIGESTS.get(features.FEATURES_VERSION) == digest, (
        f"article_features() changed: bump FEATURES_VERSION and record {digest!r}"
    )
