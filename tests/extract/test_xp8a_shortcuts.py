"""The eleventh round's attribution shortcuts (part xp8a) answer as the code they replaced
(issue 18).

- has_trigger turns away, before tokenizing, a sentence whose only speech words are a
  base form right after "to" ("whom to believe") or a verb's noun twin right after a
  determiner ("few records"): find_attributions's long way (triggered=True) finds no
  attribution in any sentence the new gate turns away and the old one let through, and
  every other sentence gets the old gate's answer. The old gate is kept below. A
  sentence where a speech word hides from the gate's words (glued by a mark the fold
  keeps, capitalised, "per"), or where the old gate's word rules guessed about another
  speech word, keeps the old answer.
- subjects._name_in_commas skips np_back after ", a"/", an": np_back never returns a
  name that opens on the article.
- find._tally_follows looks for digits only in a word that is not all letters: no
  character is both a letter and a digit.
- quarrels, to_know, asked_of, aside_start and anonymity_start are asked only for the
  words they answer on.
"""

from __future__ import annotations

import random
import sys

from claimdesk.extract.attribution import (
    argue_with,
    described_heads,
    find,
    noun_phrases,
    reply_verbs,
    subjects,
    tokens,
    triggers,
    verb_asides,
)
from claimdesk.extract.attribution.find import find_attributions
from claimdesk.extract.attribution.put_it import put_it_words
from claimdesk.extract.lexicon import AUX_ADVERBS

# --- the old formulations -------------------------------------------------------------


def _old_has_trigger(masked: str, s: int, e: int, folded: str) -> bool:
    """has_trigger before this round (the word rules for "put", "written" and plural
    subjects only)."""
    t = triggers
    text = folded[s:e]
    words = text.split()
    hits = t._TRIGGER_WORDS.intersection(words)
    if not hits:
        return masked.find("\x00", s, e) >= 0 and t._title_case_lead_in(masked, s, e, words)
    if not hits <= t._CHECKED_TRIGGERS:
        return True
    for i, w in enumerate(words):
        if w not in hits:
            continue
        if w == "written":
            if i and words[i - 1].lower() in t._BEFORE_WRITTEN:
                return True
            continue
        if w in t._PUT:
            if put_it_words(words, i):
                return True
            window = [x.lower() for x in words[i + 1 : i + 11]]
            if "at" in window and not t._ESTIMATED.isdisjoint(window):
                return True
            continue
        k = i - 1
        while k >= 0 and words[k].lower() in AUX_ADVERBS:
            k -= 1
        if k < 0:
            continue
        prev = words[k].lower()
        near = {x.lower() for x in words[max(0, k - 8) : k]}
        if (
            prev.endswith("s")
            or prev in t._PLURAL_PREV
            or not near.isdisjoint(t._POSTMOD_NEAR)
            or _old_punct_between(masked, s, text, words, k, i)
        ):
            return True
    return False


def _old_punct_between(masked: str, s: int, text: str, words: list[str], k: int, i: int) -> bool:
    """triggers._punct_between before this round: the words' places by a loop of finds."""
    pos = 0
    starts = []
    for w in words[: i + 1]:
        pos = text.find(w, pos)
        starts.append(pos)
        pos += len(w)
    a = s + starts[k] + len(words[k])
    return triggers._PUNCT_RUN.search(masked, a, s + starts[i]) is not None


def _old_tally_follows(toks: list, v: int) -> bool:
    """find._tally_follows before this round."""
    window = toks[v + 1 : v + 6]
    if not window or not tokens.is_word(window[0].text):
        return True
    for t in window:
        if any(ch.isdigit() for ch in t.text) or t.low in find._NUMBER_WORDS or t.low == "that":
            return True
        if not tokens.is_word(t.text) or t.low in find._TALLY_STOP:
            return False
    return False


def _old_name_in_commas(toks: list, k: int, comma: int) -> object:
    """subjects._name_in_commas before this round: np_back asked after any comma."""
    sj = subjects
    named = noun_phrases.np_back(toks, comma - 1)
    if named is None or named.kind != "name" or named.start != k + 1 or len(named.words) < 2:
        return None
    if sj.PARTY_OF_STATE.fullmatch(" ".join(named.words)) or sj.seat_after_person(toks, named):
        return None
    a = k - 1
    while a >= 0 and toks[a].text not in (",", ";", ":", tokens.Q, "(", "—", "–"):
        a -= 1
    a += 1
    if a >= k or not sj._start_ok(toks, a):
        return None
    pre = toks[a:k]
    if not (any(t.low in sj.ROLE_NOUNS for t in pre) or sj.party_member(pre)):
        return None
    if any(t.low in sj.SPEECH_VERBS for t in pre):
        return None
    if any(t.low in sj.ORG_NOUNS for t in pre[-1:]) and not any(
        t.low in sj._PERSON_HEADS for t in pre
    ):
        return None
    named.role = sj._clean_role(" ".join(t.text for t in pre))
    named.start = a
    return named


# --- invented sentences ---------------------------------------------------------------

_WHO = ["they", "she", "officials", "Ada Lind", "the ministry", "analysts", "Voss", "we"]
_CHECKED = ["records", "reports", "claims", "estimates", "notes", "shows", "finds", "demands"]
_CHECKED += ["warning", "vows", "believe", "expect", "claim", "report", "warn", "note", "point"]
_OTHER = ["said", "told", "recorded", "according", "wrote", "put", "written", "asked", "says"]
_OTHER += ["Said", "SAID", "Recorded", "per the ministry", "Per"]  # unseen by the word sets
_DETS = ["the", "a", "few", "its", "their", "that", "these", "this", "The", "Its", "his"]
_AUX = ["still", "also", "not", "never", "Still", "Then", "first", "First", "did", "would"]
_GLUE = [" ", " ", " ", " ", ", ", ". ", ".", "'", "’", "/", "-", ": ", "; ", "\x00\x00 "]
_GLUE += ["&", "…", " +", ","]
_PIECES = [
    "to", "as", "liked", "used", "of", "in", "whom", "know", "did not know whom to",
    "as they liked to", "as she used to", "U.S.", "No.", "pal of", "mayor's", "at",
    "toll", "on Monday", "that", "with", "familiar", "sources", "the total at 40",
    "\x00\x00\x00", "Mr", "Kemp", "hard to", "from", "near", "long-term", "1.5-said", "-said",
]  # fmt: skip


def _sentence(rnd: random.Random, dets: bool, to: bool) -> str:
    """Words and phrases around one or two speech words the gate checks word by word,
    sometimes beside one it lets through at once; glued, marked or spaced."""
    pool = [*_WHO, *_AUX, *_PIECES] + (_DETS * 3 if dets else [])
    if not to:
        pool = [p for p in pool if "to" not in p.split()]
    if not dets:
        pool = [p for p in pool if p.split()[-1].lower() not in triggers.DETERMINERS]
    words = [rnd.choice(pool) for _ in range(rnd.randrange(1, 9))]
    for _ in range(rnd.choice([1, 1, 2])):
        word = rnd.choice(_CHECKED)
        if to and rnd.random() < 0.5:
            word = rnd.choice(["to ", "to ", "to not ", "to still ", "To "]) + word
        if dets and rnd.random() < 0.5:
            word = rnd.choice(_DETS) + rnd.choice(_GLUE[:6]) + word
        words.insert(rnd.randrange(len(words) + 1), word)
    if rnd.random() < 0.1:
        words.insert(rnd.randrange(len(words) + 1), rnd.choice(_OTHER))
    out = words[0]
    for w in words[1:]:
        out += rnd.choice(_GLUE) + w
    return out + rnd.choice([".", "", " more.", ", he said."])


def _compare_gates(dets: bool, to: bool, count: int) -> int:
    """How many sentences the new gate turns away that the old one let through; fails
    when one of them holds an attribution, or when the gates differ otherwise."""
    rnd = random.Random(8 + 2 * dets + to)
    skipped = 0
    for _ in range(count):
        text = _sentence(rnd, dets, to)
        folded = triggers.fold(text)
        old = _old_has_trigger(text, 0, len(text), folded)
        new = triggers.has_trigger(text, 0, len(text), folded)
        if new == old:
            continue
        assert old and not new, text
        long_way = find_attributions(text, text, 0, 0, len(text), folded, triggered=True)
        assert long_way == [], (text, long_way)
        skipped += 1
    return skipped


def test_a_base_form_after_to_is_turned_away_only_when_it_cites_no_one() -> None:
    """ "whom to believe", "hard to claim": no subject; "as they liked to believe" keeps
    its subject (the habit before "to"), and glued or marked words keep the old answer."""
    assert _compare_gates(dets=False, to=True, count=25_000) >= 20


def test_a_noun_twin_after_a_determiner_is_turned_away_only_when_it_cites_no_one() -> None:
    """ "few records", "its report": a noun; "U.S.the report" (one token), "a pal of the
    mayor's said" and "the according to" keep the old answer."""
    assert _compare_gates(dets=True, to=False, count=25_000) >= 100


def test_both_gates_together() -> None:
    assert _compare_gates(dets=True, to=True, count=15_000) >= 100


def test_the_gates_turn_away_the_plain_cases() -> None:
    """The shortcuts are taken (counted on sentences the old gate let through)."""
    for text in (
        "Families heard from two offices and did not know whom to believe.",
        "Households keep few records.",
        "Its reports were late; its claims were not checked.",
    ):
        folded = triggers.fold(text)
        assert _old_has_trigger(text, 0, len(text), folded), text
        assert not triggers.has_trigger(text, 0, len(text), folded), text
    for text in (  # the subject before "to" ("Officials, ..., believe" is theirs)
        "As residents of the valley liked to believe, the dam would hold.",
        "Fees rose in the U.S.the claims show.",
        "A pal of the mayor's recorded the vote.",
        "Officials, who were paid to, believe the figures.",
        # a speech word the gate's words miss: glued, capitalised, "per"
        "Its claims, we recorded/she noted, were false.",
        "Its claims were false, Officials Said.",
        "Its claims rose,per the ministry.",
        "Its claims rose 1.5-said Ek.",
        "Families heard from two offices and did not know whom to believe, Ek Said.",
        # the old gate's guess about "add" (no plural before it) is no proof: as before
        "Officials analysts familiar add to its remarks.",
        "Officials analysts familiar add, so hard to believe.",
    ):
        folded = triggers.fold(text)
        assert _old_has_trigger(text, 0, len(text), folded), text
        assert triggers.has_trigger(text, 0, len(text), folded), text


def test_the_words_checked_after_a_determiner_are_no_past_forms() -> None:
    """A past form after "of X's" is a verb (role_words.double_genitive: "a pal of the
    mayor's sighed"), and "according" reads its source forward: has_trigger's noun rule
    holds for neither, so none may be among the words it checks word by word."""
    looked_at = triggers._LOOKED_AT
    assert not any(w.endswith("ed") for w in looked_at)
    assert looked_at.isdisjoint({"said", "told", "wrote", "according", "According", "per"})


def test_a_word_start_from_one_split_is_the_old_loop_of_finds() -> None:
    """triggers._start (text.split(None, j) in C) gives each word's place in text, as the
    loop of finds did, over random runs of words and white space of every kind."""
    rnd = random.Random(85)
    vocab = ["a", "aa", "the", "records", "x", "few", "to", "\x00"]
    spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u2003", ""]
    for _ in range(20_000):
        text = "".join(rnd.choice(spaces) + rnd.choice(vocab) for _ in range(rnd.randrange(1, 12)))
        text += rnd.choice(spaces)
        words = text.split()
        pos = 0
        for j, w in enumerate(words):
            pos = text.find(w, pos)
            assert triggers._start(text, j) == pos, (text, j)
            pos += len(w)


def test_np_back_never_opens_a_name_on_a_or_an() -> None:
    """subjects._name_in_commas returns None after ", a"/", an" without asking np_back:
    np_back gives no name NP starting on either, from any token of random sequences of
    names, particles, links, marks and figures."""
    rnd = random.Random(80)
    vocab = [
        "a", "an", "A", "An", "the", "The", "of", "for", "and", "van", "de", "la", "y",
        "Ada", "Lind", "Ministry", "Interior", "Union", "Teachers", "Party", "state",
        "No", "10", "Local", "1190", "(", ")", "RWA", ",", "'", "Workers'", "Russia's",
        "al-Amin", "d'Orto", "U.S.", "spokesman", "council", "official", "Authority",
    ]  # fmt: skip
    seen = 0
    for _ in range(40_000):
        words = [rnd.choice(vocab) for _ in range(rnd.randrange(2, 9))]
        text = " ".join(words)
        toks = tokens.tokenize(text, 0, len(text))
        for i in range(len(toks)):
            np = noun_phrases.np_back(toks, i)
            if np is not None and np.kind == "name":
                seen += 1
                assert toks[np.start].text not in ("a", "an"), text
    assert seen > 10_000


def test_name_in_commas_answers_as_before() -> None:
    """The name between two commas, over random runs of roles, articles and names."""
    rnd = random.Random(81)
    vocab = [
        "a", "an", "A", "the", "The", "spokesman", "Ada", "Lind", "of", "Transit",
        "Authority", "Lt.", "Col.", "Rhea", "van", "Dunstan", "commander", "in", "pass",
    ]  # fmt: skip
    asked = found = 0
    for _ in range(20_000):
        words = [rnd.choice(vocab) for _ in range(rnd.randrange(1, 6))]
        words += [",", rnd.choice(["a", "an", "the", "A", "Ada"])]
        words += [rnd.choice(vocab) for _ in range(rnd.randrange(1, 6))] + [",", "said"]
        text = " ".join(words)
        toks = tokens.tokenize(text, 0, len(text))
        commas = [i for i, t in enumerate(toks) if t.text == ","]
        k, comma = commas[-2], commas[-1]
        new = subjects._name_in_commas(toks, k, comma)
        old = _old_name_in_commas(toks, k, comma)
        assert repr(new) == repr(old), text
        asked += toks[k + 1].text in ("a", "an")
        found += new is not None
    assert asked > 5_000 and found > 100


def test_tally_follows_answers_as_before() -> None:
    """Words, figures with letters ("27th", "½", "٣"), number words and marks after a
    tally verb."""
    rnd = random.Random(82)
    vocab = ["ballots", "27", "27th", "in", "more", "that", "٣", "½", "x2", "-", ".", "votes"]
    for _ in range(20_000):
        text = "officials recorded " + " ".join(rnd.choice(vocab) for _ in range(6))
        toks = tokens.tokenize(text, 0, len(text))
        assert find._tally_follows(toks, 1) == _old_tally_follows(toks, 1), text


def test_no_character_is_both_a_letter_and_a_digit() -> None:
    """find._tally_follows skips its digit test on an all-letter word."""
    both = [c for c in map(chr, range(sys.maxunicode + 1)) if c.isalpha() and c.isdigit()]
    assert both == []


def test_the_word_gates_hold_every_word_their_rules_answer_on() -> None:
    """quarrels, to_know, asked_of (find._verb_speaks, find._said), aside_start and
    anonymity_start (subjects.back_subject) are asked only when the token's word is in
    their set: outside it each gives its "no", over random phrases of their cases."""
    rnd = random.Random(84)
    vocab = [
        "for her part", "in turn", "in response", "as she liked to say", "as they used to",
        "arguing with", "argued with", "wanted to know", "demanded to know", "was asked",
        "were pressed", "speaking anonymously", "who declined to be named", "speaking on",
        "background", "\x00\x00", ":", ",", ".", "?", "she", "Ek", "said", "to", "part",
    ]  # fmt: skip
    answered = 0
    for _ in range(6_000):
        text = " ".join(rnd.choice(vocab) for _ in range(rnd.randrange(1, 8)))
        toks = tokens.tokenize(text, 0, len(text))
        for v, t in enumerate(toks):
            gates = (
                (argue_with.ARGUE, argue_with.quarrels(toks, v), False),
                (reply_verbs.TO_KNOW, reply_verbs.to_know(toks, v), False),
                (reply_verbs.ASKED, reply_verbs.asked_of(toks, v), False),
                (verb_asides.ASIDE_ENDS, verb_asides.aside_start(toks, v), v + 1),
                (described_heads.ANONYMITY_ENDS, described_heads.anonymity_start(toks, v), None),
            )
            for words, answer, no in gates:
                if t.low not in words:
                    assert answer == no, (text, v, words)
                answered += answer != no
    assert answered > 1_000
