"""The typed results of the link stage, shared by its modules and read by the CLI and web."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from flashpoint.records import Document, Record

Key = tuple[str, str]  # (document id, event or quantity id)

UNKNOWN_OUTLET = "unknown outlet"


def outlet_of(document: Document) -> str:
    """Return the outlet name a document is counted under."""
    return document.outlet or UNKNOWN_OUTLET


def parse_day(text: str | None) -> date | None:
    """Return the date of an ISO `YYYY-MM-DD` (or longer) string, None if not one."""
    if not text or len(text) < 10:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def canonical_order(records: list[Record]) -> list[Record]:
    """Sort records by publication date (undated last), then document id.

    Every link result is computed in this order, so it depends only on the set of
    records, never on the order the store returns them in: linking after each new
    document and linking once at the end agree.
    """
    return sorted(records, key=lambda r: (r.document.published or "9999", r.document.id))


@dataclass(frozen=True, slots=True)
class Story:
    """Documents about one developing situation."""

    id: str  # "s-" + the id of its earliest document
    documents: tuple[str, ...]
    outlets: tuple[str, ...]
    first: str | None  # earliest and latest known publication date
    last: str | None
    titles: tuple[str, ...]
    terms: tuple[str, ...]  # the highest-weighted TF-IDF terms of the story


@dataclass(frozen=True, slots=True)
class Mention:
    """One event of one document, as a member of a cluster."""

    document: str
    event: str
    outlet: str
    published: str | None
    type: str
    mode: str | None
    source: str | None
    target: str | None
    status: str
    claimant: str  # "outlet" or the speaker of the carrying statement (name, else actor)
    evidence: str
    start: str | None
    end: str | None
    swapped: bool = False  # source and target reversed against the cluster's first member
    origin: str = ""  # the independent origin this mention is counted under


@dataclass(frozen=True, slots=True)
class Cluster:
    """Events of one or more documents that are the same real-world event."""

    id: str  # "c-" + document id + "-" + event id of its earliest member
    story: str
    type: str
    members: tuple[Mention, ...]
    documents: tuple[str, ...]
    sources: tuple[str, ...]  # outlet names, in order of first report
    origins: int  # independent origins after collapsing copies
    corroboration: str  # single | corroborated | disputed
    dispute: str | None = None  # why it is disputed: "denied", "rejected", "reciprocal blame"


@dataclass(frozen=True, slots=True)
class Claim:
    """One number, as claimed in one document."""

    document: str
    quantity: str
    outlet: str
    published: str | None
    text: str
    unit: str
    of: str | None
    low: int | None
    high: int | None
    approx: bool
    claimed_by: str


@dataclass(frozen=True, slots=True)
class NumberConflict:
    """Numbers of one unit about one actor in one story that cannot all be true."""

    story: str
    unit: str
    of: str  # entity level
    claims: tuple[Claim, ...]  # every claim that disagrees with at least one other


@dataclass(frozen=True, slots=True)
class Links:
    """Everything the link stage computes over a set of records."""

    stories: tuple[Story, ...] = ()
    story_of: Mapping[str, str] = field(default_factory=dict)  # document id -> story id
    clusters: tuple[Cluster, ...] = ()
    cluster_of: Mapping[Key, str] = field(default_factory=dict)  # event key -> cluster id
    conflicts: Mapping[Key, tuple[str, ...]] = field(default_factory=dict)  # quantity key
    number_conflicts: tuple[NumberConflict, ...] = ()
    by_id: Mapping[str, Cluster] = field(default_factory=dict)  # cluster id -> cluster

    def cluster(self, cluster_id: str) -> Cluster | None:
        """Return the cluster with this id, if any."""
        if self.by_id:
            return self.by_id.get(cluster_id)
        return next((c for c in self.clusters if c.id == cluster_id), None)


__all__ = [
    "UNKNOWN_OUTLET",
    "Claim",
    "Cluster",
    "Key",
    "Links",
    "Mention",
    "NumberConflict",
    "Story",
    "canonical_order",
    "outlet_of",
    "parse_day",
]
