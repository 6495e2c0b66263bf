"""A short back-reference to an organisation named in full before it (thirteenth pass,
x16l): "the ministry said" after "the Ministry of Agriculture of Varessa", "the union
said" after "the brewery workers' union", "the delegation said" after "the Selvan
delegation". Only when the article named exactly one body with that head noun before:
two ministries leave "the ministry" as it was (a wrong body is worse than none)."""

from __future__ import annotations

import re
from bisect import bisect_left

from claimdesk.extract.lexicon import DETERMINERS, NOT_NAME, ORG_WORDS, STOP_WORDS

_SP = r"[ \u00a0]+"
_CAP = r"[A-Z][\w'’&.-]*"
# "of Agriculture of Varessa", "for Education and Skills": what a capitalised head keeps
_OF_TAIL = re.compile(
    rf"(?:{_SP}(?:of|for)(?:{_SP}the)?{_SP}{_CAP}(?:{_SP}(?:and{_SP})?{_CAP})*)+"
)  # one "and" joins capitals only: "of Finance and the Ministry of ..." is two bodies
AMBIGUOUS = ("", -1)  # two bodies of that head: the reference stays unresolved
_WORD_BEFORE = re.compile(r"([\w'’.&-]+)[ \u00a0]+$")
_MAX_LEFT = 4  # words before the head: "Senate Appropriations Committee"
_MAX_TAIL = 120  # characters after it: "of Environment and Water Resources"


class OrgMentions:
    """The full names of an article's bodies, by head noun, each with where it stands;
    found once per head, with the answer after each mention worked out as the list is
    made (a later "the ministry" is one bisect: linear however often it is written)."""

    def __init__(self, body: str) -> None:
        self.body = body
        self._by_head: dict[str, tuple[list[int], list[tuple[str, int]]]] = {}

    def unique_before(self, head: str, pos: int) -> tuple[str, int] | None:
        """(full name, offset) of the one body with this head named before `pos`;
        AMBIGUOUS for two or more, None for none."""
        found = self._by_head.get(head)
        if found is None:
            found = self._by_head[head] = _answers(*_scan(self.body, head))
        starts, answers = found
        k = bisect_left(starts, pos)
        return answers[k - 1] if k else None


def _answers(starts: list[int], names: list[str]) -> tuple[list[int], list[tuple[str, int]]]:
    """After each mention: the one body so far (its fullest wording, where it was first
    named), or AMBIGUOUS from the first mention of a second body on."""
    out: list[tuple[str, int]] = []
    key = best = ""
    first = -1
    for s, n in zip(starts, names, strict=True):
        k = _key(n)
        if out and out[-1] == AMBIGUOUS:
            out.append(AMBIGUOUS)
            continue
        if not key:
            key, best, first = k, n, s
        elif _same_body(key, k):
            if len(k) > len(key):  # the fuller wording of one body
                key, best = k, n
        else:
            out.append(AMBIGUOUS)
            continue
        out.append((best, first))
    return starts, out


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").lower().split())


def _same_body(a: str, b: str) -> bool:
    """ "ministry of agriculture" and "ministry of agriculture of varessa" are one body."""
    return (
        a == b
        or a.startswith(b + " ")
        or b.startswith(a + " ")
        or a.endswith(" " + b)
        or b.endswith(" " + a)
    )


def _scan(body: str, head: str) -> tuple[list[int], list[str]]:
    starts: list[str] = []
    names: list[str] = []
    pat = re.compile(
        r"(?<![\w'’-])(?:" + re.escape(head) + "|" + re.escape(head.capitalize()) + r")(?![\w'’-])"
    )
    for m in pat.finditer(body):
        got = _full_name(body, m.start(), m.end())
        if got is not None:
            starts.append(got[1])
            names.append(got[0])
    return starts, names  # type: ignore[return-value]


def _tail_words(tail: str) -> str:
    """The tail up to a word that is no name's ("of Justice and Tuesday" -> "of Justice")."""
    words = tail.split()
    for i, w in enumerate(words):
        if w in NOT_NAME or (w.endswith((",", ".")) and w.count(".") <= 1):
            words = words[:i] if w in NOT_NAME else [*words[:i], w.rstrip(",.")]
            break
    while words and words[-1] in ("of", "for", "and", "the"):
        words.pop()
    return " " + " ".join(words) if words else ""


def _full_name(body: str, s: int, e: int) -> tuple[str, int] | None:
    """The body's whole name around the head at s..e, or None when the head stands alone
    ("the ministry") or is part of something else."""
    capital = body[s].isupper()
    left: list[str] = []
    at = s
    trade = False  # a plural possessive or a capital before a lowercase head
    while len(left) < _MAX_LEFT:
        m = _WORD_BEFORE.search(body, max(0, at - 40), at)
        if m is None:
            break
        w = m.group(1)
        low = w.lower()
        if w.endswith(".") and w.count(".") == 1:
            break  # a sentence's end ("Varessa. Ministry officials"), not "U.S."
        if capital:
            if not w[:1].isupper() or w in NOT_NAME or w.endswith(("'s", "’s")):
                break
        else:
            if low in STOP_WORDS or low in DETERMINERS or w in NOT_NAME:
                break
            if (
                w.endswith(("'s", "’s"))
                or not w.replace("'", "").replace("’", "").replace("-", "").isalpha()
            ):
                break
            if w.endswith(("s'", "s’")) or w[:1].isupper():
                trade = True
        left.append(w)
        at = m.start(1)
    left.reverse()
    head_word = body[s:e]
    if capital:
        t = _OF_TAIL.match(body, e, min(len(body), e + _MAX_TAIL))
        tail = _tail_words(t.group()) if t is not None else ""
        if not left and not tail:
            return None
        name = " ".join([*left, head_word]) + tail
    else:
        if (
            not left
            or not trade
            or (left[0][:1].islower() and not any(x.endswith(("s'", "s’")) for x in left))
        ):
            return None
        name = " ".join([*left, head_word])
    return " ".join(name.split()), at


def body_of_office(role: tuple[str, ...] | list[str]) -> bool:
    """The words before a name's last title are a body whose "of" the title completes:
    "Ministry of Foreign [Affairs]", "Office of the Attorney [General]" name the body, no
    person called "Affairs" ("Bank of England Governor [Bailey]" keeps its person: the
    title follows a capital, not "of")."""
    if len(role) < 3 or role[0] not in ORG_WORDS:
        return False
    before = role[-2].lower()
    if before == "the" and len(role) >= 4:
        before = role[-3].lower()
    return before in ("of", "for")


def after_and_the(words: list[str]) -> list[str]:
    """A run of capitals read back from a head that crossed "and the" holds two bodies
    ("Ministry of Finance of Varessa and the Ministry"): the last one's words only."""
    for k in range(len(words) - 1, 0, -1):
        if words[k] == "the" and words[k - 1] == "and":
            return words[k + 1 :]
    return words
