"""Issue 15: an article ingested from the shell reaches an open dashboard as a segment:
the store file is not rewritten, and the dashboard takes in only the new segment."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import claimdesk.store.claimstore as claimstore_module
from claimdesk.store.segments import list_segments
from claimdesk.tui.app import ClaimdeskApp
from tests.support.desk import noticed, ready
from tests.support.pilot import wait_for
from tests.support.tui_corpus import build_store


async def test_a_shell_ingest_arrives_as_a_segment(tmp_path: Path, monkeypatch) -> None:
    desk_path = build_store(tmp_path / "desk.json")
    article = tmp_path / "lighthouse.txt"
    article.write_text(
        "Keeper Oswin Tarrant said on Friday that the Skerrow lighthouse would be relit in "
        'May. "The lens came back from the workshop intact," Tarrant said. He said 12 '
        "volunteers had repainted the tower.\n",
        encoding="utf-8",
    )
    app = ClaimdeskApp(desk_path)
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        before = os.stat(desk_path)
        rows = len(desk.model.rows_by_id)

        def no_whole_read(*_a, **_k):
            raise AssertionError("the dashboard read the whole store file again")

        monkeypatch.setattr(claimstore_module, "read_store_file", no_whole_read)
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "claimdesk", "ingest", str(article), "--db", str(desk_path),
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        _, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()
        await wait_for(pilot, lambda: len(desk.model.rows_by_id) > rows)
        quotes = desk.table("quotes")
        await wait_for(pilot, lambda: any("tarrant" in r.hay for r in quotes.rows))
        await noticed(pilot, app, "1 new article")
        after = os.stat(desk_path)
        assert (after.st_ino, after.st_size) == (before.st_ino, before.st_size)
        assert len(list_segments(desk_path)) == 1
