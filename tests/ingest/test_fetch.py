"""URLs: fetched from a loopback server the test starts; refusals proven without traffic."""

from __future__ import annotations

import functools
import gzip
import shutil
import ssl
import subprocess
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import FetchPolicy, iter_documents
from flashpoint.ingest import fetch as fetch_module
from flashpoint.ingest.fetch import checked_address, file_name_of, refused_reason
from flashpoint.records import Document

ARTICLE = (
    "<html><head><title>Estonia moves troops</title>"
    "<meta property='article:published_time' content='2022-01-20'></head><body><article>"
    "<p>Estonia said on Thursday it would move two companies of soldiers closer to its "
    "eastern border as a precaution, its defence minister told reporters in Tallinn.</p>"
    "<p>The minister said the move was temporary and would be reviewed within a month.</p>"
    "</article></body></html>"
)
TEXT = "Estonia moves troops\n\nTallinn said on Thursday it would move soldiers east.\n"


def _one(url, policy):
    (item,) = list(iter_documents([url], policy=policy))
    return item


def test_html_url(server, loopback):
    url = server.route("/ee/troops.html", ARTICLE, headers={"Content-Type": "text/html"})
    document = _one(url, loopback)
    assert isinstance(document, Document)
    assert "two companies of soldiers" in document.text
    assert (document.title, document.published) == ("Estonia moves troops", "2022-01-20")
    assert (document.url, document.source, document.file) == (url, url, "troops.html")


def test_text_url_keeps_the_body_exactly(server, loopback):
    url = server.route("/t", TEXT, headers={"Content-Type": "text/plain; charset=utf-8"})
    document = _one(url, loopback)
    assert isinstance(document, Document)
    assert document.text == TEXT
    assert document.title == "Estonia moves troops"


def test_gzip_body_is_inflated(server, loopback):
    body = gzip.compress(TEXT.encode())
    url = server.route(
        "/gz", body, headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"}
    )
    document = _one(url, loopback)
    assert isinstance(document, Document)
    assert document.text == TEXT


@pytest.mark.parametrize("wrapped", [True, False], ids=["zlib", "raw"])
def test_deflate_body_is_inflated(server, loopback, wrapped):
    squeezer = zlib.compressobj(wbits=zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
    body = squeezer.compress(TEXT.encode()) + squeezer.flush()
    url = server.route(
        "/df", body, headers={"Content-Type": "text/plain", "Content-Encoding": "deflate"}
    )
    document = _one(url, loopback)
    assert isinstance(document, Document)
    assert document.text == TEXT


def test_gzip_bomb_is_refused_at_the_cap(server):
    bomb = gzip.compress(b"A" * 30_000_000, compresslevel=9)  # 30 MB inflated, ~30 kB sent
    assert len(bomb) < 100_000
    url = server.route(
        "/bomb", bomb, headers={"Content-Type": "text/plain", "Content-Encoding": "gzip"}
    )
    policy = FetchPolicy(allow_private=True, timeout=5.0, max_bytes=1_000_000)
    error = _one(url, policy)
    assert isinstance(error, InputError)
    assert error.problem.startswith("body is larger than the 1,000,000 byte limit")


def test_declared_length_above_the_cap_is_refused(server):
    url = server.route("/big", b"x" * 5_000, headers={"Content-Type": "text/plain"})
    error = _one(url, FetchPolicy(allow_private=True, max_bytes=1_000))
    assert isinstance(error, InputError)
    assert "byte limit" in error.problem


def test_redirects_are_followed_and_counted(server, loopback):
    target = server.route("/final", TEXT, headers={"Content-Type": "text/plain"})
    server.route("/r1", status=302, headers={"Location": "/final"})
    server.route("/loop", status=301, headers={"Location": "/loop"})
    document = _one(server.url("/r1"), loopback)
    assert isinstance(document, Document)
    assert document.url == target
    error = _one(server.url("/loop"), loopback)
    assert isinstance(error, InputError)
    assert "more than 5 redirects" in error.problem
    assert server.requests.count("/loop") == 6


@pytest.mark.parametrize(
    ("status", "problem"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")]
)
def test_http_errors(server, loopback, status, problem):
    url = server.route("/e", b"", status=status)
    error = _one(url, loopback)
    assert isinstance(error, InputError)
    assert (error.source, error.problem) == (url, problem)


@pytest.mark.parametrize(
    ("content_type", "problem"),
    [
        ("application/pdf", "unsupported content type application/pdf"),
        ("application/rss+xml", "not a valid XML feed"),  # read as a feed, and it is not one
    ],
)
def test_unsupported_content_types(server, loopback, content_type, problem):
    url = server.route("/c", b"%PDF-1.4 <rss>", headers={"Content-Type": content_type})
    error = _one(url, loopback)
    assert isinstance(error, InputError)
    assert error.problem.startswith(problem)


def test_slow_server_times_out(server):
    url = server.route("/slow", TEXT, headers={"Content-Type": "text/plain"}, delay=2.0)
    error = _one(url, FetchPolicy(allow_private=True, timeout=0.3))
    assert isinstance(error, InputError)
    assert error.problem.startswith("timed out")


def test_unreachable_url_is_an_error(loopback):
    # port 9 on loopback (discard) is closed on a test machine: connection refused
    error = _one("http://127.0.0.1:9/x", loopback)
    assert isinstance(error, InputError)
    assert error.problem.startswith("cannot fetch (ConnectError")


# -- refusals: no request leaves for a refused address, so these tests send no traffic


def test_loopback_is_refused_without_allow_private(server):
    url = server.route("/t", TEXT, headers={"Content-Type": "text/plain"})
    error = _one(url, FetchPolicy())
    assert isinstance(error, InputError)
    assert error.problem == (
        "refused: 127.0.0.1 resolves to 127.0.0.1, a loopback address "
        "(FetchPolicy.allow_private allows it)"
    )
    assert server.requests == []


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "a loopback address"),
        ("10.1.2.3", "a private address"),
        ("172.16.0.1", "a private address"),
        ("192.168.1.1", "a private address"),
        ("169.254.169.254", "a cloud metadata address"),
        ("169.254.10.1", "a link-local address"),
        ("100.64.0.1", "not globally routable"),
        ("0.0.0.0", ...),  # unspecified or private, by Python version
        ("224.0.0.1", "a multicast address"),
        ("240.0.0.1", ...),  # reserved or private, by Python version
        ("::1", "a loopback address"),
        ("fe80::1", "a link-local address"),
        ("fd00:ec2::254", "a cloud metadata address"),
        ("::ffff:10.0.0.1", "a private address"),
        ("93.184.216.34", None),
        ("2606:4700::1111", None),
    ],
)
def test_refused_reason(address, reason):
    if reason is ...:
        assert refused_reason(address) is not None
    else:
        assert refused_reason(address) == reason


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("ftp://example.org/x", "only http and https URLs are fetched, not ftp:"),
        ("file:///etc/passwd", "only http and https URLs are fetched, not file:"),
        ("http://user:pw@example.org/", "URLs with a user name or password are not fetched"),
        ("http:///nohost", "URL has no host"),
        ("http://10.0.0.1/", "refused: 10.0.0.1 resolves to 10.0.0.1, a private address"),
        ("http://169.254.169.254/latest/meta-data/",
         "refused: 169.254.169.254 resolves to 169.254.169.254, a cloud metadata address"),
        ("http://[::1]:8080/", "refused: ::1 resolves to ::1, a loopback address"),
    ],
)  # fmt: skip
def test_checked_address_refuses(url, problem):
    with pytest.raises(InputError) as caught:
        checked_address(url, FetchPolicy())
    assert caught.value.problem.startswith(problem)


def test_host_resolving_to_a_private_address_is_refused(monkeypatch):
    monkeypatch.setattr(fetch_module, "resolve", lambda host, port: ["93.184.216.34", "10.0.0.7"])
    with pytest.raises(
        InputError, match=r"news\.example resolves to 10\.0\.0\.7, a private address"
    ):
        checked_address("https://news.example/a", FetchPolicy())


def test_redirect_to_a_refused_address_is_refused(server, monkeypatch):
    """Allow only 127.0.0.1 (the test server); a redirect to 127.0.0.2 must be checked too."""
    real = fetch_module.refused_reason
    monkeypatch.setattr(
        fetch_module, "refused_reason", lambda a: None if a == "127.0.0.1" else real(a)
    )
    port = server.base.rsplit(":", 1)[1]
    server.route("/hop", status=302, headers={"Location": f"http://127.0.0.2:{port}/t"})
    error = _one(server.url("/hop"), FetchPolicy(timeout=5.0))
    assert isinstance(error, InputError)
    assert error.source == server.url("/hop")
    assert "refused: 127.0.0.2 resolves to 127.0.0.2, a loopback address" in error.problem
    assert f"(at http://127.0.0.2:{port}/t)" in error.problem
    assert server.requests == ["/hop"]


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://example.org/news/2021/story-slug/", "story-slug"),
        ("https://example.org/a/b.html?x=1", "b.html"),
        ("https://example.org/", "example.org"),
    ],
)
def test_file_name_of(url, name):
    assert file_name_of(url) == name


def test_international_host_names_are_sent_in_ascii():
    assert fetch_module.ascii_host("https://b\u00fccher.example/x") == "xn--bcher-kva.example"
    assert fetch_module.ascii_host("https://example.org/") == "example.org"


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs openssl to make a certificate")
def test_https_connects_to_the_checked_address_and_verifies_the_name(tmp_path, monkeypatch):
    """The request goes to the resolved IP, while TLS still checks the certificate's name."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost"],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):
            return

        def do_GET(self):
            body = f"Host header: {self.headers['Host']}\n".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    httpd.socket = server_context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True).start()
    port = httpd.server_address[1]
    try:
        trusted = ssl.create_default_context(cafile=str(cert))
        monkeypatch.setattr(
            fetch_module.httpx, "Client", functools.partial(httpx.Client, verify=trusted)
        )
        fetched = fetch_module.fetch(f"https://localhost:{port}/x", FetchPolicy(allow_private=True))
        assert fetched.body == f"Host header: localhost:{port}\n".encode()
        wrong_name = ssl.create_default_context(cafile=str(cert))
        monkeypatch.setattr(
            fetch_module.httpx, "Client", functools.partial(httpx.Client, verify=wrong_name)
        )
        with pytest.raises(InputError, match=r"CERTIFICATE_VERIFY_FAILED|certificate"):
            fetch_module.fetch(f"https://127.0.0.1:{port}/x", FetchPolicy(allow_private=True))
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_dns_resolution_is_bounded_by_the_timeout(monkeypatch):
    def slow(host, port):
        threading.Event().wait(2.0)
        return ["93.184.216.34"]

    monkeypatch.setattr(fetch_module, "resolve", slow)
    with pytest.raises(InputError, match=r"cannot resolve host slow\.example \(no DNS answer"):
        checked_address("https://slow.example/", FetchPolicy(timeout=0.2))
