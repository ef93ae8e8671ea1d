"""Fetching URLs under a FetchPolicy: http(s) only, public addresses only, bounded size.

Every hop (the first request and each redirect, followed here by hand) resolves the host,
refuses loopback, private, link-local (cloud metadata 169.254.169.254), reserved,
multicast and unspecified addresses unless `allow_private`, and then connects to the
checked address itself (Host header and TLS SNI keep the name), so a DNS answer that
changes between check and connect cannot slip through.  Bodies are decompressed here, in
bounded steps, and refused once they pass `max_bytes`: a gzip bomb stops at the cap.
"""

from __future__ import annotations

import ipaddress
import queue
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from flashpoint.errors import InputError
from flashpoint.ingest.metadata import Meta, Overrides, build_document
from flashpoint.ingest.text import decode_bytes
from flashpoint.records import Document

USER_AGENT = "flashpoint/0.1 (offline crisis monitor; +https://github.com/flashpoint)"
_REDIRECTS = (301, 302, 303, 307, 308)
_INFLATE_STEP = 1 << 16  # bytes of output per zlib call: memory stays bounded per step
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_XML_TYPES = ("application/xml", "text/xml")
# addresses never fetched even where "private" might be allowed by a broken resolver table
_METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    """Limits for anything fetched over the network, and for local files."""

    timeout: float = 20.0  # seconds, connect + read
    max_bytes: int = 20_000_000  # decompressed body; larger is refused
    allow_private: bool = False  # loopback/private/link-local/metadata addresses refused unless set
    max_redirects: int = 5
    # one local file read whole (.txt, .md, .html, .json) or one JSONL line; 50 MB is far
    # above any report (the largest news article is under 1 MB) yet safe to hold in memory
    max_file_bytes: int = 50_000_000
    max_feed_items: int = 500  # items read from one feed; the rest are reported, not fetched


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched body, decompressed, with the URL it finally came from."""

    url: str
    content_type: str  # media type, lower case, no parameters ("" when not sent)
    charset: str | None
    body: bytes


def refused_reason(address: str) -> str | None:
    """Return why an IP address must not be fetched without allow_private, or None."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    if ip in _METADATA_ADDRESSES:
        return "a cloud metadata address"
    checks = (
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("multicast", ip.is_multicast),
        ("unspecified", ip.is_unspecified),
        ("reserved", ip.is_reserved),
        ("not globally routable", not ip.is_global),
    )
    for name, hit in checks:
        if hit:
            return f"a {name} address" if name != "not globally routable" else name
    return None


def resolve(host: str, port: int) -> list[str]:
    """Return the IP addresses `host` resolves to (an IP literal resolves to itself)."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in seen:
            seen.append(address)
    return seen


def _resolve_within(host: str, port: int, timeout: float) -> list[str]:
    """Return `resolve(host, port)`, giving up after `timeout` seconds.

    getaddrinfo cannot be cancelled, so it runs in a daemon thread that is left to finish.
    """
    answer: queue.Queue[list[str] | BaseException] = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            answer.put(resolve(host, port))
        except (OSError, UnicodeError) as exc:
            answer.put(exc)

    threading.Thread(target=run, name=f"resolve {host}", daemon=True).start()
    try:
        result = answer.get(timeout=timeout)
    except queue.Empty as exc:
        raise TimeoutError(f"no DNS answer within {timeout:g} s") from exc
    if isinstance(result, BaseException):
        raise result
    return result


def checked_address(url: str, policy: FetchPolicy) -> str:
    """Return the address to connect to for `url`; raise InputError when it is refused."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise InputError(url, f"only http and https URLs are fetched, not {parts.scheme or '?'}:")
    if parts.username is not None or parts.password is not None:
        raise InputError(url, "URLs with a user name or password are not fetched")
    host = parts.hostname
    if not host:
        raise InputError(url, "URL has no host")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise InputError(url, "URL has a bad port") from exc
    try:
        addresses = _resolve_within(host, port, policy.timeout)
    except (UnicodeError, OSError) as exc:
        raise InputError(url, f"cannot resolve host {host} ({exc})") from exc
    if not addresses:
        raise InputError(url, f"cannot resolve host {host}")
    if not policy.allow_private:
        for address in addresses:
            reason = refused_reason(address)
            if reason is not None:
                raise InputError(
                    url,
                    f"refused: {host} resolves to {address}, {reason} "
                    "(FetchPolicy.allow_private allows it)",
                )
    return addresses[0]


class _Inflater:
    """Decompress gzip/deflate bodies in bounded steps, failing past a byte cap."""

    def __init__(self, encoding: str, url: str, max_bytes: int) -> None:
        self.url = url
        self.max_bytes = max_bytes
        self.size = 0
        self.encoding = encoding
        self.zlib: zlib._Decompress | None = None
        if encoding in ("gzip", "x-gzip"):
            self.zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def _count(self, data: bytes) -> bytes:
        self.size += len(data)
        if self.size > self.max_bytes:
            raise InputError(self.url, too_big(self.max_bytes))
        return data

    def feed(self, data: bytes) -> Iterator[bytes]:
        if self.encoding == "deflate" and self.zlib is None:
            # "deflate" is zlib-wrapped by the RFC, raw deflate by some servers
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            self.zlib = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        if self.zlib is None:
            yield self._count(data)
            return
        try:
            while data:
                out = self.zlib.decompress(data, _INFLATE_STEP)
                yield self._count(out)
                data = self.zlib.unconsumed_tail
        except zlib.error as exc:
            raise InputError(self.url, f"body is not valid {self.encoding} ({exc})") from exc

    def flush(self) -> bytes:
        return self._count(self.zlib.flush()) if self.zlib is not None else b""


def too_big(max_bytes: int) -> str:
    return (
        f"body is larger than the {max_bytes:,} byte limit (FetchPolicy.max_bytes); "
        "refused (a compression bomb, or raise the limit)"
    )


def ascii_host(url: str) -> str:
    """Return the URL's host name in its ASCII (IDNA) form, as DNS, Host and SNI want it."""
    host = urlsplit(url).hostname or ""
    try:
        return host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as exc:
        raise InputError(url, f"host name {host!r} is not a valid international name") from exc


def _target(url: str, address: str) -> tuple[str, str]:
    """Return (URL with the host replaced by the checked address, Host header value)."""
    parts = urlsplit(url)
    host_header = ascii_host(url)
    if ":" in host_header:
        host_header = f"[{host_header}]"
    if parts.port is not None:
        host_header += f":{parts.port}"
    literal = f"[{address}]" if ":" in address else address
    netloc = literal + (f":{parts.port}" if parts.port is not None else "")
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")), host_header


def _read_body(response: httpx.Response, url: str, policy: FetchPolicy, deadline: float) -> bytes:
    encoding = response.headers.get("content-encoding", "identity").strip().lower()
    if encoding not in ("identity", "", "gzip", "x-gzip", "deflate"):
        raise InputError(url, f"unsupported content encoding {encoding!r}")
    length = response.headers.get("content-length", "")
    if encoding in ("identity", "") and length.isdigit() and int(length) > policy.max_bytes:
        raise InputError(url, too_big(policy.max_bytes))
    inflater = _Inflater(encoding, url, policy.max_bytes)
    chunks: list[bytes] = []
    for raw in response.iter_raw():
        if time.monotonic() > deadline:
            raise InputError(url, f"timed out: body still arriving after {policy.timeout:g} s")
        chunks.extend(inflater.feed(raw))
    chunks.append(inflater.flush())
    return b"".join(chunks)


def fetch(url: str, policy: FetchPolicy) -> Fetched:
    """Return the body at `url`, following redirects by hand; raise InputError on failure."""
    current = url
    timeout = httpx.Timeout(policy.timeout)
    for _hop in range(policy.max_redirects + 1):
        address = checked_address(current, policy)
        # a client per hop: a pooled connection made for one host name is never reused
        # for another name that resolved to the same address
        with httpx.Client(
            timeout=timeout, follow_redirects=False, trust_env=False, http2=False
        ) as client:
            target, host_header = _target(current, address)
            headers = {
                "Host": host_header,
                "User-Agent": USER_AGENT,
                "Accept": "text/html, application/xhtml+xml, text/plain, application/rss+xml, "
                "application/atom+xml, application/xml;q=0.9, */*;q=0.1",
                "Accept-Encoding": "gzip, deflate",
            }
            extensions = {"sni_hostname": ascii_host(current)}
            deadline = time.monotonic() + policy.timeout
            try:
                request = client.build_request(
                    "GET", target, headers=headers, extensions=extensions
                )
                response = client.send(request, stream=True)
                try:
                    if response.status_code in _REDIRECTS:
                        location = response.headers.get("location")
                        if not location:
                            raise InputError(current, "redirect without a Location header")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        reason = response.reason_phrase or ""
                        raise InputError(current, f"HTTP {response.status_code} {reason}".strip())
                    body = _read_body(response, current, policy, deadline)
                    media = response.headers.get("content-type", "")
                finally:
                    response.close()
            except httpx.TimeoutException as exc:
                raise InputError(current, f"timed out after {policy.timeout:g} s") from exc
            except httpx.HTTPError as exc:
                raise InputError(current, f"cannot fetch ({type(exc).__name__}: {exc})") from exc
            content_type, _, params = media.partition(";")
            charset = None
            for param in params.split(";"):
                key, _, value = param.partition("=")
                if key.strip().lower() == "charset" and value.strip():
                    charset = value.strip().strip("\"'")
            return Fetched(
                url=current,
                content_type=content_type.strip().lower(),
                charset=charset,
                body=body,
            )
    raise InputError(url, f"more than {policy.max_redirects} redirects (FetchPolicy.max_redirects)")


def file_name_of(url: str) -> str:
    """Return a base name for a fetched document: the URL path's last part, else its host."""
    parts = urlsplit(url)
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    return last or parts.hostname or url


def kind_of(fetched: Fetched) -> str:
    """Return "html", "text", "feed" or "" (unsupported) for a fetched body."""
    media = fetched.content_type
    if media in _HTML_TYPES:
        return "html"
    if media in _TEXT_TYPES:
        return "text"
    if media in _FEED_TYPES:
        return "feed"
    head = fetched.body[:1024].lstrip().lower()
    if media in _XML_TYPES or not media:
        if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
            return "feed"
        if b"<html" in head or b"<!doctype html" in head:
            return "html"
        return "text" if not media else ""
    return ""


def document_of(
    fetched: Fetched,
    *,
    overrides: Overrides | None,
    given_title: str | None = None,
    given_author: str | None = None,
    given_published: str | None = None,
) -> Document:
    """Return the Document of a fetched page or text; raise InputError when unsupported."""
    given = Meta(title=given_title, author=given_author, published=given_published, url=fetched.url)
    kind = kind_of(fetched)
    name = file_name_of(fetched.url)
    if kind == "html":
        from flashpoint.ingest.html import decode_html, html_document

        html = decode_html(fetched.body, fetched.url, header_charset=fetched.charset)
        return html_document(
            html, file=name, source=fetched.url, url=fetched.url, given=given, overrides=overrides
        )
    if kind == "text":
        if fetched.charset and fetched.charset.lower().replace("_", "-") not in (
            "utf-8",
            "utf8",
            "us-ascii",
            "ascii",
        ):
            try:
                text = fetched.body.decode(fetched.charset)
            except (LookupError, UnicodeDecodeError) as exc:
                raise InputError(fetched.url, f"not valid {fetched.charset} text") from exc
            if not text.strip():
                raise InputError(fetched.url, "empty (no text)")
        else:
            text = decode_bytes(fetched.body, fetched.url)
        return build_document(text, file=name, source=fetched.url, given=given, overrides=overrides)
    shown = fetched.content_type or "unknown"
    raise InputError(fetched.url, f"unsupported content type {shown} (expected HTML or text)")


def fetch_document(
    url: str, *, overrides: Overrides | None = None, policy: FetchPolicy
) -> Iterator[Document | InputError]:
    """Yield the Document at `url`, or the InputError saying why it cannot be had."""
    try:
        fetched = fetch(url, policy)
        if kind_of(fetched) == "feed":  # a feed given as an input: read its items
            from flashpoint.ingest.feeds import iter_feed_data

            yield from iter_feed_data(fetched.body, url, overrides=overrides, policy=policy)
            return
        yield document_of(fetched, overrides=overrides)
    except InputError as exc:
        yield exc if exc.source in (url,) else InputError(f"{url}", _via(exc))


def _via(exc: InputError) -> str:
    """Return the problem of an error raised at a redirect target, naming that target."""
    return f"{exc.problem} (at {exc.source})"
