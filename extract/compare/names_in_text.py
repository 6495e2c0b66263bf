"""Names read from an article's own text: the people it mentions without quoting them, and
the aliases an appositive gives a source ("..., the GUR," / "(GUR)")."""

from __future__ import annotations

import re
from functools import lru_cache

from claimdesk.extract import names as nm
from claimdesk.extract.compare.helpers import _uniq
from claimdesk.extract.compare.nodes import _ORG_WORDS

# what follows a name: ", the GUR" / " known as ..." / " (GUR)"; matched where str.find
# puts the name (a pattern per name would overflow re's cache: seconds at 10k articles)
_APPOSITIVE = re.compile(
    r",?\s+(?:the|known as|also called)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})"
    # the alias closes the appositive: "Pat Ryder, the Pentagon spokesman" names a role
    r"(?=\s*(?:[,.;:)]|$))"
)
_PAREN_ALIAS = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


_MENTION = re.compile(r"([A-Z](?<!\w[A-Z])[a-z]+(?:[ \u00a0]+[A-Z][a-z]+(?:-[a-z]+)?){1,2})\b")
_MENTION_STOP = nm.word_set(
    "the a an in on at of for and but or if as by to from with what when where who why how "
    "this that these those he she they we it his her their its our my mr mrs ms dr "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday north south east west "
    "central new old united states republic kingdom federal national state regional "
    "house street square hall school college hospital oblast province region district war "
    "river valley mount lake island bay port city county general president minister "
    "read more recent articles why matters people saying happens next know public policy "
    # a capitalised preposition opening a sentence: "Under Verland law"
    "under after before during since despite across among inside outside near over "
    "without within through against amid like unlike while although though because until "
    "upon about around toward towards beyond behind between"
)


def _mentions(body: str, limit: int = 60) -> list[str]:
    """Person-shaped names in the text: two or three capitalised words, none of them a
    title, a place, an organisation word or a month."""
    if not body:
        return []
    out: dict[str, None] = {}
    for m in _MENTION.finditer(body):
        name = " ".join(m.group(1).split())
        if _person_shaped(name):
            out.setdefault(name)
            if len(out) >= limit:
                break
    return list(out)


@lru_cache(maxsize=1 << 15)  # the same names recur across a desk's articles
def _person_shaped(name: str) -> bool:
    words = [w.lower() for w in name.replace("-", " ").split()]
    if any(w in _MENTION_STOP or w in _ORG_WORDS or w in nm.TITLES for w in words):
        return False
    return not any(nm.place_key(w) in _COUNTRIES for w in name.split())


_COUNTRIES = frozenset(
    ["north korea", "south korea", "russia", "ukraine", "united states", "china", "iran",
     "israel", "united kingdom", "france", "germany", "belarus"]
)  # fmt: skip


def _appositive_aliases(body: str, name: str) -> list[str]:
    """'Ukraine's military intelligence agency, the GUR,' -> ['GUR']."""
    if not body or len(name) < 3:
        return []
    hits = []  # where the name stands (one scan of the body serves both patterns)
    at = body.find(name)
    while at >= 0:
        hits.append(at)
        at = body.find(name, at + 1)
    out = []
    resume = 0  # each pattern's matches do not overlap, as finditer's would not
    for at in hits:
        if at < resume:
            continue
        m = _APPOSITIVE.match(body, at + len(name))
        if m is None:
            continue
        alias = m.group(1).strip(" .,'’")
        if alias and alias.lower() != name.lower():
            out.append(alias)
        if len(out) >= 3:
            break
        resume = m.end()
    resume = 0
    for at in hits:
        if at >= resume and (m := _PAREN_ALIAS.match(body, at + len(name))) is not None:
            out.append(m.group(1))
            resume = m.end()
    return _uniq(out)
