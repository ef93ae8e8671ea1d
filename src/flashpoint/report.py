"""The mailable report: one self-contained HTML file of a store's (or one story's) record.

`write_report(records, out)` is the pure part (records in, HTML out); `build_report(store)`
reads the analyst's view of the store (corrections applied, rejected items dropped) and
returns the page. Everything the page shows comes from the link stage's read-side
functions; the escalation charts are the web workbench's (`serve.svg.escalation_chart`).
The page has its CSS in one `<style>` element, its charts as inline SVG, no script and no
external asset; every text taken from the reports is escaped (Jinja2 autoescape). See
docs/report.md.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from io import StringIO
from typing import IO, TYPE_CHECKING, Any

from jinja2 import Environment, StrictUndefined
from markupsafe import Markup, escape

import flashpoint.link as link
from flashpoint.config import Settings
from flashpoint.errors import ConfigError
from flashpoint.link.escalation import EscalationPoint, cluster_date, cluster_weight
from flashpoint.link.lexicons import Weights, load_weights
from flashpoint.link.model import Cluster, Links, Story, canonical_order, outlet_of, parse_day
from flashpoint.link.profiles import find_story
from flashpoint.records import FACTUALITIES, PLOVER_TYPES, STATUSES, Record
from flashpoint.serve.highlight import css_token
from flashpoint.serve.linkage import escalation_entries
from flashpoint.serve.svg import escalation_chart

if TYPE_CHECKING:
    from flashpoint.store import Store

TEMPLATE = "report.html.j2"
# looked up in this order: `templates/` once it is package data, `data/` until then
TEMPLATE_FOLDERS = ("templates", "data")
# colours per PLOVER type, the workbench's (serve/static/app.css); conflict reds, cooperation greens
TYPE_COLOURS = {
    "AGREE": "#2e7d32", "CONSULT": "#0277bd", "SUPPORT": "#388e3c", "CONCEDE": "#00897b",
    "COOPERATE": "#43a047", "AID": "#1b5e20", "RETREAT": "#00acc1", "REQUEST": "#7e57c2",
    "ACCUSE": "#f9a825", "REJECT": "#fb8c00", "THREATEN": "#e65100", "PROTEST": "#8d6e63",
    "SANCTION": "#ad1457", "MOBILIZE": "#6a1b9a", "COERCE": "#c62828", "ASSAULT": "#b71c1c",
    "other": "#757575",
}  # fmt: skip
FACTUALITY_COLOURS = {
    "asserted": "#1f4e8c", "claimed": "#f0b429", "hedged": "#9aa5b5", "denied": "#c62828",
}  # fmt: skip
NOT_HAPPENING = ("denied", "negated")  # clusters whose best account says it did not happen
MAX_BARS = 62  # bars one timeline shows legibly: longer spans are counted by week, then month
GAP_BARS = 3  # longer runs of empty periods are drawn as one break (multi-crisis corpora)
TOP_PAIRS = 8  # actor pairs in the summary
ESCALATION_PAIRS = 4  # pairs charted in the escalation section
RISE_CLUSTERS = 3  # the most hostile events listed under a sharp rise
STORY_COMPARISONS = 5  # stories compared outlet by outlet when the report covers all
MATRIX_CLUSTERS = 20  # clusters per story in the outlet matrix
MAX_EVENTS = 2000  # rows of the appendix; a report past that is a database dump, not a brief


# ---------------------------------------------------------------------------
# charts (inline SVG; every text from the reports escaped, colours from fixed class names)


def _text(value: Any) -> str:
    return str(escape("" if value is None else str(value)))


def _period_of(day: date, period: str) -> str:
    if period == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "month":
        return day.isoformat()[:7]
    return day.isoformat()


def _periods(first: date, last: date, period: str) -> list[str]:
    """Return every period label from `first` to `last`, in order."""
    labels: list[str] = []
    current = first
    while current <= last:
        label = _period_of(current, period)
        if not labels or labels[-1] != label:
            labels.append(label)
        current += timedelta(days=1 if period == "day" else 7 if period == "week" else 28)
    last_label = _period_of(last, period)
    if labels[-1] != last_label:
        labels.append(last_label)
    return labels


def timeline_period(days: Iterable[date]) -> str:
    """Return the period (day, week, month) that shows this span in at most MAX_BARS bars."""
    found = sorted(days)
    if not found:
        return "day"
    span = (found[-1] - found[0]).days + 1
    if span <= MAX_BARS:
        return "day"
    return "week" if span <= MAX_BARS * 7 else "month"


def timeline_slots(
    counts: Mapping[str, Mapping[str, int]], all_periods: Sequence[str]
) -> list[str | None]:
    """Return the periods to draw, each run of more than GAP_BARS empty ones as one None."""
    slots: list[str | None] = []
    empty: list[str] = []
    for label in all_periods:
        if label in counts:
            slots.extend(empty if len(empty) <= GAP_BARS else [None])
            empty = []
            slots.append(label)
        else:
            empty.append(label)
    return slots


def timeline_chart(
    counts: Mapping[str, Mapping[str, int]],
    slots: Sequence[str | None],
    *,
    width: int = 1000,
    height: int = 220,
) -> Markup:
    """Return stacked bars of events per period by PLOVER type; None slots are breaks."""
    pad_left, pad_bottom, pad_top, pad_right = 34, 24, 10, 8
    plot_w, plot_h = width - pad_left - pad_right, height - pad_bottom - pad_top
    top = max([1] + [sum(c.values()) for c in counts.values()])
    step = plot_w / max(1, len(slots))
    bar = max(2.0, min(40.0, step * 0.75))
    base = pad_top + plot_h
    every = max(1, math.ceil(len(slots) / 10))  # about ten labels along the axis
    out = [
        f'<svg class="chart timeline" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="events per period by type">',
        f'<line class="axis" x1="{pad_left}" y1="{base}" x2="{width - pad_right}" y2="{base}"/>',
        f'<text class="tick" x="{pad_left - 4}" y="{pad_top + 8}" text-anchor="end">{top}</text>',
        f'<text class="tick" x="{pad_left - 4}" y="{base}" text-anchor="end">0</text>',
    ]
    for i, label in enumerate(slots):
        x = pad_left + step * i + (step - bar) / 2
        if label is None:
            mid = x + bar / 2
            out.append(
                f'<line class="gap" x1="{mid:.1f}" y1="{pad_top}" x2="{mid:.1f}" y2="{base}"/>'
                f"<title>no events</title>"
            )
            continue
        y = float(base)
        by_type = counts.get(label, {})
        total = sum(by_type.values())
        tip = f"{label}: {total} events, " + ", ".join(
            f"{t} {n}" for t, n in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        out.append(f"<g><title>{_text(tip)}</title>")
        for type_ in (*PLOVER_TYPES, "other"):
            n = by_type.get(type_, 0)
            if not n:
                continue
            h = n / top * plot_h
            y -= h
            out.append(
                f'<rect class="t-{css_token(type_, PLOVER_TYPES)}" x="{x:.1f}" y="{y:.1f}" '
                f'width="{bar:.1f}" height="{h:.1f}"/>'
            )
        out.append("</g>")
        if i % every == 0 or i == len(slots) - 1:
            out.append(
                f'<text class="tick" x="{x + bar / 2:.1f}" y="{height - 8}" '
                f'text-anchor="middle">{_text(label)}</text>'
            )
    out.append("</svg>")
    return Markup("".join(out))


def share_bar(shares: Mapping[str, float], *, width: int = 260, height: int = 14) -> Markup:
    """Return one horizontal bar split by statement factuality."""
    out = [
        f'<svg class="share" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="factuality shares">'
    ]
    x = 0.0
    for name in FACTUALITIES:
        share = float(shares.get(name, 0.0))
        if share <= 0:
            continue
        w = share * width
        out.append(
            f'<rect class="f-{name}" x="{x:.1f}" y="0" width="{w:.1f}" height="{height}">'
            f"<title>{name} {share:.0%}</title></rect>"
        )
        x += w
    if x == 0:
        out.append(f'<rect class="f-none" x="0" y="0" width="{width}" height="{height}"/>')
    out.append("</svg>")
    return Markup("".join(out))


# ---------------------------------------------------------------------------
# the sections


def _restrict(links: Links, story: Story) -> Links:
    """Return the links of one story only (so every read-side function sees just it)."""
    clusters = tuple(c for c in links.clusters if c.story == story.id)
    in_story = set(story.documents)
    return dataclasses.replace(
        links,
        stories=(story,),
        story_of={d: s for d, s in links.story_of.items() if d in in_story},
        clusters=clusters,
        cluster_of={k: c for k, c in links.cluster_of.items() if k[0] in in_story},
        conflicts={k: v for k, v in links.conflicts.items() if k[0] in in_story},
        number_conflicts=tuple(c for c in links.number_conflicts if c.story == story.id),
        by_id={c.id: c for c in clusters},
    )


def _happening(cluster: Cluster) -> bool:
    return any(m.status not in NOT_HAPPENING for m in cluster.members)


def _summary(records: Sequence[Record], links: Links) -> dict[str, Any]:
    outlets = Counter(outlet_of(r.document) for r in records)
    days = sorted(d for r in records if (d := parse_day(r.document.published)))
    mentions = Counter(e.type for r in records for e in r.events)
    clusters = Counter(c.type for c in links.clusters)
    factuality = Counter(s.factuality for r in records for s in r.statements)
    units = Counter(q.unit for r in records for q in r.quantities)
    corroboration = Counter(c.corroboration for c in links.clusters)
    return {
        "documents": len(records),
        "undated": len(records) - len(days),
        "outlets": outlets.most_common(),
        "first": days[0].isoformat() if days else None,
        "last": days[-1].isoformat() if days else None,
        "stories": len(links.stories),
        "events": sum(mentions.values()),
        "clusters": len(links.clusters),
        "by_type": [
            {"type": t, "token": css_token(t, PLOVER_TYPES), "mentions": n, "clusters": clusters[t]}
            for t, n in sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "top_type": max(mentions.values(), default=1),
        "statements": sum(factuality.values()),
        "factuality": [(f, factuality[f]) for f in FACTUALITIES],
        "factuality_bar": share_bar(
            {f: factuality[f] / max(1, sum(factuality.values())) for f in FACTUALITIES}
        ),
        "quantities": sum(units.values()),
        "units": units.most_common(),
        "corroboration": [(k, corroboration[k]) for k in ("single", "corroborated", "disputed")],
        "pairs": [
            {"pair": p, "clusters": n, "score": s}
            for p, n, s in link.escalation_pairs(records, links=links)[:TOP_PAIRS]
        ],
    }


def _timeline(links: Links) -> dict[str, Any]:
    dated: list[tuple[date, str]] = []
    undated = denied = 0
    for cluster in links.clusters:
        if not _happening(cluster):
            denied += 1
            continue
        day = cluster_date(cluster)
        if day is None:
            undated += 1
        else:
            dated.append((day, cluster.type if cluster.type in PLOVER_TYPES else "other"))
    period = timeline_period(d for d, _ in dated)
    counts: dict[str, Counter[str]] = {}
    for day, type_ in dated:
        counts.setdefault(_period_of(day, period), Counter())[type_] += 1
    chart = None
    types: list[str] = []
    if dated:
        first, last = min(d for d, _ in dated), max(d for d, _ in dated)
        slots = timeline_slots(counts, _periods(first, last, period))
        chart = timeline_chart(counts, slots)
        present = {t for c in counts.values() for t in c}
        types = [t for t in (*PLOVER_TYPES, "other") if t in present]
    return {
        "period": period,
        "chart": chart,
        "types": [{"type": t, "token": css_token(t, PLOVER_TYPES)} for t in types],
        "dated": len(dated),
        "undated": undated,
        "denied": denied,
    }


def _rise(point: EscalationPoint, links: Links, weights: Weights) -> dict[str, Any]:
    """Return a flagged period with its most hostile clusters (what drove the rise)."""
    scored = []
    for cluster_id in point.clusters:
        cluster = links.cluster(cluster_id)
        if cluster is not None:
            scored.append((cluster_weight(cluster, weights)[1], cluster))
    hostile = sorted((sc for sc in scored if sc[0] < 0), key=lambda sc: sc[0])
    return {
        "period": point.period,
        "score": point.score,
        "clusters": [
            {
                "type": c.type,
                "token": css_token(c.type, PLOVER_TYPES),
                "score": score,
                "sources": c.sources,
                "corroboration": c.corroboration,
                "evidence": c.members[0].evidence,
            }
            for score, c in hostile[:RISE_CLUSTERS]
        ],
        "more": max(0, len(scored) - min(len(hostile), RISE_CLUSTERS)),
    }


def _escalation(records: Sequence[Record], links: Links, weights: Weights) -> list[dict[str, Any]]:
    out = []
    for entry in escalation_entries(list(records), links, None, top=ESCALATION_PAIRS):
        label = ":".join(entry["pair"])
        rises = []
        if entry["rises"]:
            # the rises are flagged on the day (or, for long series, week) series
            period = "day" if entry["period"] == "day" else "week"
            series = link.escalation(records, label, period=period, links=links)
            for point in series.points:
                if point.rise:
                    rises.append(_rise(point, links, weights))
        out.append(
            {
                "pair": label,
                "events": entry["events"],
                "period": entry["period"],
                "net": round(sum(p["net"] for p in entry["series"]), 3),
                "chart": escalation_chart(entry, width=900, height=190),
                "rises": rises,
            }
        )
    return out


SIDE_LABELS = {
    "denied": ("says it happened", "denies it"),
    "rejected": ("accuses", "rejects the accusation"),
    "reciprocal blame": ("one side's account", "the other side's account"),
}


def _disputes(records: Sequence[Record], links: Links) -> dict[str, Any]:
    found = link.disputes(records, links=links)
    titles = {r.document.id: r.document.title for r in records}
    published = {r.document.id: r.document.published for r in records}
    clusters = []
    for cluster in found.clusters:
        labels = SIDE_LABELS.get(cluster.reason, ("one side", "the other side"))
        sides = []
        for side in (0, 1):
            accounts = [a for a in cluster.accounts if a.side == side]
            if accounts:
                sides.append({"label": labels[side], "accounts": accounts})
        clusters.append(
            {
                "cluster": cluster.cluster,
                "type": cluster.type,
                "token": css_token(cluster.type, PLOVER_TYPES),
                "reason": cluster.reason,
                "sources": cluster.sources,
                "sides": sides,
            }
        )
    numbers = []
    for conflict in found.numbers:
        numbers.append(
            {
                "unit": conflict.unit,
                "of": conflict.of,
                "claims": [
                    {
                        "claimant": c.claimed_by,
                        "outlet": c.outlet,
                        "text": c.text,
                        "range": _range(c.low, c.high, c.approx),
                        "published": c.published or published.get(c.document),
                        "title": titles.get(c.document),
                    }
                    for c in conflict.claims
                ],
            }
        )
    return {"clusters": clusters, "numbers": numbers}


def _range(low: int | None, high: int | None, approx: bool) -> str:
    about = "~" if approx else ""
    if low is None and high is None:
        return "?"
    if high is None:
        return f"{about}{low:,}+"
    if low is None:
        return f"up to {about}{high:,}"
    return f"{about}{low:,}" if low == high else f"{about}{low:,}-{high:,}"


def _outlets(records: Sequence[Record], links: Links, story: Story | None) -> dict[str, Any]:
    profiles = []
    for profile in link.outlet_profiles(records, links=links):
        profiles.append(
            {
                "outlet": profile.outlet,
                "documents": profile.documents,
                "statements": profile.statements,
                "events": profile.events,
                "voices": profile.voices[:8],
                "more_voices": max(0, len(profile.voices) - 8),
                "entities": list(profile.voice_entities.items())[:6],
                "factuality": profile.factuality,
                "factuality_bar": share_bar(profile.factuality),
                "statuses": [(s, profile.statuses.get(s, 0.0)) for s in STATUSES],
                "loaded_terms": profile.loaded_terms[:10],
                "numbers": [
                    {
                        "text": n.text,
                        "unit": n.unit,
                        "of": n.of,
                        "range": _range(n.low, n.high, n.approx),
                        "claimed_by": n.claimed_by,
                        "conflicts": len(n.conflicts_with),
                    }
                    for n in profile.numbers
                ],
            }
        )
    chosen = [story] if story is not None else [s for s in link.stories(records, links=links)]
    comparisons = []
    for item in chosen:
        if len(item.outlets) < 2:
            continue
        found = link.compare(records, item.id, links=links)
        outlets = list(found.story.outlets)
        comparisons.append(
            {
                "story": found.story.id,
                "title": next((t for t in found.story.titles if t), None),
                "terms": found.story.terms,
                "outlets": outlets,
                "rows": [
                    {
                        "type": c.type,
                        "token": css_token(c.type, PLOVER_TYPES),
                        "pair": c.pair,
                        "corroboration": c.corroboration,
                        "dispute": c.dispute,
                        "score": c.score,
                        "cells": [o in c.outlets for o in outlets],
                        "evidence": c.evidence,
                    }
                    for c in found.clusters[:MATRIX_CLUSTERS]
                ],
                "more": max(0, len(found.clusters) - MATRIX_CLUSTERS),
                "only_in": [(o, len(ids)) for o, ids in sorted(found.only_in.items())],
            }
        )
        if len(comparisons) >= STORY_COMPARISONS:
            break
    return {"profiles": profiles, "comparisons": comparisons}


def _appendix(records: Sequence[Record], links: Links, limit: int) -> dict[str, Any]:
    rows = []
    for record in records:
        document = record.document
        for event in record.events:
            cluster_id = links.cluster_of.get((document.id, event.id))
            cluster = links.cluster(cluster_id) if cluster_id else None
            rows.append(
                {
                    "date": event.date.start or document.published,
                    "dated": event.date.start is not None,
                    "outlet": outlet_of(document),
                    "document": document.id,
                    "event": event.id,
                    "type": event.type,
                    "token": css_token(event.type, PLOVER_TYPES),
                    "mode": event.mode,
                    "source": event.source,
                    "target": event.target,
                    "status": event.status,
                    "corroboration": cluster.corroboration if cluster else event.corroboration,
                    "outlets": len(cluster.sources) if cluster else 0,
                    "place": event.location.name if event.location else None,
                    "evidence": event.evidence,
                }
            )
    rows.sort(key=lambda r: (r["date"] or "9999", r["document"], r["event"]))
    sources = [
        {
            "id": r.document.id,
            "title": r.document.title or r.document.file,
            "outlet": outlet_of(r.document),
            "published": r.document.published,
            "url": r.document.url,
            "events": len(r.events),
            "statements": len(r.statements),
            "duplicate": r.near_duplicate_of,
        }
        for r in records
    ]
    return {"events": rows[:limit], "more": max(0, len(rows) - limit), "sources": sources}


def report_context(
    records: Iterable[Record],
    *,
    story: str | None = None,
    title: str | None = None,
    counts: Mapping[str, int] | None = None,
    generated: datetime | None = None,
    settings: Settings | None = None,
    max_events: int = MAX_EVENTS,
) -> dict[str, Any]:
    """Return everything the report template shows (story: id, id prefix or document id)."""
    everything = canonical_order(list({r.document.id: r for r in records}.values()))
    links = link.link_records(everything, settings=settings)
    chosen: Story | None = None
    selected = everything
    if story is not None:
        chosen = find_story(links, story)
        links = _restrict(links, chosen)
        members = set(chosen.documents)
        selected = [r for r in everything if r.document.id in members]
    weights = load_weights(settings)
    own_counts = {
        "documents": len(selected),
        "statements": sum(len(r.statements) for r in selected),
        "events": sum(len(r.events) for r in selected),
        "quantities": sum(len(r.quantities) for r in selected),
    }
    story_title = None
    if chosen is not None:
        story_title = next((t for t in chosen.titles if t), None)
    default_title = f"Story {chosen.id}" if chosen is not None else "Crisis record"
    return {
        "title": title or (f"{default_title}: {story_title}" if story_title else default_title),
        "generated": (generated or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC"),
        "database": dict(counts) if counts is not None else None,
        "counts": own_counts,
        "story": chosen,
        "summary": _summary(selected, links),
        "timeline": _timeline(links),
        "escalation": _escalation(selected, links, weights),
        "disputes": _disputes(selected, links),
        "outlets": _outlets(selected, links, chosen),
        "appendix": _appendix(selected, links, max_events),
        "type_colours": TYPE_COLOURS,
        "factuality_colours": FACTUALITY_COLOURS,
    }


# ---------------------------------------------------------------------------
# rendering


def _percent(value: float) -> str:
    return f"{value:.0%}"


@lru_cache(maxsize=1)
def _environment() -> Environment:
    env = Environment(autoescape=True, undefined=StrictUndefined, trim_blocks=True)
    env.lstrip_blocks = True
    env.filters["percent"] = _percent
    return env


@lru_cache(maxsize=1)
def _template_source() -> str:
    package = resources.files("flashpoint")
    for folder in TEMPLATE_FOLDERS:
        candidate = package / folder / TEMPLATE
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    raise ConfigError(f"{TEMPLATE}: report template missing from the flashpoint package")


def render_report(context: Mapping[str, Any]) -> str:
    """Return the report page for a context of `report_context`."""
    return _environment().from_string(_template_source()).render(**context)


def write_report(
    records: Iterable[Record],
    out: IO[str],
    *,
    story: str | None = None,
    title: str | None = None,
    counts: Mapping[str, int] | None = None,
    generated: datetime | None = None,
    settings: Settings | None = None,
    max_events: int = MAX_EVENTS,
) -> None:
    """Write the self-contained HTML report of these records (of one story, if given)."""
    context = report_context(
        records,
        story=story,
        title=title,
        counts=counts,
        generated=generated,
        settings=settings,
        max_events=max_events,
    )
    out.write(render_report(context))


def build_report(
    store: Store,
    *,
    story: str | None = None,
    title: str | None = None,
    settings: Settings | None = None,
) -> str:
    """Return the report of a store's corrected records (of one story, if given)."""
    records = list(store.iter_records(corrected=True))
    buffer = StringIO()
    write_report(records, buffer, story=story, title=title, counts=store.count(), settings=settings)
    return buffer.getvalue()


__all__ = [
    "MAX_EVENTS",
    "build_report",
    "render_report",
    "report_context",
    "share_bar",
    "timeline_chart",
    "timeline_period",
    "timeline_slots",
    "write_report",
]
