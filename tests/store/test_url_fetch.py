"""Fetching an article by URL: the timeout bounds the whole fetch, not each read."""

from __future__ import annotations

import select
import socket
import threading
import time

import pytest

from claimdesk.store.ingest import IngestError, fetch_url


def test_url_fetch_gives_up_on_a_server_that_trickles() -> None:
    """The timeout must bound the whole fetch: a server that sends a few bytes every
    half second never trips a per-read socket timeout, so ingest hangs on it. The
    server trickles until the client hangs up (or, should the fetch hang, for a minute,
    so the test itself always ends)."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    port = srv.getsockname()[1]

    def serve() -> None:
        conn, _ = srv.accept()
        with conn:
            conn.recv(4096)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
            give_up = time.monotonic() + 60  # bounds a failure only
            while time.monotonic() < give_up:
                try:
                    conn.sendall(b"word ")
                except OSError:  # the client gave up, as it should
                    break
                # the trickle's pace: half a second, or less if the client hangs up
                hung_up, _, _ = select.select([conn], [], [], 0.5)
                if hung_up:  # readable after the request: the client closed
                    break
        srv.close()

    threading.Thread(target=serve, daemon=True).start()
    with pytest.raises(IngestError):
        fetch_url(f"http://127.0.0.1:{port}/a.txt", max_bytes=1_000_000, timeout=1.0)
