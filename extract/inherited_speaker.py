"""Whether a bare quotation inherits the speaker of the quotation before it (ninth pass,
issue 16). Two readings a reader makes that the plain "same paragraph, same speaker"
misses:

- a new person brought in between the two quotations speaks the second one: '... had
  called it "grief tourism." Asked about that, Ollerenshaw-Diaz smiled. "Lucien has been
  kind to me before."' (a gesture or an introducing sentence, crediting no one itself,
  right before the quotation; gesture_lead.py, intro_subject.py);
- a quotation that names the inherited speaker ("Lucien has been kind to me") is not
  theirs: people seldom speak of themselves by name, so no one is credited."""

from __future__ import annotations

import re
from typing import Protocol

from claimdesk.extract.attribution.gesture_lead import gesture_subject
from claimdesk.extract.attribution.intro_subject import intro_subject
from claimdesk.extract.attribution.nested_quote import outside_nested
from claimdesk.extract.attribution.stance_lead import stance_voice
from claimdesk.extract.attribution.unnamed_who import one_voice
from claimdesk.extract.document import Span
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry, Registry
from claimdesk.extract.speakers import _resolve


class _Text(Protocol):
    body: str
    masked: str
    sentences: list[Span]


def inherited(
    text: _Text,
    lo: int,
    q: RawQuote,
    prev: RawQuote,
    prev_ent: Entry | None,
    cited_before: bool,
    reg: Registry,
) -> Entry | None:
    """The speaker quotation `q` takes from the one before it, `prev` (whose speaker is
    `prev_ent`); `lo` is q's sentence, `cited_before` whether sentence lo - 1 credits
    anyone itself."""
    body, masked, sentences = text.body, text.masked, text.sentences
    if not q.continues and prev.paragraph == q.paragraph and lo > 0 and not cited_before:
        s, e = sentences[lo - 1]
        prev_close = prev.close_mark if prev.close_mark is not None else prev.end
        if prev_close < s and q.open_mark <= sentences[lo][0] + 1:
            np = gesture_subject(masked, s, e) or intro_subject(masked, s, e, reg)
            if np is not None and np.kind == "name":
                who = _resolve(np, "", reg, s)
                if who is not None and who.kind == "person" and who is not prev_ent:
                    return who
            elif (
                np is None
                and (other := stance_voice(masked, s, e, reg, _resolve)) is not None
                and other is not prev_ent
            ):
                return other  # "Another negotiator was blunter. '...'" (stance_lead.py)
    if (
        prev_ent is not None
        and not q.continues
        and prev.paragraph == q.paragraph  # across paragraphs: addressee.py decides
        and _names(body[q.start : q.end], prev_ent)
    ):
        return None
    return prev_ent


def _names(said: str, ent: Entry) -> bool:
    """Whether the quotation names the person: their surname or first name as a word."""
    if ent.kind != "person":
        return False
    words = {w for w in (ent.name.split()[-1], ent.name.split()[0]) if len(w) > 2}
    said = outside_nested(said)  # "She said, 'Ines, ...'": a name spoken to her (x16v)
    return any(re.search(rf"\b{re.escape(w)}\b", said) for w in words)


def keeps_next(ent: Entry, said: str) -> bool:
    """Whether the source of a reported-speech sentence speaks the bare quotation right
    after it ('..., said Ames. "It saves a fight."'): one voice (unnamed_who.one_voice)
    that the quotation does not name."""
    return one_voice(ent.kind, ent.name) and not _names(said, ent)


def gesture_fits(who: Entry | None, said_as: str | None) -> bool:
    """Whether the person of a gesture or introducing sentence may speak the bare
    quotation after it: a person, of the pronoun's gender when a pronoun ("she shook her
    head") named them; a name ("Okonjo-Lamb shook her head") fits whatever gender the
    article gave her (the check used to compare her gender with no pronoun at all)."""
    if who is None or who.kind != "person":
        return False
    return said_as is None or who.gender in (None, said_as)
