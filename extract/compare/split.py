"""The groups of a big desk in two processes from the start: the entities in a forked
child, the same-claim text links in the parent (`compare(groups_only=True, processes=2)`).

The text links need the entities only as each claim's speaker cluster (an int per
claim), and the claim groups only the labels of the speakers they name; the figures and
the entity groups need the entities themselves. So the child, forked as soon as the
inputs are built, works out the entities, sends each claim's cluster root, computes the
figures (and their same-story twins), builds the entity groups (while the parent joins
the twins) and labels the speakers of the parent's claim groups. Meanwhile the
parent tokenises the texts and finds their candidates across speakers (which need no
entity), then blocks them by speaker and links them, joins the figures' twins and
builds the claim groups: it never builds the entities at all, where the stage-beside
run (extract/compare/beside.py) built them before forking and then linked the texts
alone. At 100k claims the entities are ~0.85 s of one core, the text links ~0.75 s, the
figures and entity groups ~0.5 s.

Only for printing groups (`claimdesk compare`): the groups are equal to the serial
run's, but the strings of the child's labels are the child's objects, so a result kept
as a pickle (the dashboard's compare child) would not be the same bytes; that one keeps
the stage-beside run. Messages go through two pipes as pickles; if the child fails (or
fork cannot be used) the parent computes everything itself, serially: the same result.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
from array import array
from collections.abc import Sequence
from typing import Any, BinaryIO

from claimdesk.extract.compare.beside import fork_child
from claimdesk.extract.compare.claims import (
    _C,
    _claim_clusters,
    _groups_of_clusters,
    _inside_pairs,
    _link_the_rest,
    _link_tokenised,
    _texts,
    _tokenise,
    _word_blocks,
)
from claimdesk.extract.compare.entities import _Entities
from claimdesk.extract.compare.entity_links import (
    _name_relation,
    _names_clash,
    _role_tokens,
    _role_words,
)
from claimdesk.extract.compare.figures import _figures
from claimdesk.extract.compare.hold import hold, reaped_at_exit
from claimdesk.extract.compare.nodes import _node_shape
from claimdesk.extract.compare.records import CompareArticle, Comparison, Group, MergeDecision

_PIPE_BYTES = 1 << 20  # the roots of 250k claims: the child never waits for the parent


class ChildFailed(Exception):
    """The child died or sent something unreadable: compute here instead."""


def _pipe() -> tuple[int, int]:
    r, w = os.pipe()
    with contextlib.suppress(OSError, AttributeError, ValueError):
        import fcntl

        fcntl.fcntl(w, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)  # (Linux; elsewhere the default)
    return r, w


def split_groups(
    articles: Sequence[CompareArticle], decisions: Sequence[MergeDecision]
) -> Comparison | None:
    """The groups (no timeline, no index) with the entities in a forked child; None when
    the child failed (the caller then computes serially)."""
    down_r, down_w = _pipe()  # parent -> child: the speakers to label
    up_r, up_w = _pipe()  # child -> parent: roots, then figures and entity groups, labels

    def child() -> None:  # (if it fails, the parent computes it all itself)
        os.close(down_w)
        os.close(up_r)
        with os.fdopen(up_w, "wb") as up, os.fdopen(down_r, "rb") as down:
            _child(articles, decisions, up, down)

    pid = fork_child(child)
    os.close(down_r)
    os.close(up_w)
    try:
        with os.fdopen(up_r, "rb") as up, os.fdopen(down_w, "wb") as down:
            return _parent(articles, up, down)
    except ChildFailed:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        return None
    finally:
        if not reaped_at_exit():  # (the verb's own process: not waited for, see hold.py)
            os.waitpid(pid, 0)


def _claims_of(articles: Sequence[CompareArticle]) -> list[_C]:
    """Every claim of every article, in order, with no entity yet."""
    return [_C(claim, art_i, None) for art_i, art in enumerate(articles) for claim in art.claims]


def _receive(up: BinaryIO) -> Any:
    try:
        return pickle.load(up)
    except Exception as exc:  # EOF (the child died), a torn message
        raise ChildFailed from exc


def _parent(articles: Sequence[CompareArticle], up: BinaryIO, down: BinaryIO) -> Comparison:
    cs = _claims_of(articles)
    texts = _texts(cs)
    _tokenise(cs, texts)  # (while the child works out the entities)
    words = _word_blocks(cs, texts)  # (the blocks across speakers need no entity either)
    inside = _inside_pairs(cs)  # (nor which figure a quote holds)
    hold(cs, texts, words, inside)  # (a one-shot verb ends without freeing them)
    roots = _receive(up)
    if not isinstance(roots, array) or len(roots) != len(cs):
        raise ChildFailed
    for c, root in zip(cs, roots, strict=True):
        if root >= 0:
            c.entity = root
    uf, why = _link_tokenised(cs, texts, words)
    hold(uf, why)
    figure_groups, twins = _receive(up)
    _link_the_rest(cs, uf, why, twins, inside)
    clusters = _claim_clusters(cs, uf)
    wanted = sorted({e for _, idxs in clusters for i in idxs if (e := cs[i].entity) is not None})
    try:
        _send(down, wanted)
    except OSError as exc:  # (the child is gone)
        raise ChildFailed from exc
    labels = dict(zip(wanted, _receive(up), strict=True))
    claim_groups = _groups_of_clusters(cs, articles, labels.get, uf, why, clusters)
    entity_groups = _receive(up)  # (built by the child while this joined the twins)
    groups: list[Group] = entity_groups + claim_groups + figure_groups
    return Comparison(groups, [])


def _child(
    articles: Sequence[CompareArticle],
    decisions: Sequence[MergeDecision],
    up: BinaryIO,
    down: BinaryIO,
) -> None:
    ents = _Entities(articles, decisions)
    cs = _claims_of(articles)
    roots = array("i", bytes(4 * len(cs)))  # (node indices: 4 bytes each)
    # each claim's speaker node, as the entities found it (the claims in this order), and
    # every node's root in one pass: no lookup of a speaker again, no find() per claim
    root_of = ents.uf.roots()
    for k, (c, node) in enumerate(zip(cs, ents.claim_nodes, strict=True)):
        if node is None:
            roots[k] = -1
        else:
            c.entity = roots[k] = root_of[node]
    _send(up, roots)
    for cached in (_names_clash, _name_relation, _node_shape, _role_words, _role_tokens):
        cached.cache_clear()  # (as the serial run: the name caches are done with)
    label = ents.labeller()

    twins: list[tuple[int, int, str]] = []
    figure_groups = _figures(cs, articles, ents, label, twins)
    _send(up, (figure_groups, twins))
    entity_groups = ents.groups()[0]  # (while the parent joins the twins)
    _send(up, [label(r) for r in pickle.load(down)])  # (the speakers of the claim groups)
    _send(up, entity_groups)


def _send(pipe: BinaryIO, message: Any) -> None:
    pickle.dump(message, pipe, protocol=pickle.HIGHEST_PROTOCOL)
    pipe.flush()
