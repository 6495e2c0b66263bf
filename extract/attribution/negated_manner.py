"""A colon lead that says how someone spoke by denying a hesitation (thirteenth pass,
issue 16): "Asked what he missed most, Nisbet did not hesitate: '...'", "The senator
didn't mince words:", "Ek never wavered:". News copy frames an answer this way; the
clause is about the speaking itself, so the quotation is the subject's, as after "Ames
was blunt:" (colon_frames.be_manner). Other clauses before a colon ("Ek did not attend:",
"Ek had pinned a card:") stay no one's: only these few verbs of hesitating count."""

from __future__ import annotations

from claimdesk.extract.attribution.party_tag_lead import past_party_tag
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.lexicon import word_set

_NOT = word_set("not never")
_HESITATE = word_set(
    """hesitate hesitated waver wavered flinch flinched equivocate equivocated pause
    paused falter faltered"""
)
_OWN = word_set("his her their its")


def unflinching(rest: list[Tok]) -> bool:
    """Whether the tokens between a subject and its colon (the colon left out) are
    "did not hesitate", "didn't hold back", "did not mince (his) words", "never wavered"."""
    words = [t.low.replace("’", "'") for t in past_party_tag(rest)]  # "X, R-Wyo.,"
    if len(words) >= 2 and words[0] in ("didn't", "never"):
        tail = words[1:]  # "didn't hesitate", "never wavered"
    elif len(words) >= 3 and words[0] in ("did", "does", "do") and words[1] in _NOT:
        tail = words[2:]  # "did not hesitate"
    elif len(words) >= 3 and words[0] == "did" and words[1] == "n't":
        tail = words[2:]  # the tokenizer's "did n't"
    else:
        return False
    if len(tail) == 1:
        return tail[0] in _HESITATE
    if tail[:2] == ["hold", "back"] or tail[:2] == ["held", "back"]:
        return len(tail) == 2
    if tail[0] == "mince":  # "did not mince words", "did not mince her words"
        return tail[1:] == ["words"] or (len(tail) == 3 and tail[1] in _OWN and tail[2] == "words")
    return False
