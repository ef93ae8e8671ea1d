"""Incremental linking: link the documents not yet linked, reading only what they can reach.

`link_store(store, rebuild=False)` (what `flashpoint ingest` runs) gets exactly the links a
rebuild over the whole store would give, while reading and relinking a bounded part:

1. The new documents are those without a story (every linked document has one).
2. Similarities use the idf model of the corpus's first `IDF_SAMPLE` documents in
   canonical order (link/stories.py). If a new document falls inside that sample (a small
   store, or a report older than the sample's last), the model changes: relink everything.
3. The new documents can only join stories they are similar to: dated documents
   published within `STORY_WINDOW_DAYS` of a new dated one; any undated document (an
   undated report joins its most similar document, however far in time); for a new
   undated document, any dated document (a scan of the store's texts, in chunks).
   The stories of those reaching `STORY_THRESHOLD` are the touched stories.
4. Links are computed over the new documents plus every document of the touched stories
   (a closed part: every story, cluster and conflict lies inside one story), with the
   corpus's idf model and near-duplicate chains, and only links that changed are saved.

Why this is exact: a pair's similarity depends on the two texts and the fixed model only,
so old pairs keep theirs; stories only change where a new document links (merges, or an
undated report moving to a better match, with the reports attached to it); clusters and
number conflicts are computed story by story. tests/link/test_incremental.py checks it
against a rebuild batch by batch.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol

import numpy as np

from flashpoint.config import Settings
from flashpoint.link.linker import link_records, to_update
from flashpoint.link.model import Key, canonical_order, parse_day
from flashpoint.link.stories import (
    IDF_SAMPLE,
    STORY_THRESHOLD,
    STORY_WINDOW_DAYS,
    IdfModel,
    fit_idf,
    vectorize,
)
from flashpoint.records import Record

if TYPE_CHECKING:
    from flashpoint.store import LinkUpdate


class IncrementalStore(Protocol):
    """The methods of `flashpoint.store.Store` the incremental linker uses."""

    def iter_records(self, *, story: str | None = None) -> Iterator[Record]: ...
    def save_links(self, update: LinkUpdate, *, reset: bool = False) -> None: ...
    def unlinked_ids(self) -> list[str]: ...
    def link_sample(self, count: int) -> list[Record]: ...
    def published_between(self, since: str, before: str) -> list[Record]: ...
    def undated_documents(self) -> list[Record]: ...
    def iter_dated_documents(self) -> Iterator[list[Record]]: ...
    def get_records(self, ids: Sequence[str]) -> list[Record]: ...
    def story_records(self, stories: Sequence[str]) -> list[Record]: ...
    def near_duplicate_parents(self, ids: Sequence[str]) -> dict[str, str]: ...


INCREMENTAL_METHODS = (
    "unlinked_ids",
    "link_sample",
    "published_between",
    "undated_documents",
    "iter_dated_documents",
    "get_records",
    "story_records",
    "near_duplicate_parents",
)


@dataclass
class LinkRun:
    """What one link run did (for logs and benchmarks)."""

    mode: str  # "incremental", "rebuild" or "nothing new"
    reason: str = ""  # why a rebuild, when the incremental path was asked for
    new: int = 0  # documents not linked before
    compared: int = 0  # stored documents compared with the new ones (texts read)
    relinked: int = 0  # documents whose links were recomputed
    saved: int = 0  # link entries written (stories, events, quantities)
    stories: set[str] = field(default_factory=set)  # stories touched


def supports_incremental(store: object) -> bool:
    return all(callable(getattr(store, name, None)) for name in INCREMENTAL_METHODS)


def rebuild_links(
    store: IncrementalStore | Any, *, settings: Settings | None = None, sample: int = IDF_SAMPLE
) -> LinkRun:
    """Recompute every link over the stored records and save them (clearing the rest)."""
    records = canonical_order(list(store.iter_records()))
    links = link_records(records, settings=settings, idf=fit_idf(records, size=sample))
    update = to_update(records, links)
    # reset: an event that no longer belongs to a cluster must lose its old one
    store.save_links(update, reset=True)
    return LinkRun(
        mode="rebuild",
        relinked=len(records),
        saved=len(update.stories) + len(update.events) + len(update.conflicts),
    )


def _windows(days: Sequence[date], width: int) -> list[tuple[str, str]]:
    """Return merged [since, before) publication-date ranges within `width` days of `days`."""
    spans: list[tuple[date, date]] = []
    for day in sorted(days):
        low, high = day - timedelta(days=width), day + timedelta(days=width + 1)
        if spans and low <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], high))
        else:
            spans.append((low, high))
    return [(a.isoformat(), b.isoformat()) for a, b in spans]


def _similar(
    new: Sequence[Record], others: Sequence[Record], model: IdfModel, threshold: float
) -> list[tuple[int, int]]:
    """Return (new index, other index) of the pairs whose similarity reaches the threshold."""
    if not new or not others:
        return []
    matrix, _ = vectorize([*new, *others], model)
    if matrix is None:
        return []
    sims = (matrix[: len(new)] @ matrix[len(new) :].T).toarray()
    rows, cols = np.nonzero(sims >= threshold)
    return list(zip(rows.tolist(), cols.tolist(), strict=True))


def _touched(store: IncrementalStore, new: list[Record], model: IdfModel, run: LinkRun) -> set[str]:
    """Return the stories the new documents can change (see the module docstring)."""
    new_ids = {r.document.id for r in new}
    dated = [r for r in new if parse_day(r.document.published) is not None]
    undated = [r for r in new if parse_day(r.document.published) is None]
    touched: set[str] = set()

    def touch(base: Sequence[Record], others: Sequence[Record], *, near: bool = False) -> None:
        for i, j in _similar(base, others, model, STORY_THRESHOLD):
            if near and not _within(base[i], others[j]):
                continue
            story = others[j].story
            if story is not None:
                touched.add(story)

    # dated new documents against the dated documents of their windows
    window: dict[str, Record] = {}
    days = [d for r in dated if (d := parse_day(r.document.published)) is not None]
    for since, before in _windows(days, STORY_WINDOW_DAYS):
        for record in store.published_between(since, before):
            if record.document.id not in new_ids and parse_day(record.document.published):
                window[record.document.id] = record
    run.compared += len(window)
    touch(dated, list(window.values()), near=True)
    # every new document against the stored undated ones (which may move to it)
    old_undated = [r for r in store.undated_documents() if r.document.id not in new_ids]
    run.compared += len(old_undated)
    touch(new, old_undated)
    # new undated documents against every stored dated one
    if undated:
        for chunk in store.iter_dated_documents():
            old = [r for r in chunk if r.document.id not in new_ids]
            run.compared += len(old)
            touch(undated, old)
    return touched


def _within(a: Record, b: Record) -> bool:
    da, db = parse_day(a.document.published), parse_day(b.document.published)
    return da is not None and db is not None and abs((da - db).days) <= STORY_WINDOW_DAYS


def _changed(records: Sequence[Record], update: LinkUpdate) -> LinkUpdate:
    """Keep only the entries of `update` that differ from what `records` carry."""
    from flashpoint.store import LinkUpdate

    stories: dict[str, str] = {}
    events: dict[Key, tuple[str, tuple[str, ...], str]] = {}
    conflicts: dict[Key, tuple[str, ...]] = {}
    for record in records:
        doc = record.document.id
        story = update.stories.get(doc)
        if story is not None and story != record.story:
            stories[doc] = story
        for event in record.events:
            value = update.events.get((doc, event.id))
            if value is not None and value != (event.cluster, event.sources, event.corroboration):
                events[(doc, event.id)] = value
        for quantity in record.quantities:
            other = update.conflicts.get((doc, quantity.id))
            if other is not None and other != quantity.conflicts_with:
                conflicts[(doc, quantity.id)] = other
    return LinkUpdate(stories=stories, events=events, conflicts=conflicts)


def link_new(
    store: IncrementalStore, *, settings: Settings | None = None, sample: int = IDF_SAMPLE
) -> LinkRun:
    """Link the documents not linked yet, relinking only the stories they can change."""
    new_ids = store.unlinked_ids()
    if not new_ids:
        return LinkRun(mode="nothing new")
    first = canonical_order(store.link_sample(sample))
    if len(first) < sample or {r.document.id for r in first} & set(new_ids):
        run = rebuild_links(store, settings=settings, sample=sample)
        run.reason = "a new document falls in the idf sample"
        run.new = len(new_ids)
        return run
    model = fit_idf(first, size=sample)
    run = LinkRun(mode="incremental", new=len(new_ids))
    new = store.get_records(new_ids)
    run.stories = _touched(store, new, model, run)
    part = {r.document.id: r for r in store.story_records(sorted(run.stories))}
    part.update({r.document.id: r for r in new})
    records = canonical_order(list(part.values()))
    marked = [r.document.id for r in records if r.near_duplicate_of]
    parents = store.near_duplicate_parents(marked) if marked else {}
    links = link_records(records, settings=settings, idf=model, parents=parents)
    update = _changed(records, to_update(records, links))
    store.save_links(update)
    run.relinked = len(records)
    run.saved = len(update.stories) + len(update.events) + len(update.conflicts)
    return run


__all__ = [
    "INCREMENTAL_METHODS",
    "IncrementalStore",
    "LinkRun",
    "link_new",
    "rebuild_links",
    "supports_incremental",
]
