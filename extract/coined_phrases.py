"""More quotation marks that hold no quotation (fifteenth pass, issue 16), read beside
quote_terms.py: what a writer reports something is called, a phrase talked about, a
campaign's banner and a policy's own name.

- 'some MPs have taken to calling the briefing war "the Cold Front"': a naming verb, what
  is named (up to four words), then a Title-Case name ("the Cold Front", "Project
  Dawn"); 'calling the plan "a disgrace"' stays a quotation.
- 'That is what the commentariat likes to call "kingmaker politics"': "what", up to five
  words, a verb of calling (quote_terms took up to three).
- 'had heard the phrase "lessons will be learned" so many times': the phrase, the
  expression, the cliché, the mantra: words talked about, not said here.
- 'campaigned under the banner "Scrap It, Save It"': a campaign's banner is its slogan.
- 'The government's promised "nursery guarantee"': an owner, an adjective that marks a
  policy (promised, flagship, much-vaunted ...), and a short lower-case name.
Each is short (at most five words; a banner eight) and holds no stop of its own but
the banner's."""

from __future__ import annotations

import re

_MAX_WORDS = 5
_MAX_BANNER = 8  # 'under the banner "Save the River, Save the City"'
_LEAD = 80  # characters before the mark that are read
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SP = r"[ \u00a0]+"
# a word every shape below needs in its lead
# (case-sensitive over the lower-cased lead: an IGNORECASE alternation tries every word
# at every position, a case-sensitive one skips on its first letters)
_CUE = re.compile(
    r"call|dub|nicknam|christen|brand|label|what|term|phrase|expression|clich|mantra|formula|"
    r"banner|promised|flagship|vaunted|trumpeted|awaited|signature|pledged|proposed|planned"
)
_CALLING = re.compile(
    r"\b(?:call(?:s|ed|ing)?|dub(?:s|bed|bing)|nicknam(?:e|es|ed|ing)|christen(?:s|ed|ing)|"
    r"brand(?:s|ed|ing)|label(?:s|led|ling))"
    r"(?:" + _SP + r"[\w'’-]+){1,4}?" + _SP + r"$"
)
_WHAT_CALL = re.compile(
    r"\bwhat(?:" + _SP + r"[\w'’-]+){1,5}?" + _SP + r"(?:calls?|called|terms?|termed|dubs?|dubbed)"
    r"(?:" + _SP + r"(?:its|his|her|their|our|the|a|an))?[ \u00a0]*$"
)
_PHRASE = re.compile(
    r"\bthe" + _SP + r"(?:phrase|expression|cliché|cliche|mantra|catchphrase|formula)"
    r"[ \u00a0]*[,:]?[ \u00a0]*$"
)
_BANNER = re.compile(
    r"\bunder" + _SP + r"(?:the|a)" + _SP + r"banner(?:" + _SP + r"of)?[ \u00a0]*$"
)
_POLICY = re.compile(
    r"(?:['’]s|\b(?:its|their|his|her))" + _SP + r"(?:own" + _SP + r")?"
    r"(?:promised|flagship|much-vaunted|much-trumpeted|long-promised|long-awaited|"
    r"signature|pledged|proposed|planned)" + _SP + r"$"
)
_NAME = re.compile(
    r"(?:the|a|an)" + _SP + r"[A-Z][\w'’-]*(?:" + _SP + r"[A-Z][\w'’-]*)*|"
    r"[A-Z][\w'’-]*(?:" + _SP + r"[A-Z][\w'’-]*)+"
)


def coined_phrase(body: str, open_mark: int, para_start: int, said: str) -> bool:
    """Whether the quotation `said`, opened at `open_mark`, is a name, a phrase talked
    about or a slogan (see the module), not somebody's words."""
    # every lead pattern reads the lower-cased lead, case-sensitive (see _CUE)
    lead = body[max(para_start, open_mark - _LEAD) : open_mark].lower()
    if _CUE.search(lead) is None:
        return False  # one scan for every shape's cue word: most quotations have none
    words = _WORD.findall(said)
    if not words or len(words) > _MAX_BANNER:
        return False
    bare = said.strip().rstrip(",")
    if _BANNER.search(lead):
        return True  # 'under the banner "Scrap It, Save It"'
    if len(words) > _MAX_WORDS or any(c in bare for c in ".!?;:"):
        return False
    if _WHAT_CALL.search(lead) or _PHRASE.search(lead):
        return True  # 'what the commentariat likes to call "..."', 'the phrase "..."'
    if _CALLING.search(lead) and _NAME.fullmatch(bare):
        return True  # 'calling the briefing war "the Cold Front"'
    return bool(_POLICY.search(lead)) and bare.islower() and len(words) <= 3
