"""The link stage's read-side functions, as the pages need them, with a small cache.

`flashpoint.link` computes escalation, disputes and story comparisons from the records.
Linking all records takes a moment, so the result is cached per store and refreshed when
the store's state token changes (ingest, links, a review saved), or after `TTL_SECONDS`. The records
linked are the analyst's view (corrections applied, rejected items dropped). When the link
stage lacks a function, `available()` is false and the pages use their own simpler views.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

import flashpoint.link as link
from flashpoint.records import Record, document_to_dict
from flashpoint.serve.cache import Memo, StateWatch
from flashpoint.store import Store

TTL_SECONDS = 60.0  # another process (ingest, link) may change the store meanwhile
MAX_POINTS = 60  # bars one chart can show legibly: longer series are summed by week, then month
NEEDED = ("link_records", "escalation", "escalation_pairs", "disputes", "compare")


def available() -> bool:
    """Return whether the link stage provides every read-side function used here."""
    return all(callable(getattr(link, name, None)) for name in NEEDED)


class LinkCache:
    """The records and their links, recomputed when the store's state token changes."""

    def __init__(self, watch: StateWatch) -> None:
        self._memo = Memo(watch, ttl=TTL_SECONDS)

    def invalidate(self) -> None:
        self._memo.watch.changed()

    def get(self, store: Store) -> tuple[list[Record], Any] | None:
        """Return (records, links), or None without a link stage."""
        if not available():
            return None

        def compute() -> tuple[list[Record], Any]:
            records = list(store.iter_records(corrected=True))
            return (records, link.link_records(records))

        return self._memo.get(("links", id(store)), compute)


def _month(label: str) -> str:
    """Return the YYYY-MM of a day (YYYY-MM-DD) or ISO week (YYYY-Www) label."""
    if "-W" in label:
        year, week = label.split("-W", 1)
        return date.fromisocalendar(int(year), int(week), 1).isoformat()[:7]
    return label[:7]


def _points(series: Any) -> list[dict[str, Any]]:
    return [
        {
            "date": p.period,
            "cooperation": max(p.score, 0.0),
            "conflict": max(-p.score, 0.0),
            "net": p.score,
            "events": len(p.clusters),
            "rise": p.rise,
        }
        for p in series.points
    ]


def _by_month(points: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    months: dict[str, dict[str, Any]] = {}
    for p in points:
        label = _month(str(p["date"]))
        entry = months.setdefault(label, {"date": label, "net": 0.0, "events": 0, "rise": False})
        entry["net"] += p["net"]
        entry["events"] += p["events"]
        entry["rise"] = entry["rise"] or p["rise"]
    out = []
    for entry in months.values():
        net = round(entry["net"], 3)
        out.append({**entry, "net": net, "cooperation": max(net, 0.0), "conflict": max(-net, 0.0)})
    return out


def escalation_entries(
    records: list[Record], links: Any, pair: tuple[str, str] | None, *, top: int = 4
) -> list[dict[str, Any]]:
    """Return the escalation of the busiest pairs (or one pair) in the charts' shape."""
    if pair is None:
        labels = [p[0] for p in link.escalation_pairs(records, links=links)[:top]]
    else:
        labels = [f"{pair[0]}:{pair[1]}"]
    out = []
    for label in labels:
        series = link.escalation(records, label, period="day", links=links)
        period = "day"
        if len(series.points) > MAX_POINTS:
            series = link.escalation(records, label, period="week", links=links)
            period = "week"
        points = _points(series)
        if len(points) > MAX_POINTS:
            points, period = _by_month(points), "month"
        out.append(
            {
                "pair": series.pair.split(":"),
                "events": sum(p["events"] for p in points),
                "period": period,
                "rises": list(series.rises),
                "series": points,
            }
        )
    return out


def dispute_entries(records: list[Record], links: Any, *, limit: int) -> list[dict[str, Any]]:
    """Return the disputed clusters and number conflicts in the overview's shape."""
    found = link.disputes(records, links=links)
    published = {r.document.id: r.document.published for r in records}
    out: list[dict[str, Any]] = []
    for cluster in found.clusters:
        first = cluster.accounts[0] if cluster.accounts else None
        dates = [published.get(a.document) for a in cluster.accounts]
        out.append(
            {
                "kind": "event",
                "key": f"{first.document}:{first.event}" if first else None,
                "cluster": cluster.cluster,
                "date": max((d for d in dates if d), default=None),
                "reason": cluster.reason,
                "summary": f"{cluster.type} ({cluster.reason}): "
                + " vs ".join(
                    f"{a.source or '?'} -> {a.target or '?'} {a.status}"
                    for a in cluster.accounts[:2]
                ),
                "outlets": list(cluster.sources),
            }
        )
    for conflict in found.numbers:
        claims = conflict.claims
        out.append(
            {
                "kind": "quantity",
                "key": f"{claims[0].document}:{claims[0].quantity}" if claims else None,
                "cluster": None,
                "date": max((c.published for c in claims if c.published), default=None),
                "reason": "numbers",
                "summary": f"{conflict.unit} of {conflict.of}: "
                + " vs ".join(f"{c.text} ({c.claimed_by})" for c in claims[:3]),
                "outlets": sorted({c.outlet for c in claims}),
            }
        )
    out.sort(key=lambda d: str(d["date"] or ""), reverse=True)
    return out[:limit]


def has_story(links: Any, story: str) -> bool:
    return any(s.id == story for s in links.stories)


def cluster_keys(links: Any, cluster: str) -> list[tuple[str, str]]:
    """Return the (document, event) keys of a computed cluster (none if unknown)."""
    found = links.cluster(cluster)
    return [] if found is None else [(m.document, m.event) for m in found.members]


def story_entries(records: list[Record], links: Any, story: str) -> dict[str, Any]:
    """Return the link stage's story comparison in the story page's shape."""
    found = link.compare(records, story, links=links)
    docs_by_outlet: dict[str, list[dict[str, Any]]] = defaultdict(list)
    event_types: dict[str, Counter[str]] = defaultdict(Counter)
    in_story = set(found.story.documents)
    for record in records:
        if record.document.id in in_story:
            outlet = record.document.outlet or "unknown outlet"
            docs_by_outlet[outlet].append(document_to_dict(record.document))
            event_types[outlet].update(e.type for e in record.events)
    columns = []
    for profile in found.profiles:
        columns.append(
            {
                "outlet": profile.outlet,
                "documents": docs_by_outlet.get(profile.outlet, []),
                "voices": [
                    {
                        "speaker": f"{', '.join(v.names)} ({v.actor})" if v.names else v.actor,
                        "count": v.count,
                    }
                    for v in profile.voices
                ],
                "statements": profile.statements,
                "factuality": dict(profile.factuality),
                "loaded_terms": [
                    {"term": t.label, "category": t.category, "count": t.count}
                    for t in profile.loaded_terms
                ],
                "numbers": [
                    {
                        "key": f"{n.document}:{n.quantity}",
                        "text": n.text,
                        "low": n.low,
                        "high": n.high,
                        "unit": n.unit,
                        "of": n.of,
                        "claimed_by": n.claimed_by,
                        "conflicts_with": list(n.conflicts_with),
                    }
                    for n in profile.numbers
                ],
                "event_types": dict(event_types[profile.outlet].most_common()),
            }
        )
    return {
        "story": found.story.id,
        "terms": list(found.story.terms),
        "outlets": columns,
        "clusters": [
            {
                "id": c.id,
                "type": c.type,
                "pair": c.pair,
                "corroboration": c.corroboration,
                "dispute": c.dispute,
                "score": c.score,
                "outlets": list(c.outlets),
                "evidence": c.evidence,
            }
            for c in found.clusters
        ],
        "only_in": {k: list(v) for k, v in found.only_in.items()},
        "source": "link",
    }
