"""Figure groups: figures about one measure (noun, event, subject, story) in several articles,
consistent when one value can satisfy every figure's interval, a conflict when none can."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from claimdesk.extract import names as nm
from claimdesk.extract.compare.claims import _C, _origin
from claimdesk.extract.compare.entities import _Entities
from claimdesk.extract.compare.figure_features import (
    _subject_of,
    figure_features,
)
from claimdesk.extract.compare.helpers import _fmt, _gid, _UnionFind, _uniq
from claimdesk.extract.compare.intervals import interval
from claimdesk.extract.compare.records import FigureFeatures, Group
from claimdesk.extract.compare.stories import STORY_WORD_CAP, _stories


@dataclass(slots=True)
class _Fig:
    c: _C
    subject: str | None
    subject_key: str | None
    noun: str | None
    event: str
    lo: float
    hi: float
    signature: frozenset[str] = frozenset()
    story: int = -1
    years: frozenset[str] = frozenset()  # '2019' in "deaths in the 2019 flood"
    modal: frozenset[str] = frozenset()  # targets, forecasts, limits, conditionals
    measure: frozenset[str] = frozenset()  # what a % measures: 'inflation', 'unemployment'
    part: str = ""  # 'part' / 'whole' in "four of the ten largest cities"
    related: frozenset[int] | set[int] = frozenset()  # articles linked to this one's story
    idx: int = -1
    rare_subject: bool = False  # the subject names few articles: it can link stories
    outlet: str = ""


def _figure(c: _C, ff: FigureFeatures, speaker_words: set[str], speaker_stems: set[str]) -> _Fig:
    """A figure of the desk: its features, with the subject and the words around it told
    apart from its speaker's name (known once names are resolved)."""
    claim = c.claim
    phrase = _subject_of(ff.subjects, speaker_words, ff.modifiers)
    drop = speaker_stems
    if phrase:
        drop = drop | {nm.stem(w) for w in nm.tokens(phrase)}
    lo, hi = interval(claim.value, claim.qualifier)
    return _Fig(
        c,
        phrase,
        nm.place_key(phrase) if phrase else None,
        ff.noun,
        ff.event,
        lo,
        hi,
        frozenset(ff.clause).difference(drop),
        -1,
        frozenset(ff.years),
        frozenset(ff.modal),
        frozenset(ff.measure),
        ff.part,
    )


def _comparable(a: _Fig, b: _Fig) -> bool:
    """Two figures measure the same thing: same noun and unit (the block), no conflicting
    subject or event, one story (or the same named subject), and a shared word around
    them unless their events already say what they count."""
    if a.c.art == b.c.art:
        return False
    named = bool(a.rare_subject and a.subject_key and a.subject_key == b.subject_key)
    if b.c.art not in a.related and not named:
        return False  # another story: articles not linked by shared names
    if a.part or b.part:
        return False  # "four of the ten cities": a share of a whole, not a count to compare
    if (a.noun == "%" or a.measure or b.measure) and (not a.measure or a.measure != b.measure):
        return False  # interest rate vs inflation vs unemployment: different measures
    if a.subject_key and b.subject_key and a.subject_key != b.subject_key:
        return False
    if a.event and b.event and a.event != b.event:
        return False
    if a.years != b.years or a.modal != b.modal:
        return False  # another year, or a target / forecast / limit / what-if
    if a.story != b.story and not (a.subject_key and a.subject_key == b.subject_key):
        return False  # (callers only pair related articles or one named subject)
    if a.event and a.event == b.event:
        return True
    if a.rare_subject and a.subject_key == b.subject_key:
        return True  # the same (rarely named) subject, the same noun: one measure
    return bool(a.signature & b.signature)


_SUBJECT_CAP = 300  # figures about one subject compared across stories, at most


def _figures(
    cs: list[_C], articles, ents: _Entities, label, twins: list[tuple[int, int, str]] | None = None
) -> list[Group]:
    """Figure groups; `twins` gets (claim index, claim index, why) for the same figure
    (value, qualifier, unit) about the same measure in two articles: one claim."""
    stories, related = _stories(articles)
    figs = _desk_figures(cs, articles, ents, stories, related)
    _mark_rare_subjects(figs, articles)
    uf = _UnionFind(len(figs))
    edges: set[tuple[int, int]] = set()
    _link_in_stories(figs, cs, related, uf, edges, twins)
    _link_by_subject(figs, uf, edges)
    by_measure: dict[tuple, list[_Fig]] = defaultdict(list)
    for f in figs:
        by_measure[(f.story, f.noun, f.event, f.c.claim.unit)].append(f)
    out: list[Group] = []
    for fs in _linked_groups(figs, uf, edges):
        if len(fs) < 2 or len({f.c.art for f in fs}) < 2:
            continue
        out.append(_figure_group(fs, by_measure, articles, label))
    return out


def _desk_figures(
    cs: list[_C],
    articles,
    ents: _Entities,
    stories: list[int],
    related: list[set[int]],
) -> list[_Fig]:
    """Every figure of the desk, from its features (read at ingest, else now), told apart
    from its speaker's name and placed in its article's story."""
    figs: list[_Fig] = []
    no_words: set[str] = set()
    stems_of: dict[int, set[str]] = {}  # id(speaker words) -> their stems
    for c in cs:
        claim = c.claim
        if claim.kind != "number":
            continue
        known = articles[c.art].features
        if known is not None and claim.id in known.figures:
            ff = known.figures[claim.id]
        else:
            ff = figure_features(claim)
        if ff is None:
            continue
        words = ents.words_of(c.entity, c.art) if c.entity is not None else no_words
        stems = stems_of.get(id(words))
        if stems is None:
            stems = stems_of[id(words)] = {nm.stem(w) for w in words}
        f = _figure(c, ff, words, stems)
        f.story = stories[c.art]
        f.related = related[c.art]
        f.outlet = articles[c.art].outlet
        f.idx = len(figs)
        figs.append(f)
    return figs


def _mark_rare_subjects(figs: list[_Fig], articles) -> None:
    """A subject named in few articles can link figures across stories (a common one,
    "Ukraine", cannot)."""
    subject_arts: dict[str, set[int]] = defaultdict(set)
    for f in figs:
        if f.subject_key:
            subject_arts[f.subject_key].add(f.c.art)
    rare = max(6, min(STORY_WORD_CAP, len(articles) // 50))  # as for story words
    for f in figs:
        f.rare_subject = bool(f.subject_key) and len(subject_arts[f.subject_key]) <= rare


def _link_in_stories(
    figs: list[_Fig],
    cs: list[_C],
    related: list[set[int]],
    uf: _UnionFind,
    edges: set[tuple[int, int]],
    twins: list[tuple[int, int, str]] | None,
) -> None:
    """Link comparable figures with the same noun and unit in related articles (one
    story: articles linked by shared names); the same value and qualifier is a twin."""
    by_article: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(figs):
        by_article[(f.c.art, f.noun, f.c.claim.unit)].append(i)
    index_of = {id(c): k for k, c in enumerate(cs)} if twins is not None else {}
    for i, f in enumerate(figs):
        a = f.c.claim
        for other_art in related[f.c.art]:
            if other_art <= f.c.art:
                continue
            for j in by_article.get((other_art, f.noun, a.unit), ()):
                g = figs[j]
                if not _comparable(f, g) or _vetoed(f, g):
                    continue
                uf.union(i, j)
                edges.add((min(i, j), max(i, j)))
                b = g.c.claim
                if (
                    twins is not None
                    and float(a.value or 0) == float(b.value or 0)
                    and (a.qualifier or "") == (b.qualifier or "")
                    and (float(a.value or 0) >= 10 or a.unit)
                ):
                    twins.append(
                        (
                            index_of[id(f.c)],
                            index_of[id(g.c)],
                            f"the same figure {_fmt(a.value)} ({f.noun}) in one story",
                        )
                    )


def _link_by_subject(figs: list[_Fig], uf: _UnionFind, edges: set[tuple[int, int]]) -> None:
    """Link comparable figures about one rarely named subject across stories."""
    by_subject: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(figs):
        if f.rare_subject:
            by_subject[(f.subject_key, f.noun, f.c.claim.unit)].append(i)
    for idxs in by_subject.values():  # one named subject across stories
        if len(idxs) < 2 or len(idxs) > _SUBJECT_CAP:
            continue
        for x in range(len(idxs)):
            for y in range(x + 1, len(idxs)):
                fa, fb = figs[idxs[x]], figs[idxs[y]]
                if fa.story != fb.story and _comparable(fa, fb) and not _vetoed(fa, fb):
                    uf.union(idxs[x], idxs[y])
                    edges.add((idxs[x], idxs[y]))


def _linked_groups(
    figs: list[_Fig], uf: _UnionFind, edges: set[tuple[int, int]]
) -> list[list[_Fig]]:
    """The linked chains of figures, each split into groups nothing says differ."""
    linked: dict[int, list[_Fig]] = defaultdict(list)
    for i, f in enumerate(figs):
        linked[uf.find(i)].append(f)
    adjacent: dict[int, set[int]] = defaultdict(set)  # the links, as neighbours
    for a, b in edges:
        adjacent[a].add(b)
        adjacent[b].add(a)
    return [
        fs for chain_ in linked.values() if len(chain_) > 1 for fs in _cliques(chain_, adjacent)
    ]


def _figure_group(fs: list[_Fig], by_measure: dict[tuple, list[_Fig]], articles, label) -> Group:
    """One figure group: consistent when one value satisfies every figure's interval,
    with each figure's range, and the figures of another subject left out."""
    fs.sort(key=lambda f: (f.c.art, f.c.claim.start, f.c.claim.id))
    subj = next((f.subject_key for f in fs if f.subject_key), None)
    noun = fs[0].noun
    event = next((f.event for f in fs if f.event), "")
    unit = fs[0].c.claim.unit
    lo = max(f.lo for f in fs)
    hi = min(f.hi for f in fs)
    consistent = lo <= hi
    evidence = []
    for f in fs:
        cl = f.c.claim
        q = f"{cl.qualifier} " if cl.qualifier else ""
        rng = f"[{_fmt(f.lo)}, {'∞' if math.isinf(f.hi) else _fmt(f.hi)}]"
        who = label(f.c.entity) or "unattributed"
        what = f"{cl.unit} of {cl.noun}" if cl.unit and cl.noun else (cl.noun or noun)
        evidence.append(
            f"{articles[f.c.art].outlet}: {q}{_fmt(cl.value)} {what} ({who}) allows {rng}"
        )
    if consistent:
        evidence.insert(0, f"consistent: all figures can hold at once ({_range_text(lo, hi)})")
    else:
        evidence.insert(0, "conflict: " + _first_clash(fs))
    arts_here = {g.c.art for g in fs}
    members_here = {id(g) for g in fs}
    others = [
        f
        for f in by_measure[(fs[0].story, noun, event, unit)]
        if id(f) not in members_here
        and f.c.art in arts_here
        and f.subject_key
        and subj
        and f.subject_key != subj
    ]
    for f in others[:3]:
        evidence.append(
            f"not compared: {_fmt(f.c.claim.value)} {f.c.claim.noun or noun} about "
            f"{f.subject} ({articles[f.c.art].outlet}), a different subject"
        )
    subject = next((f.subject for f in fs if f.subject), None)
    event_txt = f" {event}" if event else ""
    unit_txt = f" ({unit})" if unit and unit != noun else ""
    measure = next((f.measure for f in fs if f.measure), frozenset())
    # a share names what it measures: "turnout %", not a bare "%"
    what = " ".join(sorted(measure)) + " %" if noun == "%" and measure else noun
    head = f"{subject} {what}" if subject else what
    return Group(
        id=_gid("figures", [f.c.claim.id for f in fs]),
        kind="figures",
        label=f"{head}{event_txt}{unit_txt}",
        members=[f.c.claim.id for f in fs],
        articles=_uniq(articles[f.c.art].article_id for f in fs),
        outlets=_uniq(articles[f.c.art].outlet for f in fs),
        origins=_uniq(_origin(f.c, articles, label) for f in fs),
        consistent=consistent,
        evidence=evidence,
        confidence=0.7 if event else 0.6,
        subject=subj,
    )


_GROUP_CAP = 12  # more figures than this about "one measure" is a blocking failure


_RATIO_CAP = 5.0  # two counts of one thing rarely differ five-fold: 40M vs 1.8M is two things


def _vetoed(a: _Fig, b: _Fig) -> bool:
    """Evidence that two figures are about different things (one group never holds both)."""
    named = bool(a.rare_subject and a.subject_key and a.subject_key == b.subject_key)
    if not named and (a.story != b.story or (a.c.art != b.c.art and b.c.art not in a.related)):
        return True  # another story, or articles not linked by shared names
    if a.c.art != b.c.art and b.c.art not in a.related and a.outlet == b.outlet:
        return True  # one outlet's two unrelated articles: two events, not a conflict
    if a.part or b.part or a.measure != b.measure or a.years != b.years or a.modal != b.modal:
        return True
    if a.subject_key and b.subject_key and a.subject_key != b.subject_key:
        return True
    if a.event != b.event and a.event and b.event:
        return True
    va, vb = abs(float(a.c.claim.value or 0)), abs(float(b.c.claim.value or 0))
    small, big = min(va, vb), max(va, vb)
    return small > 0 and big / small > _RATIO_CAP


def _cliques(fs: list[_Fig], linked: dict[int, set[int]]) -> list[list[_Fig]]:
    """Split a chain of pairwise links into groups: a figure joins a group when it is
    linked to one member and nothing says it differs from any (a single-link chain joins
    unrelated figures through one shared neighbour); groups stay under _GROUP_CAP.
    `linked`: each figure's neighbours by index."""
    fs = sorted(fs, key=lambda f: (f.c.art, f.c.claim.start, f.c.claim.id))
    out: list[list[_Fig]] = []
    pending = list(fs)
    while pending:
        group = [pending.pop(0)]
        in_group = {group[0].idx}
        grown = True
        while grown and len(group) < _GROUP_CAP:
            grown = False
            for f in pending:
                if not linked[f.idx].isdisjoint(in_group) and not any(_vetoed(f, g) for g in group):
                    group.append(f)
                    in_group.add(f.idx)
                    pending.remove(f)
                    grown = True
                    break
        out.append(group)
    return [g for g in out if len(g) > 1]


def _range_text(lo: float, hi: float) -> str:
    if math.isinf(hi):
        return f"{_fmt(lo)} or more"
    if abs(hi - lo) < 1e-9 * max(1.0, abs(lo)):
        return _fmt(lo)
    return f"{_fmt(lo)}–{_fmt(hi)}"


def _first_clash(fs: list[_Fig]) -> str:
    for i, a in enumerate(fs):
        for b in fs[i + 1 :]:
            if a.hi < b.lo or b.hi < a.lo:
                return f"{_fmt(a.c.claim.value)} and {_fmt(b.c.claim.value)} cannot both hold"
    return "no value satisfies every figure"
