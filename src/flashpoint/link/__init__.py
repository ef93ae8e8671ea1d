"""Linking across documents: stories, event clusters, corroboration, conflicts, escalation.

`link_records(records)` is the pure computation (records in, typed `Links` out), in a
canonical order, so it depends only on the set of records. `link_store(store)` reads every
stored record, links them and saves the result with `store.save_links` (a rebuild);
`link_store(store, rebuild=False)`, what ingest runs, links only the documents not linked
yet, reading and relinking just the stories they can change (link/incremental.py), with
the same result as a rebuild. The read-side functions (`stories`, `disputes`, `compare`,
`escalation`, `outlet_profiles`) serve the CLI and the web pages. See docs/linking.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import nullcontext
from typing import TYPE_CHECKING, Protocol, cast

from flashpoint.config import Settings
from flashpoint.link.disputes import Account, DisputedCluster, Disputes, disputes
from flashpoint.link.escalation import (
    EscalationPoint,
    EscalationSeries,
    escalation,
    escalation_pairs,
)
from flashpoint.link.incremental import (
    IncrementalStore,
    LinkRun,
    link_new,
    rebuild_links,
    supports_incremental,
)
from flashpoint.link.linker import link_records, to_update
from flashpoint.link.model import Claim, Cluster, Key, Links, Mention, NumberConflict, Story
from flashpoint.link.profiles import (
    ClusterView,
    NumberReport,
    OutletProfile,
    StoryComparison,
    TermCount,
    Voice,
    compare,
    outlet_profiles,
    profile_outlet,
    stories,
)
from flashpoint.link.stories import IDF_SAMPLE
from flashpoint.records import Record

if TYPE_CHECKING:
    from flashpoint.store import LinkUpdate


class LinkableStore(Protocol):
    """The two methods of `flashpoint.store.Store` that linking uses."""

    def iter_records(self, *, story: str | None = None) -> Iterator[Record]: ...
    def save_links(self, update: LinkUpdate, *, reset: bool = False) -> None: ...


def link_store(
    store: LinkableStore,
    *,
    settings: Settings | None = None,
    rebuild: bool = True,
    sample: int = IDF_SAMPLE,
) -> LinkRun:
    """Link the stored records and save the links; return what the run did.

    With `rebuild` (the default, `flashpoint link --rebuild`) every link is recomputed over
    every record. Without it only the documents not linked yet are linked, and only the
    stories they can change are relinked (a store without the incremental read methods
    is rebuilt). `sample` is the size of the idf sample (link/stories.py; tests shrink it).
    A store with a `link_lock` (SqlStore) runs one link at a time, across processes.
    """
    lock = getattr(store, "link_lock", None)
    with lock() if lock is not None else nullcontext():  # one link run at a time
        if not rebuild and supports_incremental(store):
            return link_new(cast(IncrementalStore, store), settings=settings, sample=sample)
        return rebuild_links(store, settings=settings, sample=sample)


__all__ = [
    "IDF_SAMPLE",
    "Account",
    "Claim",
    "Cluster",
    "ClusterView",
    "DisputedCluster",
    "Disputes",
    "EscalationPoint",
    "EscalationSeries",
    "IncrementalStore",
    "Key",
    "LinkRun",
    "LinkableStore",
    "Links",
    "Mention",
    "NumberConflict",
    "NumberReport",
    "OutletProfile",
    "Story",
    "StoryComparison",
    "TermCount",
    "Voice",
    "compare",
    "disputes",
    "escalation",
    "escalation_pairs",
    "link_new",
    "link_records",
    "link_store",
    "outlet_profiles",
    "profile_outlet",
    "stories",
    "to_update",
]
