"""Fixtures shared by the dashboard tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimdesk.store import ClaimStore
from tests.support.compare_store_records import newsweek, nyt


@pytest.fixture
def outlets_path(tmp_path: Path) -> Path:
    """The two seed reports (NYT, Newsweek): "Kim Jung-un" / "Kim Jong Un" is suggested."""
    path = tmp_path / "outlets.json"
    with ClaimStore(path) as st:
        st.ingest_extraction(nyt())
        st.ingest_extraction(newsweek())
    return path
