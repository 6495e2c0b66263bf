"""A level word before a person's title (fifteenth pass, branch x16w, issue 16): US
copy writes "state Rep. Colleen Murtagh", "state Sen. Doug Ellery", "county
Commissioner Ana Ruiz". The lower-case level made the name read as a body's ("state
broadcaster X"), so the title stayed on the name and the speaker was an organisation.
A name opening with a person's office title and holding two name words after it is a
person, whatever premodifier stands before it."""

from __future__ import annotations

from claimdesk.extract.lexicon import word_set

# offices a person holds (never a body's word: "Health", "State", "Supreme" are not here)
_OFFICES = word_set(
    """Rep Sen Gov Del Rep. Sen. Gov. Del. Representative Senator Governor Delegate
    Assemblyman Assemblywoman Assemblymember Councilmember Councilman Councilwoman
    Councillor Cllr Commissioner Mayor Treasurer Comptroller Auditor Sheriff Judge
    Supervisor Alderman Alderwoman Legislator Trustee"""
)


def office_titled(words: list[str]) -> bool:
    """'Rep. Colleen Murtagh': an office title, then two or three capitalised name words."""
    if len(words) < 3 or words[0] not in _OFFICES:
        return False
    rest = words[1:]
    return len(rest) <= 3 and all(w[:1].isupper() and w not in _OFFICES for w in rest)
