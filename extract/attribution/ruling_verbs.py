"""A ruling from the chair framing a quotation (fifteenth pass, branch x19a, issue 16):
'"The Majority Leader will withdraw that word or he will leave the chamber," Mr Ombongi
ruled.' was no attribution, so the quotation went to the member named in the sentence
before. Speakers of parliaments, judges and referees "rule" aloud; the verb reports only
beside a quotation ('"...," the judge ruled', 'ruled: "..."'), never "ruled out" or "ruled
the country" (find.py checks beside_quote)."""

from __future__ import annotations

from claimdesk.extract.lexicon import word_set

# "ruled" only: "rules" is mostly the noun ("new rules"), and each sentence holding a
# trigger word is tokenized; a present-tense "the judge rules" framing a quote is rare
RULE_VERBS = word_set("ruled")
