"""The first letter of a search word (issue 18): answered from the letter index, not by
looking at every row in Python, and always the rows and counts the plain filter gives, for
words typed letter by letter, backspaces and status filters together. Work is counted
(Python lines run per key), never timed."""

from __future__ import annotations

import random
import sys
from pathlib import Path
from types import FrameType
from typing import Any

from claimdesk.extract.record import Extraction, Number, Quote, Source, Statement
from claimdesk.store import ClaimStore
from claimdesk.store.verdict_states import STATUS_NAMES
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.desk_model import DeskModel, Filters
from claimdesk.tui.desk_screen import DeskScreen
from claimdesk.tui.search_bar import SearchBar
from tests.support.pilot import settled, wait_for

# invented people, places and words of invented events
PEOPLE = [
    ("Ilse Varnow", "harbour minister"),
    ("Odo Brack", "council clerk"),
    ("Pim Sarrat", "hospital director"),
    ("Quell Astin", "ferry pilot"),
    ("Rhea Motte", None),
    ("Ulf Zandri", "grain official"),
    ("Yara Bexley", "weather watcher"),
    ("Kit Jovan", None),
]
WORDS = [
    "lantern",
    "quay",
    "silt",
    "barge",
    "mill",
    "tithe",
    "orchard",
    "ferry",
    "ledger",
    "kiln",
    "levy",
    "marsh",
    "bridge",
    "tally",
    "rye",
    "flax",
    "dune",
    "crane",
    "sluice",
    "weir",
    "tollhouse",
    "granary",
    "beacon",
    "wharf",
    "7",
    "42",
    "percent",
    "official",
]
OUTLETS = ["Brackwater Echo", "Sarn Valley Post", "Quayside Tally"]


def _article(i: int, rng: random.Random) -> Extraction:
    """One invented article: a few quotes, statements and figures by people of PEOPLE."""
    people = rng.sample(PEOPLE, 3)
    quotes, statements, numbers = [], [], []
    body = ""
    for j in range(9):
        name, _role = people[j % 3]
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7))).capitalize()
        figure = f"{rng.randint(2, 900)} {rng.choice(['barges', 'sacks', 'homes'])}"
        sentence = f"{text} near {figure}."
        start = len(body) + (1 if body else 0)
        body = f"{body} {sentence}" if body else sentence
        end = start + len(sentence)
        if j % 3 == 0:
            quotes.append(Quote(sentence, name, False, start, end))
        elif j % 3 == 1:
            statements.append(Statement(sentence, name, start, end))
        at = start + sentence.index(figure)
        value = int(figure.split()[0])
        noun = figure.split()[1]
        numbers.append(Number(value, None, None, noun, name, False, figure, at, at + len(figure)))
    return Extraction(
        path=f"gen/story-{i}.txt",
        words=len(body.split()),
        title=f"Story {i} of the marsh towns",
        publisher=OUTLETS[i % len(OUTLETS)],
        published="2025-04-01",
        url=None,
        body=body,
        sources=[Source(n, "person", r, [n.split()[1]]) for n, r in people],
        quotes=quotes,
        statements=statements,
        numbers=numbers,
    )


def _generated_desk(path: Path, articles: int = 90) -> Path:
    rng = random.Random(18)
    with ClaimStore(path) as store:
        for i in range(articles):
            store.ingest_extraction(_article(i, rng))
        claims = store.claims()
        for status in STATUS_NAMES[1:]:  # some claims under each verdict
            picked = [c.id for c in rng.sample(claims, 40)]
            store.mark(picked, status, reviewer="tester")
    return path


def _plain_claims(model: DeskModel, kind: str, f: Filters) -> list[Any]:
    """The filter from scratch, the way it was before any index or kept result."""
    rows = model.quotes if kind == "quotes" else model.numbers
    needle = f.search.lower()
    return [r for r in rows if (not f.status or r.claim.status == f.status) and needle in r.hay]


def _plain_sources(model: DeskModel, f: Filters) -> list[Any]:
    needle = f.search.lower()
    if not needle:
        return list(model.source_rows)
    hits = _plain_claims(model, "quotes", f) + _plain_claims(model, "numbers", f)
    speakers = {r.source_id for r in hits}
    return [v for v in model.source_rows if v.id in speakers or needle in v.hay]


def _typed(words: list[str]) -> list[str]:
    """The search line after each key: each word letter by letter, then backspaced away."""
    lines = []
    for word in words:
        lines += [word[:i] for i in range(1, len(word) + 1)]
        lines += [word[:i] for i in range(len(word) - 1, -1, -1)]
    return lines


def test_every_key_shows_what_the_plain_filter_shows(tmp_path: Path) -> None:
    with ClaimStore(_generated_desk(tmp_path / "desk.json"), readonly=True) as store:
        model = DeskModel(store.articles(), store.sources(), store.claims())
    model.warm_letters()
    assert len(model.quotes) + len(model.numbers) > 1000
    words = ["ledger", "kiln", "zq", "7", "percent", "varnow", "ilse", "o", "brackwater"]
    checked = 0
    for status in (None, *STATUS_NAMES):
        for line in _typed(words):
            f = Filters(status=status, search=line)
            for kind in ("quotes", "numbers"):
                got = model.filter_claims(kind, f)
                assert got == _plain_claims(model, kind, f), (status, line, kind)
            assert model.filter_sources(f) == _plain_sources(model, f), (status, line)
            checked += 1
    assert checked > 400


async def test_a_first_letter_does_not_look_at_every_row_in_python(tmp_path: Path) -> None:
    """Typing the first letter on the dashboard: the rows shown are the plain filter's, and
    the filter ran far fewer Python lines than there are rows (the old scan ran one per
    row of each list, and the cursor's search one per row again)."""
    app = ClaimdeskApp(_generated_desk(tmp_path / "desk.json"))
    async with app.run_test(size=(160, 45)) as pilot:
        await wait_for(pilot, app.loaded.is_set)
        await settled(app, pilot)  # the warm worker (haystacks, status cuts, letters) done
        desk = app.screen
        assert isinstance(desk, DeskScreen)
        model = desk.model
        assert model is not None
        await pilot.press("slash")
        await settled(app, pilot)
        lines = {"n": 0, "per row": 0}  # every line; the lines of comprehensions
        ours = ("desk_model.py", "claim_table.py", "letter_index.py")

        def tracer(frame: FrameType, event: str, _arg: Any) -> Any:
            if not frame.f_code.co_filename.endswith(ours):
                return None
            if event == "line":
                lines["n"] += 1
                lines["per row"] += frame.f_code.co_name.startswith("<")
            return tracer

        answer = desk.set_search

        def traced(text: str) -> None:
            sys.settrace(tracer)
            try:
                answer(text)
            finally:
                sys.settrace(None)

        desk.set_search = traced  # type: ignore[method-assign]
        await pilot.press("l")
        await wait_for(pilot, lambda: desk.filters.search == "l")
        await settled(app, pilot)
        rows = len(model.quotes) + len(model.numbers)
        assert 0 < lines["n"] < rows / 4, (lines, rows)  # before: 3,011 lines for 1,350 rows
        assert lines["per row"] < rows / 20, (lines, rows)
        f = Filters(search="l")
        shown = [r.id for r in desk.table("quotes").rows]
        assert shown == [r.id for r in _plain_claims(model, "quotes", f)] and shown
        assert desk.table("numbers").rows == _plain_claims(model, "numbers", f)
        assert desk.query_one(SearchBar).value == "l"
