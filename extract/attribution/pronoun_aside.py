"""A sentence that carries the pronoun only in a reporting aside (fifteenth pass, branch
x16x, issue 16): 'Una Haslam rose first. The promised "nursery guarantee", she pointed
out, had been promised three times. / "...," she said.' The sketch's "she" of the aside is
the "she" of the quotation after it, and both are the person of the sentence before; the
aside sentence names no one else, so a reader passes over it as over a sentence opening
with "She" (pronoun_run.py).

The same for a sentence that names no one and ends the paragraph of a run: 'Mr Lathbury
would not. He spoke instead of a review. The opposition benches made the noise they make.
/ "...," he said.' The benches are no "he"; the run before them is (the person the
paragraph opened with), never the last man quoted before that paragraph.
"""

from __future__ import annotations

import re

# ", she pointed out," / ", he noted," / ", she said drily," -- the pronoun, one to three
# lower-case words, commas either side
_ASIDE = {
    p: re.compile(r",[ \u00a0]+" + p + r"(?:[ \u00a0]+[a-z]+){1,3},[ \u00a0]")
    for p in ("he", "she")
}
_CAPITAL = re.compile(r"(?<![\w'’])[A-Z]")


def aside_only(text: str, pronoun: str) -> bool:
    """Whether the sentence `text` holds `pronoun` in a reporting aside and no capital
    but its first letter (no one else named, no quotation read as a name)."""
    pat = _ASIDE.get(pronoun.lower())
    if pat is None or pat.search(text) is None:
        return False
    return not _CAPITAL.search(text, 1)


def after_run(
    masked: str, sentences: list[tuple[int, int]], k: int, openers: tuple[str, ...]
) -> bool:
    """Whether sentence k names no one (no capital but its first letter; a scare quote is
    masked) and the sentence before it, in the same paragraph, opens with the pronoun
    (`openers`)."""
    if k < 1:
        return False
    ps, pe = sentences[k]
    text = masked[ps:pe].lstrip(" \t\n")
    if not text or _CAPITAL.search(text, 1):
        return False
    qs, qe = sentences[k - 1]
    if "\n" in masked[qe:ps]:
        return False  # the run must be in the same paragraph
    return masked[qs:qe].lstrip(" \t\n").startswith(openers)
