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

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from flashpoint.link.corroboration import corroborate
from flashpoint.link.matching import Match, Profile, block_keys, match, profile_of
from flashpoint.link.model import Cluster, Key, Mention, outlet_of
from flashpoint.records import Record

MAX_BLOCK = 400  # events per block compared pairwise; larger blocks are cut by date order


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

    # Nodes: the events of one story told alike (same profile but for the document: a wire
    # copy, a paragraph retold all day) are one node from the start when two such copies
    # can be one event. Matching, blocking and complete linkage then work on nodes: 20,000
    # reports of one story held ~12 GB of member pairs before.
    nodes, node_of = _nodes(profiles, story_of, members)
    docs = [frozenset(profiles[i].document for i in node) for node in nodes]
    reps = [profiles[node[0]] for node in nodes]

    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for n, profile in enumerate(reps):
        story = story_of.get(profile.document, profile.document)
        for key in block_keys(profile, frozen_members_of):
            blocks[(story, key)].append(n)

    # Only pairs that can merge are kept: a store of every compared pair grew to 16 GB on
    # 20k reports of one story. A non-matching pair met again in another block is recomputed.
    cache: dict[tuple[int, int], Match] = {}

    def pair(a: int, b: int) -> Match:
        key = (a, b) if a < b else (b, a)
        found = cache.get(key)
        if found is None:
            x, y = key
            if len(nodes[x]) == 1 and len(nodes[y]) == 1:
                found = match(reps[x], reps[y], members)
            else:
                # a node's copies are in several documents: the pair is compared as told in
                # one document when the nodes share one (the stricter reading), else in two
                found = _match_as_told(
                    reps[x], reps[y], members, same_document=not docs[x].isdisjoint(docs[y])
                )
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

    # union-find with orientation over nodes: flip[n] says whether n is swapped against its
    # root; a root is the smallest node of its cluster and is never flipped
    root = list(range(len(nodes)))
    flip = [False] * len(nodes)
    groups: dict[int, list[int]] = {n: [n] for n in range(len(nodes))}
    # (root, root, turn) of two clusters found unmergeable. A cluster only grows while its
    # root stays its root (members keep their flips), so the pair that failed still fails:
    # without this, every later candidate between the same two big clusters re-checked all
    # their member pairs
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

    member_groups = {
        nodes[first][0]: sorted(i for n in group for i in nodes[n])
        for first, group in groups.items()
    }
    member_flip = [flip[node_of[i]] for i in range(len(mentions))]
    clusters = []
    for first, indices in member_groups.items():
        base = member_flip[first]
        # the first member is never swapped
        oriented = [
            replace(mentions[i], swapped=True) if member_flip[i] ^ base else mentions[i]
            for i in indices
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


def _match_as_told(
    a: Profile, b: Profile, members: Mapping[str, frozenset[str]], *, same_document: bool
) -> Match:
    """`match` of two profiles as if told in one document, or in two, whatever their own."""
    return match(a, b, members, same_document=same_document)


def _nodes(
    profiles: Sequence[Profile],
    story_of: Mapping[str, str],
    members: Mapping[str, frozenset[str]],
) -> tuple[list[list[int]], list[int]]:
    """Group the events of one story with the same profile but for the document, when two
    such copies in different documents can be one event directly; return (nodes, node_of).

    Nodes are numbered in the order of their first event, so node order is event order.
    """
    nodes: list[list[int]] = []
    node_of: list[int] = []
    contents: dict[Profile, int] = {}  # a profile but for the document -> its number
    first_node: dict[tuple[str, int], int] = {}
    alike: dict[int, bool] = {}
    for i, profile in enumerate(profiles):
        # hashing a Profile hashes every field: once per event, then its number is the key
        content = contents.setdefault(replace(profile, document=""), len(contents))
        key = (story_of.get(profile.document, profile.document), content)
        node = first_node.get(key)
        if node is not None:
            if content not in alike:
                copies = _match_as_told(profile, profile, members, same_document=False)
                alike[content] = copies.direct
            if alike[content]:
                nodes[node].append(i)
                node_of.append(node)
                continue
        else:
            first_node[key] = len(nodes)
        node_of.append(len(nodes))
        nodes.append([i])
    return nodes, node_of


def cluster_index(clusters: Sequence[Cluster]) -> dict[Key, str]:
    """Return event key -> cluster id."""
    return {(m.document, m.event): c.id for c in clusters for m in c.members}


__all__ = ["cluster_events", "cluster_index"]
