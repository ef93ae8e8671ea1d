"""Disputes: clusters whose accounts contradict each other, and conflicting numbers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from flashpoint.config import Settings
from flashpoint.link.corroboration import NEGATIVE
from flashpoint.link.linker import link_records
from flashpoint.link.model import Links, Mention, NumberConflict
from flashpoint.records import Record


@dataclass(frozen=True, slots=True)
class Account:
    """One side's account of a disputed event, as one document reports it."""

    side: int  # 0 or 1: accounts of one side share it
    document: str
    outlet: str
    event: str
    type: str
    source: str | None
    target: str | None
    status: str
    claimant: str  # "outlet" or the speaker
    evidence: str


@dataclass(frozen=True, slots=True)
class DisputedCluster:
    """A cluster whose accounts contradict each other, account by account."""

    cluster: str
    story: str
    type: str
    reason: str  # denied | rejected | reciprocal blame
    sources: tuple[str, ...]
    accounts: tuple[Account, ...]  # side 0 first


@dataclass(frozen=True, slots=True)
class Disputes:
    """Everything contested in a set of records."""

    clusters: tuple[DisputedCluster, ...]
    numbers: tuple[NumberConflict, ...]  # claims listed claimant by claimant


def _side(mention: Mention, reason: str) -> int:
    if reason == "denied":
        return 1 if mention.status in NEGATIVE else 0
    return 1 if mention.swapped else 0


def disputes(
    records: Iterable[Record],
    *,
    story: str | None = None,
    links: Links | None = None,
    settings: Settings | None = None,
) -> Disputes:
    """Return the disputed clusters and conflicting numbers (of one story, if given)."""
    links = links if links is not None else link_records(records, settings=settings)
    found = []
    for cluster in links.clusters:
        if cluster.dispute is None or (story is not None and cluster.story != story):
            continue
        accounts = sorted(
            (
                Account(
                    side=_side(m, cluster.dispute),
                    document=m.document,
                    outlet=m.outlet,
                    event=m.event,
                    type=m.type,
                    source=m.source,
                    target=m.target,
                    status=m.status,
                    claimant=m.claimant,
                    evidence=m.evidence,
                )
                for m in cluster.members
            ),
            key=lambda a: a.side,
        )
        found.append(
            DisputedCluster(
                cluster=cluster.id,
                story=cluster.story,
                type=cluster.type,
                reason=cluster.dispute,
                sources=cluster.sources,
                accounts=tuple(accounts),
            )
        )
    numbers = tuple(
        NumberConflict(
            story=c.story,
            unit=c.unit,
            of=c.of,
            claims=tuple(sorted(c.claims, key=lambda q: (q.claimed_by, q.document, q.quantity))),
        )
        for c in links.number_conflicts
        if story is None or c.story == story
    )
    return Disputes(clusters=tuple(found), numbers=numbers)


__all__ = ["Account", "DisputedCluster", "Disputes", "disputes"]
