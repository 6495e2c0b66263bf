"""A nickname written inside a name, as an alias of the person (fifteenth pass, issue
16): "Dunstan 'Dusty' Rudge", 'Theresa "Tess" Quintanilla', "Edward ‘Ted’ Marlow".
Features and profiles introduce a person so, then call them by the nickname alone
("Dusty admits", "Tess said").

What a nickname inside a name is, is `extract/nicknames.py`'s `is_nickname` (the quote
mask blanks such a quotation to spaces); here: the name is the given name and the
surname (the nickname is no name word: a nickname in single marks, which the mask never
sees, had made "Dusty' Rudge" a person of its own), and a lone nickname later is that
person, when the article writes that nickname inside exactly one name. Read once per
article, linear."""

from __future__ import annotations

import re

from claimdesk.extract.attribution.tokens import Q
from claimdesk.extract.nicknames import is_nickname

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
        if not is_nickname(text, m.start(2) - 1, m.end(2)):
            continue  # one definition of a nickname inside a name (extract/nicknames.py)
        found.setdefault(m.group(2), []).append((m.start(), f"{m.group(1)} {m.group(3)}"))
    return found


def named_by_nickname(found: dict[str, list[tuple[int, str]]], word: str, pos: int) -> str | None:
    """The one full name whose nickname `word` is, written before `pos`, else None."""
    names = {full for at, full in found.get(word, ()) if at < pos}
    return names.pop() if len(names) == 1 else None
