"""A lone given name in a tabloid ("Dorian shrugged") after the person was named in full
("Ex-partner Dorian Mapplethorpe-Kaye, 44, opened ..."): the full name, when the body
gives exactly one surname after that given name before the mention. A capitalised
"Ex-partner" before the name is a role, never part of it.

The "Given Surname" pairs are read once per article (`GivenNames`), so a long article
with many lone names stays linear."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from claimdesk.extract.attribution.name_run import fullest, name_run
from claimdesk.extract.attribution.nickname_alias import named_by_nickname, nicknames
from claimdesk.extract.lexicon import NOT_NAME

# "Dorian Mapplethorpe-Kaye": a capitalised word and the capitalised word after it (the
# second read by lookahead, so "Ada Mora Lind" gives both pairs); either may be
# hyphenated ("Kimberley-Ann Boateng-Shaw", tenth pass); the second part of the
# second word may be lower case, as a romanised Korean given name is ("Park Ji-hoon")
PAIR = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’]*(?:-[A-Z][\w'’]*)?)"
    r"(?=[ \u00a0]+([A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)?)(?![\w'’-]))"
)


def former_role(word: str) -> bool:
    """ "Ex-partner", "Ex-husband", "Ex-minister": a role, never a name word."""
    return word.lower().startswith("ex-") and len(word) > 4


@dataclass
class GivenNames:
    """Every "Given Surname" pair of one article, by given name, in text order."""

    text: str
    _pairs: dict[str, list[tuple[int, str, str | None]]] | None = field(default=None, repr=False)
    _nicks: dict[str, list[tuple[int, str]]] | None = field(default=None, repr=False)
    _kept: dict[int, list[str]] = field(default_factory=dict, repr=False)
    _whole: dict[str, tuple[int, str | None]] = field(default_factory=dict, repr=False)

    def _index(self) -> dict[str, list[tuple[int, str, str | None]]]:
        if self._pairs is None:
            pairs: dict[str, list[tuple[int, str, str | None]]] = {}
            for m in PAIR.finditer(self.text):
                surname = m.group(2)
                if surname in NOT_NAME or surname.endswith(("'s", "’s")):
                    continue
                run = name_run(self.text, f"{m.group(1)} {surname}", m.end(2))
                pairs.setdefault(m.group(1), []).append((m.start(), surname, run))
            self._pairs = pairs
        return self._pairs

    def givens(self, keep: Callable[[str], bool]) -> list[str]:
        """The article's given names that `keep` accepts, each filter's answer kept (x16w:
        sole_of_gender.py asks once per pronoun; the list is at most a lexicon's size)."""
        key = id(keep)
        if key not in self._kept:
            self._kept[key] = [g for g in self._index() if keep(g)]
        return self._kept[key]

    def whole(self, given: str) -> tuple[int, str | None]:
        """Where `given` is first paired and its full name over the whole article (one
        surname only), read once per given name (x16w: sole_of_gender.py)."""
        if given not in self._whole:
            pairs = self._index().get(given, ())
            first = pairs[0][0] if pairs else -1
            self._whole[given] = (first, self.full(given, len(self.text) + 1) if pairs else None)
        return self._whole[given]

    def full(self, given: str, pos: int) -> str | None:
        """The one "Given Surname" written before `pos` ("Dorian" -> "Dorian
        Mapplethorpe-Kaye"), else None (none written, or two different surnames)."""
        if not given[:1].isupper() or given in NOT_NAME or len(given) < 3:
            return None
        if self._nicks is None:
            self._nicks = nicknames(self.text)  # "Dunstan 'Dusty' Rudge" (nicknames.py)
        if given in self._nicks:
            return named_by_nickname(self._nicks, given, pos)
        before = [(s, run) for at, s, run in self._index().get(given, ()) if at < pos]
        found = {s for s, _run in before}
        if len(found) != 1:
            return None
        # the whole name the pair opens: "Tan Wei Ming", never "Tan Wei" (name_run.py)
        return fullest([run for _s, run in before]) or f"{given} {found.pop()}"
