"""The watch state file (NAME.watch): what it remembers comes back, and a damaged one is
started afresh with a reason (it is derived data, never a reason to stop)."""

from __future__ import annotations

from claimdesk.store.watch_state import WatchState


def test_what_watch_remembers_comes_back(tmp_path):
    path = tmp_path / "desk.json.watch"
    state = WatchState.load(path)
    entry = state.get("http://127.0.0.1/a.html")
    entry.etag, entry.guid, entry.article_id = '"abc"', "urn:a", "0123456789abcdef"
    state.save()
    again = WatchState.load(path)
    assert again.damaged is None
    assert again.urls["http://127.0.0.1/a.html"].etag == '"abc"'
    assert again.known_guid("urn:a") == "http://127.0.0.1/a.html"


def test_a_damaged_state_file_is_started_afresh_with_a_reason(tmp_path):
    path = tmp_path / "desk.json.watch"
    path.write_text('{"urls": {"http://127.0.0.1/a": ', encoding="utf-8")
    state = WatchState.load(path)
    assert state.urls == {}
    assert state.damaged and "starting afresh" in state.damaged
    state.save()  # the damaged file is replaced by a good one
    assert WatchState.load(path).damaged is None
