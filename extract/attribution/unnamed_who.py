"""An unnamed speaker who opens the sentence with a relative clause between commas:
"A night porter at the chain's riverside hotel, who asked not to be named, said ...".

The description before ", who ..., said" is the speaker even when its head noun is no
role the lexicon knows ("porter", "trader"): the indefinite article at the sentence's
start and the "who" clause mark a person the writer will not name. Without it the
sentence has no speaker and a later "he said" goes to someone named earlier. Only a
description that starts the sentence with "A"/"An" and holds lowercase words (and
capitalised ones after a preposition: "a trader at Kellow Grain") counts.

The anonymity participle is the same aside written without "who" (xfix, issue 16): "A
delegate from one of the smaller states, speaking on condition of anonymity, said" keeps
the whole description, as "..., who declined to be named, said" does; a cut "a delegate"
is a wrong name to a reader who needs to know which delegate.
"""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import Q, Tok, is_cap, is_possessive, is_word

_PREPS = frozenset(("at", "with", "from", "in", "for", "of", "on", "near", "to"))
_INNER = frozenset(("the", "a", "an", "one", "its", "their"))
_MAX = 12  # tokens of the description
# words that grant anonymity inside a "speaking ..." aside
_ANON_WORDS = frozenset(("anonymity", "anonymously", "background"))
_MAX_ASIDE = 24  # tokens of the anonymity aside


def anonymity_aside(toks: list[Tok], a: int, b: int) -> bool:
    """Whether toks[a:b] is a participle aside granting anonymity: "speaking on (the)
    condition of anonymity (because ...)", "speaking anonymously", "speaking to a
    broadcaster by telephone on condition of anonymity", "on condition of anonymity"."""
    if not 2 <= b - a <= _MAX_ASIDE:
        return False
    words = [t.low for t in toks[a:b]]
    if words[:4] == ["on", "condition", "of", "anonymity"]:
        return True
    if words[0] != "speaking":
        return False
    cut = words.index("because") if "because" in words else len(words)
    return any(w in _ANON_WORDS for w in words[1:cut])


def unnamed_who(toks: list[Tok], comma: int) -> NP | None:
    """The indefinite description before ", who ...," that ends at token `comma`."""
    k = comma - 1
    while k >= 0 and toks[k].text not in (",", ";", ":", Q, ".", "!", "?"):
        k -= 1
    if k < 1 or toks[k].text != ",":
        return None
    if toks[k + 1].low != "who" and not anonymity_aside(toks, k + 1, comma):
        return None
    s = k - 1
    while s >= 0 and toks[s].low not in ("a", "an"):
        s -= 1
    if s < 0 or k - s < 3 or k - s > _MAX:
        return None
    if s > 0 and toks[s - 1].text != Q:
        return None  # not the sentence's start
    words = [t.text for t in toks[s:k]]
    after_prep = False
    for i, t in enumerate(toks[s + 1 : k], s + 1):
        if not is_word(t.text) and not is_possessive(t.text):
            return None
        if is_cap(t.text) and not after_prep and not _org_premod(toks, s, i, k):
            return None
        if t.low in _PREPS:
            after_prep = True
    head_end = next((i for i in range(s + 1, k) if toks[i].low in _PREPS), k)
    if head_end - s < 2:
        return None
    head = toks[head_end - 1].low
    if head in _INNER or not toks[head_end - 1].text.islower():
        return None
    return NP("desc", s, k, words[1:], det=toks[s].low, head=head)


def plural_head(name: str) -> bool:
    """Whether an unnamed source's head noun is plural: "residents", not "a trader at
    one of the co-operatives" (the head is the word before its first preposition)."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w.lower() in _PREPS), len(words))
    head = words[cut - 1] if cut > 0 else name
    return head.endswith("s") and not head.endswith("ss")


_GAVE = frozenset(("gave", "giving", "gives"))


def named_only_as(toks: list[Tok], comma: int) -> NP | None:
    """ "One of them, who gave her name only as Signe, said": the name given, between the
    commas before the verb (also "identified only as Signe", "named only as Signe")."""
    k = comma - 1
    while k >= 0 and toks[k].text not in (",", ";", ":", Q, ".", "!", "?"):
        k -= 1
    seg = toks[k + 1 : comma]
    words = [t.low for t in seg]
    if "as" not in words:
        return None
    a = words.index("as")
    lead = words[:a]
    if lead[-1:] == ["only"]:
        lead = lead[:-1]
    if "who" in lead[1:] and lead.index("who") <= 4:
        # "Another caller, a nurse who gave her name only as Jacinta, said": a short
        # description before "who" between the commas
        lead = lead[lead.index("who") :]
    given = len(lead) == 4 and lead[0] == "who" and lead[1] in _GAVE and lead[3] == "name"
    given = given and lead[2] in ("her", "his", "their")
    known = lead[-1:] in (["identified"], ["named"]) and words[a - 1] == "only"
    if not (given or known):
        return None
    name = seg[a + 1 :]
    if not 1 <= len(name) <= 2 or not all(is_cap(t.text) and is_word(t.text) for t in name):
        return None
    return NP("name", k + 1, comma, [t.text for t in name])


def _org_premod(toks: list[Tok], s: int, i: int, k: int) -> bool:
    """ "A Skyrenna employee at the desk, who ...": capitalised words (the employer)
    right after the article, before a lowercase head noun and a preposition (ninth
    pass). "A Kellow spokesman, who ..." with nothing after the head stays another
    rule's."""
    j = s + 1
    while j < k and j - s <= 3 and is_cap(toks[j].text):
        j += 1  # "A Norrvik Rail guard on the platform": up to three words
    if not s < i < j or j - s > 3 or j + 1 >= k:
        return False
    return toks[j].text.islower() and toks[j + 1].low in _PREPS


def one_voice(kind: str, name: str) -> bool:
    """Whether a source is one speaker a bare quotation after its reported speech may
    belong to: a person, or one unnamed individual ("a manager at the trust, who asked
    not to be named, insisted ... '...'"), never a group ("residents") or a body."""
    return kind == "person" or (kind == "anonymous" and not plural_head(name))
