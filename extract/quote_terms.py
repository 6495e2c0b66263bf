"""Quotation marks that hold no quotation: titles of shows, books and op-eds ('told
NBC's "Morning Desk"'), words on a sign or shirt ('a shirt reading "Vote"') and coined
terms ('a so-called "quiet tax"', 'nicknamed the "Iron Gulls"', 'a bill dubbed the
"Clean Streets Act"'). They stay out of the Quotes pane: a desk checks what
people said, not what a programme is called."""

from __future__ import annotations

import re

from claimdesk.extract.case_twin import case_twin
from claimdesk.extract.coined_phrases import coined_phrase
from claimdesk.extract.lexicon import SPEECH_VERBS, word_set
from claimdesk.extract.listed_terms import listed_or_named

# The words right before the opening mark that make what follows a name or a term.
_TERM_LEAD = re.compile(
    r"(?:\bso[- ]called|\b(?:titled|entitled|headlined|billed as|"
    # 'a paper circulated under the title "..."' (x16u): a plan's or paper's name
    r"(?:under|with|bearing|carrying)(?: the| a)(?: [\w-]+)? title|"
    r"(?:nicknamed|code-?named)(?: the| a| an)?|"
    r"known(?: [\w'’-]+){0,6} as(?: the| a| an)?|slogan|hashtag|motto))[ \u00a0]*[,:]?[ \u00a0]*$",
    re.IGNORECASE,
)
# Works whose name may stand right before the title: 'her book "Salt Roads"'.
WORKS = word_set(
    """programme program podcast podcasts book books novel memoir film films
    documentary series column columns op-ed op-eds essay essays album song newsletter
    blog editorial headline musical sitcom cookbook cookbooks bestseller history"""
)
# Works named before a Title-Case quotation only (tenth pass): 'his first opera, "The Salt
# Queen",', 'the aria "Lament for the Tide"', 'in the journal "Reef Biology Letters"'.
TITLED_WORKS = word_set(
    """opera operas aria arias atlas atlases journal journals play plays poem poems
    symphony concerto oratorio ballet anthology collection exhibition libretto
    work feature painting paintings mural sculpture portrait novella"""
)
# A nickname between a given name and a surname: 'Best man Gary "Gazza" Pendry-Ude'.
_NICK_BEFORE = re.compile(r"\b[A-Z][\w'’-]*[ \u00a0]$")
_NICK_AFTER = re.compile(r"[ \u00a0][A-Z][\w'’-]*")
# "Locals know the cob as "Big Dennis"": what something is known by, a name.
_KNOW_AS = re.compile(
    r"\b(?:know|knows|knew)(?:[ \u00a0][\w'’-]+){1,2}[ \u00a0]as(?: the| a| an)?[ \u00a0]*$"
)
# Words after which a Title-Case quotation is a song or a book: 'the crowd sang "We Own
# This Town"', 'the bestselling "Flour Power"'.
_TITLE_BEFORE = word_set("sang sing sings singing bestselling best-selling")
_LEAD_WINDOW = 40  # characters before the mark that are read
_MAX_TITLE_WORDS = 8
_SMALL = word_set("a an the of for and or in on at to with by from as nor but vs")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_POSSESSIVE_END = re.compile(r"[A-Za-z][\w.&-]*(?:[ \u00a0]\d+)?['’]s[ \u00a0]*$")
# A verb that names something, then its article: 'dubbed the "Clean Streets Act"' (a
# Title-Case quotation there is a name; 'dubbed it "a disaster"' stays a quotation).
_NAMING = re.compile(
    r"\b(?:dubbed|named|called|christened|renamed|branded|labell?ed)(?: it| them)?"
    r"(?: the| a| an)[ \u00a0]*$",
    re.IGNORECASE,
)
_NAME_PREPOSITIONS = word_set("on in to from of for at")
# 'broke into a chant of "...", 'cries of "..."': what follows is said, not a name
_CHANT_OF = re.compile(
    r"\b(?:chants?|cries|cry|shouts?|chorus(?:es)?|roars?|cheers?|calls?|refrain|"
    r"screams?|yells?)[ \u00a0]+of[ \u00a0]*$",
    re.IGNORECASE,
)
_BEFORE_WORD = re.compile(r"([A-Za-z][\w-]*)[ \u00a0]*[,:]?[ \u00a0]*$")
# The lead-in tests without IGNORECASE, for an ASCII lead-in lower-cased once (case_twin.py)
_TERM_LEAD_LOW = case_twin(_TERM_LEAD)
_CHANT_OF_LOW = case_twin(_CHANT_OF)


def _word_before(lead: str) -> re.Match[str] | None:
    """_BEFORE_WORD.search(lead), tried only after the last space of the lead-in without
    its closing spaces and comma (the word it finds holds no space): one word's
    positions instead of all forty."""
    t = lead.rstrip(" \u00a0\n,:")
    return _BEFORE_WORD.search(lead, max(t.rfind(" "), t.rfind("\u00a0")) + 1)


def _title_case(text: str) -> bool:
    """Every word capitalised but the small ones, and no sentence in it (the closing
    stop is read first: most quotations end on one, and then no word is split out)."""
    if text.rstrip().endswith((".", ",")):
        return False
    words = _WORD.findall(text)
    if not words or len(words) > _MAX_TITLE_WORDS:
        return False
    if not words[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in _SMALL for w in words)


# Thirteenth pass (x16k). "the research calls "quiet hours"", 'what she calls her
# "cheerful book"': the writer reporting someone's coinage, not quoting a claim.
_WHAT_CALLS = re.compile(
    r"\bwhat(?:[ \u00a0][\w'’-]+){1,3}?[ \u00a0]+(?:calls?|called|terms?|termed|dubs?|dubbed)"
    # a possessive owner too: 'what he called the prosecution's "theatre"' (x19b)
    r"(?:[ \u00a0]+(?:its|his|her|their|our|the|a|an|(?:the[ \u00a0]+)?[\w-]+['’]s))?[ \u00a0]*$",
    re.IGNORECASE,
)
# 'use the term "call drift"', 'coins the phrase "gig lords"': a word talked about.
_TERM_NOUN = re.compile(
    r"\b(?:the[ \u00a0]+(?:term|word|nickname)|coin(?:s|ed|ing)?[ \u00a0]+(?:the|a)[ \u00a0]+"
    r"(?:phrase|term|word|name))[ \u00a0]*[,:]?[ \u00a0]*$",
    re.IGNORECASE,
)
# A verb that names, right before the mark: 'labels marked "Grand Cru"', 'a tool branded
# "Tallis Route"', 'a van she called "the Ark"', 'whom supporters call "the Fixer"' (x16q)
# (a Title-Case name only: 'called it
# "a disgrace"' stays a quotation).
_NAMES_IT = re.compile(
    r"\b(?:marked|stamped|branded|christened|renamed|dubbed|named|calls?|called|labell?ed|"
    r"nicknamed)(?:[ \u00a0]+(?:it|them|him|her))?[ \u00a0]*$"
)
# 'adapted for television as "The Small Rooms Affair"', 'rebranded as "Project Dawn"': a
# new name for a work or a scheme (Title Case only, as above).
_AS_NAME = re.compile(
    r"\b(?:adapted|released|published|relaunched|rebranded|reissued|marketed|launched|"
    r"styled|renamed)(?:[ \u00a0]+[\w'’-]+){0,3}?[ \u00a0]+as[ \u00a0]*$"
)
# 'calls its opening dish a "conversation with the sea,"': a naming verb, what is named
# (up to three words) and the article outside the marks.
_CALLS_THING_A = re.compile(
    r"\b(?:calls?|called|dubs?|dubbed|labels?|labell?ed|brands?|branded)"
    r"(?:[ \u00a0]+[\w'’-]+){1,3}?[ \u00a0]+(?:a|an)[ \u00a0]*$"
)
# A determiner before a Title-Case quotation makes it a name: 'ran the "Seaview Rest"
# guesthouse', 'told the "Morning Table" podcast', 'his "Eating Out" column'.
_DETERMINERS = word_set("the a an his her their its our my your this that")
_LEAD_ARTICLE = re.compile(r"(?:the|a|an)[ \u00a0]+(?=[A-Z])")
_MAX_COINED = 5  # words of a coined term


def _named_title(said: str) -> bool:
    """'the Ark', 'Grand Cru': Title Case, after an article of its own or not."""
    said = said.rstrip().rstrip(".,")
    m = _LEAD_ARTICLE.match(said)
    return _title_case(said[m.end() :] if m else said)


def _coinage(body: str, open_mark: int, said: str, lead: str, prev: str) -> bool:
    """The thirteenth-pass shapes of a name or a coined term (see the patterns above)."""
    # no stop in it (five `in` tests) before its words are counted
    stops = "." in said or "!" in said or "?" in said or ";" in said or ":" in said
    if not stops and len(_WORD.findall(said)) <= _MAX_COINED:
        if _WHAT_CALLS.search(lead) or _TERM_NOUN.search(lead):
            return True  # 'what it calls "quiet hours"', 'the term "call drift"'
        if _CALLS_THING_A.search(body, max(0, open_mark - _LEAD_WINDOW), open_mark):
            return True  # 'calls its opening dish a "conversation with the sea,"'
    if (_NAMES_IT.search(lead) or _AS_NAME.search(lead)) and _named_title(said):
        return True  # 'labels marked "Grand Cru"', 'a van she called "the Ark"'
    # 'ran the "Seaview Rest" guesthouse'
    return prev in _DETERMINERS and _title_case(said.rstrip().rstrip(".,"))


def is_title_or_term(body: str, open_mark: int, start: int, end: int, para_start: int) -> bool:
    """Whether the quotation body[start:end] (opened at `open_mark`) names a work or
    coins a term, judged from the words before it and its own case."""
    lead = body[max(para_start, open_mark - _LEAD_WINDOW) : open_mark]
    low = lead.lower() if lead.isascii() else None
    if _TERM_LEAD_LOW.search(low) if low is not None else _TERM_LEAD.search(lead):
        return True
    if _CHANT_OF_LOW.search(low) if low is not None else _CHANT_OF.search(lead):
        return False  # 'a chant of "Mag-da-le-na!"': words a crowd says, no title (x16q)
    said = body[start:end]
    before = _word_before(lead)
    prev = before.group(1).lower() if before else ""
    if (
        prev in WORKS
        and len(_WORD.findall(said)) <= _MAX_TITLE_WORDS
        and not said[:1].islower()
        and not lead.rstrip().endswith(":")  # 'told the Today programme: "..."' (x16s3)
    ):
        return True  # a title opens with a capital: 'called the film "a masterclass"' stays
    if _coinage(body, open_mark, said, lead, prev) or coined_phrase(
        body, open_mark, para_start, said
    ):
        return True  # coined_phrases.py: 'calling it "the Cold Front"', 'the phrase "..."'
    if listed_or_named(body, open_mark, start, end, para_start, _title_case(said.rstrip(", "))):
        return True  # x16s: listed terms, '"Fair Start" report', a ledger's labels
    if prev in TITLED_WORKS and _title_case(said.rstrip().rstrip(",")):
        return True  # 'his first opera, "The Salt Queen",' (but 'the play "was a mess"')
    # each test below needs said (or said without its closing comma) in Title Case: that
    # is read once and first, the lead-in's patterns only after
    title = _title_case(said)
    if title and (
        len(said.split()) <= 3
        and _NICK_BEFORE.search(body, max(0, open_mark - 30), open_mark)
        and _NICK_AFTER.match(body, end + 1)
    ):
        return True  # 'Gary "Gazza" Pendry-Ude': a nickname inside a name
    if title and _KNOW_AS.search(lead):
        return True  # 'Locals know the cob as "Big Dennis"'
    if title and (prev in _TITLE_BEFORE or prev in ("show", "shows")):
        # 'sang "We Own This Town"' (but 'sang "we won, we won"' stays); 'the call-in
        # show "Falls Talk"' (but 'records show "a pattern"')
        return True
    if (
        (title or said.rstrip().endswith(","))  # (a closing comma is all that can differ)
        and _NAMING.search(lead)
        and _title_case(said.rstrip().rstrip(","))
    ):
        return True  # 'a bill dubbed the "Clean Streets Act," passes'
    if not title or lead.rstrip().endswith((":", ",")) or prev in SPEECH_VERBS:
        return False  # 'Vale Joked "You Are All Winners."' is a quotation
    # a Title-Case name inside a sentence, after an owner or a preposition:
    # 'told NBC's "Morning Desk"', 'appeared on "Face the Region"', 'the company's
    # "Project Lantern"'
    return bool(_POSSESSIVE_END.search(lead)) or prev in _NAME_PREPOSITIONS
