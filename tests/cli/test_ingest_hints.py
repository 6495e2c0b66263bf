"""What ingest and extract tell the user: unresolved relative dates and their fix, that
URLs are fetched by ingest, and where a file's article was published (`--url`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.cli import ARTICLE, run


def _src(tmp_path: Path) -> Path:
    src = tmp_path / "a.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    return src


def test_ingest_says_when_relative_dates_are_left_unresolved(capsys, tmp_path: Path) -> None:
    """Finding 16: without --published "on Monday" stayed unresolved and nothing said so."""
    db = str(tmp_path / "s.json")
    code, out, err = run(capsys, "ingest", str(_src(tmp_path)), "--db", db)
    assert code == 0
    said = out + err
    assert "1 date(s) in 1 article(s) left unresolved" in said and "--published" in said
    code, out, err = run(
        capsys, "ingest", str(_src(tmp_path)), "--db", db, "--published", "2025-01-10"
    )
    assert code == 0 and "unresolved" not in out + err


def test_ingest_help_says_what_published_is_for(capsys) -> None:
    """Finding 16: `ingest --help` did not say that relative dates need --published."""
    with pytest.raises(SystemExit) as done:
        run(capsys, "ingest", "--help")
    assert done.value.code == 0
    text = " ".join(capsys.readouterr().out.split())
    assert "relative dates" in text and "stay unresolved" in text


def test_extract_of_a_url_says_that_ingest_fetches_it(capsys, tmp_path: Path) -> None:
    """Finding 15: `claimdesk extract URL` said "no such file"."""
    url = "https://news.example/harbour-wall"
    code, out, err = run(capsys, "extract", url)
    assert code == 1 and out == ""
    assert "no such file" not in err and f"claimdesk ingest {url}" in err


def test_ingest_url_gives_a_file_its_appearance_and_keeps_the_ids(capsys, tmp_path: Path) -> None:
    """Finding 20: an article ingested from a file had no url, so its ClaimReview had no
    appearance; `ingest --url` gives it one, and no claim id changes."""
    src = _src(tmp_path)
    db = str(tmp_path / "s.json")
    assert run(capsys, "ingest", str(src), "--db", db, "--published", "2025-01-10")[0] == 0
    _, out, _ = run(capsys, "list", "--db", db, "--format", "jsonl")
    before = sorted(json.loads(line)["id"] for line in out.splitlines())
    url = "https://gazette.example/lindel-evacuation"
    code, out, err = run(
        capsys, "ingest", str(src), "--url", url, "--db", db, "--published", "2025-01-10"
    )
    assert code == 0, err
    _, out, _ = run(capsys, "list", "--db", db, "--format", "jsonl")
    assert sorted(json.loads(line)["id"] for line in out.splitlines()) == before
    assert run(capsys, "mark", before[0], "--status", "verified", "--db", db)[0] == 0
    _, out, _ = run(capsys, "export", "--format", "claimreview", "--org", "Aster", "--db", db)
    (review,) = json.loads(out)["@graph"]
    assert review["itemReviewed"]["appearance"]["url"] == url
    # one article only, and a web address
    code, _, err = run(capsys, "ingest", str(src), str(src), "--url", url, "--db", db)
    assert code == 1 and "--url" in err
    with pytest.raises(SystemExit) as bad:
        run(capsys, "ingest", str(src), "--url", "gazette/page", "--db", db)
    assert bad.value.code == 2
    assert "not an http(s) URL" in capsys.readouterr().err
