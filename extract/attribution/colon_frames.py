"""Colon frames in a debate or court report (issue 16): a quotation after a colon whose
lead is a clause, not just a name. "Asked by the moderator how often she rides it,
candidate Oyinda Farrow dodged with a joke: '...'" (a long fronted phrase before the
name), "When the moderator warned him, he answered: '...'" (a pronoun after it) and "Her
charge was simple: '...'" / "His reply: '...'" (a possessive and a noun of speech). The
speaker is the clause's subject; a pronoun is resolved as any other.

Ninth pass (issue 16): "Her closing words:" / "His parting shot:" (a possessive, up to
two of a few adjectives, a noun of speech); "Soutar is on his feet:" and "Ames was
blunt:" (a stance, not a clause about something else: "Ames had pinned a card:" stays
no one's); "closed the hour with a warning of his own:" ("a warning", "the ruling": a
noun after a determiner, no speech verb of another clause).

Fourteenth pass (x16q): the possessive frame may name who the words are for ("Her
priorities for the ward:", "His parting line to the hall:", "Her message to voters:"),
with a few more nouns of speech (priorities, promise, pledge, warning, assessment ...)."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.party_tag_lead import past_party_tag
from claimdesk.extract.attribution.stance_setting import stance_setting
from claimdesk.extract.attribution.subjects import pronoun_or_name
from claimdesk.extract.attribution.tokens import Tok, is_word
from claimdesk.extract.lexicon import BE_FORMS, SPEECH_VERBS, word_set

_FRAME_NOUNS = word_set(
    """charge reply answer response retort riposte comeback message verdict advice plea
    rebuttal put-down words word shot remark remarks line priorities priority promise
    pledge prediction warning instructions assessment take summary"""
)
# "Her priorities for the ward:", "His parting line to the hall:" (fourteenth pass, x16q)
_FRAME_PREP = word_set("to for on about of")
_MAX_PP = 4  # tokens of "for the ward", "to the party faithful"
_FRAME_ADJ = word_set("closing parting final last first opening only own")
_DETERMINERS = word_set("a an the his her their its my our your this that")
# "Ames was blunt:", "Soutar is on his feet:": a stance before the quotation
_STANCE = word_set(
    """blunt defiant unrepentant unmoved adamant emphatic scathing candid clear direct
    firm frank brief succinct terse upbeat optimistic cautious furious unapologetic
    philosophical"""
)
_FRAME_TAIL = word_set("was is simple blunt short brief clear sharp quick swift curt")
_MAX_FRONTED = 40  # tokens before the subject: "Asked by the moderator how often ..."
_MAX_REST = 8  # tokens between the subject and the colon: "dodged with a joke"


def _possessive_frame(toks: list[Tok]) -> NP | None:
    """ "Her charge was simple:", "His reply:": she or he, resolved as a pronoun."""
    if len(toks) < 3 or toks[0].low not in ("her", "his"):
        return None
    n = 1
    while n < 3 and toks[n].low in _FRAME_ADJ and toks[n + 1].low not in (":", "was", "is"):
        n += 1  # "Her closing words:", "His parting shot:"
    if toks[n].low not in _FRAME_NOUNS:
        return None
    tail = toks[n + 1 : -1]
    if tail and tail[0].low in _FRAME_PREP and len(tail) <= _MAX_PP:
        tail = []  # "Her priorities for the ward:": who or what they are for
    if toks[-1].text != ":" or any(t.low not in _FRAME_TAIL for t in tail):
        return None
    return NP("pronoun", 0, 1, ["she" if toks[0].low == "her" else "he"])


def colon_frame(toks: list[Tok], masked: str) -> NP | None:
    """The subject of a colon lead the plain name rule cannot read, or None. `toks` are
    the sentence's tokens up to the opening quotation mark (the colon last)."""
    if not toks or toks[-1].text != ":":
        return None
    framed = _possessive_frame(toks)
    if framed is not None:
        return framed
    commas = [i for i, t in enumerate(toks[:_MAX_FRONTED]) if t.text == ","]
    for comma in reversed(commas):
        a = comma + 1
        if a + 1 >= len(toks):
            continue
        if toks[a].low in ("he", "she") and not is_word(toks[a + 1].text):
            continue
        np = pronoun_or_name(toks, a, masked, appositive=True)
        if np is None:
            continue
        rest = toks[np.end : -1]
        if rest and rest[0].low in BE_FORMS:
            return None  # "When ..., he was removed:": what befell him, not his words
        if len(rest) > _MAX_REST or any(t.low in SPEECH_VERBS or not is_word(t.text) for t in rest):
            return None
        return np
    return None


# Tenth pass: "X was unrepentant:", "Her co-author, Prof. Y, was more cautious:": how the
# named subject was when speaking, then the quotation. A participle ("was removed:",
# "was arrested:") says what befell them, not how they spoke, and stays out. Not for a
# pronoun ("Of the flooding he was unsentimental:"): in an obituary "he" is its subject,
# not the last person quoted, and the pronoun rules cannot tell.
_DEGREE = word_set("more less rather far even very much typically characteristically equally")
_NOT_MANNER = word_set("alone here there home back away out gone dead ill sick able unable")


_ABOUT = word_set("about on over regarding")
_MAX_ABOUT = 7  # tokens of "about the party's chances in the north"


def be_manner(rest: list[Tok]) -> bool:
    """Whether the tokens between a subject and its colon are "was [more] ADJECTIVE",
    with "about/on/over ..." after it at most ("was blunt about the party's chances:",
    fifteenth pass, x16w)."""
    rest = past_party_tag(rest)  # "Sen. X, R-Wyo., was blunt:" (party_tag_lead.py)
    rest = stance_setting(rest, _STANCE)  # "was defiant in the Commons on Tuesday:"
    cut = next((i for i, t in enumerate(rest) if i >= 2 and t.low in _ABOUT), None)
    if cut is not None and len(rest) - cut <= _MAX_ABOUT:
        rest = rest[:cut]
    if len(rest) < 2 or len(rest) > 4 or rest[0].low not in ("was", "is"):
        return False
    adj = rest[-1].low
    if any(t.low not in _DEGREE for t in rest[1:-1]) or not adj.isalpha():
        return False
    if adj in _STANCE:
        return True  # "was scathing in the Commons:" (stance_setting.py)
    return not adj.endswith(("ed", "en", "ing")) and adj not in _NOT_MANNER and adj.islower()


def clause_in(rest: list[Tok], clause_verbs: frozenset[str]) -> bool:
    """Whether the words between a colon lead's name and its colon make a clause of
    their own (a speech verb, or a verb such as "had", "was"), so the quotation may be
    no words of the name: "a warning" (a noun) is none, nor a stance ("is on his feet",
    "was blunt")."""
    words = [t.low for t in rest if t.text not in (",", ":")]
    if len(words) == 2 and words[0] in BE_FORMS and words[1] in _STANCE:
        return False  # "Ames was blunt:"
    if len(words) == 4 and words[0] in BE_FORMS and words[1] == "on" and words[3] == "feet":
        return False  # "Soutar is on his feet:"
    for i, w in enumerate(words):
        if w in clause_verbs:
            return True
        if w in SPEECH_VERBS and not (w.endswith("ing") and i and words[i - 1] in _DETERMINERS):
            return True
    return False


_DASHES = frozenset(("-", "—", "–"))
_MAX_DATELINE = 12  # tokens of "THE HAGUE, March 4 (Reuters) -"


def dateline(toks: list[Tok], first: int) -> int:
    """Where a colon lead's subject starts after a wire dateline (x16z): "ABUJA, June 2
    (Reuters) - Niger's interior minister, Moussa Abdou, was blunt:" is the minister's,
    never "ABUJA"'s. A place in capitals, then "(Agency)" and a dash; else `first`."""
    if first or not toks or not toks[0].text.isupper() or len(toks[0].text) < 3:
        return first
    for k in range(1, min(len(toks) - 1, _MAX_DATELINE)):
        if toks[k].text == ")" and toks[k + 1].text in _DASHES:
            k += 1
            while k < len(toks) and toks[k].text in _DASHES:
                k += 1
            return k
    return first
