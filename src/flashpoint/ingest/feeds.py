"""RSS and Atom feeds: each item's link fetched under the FetchPolicy, item metadata kept.

Feeds are parsed with defusedxml, which refuses entity declarations outright, so a
"billion laughs" feed or one reaching for external entities is an InputError, never an
expansion.  feedparser is not used: it hands the XML to expat with entity expansion on.
When an item's page cannot be fetched, the item's own content (content:encoded, Atom
content, else summary/description) is ingested instead, and the fetch error is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from flashpoint.errors import InputError
from flashpoint.ingest.fetch import FetchPolicy, document_of, fetch, kind_of
from flashpoint.ingest.metadata import Meta, Overrides, build_document, normalise_published
from flashpoint.ingest.text import read_bytes
from flashpoint.records import Document

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_CONTENT_TAGS = ("encoded", "content", "description", "summary")  # best first
_RSS_AUTHOR = re.compile(r"^\S+@\S+\s*\((.+)\)$")  # "jane@example.com (Jane Doe)"


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed: where it links, its metadata, and its own content as HTML."""

    number: int
    title: str | None
    link: str | None
    published: str | None
    author: str | None
    content: str | None


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _text(element: Element | None) -> str | None:
    if element is None:
        return None
    text = "".join(element.itertext()).strip()
    return text or None


def _child(item: Element, *names: str) -> Element | None:
    for name in names:
        for child in item:
            if _local(child.tag) == name:
                return child
    return None


def _link(item: Element) -> str | None:
    fallback = None
    for child in item:
        if _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href:  # Atom: prefer rel="alternate" (the default)
            if child.get("rel", "alternate") == "alternate":
                return href.strip()
            fallback = fallback or href.strip()
        elif child.text and child.text.strip():
            return child.text.strip()
    return fallback


def _author(item: Element) -> str | None:
    author = _child(item, "creator", "author")
    if author is None:
        return None
    name = _child(author, "name")
    text = _text(name) if name is not None else _text(author)
    if text is None:
        return None
    named = _RSS_AUTHOR.match(text)
    return named[1].strip() if named else (None if "@" in text else text)


def parse_feed(data: bytes, source: str) -> list[FeedItem]:
    """Return the items of an RSS 2.0, RSS 1.0 (RDF) or Atom feed; raise InputError."""
    try:
        root = fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise InputError(
            source,
            f"refused: the feed declares XML entities ({type(exc).__name__}), "
            "as entity-expansion attacks do",
        ) from exc
    except ParseError as exc:
        raise InputError(source, f"not a valid XML feed ({exc})") from exc
    except RecursionError as exc:
        raise InputError(source, "feed XML nested too deeply") from exc
    if _local(root.tag) not in ("rss", "feed", "rdf"):
        raise InputError(source, f"not an RSS or Atom feed (root element <{_local(root.tag)}>)")
    items: list[FeedItem] = []
    for element in root.iter():
        if _local(element.tag) not in ("item", "entry"):
            continue
        published_text = _text(_child(element, "pubdate", "published", "date", "updated"))
        content = None
        for name in _CONTENT_TAGS:
            content = _text(_child(element, name))
            if content:
                break
        items.append(
            FeedItem(
                number=len(items) + 1,
                title=_text(_child(element, "title")),
                link=_link(element),
                published=normalise_published(published_text) if published_text else None,
                author=_author(element),
                content=content,
            )
        )
    return items


def _content_text(content: str) -> str:
    """Return the plain text of an item's HTML content or summary."""
    if "<" not in content:
        return content
    import lxml.html

    try:
        fragment = lxml.html.fragment_fromstring(content, create_parent="div")
    except (ValueError, TypeError, RecursionError, lxml.etree.ParserError):
        return re.sub(r"<[^>]+>", " ", content)
    for br in fragment.iter("br", "p", "div", "li"):
        br.tail = "\n" + (br.tail or "")
    text: str = fragment.text_content()
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _item_document(
    item: FeedItem, source: str, overrides: Overrides | None, policy: FetchPolicy
) -> Iterator[Document | InputError]:
    where = f"{source}#{item.number}"
    fetch_error: InputError | None = None
    if item.link:
        try:
            yield document_of(
                fetch(item.link, policy),
                overrides=overrides,
                given_title=item.title,
                given_author=item.author,
                given_published=item.published,
            )
            return
        except InputError as exc:
            fetch_error = exc
    if not item.content:
        yield fetch_error or InputError(where, "item has neither a link nor content")
        return
    if fetch_error is not None:
        yield InputError(
            fetch_error.source, f"{fetch_error.problem}; used the feed item's own text instead"
        )
    text = _content_text(item.content)
    if not text.strip():
        yield InputError(where, "item content holds no text")
        return
    given = Meta(title=item.title, author=item.author, published=item.published, url=item.link)
    name = Path(source).name if not _SCHEME.match(source) else source.rstrip("/").rsplit("/")[-1]
    try:
        yield build_document(
            text, file=f"{name}#{item.number}", source=where, given=given, overrides=overrides
        )
    except InputError as exc:
        yield exc


def iter_feed(
    feed: str, *, overrides: Overrides | None = None, policy: FetchPolicy
) -> Iterator[Document | InputError]:
    """Yield a Document per item of the feed at `feed` (a URL or a local file)."""
    try:
        if _SCHEME.match(feed):
            fetched = fetch(feed, policy)
            if kind_of(fetched) not in ("feed", "") and not fetched.content_type.endswith("xml"):
                raise InputError(feed, f"not a feed (content type {fetched.content_type})")
            data = fetched.body
        else:
            path = Path(feed)
            if not path.is_file():
                raise InputError(feed, "no such feed file")
            data = read_bytes(path, feed, max_bytes=policy.max_file_bytes)
            if not data.strip():
                raise InputError(feed, "empty (no text)")
    except InputError as exc:
        yield exc
        return
    yield from iter_feed_data(data, feed, overrides=overrides, policy=policy)


def iter_feed_data(
    data: bytes, feed: str, *, overrides: Overrides | None = None, policy: FetchPolicy
) -> Iterator[Document | InputError]:
    """Yield a Document per item of a feed already read from `feed`."""
    try:
        items = parse_feed(data, feed)
    except InputError as exc:
        yield exc
        return
    if not items:
        yield InputError(feed, "feed has no items")
    for item in items[: policy.max_feed_items]:
        yield from _item_document(item, feed, overrides, policy)
    if len(items) > policy.max_feed_items:
        yield InputError(
            feed,
            f"feed has {len(items)} items; read the first {policy.max_feed_items} "
            "(FetchPolicy.max_feed_items)",
        )
