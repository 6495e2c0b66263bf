"""The subject of a verb coordinated with "and", cut before the first clause's verb
(fourteenth pass, issue 16): "Sen. Ada Morrow met the governor on Friday and told
reporters the bill was "dead on arrival."" credited a source "Sen. Ada Morrow met the
governor": the noun-phrase reader (subjects.fwd_subject) runs on through "met the
governor", taking the verb for a modifier. A wrong name is the worst error a desk shows.

The cut, only for a description with a determiner inside it that follows no preposition
(the verb's object: "met the governor"; "the head of the agency" is one noun phrase): a
description opening with a capitalised run ("Sen. Ada Morrow met the governor") is that
run, when it reads as a person's or a body's name and is no possessive ("Brennia's
central bank"); one opening with "the" ("the senator met the governor") is the words
before the verb ("the senator"). A capitalised run followed by a past tense ("Gov. Ada
Morrow left office and said", "... signed ...") is cut there too. Anything else is left
as it was."""

from __future__ import annotations

from dataclasses import replace

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.tokens import is_possessive
from claimdesk.extract.lexicon import word_set
from claimdesk.extract.sources import classify_name

_DETS = word_set("the a an his her its their this that these those")
_PREPS = word_set("of for in on at to from with by about over under into")
# past tenses right after a name that are verbs, not part of the noun phrase
_PAST = word_set(
    """left met took made gave went won lost ran sat stood spoke held led sent spent
    brought bought came became began wrote broke chose drove flew fought found hit kept
    knew paid put read rode rose saw sold shut struck swore threw took tore withdrew"""
)


def _past_verb(word: str) -> bool:
    """ "left", "signed": a past tense, the first clause's verb ("Gov. X left office")."""
    low = word.lower()
    return low in _PAST or (low.endswith("ed") and len(low) > 4)


def trim_verb_phrase(np: NP) -> NP:
    """`np` without the verb phrase a coordinated clause's subject swallowed."""
    if np.kind != "desc" or len(np.words) < 3:
        return np
    words = np.words
    j = _inner_determiner(words)
    if words[0][:1].isupper() and np.det is None:
        k = next((i for i, w in enumerate(words) if w[:1].islower()), len(words))
        if j is None and (k >= len(words) or not _past_verb(words[k])):
            return np  # "Kessarian state television": a noun phrase, no verb in it
        name = list(words[:k])
        if k < 1 or (j is not None and k >= j) or is_possessive(name[-1]):
            return np  # "Brennia's central bank": the name owns what follows
        if classify_name(name) in ("person", "organization"):
            return NP("name", np.start, np.start + k, name, verb=np.verb)
        return np
    if j is None:
        return np
    kept = list(words[: j - 1])
    end = np.start + (1 if np.det else 0) + len(kept)
    return replace(np, words=kept, end=end, head=kept[-1].lower())


def _inner_determiner(words: list[str]) -> int | None:
    """Where a determiner stands inside the words (not first, not after a preposition:
    "head of the agency" is one noun phrase, "senator met the governor" is not)."""
    return next(
        (
            i
            for i, w in enumerate(words)
            if i >= 2 and w.lower() in _DETS and words[i - 1].lower() not in _PREPS
        ),
        None,
    )
