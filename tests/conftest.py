"""Fixtures for every test folder."""

from __future__ import annotations

import pytest

from claimdesk.tui import compare_section


@pytest.fixture(autouse=True)
def _clear_state():
    """The Detail pane's section list and the comparison are module state: restore both."""
    from claimdesk.tui import detail_pane

    saved = list(detail_pane.EXTRA_SECTIONS)
    compare_section.set_comparison(None)
    compare_section.set_by_subject(False)
    yield
    compare_section.set_comparison(None)
    compare_section.set_by_subject(False)
    detail_pane.EXTRA_SECTIONS[:] = saved
