"""The fetcher's manners: a pause between two requests to one host, retries with a
growing backoff on a 5xx answer, none on a 4xx (the clock and sleep are the test's)."""

from __future__ import annotations

import pytest

from claimdesk.store.fetch import Fetcher, FetchError
from tests.support.feed_server import feed_server


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 3))
        self.now += seconds


def test_requests_to_one_host_are_spaced_and_other_hosts_are_not_held_up():
    clock = Clock()
    with feed_server() as srv:
        srv.put("/a", "<html><body><p>a</p></body></html>")
        fetch = Fetcher(max_bytes=10_000, host_interval=2.0, sleep=clock.sleep, clock=clock)
        fetch.get(srv.url("/a"))
        fetch.get(srv.url("/a"))
        assert clock.slept == [2.0]
        fetch.get(f"http://localhost:{srv.port}/a")  # another host name: no wait
        assert clock.slept == [2.0]


def test_a_5xx_is_tried_again_with_backoff_and_a_404_is_not():
    clock = Clock()
    with feed_server() as srv:
        srv.put("/down", "", status=503)
        fetch = Fetcher(
            max_bytes=10_000,
            retries=2,
            backoff=0.5,
            host_interval=0,
            sleep=clock.sleep,
            clock=clock,
        )
        with pytest.raises(FetchError, match="HTTP 503"):
            fetch.get(srv.url("/down"))
        assert clock.slept == [0.5, 1.0]
        assert len(srv.seen("/down")) == 3
        with pytest.raises(FetchError, match="HTTP 404"):
            fetch.get(srv.url("/gone"))
        assert len(srv.seen("/gone")) == 1
        assert clock.slept == [0.5, 1.0]
