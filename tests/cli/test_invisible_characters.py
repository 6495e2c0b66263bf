"""8-bit escape sequences and invisible characters, through the real command on real files.

An 8-bit CSI (U+009B) goes whole, as the 7-bit ESC [ does: its parameters never show as
"31m". Direction marks (U+200E/U+200F) and zero-width characters are removed before the
text is read, so "300<LRM> users" has its noun, and the offsets of every claim still point
at the text shown.
"""

from __future__ import annotations

import csv
import io

from claimdesk.extract import extract_path
from claimdesk.store import ClaimStore
from tests.support.cli import run
from tests.support.scoring import run_cli_extract

INVISIBLES = ("\u200b", "\u200e", "\u200f", "\u2060", "\ufeff", "\u061c", "\u200d")

# Invented: a ferry line's figures, with the marks a copy-paste from a right-to-left page
# or a chat tool leaves behind.
ARTICLE = (
    "Ferry Line Adds Night Crossings\n\n"
    "The Orlen ferry line said on Tuesday that 300\u200e users had signed up for night "
    "crossings and that fares would rise by\u200f 4\u200b% in spring.\n\n"
    "\u201cWe \x9b31mdid not\x9b0m expect this,\u201d said operations chief Mirela Sand, "
    "adding that 1,250\u2060 passengers\u200d used the route in its first week.\n"
)


def _write(tmp_path):
    p = tmp_path / "ferry.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_c1_csi_goes_whole_with_its_parameters(tmp_path):
    code, (rec,), err = run_cli_extract([_write(tmp_path)], "2025-03-04")
    assert code == 0, err
    (quote,) = rec["quotes"]
    assert quote["text"].startswith("We did not expect this")
    assert "31m" not in quote["text"] and "0m" not in quote["text"]


def test_direction_marks_and_zero_width_characters_do_not_hide_the_noun(tmp_path):
    code, (rec,), err = run_cli_extract([_write(tmp_path)], "2025-03-04")
    assert code == 0, err
    figures = {n["value"]: n for n in rec["numbers"]}
    assert figures[300]["noun"] == "users"
    assert figures[4]["unit"] == "%"
    assert figures[1250]["noun"] == "passengers"
    for n in rec["numbers"]:
        assert not any(ch in n["text"] for ch in INVISIBLES), n


def test_offsets_point_at_the_text_shown(tmp_path):
    ext = extract_path(str(_write(tmp_path)), published="2025-03-04")
    assert not any(ch in ext.body for ch in (*INVISIBLES, "\x9b"))
    assert "31m" not in ext.body
    for item in [*ext.numbers, *ext.quotes, *ext.statements, *ext.dates]:
        assert ext.body[item.start : item.end] == item.text, item


def test_claim_text_and_notes_in_the_csv_are_clean(tmp_path, capsys):
    db = str(tmp_path / "store.json")
    code, _, err = run(capsys, "ingest", str(_write(tmp_path)), "--db", db)
    assert code == 0, err
    with ClaimStore(db) as s:
        cid = next(c.id for c in s.claims() if "300" in c.text)
    note = "see\u200f the\u200b log"
    code, _, err = run(capsys, "mark", cid, "--status", "verified", "--note", note, "--db", db)
    assert code == 0, err
    out_file = tmp_path / "r.csv"
    code, _, err = run(capsys, "export", "--format", "csv", "-o", str(out_file), "--db", db)
    assert code == 0, err
    text = out_file.read_text(encoding="utf-8")
    assert text.startswith("\ufeff")  # the BOM spreadsheets need (issue 12, 17) ...
    text = text[1:]  # ... and nowhere else
    assert not any(ch in text for ch in (*INVISIBLES, "\x9b"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert any(r["note"] == "see the log" for r in rows)
    assert any(r["value"] == "300" and r["noun"] == "users" for r in rows)
