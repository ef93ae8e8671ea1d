"""Builders of small multi-outlet corpora, and an in-memory store, for the link tests."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

import pytest

from flashpoint.records import (
    DateInfo,
    Document,
    Event,
    Location,
    Quantity,
    Record,
    Speaker,
    Statement,
)
from flashpoint.store import LinkUpdate

FILLER = {
    "border": (
        "Tension rose along the frontier between Poland and Belarus as guards patrolled the "
        "fence near the Kuznica crossing, where groups of migrants camped in the cold forest."
    ),
    "ukraine": (
        "Kharkiv residents sheltered in metro stations after a night of strikes on the "
        "eastern Ukrainian city, while officials counted damaged apartment blocks."
    ),
    "summit": (
        "Leaders gathered in Helsinki for a summit on energy grids, hydrogen pipelines and "
        "electricity prices, promising a joint investment fund for the Baltic region."
    ),
}


def event(
    id: str,
    type: str,
    source: str | None,
    target: str | None,
    *,
    day: str | None = None,
    status: str = "occurred",
    mode: str | None = None,
    place: Location | None = None,
    evidence: str = "",
    reported_by: str = "outlet",
) -> Event:
    return Event(
        id=id,
        type=type,
        mode=mode,
        source=source,
        target=target,
        date=DateInfo(start=day, end=day, text=None if day is None else "on that day"),
        location=place,
        quantity_ids=(),
        status=status,
        reported_by=reported_by,
        evidence=evidence or f"{source} {type.lower()} {target} ({id})",
        evidence_span=(0, 10),
    )


def quantity(
    id: str,
    low: int | None,
    high: int | None,
    *,
    unit: str = "troops",
    of: str | None = "RUS-MIL",
    approx: bool = False,
    claimed_by: str = "outlet",
) -> Quantity:
    return Quantity(
        id=id,
        text=f"{low}-{high} {unit}",
        low=low,
        high=high,
        approx=approx,
        unit=unit,
        of=of,
        claimed_by=claimed_by,
        span=(0, 5),
    )


def statement(
    id: str, actor: str | None, *, name: str | None = None, factuality: str = "asserted"
) -> Statement:
    return Statement(
        id=id,
        speaker=Speaker(name=name, actor=actor),
        cue="said",
        kind="indirect",
        content="something",
        content_span=(0, 9),
        factuality=factuality,
    )


def report(
    doc_id: str,
    outlet: str | None,
    *,
    topic: str = "border",
    published: str | None = "2021-11-10",
    text: str | None = None,
    events: Sequence[Event] = (),
    quantities: Sequence[Quantity] = (),
    statements: Sequence[Statement] = (),
    near_duplicate_of: str | None = None,
    title: str | None = None,
) -> Record:
    body = text if text is not None else f"{FILLER[topic]} Report {doc_id} by {outlet}."
    return Record(
        document=Document(
            id=doc_id,
            file=f"{doc_id}.txt",
            text=body,
            title=title,
            outlet=outlet,
            published=published,
        ),
        statements=tuple(statements),
        events=tuple(events),
        quantities=tuple(quantities),
        near_duplicate_of=near_duplicate_of,
    )


class FakeStore:
    """The part of the Store protocol the link stage uses, in memory."""

    url = "memory://"

    def __init__(self) -> None:
        self.records: dict[str, Record] = {}
        self.saved: list[LinkUpdate] = []

    def add(self, record: Record) -> None:
        self.records[record.document.id] = record

    def iter_records(self, *, story: str | None = None) -> Iterator[Record]:
        for record in reversed(list(self.records.values())):  # not canonical on purpose
            if story is None or record.story == story:
                yield record

    def save_links(self, update: LinkUpdate, *, reset: bool = False) -> None:
        """Apply an update as a store must: with reset, replace every link field; without,
        only the entries the update names."""
        self.reset = reset
        self.saved.append(update)
        for doc_id, record in list(self.records.items()):
            events = []
            for e in record.events:
                keep = (e.cluster, e.sources, e.corroboration)
                cluster, sources, corroboration = update.events.get(
                    (doc_id, e.id), (None, (), None) if reset else keep
                )
                events.append(
                    replace(e, cluster=cluster, sources=sources, corroboration=corroboration)
                )
            quantities = [
                replace(
                    q,
                    conflicts_with=update.conflicts.get(
                        (doc_id, q.id), () if reset else q.conflicts_with
                    ),
                )
                for q in record.quantities
            ]
            self.records[doc_id] = replace(
                record,
                story=update.stories.get(doc_id, None if reset else record.story),
                events=tuple(events),
                quantities=tuple(quantities),
            )

    # the incremental linker's reads (light records are full ones here)
    def _canonical(self) -> list[Record]:
        return sorted(
            self.records.values(), key=lambda r: (r.document.published or "9999", r.document.id)
        )

    def unlinked_ids(self) -> list[str]:
        return [d for d, r in self.records.items() if r.story is None]

    def link_sample(self, count: int) -> list[Record]:
        return self._canonical()[:count]

    def published_between(self, since: str, before: str) -> list[Record]:
        return [
            r
            for r in self.records.values()
            if r.document.published and since <= r.document.published < before
        ]

    def undated_documents(self) -> list[Record]:
        return [r for r in self.records.values() if not r.document.published]

    def iter_dated_documents(self) -> Iterator[list[Record]]:
        dated = [r for r in self.records.values() if r.document.published]
        for start in range(0, len(dated), 2):  # small chunks on purpose
            yield dated[start : start + 2]

    def get_records(self, ids: Sequence[str]) -> list[Record]:
        return [self.records[i] for i in ids if i in self.records]

    def story_records(self, stories: Sequence[str]) -> list[Record]:
        return [r for r in self.records.values() if r.story in set(stories)]

    def near_duplicate_parents(self, ids: Sequence[str]) -> dict[str, str]:
        return {d: r.near_duplicate_of for d, r in self.records.items() if r.near_duplicate_of}

    def snapshot(self) -> dict[str, Any]:
        """Return every link field, for comparing two runs."""
        return {
            doc_id: (
                r.story,
                [(e.id, e.cluster, e.sources, e.corroboration) for e in r.events],
                [(q.id, q.conflicts_with) for q in r.quantities],
            )
            for doc_id, r in sorted(self.records.items())
        }


@pytest.fixture
def store() -> FakeStore:
    return FakeStore()
