"""A body described by what it does, in a restrictive relative clause (branch x16r,
issue 16): "The union that represents corrections officers said ...", "The group which
speaks for rural pharmacists said ...". Walking left from the verb met the clause's
object ("corrections officers") or read "that" as a determiner, and the speaker became
"that represents corrections officers". The body is the head before "that"/"which"; the
clause is how the article names it, so it is kept with it.

Precision: the head must be a body's noun ("union", "group", "association") or a
person's ("the official"), "that"/"which" must be followed by a verb in the present or
past tense that opens the clause (its subject is the head: "that represents"), never by
an article, a pronoun or a name ("the claim that the union said" is a complement), and
no comma, quotation or clause stop may stand between the clause and the verb."""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import _HEADS, NP, np_back
from claimdesk.extract.attribution.tokens import Q, Tok
from claimdesk.extract.lexicon import DETERMINERS, PRONOUNS, SPEECH_VERBS, STOP_WORDS

_MAX_CLAUSE = 12  # tokens between "that" and the speech verb
_STOPS = frozenset((",", ";", ":", Q, "—", "–", "(", ")", ".", "!", "?"))
_RELATIVES = frozenset(("that", "which"))


def _clause_verb(t: Tok) -> bool:
    """ "represents", "runs", "organised", "speaks": a finite verb opening the clause."""
    w = t.low
    if not t.text.isalpha() or not t.text.islower() or len(w) < 3:
        return False
    if w in DETERMINERS or w in PRONOUNS or w in STOP_WORDS:
        return False
    return w.endswith(("s", "ed"))


def body_relative(toks: list[Tok], v: int) -> NP | None:
    """ "The union that represents X said": the head and its clause, up to the verb v."""
    lo = max(1, v - _MAX_CLAUSE)
    for k in range(v - 2, lo - 1, -1):
        t = toks[k]
        if t.text in _STOPS or t.low in SPEECH_VERBS:
            return None
        if t.low not in _RELATIVES:
            continue
        if not _clause_verb(toks[k + 1]):
            return None
        np = np_back(toks, k - 1)
        if np is None or np.kind != "desc" or np.end != k or np.head not in _HEADS:
            return None
        np.words = [*np.words, *(tk.text for tk in toks[k:v])]
        np.end = v
        return np
    return None
