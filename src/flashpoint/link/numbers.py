"""Conflicting numbers: counts of one thing about one actor that cannot all be true.

Two quantities of different documents are about the same thing when they are in the same
story, count the same unit (`soldiers` counts as `troops`), are about the same entity
(`of`, entity level: RUS-MIL ~ RUS) and were published at most `NUMBER_WINDOW_DAYS` apart
(unknown dates are compatible). They conflict when their stated ranges do not overlap:
low..high (high null = "at least low"; low null = "up to high"), widened by `APPROX_MARGIN`
on each side when `approx` is set ("some 90,000" covers 81,000..99,000). Quantities of one
document are never compared: one report gives a total and its parts ("four dead, three of
them Iraqi men").
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence

from flashpoint.link.model import Claim, Key, NumberConflict, outlet_of, parse_day
from flashpoint.records import Record, entity_of

APPROX_MARGIN = 0.10  # "about", "some", "nearly": a tenth either way
NUMBER_WINDOW_DAYS = 7  # counts change (build-ups grow): compare only reports a week apart
UNIT_ALIASES = {"soldiers": "troops"}  # record format: soldiers are treated as troops
SKIP_UNITS = frozenset({"other"})  # "other" lumps unlike things (entities, flights)


def _interval(claim: Claim) -> tuple[float, float] | None:
    if claim.low is None and claim.high is None:
        return None
    low = float(claim.low) if claim.low is not None else 0.0
    high = float(claim.high) if claim.high is not None else math.inf
    if claim.low is not None and claim.high is None:
        high = math.inf  # "at least"
    if claim.approx:
        low, high = low * (1 - APPROX_MARGIN), high * (1 + APPROX_MARGIN)
    return (min(low, high), max(low, high))


def claims_conflict(a: Claim, b: Claim) -> bool:
    """Return whether two claims about the same thing disagree beyond their ranges."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return False
    return ia[1] < ib[0] or ib[1] < ia[0]


def _near_in_time(a: Claim, b: Claim) -> bool:
    da, db = parse_day(a.published), parse_day(b.published)
    if da is None or db is None:
        return True
    return abs((da - db).days) <= NUMBER_WINDOW_DAYS


def find_conflicts(
    records: Sequence[Record], story_of: Mapping[str, str]
) -> tuple[dict[Key, tuple[str, ...]], tuple[NumberConflict, ...]]:
    """Return quantity key -> conflicting "DOCID:qN" ids, and the conflicts by group."""
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for record in records:
        document = record.document
        for quantity in record.quantities:
            unit = UNIT_ALIASES.get(quantity.unit, quantity.unit)
            entity = entity_of(quantity.of)
            if unit in SKIP_UNITS or not entity:
                continue
            story = story_of.get(document.id, document.id)
            groups[(story, unit, entity)].append(
                Claim(
                    document=document.id,
                    quantity=quantity.id,
                    outlet=outlet_of(document),
                    published=document.published,
                    text=quantity.text,
                    unit=unit,
                    of=quantity.of,
                    low=quantity.low,
                    high=quantity.high,
                    approx=quantity.approx,
                    claimed_by=quantity.claimed_by,
                )
            )
    conflicts: dict[Key, list[str]] = defaultdict(list)
    found: list[NumberConflict] = []
    for (story, unit, entity), claims in sorted(groups.items()):
        involved: dict[int, None] = {}
        for i, a in enumerate(claims):
            for j in range(i + 1, len(claims)):
                b = claims[j]
                if a.document == b.document or not _near_in_time(a, b):
                    continue
                if claims_conflict(a, b):
                    conflicts[(a.document, a.quantity)].append(f"{b.document}:{b.quantity}")
                    conflicts[(b.document, b.quantity)].append(f"{a.document}:{a.quantity}")
                    involved[i] = None
                    involved[j] = None
        if involved:
            found.append(
                NumberConflict(
                    story=story,
                    unit=unit,
                    of=entity,
                    claims=tuple(claims[i] for i in sorted(involved)),
                )
            )
    return {k: tuple(v) for k, v in conflicts.items()}, tuple(found)


__all__ = ["APPROX_MARGIN", "NUMBER_WINDOW_DAYS", "claims_conflict", "find_conflicts"]
