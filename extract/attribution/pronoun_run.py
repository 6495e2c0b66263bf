"""A run of sentences about one person, each opened by the same pronoun: "Hedda
Winterbourne has grown leeks on plot 14 for thirty years. She met the Chronicle at her
shed. '...,' she said."

The "she" of the quotation is the "she" of the sentence before, whose own antecedent is
the person the run started with. A reader walks back over such sentences; so does this,
over at most three, and only over sentences that open with the same pronoun, or with
"The former surveyor" / "The retired teacher" naming no one (a description of what the
person before was), and credit nobody themselves (a sentence that cites a person is
answered where it stands).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimdesk.extract.attribution.pronoun_aside import after_run, aside_only
from claimdesk.extract.attribution.role_words import former_description

_MAX_RUN = 3
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_OPENERS = {"he": ("He ",), "she": ("She ",)}


def pronoun_run(
    masked: str,
    sentences: list[tuple[int, int]],
    si: int,
    pronoun: str,
    per_sentence: Sequence[Sequence[tuple[object, object | None]]],
) -> int:
    """`si` moved back past the sentences before it that open with `pronoun` and credit
    no one (per_sentence[k]: sentence k's attributions with who they resolved to)."""
    openers = _OPENERS.get(pronoun.lower())
    if openers is None:
        return si
    steps = 0
    while si > 1 and steps < _MAX_RUN:
        ps, pe = sentences[si - 1]
        credited = any(e is not None for _a, e in per_sentence[si - 1])
        text = masked[ps:pe].lstrip(" \t\n")
        if credited or not (
            text.startswith(openers)
            or _former_opening(text)
            or _fronted(text, pronoun)
            or aside_only(text, pronoun)  # "..., she pointed out, ..." (pronoun_aside.py)
            or after_run(masked, sentences, si - 1, openers)  # "The benches jeered."
        ):
            break
        si -= 1
        steps += 1
    return si


def _former_opening(text: str) -> bool:
    """A sentence that opens "The former surveyor ..." / "The retired teacher ..." and
    names no one: it describes the person of the sentence before."""
    words = _WORD.findall(text[:300])
    if len(words) < 3 or words[0] != "The" or not former_description(words[1:3], "the"):
        return False
    return not any(w[:1].isupper() for w in words[1:])


# "Born in Aarhus, she came to Britain": a short fronted phrase, then the pronoun
# (thirteenth pass); the phrase holds no name, no quotation and no clause of its own
_FRONTED = {
    p: re.compile(r"[A-Z][a-z]*(?:[ \u00a0][\w'’-]+){0,5},[ \u00a0]+" + p + r"[ \u00a0]")
    for p in ("he", "she")
}


def _fronted(text: str, pronoun: str) -> bool:
    """Whether the sentence opens "Born in Aarhus, she ..." / "In 1963, he ..."."""
    pat = _FRONTED.get(pronoun.lower())
    m = pat.match(text) if pat is not None else None
    if m is None:
        return False
    words = text[: m.end()].split()
    # a capital only as a place after "in"/"from"/"at" ("Born in Aarhus"), never a
    # person the phrase is about ("After Ek left, she ...")
    return all(
        not w[:1].isupper() or words[i - 1].lower() in _PLACE_PREPS
        for i, w in enumerate(words)
        if i
    )


_PLACE_PREPS = frozenset(("in", "from", "at", "near", "to"))
