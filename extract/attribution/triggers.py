"""Whether a sentence can hold an attribution at all (has_trigger): a C-speed check on the
folded body that lets most sentences skip tokenizing."""

from __future__ import annotations

import re
from itertools import filterfalse

from claimdesk.extract.attribution.put_it import put_it_words
from claimdesk.extract.attribution.reply_verbs import TURN_TRIGGERS
from claimdesk.extract.attribution.ruling_verbs import RULE_VERBS
from claimdesk.extract.attribution.verb_asides import HABIT
from claimdesk.extract.lexicon import (
    AUX_ADVERBS,
    BASE_VERBS,
    DETERMINERS,
    MANNER_VERBS,
    QUOTE_VERBS,
    SPEECH_VERBS,
    word_set,
)

# Lowercase only: a speech verb opening a sentence is rare, "According" the exception.
_TRIGGER_WORDS = (
    SPEECH_VERBS
    | QUOTE_VERBS
    | MANNER_VERBS
    | BASE_VERBS
    | word_set(
        """according According put puts found finds showed shows read reads wants demands
        demanded proposes proposed seeks sought"""
    )
    | TURN_TRIGGERS  # "shot back", "wanted to know" (reply_verbs.py)
    | RULE_VERBS  # '"...," the Speaker ruled' (ruling_verbs.py)
)
_TOKEN_TRIGGERS = _TRIGGER_WORDS | {"per"}
_PUNCT_RUN = re.compile(r"[.,;:!?()\"“”‘’'—–\x00]")  # one space per mark: offsets hold


_ASCII_PUNCT = bytes.maketrans(b".,;:!?()\"'\x00", b" " * 11)  # _PUNCT_RUN's ASCII marks


def fold(masked: str) -> str:
    """The masked body with punctuation as spaces, for has_trigger (once per article;
    a regex is 7x faster than str.translate with non-ASCII keys; an ASCII body, a third
    of them, goes through bytes.translate, quicker still)."""
    if masked.isascii():
        return masked.encode("ascii").translate(_ASCII_PUNCT).decode("ascii")
    return _PUNCT_RUN.sub(" ", masked)


def has_trigger(masked: str, s: int, e: int, folded: str | None = None) -> bool:
    """True when the sentence holds a speech verb (C-speed: fold, split, set)."""
    text = folded[s:e] if folded is not None else _PUNCT_RUN.sub(" ", masked[s:e])
    words = text.split()
    if _TRIGGER_WORDS.isdisjoint(words):  # most sentences: no set built, no call
        return masked.find("\x00", s, e) >= 0 and _title_case_lead_in(masked, s, e, words)
    hits = _TRIGGER_WORDS.intersection(words)
    if not hits <= _LOOKED_AT:
        return True
    # Only "put", plural-subject verbs ("analysts expect") or nouns' twins ("records"):
    # most sentences holding them report nothing ("put pressure on", "we believe in",
    # "few records"); skip those before tokenizing. The word rules for "put", "written"
    # and plural subjects are the old gate's (a guess: `guessed`); this round's two
    # (`proved`: a noun twin after a determiner, a base form after "to") each prove that
    # find._said finds nothing there, so they turn a sentence away only when no guess
    # was needed: the old gate's answer stands otherwise.
    proved = guessed = False
    for i in [i for i, w in enumerate(words) if w in hits]:
        w = words[i]
        if w == "written":  # only "had/has [once] written" may speak (perfect_written.py)
            if i and words[i - 1].lower() in _BEFORE_WRITTEN:
                return True
            guessed = True
            continue
        if w in _PUT:
            if put_it_words(words, i):
                return True
            window = [x.lower() for x in words[i + 1 : i + 11]]
            if "at" in window and not _ESTIMATED.isdisjoint(window):
                return True
            guessed = True
            continue
        if w not in _CHECKED_TRIGGERS:  # a noun twin: the old gate let it through
            if not (
                i
                and words[i - 1].lower() in DETERMINERS
                and _noun_after(masked, s, text, words, i)
                and _in_sight(text, words)
            ):
                return True
            proved = True
            continue  # "few records", "its report": a noun (back_subject: no subject)
        k = i - 1
        while k >= 0 and words[k].lower() in AUX_ADVERBS:
            k -= 1
        if k < 0:
            guessed = True
            continue  # a base form opening the sentence has no subject
        prev = words[k].lower()
        if (
            prev.endswith("s")
            or prev in _PLURAL_PREV
            or not _POSTMOD_NEAR.isdisjoint(map(str.lower, words[max(0, k - 8) : k]))
            or _punct_between(masked, s, text, words, k, i)
        ):
            if not (
                words[k] == "to"
                and _infinitive(masked, s, text, words, k, i)
                and _in_sight(text, words)
            ):
                return True
            proved = True  # "whom to believe": no subject (back_subject stops at "to")
            continue
        guessed = True
    return proved and guessed  # a proof alone turns the sentence away; a guess, as before


# a mark the fold leaves that can end a token: "/", "&", "…", a combining mark, a hyphen
# after no letter ("-said", "1.5-said"; "longer-term" is one token, as one word)
_GLUE_MARK = re.compile(r"[^\w\s-]|(?<![^\W\d_])-")


def _in_sight(text: str, words: list[str]) -> bool:
    """Whether every speech word find_attributions would read in the sentence is one of
    its hits: no mark the fold keeps joins a word to one ("recorded/she" is three
    tokens), and none is capitalised ("Said") or "per", which _TRIGGER_WORDS misses. Only
    then may a word's rule below turn the sentence away."""
    if "per" in words:  # the one lowercase token trigger that is no trigger word
        return False
    if not _TOKEN_TRIGGERS.isdisjoint(map(str.lower, filterfalse(str.islower, words))):
        return False
    return _GLUE_MARK.search(text) is None  # last: a class scan of every character


def _infinitive(masked: str, s: int, text: str, words: list[str], k: int, i: int) -> bool:
    """Words k..i are "to", lowercase adverbs and the base form at i, one token each (no
    mark between them, nor between "to" and a plain word before it that is no habit:
    "as they liked to say"): find._said gives that verb no subject, so no attribution."""
    if k and (not words[k - 1].isalpha() or words[k - 1].lower() in HABIT):
        return False
    return all(w in AUX_ADVERBS for w in words[k + 1 : i]) and not _punct_between(
        masked, s, text, words, max(k - 1, 0), i
    )


def _noun_after(masked: str, s: int, text: str, words: list[str], i: int) -> bool:
    """Word i, after a determiner (word i - 1), is a noun to find._said: both one token,
    only spaces between them and no mark glued before the determiner ("U.S.the" is one
    token). (_LOOKED_AT holds no past form, which a double genitive would make a verb:
    "a pal of the mayor's sighed", role_words.double_genitive; nor "according".)"""
    a = s + _start(text, i - 1)
    if a > s and masked[a - 1] in ".'’":
        return False
    return _PUNCT_RUN.search(masked, a + len(words[i - 1]), s + _start(text, i)) is None


# opens on the capital (the engine skips to it in C), the \b after it as a lookbehind
_TITLE_VERB = re.compile(r"([A-Z](?<!\w.)[a-z]+)[ \u00a0]*:?[ \u00a0]*\x00")


def _title_case_lead_in(masked: str, s: int, e: int, words: list[str]) -> bool:
    """'Senator Vale Joked "You Are All Winners."' (an excerpt list's Title-Case lead-in
    line): a capitalised speech verb right before the quotation (has_trigger asks only
    when the sentence holds one)."""
    return any(m.group(1).lower() in SPEECH_VERBS for m in _TITLE_VERB.finditer(masked, s, e))


_PLURAL_PREV = word_set("they we people police authorities and but which who that")
_POSTMOD_NEAR = word_set(
    """familiar close briefed knowledgeable knowledge of in from near at following
    monitoring attending representing advising observing covering"""
)


def _punct_between(masked: str, s: int, text: str, words: list[str], k: int, i: int) -> bool:
    """True when a punctuation mark sits between word k and word i of the sentence."""
    a = s + _start(text, k) + len(words[k])
    b = s + _start(text, i)
    return _PUNCT_RUN.search(masked, a, b) is not None


def _start(text: str, j: int) -> int:
    """Where word j of text.split() starts in text (the split is in C; a loop of finds
    was twice as slow)."""
    return len(text) - len(text.split(None, j)[-1])


_POSITION = word_set("wants demands demanded proposes proposed seeks sought")


_PUT = word_set("put puts putting")


_ESTIMATED = word_set(
    """toll number figure count cost estimate tally losses damage casualties total bill
    magnitude size value rate price deficit debt growth inflation unemployment turnout
    loss"""
)


# Trigger words has_trigger checks before tokenizing (see there).
_CHECKED_TRIGGERS = (BASE_VERBS - SPEECH_VERBS - QUOTE_VERBS - _POSITION) | {"put", "puts"}
_CHECKED_TRIGGERS |= {"written"}  # "a written statement" sends no sentence to the finder
_BEFORE_WRITTEN = word_set("had has have once also previously earlier already publicly")
# Speech verbs that are nouns too, mostly after a determiner ("few records", "its
# claims"): checked as well, for that determiner only.
_NOUN_TWINS = _TRIGGER_WORDS & word_set(
    """records reports claims estimates notes remarks answers replies promises vows boasts
    counts logs finds shows demands warning"""
)
_LOOKED_AT = _CHECKED_TRIGGERS | _NOUN_TWINS
