"""A loopback HTTP server for fetch and feed tests: routes set per test, no network."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from flashpoint.ingest import FetchPolicy


@dataclass
class Reply:
    """What the server answers on one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the body is sent


@dataclass
class Server:
    """The running server: its base URL, its routes, and the paths it was asked for."""

    base: str
    routes: dict[str, Reply]
    requests: list[str]

    def url(self, path: str) -> str:
        return self.base + path

    def route(self, path: str, body: bytes | str = b"", **kwargs: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.routes[path] = Reply(body=data, **kwargs)  # type: ignore[arg-type]
        return self.url(path)


def _handler(
    routes: dict[str, Reply], requests: list[str]
) -> Callable[..., BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            requests.append(self.path)
            reply = routes.get(self.path, Reply(status=404))
            self.send_response(reply.status)
            for key, value in reply.headers.items():
                self.send_header(key, value)
            if "Content-Length" not in reply.headers:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                return  # the client stopped reading: what a size cap does

    return Handler


@pytest.fixture
def server() -> Iterator[Server]:
    """Serve `routes` on 127.0.0.1 on a free port for one test."""
    routes: dict[str, Reply] = {}
    requests: list[str] = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(routes, requests))
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{httpd.server_address[1]}", routes, requests)
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def loopback() -> FetchPolicy:
    """The policy for fetching from the test's own loopback server."""
    return FetchPolicy(allow_private=True, timeout=5.0, max_bytes=2_000_000)
