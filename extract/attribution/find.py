"""find_attributions(): every attribution in a sentence, in order. The speech verbs first
(each with its subject), then, for each, the clause it reports: after the verb, before a
trailing attribution, or after a leading "according to"."""

from __future__ import annotations

from dataclasses import dataclass

from claimdesk.extract.attribution.agreed_to import AGREE, STATES, agrees_to_act, states_is_noun
from claimdesk.extract.attribution.argue_with import ARGUE, quarrels
from claimdesk.extract.attribution.clauses import _clause_after, _content, _skip_recipient, _span
from claimdesk.extract.attribution.described_as import described_as
from claimdesk.extract.attribution.inner_that import before_its_that
from claimdesk.extract.attribution.issued_saying import issuer_of_statement
from claimdesk.extract.attribution.name_verb import verb_in_name
from claimdesk.extract.attribution.named_after import named_after
from claimdesk.extract.attribution.not_a_source import cites_no_one
from claimdesk.extract.attribution.noun_phrases import _START_OK, NP, _clean_role, np_back
from claimdesk.extract.attribution.own_words import pronoun_source
from claimdesk.extract.attribution.passive_label import passive_label
from claimdesk.extract.attribution.perfect_written import written_that
from claimdesk.extract.attribution.promise_to import promises_quote
from claimdesk.extract.attribution.put_it import put_it_after, puts_it
from claimdesk.extract.attribution.reply_verbs import (
    ASKED,
    BACK_VERBS,
    TO_KNOW,
    asked_of,
    back_reply,
    ends_turn,
    opens_on_quote,
    particles,
    to_know,
)
from claimdesk.extract.attribution.ruling_verbs import RULE_VERBS
from claimdesk.extract.attribution.said_to_have import hearsay_be
from claimdesk.extract.attribution.subjects import (
    _LEAD,
    _clause_subject,
    _document_owner,
    _the_report,
    back_subject,
    fwd_subject,
)
from claimdesk.extract.attribution.tokens import Q, Tok, is_cap, is_possessive, is_word, tokenize
from claimdesk.extract.attribution.triggers import (
    _ESTIMATED,
    _POSITION,
    _PUT,
    _TOKEN_TRIGGERS,
    has_trigger,
)
from claimdesk.extract.lexicon import (
    AUX_ADVERBS,
    BASE_VERBS,
    DOCUMENT_NOUNS,
    MANNER_VERBS,
    PARTICIPLES,
    QUOTE_VERBS,
    REPORT_HEADS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TIME_WORDS,
    word_set,
)
from claimdesk.extract.quote_terms import WORKS
from claimdesk.extract.sources import classify_name

_TELL = word_set("told tells telling tell")


@dataclass(slots=True)
class Attribution:
    sent: int
    verb: int  # body offset of the verb
    span: tuple[int, int]  # body offsets of subject + verb
    np: NP | None  # None: inherits the subject of an earlier attribution in the sentence
    clause: tuple[int, int] | None  # the reported clause, body offsets
    surface: str  # the subject as written
    weak: bool = False


_MEASURE = word_set(
    """recorded records registered registers measured measures counted counts detected
    detects logged logs found finds showed shows estimated estimates"""
)


_MAX_SENTENCE = 3000  # characters; keeps the per-verb scans linear in practice


_CLAUSE_TAIL = word_set(", which that who whom and but or while whereas")
_NEGATIONS = word_set("not never n't didn't hasn't haven't hadn't won't wouldn't doesn't don't")


_Found = tuple[int, int, NP | None, int, bool]  # (subject start, verb, np, after, inverted)


def find_attributions(
    body: str,
    masked: str,
    sent: int,
    s: int,
    e: int,
    folded: str | None = None,
    triggered: bool | None = None,
    per: bool = True,
) -> list[Attribution]:
    """Every attribution in the sentence body[s:e], in order (`folded`: fold(masked);
    `triggered`: whether the sentence holds a trigger word, when known; `per`: False
    when the body holds no ", per " / "Per ", skipping that search)."""
    if e - s > _MAX_SENTENCE or triggered is False:
        return []  # a "sentence" of thousands of characters is a table or debris
    if (
        triggered is None
        and not has_trigger(masked, s, e, folded)
        and not (per and (masked.find(", per ", s, e) >= 0 or masked.startswith("Per ", s)))
    ):
        return []
    toks = tokenize(masked, s, e)
    end = _words_end(toks)
    found = _speech_verbs(toks, end, body)
    if len(found) > 1 and any(toks[f[1]].low in ("according", "per") for f in found[1:]):
        # "The county recorded 27 deaths, according to the county coroner": the
        # measurement belongs to the source named by "according to".
        found = [f for f in found if toks[f[1]].low not in _MEASURE]
    found = _drop_embedded(toks, found, end)
    return _reported(toks, found, sent, end, body)


def _words_end(toks: list[Tok]) -> int:
    """Token index after the sentence's last word: its closing stops are no clause."""
    end = len(toks)
    while end > 0 and toks[end - 1].text in (".", "?", "!", "…"):
        end -= 1
    return end


def _speech_verbs(toks: list[Tok], end: int, body: str) -> list[_Found]:
    """Each speech verb of the sentence with its subject, in order: step one, before any
    clause is cut (a clause ends where the next attribution's subject starts)."""
    n = len(toks)
    found: list[_Found] = []
    for v in [i for i, t in enumerate(toks) if t.low in _TOKEN_TRIGGERS]:
        low = toks[v].low
        per = (
            low == "per"
            and v + 1 < n
            and (v == 0 or toks[v - 1].text == ",")
            and (toks[v + 1].low == "the" or is_cap(toks[v + 1].text))
        )
        if low == "per" and not per:
            continue  # "3 per cent", "$2 per share"
        if per or (low == "according" and v + 1 < n and toks[v + 1].low == "to"):
            # "according to X", "..., per the ministry"
            np = _according_to(toks, v, per, end, body)
            if np is not None:
                found.append((v, v, np, np.end, True))
            continue
        entry = _said(toks, v, body, found)
        if entry is not None:
            found.append(entry)
    return found


_FINITE_NEXT = word_set(
    """would will could can may might must should shall had has have was were is are did
    does do expected expects wanted wants believed believes thought thinks"""
)


def _clause_follows(toks: list[Tok], k: int) -> bool:
    """Whether the word after an inverted subject is a finite verb, so the noun is the
    subject of a reported clause ("said the minister expected ...", "said the minister
    would ...") rather than the attribution's speaker ("said the minister on Monday",
    "said Ruiz, who ...", "said Ruiz pointing at the pier")."""
    if k >= len(toks):
        return False
    t = toks[k]
    if not t.text.isalpha() or not t.text.islower() or t.low in TIME_WORDS:
        return False
    low = t.low
    if low in _POST_PARTICIPLES and k + 1 < len(toks) and toks[k + 1].low in _PREPS:
        return False  # "said a senior official involved in the talks" (branch x16m)
    return low in _FINITE_NEXT or (len(low) > 4 and low.endswith("ed"))


# participles that describe the speaker after an inverted subject, before a preposition
_POST_PARTICIPLES = word_set(
    "involved based briefed engaged employed stationed posted tasked assigned embedded"
)
_PREPS = word_set("in on with at for from")


def _according_to(toks: list[Tok], v: int, per: bool, end: int, body: str) -> NP | None:
    """The source of "according to X" / "..., per X": a name, a description, a report or
    a body's own figures, with a role that follows it after a comma."""
    n = len(toks)
    a = v + 2 if not per else v + 1
    if (own := pronoun_source(toks, a)) is not None:
        return own  # "According to her words, '...'" (own_words.py)
    # "according to estimates by the Centre for ...", "a statement from X"
    from_data = False
    for k in range(a, min(a + 4, n)):
        if toks[k].low in ("by", "from", "of") and k > a:
            if all(is_word(t.text) and not is_cap(t.text) for t in toks[a:k]):
                a = k + 1
                from_data = True
            break
        if not is_word(toks[k].text):
            break
    np = fwd_subject(toks, a, body, appositive=False)
    if np is not None and from_data and np.kind == "name":
        np.org_hint = True  # "data from Sensor Tower": an organisation
    if np is None and not from_data:
        np = _the_report(toks, a)  # "according to the report"
    elif (
        np is not None
        and np.kind == "name"
        and np.end < n
        and toks[np.end].low in REPORT_HEADS
        and toks[np.end].text.islower()
        and classify_name(np.words) != "publication"
    ):
        # "according to a United Nations report": the report, not the U.N.
        np.words = [*np.words, toks[np.end].text]
        np.end += 1
    if np is None:
        np = _own_figures(toks, a)
    elif np.kind == "desc" and np.end + 1 < end and toks[np.end].text == ",":
        # "according to the returning officer, Mirela Oduya": the named person
        after = fwd_subject(toks, np.end + 1, body, appositive=False)
        np = named_after(toks, np, end, after) or np
    if np is not None and np.kind == "name" and np.end + 1 < end and toks[np.end].text == ",":
        _trailing_role(toks, np, end, body)
    if np is not None and per and (np.kind not in ("name", "desc") or np.det == "a"):
        np = None
    return np


def _own_figures(toks: list[Tok], a: int) -> NP | None:
    """ "according to the board's own figures": the owner of the document speaks."""
    n = len(toks)
    k = a
    while k < n and k - a < 4 and is_word(toks[k].text) and not is_possessive(toks[k].text):
        k += 1
    if (
        k + 1 < n
        and is_possessive(toks[k].text)
        and (toks[k + 1].low in DOCUMENT_NOUNS or toks[k + 1].low == "own")
    ):
        doc = k + 1 if toks[k + 1].low != "own" else k + 2
        np = _document_owner(toks, min(doc, n - 1))
        if np is not None:
            np.end = k + 2
        return np
    return None


def _trailing_role(toks: list[Tok], np: NP, end: int, body: str) -> None:
    """'"...," according to Jane Smith, a spokeswoman for the agency.': the rest of the
    sentence is her role."""
    first = toks[np.end + 1]
    second = toks[np.end + 2].low if np.end + 2 < end else ""
    if (
        first.low in ("a", "an")
        or first.low in ROLE_NOUNS
        or (first.low == "the" and second in ROLE_NOUNS)
    ):
        np.role = _clean_role(body[first.start : toks[end - 1].end])
        np.end = end


def _verb_speaks(toks: list[Tok], v: int) -> bool:
    """Whether the verb at v reports speech here: "put the toll at 12" does, "put pressure
    on" does not; "read" only before a quote; "found" only before a clause."""
    n = len(toks)
    low = toks[v].low
    if low in ARGUE and quarrels(toks, v):
        return False  # "a government arguing with itself": a row (argue_with.py)
    if low in AGREE and agrees_to_act(toks, v):
        return False  # "ministers agreed on Saturday to pool their data": an act
    if low in STATES and states_is_noun(toks, v):
        return False  # "ministers from six island states agreed": the noun
    if low in TO_KNOW and to_know(toks, v):  # '"Which law?" Voss wanted to know.'
        return quote_before(toks, v) or opens_on_quote(toks, v)
    if low in _PUT:
        if puts_it(toks, v):
            return True  # 'As one aide put it to me: "..."' (put_it.py)
        if not _puts_estimate(toks, v):
            return False  # "put pressure on" is not speech; "put the toll at 12" is
    elif low in ("read", "reads"):
        nxt = toks[v + 1].text if v + 1 < n else ""
        after_quote = any(t.text == Q for t in toks[max(0, v - 4) : v])
        if nxt not in (":", Q, ",") and not after_quote:
            return False  # 'The statement read: "..."', '"...," the statement read.' only
    elif low == "written":
        return written_that(toks, v)  # "who had written that '...'" (perfect_written.py)
    elif low in _FIND:
        nxt = toks[v + 1].low if v + 1 < n else "."
        if nxt != "that" and not (nxt in (",", ".", ";") or nxt in TIME_WORDS or nxt == "on"):
            return False  # "the report found that ...", "..., data showed on Tuesday"
    elif low in _EXPRESS:
        return expresses_view(toks, v)  # "expressed hope that ...", not "expressed fear"
    elif low in MANNER_VERBS or low in RULE_VERBS:  # '"...," the Speaker ruled' (x19a)
        return beside_quote(toks, v)  # '"...," the teenager grinned', 'he shrugged: "..."'
    elif low in BACK_VERBS:  # '"...," Yancey shot back.' (reply_verbs.py)
        reply = back_reply(toks, v)
        return reply or (reply is None and (quote_before(toks, v) or opens_on_quote(toks, v)))
    elif (
        low not in SPEECH_VERBS
        and low not in QUOTE_VERBS
        and low not in _POSITION
        and low not in BASE_VERBS
    ):
        return False
    if verb_in_name(toks, v):
        return False  # "Mr Said said", "Hamisi Abdallah Said, told": a surname (x19a)
    if low in QUOTE_VERBS and passive_label(toks, v):
        return False  # "a contractor accused of paying him": the one accused (x19a)
    if low in _TALLY and not _tally_follows(toks, v):
        return False  # "has counted ballots for 30 years" is work, not a report
    if v + 1 < n and toks[v + 1].low == "to":
        # "said to the crowd" speaks to a listener; "said to be", "reported to have
        # fled", "is said to cost" do not report speech
        return to_listener(toks, v + 1) or promises_quote(toks, v)  # 'vowed to "..."'
    # "reported by", "11 people reported missing": not speech
    if v + 1 < n and toks[v + 1].low in _NOT_SPEECH_NEXT:
        # but '"...," the cook blasted as he marched off': the quotation frames it
        # ('"...?" Councillor Ada Brandt, the chair of the panel, asked as ...': the
        # subject's appositive may stand between them)
        return toks[v + 1].low == "as" and (
            quote_before(toks, v) or _subject_then_appositive(toks, v) or described_as(toks, v)
        )  # 'which Ames described as "brutal"' (described_as.py)
    return True


_EXPRESS = word_set("expressed expresses")
_VIEWS = word_set(
    """hope hopes confidence optimism belief conviction regret concern concerns doubt
    doubts surprise satisfaction disappointment"""
)


def expresses_view(toks: list[Tok], v: int) -> bool:
    """ "He expressed hope that "..."" (translated copy): "expressed" reports speech only
    with a view noun (up to one word before it: "his hope") and "that" right after it."""
    k = v + 1
    if k < len(toks) and toks[k].low in ("his", "her", "their", "its", "the", "strong", "deep"):
        k += 1
    return k + 1 < len(toks) and toks[k].low in _VIEWS and toks[k + 1].low == "that"


def _demanded_after(toks: list[Tok], v: int) -> bool:
    """'"Have you walked the high street?" demanded Cllr Horne': right after a quotation
    "demanded" is a verb of asking aloud, not a position (x16n)."""
    if toks[v].low != "demanded":
        return False
    if v > 0 and toks[v - 1].text == Q:
        return True
    # '"...?" Cllr Ada Horne, the opposition leader, demanded.' (reply_verbs.py)
    asks = ends_turn(toks, v) or to_know(toks, v)
    return asks and (quote_before(toks, v) or opens_on_quote(toks, v))


def _subject_then_appositive(toks: list[Tok], v: int) -> bool:
    """'"...?" Councillor Ada Brandt, the chair of the panel, asked': a quotation ends
    right before a name (or "the ...") whose appositive closes with a comma at the verb."""
    if v < 2 or toks[v - 1].text != "," or not quote_before(toks, v, 16):
        return False
    k = next(k for k in range(v - 1, -1, -1) if toks[k].text == Q)
    first = toks[k + 1].text
    return is_cap(first) or toks[k + 1].low in ("the", "a", "an")


def beside_quote(toks: list[Tok], v: int) -> bool:
    """Whether a verb of manner (lexicon.MANNER_VERBS) frames a quotation: one opens
    right after it ('shrugged: "..."', 'sobbed, "..."'), or one ends just before its
    subject ('"...," the stunned mum sobbed')."""
    n = len(toks)
    nxt = toks[v + 1].text if v + 1 < n else "."
    if nxt in (":", Q) or (nxt == "," and v + 2 < n and toks[v + 2].text == Q):
        return True
    return (
        quote_before(toks, v) or inverted_after_quote(toks, v) or _subject_then_appositive(toks, v)
    )


def inverted_after_quote(toks: list[Tok], v: int) -> bool:
    """'"...!" roared landlord Dez Okonkwo-Hart': the quotation ends right at the verb
    (a comma between at most) and its subject follows: a name, "the/a ...", or one
    lowercase role word and a name."""
    k = v - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    if k < 0 or toks[k].text != Q or v + 1 >= len(toks):
        return False
    nxt = toks[v + 1]
    if is_cap(nxt.text) or nxt.low in ("the", "a", "an"):
        return True
    # a role word before the name: "roared landlord Dez Okonkwo-Hart"
    return is_word(nxt.text) and v + 2 < len(toks) and is_cap(toks[v + 2].text)


def quote_before(toks: list[Tok], v: int, reach: int = 8) -> bool:
    """Whether a quotation ends just before the verb's subject ('"...," the cook blasted');
    `reach` tokens back at most."""
    for k in range(v - 1, max(-1, v - reach), -1):
        t = toks[k].text
        if t == Q:
            return k + 1 < v
        if t in (".", ";", ":", "!", "?") or toks[k].low in SPEECH_VERBS:
            return False
    return False


_TALLY = word_set("counted counts recorded records registered registers logged logs detected")
_TALLY_STOP = word_set("in for at on during since across over from with by")
_NUMBER_WORDS = word_set(
    """one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred hundreds thousand thousands million dozen dozens no zero more fewer"""
)


def _tally_follows(toks: list[Tok], v: int) -> bool:
    """A tally verb reports when a figure or a clause follows ("recorded 27 deaths",
    "counted that ...", "logged more than ..."), or when it closes a trailing
    attribution ("..., the agency recorded.")."""
    window = toks[v + 1 : v + 6]
    if not window or not is_word(window[0].text):
        return True
    for t in window:
        digits = not t.text.isalpha() and any(ch.isdigit() for ch in t.text)  # no letter is one
        if digits or t.low in _NUMBER_WORDS or t.low == "that":
            return True
        if not is_word(t.text) or t.low in _TALLY_STOP:
            return False  # "counted ballots in Ostvik for 30 years"
    return False


_LISTENER_START = word_set(
    """the a an his her their its our my your him them us me reporters lawmakers voters
    journalists supporters residents students workers members officials"""
)


def to_listener(toks: list[Tok], to: int) -> bool:
    """Whether "to" at index `to` opens a listener ("to the crowd", "to reporters", "to
    Ana") rather than an infinitive ("to be", "to have", "to cost")."""
    if to + 1 >= len(toks):
        return False
    nxt = toks[to + 1]
    if nxt.low in _LISTENER_START or is_cap(nxt.text):
        return True
    low = nxt.low
    # a lowercase plural noun ("to investors"), not a verb ending in -ss/-us ("to pass")
    return low.isalpha() and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _said(toks: list[Tok], v: int, body: str, found: list[_Found]) -> _Found | None:
    """A speech verb other than "according to" with its subject: before it ("officials
    said"), after it ('," said Boyechko'), or that of the clause (", saying ...")."""
    if not _verb_speaks(toks, v):
        return None
    low = toks[v].low
    if low in ASKED and asked_of(toks, v):
        return (v, v, None, v + 1, False)  # '"...?" he was asked.': not his question
    np = back_subject(toks, v, body)
    if np is not None and _anonymous_inside(toks, v, np):
        return None  # 'A figure in the party, who asked not to be named, ...': not the party
    inverted = False
    if low in BASE_VERBS and (np is None or not _plural(np)):
        return None  # "Analysts estimate", "experts warn": only with a plural subject
    if low in _POSITION and (np is None or np.kind != "desc") and not _demanded_after(toks, v):
        return None  # "The union wants a cap of ...": a body's position, not a person's wish
    if np is None and low in PARTICIPLES and v > 0 and toks[v - 1].text == ",":
        # ", saying ...": the subject of the main clause, or of the attribution before
        if not found:
            np = _clause_subject(toks, v)
        if np is None:
            return (v, v, None, v + 1, False)
    if np is None and low in PARTICIPLES:
        np = issuer_of_statement(toks, v)  # "The ministry issued a statement saying ..."
    if np is None and (be := hearsay_be(toks, v)) is not None:
        np = back_subject(toks, be, body)  # "X is said to have told colleagues ..."
    if np is None and low == "saying" and v >= 3 and toks[v - 1].low == "as":
        np = _quoted_as(toks, v - 2)  # "Ames was quoted as saying ..."
    if np is None and v > 3 and toks[v - 1].text == "," and toks[0].low in ("one", "another"):
        np = _one_named(toks, v, body)  # 'Allies ... . One, the MP Oliver Quill, said:'
    if np is None and low not in _TELL and (v == 0 or toks[v - 1].text in (",", Q, ":", "—", "–")):
        np = fwd_subject(toks, v + 1, body)
        if np is not None and _clause_follows(toks, np.end):
            np = None  # ", said the minister expected the vote to pass": a clause, no subject
        inverted = np is not None
    if np is None or (not inverted and cites_no_one(toks, np.start, v)):
        return None  # "than either campaign had predicted" (not_a_source.py)
    np.verb = low
    after = np.end if inverted else v + 1 + particles(toks, v)  # "shot back", "wanted to know"
    if low in _PUT:
        after = put_it_after(toks, v) or after  # the words after 'put it to me:'
    return (v if inverted else np.start, v, np, after, inverted)


def _anonymous_inside(toks: list[Tok], v: int, np: NP) -> bool:
    """Whether "who asked not to be named" at v found a subject that is the object of a
    preposition ("in the party"): the speaker is the description it ends (branch x16m);
    "One investor, who asked not to be named, ..." keeps its own subject."""
    if toks[v].low not in ("asked", "asks", "requested") or np.start < 1:
        return False
    if [t.low for t in toks[v + 1 : v + 4]] not in (["not", "to", "be"], ["to", "not", "be"]):
        return False
    return toks[np.start - 1].low in ("in", "of", "at", "for", "from", "with", "near")


def _one_named(toks: list[Tok], v: int, body: str) -> NP | None:
    """The name in 'One, the Conservative MP Oliver Quill, said': "One" of a group named
    before, then who it is between commas (v: the verb after the second comma)."""
    if len(toks) < 2 or toks[1].text != ",":
        return None
    np = fwd_subject(toks, 2, body, appositive=False)
    if np is None or np.kind != "name" or np.end != v - 1:
        return None
    return np


def _quoted_as(toks: list[Tok], q: int) -> NP | None:
    """The subject of "was quoted as saying" (q: the index of "quoted")."""
    if toks[q].low != "quoted":
        return None
    k = q - 1
    while k >= 0 and (toks[k].low in AUX_ADVERBS or toks[k].low in _BE):
        k -= 1
    np = np_back(toks, k) if k >= 0 else None
    return np if np is not None and np.kind in ("name", "desc", "pronoun") else None


_BE = word_set("is are was were been being be")


def _reported(
    toks: list[Tok], found: list[_Found], sent: int, end: int, body: str
) -> list[Attribution]:
    """Step two: each attribution with the clause it reports; a clause ends where the
    next attribution's subject starts. Negated verbs and bare demands cite nobody."""
    out: list[Attribution] = []
    out_sub: list[tuple[int, int]] = []  # (subject start, verb) token indexes of `out`
    for idx, (sstart, v, np, _after, inverted) in enumerate(found):
        next_start = found[idx + 1][0] if idx + 1 < len(found) else end
        limit = min(end, next_start) if next_start > v else end
        if idx + 1 < len(found) and next_start <= v:
            limit = min(limit, _coordinated_at(toks, v, found[idx + 1][1]))
        verb_low = toks[v].low
        clause: tuple[int, int] | None = None
        if verb_low in QUOTE_VERBS:
            pass  # attributes quotes only
        elif verb_low in ("according", "per"):
            clause = _according_clause(toks, found, idx, out, out_sub, limit, body)
        else:
            clause, quote_follows = _said_clause(toks, found, idx, out, out_sub, limit, body)
            if quote_follows:
                out.append(_attribution(toks, sent, sstart, v, np, None, body))
                out_sub.append((sstart, v))
                continue
        if not inverted and _negated(toks, v):
            continue  # "The White House has not said whether ...": nobody is cited
        short = clause is None or clause[1] - clause[0] < 16
        if verb_low in _POSITION and short and not _demanded_after(toks, v):
            continue  # "lawmakers have demanded answers": a demand, no claim
        out.append(_attribution(toks, sent, sstart, v, np, clause, body))
        out_sub.append((sstart, v))
    return out


def _coordinated_at(toks: list[Tok], v: int, v2: int) -> int:
    """ "X said A and warned that B": the first clause ends at the "and" before the
    second verb, whose subject is the sentence's (else the sentence's end)."""
    k = v2 - 1
    while k > v and toks[k].low in AUX_ADVERBS:
        k -= 1
    if k > v and toks[k].low in ("and", "but"):
        return k
    return len(toks)


def _according_clause(
    toks: list[Tok],
    found: list[_Found],
    idx: int,
    out: list[Attribution],
    out_sub: list[tuple[int, int]],
    limit: int,
    body: str,
) -> tuple[int, int] | None:
    """What "according to X" reports: the words after it when it leads the sentence
    ("According to X, ..."), else the words before it."""
    sstart, _v, _np, after, _inverted = found[idx]
    before = [t for t in toks[:sstart] if is_word(t.text)]
    lead = sstart == 0 or all(
        (not is_word(t.text) and t.text != Q) or t.low in _START_OK for t in toks[:sstart]
    )
    if not lead and len(before) <= 3 and toks[sstart - 1].text == ",":
        # "In June, according to Smith, ...": a leading adverbial, clause after
        lead = before[0].low in _LEAD or before[0].low in TIME_WORDS
    if lead:
        k = after
        if k < limit and toks[k].text == ",":
            k += 1
        if _content(toks, k, limit):
            return _span(toks, k, limit, body)
        return None
    lo = _prev_end(found, idx)
    lo2 = _outer_report(toks, found, out, out_sub, sstart)
    if lo2 is not None:
        return _span(toks, lo2, sstart, body)
    if _content(toks, lo, sstart):
        return _span(toks, lo, sstart, body)
    return None


def _said_clause(
    toks: list[Tok],
    found: list[_Found],
    idx: int,
    out: list[Attribution],
    out_sub: list[tuple[int, int]],
    limit: int,
    body: str,
) -> tuple[tuple[int, int] | None, bool]:
    """What a speech verb reports, and whether a quotation follows it instead ('he said:
    "..."'): the clause after the verb, else the words before a trailing attribution."""
    sstart, v, _np, after, inverted = found[idx]
    verb_low = toks[v].low
    clause: tuple[int, int] | None = None
    a = after
    if not inverted and verb_low in _TELL:
        a = _skip_recipient(toks, a)
        if a + 1 < limit and toks[a].text == Q and toks[a + 1].low == "that":
            a += 1  # 'told NBC's "Morning Desk" that ...': the programme is the venue
    elif a < limit and toks[a].low == "to" and to_listener(toks, a):
        a = _skip_recipient(toks, a + 1)  # "said to the crowd", "wrote to supporters"
    c = _clause_after(toks, a, limit) if not inverted else None
    comma_after = None
    if c is not None and c < limit and toks[c].text in (":", ","):
        if toks[c].text == ":" or (c + 1 < limit and toks[c + 1].text == Q):
            # 'he said: "..."', 'he said, "..."': a quote follows, nothing else
            return None, True
        # "officials said on Sunday, cutting power ..." is a trailing
        # attribution of what came before.
        comma_after = c
        c = None
    if c is not None:
        limit = _clause_limit(toks, sstart, c, limit)
    if c is not None and _no_claim(toks, c, limit, verb_low):
        return None, False  # "said when asked", "wrote an op-ed titled ..."
    if c is not None and _content(toks, c, limit):
        first_word = next((t for t in toks[c:limit] if t.text != Q), None)
        if first_word is not None and toks[c].text != Q:
            clause = _span(toks, c, limit, body)
        elif _content(toks, c, limit) and toks[c].text == Q:
            clause = None  # the clause is a quotation: kept as a quote
    elif c is None or not _content(toks, c, limit):
        clause = _clause_before(toks, found, idx, out, out_sub, comma_after, limit, body)
    return clause, False


_WRITE = word_set("wrote writes write writing")
_CIRCUMSTANCE = word_set("when while as")


_PLACE_PREPS = word_set("at in on inside outside near during after before from aboard")
_MAX_SETTING = 12  # tokens: a longer phrase after the verb is read as a clause
_FINITE = AUX_ADVERBS | word_set(
    "is are was were be been would will could can must should may might has have had"
)


def _verbish(low: str) -> bool:
    """A word that can carry a claim's verb: an auxiliary or a past form ("rose")."""
    return low in _FINITE or (low.endswith("ed") and len(low) > 4)


def _no_claim(toks: list[Tok], c: int, limit: int, verb_low: str) -> bool:
    """What follows the verb is no claim: the circumstance of saying ("said when asked
    about a date", "said as she left") or the piece written ("wrote an op-ed titled")."""
    if c >= limit:
        return False
    first = toks[c].low
    nxt = toks[c + 1].low if c + 1 < limit else ""
    if first in _CIRCUMSTANCE:
        return nxt.endswith(("ed", "ing")) or nxt in ("he", "she", "they", "i", "we")
    if first in _PLACE_PREPS and limit - c <= _MAX_SETTING:
        # "told supporters at a riverside warehouse just after midnight": where and when
        # it was said, with no verb of its own to claim anything
        return not any(_verbish(t.low) for t in toks[c:limit])
    if verb_low in _WRITE and first in ("a", "an", "the", "his", "her", "their", "its"):
        return any(t.low in WORKS for t in toks[c + 1 : min(c + 4, limit)])
    return False


def _clause_limit(toks: list[Tok], sstart: int, c: int, limit: int) -> int:
    """Where a clause after the verb ends: at a semicolon; after "which she says" at the
    comma closing the relative clause; never on a dangling "which" / "and"."""
    rel = sstart > 0 and toks[sstart - 1].low in ("which", "that", "who")
    stop = (";", ",") if rel else (";",)
    semi = next((k for k in range(c, limit) if toks[k].text in stop), None)
    if semi is not None and semi > c:
        limit = semi
    # "... the measures, which it says ...": not part of this clause
    while limit > c and toks[limit - 1].low in _CLAUSE_TAIL:
        limit -= 1
    return limit


def _clause_before(
    toks: list[Tok],
    found: list[_Found],
    idx: int,
    out: list[Attribution],
    out_sub: list[tuple[int, int]],
    comma_after: int | None,
    limit: int,
    body: str,
) -> tuple[int, int] | None:
    """A trailing or parenthetical attribution ("..., officials said"; "By then, she
    said, it was too late"): the words around it that it reports."""
    sstart = found[idx][0]
    lo = _prev_end(found, idx)
    before = sum(1 for t in toks[lo:sstart] if is_word(t.text))
    if (
        comma_after is not None
        and 1 <= before <= 2
        and _content(toks, comma_after + 1, limit)
        and toks[comma_after + 1].text != Q
    ):
        # "By then, she said, it was too late ...": the words after it.
        return _span(toks, comma_after + 1, limit, body)
    if _content(toks, lo, sstart) and not (out and out[-1].clause):
        # (a clause the attribution before already reported is not repeated)
        return _span(toks, lo, sstart, body)
    if (lo2 := _outer_report(toks, found, out, out_sub, sstart)) is not None:
        # "The company estimates the repairs will cost $5 million, Vance
        # said": the trailing attribution reports the estimate before it.
        return _span(toks, lo2, sstart, body)
    return None


# What a subject thinks, plans or measures, not what it says: reported by whoever a
# trailing attribution names ("The ministry believes 300 homes flooded, Lind said").
_BELIEF = (
    _MEASURE
    | _POSITION
    | word_set(
        """estimate estimates estimated believe believes believed think thinks thought
    expect expects expected fear fears feared hope hopes hoped suspect suspects
    suspected reckon reckons reckoned assume assumes assumed calculate calculates
    calculated predict predicts predicted project projects projected forecast forecasts
    plan plans planned intend intends intended"""
    )
)


def _outer_report(
    toks: list[Tok], found: list, out: list, out_sub: list[tuple[int, int]], sstart: int
) -> int | None:
    """When a trailing attribution (", Vance said." / ", according to X.") follows
    belief/estimate attributions in the same clause, drop them from `out` and return the
    token index where the trailing one's reported clause starts; else None."""
    if sstart < 1 or toks[sstart - 1].text != "," or not out or out[-1].clause is None:
        return None
    k = len(out)
    while k > 0 and out[k - 1].clause is not None and toks[out_sub[k - 1][1]].low in _BELIEF:
        k -= 1
    if k == len(out):
        return None
    first = out_sub[k][0]
    if any(t.text == Q for t in toks[first:sstart]):
        return None
    idx = next((i for i, f in enumerate(found) if f[0] == first), 0)
    del out[k:], out_sub[k:]
    return _prev_end(found, idx)


def _drop_embedded(toks: list[Tok], found: list, end: int) -> list:
    """ "Benedetti said the union wants six patients per nurse": an attribution whose
    subject opens the clause reported by the one before belongs to that clause; the
    sayer is the speaker."""
    if len(found) < 2:
        return found
    out = [found[0]]
    for f in found[1:]:
        sstart, _v, np, _after, inverted = f
        _p_start, pv, p_np, p_after, p_inv = out[-1]
        if (
            not inverted
            and not p_inv
            and p_np is not None
            and np is not None
            and np.kind != "pronoun"
            and toks[pv].low in SPEECH_VERBS
            and toks[pv].low not in PARTICIPLES
            and pv < sstart
        ):
            a = _skip_recipient(toks, p_after) if toks[pv].low in _TELL else p_after
            c = _clause_after(toks, a, end)
            if c == sstart or before_its_that(sstart, _v, a, c):
                continue
        out.append(f)
    return out


def _attribution(
    toks: list[Tok],
    sent: int,
    sstart: int,
    v: int,
    np: NP | None,
    clause: tuple[int, int] | None,
    body: str,
) -> Attribution:
    subj_end = np.end if np is not None else v + 1
    span_lo = toks[min(sstart, v)].start
    span_hi = toks[max(v, subj_end - 1)].end
    surface = body[toks[np.start].start : toks[np.end - 1].end] if np is not None else ""
    return Attribution(
        sent=sent,
        verb=toks[v].start,
        span=(span_lo, span_hi),
        np=np,
        clause=clause,
        surface=surface,
        weak=toks[v].low in _WEAK,
    )


_NOT_SPEECH_NEXT = word_set(
    """by missing dead killed injured wounded hurt lost safe detained arrested to as
    alive abducted kidnapped"""
)


_FIND = word_set("found finds showed shows")


def _puts_estimate(toks: list[Tok], v: int) -> bool:
    """ "he had put the death toll at 12", "officials put the cost at $3 billion"."""
    window = [t.low for t in toks[v + 1 : v + 11]]
    return any(w in _ESTIMATED for w in window) and "at" in window


def _plural(np: NP) -> bool:
    if np.kind == "pronoun":
        return np.words[0].lower() in ("they", "we")
    head = np.head or ""
    if np.kind == "desc":
        return head.endswith("s") or head in ("people", "police", "authorities")
    return False


def _negated(toks: list[Tok], v: int) -> bool:
    """ "has not said", "did not immediately respond": a negation among the auxiliaries
    right before the verb."""
    k = v - 1
    while k >= 0 and (toks[k].low in AUX_ADVERBS or toks[k].low in _NEGATIONS):
        if toks[k].low in _NEGATIONS:
            return True
        k -= 1
    return False


def _prev_end(found: list, idx: int) -> int:
    """Token index where the text before attribution idx starts."""
    if idx == 0:
        return 0
    _, v, _np, after, _inv = found[idx - 1]
    return max(after, v + 1)


_WEAK = word_set("believe believed believes think thought thinks continued continue agree agreed")
