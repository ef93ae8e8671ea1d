"""The link computation: records in, stories, clusters and conflicts out."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from flashpoint.config import Settings
from flashpoint.link.clusters import cluster_events, cluster_index
from flashpoint.link.lexicons import load_memberships
from flashpoint.link.model import Key, Links, canonical_order
from flashpoint.link.numbers import find_conflicts
from flashpoint.link.stories import IdfModel, group_stories
from flashpoint.records import Record

if TYPE_CHECKING:
    from flashpoint.store import LinkUpdate


def _origin_documents(
    records: Sequence[Record], parents: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Map each document to the earliest document it is a (chain of) near duplicate of.

    `parents` adds links of documents not among the records (the rest of the store), so
    a part of the corpus gets the origins the whole corpus gives it.
    """
    parent: dict[str, str | None] = dict(parents or {})
    parent.update({r.document.id: r.near_duplicate_of for r in records})
    origin: dict[str, str] = {}
    for start in parent:
        current, seen = start, {start}
        while (nxt := parent.get(current)) is not None and nxt not in seen:
            seen.add(nxt)
            current = nxt
        origin[start] = current
    return origin


def link_records(
    records: Iterable[Record],
    *,
    settings: Settings | None = None,
    idf: IdfModel | None = None,
    parents: Mapping[str, str] | None = None,
) -> Links:
    """Compute stories, event clusters with corroboration, and number conflicts.

    By default the records are the whole corpus. The incremental linker passes a closed
    part of it (whole stories) with the corpus's `idf` model and near-duplicate `parents`,
    and gets exactly the links the whole corpus gives that part.
    """
    ordered = canonical_order(list({r.document.id: r for r in records}.values()))
    found_stories = group_stories(ordered, idf=idf)
    story_of = {doc: story.id for story in found_stories for doc in story.documents}
    origins = {
        doc: origin
        for doc, origin in _origin_documents(ordered, parents).items()
        if doc in story_of
    }
    clusters = cluster_events(ordered, story_of, load_memberships(settings), origins)
    conflicts, number_conflicts = find_conflicts(ordered, story_of)
    return Links(
        stories=found_stories,
        story_of=story_of,
        clusters=clusters,
        cluster_of=cluster_index(clusters),
        conflicts=conflicts,
        number_conflicts=number_conflicts,
        by_id={c.id: c for c in clusters},
    )


def to_update(records: Iterable[Record], links: Links) -> LinkUpdate:
    """Return the LinkUpdate that writes `links` over every item of `records`.

    Every document, event and quantity gets an entry (an empty conflict tuple where there
    is none), so saving it replaces whatever an earlier run wrote.
    """
    from flashpoint.store import LinkUpdate

    by_id = links.by_id or {c.id: c for c in links.clusters}
    events: dict[Key, tuple[str, tuple[str, ...], str]] = {}
    conflicts: dict[Key, tuple[str, ...]] = {}
    stories: dict[str, str] = {}
    for record in records:
        doc = record.document.id
        if doc in links.story_of:
            stories[doc] = links.story_of[doc]
        for event in record.events:
            cluster_id = links.cluster_of.get((doc, event.id))
            if cluster_id is not None:
                cluster = by_id[cluster_id]
                events[(doc, event.id)] = (cluster_id, cluster.sources, cluster.corroboration)
        for quantity in record.quantities:
            conflicts[(doc, quantity.id)] = links.conflicts.get((doc, quantity.id), ())
    return LinkUpdate(stories=stories, events=events, conflicts=conflicts)


__all__ = ["link_records", "to_update"]
