"""The typed records passed between stages: the contract of `spec/record-format.md`.

Every record is a frozen dataclass whose field names match the record format.
`to_dict`/`from_dict` convert to and from the exported JSON shape; spans are
`(start, end)` tuples here and `[start, end]` lists in JSON.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

Span = tuple[int, int]

FACTUALITIES = ("asserted", "claimed", "denied", "hedged")
STATUSES = ("occurred", "claimed", "denied", "planned", "possible", "negated")
KINDS = ("direct", "indirect", "mixed")
CORROBORATIONS = ("single", "corroborated", "disputed")
PUBLISHED_SOURCES = ("byline", "metadata", "inferred", "unknown")
PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip
UNITS = (
    "troops", "soldiers", "migrants", "dead", "injured", "aircraft", "ships", "vehicles",
    "tanks", "weapons", "detained", "people", "other",
)  # fmt: skip

Factuality = Literal["asserted", "claimed", "denied", "hedged"]
Status = Literal["occurred", "claimed", "denied", "planned", "possible", "negated"]

_LINE_ENDS = re.compile(r"\r\n?")


def normalise_text(text: str) -> str:
    """Return the text as identity sees it: Unicode NFC, line endings as `\n`.

    Nothing else is folded, so ids agree with the gold files' (sha256 of the text as read);
    copies that differ in layout or a word are caught as near-duplicates instead.
    """
    return _LINE_ENDS.sub("\n", unicodedata.normalize("NFC", text))


def document_id(text: str) -> str:
    """Return the document id: sha256 of the normalised text, first 16 hex digits."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


def entity_of(actor: str | None) -> str | None:
    """Return the ENTITY part of an actor code (`POL-MIL` -> `POL`)."""
    return None if actor is None else actor.split("-", 1)[0]


@dataclass(frozen=True, slots=True)
class Document:
    """One ingested report: its text exactly as read, and its metadata."""

    id: str
    file: str
    text: str
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date, YYYY-MM-DD
    published_source: str = "unknown"  # byline | metadata | inferred | unknown
    url: str | None = None
    language: str = "en"
    source: str | None = None  # where it came from: path, path#line, or URL (not exported)

    @classmethod
    def from_text(cls, text: str, *, file: str, **meta: Any) -> Document:
        """Build a document whose id is derived from its text."""
        return cls(id=document_id(text), file=file, text=text, **meta)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a statement is attributed to: a name (or None) and an actor code."""

    name: str | None
    actor: str | None
    members: tuple[str, ...] = ()  # joint speakers, e.g. UNSC member governments


@dataclass(frozen=True, slots=True)
class Statement:
    """Who said, claimed, accused, warned, denied or reported what."""

    id: str
    speaker: Speaker
    cue: str
    kind: str  # direct | indirect | mixed
    content: str
    content_span: Span
    factuality: str  # asserted | claimed | denied | hedged
    target: str | None = None
    cue_span: Span | None = None
    parent: str | None = None  # id of the statement this one is nested in (attribution chain)


@dataclass(frozen=True, slots=True)
class DateInfo:
    """A resolved calendar date or range, with the words it came from."""

    start: str | None = None
    end: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happened: a named place, its country and coordinates."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where and when, in PLOVER."""

    id: str
    type: str
    mode: str | None
    source: str | None
    target: str | None
    date: DateInfo
    location: Location | None
    quantity_ids: tuple[str, ...]
    status: str
    reported_by: str  # "outlet" or a statement id
    evidence: str
    evidence_span: Span
    trigger: str | None = None
    trigger_span: Span | None = None
    # cross-document fields, set by the link stage
    cluster: str | None = None
    sources: tuple[str, ...] = ()
    corroboration: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count of people or equipment, and who claims it."""

    id: str
    text: str
    low: int | None
    high: int | None
    approx: bool
    unit: str
    of: str | None
    claimed_by: str  # "outlet" or an actor code
    span: Span
    conflicts_with: tuple[str, ...] = ()  # "DOCID:qN" of disagreeing quantities


@dataclass(frozen=True, slots=True)
class Record:
    """Everything extracted from one document."""

    document: Document
    statements: tuple[Statement, ...] = ()
    events: tuple[Event, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    story: str | None = None  # story id, set by the link stage
    near_duplicate_of: str | None = None  # document id of an earlier near-identical report


# ---------------------------------------------------------------------------
# JSON conversion


def _span_out(span: Span | None) -> list[int] | None:
    return None if span is None else [span[0], span[1]]


def _span_in(value: Any) -> Span | None:
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


def document_to_dict(document: Document, *, with_text: bool = False) -> dict[str, Any]:
    """Return the `document` object of an exported line."""
    out: dict[str, Any] = {
        "id": document.id,
        "file": document.file,
        "title": document.title,
        "outlet": document.outlet,
        "author": document.author,
        "published": document.published,
        "published_source": document.published_source,
        "url": document.url,
        "language": document.language,
    }
    if with_text:
        out["text"] = document.text
    return out


def statement_to_dict(statement: Statement) -> dict[str, Any]:
    speaker: dict[str, Any] = {"name": statement.speaker.name, "actor": statement.speaker.actor}
    if statement.speaker.members:
        speaker["members"] = list(statement.speaker.members)
    out = {
        "id": statement.id,
        "speaker": speaker,
        "cue": statement.cue,
        "kind": statement.kind,
        "content": statement.content,
        "content_span": _span_out(statement.content_span),
        "factuality": statement.factuality,
        "target": statement.target,
    }
    if statement.cue_span is not None:
        out["cue_span"] = _span_out(statement.cue_span)
    if statement.parent is not None:
        out["parent"] = statement.parent
    return out


def event_to_dict(event: Event) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": event.id,
        "type": event.type,
        "mode": event.mode,
        "source": event.source,
        "target": event.target,
        "date": dataclasses.asdict(event.date),
        "location": None if event.location is None else dataclasses.asdict(event.location),
        "quantity_ids": list(event.quantity_ids),
        "status": event.status,
        "reported_by": event.reported_by,
        "evidence": event.evidence,
        "evidence_span": _span_out(event.evidence_span),
    }
    if event.trigger is not None:
        out["trigger"] = event.trigger
        out["trigger_span"] = _span_out(event.trigger_span)
    if event.cluster is not None:
        out["cluster"] = event.cluster
        out["sources"] = list(event.sources)
        out["corroboration"] = event.corroboration
    return out


def quantity_to_dict(quantity: Quantity) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": quantity.id,
        "text": quantity.text,
        "low": quantity.low,
        "high": quantity.high,
        "approx": quantity.approx,
        "unit": quantity.unit,
        "of": quantity.of,
        "claimed_by": quantity.claimed_by,
        "span": _span_out(quantity.span),
    }
    if quantity.conflicts_with:
        out["conflicts_with"] = list(quantity.conflicts_with)
    return out


def record_to_dict(record: Record, *, with_text: bool = False) -> dict[str, Any]:
    """Return one exported line of the record format."""
    out: dict[str, Any] = {
        "document": document_to_dict(record.document, with_text=with_text),
        "statements": [statement_to_dict(s) for s in record.statements],
        "events": [event_to_dict(e) for e in record.events],
        "quantities": [quantity_to_dict(q) for q in record.quantities],
    }
    if record.story is not None:
        out["story"] = record.story
    if record.near_duplicate_of is not None:
        out["near_duplicate_of"] = record.near_duplicate_of
    return out


def document_from_dict(data: Mapping[str, Any], *, text: str | None = None) -> Document:
    return Document(
        id=data["id"],
        file=data["file"],
        text=text if text is not None else data.get("text", ""),
        title=data.get("title"),
        outlet=data.get("outlet"),
        author=data.get("author"),
        published=data.get("published"),
        published_source=data.get("published_source") or "unknown",
        url=data.get("url"),
        language=data.get("language") or "en",
    )


def statement_from_dict(data: Mapping[str, Any]) -> Statement:
    speaker = data.get("speaker") or {}
    return Statement(
        id=data["id"],
        speaker=Speaker(
            name=speaker.get("name"),
            actor=speaker.get("actor"),
            members=tuple(speaker.get("members") or ()),
        ),
        cue=data.get("cue") or "",
        kind=data.get("kind") or "indirect",
        content=data.get("content") or "",
        content_span=_span_in(data.get("content_span")) or (0, 0),
        factuality=data.get("factuality") or "asserted",
        target=data.get("target"),
        cue_span=_span_in(data.get("cue_span")),
        parent=data.get("parent"),
    )


def event_from_dict(data: Mapping[str, Any]) -> Event:
    date = data.get("date") or {}
    location = data.get("location")
    return Event(
        id=data["id"],
        type=data["type"],
        mode=data.get("mode"),
        source=data.get("source"),
        target=data.get("target"),
        date=DateInfo(start=date.get("start"), end=date.get("end"), text=date.get("text")),
        location=None
        if not location
        else Location(
            name=location.get("name") or "",
            country=location.get("country"),
            lat=location.get("lat"),
            lon=location.get("lon"),
        ),
        quantity_ids=tuple(data.get("quantity_ids") or ()),
        status=data.get("status") or "occurred",
        reported_by=data.get("reported_by") or "outlet",
        evidence=data.get("evidence") or "",
        evidence_span=_span_in(data.get("evidence_span")) or (0, 0),
        trigger=data.get("trigger"),
        trigger_span=_span_in(data.get("trigger_span")),
        cluster=data.get("cluster"),
        sources=tuple(data.get("sources") or ()),
        corroboration=data.get("corroboration"),
    )


def quantity_from_dict(data: Mapping[str, Any]) -> Quantity:
    return Quantity(
        id=data["id"],
        text=data.get("text") or "",
        low=data.get("low"),
        high=data.get("high"),
        approx=bool(data.get("approx")),
        unit=data.get("unit") or "other",
        of=data.get("of"),
        claimed_by=data.get("claimed_by") or "outlet",
        span=_span_in(data.get("span")) or (0, 0),
        conflicts_with=tuple(data.get("conflicts_with") or ()),
    )


def record_from_dict(data: Mapping[str, Any], *, text: str | None = None) -> Record:
    """Read one exported line (or a gold file) back into a Record."""
    return Record(
        document=document_from_dict(data["document"], text=text),
        statements=tuple(statement_from_dict(s) for s in data.get("statements") or ()),
        events=tuple(event_from_dict(e) for e in data.get("events") or ()),
        quantities=tuple(quantity_from_dict(q) for q in data.get("quantities") or ()),
        story=data.get("story"),
        near_duplicate_of=data.get("near_duplicate_of"),
    )


__all__ = [
    "CORROBORATIONS",
    "FACTUALITIES",
    "KINDS",
    "PLOVER_TYPES",
    "PUBLISHED_SOURCES",
    "STATUSES",
    "UNITS",
    "DateInfo",
    "Document",
    "Event",
    "Location",
    "Quantity",
    "Record",
    "Span",
    "Speaker",
    "Statement",
    "document_id",
    "entity_of",
    "normalise_text",
    "record_from_dict",
    "record_to_dict",
]
