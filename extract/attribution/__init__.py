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

The names below are loaded on first use (PEP 562), not when the package is imported:
`claimdesk.extract.sources` borrows `given_names` from here while `find` needs `sources`, so
an eager import of `find` made `import claimdesk.extract.sources` alone fail on the cycle.
"""

from importlib import import_module

# Each name the package offers, and the submodule that defines it.
_HOME = {
    "Attribution": "find",
    "find_attributions": "find",
    "NP": "noun_phrases",
    "np_back": "noun_phrases",
    "back_subject": "subjects",
    "fwd_subject": "subjects",
    "sentence_names": "subjects",
    "sentence_subjects": "subjects",
    "Q": "tokens",
    "Tok": "tokens",
    "is_cap": "tokens",
    "is_possessive": "tokens",
    "is_word": "tokens",
    "tokenize": "tokens",
    "fold": "triggers",
    "has_trigger": "triggers",
}

__all__ = sorted(_HOME, key=str.casefold)


def __getattr__(name: str) -> object:
    """Load the submodule that defines `name` on first use (see the docstring)."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
