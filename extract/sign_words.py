"""Words written on a thing: placards, banners, signs and T-shirt slogans.

'Marchers carried placards reading "Born in Kirkby, Stay in Kirkby"', 'whose T-shirt
read "I Caught 2,000 Babies"', 'a banner held by the midwives said simply "We
Deliver"'. These are quotations (a desk checks a campaign's slogan as it checks a
speech) but no person says them: the quote keeps a null speaker, and the shirt or the
placard never becomes a source. Thirteenth pass (x16k)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from claimdesk.extract.heckles import heckled

if TYPE_CHECKING:
    from claimdesk.extract.attribution import NP

# Things that carry words. Not "board" (a health board speaks as an organisation) and
# not "statement", "letter" or "post" (somebody's words, credited by the usual rules).
_THINGS = (
    r"placards?|banners?|signs?|signboards?|posters?|billboards?|t-?shirts?|shirts?|tees?|"
    r"jumpers?|sweatshirts?|hoodies?|jackets?|vests?|tabards?|aprons?|caps?|hats?|"
    r"hard[ \u00a0]hats?|helmets?|badges?|buttons?|stickers?|lanyards?|sashe?s?|scarf|"
    r"scarves|wristbands?|backdrops?|flags?|bedsheets?|graffiti|mugs?|tote[ \u00a0]bags?|"
    r"hoardings?"
)
_VERBS = r"reading|reads?|said|says|saying|bearing|bore|proclaim(?:s|ed|ing)|declar(?:es|ed|ing)"
# Words between the thing and its verb: lower case, and none that starts a clause of
# its own with a person in it ('a banner hung behind her as the mayor said "..."').
_BETWEEN = r"(?!(?:as|while|when|and|but|after|before|because|he|she|they|we|i)\b)[a-z][\w'’-]*"
# The thing, up to six words ('held by a group of midwives'), the verb, maybe an adverb,
# then the mark; or an earlier sign's quotation (masked to NULs) and a comma or
# 'and'/'or': 'placards reading "Let us cross" and "Slow down"'. A quotation right after
# the sign's, with nothing between, is somebody speaking again: 'a cap that read "Farm
# Strong." "I'm listening," he said.'
_SIGN_LEAD = re.compile(
    rf"\b(?i:{_THINGS})(?:[ \u00a0,]+{_BETWEEN}){{0,6}}?[ \u00a0,]+(?:{_VERBS})"
    r"(?:[ \u00a0]+(?:simply|only|just|boldly))?[ \u00a0]*[,:]?[ \u00a0]*"
    r"(?:\x00+[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|(?:and|or)[ \u00a0]+))?$"
)
_LEAD = 90  # characters before the mark that are read
_THING_WORD = re.compile(rf"(?i:{_THINGS})")


def is_sign_thing(np: NP | None) -> bool:
    """'T-shirt', 'placards': a subject that carries words and never speaks ('whose
    T-shirt read "..."' makes no source of the shirt)."""
    if np is None or not np.words or (np.kind != "desc" and len(np.words) > 1):
        return False
    return _THING_WORD.fullmatch(np.words[-1]) is not None


def sign_words(masked: str, open_mark: int, para_start: int) -> bool:
    """Whether the quotation opened at `open_mark` is the words on a thing (see above).
    `masked` is the body with the quotations blanked, so only narrative is read."""
    lead = masked[max(para_start, open_mark - _LEAD) : open_mark]
    return _SIGN_LEAD.search(lead) is not None or heckled(masked, open_mark)  # heckles.py
