"""A surname spelled like a speech verb (fifteenth pass, branch x19a, issue 16): "Mr Said
said" and "its chairperson, Hamisi Abdallah Said, told the Nation" hold the Arabic and
Swahili family name Said (as English has Read, Tell and Hope as names), and the first
"Said" is no verb: the speaker was "Mr". A capitalised verb inside a sentence right after
an honorific, or after another capitalised name word when prose goes on (a comma or a
lowercase word next, never in a title-case headline: "Pieter de Wolff Says ..."), is part
of the name. A verb opening the sentence ('Said the minister: ...') still reports."""

from __future__ import annotations

from claimdesk.extract.attribution.tokens import Tok, is_cap, is_word
from claimdesk.extract.lexicon import word_set

_HONORIFICS = word_set("mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sheikh mx")


def verb_in_name(toks: list[Tok], v: int) -> bool:
    """Whether the capitalised verb at v continues a name ("Mr Said", "Abdallah Said")."""
    text = toks[v].text
    if v == 0 or not text[:1].isupper() or text.isupper():
        return False
    prev = toks[v - 1]
    if prev.low in _HONORIFICS:
        return True
    if not (is_word(prev.text) and is_cap(prev.text) and not prev.text.isupper()):
        return False
    # prose goes on in lowercase or with a comma ("Amina Said, the chair", "Omar Said
    # said"); a title-case headline does not ("Pieter de Wolff Says 'I Have ...'")
    nxt = toks[v + 1].text if v + 1 < len(toks) else ""
    return nxt == "," or (is_word(nxt) and nxt.islower())
