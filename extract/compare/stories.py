"""Which articles tell one story: linked when they share rare capitalised words. Figures
are compared only inside a story (or about one rarely named subject)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from itertools import chain

from claimdesk.extract.compare.figure_features import _NOT_SUBJECT
from claimdesk.extract.compare.helpers import _UnionFind
from claimdesk.extract.compare.records import CompareArticle

# "[A-Z](?<!\w[A-Z])" is "\b[A-Z]" that re can find by its first letter (2x faster on bodies)
_STORY_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[a-z]{3,}\b")
STORY_WORD_CAP = 30  # a story covered by more articles than this is rare on one desk
STORY_SHARE = 0.2


def _story_words(art: CompareArticle) -> frozenset[str]:
    """Capitalised words of an article that may name its story (lower-cased)."""
    text = art.body or " ".join(c.context or c.text for c in art.claims)
    own = set(map(str.lower, _STORY_WORD.findall(art.outlet or "")))
    # an outlet's own name (and bylines) link its articles to each other, not a story
    return frozenset(_words_in(text)) - _NOT_SUBJECT - own


def _words_in(text: str) -> set[str]:
    """The story words of `text`, lower-cased, found a piece at a time (cut at spaces,
    which no story word holds): a list of every capitalised word of a huge article was
    1.5x its size at once (issue 12, finding 9)."""
    found: set[str] = set()
    at, size = 0, len(text)
    while at < size:
        stop = text.find(" ", min(at + _PIECE, size))
        stop = size if stop < 0 else stop
        found.update(map(str.lower, _STORY_WORD.findall(text, at, stop)))
        at = stop
    return found


_PIECE = 1 << 16  # characters searched at once


def _stories(articles: Sequence[CompareArticle]) -> tuple[list[int], list[set[int]]]:
    """Articles about one story: linked when they share two rare capitalised words.

    Returns each article's story (connected linked articles) and its linked articles.
    """
    words = [a.features.story_words if a.features else _story_words(a) for a in articles]
    df = Counter(chain.from_iterable(words))
    cap = max(6, min(STORY_WORD_CAP, len(articles) // 50))  # a name in more is not one story
    index: dict[str, list[int]] = defaultdict(list)
    n_rare = [0] * len(articles)
    for i, ws in enumerate(words):
        for w in ws:
            if 2 <= df[w] <= cap:
                index[w].append(i)
                n_rare[i] += 1
    shared: Counter[tuple[int, int]] = Counter()
    for arts in index.values():
        for x in range(len(arts)):
            for y in range(x + 1, len(arts)):
                shared[(arts[x], arts[y])] += 1
    uf = _UnionFind(len(articles))
    related: list[set[int]] = [set() for _ in articles]
    for (x, y), n in shared.items():
        # two names in common, and a fair share of the shorter article's rare names (two
        # stories that happen to quote one official share a name or two, not a fifth)
        if n >= 2 and n >= STORY_SHARE * min(n_rare[x], n_rare[y]):
            uf.union(x, y)
            related[x].add(y)
            related[y].add(x)
    return [uf.find(i) for i in range(len(articles))], related
