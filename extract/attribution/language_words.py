"""A language is never a speaker: "according to an English translation", "said in
Portuguese", "speaking through a Turkish interpreter" name the tongue, not who spoke.
Political copy quotes foreign leaders through translations, so a language word read as
a subject would steal the next pronoun's antecedent ("..., he said")."""

from __future__ import annotations

from claimdesk.extract.lexicon import word_set

LANGUAGES = word_set(
    """English French German Spanish Portuguese Italian Dutch Russian Ukrainian Polish
    Turkish Arabic Hebrew Persian Farsi Dari Pashto Urdu Hindi Bengali Punjabi Tamil
    Mandarin Cantonese Chinese Japanese Korean Vietnamese Thai Indonesian Malay Tagalog
    Swahili Amharic Somali Hausa Yoruba Igbo Zulu Greek Swedish Norwegian Danish Finnish
    Icelandic Czech Slovak Hungarian Romanian Bulgarian Serbian Croatian Bosnian Albanian
    Georgian Armenian Azerbaijani Kazakh Uzbek Latvian Lithuanian Estonian Welsh Gaelic
    Irish Catalan Basque Galician Kurdish"""
)


def is_language(words: list[str]) -> bool:
    """One capitalised word that names a language ("English"): never a source's name."""
    return len(words) == 1 and words[0] in LANGUAGES
