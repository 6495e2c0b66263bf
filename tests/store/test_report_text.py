"""What the Markdown and CSV reports make of untrusted text: formulas hidden behind
spaces or full-width signs, Markdown strikethrough, a note's line breaks, the local path
of an untitled article, and the CSV's encoding mark and sentences."""

from __future__ import annotations

import csv
import io

import pytest

from claimdesk.store import ClaimStore
from claimdesk.store.export import csv_cell, export, md_escape
from tests.support.store_fixtures import make_extraction


@pytest.fixture
def store(tmp_path):
    ext = make_extraction(path=str(tmp_path / "private" / "harbour-draft.txt"))
    ext.title = None
    s = ClaimStore(tmp_path / "s.json")
    s.ingest_extraction(ext)
    yield s
    s.close()


@pytest.mark.parametrize(
    "bad",
    [" =1+1", '\n=HYPERLINK("x")', "＝1+1", "\u200b=1", "\u00a0@SUM(A1)", "  ＋1", "\n-2"],
)
def test_a_formula_behind_spaces_or_a_full_width_sign_is_neutralised(bad: str) -> None:
    """Finding 22: a cell opening with a space, a line break or a full-width ＝ before a
    formula was left as it was; spreadsheets skip the one and read the other as =."""
    assert csv_cell(bad) == "'" + bad
    assert csv_cell(" plain text") == " plain text"
    assert csv_cell("１２ boats") == "１２ boats"


def test_csv_opens_with_a_bom_and_a_figure_row_has_its_sentence(store) -> None:
    """Finding 17: no UTF-8 BOM (spreadsheets showed mojibake) and a figure's row lacked
    the sentence that says what it counts."""
    text = export(store, "csv")
    assert text.startswith("\ufeffid,")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    figure = next(r for r in rows if r["kind"] == "number" and r["value"] == "4000000")
    assert figure["sentence"] == "Tomas Reyd said repairs would cost USD 4 million."


def test_markdown_keeps_note_line_breaks_and_escapes_strikethrough(store) -> None:
    """Finding 17 and 22: a note's paragraphs ran together; `~~x~~` struck text through."""
    quote = next(c for c in store.claims() if c.kind == "quote")
    store.mark([quote.id], "verified", note="First check.\nSecond ~~source~~ <i>agrees</i>.")
    md = export(store, "md")
    row = next(line for line in md.splitlines() if quote.id in line)
    assert "First check.<br>Second \\~\\~source\\~\\~ &lt;i&gt;agrees&lt;/i&gt;." in row
    assert row.count(" | ") == 5
    assert md_escape("~~gone~~") == "\\~\\~gone\\~\\~"
    assert md_escape("$5 and $10 million") == "\\$5 and \\$10 million"  # (no math)


def test_an_untitled_article_is_not_headed_by_its_local_path(store, tmp_path) -> None:
    """Finding 22: an article without a title got the local file path as its heading, a
    path leak in a report shared with others."""
    for fmt in ("md", "csv"):
        text = export(store, fmt)
        assert "private" not in text and str(tmp_path) not in text, fmt
    assert "\n## Untitled article " in export(store, "md")


def test_a_notes_blank_line_stays_a_paragraph_break(store) -> None:
    quote = next(c for c in store.claims() if c.kind == "quote")
    store.mark([quote.id], "disputed", note="One.\n\nTwo.\n")
    row = next(line for line in export(store, "md").splitlines() if quote.id in line)
    assert "| One.<br><br>Two. |" in row
