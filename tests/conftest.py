"""Fixtures for every test folder. The dashboard keeps no module state, so a test has
nothing to save or restore; but the store and the dashboard read the reviewer's config
file, so every test gets its own (absent) one instead of the developer's real file, and
its own data and state folders."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_user_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """$CLAIMDESK_CONFIG names a file that does not exist (a test that wants one writes
    it and points the variable at it); subprocesses inherit the variable."""
    base = tmp_path_factory.getbasetemp()
    monkeypatch.setenv("CLAIMDESK_CONFIG", str(base / "no-config.toml"))
    # The user's data and state folders (default desk, a server desk's last look, the
    # watch log) are the session's own, never the developer's.
    monkeypatch.setenv("XDG_DATA_HOME", str(base / "xdg-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(base / "xdg-state"))


# The throwaway PostgreSQL server of the server-desk tests (one per session, started at
# first use): tests/support/pg_server.py.
from tests.support.pg_server import pg_dsn, pg_server  # noqa: E402, F401
