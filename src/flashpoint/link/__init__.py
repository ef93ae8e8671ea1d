"""Linking across documents: stories, event clusters, corroboration, conflicts, escalation.

`link_records(records)` is the pure computation (records in, typed `Links` out);
`link_store(store)` reads every stored record, links them and saves the result with
`store.save_links`. Everything is recomputed from the full set of records in a canonical
order, so linking after each new document and linking once at the end give the same
stories, clusters and conflicts. The read-side functions (`stories`, `disputes`, `compare`,
`escalation`, `outlet_profiles`) serve the CLI and the web pages. See docs/linking.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from flashpoint.config import Settings
from flashpoint.link.disputes import Account, DisputedCluster, Disputes, disputes
from flashpoint.link.escalation import (
    EscalationPoint,
    EscalationSeries,
    escalation,
    escalation_pairs,
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
from flashpoint.records import Record

if TYPE_CHECKING:
    from flashpoint.store import LinkUpdate


class LinkableStore(Protocol):
    """The two methods of `flashpoint.store.Store` that linking uses."""

    def iter_records(self, *, story: str | None = None) -> Iterator[Record]: ...
    def save_links(self, update: LinkUpdate, *, reset: bool = False) -> None: ...


def link_store(store: LinkableStore, *, settings: Settings | None = None) -> None:
    """Recompute all cross-document links over the stored records and save them."""
    records = list(store.iter_records())
    # reset: an event that no longer belongs to a cluster must lose its old one
    store.save_links(to_update(records, link_records(records, settings=settings)), reset=True)


__all__ = [
    "Account",
    "Claim",
    "Cluster",
    "ClusterView",
    "DisputedCluster",
    "Disputes",
    "EscalationPoint",
    "EscalationSeries",
    "Key",
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
    "link_records",
    "link_store",
    "outlet_profiles",
    "profile_outlet",
    "stories",
    "to_update",
]
