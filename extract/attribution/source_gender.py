"""An unnamed "source" takes no "he" or "she" (fifteenth pass, branch x16s3, issue 16):
reporters keep a source's sex hidden, writing "the source said", never "she said". In
'A government source said the minister "has a full diary". She was undeterred. "...,"
she said.' the pronoun went to the source as the latest one cited: a wrong speaker. An
unnamed official, aide or spokeswoman still may ("a senior aide ... he said")."""

from __future__ import annotations

_AFTER_HEAD = frozenset(
    ("close", "familiar", "in", "at", "from", "of", "with", "within", "inside", "near", "who")
)


def genderless_source(name: str) -> bool:
    """Whether an unnamed source's head noun is "source": "a government source", "a
    source close to the minister", "one senior Labour source"."""
    words = name.lower().split()
    cut = next((i for i, w in enumerate(words) if w in _AFTER_HEAD), len(words))
    return cut > 0 and words[cut - 1] == "source"
