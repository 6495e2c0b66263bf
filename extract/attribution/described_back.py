"""Descriptions a news writer uses for the one person just named, in words of their own
(eighth pass, issue 16): "the Tongan insisted" after "Captain Taniela Fakatava ...",
"the barrister said" after "Ruairi Maclennan-Tse, defending, said ...", "the head of the
ministry stressed" after "Transport Minister Radomir Kovalenko-Stein told journalists".

A careful reader takes each to be the person named just before, because the article gave
that person exactly this standing: a nation (a word shaped like a demonym), the court
role "defending"/"prosecuting" implies, or the office that heads the body named. Each
rule only answers when one person in the sentences just before fits; refer_back.py
calls these and keeps its own guards (window, gender, the person already described).
"""

from __future__ import annotations

import re

from claimdesk.extract.attribution import NP
from claimdesk.extract.lexicon import DEMONYMS, word_set
from claimdesk.extract.sources import Entry, Registry, classify_name

Span = tuple[int, int]

# "-an"/"-ian"/"-ean"/"-ese" words that are places, outlets or bodies, not a nation's people
_NOT_DEMONYM = word_set(
    """Vatican Guardian Republican Iran Oman Japan Taiwan Sudan Bhutan Jordan
    Milan Michigan Amman Tehran Isfahan Parliamentarian
    Ocean Caribbean European Mediterranean Christian Librarian Historian
    Dean Sean Evan Ivan Ethan Brian Julian Adrian Fabian Damian Florian Kristian Christian
    Logan Morgan Megan Susan Joan Jean Bean Dylan Alan Allan Nathan Jonathan Duncan Ronan
    Rowan Keegan Regan Teagan Gillian Vivian Lillian Marian Jillian Tristan Stefan Roman
    Hogan Egan Doonan Finnegan Flanagan Brennan Callaghan Monaghan Sullivan Vaughan"""
)
_DEMONYM_SHAPE = re.compile(r"[A-Z][a-z]{2,}(?:ian|ean|an|ese|ni|qi|ti)")


def is_demonym(word: str) -> bool:
    """ "Tongan", "Samoan", "Fijian", "Maltese": a listed demonym or a word of that shape
    (a capitalised "-an"/"-ese" word that is no place, outlet or given name)."""
    if word in DEMONYMS:
        return True
    return (
        word not in _NOT_DEMONYM
        and not word.endswith(("stan", "man"))  # "Chairman", "Ombudsman": roles
        and _DEMONYM_SHAPE.fullmatch(word) is not None
    )


# Court reports: "Name, defending," is counsel; "the barrister said" is that person.
_COUNSEL = re.compile(
    r"((?:[A-Z][\w'’-]+[ \u00a0]+){1,3}[A-Z][\w'’-]+),[ \u00a0]+"
    r"(?:also[ \u00a0]+)?(?P<side>defending|prosecuting|for the defen[cs]e|"
    r"for the prosecution|for the Crown)\b"
)
_DEFENCE = word_set("barrister lawyer counsel solicitor advocate attorney")
_PROSECUTION = word_set("barrister lawyer counsel solicitor advocate prosecutor")


def counsel_named(
    masked: str, back: list[int], sentences: list[Span], head: str, reg: Registry
) -> Entry | None:
    """The one person written "Name, defending," (or prosecuting) in the sentences just
    before, when `head` is a word for counsel on that side; None when none or two fit."""
    found: dict[str, Entry] = {}
    for k in back:
        for m in _COUNSEL.finditer(masked, *sentences[k]):
            side = _PROSECUTION if "prosecut" in m.group("side") else _DEFENCE
            if "Crown" in m.group("side"):
                side = _PROSECUTION
            if head not in side:
                continue
            ent = _person(m.group(1), m.start(1), reg)
            if ent is None:
                return None  # counsel beside something that is not a full name: unsure
            found[ent.name] = ent
    return next(iter(found.values())) if len(found) == 1 else None


# "the head of the ministry" is the minister; the body's word -> the office's words
_OFFICE_OF = {
    "ministry": ("minister",),
    "department": ("secretary", "minister", "director"),
    "agency": ("director", "chief", "head"),
    "region": ("governor", "president"),
    "province": ("governor", "premier"),
    "city": ("mayor",),
    "town": ("mayor",),
    "municipality": ("mayor",),
}
_HEADS = word_set("head chief leader")


def office_body(np: NP) -> str | None:
    """ "the head of the ministry" -> "ministry" (a body whose office the table knows)."""
    w = [x.lower() for x in np.words]
    if np.det != "the" or len(w) != 4 or w[0] not in _HEADS or w[1:3] != ["of", "the"]:
        return None
    return w[3] if w[3] in _OFFICE_OF else None


def office_holder(
    masked: str, body: str, back: list[int], sentences: list[Span], reg: Registry
) -> Entry | None:
    """The one person titled with the body's office ("Transport Minister Radomir
    Kovalenko-Stein") in the sentences just before; None when none or two are."""
    office = "|".join(_OFFICE_OF[body])
    titled = re.compile(
        rf"(?i:\b(?:{office}))[ \u00a0]+((?:[A-Z][\w'’-]+[ \u00a0]+){{1,3}}[A-Z][\w'’-]+)"
        rf"|((?:[A-Z][\w'’-]+[ \u00a0]+){{1,3}}[A-Z][\w'’-]+),[ \u00a0]+(?:the[ \u00a0]+)?"
        rf"(?:[A-Za-z'’-]+[ \u00a0]+){{0,2}}(?i:{office})\b"
    )
    found: dict[str, Entry] = {}
    for k in back:
        for m in titled.finditer(masked, *sentences[k]):
            surface = m.group(1) or m.group(2)
            ent = _person(surface, m.start(), reg)
            if ent is None:
                return None
            found[ent.name] = ent
    return next(iter(found.values())) if len(found) == 1 else None


def _person(surface: str, pos: int, reg: Registry) -> Entry | None:
    """The person a full name stands for (made when new), or None if it is no person."""
    words = surface.split()
    ent = reg.by_alias(" ".join(words))
    if ent is None:
        if len(words) < 2 or classify_name(words) != "person":
            return None
        ent = reg.person(words, surface, pos)
    return ent if ent.kind == "person" else None
