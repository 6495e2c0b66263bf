"""A local HTTP server for the watch tests: feeds and pages about invented events, served
on 127.0.0.1 (never the outside network), with ETag/Last-Modified and 304s, errors,
redirects and a slow answer on demand. It records every request it answered."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Resource:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None  # a redirect's target
    slow: bool = False  # never answers before the client gives up
    validators: bool = True  # send ETag and Last-Modified (and honour them)


@dataclass
class Seen:
    path: str
    headers: dict[str, str]
    status: int


@dataclass
class FeedServer:
    port: int = 0
    resources: dict[str, Resource] = field(default_factory=dict)
    requests: list[Seen] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)  # ends slow answers
    slow_asked: threading.Event = field(default_factory=threading.Event)  # one was asked for

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def put(self, path: str, body: str | bytes, content_type: str | None = None, **kw) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        res = Resource(body=data, **kw)
        if content_type:
            res.content_type = content_type
        self.resources[path] = res
        return self.url(path)

    def seen(self, path: str) -> list[Seen]:
        return [r for r in self.requests if r.path == path]


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


LAST_MODIFIED = "Mon, 16 Dec 2024 08:00:00 GMT"


def _handler(server: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # quiet
            pass

        def do_GET(self) -> None:
            res = server.resources.get(self.path)
            headers = {k: v for k, v in self.headers.items()}
            if res is None:
                return self._answer(404, headers, b"not here", "text/plain")
            if res.slow:
                server.slow_asked.set()
                server.release.wait(30)  # until released (or the test ends)
                return self._answer(200, headers, res.body, res.content_type)
            if res.location is not None:
                server.requests.append(Seen(self.path, headers, res.status))
                self.send_response(res.status)
                self.send_header("Location", res.location)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if res.status != 200:
                return self._answer(res.status, headers, b"error page", "text/plain")
            tag = _etag(res.body)
            if res.validators and (
                self.headers.get("If-None-Match") == tag
                or (
                    self.headers.get("If-None-Match") is None
                    and self.headers.get("If-Modified-Since") == LAST_MODIFIED
                )
            ):
                server.requests.append(Seen(self.path, headers, 304))
                self.send_response(304)
                self.send_header("ETag", tag)
                self.end_headers()
                return None
            extra = {"ETag": tag, "Last-Modified": LAST_MODIFIED} if res.validators else {}
            return self._answer(200, headers, res.body, res.content_type, extra)

        def _answer(
            self,
            status: int,
            headers: dict[str, str],
            body: bytes,
            ctype: str,
            extra: dict[str, str] | None = None,
        ) -> None:
            server.requests.append(Seen(self.path, headers, status))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            with suppress(OSError):
                self.wfile.write(body)

    return Handler


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    """A FeedServer running on a free port of 127.0.0.1 until the block ends."""
    server = FeedServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    server.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.release.set()
        httpd.shutdown()
        httpd.server_close()
