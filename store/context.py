"""What a reader needs to check a claim: a figure's phrase and the sentence holding it.

A figure claim's text is only the number ("at least 3,400"); alone that is no claim
anyone can check. Reports (ClaimReview, Markdown, `claimdesk list`) show the figure
with what it counts, taken verbatim from the article ("at least 3,400 residents",
"51% of the vote"), and ClaimReview reviews the sentence that states it.
"""

from __future__ import annotations

import re

from claimdesk.extract.sentences import split_sentences
from claimdesk.store.records import Article, Claim

MAX_SENTENCE = 320  # longer sentences are cut to a window around the claim
_NOUN_REACH = 48  # how far after the figure its noun may stand ("6 of the 20 districts")
_PHRASE_STOP = re.compile(r"[.;:!?\n]|,\s")


def figure_phrase(claim: Claim, body: str | None = None) -> str:
    """The figure with its noun, exactly as the article has it when the offsets allow."""
    text = claim.text
    noun = (claim.noun or "").strip()
    if claim.kind != "number" or not noun or noun.lower() in text.lower():
        return text
    if body and 0 <= claim.start < claim.end <= len(body) and body[claim.start : claim.end] == text:
        after = body[claim.end : claim.end + _NOUN_REACH]
        stop = _PHRASE_STOP.search(after)
        window = after[: stop.start()] if stop else after
        m = re.search(rf"\b{re.escape(noun)}\b", window, re.IGNORECASE)
        if m:
            return " ".join((text + window[: m.end()]).split())
    return f"{text} {noun}"


def claim_sentence(
    claim: Claim, body: str | None, sentences: list[tuple[int, int]] | None = None
) -> str | None:
    """The article's sentence holding the claim, verbatim (cut to MAX_SENTENCE with "…").

    None when the claim's offsets no longer point at its text (an orphaned claim)."""
    if not body or not (0 <= claim.start < claim.end <= len(body)):
        return None
    if body[claim.start : claim.end] != claim.text:
        return None
    if sentences is None:
        sentences = paragraph_sentences(body, claim.start)
    lo, hi = claim.start, claim.end
    for s, e in sentences:
        if s <= claim.start < e:
            lo, hi = min(s, lo), max(e, hi)
            break
    a, b = lo, hi
    if hi - lo > MAX_SENTENCE:
        a, b = _window(body, lo, hi, claim.start, claim.end)
    out = " ".join(body[a:b].split())
    return ("…" if a > lo else "") + out + ("…" if b < hi else "")


def paragraph_sentences(body: str, offset: int) -> list[tuple[int, int]]:
    """The sentences of the paragraph (line) holding `offset`: splitting only that line
    keeps a 100,000-claim report fast."""
    ps = body.rfind("\n", 0, offset) + 1
    pe = body.find("\n", offset)
    return split_sentences(body, [(ps, len(body) if pe == -1 else pe)], [])


def _window(body: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """A word-aligned window of about MAX_SENTENCE characters around [start, end)."""
    spare = max(0, MAX_SENTENCE - (end - start))
    a = max(lo, start - spare // 2)
    b = min(hi, end + spare - (start - a))
    a = max(lo, b - max(MAX_SENTENCE, end - start))
    if a > lo:
        sp = body.find(" ", a, start)
        a = sp + 1 if sp != -1 else a
    if b < hi:
        sp = body.rfind(" ", end, b)
        b = sp if sp != -1 else b
    return a, b


class ContextCache:
    """Sentences per article, split once per report."""

    def __init__(self, articles: dict[str, Article]) -> None:
        self._articles = articles
        self._sentences: dict[tuple[str, int], list[tuple[int, int]]] = {}

    def body(self, claim: Claim) -> str | None:
        art = self._articles.get(claim.article_id)
        return art.body if art is not None else None

    def phrase(self, claim: Claim) -> str:
        return figure_phrase(claim, self.body(claim))

    def sentence(self, claim: Claim) -> str | None:
        body = self.body(claim)
        if not body:
            return None
        if not 0 <= claim.start < len(body):
            return None
        key = (claim.article_id, body.rfind("\n", 0, claim.start))
        spans = self._sentences.get(key)
        if spans is None:
            spans = self._sentences[key] = paragraph_sentences(body, claim.start)
        return claim_sentence(claim, body, spans)

    def reviewed(self, claim: Claim) -> str:
        """What a ClaimReview reviews: a figure's sentence, else its phrase; other claims as is."""
        if claim.kind != "number":
            return claim.text
        return self.sentence(claim) or self.phrase(claim)
