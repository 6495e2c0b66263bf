"""Names in other scripts quoted in an English article are sources like any other.

Cased scripts (Cyrillic, Greek) show a capital; scripts without case (CJK, Arabic,
Hangul, Devanagari) cannot, so a word in them stands where a capitalised name would.
Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from claimdesk.extract.pipeline import extract_text
from claimdesk.extract.sentences import split_sentences


def cited(text: str):
    ex = extract_text(text, published="2025-03-11")
    return ex, {s.name: s for s in ex.sources}


SAID = "“The dam will hold,” said "


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (SAID + "Андрій Коваль, the regional governor.", "Андрій Коваль", "regional governor"),
        (SAID + "山田太郎, the mayor.", "山田太郎", "mayor"),
        (SAID + "محمد العلي, the mayor.", "محمد العلي", "mayor"),
        (SAID + "राहुल शर्मा, a local engineer.", "राहुल शर्मा", "local engineer"),
        (SAID + "Γιώργος Παπαδόπουλος, the port chief.", "Γιώργος Παπαδόπουλος", "port chief"),
    ],
)
def test_quote_speaker_in_another_script(text, name, role):
    ex, sources = cited(text)
    assert [q.speaker for q in ex.quotes] == [name]
    assert sources[name].kind == "person"
    assert role in (sources[name].role or "")


EVACUATED = "1,200 people had been evacuated."


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mayor 山田太郎 said on Monday that at least " + EVACUATED, "山田太郎"),
        ("김민준, a fisherman, told reporters that " + EVACUATED, "김민준"),
        ("Spokesman محمد العلي said " + EVACUATED, "محمد العلي"),
    ],
)
def test_statement_and_figure_speaker_in_an_uncased_script(text, name):
    ex, _ = cited(text)
    assert [st.speaker for st in ex.statements] == [name]
    assert [n.speaker for n in ex.numbers if n.value == 1200] == [name]


def test_surname_in_cyrillic_resolves_to_the_full_name():
    ex, sources = cited(
        "Андрій Коваль said the dam would hold. Коваль added that 300 soldiers were on site."
    )
    assert list(sources) == ["Андрій Коваль"]
    assert [st.speaker for st in ex.statements] == ["Андрій Коваль", "Андрій Коваль"]


def test_a_sentence_may_open_with_an_uncased_name():
    text = "The river rose overnight. 山田太郎 said 1,200 people had been evacuated."
    spans = split_sentences(text, [(0, len(text))], [])
    assert [text[a:b] for a, b in spans] == [
        "The river rose overnight.",
        "山田太郎 said 1,200 people had been evacuated.",
    ]
