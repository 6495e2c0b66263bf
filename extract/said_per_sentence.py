"""The last steps of the speech stage, sentence by sentence (moved out of speech.py, at
its 900 lines): the reported clauses that become statements, and each sentence's speaker.

Most sentences cite no one: their lists are passed over without a list, a loop or a call
made for them (issue 18: the interpreter's work per sentence is what the stage costs).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.record import Statement
from claimdesk.extract.sources import Entry

# One sentence's attributions, resolved: (speech._Said, its entry or None) pairs.
Resolved = list[tuple[Any, Entry | None]]


def statements(body: str, per_sentence: list[Resolved]) -> list[Statement]:
    """Reported clauses that are not just a quotation; an unresolved name or description
    is likely not speech at all (an unresolved pronoun still reports). Empties
    `per_sentence` as it goes."""
    out: list[Statement] = []
    for si, resolved in enumerate(per_sentence):
        if not resolved:
            continue  # nothing said in the sentence (most): nothing to read or free
        per_sentence[si] = []  # read once: its room goes to the statements made here
        own: list[Statement] = []  # this sentence's: a clause inside one of them is said
        for att, ent in resolved:
            clause = att.clause
            if clause is None or (ent is None and (att.weak or att.pronoun is None)):
                continue  # an unresolved name or description is likely not speech at all
            if ent is None and att.pronoun == "it":
                continue  # "It suggests a grim role ahead ...": an inference, nobody said it
            cs, ce = clause
            if any(
                st.speaker is ent
                and st.start <= cs
                and ce <= st.end
                and (st.start, st.end) != (cs, ce)
                for st in own
            ):
                continue  # "X said A and warned that B": B is already inside A
            own.append(Statement(text=body[cs:ce], speaker=ent, start=cs, end=ce))  # type: ignore[arg-type]
        out += own
    return out


def sentence_entries(
    starts: list[int],
    per_sentence: list[Resolved],
    raw: list[RawQuote],
    speakers: list[Entry | None],
) -> list[Entry | None]:
    """The speaker of each sentence (`starts`: where each sentence starts): its first
    resolved attribution's, else that of a quote it holds."""
    sent_ent: list[Entry | None] = [None] * len(starts)
    for si, resolved in enumerate(per_sentence):
        if resolved:  # most sentences cite no one
            for _att, ent in resolved:
                if ent is not None:
                    sent_ent[si] = ent
                    break
    for q, ent in zip(raw, speakers, strict=True):
        if ent is None:
            continue
        qb = q.close_mark if q.close_mark is not None else q.end
        lo = max(0, bisect_right(starts, q.open_mark) - 1)
        hi = max(lo, bisect_right(starts, qb) - 1)
        for si in range(lo, hi + 1):
            if sent_ent[si] is None:
                sent_ent[si] = ent
    return sent_ent
