"""Parse a page and list what could run: tags, attributes, URLs (for the XSS and CSP tests)."""

from __future__ import annotations

from html.parser import HTMLParser

URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "data")


class Collector(HTMLParser):
    """Collect every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = Collector()
    collector.feed(html)
    collector.close()
    return collector.tags


def dangers(html: str) -> list[str]:
    """Return every construct that could run code or load foreign content."""
    found = []
    for tag, attrs in tags_of(html):
        if tag == "script" and attrs.get("src") != "/static/app.js":
            found.append(f"script {attrs}")
        if tag in ("img", "iframe", "object", "embed", "style", "base", "meta") and not (
            tag == "meta" and set(attrs) <= {"charset", "name", "content"}
        ):
            found.append(f"<{tag}> {attrs}")
        for name, value in attrs.items():
            if name.startswith("on") or name == "style":
                found.append(f"{tag} {name}={value!r}")
            if name in URL_ATTRIBUTES and value is not None:
                scheme = value.strip().lower().split(":", 1)[0] if ":" in value else ""
                if scheme not in ("", "http", "https"):
                    found.append(f"{tag} {name}={value!r}")
    return found
