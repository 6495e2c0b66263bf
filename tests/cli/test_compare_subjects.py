"""`claimdesk compare` on two invented reports of one clash and one vote: the other side's
dead are not counted with ours, a measure names what it measures ("8 km of road", not the
"ridge"), a group of percentages names its measure, seat counts after a semicolon are not
the candidate's, and "voters under 35" is an age, not a figure."""

from __future__ import annotations

import json

import pytest

from tests.support.cli import run

DUNMORE = """Nine Brask soldiers killed in Kelm ridge strike

ORSK, May 4 (Dunmore Post) - Brask's army said on Tuesday that 9 Brask soldiers had been \
killed in a Tovian rocket strike on a post on the Kelm ridge.

Tovian state radio gave a different account, reporting that four Brask soldiers had been \
killed and that two Tovian soldiers had died when Brask returned fire.

Army spokesman Ivo Marek said the army had closed 8 kilometres of the ridge road to \
civilian traffic.

In the Kelm district vote held the same day, turnout was 61%, the Kelm election board said. \
Mayor Lina Dovre, whose levy plan is the first test of her term, says it would raise \
$5 million a year; the Unity party holds 14 of the council's 31 seats. Voters under 35 \
backed her most strongly.
"""

HERALD = """Brask says seven soldiers killed on Kelm ridge

KELM, May 4 (Kelm Herald) - At least 7 Brask soldiers were killed when a Tovian rocket \
struck a post on the Kelm ridge, Brask's defence ministry said on Tuesday.

Army spokesman Ivo Marek told reporters that the army had closed 8 kilometres of the \
ridge road.

Turnout in the Kelm district vote was 58%, the Kelm election board said.
"""


@pytest.fixture
def files(tmp_path):
    a, b = tmp_path / "dunmore.txt", tmp_path / "herald.txt"
    a.write_text(DUNMORE, encoding="utf-8")
    b.write_text(HERALD, encoding="utf-8")
    return str(a), str(b)


def _groups(capsys, files) -> list[dict]:
    code, out, err = run(
        capsys, "compare", *files, "--published", "2025-05-04", "--kind", "figures",
        "--format", "jsonl",
    )  # fmt: skip
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _numbers(capsys, path: str) -> list[dict]:
    code, out, err = run(capsys, "extract", path, "--published", "2025-05-04")
    assert code == 0, err
    return json.loads(out)["numbers"]


def test_the_other_sides_dead_are_not_in_our_toll(capsys, files):
    killed = next(g for g in _groups(capsys, files) if "killed" in g["label"])
    tovian = next(n for n in _numbers(capsys, files[0]) if n["value"] == 2)
    assert tovian["noun"] == "soldiers"
    assert "dunmore.txt:number:2" not in killed["members"]
    assert any("about Tovian" in e for e in killed["evidence"])


def test_a_measure_names_what_it_measures(capsys, files):
    road = next(g for g in _groups(capsys, files) if "(km)" in g["label"])
    assert road["label"] == "road (km)"
    assert "ridge" not in road["label"]
    assert any("8 km of road" in e for e in road["evidence"])


def test_a_group_of_percentages_names_its_measure(capsys, files):
    pct = next(g for g in _groups(capsys, files) if g["label"].endswith("%"))
    assert "turnout" in pct["label"]
    assert pct["consistent"] is False


def test_seats_after_a_semicolon_are_not_the_candidates_and_ages_are_no_figures(capsys, files):
    numbers = _numbers(capsys, files[0])
    seats = [n for n in numbers if n["noun"] == "seats"]
    assert [n["value"] for n in seats] == [14, 31]
    assert all(n["speaker"] is None for n in seats)
    levy = next(n for n in numbers if n["unit"] == "USD")
    assert levy["speaker"] == "Lina Dovre"
    assert 35 not in [n["value"] for n in numbers]
