"""RSS/Atom feeds: items fetched under the policy, item metadata kept, hostile XML refused."""

from __future__ import annotations

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import FetchPolicy, iter_documents
from flashpoint.ingest.feeds import parse_feed
from flashpoint.records import Document

PAGE = (
    "<html><head><title>Page title</title></head><body><article>"
    "<p>Finland said on Friday it would close two more crossings on its eastern border after "
    "a rise in arrivals of asylum seekers it says Russia is steering towards the frontier.</p>"
    "</article></body></html>"
)


def _rss(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>'
        + "".join(items)
        + "</channel></rss>"
    )


def _item(link: str = "", content: str = "", title: str = "Finland shuts crossings") -> str:
    parts = [f"<title>{title}</title>", "<pubDate>Fri, 17 Nov 2023 08:00:00 GMT</pubDate>"]
    parts.append("<dc:creator>Aino Virtanen</dc:creator>")
    if link:
        parts.append(f"<link>{link}</link>")
    if content:
        parts.append(f"<content:encoded><![CDATA[{content}]]></content:encoded>")
    return "<item>" + "".join(parts) + "</item>"


def _feed_file(tmp_path, xml: str, name: str = "feed.xml"):
    path = tmp_path / name
    path.write_text(xml, "utf-8")
    return str(path)


def test_rss_items_are_fetched_with_item_metadata(tmp_path, server, loopback):
    first = server.route("/fi/1", PAGE, headers={"Content-Type": "text/html"})
    second = server.route(
        "/fi/2", "Second story\n\nHelsinki said more.\n", headers={"Content-Type": "text/plain"}
    )
    feed = _feed_file(tmp_path, _rss(_item(first), _item(second, title="Second")))
    documents = list(iter_documents([], feeds=[feed], policy=loopback))
    assert all(isinstance(d, Document) for d in documents)
    one, two = documents
    assert isinstance(one, Document) and isinstance(two, Document)
    assert "close two more crossings" in one.text
    assert (one.title, one.author, one.published) == (
        "Finland shuts crossings",
        "Aino Virtanen",
        "2023-11-17",
    )
    assert (one.published_source, one.url) == ("metadata", first)
    assert two.text == "Second story\n\nHelsinki said more.\n"
    assert two.title == "Second"


def test_feed_from_a_url(server, loopback):
    page = server.route("/p", PAGE, headers={"Content-Type": "text/html"})
    feed = server.route("/feed", _rss(_item(page)), headers={"Content-Type": "application/rss+xml"})
    (document,) = list(iter_documents([], feeds=[feed], policy=loopback))
    assert isinstance(document, Document)
    assert document.url == page


def test_atom_feed(tmp_path, server, loopback):
    page = server.route("/a", PAGE, headers={"Content-Type": "text/html"})
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
        f'<entry><title>Atom entry</title><link rel="alternate" href="{page}"/>'
        "<published>2023-11-18T10:00:00Z</published><author><name>Mikko Laine</name></author>"
        "<summary>Short summary.</summary></entry></feed>"
    )
    (document,) = list(iter_documents([], feeds=[_feed_file(tmp_path, atom)], policy=loopback))
    assert isinstance(document, Document)
    assert (document.title, document.author, document.published) == (
        "Atom entry",
        "Mikko Laine",
        "2023-11-18",
    )


def test_item_content_is_used_when_the_link_fails_and_the_error_reported(tmp_path, server):
    link = server.route("/gone", b"", status=404)
    content = "<p>Finland closed the crossings at Vaalimaa and Nuijamaa.</p><p>More follows.</p>"
    feed = _feed_file(tmp_path, _rss(_item(link, content=content)))
    error, document = list(iter_documents([], feeds=[feed], policy=FetchPolicy(allow_private=True)))
    assert isinstance(error, InputError)
    assert str(error) == f"{link}: HTTP 404 Not Found; used the feed item's own text instead"
    assert isinstance(document, Document)
    assert document.text == "Finland closed the crossings at Vaalimaa and Nuijamaa.\nMore follows."
    assert document.file == "feed.xml#1"
    assert document.title == "Finland shuts crossings"


def test_item_links_obey_the_policy(tmp_path, server):
    link = server.route("/p", PAGE, headers={"Content-Type": "text/html"})
    feed = _feed_file(tmp_path, _rss(_item(link)))
    (error,) = list(iter_documents([], feeds=[feed], policy=FetchPolicy()))
    assert isinstance(error, InputError)
    assert "a loopback address" in error.problem
    assert server.requests == []


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<rss version="2.0"><channel><item><title>&lol9;</title></item></channel></rss>"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>&xxe;</title></item></channel></rss>"""


@pytest.mark.parametrize(
    ("xml", "problem"),
    [
        (BILLION_LAUGHS, "refused: the feed declares XML entities (EntitiesForbidden)"),
        (EXTERNAL, "refused: the feed declares XML entities"),
        ("<rss><channel><item>", "not a valid XML feed"),
        ("<html><body>not a feed</body></html>", "not an RSS or Atom feed (root element <html>)"),
        (_rss(), "feed has no items"),
        ("", "empty (no text)"),
    ],
    ids=["billion-laughs", "external-entity", "malformed", "not-a-feed", "no-items", "empty"],
)
def test_bad_feeds_are_errors(tmp_path, xml, problem):
    (error,) = list(iter_documents([], feeds=[_feed_file(tmp_path, xml)]))
    assert isinstance(error, InputError)
    assert error.problem.startswith(problem)


def test_item_without_link_or_content(tmp_path):
    (error,) = list(iter_documents([], feeds=[_feed_file(tmp_path, _rss(_item()))]))
    assert str(error) == f"{tmp_path / 'feed.xml'}#1: item has neither a link nor content"


def test_parse_feed_reads_rss_author_forms():
    xml = _rss(
        "<item><title>A</title><author>ann@example.org (Ann Lee)</author>"
        "<description>Text.</description></item>",
        "<item><title>B</title><author>bob@example.org</author>"
        "<pubDate>not a date</pubDate><description>Text.</description></item>",
    )
    first, second = parse_feed(xml.encode(), "f.xml")
    assert (first.author, first.content, first.link) == ("Ann Lee", "Text.", None)
    assert (second.author, second.published) == (None, None)


def test_feed_items_are_capped(tmp_path):
    content = "<p>Text of a feed item long enough.</p>"
    feed = _feed_file(tmp_path, _rss(*[_item(content=content) for _ in range(4)]))
    items = list(iter_documents([], feeds=[feed], policy=FetchPolicy(max_feed_items=2)))
    assert [type(i).__name__ for i in items] == ["Document", "Document", "InputError"]
    assert items[-1].problem == "feed has 4 items; read the first 2 (FetchPolicy.max_feed_items)"


def test_feed_given_as_an_input_is_read_as_a_feed(tmp_path, server, loopback):
    page = server.route("/p", PAGE, headers={"Content-Type": "text/html"})
    xml = _rss(_item(page))
    feed_url = server.route("/rss", xml, headers={"Content-Type": "application/xml"})
    local = _feed_file(tmp_path, xml, name="wire.rss")
    items = list(iter_documents([feed_url, local], policy=loopback))
    assert [type(i).__name__ for i in items] == ["Document", "Document"]
    assert all(isinstance(i, Document) and i.url == page for i in items)
