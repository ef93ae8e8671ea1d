"""Dates: explicit and relative date expressions resolved against the publication date.

PLACEHOLDER INTERFACE: the dates work replaces the bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashpoint.records import DateInfo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def infer_published(doc: Doc) -> str | None:
    """Guess the publication date (ISO) from the text itself, or None."""
    return None


def resolve_date(text: str, published: str | None) -> DateInfo:
    """Resolve one date expression against the publication date (null when it cannot)."""
    return DateInfo(text=text)


def find_event_date(sent: Span, published: str | None) -> DateInfo:
    """Return the date of the event told in sentence `sent`, or an empty DateInfo."""
    return DateInfo()
