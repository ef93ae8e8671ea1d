"""Escalation index: per actor pair and day (or ISO week), the sum of PLOVER weights.

Each event cluster counts once, however many outlets report it, with the weight of its
type (and mode, plover_weights.csv) times the factor of its best-supported status
(`STATUS_FACTORS`: a claimed or planned event counts half, a possible one a quarter, a
denied or negated one not at all). Negative scores are hostile (ASSAULT -9), positive ones
cooperative (AID +10). A cluster is dated by the earliest start date of its members, else by
the earliest publication date of its documents; a cluster with neither is left out. Its pair
is the entity-level source and target of its best member (both known; else the most common
known pair among its best-supported members); pairs are unordered by default ("POL:BLR" =
"BLR:POL").

A period is flagged as a sharp rise when its score falls at least max(`RISE_MIN`,
`RISE_SIGMAS` x standard deviation) below the mean of the `RISE_WINDOW` periods before it
(empty periods count as 0): one new assault (-9) on a quiet pair is a rise, a steady stream of
accusations is not.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean, pstdev

from flashpoint.config import Settings
from flashpoint.errors import InputError
from flashpoint.link.lexicons import Weights, load_weights
from flashpoint.link.linker import link_records
from flashpoint.link.model import Cluster, Links, Mention, parse_day
from flashpoint.records import Record, entity_of

STATUS_FACTORS = {
    "occurred": 1.0,
    "claimed": 0.5,  # one party's word
    "planned": 0.5,  # an announced move already signals intent
    "possible": 0.25,  # "could", "may", "is ready to"
    "denied": 0.0,  # did not happen, says the outlet or a party
    "negated": 0.0,
}
RISE_MIN = 8.0  # a lone assault (-9) on a quiet pair is a rise; a mobilisation (-7) alone is not
RISE_SIGMAS = 2.0
RISE_WINDOW = {"day": 7, "week": 4}  # a week of days, a month of weeks


@dataclass(frozen=True, slots=True)
class EscalationPoint:
    """One period of a pair's series."""

    period: str  # YYYY-MM-DD or YYYY-Www
    score: float  # sum of weighted clusters (negative = hostile)
    clusters: tuple[str, ...]
    rise: bool  # a sharp rise in hostility (see module docstring)


@dataclass(frozen=True, slots=True)
class EscalationSeries:
    """The escalation index of one actor pair."""

    pair: str  # "POL:BLR" as asked (ordered: source first)
    ordered: bool
    period: str  # day | week
    points: tuple[EscalationPoint, ...]  # every period from the first to the last, zeros included
    rises: tuple[str, ...]  # the flagged periods


def parse_pair(pair: str) -> tuple[str, str]:
    """Read "POL:BLR" (or POL-BLR, POL/BLR) into two entity codes."""
    for sep in (":", "/", ",", " "):
        if sep in pair:
            left, _, right = pair.partition(sep)
            left, right = left.strip().upper(), right.strip().upper()
            if left and right and sep not in right:
                return entity_of(left) or left, entity_of(right) or right
    raise InputError("--pair", f"{pair!r} is not a pair of actors (write it like POL:BLR)")


def _factor(mention: Mention) -> float:
    return STATUS_FACTORS.get(mention.status, 0.0)


def _known(actor: str | None) -> str | None:
    entity = entity_of(actor)
    return None if entity in (None, "", "UNK") else entity


def cluster_weight(cluster: Cluster, weights: Weights) -> tuple[Mention, float]:
    """Return the cluster's best-supported member and the cluster's weighted score."""
    best = max(cluster.members, key=_factor)  # max keeps the earliest among equals
    return best, weights.weight(best.type, best.mode) * _factor(best)


def cluster_pair(cluster: Cluster, best: Mention) -> tuple[str, str] | None:
    """Return the (source, target) entities a cluster is counted under."""
    source, target = _known(best.source), _known(best.target)
    if source and target and source != target:
        return source, target
    pairs = Counter(
        ((s, t), _factor(m))
        for m in cluster.members
        if (s := _known(m.source)) and (t := _known(m.target)) and s != t
    )
    if not pairs:
        return None
    # the best-supported members decide; among them the most common pair, then the earliest
    top = max(factor for _, factor in pairs)
    return max((p for p in pairs if p[1] == top), key=lambda p: pairs[p])[0]


def cluster_date(cluster: Cluster) -> date | None:
    """Return the day a cluster is counted on: earliest event date, else publication."""
    starts = [d for m in cluster.members if (d := parse_day(m.start) or parse_day(m.end))]
    if starts:
        return min(starts)
    published = [d for m in cluster.members if (d := parse_day(m.published))]
    return min(published) if published else None


def _label(day: date, period: str) -> str:
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def _period_start(day: date, period: str) -> date:
    return day - timedelta(days=day.weekday()) if period == "week" else day


def escalation(
    records: Iterable[Record],
    pair: str,
    *,
    period: str = "day",
    ordered: bool = False,
    links: Links | None = None,
    settings: Settings | None = None,
) -> EscalationSeries:
    """Return the escalation series of an actor pair ("POL:BLR"), with sharp rises flagged."""
    if period not in RISE_WINDOW:
        raise InputError("--period", f"{period!r} is not a period (use day or week)")
    wanted = parse_pair(pair)
    links = links if links is not None else link_records(records, settings=settings)
    weights = load_weights(settings)
    scores: dict[date, float] = defaultdict(float)
    members: dict[date, list[str]] = defaultdict(list)
    for cluster in links.clusters:
        best, score = cluster_weight(cluster, weights)
        found = cluster_pair(cluster, best)
        day = cluster_date(cluster)
        if found is None or day is None:
            continue
        if found != wanted and (ordered or found != (wanted[1], wanted[0])):
            continue
        start = _period_start(day, period)
        scores[start] += score
        members[start].append(cluster.id)
    points: list[EscalationPoint] = []
    if scores:
        step = timedelta(days=7 if period == "week" else 1)
        current, last = min(scores), max(scores)
        history: list[float] = []
        window = RISE_WINDOW[period]
        while current <= last:
            score = round(scores.get(current, 0.0), 3)
            recent = history[-window:]
            baseline = fmean(recent) if recent else 0.0
            spread = pstdev(recent) if len(recent) > 1 else 0.0
            rise = score <= baseline - max(RISE_MIN, RISE_SIGMAS * spread)
            points.append(
                EscalationPoint(_label(current, period), score, tuple(members[current]), rise)
            )
            history.append(score)
            current += step
    return EscalationSeries(
        pair=f"{wanted[0]}:{wanted[1]}",
        ordered=ordered,
        period=period,
        points=tuple(points),
        rises=tuple(p.period for p in points if p.rise),
    )


def escalation_pairs(
    records: Iterable[Record],
    *,
    ordered: bool = False,
    links: Links | None = None,
    settings: Settings | None = None,
) -> tuple[tuple[str, int, float], ...]:
    """Return (pair, clusters, total score) for every pair, most clusters first."""
    links = links if links is not None else link_records(records, settings=settings)
    weights = load_weights(settings)
    counts: Counter[str] = Counter()
    totals: dict[str, float] = defaultdict(float)
    for cluster in links.clusters:
        best, score = cluster_weight(cluster, weights)
        found = cluster_pair(cluster, best)
        if found is None or cluster_date(cluster) is None:
            continue
        key = found if ordered else tuple(sorted(found))
        label = f"{key[0]}:{key[1]}"
        counts[label] += 1
        totals[label] += score
    return tuple(
        (label, count, round(totals[label], 3))
        for label, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )


__all__ = [
    "RISE_MIN",
    "STATUS_FACTORS",
    "EscalationPoint",
    "EscalationSeries",
    "cluster_date",
    "cluster_pair",
    "cluster_weight",
    "escalation",
    "escalation_pairs",
    "parse_pair",
]
