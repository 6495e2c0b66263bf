"""Fixtures for every test folder. The dashboard keeps no module state, so a test has
nothing to save or restore; but the store and the dashboard read the reviewer's config
file, so every test gets its own (absent) one instead of the developer's real file."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_user_config(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """$CLAIMDESK_CONFIG names a file that does not exist (a test that wants one writes
    it and points the variable at it); subprocesses inherit the variable."""
    monkeypatch.setenv("CLAIMDESK_CONFIG", str(tmp_path_factory.getbasetemp() / "no-config.toml"))


# The throwaway PostgreSQL server of the server-desk tests (one per session, started at
# first use): tests/support/pg_server.py.
from tests.support.pg_server import pg_dsn, pg_server  # noqa: E402, F401
