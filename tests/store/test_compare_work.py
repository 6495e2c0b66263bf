"""Work `claimdesk compare` does not do (issue 18: compare at 100k claims within 3 s):
no collection of the cyclic garbage collector while the one-shot verb reads the desk
and compares (each walked every live object: 0.5 s of CPU at 100k claims), counted
here, never timed. The output is checked against the comparison computed directly."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest

from claimdesk.cli.main import build_parser, main
from claimdesk.store import ClaimStore
from claimdesk.store import comparison as cmp
from claimdesk.store.ingest import ingest_paths
from tests.store.test_compare_features import SAMPLES


@pytest.fixture(scope="module")
def desk(tmp_path_factory) -> Path:
    """The sample articles, ingested (their features kept)."""
    path = tmp_path_factory.mktemp("compare-work") / "desk.json"
    with ClaimStore(path) as st:
        assert all(r.status == "added" for r in ingest_paths(st, SAMPLES))
    return path


def test_the_verb_runs_no_garbage_collection(desk: Path, capsys) -> None:
    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    args = build_parser().parse_args(["--db", str(desk), "compare", "--format", "jsonl"])
    args.db = args.top_db
    gc.collect()
    threshold = gc.get_threshold()
    gc.set_threshold(100, *threshold[1:])  # (a small desk: as often as a big one would)
    gc.callbacks.append(count)
    try:  # (the verb itself: the parser's own start-up is not the desk's)
        assert args.func(args) == 0
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
    assert gc.isenabled()  # (given back as it was)
    assert len(collections) <= 1  # (the young objects once, as the collector is given back)
    rows = capsys.readouterr().out.splitlines()
    direct = cmp.comparison(ClaimStore(desk, readonly=True))
    assert direct is not None
    assert [json.loads(r)["id"] for r in rows] == [g.id for g in direct.groups]


def test_the_dashboards_compare_child_runs_no_garbage_collection(
    desk: Path, tmp_path: Path
) -> None:
    from claimdesk.store import compare_child

    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    out = tmp_path / "comparison.pickle"
    gc.collect()
    threshold = gc.get_threshold()
    gc.set_threshold(100, *threshold[1:])
    gc.callbacks.append(count)
    try:
        assert compare_child.main([str(desk), str(out)]) == 0
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
    assert gc.isenabled()
    assert len(collections) <= 1
    assert out.stat().st_size > 0


def test_groups_are_printed_without_working_out_the_timeline(
    desk: Path, capsys, monkeypatch
) -> None:
    from claimdesk.extract.compare import run as compare_run

    calls: list[int] = []
    real = compare_run.timeline

    def counted(articles):
        calls.append(len(articles))
        return real(articles)

    monkeypatch.setattr(compare_run, "timeline", counted)
    direct = cmp.comparison(ClaimStore(desk, readonly=True))
    assert direct is not None and direct.timeline and len(calls) == 1
    assert main(["--db", str(desk), "compare", "--format", "jsonl"]) == 0
    assert len(calls) == 1  # (the groups: no timeline worked out)
    rows = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in rows] == [g.id for g in direct.groups]
    assert main(["--db", str(desk), "compare", "--kind", "timeline", "--format", "jsonl"]) == 0
    assert len(calls) == 2  # (the timeline asked for: worked out)
    events = [json.loads(r) for r in capsys.readouterr().out.splitlines()]
    assert events == [e.to_dict() for e in direct.timeline]


def test_the_verb_never_imports_the_extraction_pipeline(desk: Path) -> None:
    """Comparing a desk needs no extractor: its patterns were 0.14 s of every start."""
    code = (
        "import sys\n"
        "from claimdesk.cli.main import main\n"
        f"rc = main(['--db', {str(desk)!r}, 'compare', '--format', 'jsonl'])\n"
        "print(rc, sorted(m for m in sys.modules if m.startswith('claimdesk.extract.')"
        " and m.split('.')[2] in ('pipeline', 'numbers', 'dates', 'speech')), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "0 []"
    assert done.stdout.count("\n") > 0  # (it compared)


def _cited(n: int, name_of, role_of, aliases=()) -> list:
    """`n` invented articles, each citing one source (name and role by article number)."""
    from claimdesk.extract.compare import CompareArticle, CompareClaim
    from claimdesk.extract.record import Source

    out = []
    for i in range(n):
        name = name_of(i)
        src = Source(name, "person" if not aliases else "organization", role_of(i))
        src.aliases = list(aliases)
        claim = CompareClaim(f"c{i}", "quote", f"The east wall held in week {i}.", name)
        out.append(CompareArticle(f"a{i}", f"Outlet {i}", "2024-12-17", [src], [claim]))
    return out


def test_a_roles_words_are_read_once_per_role(monkeypatch) -> None:
    """Two harbour masters' names under ten roles: each pair of nodes judged is compared
    on its roles (a few thousand roles, tens of thousands of pairs at 100k claims)."""
    from claimdesk.extract import names
    from claimdesk.extract.compare import compare, entity_links

    roles = [f"deputy harbour master of district {d}" for d in "ABCDEFGHIJ"]
    arts = _cited(40, lambda i: "Mara Velin" if i % 2 else "Mara Vellin", lambda i: roles[i % 10])
    for cache in (getattr(entity_links, n, None) for n in ("_role_words", "_role_tokens")):
        if cache is not None:
            cache.cache_clear()
    entity_links._name_relation.cache_clear()
    seen: list[str] = []
    real = names.tokens

    def counted(text: str) -> list[str]:
        if text in roles:
            seen.append(text)
        return real(text)

    monkeypatch.setattr(names, "tokens", counted)
    result = compare(arts)
    assert len(result.of_kind("same-entity")) == 2  # (each name across its articles)
    assert 0 < len(seen) <= 2 * len(roles)


def test_evidence_is_written_only_for_the_links_made(monkeypatch) -> None:
    """One agency under its name and its acronym in twenty articles: each pair of its
    nodes is a candidate twice (once per name) and links once."""
    from claimdesk.extract.compare import entities

    arts = _cited(20, lambda i: "Regional Transit Authority", lambda i: "", aliases=("RTA",))
    calls: list[str] = []
    real = entities._who

    def counted(node) -> str:
        calls.append(node.name)
        return real(node)

    monkeypatch.setattr(entities, "_who", counted)
    ents = entities._Entities(arts, [])
    assert calls == []  # (linking writes no line: the roots a split child sends need none)
    lines = [entities._said(why) for links in ents.edges.values() for _, why in links]
    assert len(lines) == 19 and all(w.startswith(("same name", "shared alias")) for w in lines)
    assert len(calls) == 2 * len(lines)


def test_a_judged_person_pairs_evidence_is_written_only_if_it_links(monkeypatch) -> None:
    """Two harbour masters' names under ten roles: pairs of nodes are judged one person
    and linked, others not; no line is written while the entities are worked out (a
    split child sends its roots first), each link's line once the groups are."""
    from claimdesk.extract.compare import entities, entity_links

    roles = [f"deputy harbour master of district {d}" for d in "ABCDEFGHIJ"]
    arts = _cited(40, lambda i: "Mara Velin" if i % 2 else "Mara Vellin", lambda i: roles[i % 10])
    calls: list[str] = []
    real = entity_links._who

    def counted(node) -> str:
        calls.append(node.name)
        return real(node)

    monkeypatch.setattr(entity_links, "_who", counted)
    monkeypatch.setattr(entities, "_who", counted)
    ents = entities._Entities(arts, [])
    assert calls == []
    lines = [line for g in ents.groups()[0] for line in g.evidence]
    assert any(line.endswith("both described with 'deputy, district, harbour, master'")
               for line in lines)  # fmt: skip
    assert len(calls) == 2 * sum(len(links) for links in ents.edges.values())


def test_groups_only_gives_the_same_groups_and_no_index(desk: Path) -> None:
    from claimdesk.extract.compare import compare

    st = ClaimStore(desk, readonly=True)
    full = compare(cmp.build_inputs(st), decisions=cmp.decisions(st))
    bare_inputs = cmp.build_inputs(st, dated=False)  # (no date's sentence: no timeline)
    assert any(a.dates for a in bare_inputs)
    assert all(d.context == "" and d.id for a in bare_inputs for d in a.dates)
    bare = compare(bare_inputs, decisions=cmp.decisions(st), groups_only=True)
    assert [g.to_dict() for g in bare.groups] == [g.to_dict() for g in full.groups]
    assert full.timeline and full.groups_of and full.entity_of
    assert (bare.timeline, bare.groups_of, bare.entity_of) == ([], {}, {})
