"""A sentence that gives a voice's stance, then its bare quotation (branch x16p, issue 16):
'The official was less sure. "Hopeful is a strong word."', 'Okafor was blunter. "The
plan is dead."', 'She took a darker view. "Nobody wins this."'. Political copy sets
voices against each other this way; the quotation right after is the subject's.

Precision guards: the whole sentence is the subject, "was/were" and a stance word
(optionally "less"/"more"/"far less", and "about ..."/"on ..." after it), or "took/
had/offered a <word> view/take/assessment", or "went further" / "disagreed"; the subject
is "he"/"she", a name, or "the"/"a"/"another"/"one" and a person's head noun ("the
official", "a senior diplomat", "another negotiator"). The caller checks the quotation
opens the next sentence of the paragraph and that the sentence credits no one."""

from __future__ import annotations

import re
from collections.abc import Callable

from claimdesk.extract.attribution.noun_phrases import NP, person_head
from claimdesk.extract.attribution.subjects import fwd_subject
from claimdesk.extract.attribution.tokens import tokenize
from claimdesk.extract.attribution.unnamed_source import anonymous_subject
from claimdesk.extract.lexicon import NOT_NAME, word_set
from claimdesk.extract.sources import Entry, Registry, classify_name

_STANCES = word_set(
    """sure certain convinced optimistic pessimistic hopeful cautious blunt blunter direct
    diplomatic guarded measured sanguine upbeat downbeat gloomy sceptical skeptical
    dismissive scathing forthright candid combative defiant conciliatory unmoved
    unimpressed unconvinced emphatic circumspect positive effusive generous charitable
    gracious forgiving critical sharper harsher franker bullish bearish confident
    doubtful wary"""
)
_DEGREE = word_set("less more far much even rather considerably somewhat no")
_VIEW_VERBS = word_set("took takes had has offered offers struck strikes sounded sounds")
_VIEWS = word_set("view take assessment note tone line")
_AFTER = word_set("about on over of with")
_MAX_TAIL = 8  # tokens of "about the deal's chances" after the stance


def unnamed_or_stance(masked: str, s: int, e: int) -> NP | None:
    """The voice a sentence before a bare quotation brings in: an unnamed source granted
    anonymity (unnamed_source.py), else a voice given its stance (this module)."""
    return anonymous_subject(masked, s, e) or stance_subject(masked, s, e)


def stance_subject(masked: str, s: int, e: int) -> NP | None:
    """The subject of a sentence that only gives its stance (see module), else None."""
    toks = tokenize(masked, s, min(e, s + 300))
    if len(toks) < 3 or toks[-1].text != ".":
        return None
    a = 0
    if toks[0].low in ("but", "yet"):
        a = 1  # "But the official was less sure."
    np = fwd_subject(toks, a, masked, appositive=False)
    if np is None or not _voice(np):
        return None
    v = np.end
    end = len(toks) - 1
    if v >= end:
        return None
    low = toks[v].low
    if low in ("went", "goes") and v + 1 < end and toks[v + 1].low == "further":
        return np if v + 2 == end else None
    if low in ("disagreed", "disagrees"):
        return np if v + 1 == end else None
    if low in _VIEW_VERBS:
        rest = [t.low for t in toks[v + 1 : end]]
        ok = len(rest) in (2, 3, 4) and rest[0] in ("a", "an") and rest[-1] in _VIEWS
        return np if ok else None
    if low not in ("was", "were", "is", "are"):
        return None
    k = v + 1
    while k < end and toks[k].low in _DEGREE:
        k += 1
    if k >= end or toks[k].low not in _STANCES:
        return None
    k += 1
    if k < end and (toks[k].low not in _AFTER or end - k > _MAX_TAIL):
        return None  # "was sure to win the seat": a claim, not a stance
    return np


def _voice(np: NP) -> bool:
    """He/she, a name, or an unnamed person by a head noun ("the official")."""
    if np.kind == "pronoun":
        return np.words[0].lower() in ("he", "she")
    if np.kind == "name":
        return True
    return np.det in ("the", "a", "an", "another", "one") and person_head(np)


_TITLE_REACH = 2000  # characters back to "President Aino Virtanen" for "the president"


def cited_voice(np: NP, reg: Registry, pos: int) -> Entry | bool | None:
    """Who "the official" / "the president" of a stance or gesture sentence at `pos` is:
    a source already cited whose name or role holds the head, else the person last
    named with that title in the 2,000 characters before, if the article cited them;
    else None (no scan of the whole body before each such sentence: that made a long
    text quadratic). False for any other subject, which the caller resolves as usual."""
    if np.kind != "desc" or np.det != "the" or np.head is None:
        return False
    cited = reg.described(np.head)
    if cited is not None or not np.head.isalpha():
        return cited
    title = re.compile(
        r"(?<![\w.])"
        + np.head.capitalize()
        + r"[ \u00a0]+([A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){1,2})"
    )
    last = None
    for m in title.finditer(reg.body, max(0, pos - _TITLE_REACH), pos):
        last = m
    if last is None:
        return None
    words = last.group(1).split()
    if words[-1] in NOT_NAME or classify_name(words) != "person":
        return None
    person = reg.person(words, last.group(), last.start())
    person.add_role(np.head.capitalize())  # as Registry.described does for "the senator"
    return person


def stance_voice(
    masked: str, s: int, e: int, reg: Registry, resolve: Callable[..., Entry | None]
) -> Entry | None:
    """The voice a stance sentence (s..e) sets against the one quoted before it in the
    paragraph ("A senior negotiator said ... . Another negotiator was blunter. '...'"):
    an unnamed one ("another/a/one ...", a new source) or "the official" of the cited
    sources; None for a pronoun, a name (the gesture and intro rules read those) or
    no stance sentence."""
    np = stance_subject(masked, s, e)
    if np is None or np.kind != "desc":
        return None
    who = cited_voice(np, reg, s)
    if who is False:
        who = resolve(np, "", reg, s)  # speakers._resolve (passed in: no import circle)
    if not isinstance(who, Entry) or who.kind not in ("person", "anonymous"):
        return None
    return who
