"""Who "the statement said" is: the body or person that issued the statement.

'The ministry said in a statement that ... "...," the statement said.' A statement is a
document, not a source: the quotation belongs to whoever the article said issued it. The
article must name the statement before (the head word within the few sentences before
the attribution); its owner is the speaker cited at or after that mention, else the
organisation named just before it ("Harlow Mills issued a statement. ..."). Without a
mention ("A statement posted online said") the quotation keeps no speaker.
"""

from __future__ import annotations

from claimdesk.extract.attribution.noun_phrases import NP
from claimdesk.extract.attribution.statement_issuer import statement_issuer
from claimdesk.extract.attribution.tokens import Tok
from claimdesk.extract.document_owner import owned_issuer
from claimdesk.extract.sources import Entry, Registry

_HEADS = frozenset(
    ("statement", "release", "communique", "communiqué", "announcement", "memo", "memorandum")
)
_DETS = frozenset(("the", "that", "this", "its", "their"))
_WINDOW = 900  # characters before the attribution the statement's mention may sit
_NEAR = 250  # how far before the mention its issuer may have been cited


def is_statement(np: NP) -> bool:
    """ "the statement", "the press release", "its statement": a statement named as a
    speaker."""
    return (
        np.kind == "desc"
        and (np.head or "") in _HEADS
        and np.det in _DETS
        and len(np.words) <= 2
        and all(w[:1].islower() for w in np.words)
    )


def statement_owner(np: NP, pos: int, reg: Registry) -> Entry | None:
    """The source that issued the statement an attribution at `pos` names, or None."""
    if not is_statement(np):
        return None
    body = reg.body
    lo = max(0, pos - _WINDOW)
    # "said in a statement ... the press release said": any word for one names it
    mention = max(body.rfind(h, lo, pos) for head in _HEADS for h in (head, head.capitalize()))
    if mention < 0:
        return None
    head_end = body.find(" ", mention, pos)
    if head_end > 0 and (owned := owned_issuer(body, head_end)) is not None:
        # "a memo from the mayor's office": the issuer written beside it (x16p)
        return reg.named(owned[0], "organization", owned[1])
    near = max(0, mention - _NEAR)
    stop = _sentence_end(body, mention, pos)
    issuer = _body_cited_in_sentence(body, mention, stop, reg)
    if issuer is not None:
        # "The council said in a statement that ...", "In a statement, the Department
        # said ...": the body the sentence cites issued it, never the mayor named nearer
        return issuer
    best: tuple[int, Entry] | None = None
    for e in reg.entries:
        if not e.cited or e.kind not in ("organization", "person") or e.last < near:
            continue
        # the issuer is named beside the mention, in its sentence or just before it
        at = max(body.rfind(form, near, stop) for form in _forms(e))
        if at >= 0 and (best is None or abs(at - mention) < abs(best[0] - mention)):
            best = (at, e)
    if best is not None:
        return best[1]
    # "Minister Ada Ek issued a statement." names a person never cited (x16w)
    return reg.recent_org(mention, _NEAR) or statement_issuer(pos, reg)


def _body_cited_in_sentence(body: str, mention: int, stop: int, reg: Registry) -> Entry | None:
    """The one organisation cited in the sentence that mentions the statement (x16u)."""
    start = max(body.rfind(". ", 0, mention) + 2, body.rfind("\n", 0, mention) + 1)
    found = [
        e for e in reg.entries if e.cited and e.kind == "organization" and start <= e.last <= stop
    ]
    return found[0] if len(found) == 1 else None


def _sentence_end(body: str, at: int, limit: int) -> int:
    """Where the sentence holding `at` ends (at most `limit`)."""
    ends = [body.find(stop, at, limit) for stop in (". ", "? ", "! ", "\n")]
    return min((e for e in ends if e >= 0), default=limit)


def _forms(e: Entry) -> list[str]:
    """The ways an entry may be written: its name, aliases and surname."""
    forms = [e.name, *e.aliases]
    if e.surname:
        forms.append(e.surname.capitalize())
    return [f for f in forms if f]


def statement_subject(toks: list[Tok], i: int) -> NP | None:
    """ "the statement said", "its statement added", "the press release said": the
    statement as an attribution's subject (token i is the noun); resolved by
    statement_owner, never a source of its own."""
    if i < 1 or toks[i].low not in _HEADS:
        return None
    k = i - 1
    if toks[k].low in ("press", "joint", "written", "short", "brief") and k >= 1:
        k -= 1
    if toks[k].low not in _DETS:
        return None
    words = [t.text for t in toks[k + 1 : i + 1]]
    return NP("desc", k, i + 1, words, det=toks[k].low, head=toks[i].low)
