"""Page dates, sixth pass (issue 16): a visible "Written:" / "Published:" line whose day
opens on its weekday ("Written: Wednesday 7 April 2027") gives the page's date when the
markup gives none. Found on the round-5 blind set (tests/fixtures/round5_blind); these
pages are invented, not taken from it."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.extract.page_meta import visible_date
from tests.support.scoring import run_cli_extract

_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Orrin Gazette - Lock gates on the Orrin canal to close for a month</title>
<meta property="og:title" content="Lock gates on the Orrin canal to close for a month">
</head><body><header><div class="brand">Orrin Gazette</div></header><main>
<h1>Lock gates on the Orrin canal to close for a month</h1>
<p class="byline">{line} by Tamsin Ockwell-Reyes</p>
<p>The lower lock gates on the Orrin canal will close for repairs from next week, the canal
trust said, leaving about 40 narrowboats unable to reach the river.</p>
<p>The trust said the oak gates were fitted more than 60 years ago and had begun to leak.</p>
<p class="update">Update, 9 April 2027: the trust has named the firm doing the work.</p>
</main><footer>Orrin Gazette, 3 Wharf Row.</footer></body></html>
"""


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Written: Wednesday 7 April 2027", "2027-04-07"),
        ("Published: Tuesday, April 6, 2027", "2027-04-06"),
        ("Posted on Mon 5 April 2027", "2027-04-05"),
        ("Published Thu. 8 April 2027", "2027-04-08"),
        # as before: no weekday
        ("Published: 7 April 2027", "2027-04-07"),
    ],
)
def test_a_visible_date_line_may_open_on_its_weekday(line, want):
    assert visible_date(f"Lock gates to close\n{line} by A. Writer\nThe gates leak.") == want


def test_a_weekday_alone_is_no_date():
    assert visible_date("Posted on Sunday by the canal trust") is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Written: Wednesday 7 April 2027", "2027-04-07"),
        ("First published on Friday, 2 April 2027", "2027-04-02"),
    ],
)
def test_the_cli_dates_a_page_by_its_weekday_byline(tmp_path: Path, line, want):
    path = tmp_path / "canal.html"
    path.write_text(_PAGE.format(line=line), encoding="utf-8")
    code, records, err = run_cli_extract([path], None)
    assert code == 0, err
    (rec,) = records
    assert rec["published"] == want
    assert rec["title"] == "Lock gates on the Orrin canal to close for a month"
