"""A past-tense verb right after a capitalised name ends the name (fourteenth pass,
branch x16t; issue 16): "Danladi thanked voters and reached out to his rivals." opens
with the person Danladi, not a description "Danladi thanked voters" whose head is
"voters".

subjects.fwd_subject reads lowercase words after a name as a description when a person
noun follows ("a U.S. official", "Russia's defence ministry"); a past tense before a
plural object ("thanked supporters", "visited workers", "met farmers") matched that
shape, so "he said" after it fell on the last person quoted instead. A participle used as
an adjective ("U.S. armed forces", "London based analysts", "Saudi led coalition") stays
part of the description.
"""

from __future__ import annotations

from claimdesk.extract.lexicon import word_set

# participles that stand before a noun as adjectives in descriptions
_ADJECTIVAL = word_set(
    """armed elected appointed retired unnamed unidentified embattled detained accused
    licensed registered trained qualified concerned interested affected unaffiliated
    named selected based listed owned backed funded linked allied aligned controlled
    sponsored regulated educated designated sanctioned united organized organised
    supported dominated related displaced wounded injured disabled skilled unemployed
    employed married divorced widowed respected renowned celebrated noted acclaimed
    disgraced jailed suspended sacked fired dismissed ousted exiled deposed besieged
    alleged reported proposed expected planned continued limited advanced"""
)
# common irregular past tenses of what politicians and officials do
_IRREGULAR = word_set(
    """met won gave took left sent paid made spent brought sought chose drew wrote beat
    kept began became stood sat rose fell ran went came lost struck threw"""
)


def past_after_name(low: str) -> bool:
    """Whether a lowercase word right after a name is a verb in the past tense."""
    if low in _IRREGULAR:
        return True
    return len(low) > 4 and low.endswith("ed") and low.isalpha() and low not in _ADJECTIVAL
