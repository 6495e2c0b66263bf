"""A nickname written inside a name (fifteenth pass, issue 16): "Dunstan 'Dusty' Rudge",
'Theresa "Tess" Quintanilla', "Edward ‘Ted’ Marlow". Features and profiles introduce a
person so, then call them by the nickname alone ("Dusty admits", "Tess said").

The name is the given name and the surname (the nickname is no name word: "Dusty' Rudge"
was read as a person of its own), and a lone nickname later is that person, when the
article writes that nickname inside exactly one name. Read once per article, linear."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.tokens import Q

_OPEN = "'‘\"“"
_CLOSE = "'’\"”"
# Given 'Nick' Surname: a capitalised given name, a nickname of one or two capitalised
# words between quotation marks, a capitalised surname (hyphens and particles inside)
NICKNAME = re.compile(
    r"(?<![\w'’-])([A-Z][\w’-]*)[ \u00a0]+['‘\"“]([A-Z][\w’-]*(?:[ \u00a0][A-Z][\w’-]*)?)"
    r"['’\"”][ \u00a0]+([A-Z][\w’-]*)(?![\w'’-])"
)


def without_nickname(words: list[str]) -> tuple[list[str], str | None]:
    """The name's words less a quoted nickname between them, and the nickname (or None):
    ["Dunstan", "'", "Dusty'", "Rudge"] -> (["Dunstan", "Rudge"], "Dusty")."""
    for i in range(1, len(words) - 2):
        mark, nick = words[i], words[i + 1]
        if mark == Q:
            return [*words[:i], *words[i + 1 :]], None  # masked: the words are gone
        if len(mark) == 1 and mark in _OPEN and nick[-1:] in _CLOSE and nick[:1].isupper():
            return [*words[:i], *words[i + 2 :]], nick[:-1]
    return words, None


def nicknames(text: str) -> dict[str, list[tuple[int, str]]]:
    """Every nickname written inside a name, by nickname: (offset, "Given Surname")."""
    found: dict[str, list[tuple[int, str]]] = {}
    for m in NICKNAME.finditer(text):
        found.setdefault(m.group(2), []).append((m.start(), f"{m.group(1)} {m.group(3)}"))
    return found


def named_by_nickname(found: dict[str, list[tuple[int, str]]], word: str, pos: int) -> str | None:
    """The one full name whose nickname `word` is, written before `pos`, else None."""
    names = {full for at, full in found.get(word, ()) if at < pos}
    return names.pop() if len(names) == 1 else None


_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w’-]*[ \u00a0]$")
_SURNAME_AFTER = re.compile(r"[ \u00a0][A-Z][\w’-]*(?![\w'’-])")
_NICK = re.compile(r"[A-Z][\w’-]*(?:[ \u00a0][A-Z][\w’-]*)?")


def inside_name(body: str, open_mark: int, close_mark: int | None) -> bool:
    """Whether the quotation between the marks is a nickname inside a name ('Theresa
    "Tess" Quintanilla'): one or two capitalised words, a capitalised given name right
    before, a capitalised surname right after. quotes.mask_quotes blanks it to spaces, not
    to a quotation, so the name reads whole ("Theresa Quintanilla")."""
    if close_mark is None or close_mark - open_mark > 30 or open_mark < 2:
        return False
    if _NICK.fullmatch(body, open_mark + 1, close_mark) is None:
        return False
    return (
        _GIVEN_BEFORE.search(body, max(0, open_mark - 30), open_mark) is not None
        and _SURNAME_AFTER.match(body, close_mark + 1) is not None
    )
