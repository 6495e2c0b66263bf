"""A dashboard on a PostgreSQL desk, under Pilot, and real `claimdesk` processes on the
same desk: their verdicts show with no key pressed (LISTEN/NOTIFY), the dashboard's own
reach the server, and a server restart says "reconnecting", keeps the cursor where it
was, and catches up with what was written meanwhile."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from claimdesk.cli.main import main
from claimdesk.store.backend import open_store
from claimdesk.tui.app import ClaimdeskApp
from claimdesk.tui.header_bar import HeaderBar
from tests.support.desk import ready
from tests.support.pilot import wait_for
from tests.support.tui_corpus import build_store


@pytest.fixture
def server_desk(pg_server, tmp_path: Path) -> str:
    """The dashboard tests' small desk, copied onto a fresh server database."""
    dsn = pg_server.fresh_dsn()
    assert main(["copy", str(build_store(tmp_path / "desk.json")), dsn]) == 0
    return dsn


async def claimdesk(*args: str) -> tuple[int, str, str]:
    """The real `claimdesk` command in another process (the UI keeps running)."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "claimdesk",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    return proc.returncode or 0, out.decode(), err.decode()


def header(app: ClaimdeskApp) -> str:
    return str(app.screen.query_one(HeaderBar).render())


def status_on_server(dsn: str, claim_id: str) -> tuple[str, str | None]:
    with open_store(dsn, readonly=True) as store:
        c = store.claim(claim_id)
        return c.status, c.reviewer


async def test_verdicts_cross_between_a_dashboard_and_the_command_on_a_server(
    server_desk: str,
) -> None:
    app = ClaimdeskApp(server_desk, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        assert "claimdesk@" in header(app) and "host=" in header(app)
        quotes = desk.table("quotes")
        await pilot.press("j")
        target = quotes.current.claim
        code, _, err = await claimdesk(
            "--db", server_desk, "mark", target.id, "--status", "disputed", "--reviewer", "bob"
        )
        assert code == 0, err
        await wait_for(pilot, lambda: desk.model.counts["disputed"] == 1, timeout=10)
        assert target.reviewer == "bob" and "✗1" in header(app)
        await pilot.press("k")
        mine = quotes.current.claim
        await pilot.press("v")  # the dashboard's own verdict, on the first quote
        await wait_for(pilot, lambda: status_on_server(server_desk, mine.id)[0] == "verified")
        code, out, _ = await claimdesk("--db", server_desk, "list", "--status", "verified")
        assert code == 0 and mine.id in out
    assert status_on_server(server_desk, target.id) == ("disputed", "bob")


async def test_a_server_restart_says_reconnecting_keeps_the_place_and_catches_up(
    server_desk: str, pg_server
) -> None:
    app = ClaimdeskApp(server_desk, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        desk = await ready(app, pilot)
        quotes = desk.table("quotes")
        await pilot.press("j", "j")
        place = quotes.cursor
        target = quotes.rows[0].claim
        await wait_for(pilot, lambda: app._follower is not None)
        pg_server.stop()
        try:
            await wait_for(pilot, lambda: "reconnecting" in header(app), timeout=20)
            # a change attempted now is refused with one line, never lost silently
            code, _, err = await claimdesk(
                "--db", server_desk, "mark", target.id, "--status", "dismissed"
            )
            assert code != 0 and len(err.strip().splitlines()) == 1
        finally:
            pg_server.start()
        code, _, err = await claimdesk(
            "--db", server_desk, "mark", target.id, "--status", "dismissed", "--reviewer", "cy"
        )
        assert code == 0, err
        await wait_for(pilot, lambda: target.status == "dismissed", timeout=20)
        await wait_for(pilot, lambda: "reconnecting" not in header(app))
        assert quotes.cursor == place
        assert desk.model.counts["dismissed"] == 1


HERE_AS = (
    "import sys\n"
    "from claimdesk.store.pg_presence import PgPresence\n"
    "p = PgPresence(sys.argv[1], sys.argv[2])\n"
    "assert p.join()\n"
    "print('here', flush=True)\n"
    "sys.stdin.read()\n"
)


async def test_who_else_is_on_a_server_desk_shows_in_the_header(server_desk: str) -> None:
    """Another process on the server desk (its named connection, as a dashboard keeps)
    shows as "also here: bob"; killed with -9, the server drops it and so does the header."""
    app = ClaimdeskApp(server_desk, reviewer="ana")
    async with app.run_test(size=(140, 40)) as pilot:
        await ready(app, pilot)
        assert "also here" not in header(app)
        bob = await asyncio.create_subprocess_exec(
            sys.executable, "-c", HERE_AS, server_desk, "bob",
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            assert (await bob.stdout.readline()).strip() == b"here"
            await wait_for(pilot, lambda: "also here: bob" in header(app))
        finally:
            bob.kill()
            await bob.wait()
        await wait_for(pilot, lambda: "also here" not in header(app))
