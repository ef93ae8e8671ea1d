"""Outlet profiles and story comparison: whose voices, how presented, which words, numbers.

An outlet profile counts, over the outlet's documents: the voices it quotes (statements by
speaker actor, and by entity), the shares of statement factuality (asserted, claimed,
denied, hedged) and event status, the loaded terms of loaded_terms.csv in its texts, and the
numbers it chooses to report. A story comparison puts the profiles of the story's outlets
side by side with the story's clusters: which outlet reports which event, which events only
one outlet reports, and what is disputed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from flashpoint.config import Settings
from flashpoint.errors import InputError
from flashpoint.link.disputes import Disputes, disputes
from flashpoint.link.escalation import cluster_pair, cluster_weight
from flashpoint.link.lexicons import Terms, load_terms, load_weights
from flashpoint.link.linker import link_records
from flashpoint.link.model import Links, Story, canonical_order, outlet_of
from flashpoint.records import FACTUALITIES, STATUSES, Record, entity_of


@dataclass(frozen=True, slots=True)
class Voice:
    """A speaker actor an outlet quotes, and how often."""

    actor: str  # actor code, "unknown" when the statement has none
    entity: str
    count: int
    names: tuple[str, ...]  # named speakers with this actor, most quoted first


@dataclass(frozen=True, slots=True)
class TermCount:
    """How often a loaded term (all its spellings) occurs."""

    label: str
    category: str
    count: int


@dataclass(frozen=True, slots=True)
class NumberReport:
    """A number an outlet reports."""

    document: str
    quantity: str
    text: str
    unit: str
    of: str | None
    low: int | None
    high: int | None
    approx: bool
    claimed_by: str
    conflicts_with: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class OutletProfile:
    """How one outlet reports: voices, factuality, loaded terms, numbers."""

    outlet: str
    documents: int
    statements: int
    events: int
    voices: tuple[Voice, ...]  # most quoted first
    voice_entities: Mapping[str, int]  # entity -> statements
    factuality: Mapping[str, float]  # share of statements, each factuality (0 when none)
    statuses: Mapping[str, float]  # share of events, each status
    loaded_terms: tuple[TermCount, ...]  # most frequent first
    numbers: tuple[NumberReport, ...]


@dataclass(frozen=True, slots=True)
class ClusterView:
    """A cluster as a story comparison shows it."""

    id: str
    type: str
    pair: str | None  # "SOURCE:TARGET" at entity level
    corroboration: str
    dispute: str | None
    score: float  # weighted PLOVER score (escalation weight)
    outlets: tuple[str, ...]
    documents: tuple[str, ...]
    evidence: str  # the first member's evidence


@dataclass(frozen=True, slots=True)
class StoryComparison:
    """One story's outlets side by side."""

    story: Story
    profiles: tuple[OutletProfile, ...]
    clusters: tuple[ClusterView, ...]  # most reported first
    only_in: Mapping[str, tuple[str, ...]]  # outlet -> clusters no other outlet reports
    disputes: Disputes


def _shares(counts: Counter[str], keys: Sequence[str]) -> dict[str, float]:
    total = sum(counts.values())
    return {k: round(counts[k] / total, 3) if total else 0.0 for k in keys}


def profile_outlet(
    outlet: str,
    records: Sequence[Record],
    *,
    terms: Terms,
    conflicts: Mapping[tuple[str, str], tuple[str, ...]] | None = None,
) -> OutletProfile:
    """Return the profile of one outlet over its records."""
    voices: Counter[str] = Counter()
    names: dict[str, Counter[str]] = defaultdict(Counter)
    factuality: Counter[str] = Counter()
    statuses: Counter[str] = Counter()
    loaded: Counter[tuple[str, str]] = Counter()
    numbers: list[NumberReport] = []
    statements = events = 0
    for record in records:
        for statement in record.statements:
            statements += 1
            actor = statement.speaker.actor or "unknown"
            voices[actor] += 1
            if statement.speaker.name:
                names[actor][statement.speaker.name] += 1
            factuality[statement.factuality] += 1
        for event in record.events:
            events += 1
            statuses[event.status] += 1
        text = record.document.text or "\n".join(s.content for s in record.statements)
        for found in terms.find(text):
            loaded[(found.label, found.category)] += 1
        for quantity in record.quantities:
            numbers.append(
                NumberReport(
                    document=record.document.id,
                    quantity=quantity.id,
                    text=quantity.text,
                    unit=quantity.unit,
                    of=quantity.of,
                    low=quantity.low,
                    high=quantity.high,
                    approx=quantity.approx,
                    claimed_by=quantity.claimed_by,
                    conflicts_with=(conflicts or {}).get((record.document.id, quantity.id), ()),
                )
            )
    entities: Counter[str] = Counter()
    for actor, count in voices.items():
        entities[entity_of(actor) or actor] += count
    return OutletProfile(
        outlet=outlet,
        documents=len(records),
        statements=statements,
        events=events,
        voices=tuple(
            Voice(
                actor=actor,
                entity=entity_of(actor) or actor,
                count=count,
                names=tuple(n for n, _ in names[actor].most_common()),
            )
            for actor, count in sorted(voices.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        voice_entities=dict(sorted(entities.items(), key=lambda kv: (-kv[1], kv[0]))),
        factuality=_shares(factuality, FACTUALITIES),
        statuses=_shares(statuses, STATUSES),
        loaded_terms=tuple(
            TermCount(label, category, count)
            for (label, category), count in sorted(loaded.items(), key=lambda kv: (-kv[1], kv[0]))
        ),
        numbers=tuple(numbers),
    )


def outlet_profiles(
    records: Iterable[Record],
    *,
    links: Links | None = None,
    settings: Settings | None = None,
) -> tuple[OutletProfile, ...]:
    """Return one profile per outlet, outlets with most documents first."""
    ordered = canonical_order(list(records))
    by_outlet: dict[str, list[Record]] = defaultdict(list)
    for record in ordered:
        by_outlet[outlet_of(record.document)].append(record)
    terms = load_terms(settings)
    conflicts = links.conflicts if links is not None else None
    return tuple(
        profile_outlet(outlet, group, terms=terms, conflicts=conflicts)
        for outlet, group in sorted(by_outlet.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    )


def stories(
    records: Iterable[Record], *, links: Links | None = None, settings: Settings | None = None
) -> tuple[Story, ...]:
    """Return the stories, largest first (then by first publication)."""
    links = links if links is not None else link_records(records, settings=settings)
    return tuple(sorted(links.stories, key=lambda s: (-len(s.documents), s.first or "9999", s.id)))


def find_story(links: Links, key: str) -> Story:
    """Return the story with this id or id prefix (with or without "s-"), or of a document."""
    wanted = key if key.startswith("s-") else "s-" + key
    found = [s for s in links.stories if s.id == wanted] or [
        s for s in links.stories if s.id.startswith(wanted)
    ]
    if not found:  # a document id (or prefix) stands for its story
        documents = [d for d in links.story_of if d == key] or [
            d for d in links.story_of if d.startswith(key)
        ]
        ids = {links.story_of[d] for d in documents}
        found = [s for s in links.stories if s.id in ids]
    if len(found) != 1:
        problem = "no such story" if not found else "more than one story has this prefix"
        raise InputError(key, f"{problem} (list them with: flashpoint stories)")
    return found[0]


def compare(
    records: Iterable[Record],
    story: str,
    *,
    links: Links | None = None,
    settings: Settings | None = None,
) -> StoryComparison:
    """Return the outlets of one story side by side (story id or id prefix)."""
    all_records = list(records)
    links = links if links is not None else link_records(all_records, settings=settings)
    chosen = find_story(links, story)
    in_story = set(chosen.documents)
    members = [r for r in canonical_order(all_records) if r.document.id in in_story]
    weights = load_weights(settings)
    views = []
    for cluster in links.clusters:
        if cluster.story != chosen.id:
            continue
        best, score = cluster_weight(cluster, weights)
        pair = cluster_pair(cluster, best)
        views.append(
            ClusterView(
                id=cluster.id,
                type=cluster.type,
                pair=None if pair is None else f"{pair[0]}:{pair[1]}",
                corroboration=cluster.corroboration,
                dispute=cluster.dispute,
                score=round(score, 3),
                outlets=cluster.sources,
                documents=cluster.documents,
                evidence=cluster.members[0].evidence,
            )
        )
    views.sort(key=lambda v: (-len(v.outlets), -len(v.documents), v.id))
    only_in: dict[str, list[str]] = defaultdict(list)
    if len(chosen.outlets) > 1:
        for view in views:
            if len(view.outlets) == 1:
                only_in[view.outlets[0]].append(view.id)
    return StoryComparison(
        story=chosen,
        profiles=outlet_profiles(members, links=links, settings=settings),
        clusters=tuple(views),
        only_in={k: tuple(v) for k, v in only_in.items()},
        disputes=disputes(members, story=chosen.id, links=links),
    )


__all__ = [
    "ClusterView",
    "NumberReport",
    "OutletProfile",
    "StoryComparison",
    "TermCount",
    "Voice",
    "compare",
    "find_story",
    "outlet_profiles",
    "profile_outlet",
    "stories",
]
