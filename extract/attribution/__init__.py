"""Attribution: who says what in a sentence, found around speech verbs.

Works on the quote-masked body (quotations blanked to NUL, one token each), so verbs
inside quotes are never read as attribution. For every speech verb ("said", "told",
"according to", ...) it finds the speaker noun phrase before the verb ("General Ryder
said", "X, the Pentagon spokesman, told", "X, professor at Y told"), after it ('," said
Boyechko', "according to the Institute for the Study of War"), or a pronoun, and the
reported clause: after the verb ("said [that] ...") or before a trailing attribution
("..., officials said.").

The parts: `tokens` (how a sentence is cut), `triggers` (whether a sentence can hold an
attribution), `noun_phrases` and `subjects` (who says it), `clauses` (what is said),
`find` (find_attributions, which puts them together). Rules the speaker steps borrow:
`particles` (names with "van den", "de la"), `role_words` and `role_phrases` (a role is
never the name), `given_names` (a lone first name), `colon_frames` and `gesture_lead`
(a clause or a gesture before a quotation), `addressee` (who a quotation speaks to).
"""

from claimdesk.extract.attribution.find import Attribution, find_attributions
from claimdesk.extract.attribution.noun_phrases import NP, np_back
from claimdesk.extract.attribution.subjects import (
    back_subject,
    fwd_subject,
    sentence_names,
    sentence_subjects,
)
from claimdesk.extract.attribution.tokens import Q, Tok, is_cap, is_possessive, is_word, tokenize
from claimdesk.extract.attribution.triggers import fold, has_trigger

__all__ = [
    "NP",
    "Attribution",
    "Q",
    "Tok",
    "back_subject",
    "find_attributions",
    "fold",
    "fwd_subject",
    "has_trigger",
    "is_cap",
    "is_possessive",
    "is_word",
    "np_back",
    "sentence_names",
    "sentence_subjects",
    "tokenize",
]
