"""compare(): the entities first (claims and figures are attributed to them), then the
figures, then the same claims (which take the figures' same-story twins), then the timeline."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import partial

from claimdesk.extract.compare.beside import may_fork, start_beside
from claimdesk.extract.compare.claims import _C, _origin, _same_claim_groups, _text_links
from claimdesk.extract.compare.entities import _Entities
from claimdesk.extract.compare.entity_links import (
    _name_relation,
    _names_clash,
    _role_tokens,
    _role_words,
)
from claimdesk.extract.compare.figures import _figures
from claimdesk.extract.compare.helpers import _uniq
from claimdesk.extract.compare.hold import hold
from claimdesk.extract.compare.nodes import _node_shape
from claimdesk.extract.compare.records import CompareArticle, Comparison, Group, MergeDecision
from claimdesk.extract.compare.split import split_groups
from claimdesk.extract.compare.timeline import timeline
from claimdesk.extract.gc_pause import gc_paused


def compare(
    articles: Sequence[CompareArticle],
    *,
    decisions: Sequence[MergeDecision] = (),
    groups_only: bool = False,
    processes: int = 1,
) -> Comparison:
    """Entities, same-claim groups, figure groups and the timeline for `articles`.
    `groups_only`: the groups alone, with no timeline and no index of who is in which
    group (`entity_of`, `groups_of` empty): for a reader that prints the groups
    (`claimdesk compare`; every date of a desk is 0.2 s at 100k claims). The groups are
    the same either way: no group reads the timeline or the index.
    `processes=2`: on a desk of FORK_MIN_CLAIMS claims or more, the figures are computed
    in a forked child beside the same-claim text links (extract/compare/beside.py), and
    with `groups_only` the entities and entity groups too (extract/compare/split.py):
    the same result, sooner on two cores. Only
    for a caller whose process runs no other thread (the verb, the dashboard's compare
    child); with threads it stays serial."""
    hold(articles)  # (a one-shot verb ends without freeing them: extract/compare/hold.py)
    with gc_paused():
        return _compare(articles, decisions, groups_only, processes)


FORK_MIN_CLAIMS = 20_000  # below, the child's stages take too little to pay for a fork


def _compare(
    articles: Sequence[CompareArticle],
    decisions: Sequence[MergeDecision],
    groups_only: bool,
    processes: int = 1,
) -> Comparison:
    fork = processes > 1 and sum(len(a.claims) for a in articles) >= FORK_MIN_CLAIMS
    if groups_only and may_fork(fork):  # the entities, too, in the child
        split = split_groups(articles, decisions)
        if split is not None:
            return split
        fork = False  # the child failed: all of it here, as the serial run
    ents = _Entities(articles, decisions)
    # printing groups needs no root -> group index: the child builds the entity groups too
    entities_beside = fork and groups_only
    entity_groups, root_gid = ([], {}) if entities_beside else ents.groups()
    entity_of: dict[str, str] = {}
    for n in () if groups_only else ents.nodes:
        gid = root_gid.get(ents.uf.find(n.idx))
        if gid:
            entity_of[n.member] = gid
    label = ents.labeller()

    cs: list[_C] = []
    for art_i, art in enumerate(articles):
        for claim in art.claims:
            node = ents.node_for(art_i, claim.speaker)
            cs.append(_C(claim, art_i, ents.uf.find(node) if node is not None else None))

    for cached in (_names_clash, _name_relation, _node_shape, _role_words, _role_tokens):
        cached.cache_clear()  # the entities' name caches (25 MB at 100k claims): done with
    # the figures (in a child on a big desk, processes=2) beside the same-claim text links
    stage = partial(_figure_stage, cs, articles, ents, label, label.known, entities_beside)
    figures = start_beside(stage, fork)
    if figures.pid == 0:
        figure_groups, twins, _, beside_groups = figures.result()  # (serial: as it always ran)
        uf, why = _text_links(cs)
    else:
        uf, why = _text_links(cs)
        figure_groups, twins, labelled, beside_groups = figures.result()
        _as_parents(figure_groups, labelled, label, cs, articles)
    if entities_beside:
        entity_groups = beside_groups
    claim_groups = _same_claim_groups(cs, articles, label, uf, why, twins)
    groups = entity_groups + claim_groups + figure_groups
    if groups_only:
        return Comparison(groups, [])
    groups_of: dict[str, list[str]] = defaultdict(list)
    for g in groups:
        for m in g.members:
            groups_of[m].append(g.id)
    return Comparison(groups, timeline(articles), entity_of, dict(groups_of))


def _figure_stage(
    cs: list[_C],
    articles: Sequence[CompareArticle],
    ents: _Entities,
    label,
    labels: dict[int, str],
    with_entities: bool,
) -> tuple[list[Group], list[tuple[int, int, str]], dict[int, str], list[Group]]:
    """The figure groups, their same-story twins (claim index pairs for the same-claim
    pass), the entity labels worked out on the way and (`with_entities`) the entity
    groups: what a forked child sends back."""
    twins: list[tuple[int, int, str]] = []
    figure_groups = _figures(cs, articles, ents, label, twins)
    return figure_groups, twins, dict(labels), ents.groups()[0] if with_entities else []


def _as_parents(
    groups: list[Group], labelled: dict[int, str], label, cs: list[_C], articles
) -> None:
    """Give the child's figure groups the parent's own objects where the serial run shares
    them (claim and article ids, outlets, speakers' labels: their fields rebuilt here as
    _figure_group builds them), the child's entities labelled here first, in its order:
    the pickled result (the dashboard's compare child's file) is then byte-identical."""
    for root in labelled:
        label(root)  # (into `labels`, as the serial run's figures put them)
    if not groups:
        return
    at = {c.claim.id: c for c in cs}
    for g in groups:
        fs = [at[m] for m in g.members]
        g.members = [c.claim.id for c in fs]
        g.articles = _uniq(articles[c.art].article_id for c in fs)
        g.outlets = _uniq(articles[c.art].outlet for c in fs)
        g.origins = _uniq(_origin(c, articles, label) for c in fs)
