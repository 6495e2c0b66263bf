"""A colon lead closing its paragraph, the quotation opening the next (fifteenth pass,
branch x16w, issue 16). Broadsheet and wire copy set a long quotation as a paragraph of
its own after the lead:

    Labour's candidate, Naomi Farquhar, was blunt about the party's chances:

    "We are behind, and anyone who tells you otherwise is not knocking on doors."

The colon lead was read only with its quotation in the same sentence, so the quotation
had no speaker. Here the lead is read as if the quotation followed it on the line: the
same `_colon_lead` rules decide (a name and role, a stance, a frame noun; a clause about
something else names nobody)."""

from __future__ import annotations

_GAP = 8  # at most a blank line or two, with stray spaces, between the colon and quote


def quote_after_colon(masked: str, s: int, e: int) -> int:
    """The quotation mark (masked as NUL) opening the paragraph right after a sentence
    s..e that ends in a colon and its paragraph; -1 otherwise."""
    j = e - 1
    while j > s and masked[j] in " \t":
        j -= 1
    if j <= s or masked[j] != ":":
        return -1
    k = j + 1
    stop = min(len(masked), k + _GAP)
    while k < stop and masked[k] in " \t\r\n\u00a0":
        k += 1
    if k >= len(masked) or masked[k] != "\x00" or "\n" not in masked[j + 1 : k]:
        return -1
    return k
