"""Event clusters: events of different documents (or repeated in one) that are one event.

Candidates come from blocks of (story, type group, entity): only events of one story that
share an entity (or an organisation and its member) are compared, so the cost is the sum of
the block sizes squared, not the square of all events. Candidate pairs are merged greedily,
best score first, with complete linkage: two clusters merge only if every member of one can
be the same event as every member of the other, in one consistent orientation (direct or
swapped). Chains such as POL->UKR ~ UNK->UKR ~ USA->UKR therefore never put Poland and the
United States in one cluster. The order of merges depends only on the records, so linking
after each document and linking once agree.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from flashpoint.link.corroboration import corroborate
from flashpoint.link.matching import Match, Profile, block_keys, match, profile_of
from flashpoint.link.model import Cluster, Key, Mention, outlet_of
from flashpoint.records import Record

MAX_BLOCK = 400  # events per block compared pairwise; larger blocks are cut by date order
MAX_CONTENT_PAIRS = 500_000  # bound on the table of matches between recurring event contents


def _claimant(record: Record, reported_by: str) -> str:
    if reported_by == "outlet":
        return "outlet"
    for statement in record.statements:
        if statement.id == reported_by:
            return statement.speaker.name or statement.speaker.actor or "unknown speaker"
    return "unknown speaker"


def _event_order(event_id: str) -> tuple[int, str]:
    digits = "".join(ch for ch in event_id if ch.isdigit())
    return (int(digits) if digits else 0, event_id)


def cluster_events(
    records: Sequence[Record],
    story_of: Mapping[str, str],
    members: Mapping[str, frozenset[str]],
    origin_doc: Mapping[str, str],
) -> tuple[Cluster, ...]:
    """Cluster the events of records given in canonical order; return clusters by id."""
    mentions: list[Mention] = []
    profiles: list[Profile] = []
    for record in records:
        document = record.document
        for event in sorted(record.events, key=lambda e: _event_order(e.id)):
            mentions.append(
                Mention(
                    document=document.id,
                    event=event.id,
                    outlet=outlet_of(document),
                    published=document.published,
                    type=event.type,
                    mode=event.mode,
                    source=event.source,
                    target=event.target,
                    status=event.status,
                    claimant=_claimant(record, event.reported_by),
                    evidence=event.evidence,
                    start=event.date.start,
                    end=event.date.end,
                )
            )
            profiles.append(profile_of(document.id, event))
    members_of: dict[str, set[str]] = defaultdict(set)
    for group, entities in members.items():
        for entity in entities:
            members_of[entity].add(group)
    frozen_members_of = {k: frozenset(v) for k, v in members_of.items()}

    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, profile in enumerate(profiles):
        story = story_of.get(profile.document, profile.document)
        for key in block_keys(profile, frozen_members_of):
            blocks[(story, key)].append(i)

    # Only pairs that can merge are kept: a store of every compared pair grew to 16 GB on
    # 20k reports of one story. A non-matching pair met again in another block is recomputed.
    cache: dict[tuple[int, int], Match] = {}
    # `match` reads a profile's content and only compares documents for equality, so events
    # told alike in several reports (wire copies, a story retold all day) are matched once
    # per pair of contents. Only contents that recur are keyed, in a bounded table.
    content_ids: dict[Profile, int] = {}
    content = [content_ids.setdefault(replace(p, document=""), len(content_ids)) for p in profiles]
    counts = Counter(content)
    recurs = [counts[i] > 1 for i in range(len(content_ids))]
    by_content: dict[tuple[int, int, bool], Match] = {}

    def pair(a: int, b: int) -> Match:
        key = (a, b) if a < b else (b, a)
        found = cache.get(key)
        if found is None:
            x, y = key
            ca, cb = content[x], content[y]
            if recurs[ca] and recurs[cb]:
                same = (ca, cb, profiles[x].document == profiles[y].document)
                found = by_content.get(same)
                if found is None:
                    found = match(profiles[x], profiles[y], members)
                    if len(by_content) < MAX_CONTENT_PAIRS:
                        by_content[same] = found
            else:
                found = match(profiles[x], profiles[y], members)
            if found.direct or found.swapped:
                cache[key] = found
        return found

    candidates: list[tuple[float, int, int]] = []
    for block_key in sorted(blocks):
        indices = blocks[block_key]
        for x, a in enumerate(indices):
            for b in indices[x + 1 : x + 1 + MAX_BLOCK]:
                low, high = (a, b) if a < b else (b, a)
                if (low, high) in cache:
                    continue  # a candidate already, from another block
                found = pair(low, high)
                if found.direct or found.swapped:
                    candidates.append((-found.score, low, high))
    candidates.sort()

    # union-find with orientation: flip[i] says whether i is swapped against its root
    root = list(range(len(mentions)))
    flip = [False] * len(mentions)
    groups: dict[int, list[int]] = {i: [i] for i in range(len(mentions))}
    # (root, root, turn) of two clusters found unmergeable. A cluster only grows while its
    # root stays its root (members keep their flips), so the pair that failed still fails:
    # without this, every later candidate between the same two big clusters re-checked all
    # their member pairs (2,000 reports of one story: 114 s)
    refused: set[tuple[int, int, bool]] = set()
    for _, a, b in candidates:
        ra, rb = root[a], root[b]
        if ra == rb:
            continue
        found = pair(a, b)
        for swapped in (False, True):
            if not found.allows(swapped):
                continue
            # orient b's cluster so that a and b relate as `swapped`
            turn = flip[a] ^ flip[b] ^ swapped
            refusal = (min(ra, rb), max(ra, rb), turn)
            if refusal in refused:
                continue
            if not all(
                pair(x, y).allows(flip[x] ^ flip[y] ^ turn) for x in groups[ra] for y in groups[rb]
            ):
                refused.add(refusal)
            else:
                keep, gone = (ra, rb) if ra < rb else (rb, ra)
                if keep != ra:  # flips are relative to the kept root
                    for x in groups[ra]:
                        flip[x] ^= turn
                else:
                    for y in groups[rb]:
                        flip[y] ^= turn
                for y in groups[gone]:
                    root[y] = keep
                groups[keep].extend(groups.pop(gone))
                break

    clusters = []
    for first, indices in groups.items():
        indices.sort()
        base = flip[first]
        # the first member is never swapped
        oriented = [
            replace(mentions[i], swapped=True) if flip[i] ^ base else mentions[i] for i in indices
        ]
        story = story_of.get(mentions[first].document, mentions[first].document)
        clusters.append(
            corroborate(
                cluster_id=f"c-{mentions[first].document}-{mentions[first].event}",
                story=story,
                mentions=oriented,
                origin_doc=origin_doc,
            )
        )
    clusters.sort(key=lambda c: c.id)
    return tuple(clusters)


def cluster_index(clusters: Sequence[Cluster]) -> dict[Key, str]:
    """Return event key -> cluster id."""
    return {(m.document, m.event): c.id for c in clusters for m in c.members}


__all__ = ["cluster_events", "cluster_index"]
