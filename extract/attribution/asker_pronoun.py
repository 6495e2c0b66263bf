"""A pronoun that falls on the one asking the questions (thirteenth pass, branch x16n,
issue 16).

Interviews and press conferences alternate the asker and the one asked. In

    "So is that a yes?" Moody asked. / ... / "People deserve to know," Moody said.
    / "They will know," she said.

"she" fell on the latest person, the presenter; in copy built on an exchange the pronoun
in a fresh paragraph is the one being asked (the story's subject). So when the pronoun's
person asked a question earlier in the exchange, its last quote is in an earlier
paragraph, and the quote now is no question, the speaker is the latest other person
quoted before it who never asked (gender permitting), else nobody: a wrong name is worse;
with no other voice in sight the asker keeps it (she may go on after her own question).
reply_side.py handles "she replied" after a question; this handles plain "she said".
"""

from __future__ import annotations

import re

from claimdesk.extract.attribution.reply_side import Said, reply_fix
from claimdesk.extract.attribution.reported_asker import reported_asker_turn
from claimdesk.extract.attribution.turn_taking import questioned_turn
from claimdesk.extract.attribution.written_by import read_out_author
from claimdesk.extract.quotes import RawQuote
from claimdesk.extract.sources import Entry, Registry

# the verb after the pronoun asks: "she asked", "he pressed"
# or goes on: "he added", "she continued" keep the one who just spoke
_ASKING = re.compile(
    r"\A[ \u00a0]*(?:asked|asks|pressed|presses|wondered|wonders|interrupted|demanded|queried"
    r"|added|adds|continued|continues|went[ \u00a0]+on)\b"
)
_LOOK_BACK = 8  # quotes searched for the other party
_WINDOW = 40  # quotes an exchange is looked for in
_LEAD = 1500  # characters of the paragraph read before the quote


def _opens_paragraph(body: str, at: int) -> bool:
    """Whether only blanks stand between the paragraph's start and `at`."""
    i = at - 1
    while i >= 0 and body[i] in " \t\u00a0":
        i -= 1
    return i < 0 or body[i] == "\n"


def _asked(
    body: str, raw: list[RawQuote], speakers: list[Entry | None], who: Entry, qi: int
) -> bool:
    """Whether `who` is credited with a question that opens its paragraph among the
    _WINDOW quotes before raw[qi] (an exchange's turn; 'Hauliers were furious. "Who
    pays?" X asked' is a rhetorical question inside a paragraph). The window keeps the
    rule linear in the quotes of a long article."""
    return any(
        speakers[j] is who
        and body[raw[j].start : raw[j].end].rstrip().endswith("?")
        and _opens_paragraph(body, raw[j].open_mark)
        and _answered(raw, speakers, who, j, qi)
        for j in range(max(0, qi - _WINDOW), qi)
    )


def _answered(
    raw: list[RawQuote], speakers: list[Entry | None], who: Entry, j: int, qi: int
) -> bool:
    """Whether the question raw[j] opened an exchange (x16o): the first quote of a later
    paragraph is another person's, or none comes before raw[qi]. A senator's question at
    a markup that she goes on to answer herself ('"Who decides ...?" Sen. Ybarra asked.
    / ... She called the board "a good idea with no teeth yet"') makes her no asker."""
    for k in range(j + 1, qi):
        if raw[k].paragraph > raw[j].paragraph:
            return speakers[k] is not None and speakers[k] is not who
    return True


def asker_turn(
    body: str,
    masked: str,
    raw: list[RawQuote],
    speakers: list[Entry | None],
    qi: int,
    pronoun: str | None,
    a: int,
    b: int,
    ent: Entry | None,
) -> Entry | None:
    """The speaker of raw[qi] credited by '<pronoun> said' (masked[a:b]) to `ent`: `ent`
    unless it is the asker of the exchange (see module)."""
    pronoun = (pronoun or "").lower()
    if ent is None or pronoun not in ("he", "she") or qi < 1:
        return ent
    if _ASKING.match(masked[a + len(pronoun) : b + 1]) is not None:
        return ent
    if body[raw[qi].start : raw[qi].end].rstrip().endswith("?"):
        return ent
    if not _asked(body, raw, speakers, ent, qi):
        return ent
    last = max((j for j in range(max(0, qi - _WINDOW), qi) if speakers[j] is ent), default=None)
    if last is None or raw[last].paragraph >= raw[qi].paragraph:
        return ent
    at = raw[qi].open_mark
    lead = body[body.rfind("\n", max(0, at - _LEAD), at) + 1 : at]
    if ent.name.split()[-1] in lead:
        return ent  # 'Qadri said ... "...," he said': named again in this paragraph
    prev = speakers[qi - 1]
    if prev is not ent:
        # the one asked just spoke and the pronoun goes on with them, else no exchange
        fits = prev is not None and prev.kind == "person" and prev.gender in (None, pronoun)
        if fits and raw[qi - 1].paragraph >= raw[qi].paragraph - 1:
            return prev if not _asked(body, raw, speakers, prev, qi) else ent
        return ent
    for j in range(qi - 2, max(-1, qi - 2 - _LOOK_BACK), -1):
        e = speakers[j]
        if e is None or e is ent:
            continue
        if (
            e.kind == "person"
            and e.gender in (None, pronoun)
            and not _asked(body, raw, speakers, e, qi)
        ):
            return e
        return None  # the latest other voice does not fit: nobody rather than a guess
    return ent  # no other party in sight: she goes on after her own question


def turn_fix(
    body: str,
    masked: str,
    raw: list[RawQuote],
    speakers: list[Entry | None],
    qi: int,
    att: Said,
    ent: Entry | None,
    reg: Registry,
) -> Entry | None:
    """A pronoun's speaker in an exchange: "she replied" (reply_side.py), "the witness
    replied" (turn_taking.py), then "she said" after the asker's turn (this module)."""
    if (author := read_out_author(masked, att.a, raw[qi].open_mark, reg)) is not None:
        return author  # "The clerk read a statement Ames issued: '...'" (written_by.py)
    ent = reply_fix(body, masked, raw, speakers, qi, att, ent, reg)
    ent = questioned_turn(body, masked, raw, speakers, qi, att.a, ent, reg)  # "the witness"
    ent = reported_asker_turn(body, raw, speakers, qi, att.pronoun, ent)  # "A reporter asked if"
    return asker_turn(body, masked, raw, speakers, qi, att.pronoun, att.a, att.b, ent)
