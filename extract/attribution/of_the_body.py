"""A body's name with "of the" inside (branch x16r, issue 16): "the Ministry of the
Interior of Veltravia", "the Department of the Treasury", "the Office of the Prime
Minister". Walking a name back from its last word, "the" stopped it, so "Ministry of
the Interior said" gave a source "Interior" (and "Office of the Prime Minister" gave
"Minister"). Government bodies are named this way in most political copy.

Precision: "of the" (or "for the") runs on only when the capitalised word before it is a
body's head noun ("Ministry", "Department", "Office", "Court"); "Priya Sandoval of the
Velmora Institute" stays a person with a role."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok, is_cap
from claimdesk.extract.lexicon import DOCUMENT_NOUNS, NOT_NAME, ORG_NOUNS

_LINKS = frozenset(("of", "for"))


def of_the_start(toks: list[Tok], j: int) -> int | None:
    """The index of the body's head when tokens j-2, j-1 read "of the" after one
    ("Ministry [of the] Interior", j at "Interior"), or token j-1 reads "to" after one
    and before a capitalised verb ("Committee [to] Protect Journalists"), else None."""
    if j >= 2 and toks[j - 1].low == "to" and _body_head(toks[j - 2]) and is_cap(toks[j].text):
        return j - 2
    if j < 3 or toks[j - 1].low != "the" or toks[j - 2].low not in _LINKS:
        return None
    return j - 3 if _body_head(toks[j - 3]) else None


def _body_head(t: Tok) -> bool:
    """A capitalised body noun ("Ministry", "Committee")."""
    return is_cap(t.text) and t.text not in NOT_NAME and t.low in ORG_NOUNS


def body_to(words: list[str]) -> bool:
    """ "Campaign to Protect": a body's noun, then "to" (the title split of
    sources._classify would make "Rural England" a person)."""
    return any(
        w.lower() == "to" and k > 0 and words[k - 1].lower() in ORG_NOUNS and is_cap(words[k - 1])
        for k, w in enumerate(words)
    )


def to_link(toks: list[Tok], j: int) -> bool:
    """Reading a name forward: "to" at j runs on after a body's noun and before a
    capitalised word ("said the Committee [to] Protect Journalists")."""
    return (
        0 < j < len(toks) - 1
        and toks[j].low == "to"
        and _body_head(toks[j - 1])
        and is_cap(toks[j + 1].text)
    )


_LIST_REACH = 8  # tokens of "Digital, Culture, Media" before the name's last part


def listed_body_start(toks: list[Tok], j: int, i: int) -> int | None:
    """ "the Department for Environment, Food and Rural Affairs": UK departments name
    their remits in a list, so a name read back to "Food and Rural Affairs" (j..i) stops
    at a comma inside it. When that part holds "and" and the commas before it separate
    single capitalised words back to "<Department|Ministry|Office> for|of <Word>", the
    name starts at the body's head; else None."""
    if j < 4 or toks[j - 1].text != "," or not any(t.low == "and" for t in toks[j : i + 1]):
        return None
    k = j - 1  # a comma
    lo = max(0, j - _LIST_REACH)
    while k - 3 >= lo:
        m = k - 1  # back over one list item of up to three capitalised words
        while m > k - 4 and m >= 1 and is_cap(toks[m].text) and toks[m].text.isalpha():
            if toks[m - 1].low in _LINKS and m >= 2 and _body_head(toks[m - 2]):
                return m - 2
            m -= 1
        if m == k - 1 or toks[m].text != ",":
            return None
        k = m
    return None


def with_commas(words: list[str]) -> list[str]:
    """The name's words with each list comma on the word before it ("Environment,")."""
    out: list[str] = []
    for w in words:
        if w == "," and out:
            out[-1] += ","
        else:
            out.append(w)
    return out


def possessive_owner_body(toks: list[Tok], j: int) -> int | None:
    """ "the Bank of England's Monetary Policy Committee": a possessive owner (token j)
    that ends "<Body> of <Name>'s" belongs to the name; the index of the body's head, or
    None ("Russia's Defense Ministry" stays cut at the possessive)."""
    if j >= 2 and toks[j - 1].low in _LINKS and _body_head(toks[j - 2]):
        return j - 2
    return None


# what "official" describes when it is an adjective: "the official translation"
_OFFICIAL_OF = DOCUMENT_NOUNS | frozenset(
    ("translation", "transcript", "version", "results", "result", "line", "position", "tally")
)


def official_adjective(toks: list[Tok], j: int) -> bool:
    """ "according to the official translation, ...": "official" (the head read at j - 1)
    describes the noun after it, so no official speaks (round 14 listed a source
    "official")."""
    return 0 < j < len(toks) and toks[j - 1].low == "official" and toks[j].low in _OFFICIAL_OF
