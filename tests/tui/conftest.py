"""Fixtures shared by the dashboard tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.compare_store_records import two_outlet_desk


@pytest.fixture
def outlets_path(tmp_path: Path) -> Path:
    """The two seed reports (NYT, Newsweek): "Kim Jung-un" / "Kim Jong Un" is suggested."""
    return two_outlet_desk(tmp_path, "outlets.json")
