"""Corroboration of a cluster: single, corroborated (independent origins) or disputed.

Origins. Mentions are one origin when they come from the same document or a near
duplicate of it (`Record.near_duplicate_of`), from the same outlet, from the same speaker
(two outlets quoting one official relay one claim), or when their evidence sentences are
nearly the same text (a wire copy republished with another byline): token-set similarity of
at least `COPY_SIMILARITY`. A cluster with two or more origins is corroborated.

Disputed, whatever the origins:
- "denied": one mention denies or negates what another reports as occurred or claimed;
- "rejected": an accusation and its rejection by the accused (REJECT swapped against ACCUSE);
- "reciprocal blame": ACCUSE/ASSAULT/COERCE mentions blame opposite sides (source and
  target swapped: "Belarusian soldiers fired" vs "Polish forces attacked migrants").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from rapidfuzz import fuzz

from flashpoint.link.model import UNKNOWN_OUTLET, Cluster, Mention
from flashpoint.records import entity_of

COPY_SIMILARITY = 92.0  # token-set ratio (0-100): copies with a changed lead still reach it
COPY_MIN_CHARS = 60  # shorter evidence ("Russia denied it") is too generic to prove a copy
NEGATIVE = frozenset({"denied", "negated"})
POSITIVE = frozenset({"occurred", "claimed"})
ACCUSING = frozenset({"ACCUSE", "ASSAULT", "COERCE"})


def _labels(mention: Mention, origin_doc: Mapping[str, str]) -> list[str]:
    labels = ["doc:" + origin_doc.get(mention.document, mention.document)]
    if mention.outlet != UNKNOWN_OUTLET:
        labels.append("outlet:" + mention.outlet.casefold())
    if mention.claimant not in ("outlet", "unknown speaker"):
        labels.append("speaker:" + mention.claimant.casefold())
    return labels


def count_origins(
    mentions: Sequence[Mention], origin_doc: Mapping[str, str]
) -> tuple[int, list[str]]:
    """Return the number of independent origins and each mention's origin label."""
    n = len(mentions)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first_with: dict[str, int] = {}
    for i, mention in enumerate(mentions):
        for label in _labels(mention, origin_doc):
            if label in first_with:
                union(first_with[label], i)
            else:
                first_with[label] = i
    for i in range(n):
        for j in range(i + 1, n):
            a, b = mentions[i], mentions[j]
            if find(i) == find(j) or a.document == b.document:
                continue
            if min(len(a.evidence), len(b.evidence)) < COPY_MIN_CHARS:
                continue
            if fuzz.token_set_ratio(a.evidence.lower(), b.evidence.lower()) >= COPY_SIMILARITY:
                union(i, j)
    roots = [find(i) for i in range(n)]
    labels = ["doc:" + origin_doc.get(mentions[r].document, mentions[r].document) for r in roots]
    return len(set(roots)), labels


def dispute_of(mentions: Sequence[Mention]) -> str | None:
    """Return why the mentions dispute each other, or None."""
    statuses = {m.status for m in mentions}
    if statuses & NEGATIVE and statuses & POSITIVE:
        return "denied"
    accusers = {m.swapped for m in mentions if m.type == "ACCUSE"}
    rejecters = {m.swapped for m in mentions if m.type == "REJECT"}
    if accusers and rejecters and any(a != r for a in accusers for r in rejecters):
        return "rejected"
    blamed = {
        (m.swapped, entity_of(m.source))
        for m in mentions
        if m.type in ACCUSING and entity_of(m.source) not in (None, "UNK")
    }
    if any(
        s1 != s2 and e1 != e2 for s1, e1 in blamed for s2, e2 in blamed
    ):  # opposite orientations with different parties blamed
        return "reciprocal blame"
    return None


def corroborate(
    *,
    cluster_id: str,
    story: str,
    mentions: Sequence[Mention],
    origin_doc: Mapping[str, str],
) -> Cluster:
    """Return the cluster of these mentions with its sources, origins and corroboration."""
    origins, labels = count_origins(mentions, origin_doc)
    members = tuple(
        m if m.origin == label else replace(m, origin=label)
        for m, label in zip(mentions, labels, strict=True)
    )
    dispute = dispute_of(members)
    if dispute is not None:
        corroboration = "disputed"
    elif origins >= 2:
        corroboration = "corroborated"
    else:
        corroboration = "single"
    return Cluster(
        id=cluster_id,
        story=story,
        type=members[0].type,
        members=members,
        documents=tuple(dict.fromkeys(m.document for m in members)),
        sources=tuple(dict.fromkeys(m.outlet for m in members)),
        origins=origins,
        corroboration=corroboration,
        dispute=dispute,
    )


__all__ = ["COPY_SIMILARITY", "corroborate", "count_origins", "dispute_of"]
