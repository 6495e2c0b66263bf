"""Extraction's speed work keeps its output, and a long article's peak memory stays a
bounded multiple of its size (issue 18 "Extraction", issue 12 finding 9).

The record's `to_dict` no longer goes through `dataclasses.asdict` and the word count no
longer walks every match in Python: both must give what they gave, key for key and in
the same order. The figure and date scans merge their candidates lazily and the speech
stage lets its working copies go early; the bounds below are Python's own allocations
(tracemalloc) beyond what was held before, per byte of article: a memory bound, never a
timing. benchmarks/same_output.py checks whole outputs against the previous code.
"""

from __future__ import annotations

import dataclasses
import json
import tracemalloc
from pathlib import Path

import pytest

from claimdesk.extract import extract_path, extract_text, pipeline, speech
from claimdesk.extract.record import DateRef, Extraction, Hedge, Number, Quote, Source, Statement
from tests.support.paths import FIXTURES, SAMPLE_DATA

ARTICLES = sorted(
    p
    for folder in (SAMPLE_DATA, FIXTURES)
    for p in folder.rglob("*")
    if p.suffix in (".txt", ".md", ".html")
)

_SENTENCES = (
    "Ferry master {n} said that {a} crossings had run on day {i}.",
    '"We landed {a} crates of pears on Friday," {n} said.',
    "According to {n}, about {a}% of the moorings were free on May {d}, 2023.",
    "The harbour trust estimated the dredging would cost ${a} million, which could not be "
    "independently verified.",
    "{n} told reporters that at least {a} pilots would be back next month.",
)
_NAMES = ("Ysolde Brack", "Pell Amaro", "the Wharf Trust", "Corin Tael", "a trust spokeswoman")


def _one_line_log(size: int) -> str:
    """An invented ferry log on one line: quotes, reported speech, figures and dates."""
    parts, total, i = [], 0, 0
    while total < size:
        s = _SENTENCES[i % 5].format(n=_NAMES[(i // 2) % 5], a=i % 700 + 3, i=i, d=i % 27 + 1)
        parts.append(s)
        total += len(s) + 1
        i += 1
    return "Ferry log\n\n" + " ".join(parts) + "\n"


def _asdict_record(ext: Extraction) -> dict:
    data = dataclasses.asdict(ext)
    data.pop("body")
    return data


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_to_dict_is_what_asdict_gave_key_for_key(path: Path) -> None:
    ext = extract_path(str(path), published="2024-12-17")
    mine = ext.to_dict()
    assert json.dumps(mine, ensure_ascii=False) == json.dumps(
        _asdict_record(ext), ensure_ascii=False
    )
    assert ext.to_dict(with_body=True)["body"] == ext.body


def test_to_dict_copies_what_it_returns() -> None:
    ext = Extraction(
        path="x.txt",
        words=3,
        sources=[Source("Ysolde Brack", "person", "ferry master", ["Brack"])],
        quotes=[Quote("We landed", "Ysolde Brack", False, 1, 10)],
        statements=[Statement("crossings had run", None, 12, 29)],
        numbers=[Number(12.5, "%", "about", "moorings", None, False, "about 12.5%", 30, 41)],
        dates=[DateRef("May 3, 2023", "2023-05-03", "day", 42, 53)],
        hedges=[Hedge("reportedly", 54, 64)],
    )
    data = ext.to_dict()
    assert data == _asdict_record(ext)
    data["sources"][0]["aliases"].append("changed")
    assert ext.sources[0].aliases == ["Brack"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "one",
        "Ysolde Brack's ferry didn't sail; the pilots’ union said so.",
        "a''b 'c' d'e'f ’g’ x1_y2 3,400 tonnes — fünf Fähren, 渡し船 2",
        "word\nword\tword\u00a0word\u2003word",
        "unbroken" * 50,
    ],
)
def test_the_word_count_in_pieces_is_the_count_of_every_match(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "_PIECE", 3)  # cut at (nearly) every space
    pattern = pipeline._WORD
    assert pipeline._count(pattern, text) == sum(1 for _ in pattern.finditer(text))


def test_the_word_count_of_an_article_is_unchanged() -> None:
    text = _one_line_log(20_000)
    ext = extract_text(text)
    assert ext.words == sum(1 for _ in pipeline._WORD.finditer(ext.body)) > 3_000


def _growth(run) -> tuple[float, object]:
    """What `run()` returns, and the peak of Python's allocations while it ran beyond
    what was held when it started."""
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
        out = run()
        return tracemalloc.get_traced_memory()[1] - before, out
    finally:
        tracemalloc.stop()


LOG_BYTES = 400_000


@pytest.fixture(scope="module")
def long_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("log") / "ferry_log.txt"
    path.write_text(_one_line_log(LOG_BYTES), encoding="utf-8")
    return path


def test_a_long_article_extracts_within_a_bounded_multiple_of_its_size(long_log: Path) -> None:
    """The whole extraction of a one-line article (read, clean, every stage): it peaked
    at 15.7x its size while the figure and date scans held every candidate at once, and
    at 11.8x now."""
    size = long_log.stat().st_size
    grown, ext = _growth(lambda: extract_path(str(long_log)))
    assert len(ext.statements) > 2_000 and len(ext.numbers) > 2_000 and len(ext.dates) > 1_000
    assert grown / size < 13.5, f"extraction peaked at {grown / size:.1f}x the article"


def test_the_speech_stage_of_a_long_article_peaks_lower(
    long_log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The speech stage alone: it peaked at 6.8x its article with the masked copy and
    every sentence's attributions alive while the statements were made, at 5.6x now."""
    size = long_log.stat().st_size
    seen: dict[str, float] = {}
    analyse = speech.analyse

    def measured(doc, sentences):
        grown, out = _growth(lambda: analyse(doc, sentences))
        seen["speech"] = grown / size
        return out

    monkeypatch.setattr(pipeline, "analyse", measured)
    ext = extract_path(str(long_log))
    assert len(ext.quotes) > 900
    assert seen["speech"] < 6.2, f"the speech stage peaked at {seen['speech']:.1f}x the article"
