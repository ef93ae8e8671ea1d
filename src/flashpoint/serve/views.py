"""What the pages and the JSON API show: plain, JSON-ready dicts built from the store.

Every page renders the same dict its `/api/...` twin returns, so the API is exactly what
the analyst sees. Analyst corrections are folded in here: each item carries its machine
version, the correction, and the effective value the views use.
"""

from __future__ import annotations

import copy
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flashpoint.records import (
    Event,
    Quantity,
    Record,
    Statement,
    document_to_dict,
    entity_of,
    event_from_dict,
    event_to_dict,
    quantity_from_dict,
    quantity_to_dict,
    record_to_dict,
    statement_from_dict,
    statement_to_dict,
)
from flashpoint.store import Filters, Row, Store

# PLOVER's split of the 16 types (PLOVER manual, "quad classes"): cooperation vs conflict.
COOPERATION = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT")
CONFLICT = ("ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
# Goldstein-like intensity per type, -10 (war) .. +10 (merger); rough values in the spirit of
# the CAMEO Goldstein scale, used only for the escalation chart when the link stage has none.
WEIGHTS = {
    "AGREE": 3.0, "CONSULT": 1.0, "SUPPORT": 3.0, "CONCEDE": 4.0, "COOPERATE": 4.0,
    "AID": 5.0, "RETREAT": 2.0, "REQUEST": -0.5, "ACCUSE": -2.0, "REJECT": -3.0,
    "THREATEN": -5.0, "PROTEST": -4.0, "SANCTION": -6.0, "MOBILIZE": -6.0, "COERCE": -7.0,
    "ASSAULT": -9.0,
}  # fmt: skip
# statuses that count as something that happened or is announced (escalation, network, map)
COUNTED_STATUSES = ("occurred", "claimed", "planned")
ACTIONS = ("confirm", "correct", "reject")
# fields an analyst may correct, per kind of item (dotted = nested)
EDITABLE = {
    "event": ("type", "mode", "source", "target", "status"),
    "statement": ("speaker.actor", "speaker.name", "factuality", "target"),
    "quantity": ("low", "high", "unit", "of", "claimed_by"),
}
INT_FIELDS = ("low", "high")
EVENT_SORTS = ("date", "type", "source", "target", "status", "corroboration", "outlet", "place")
MAX_ROWS = 2000  # cap on one table page; the table pages on with a cursor (or offset)


def item_kind(item: Event | Statement | Quantity) -> str:
    """Return "event", "statement" or "quantity"."""
    if isinstance(item, Event):
        return "event"
    if isinstance(item, Statement):
        return "statement"
    return "quantity"


def item_to_dict(item: Event | Statement | Quantity) -> dict[str, Any]:
    """Return the record-format dict of any item."""
    if isinstance(item, Event):
        return event_to_dict(item)
    if isinstance(item, Statement):
        return statement_to_dict(item)
    return quantity_to_dict(item)


def normalise_correction(raw: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """Return the correction as {action, changes, by, at}, whatever extra the store keeps."""
    if not raw:
        return None
    changes = raw.get("changes")
    return {
        "action": str(raw.get("action") or "correct"),
        "changes": dict(changes) if isinstance(changes, Mapping) else {},
        "by": raw.get("by"),
        "at": raw.get("at") or raw.get("created") or raw.get("time"),
    }


def apply_changes(data: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Return a deep copy of `data` with the (dotted) fields of `changes` set."""
    out = copy.deepcopy(dict(data))
    for key, value in changes.items():
        target = out
        *parents, leaf = str(key).split(".")
        for part in parents:
            nested = target.get(part)
            if not isinstance(nested, dict):
                nested = {}
                target[part] = nested
            target = nested
        target[leaf] = value
    return out


def item_view(row: Row) -> dict[str, Any]:
    """Return one item with its document, machine version, correction and effective value."""
    kind = item_kind(row.item)
    machine = item_to_dict(row.item)
    correction = normalise_correction(row.correction)
    action = correction["action"] if correction else None
    changes = correction["changes"] if correction and action == "correct" else {}
    value = apply_changes(machine, changes)
    return {
        "key": f"{row.document.id}:{row.item.id}",
        "kind": kind,
        "document": document_to_dict(row.document),
        "machine": machine,
        "value": value,
        "correction": correction,
        "reviewed": action,
        "rejected": action == "reject",
        "changed": sorted(changes),
    }


# ---------------------------------------------------------------------------
# small helpers


def event_date(view: Mapping[str, Any]) -> str | None:
    """Return the event's date, else the report's publication date."""
    date = view["value"].get("date") or {}
    found = date.get("start") or view["document"].get("published")
    return None if found is None else str(found)


def place_name(value: Mapping[str, Any]) -> str | None:
    location = value.get("location") or {}
    return location.get("name") or None


def outlet_label(document: Mapping[str, Any]) -> str:
    return str(document.get("outlet") or document.get("file") or document.get("id") or "?")


def counted(view: Mapping[str, Any]) -> bool:
    """Return whether an event view counts in aggregates (not rejected, not denied)."""
    return not view["rejected"] and view["value"].get("status") in COUNTED_STATUSES


def _contains(haystack: str | None, needle: str | None) -> bool:
    return not needle or (haystack is not None and needle.casefold() in haystack.casefold())


def _actor_matches(value: Mapping[str, Any], actor: str | None) -> bool:
    if not actor:
        return True
    wanted = actor.upper()
    codes = [value.get("source"), value.get("target")]
    return any(c and (c.upper() == wanted or entity_of(c.upper()) == wanted) for c in codes)


# ---------------------------------------------------------------------------
# events table


@dataclass(frozen=True, slots=True)
class EventQuery:
    """The filters and order of the events table (all optional)."""

    type: str | None = None
    actor: str | None = None
    status: str | None = None
    corroboration: str | None = None
    since: str | None = None
    until: str | None = None
    place: str | None = None
    outlet: str | None = None
    story: str | None = None
    document: str | None = None
    cluster: str | None = None
    sort: str = "date"
    desc: bool = False
    limit: int = 500
    offset: int = 0
    after: str | None = None  # keyset page: the `next` cursor of the page before

    def as_params(self) -> dict[str, str]:
        """Return the non-empty filters as query parameters (for links and downloads)."""
        out: dict[str, str] = {}
        for name in self.__slots__:
            value = getattr(self, name)
            if name == "desc":
                if value:
                    out[name] = "1"
            elif value not in (None, "", 0) and not (name == "sort" and value == "date"):
                out[name] = str(value)
        if self.limit == 500:
            out.pop("limit", None)
        return out


def _event_sort_key(sort: str) -> Any:
    def key(view: Mapping[str, Any]) -> tuple[int, str]:
        value = view["value"]
        if sort == "date":  # the store's order: start, else end, else publication date
            date = value.get("date") or {}
            found = date.get("start") or date.get("end") or view["document"].get("published")
            raw = None if found is None else str(found)
        elif sort == "outlet":
            raw = outlet_label(view["document"])
        elif sort == "place":
            raw = place_name(value)
        else:
            raw = value.get(sort)
        return (raw is None, str(raw or "").casefold())

    return key


def event_views(store: Store, query: EventQuery) -> list[dict[str, Any]]:
    """Return the events table: filtered on the effective (corrected) values, sorted."""
    return event_table(store, query)[0]


def event_table(store: Store, query: EventQuery) -> tuple[list[dict[str, Any]], str | None]:
    """Return one page of the events table and the cursor of the next page (None: last).

    Filters on fields a correction can change (type, actor, status) and on link values
    are applied here, to the effective values; the others go to the store. In the store's
    order (by date, ascending) a page starts after the cursor `query.after`, read by an
    index seek; when nothing is left to filter here the page's limit is read by the store
    too, so a big table is never loaded whole. Other orders page with `offset` only.
    """
    sort = query.sort if query.sort in EVENT_SORTS else "date"
    limit = max(1, min(query.limit, MAX_ROWS))
    offset = max(0, query.offset)
    here = (query.type, query.status, query.corroboration, query.cluster, query.actor, query.place)
    in_store_order = sort == "date" and not query.desc
    paged = in_store_order and not any(here)
    rows = store.query_events(
        Filters(
            outlet=query.outlet or None,
            story=query.story or None,
            document=query.document or None,
            since=query.since or None,
            until=query.until or None,
            limit=limit if paged else None,
            offset=offset if paged else 0,
            after=(query.after or None) if in_store_order else None,
        )
    )
    kept: list[tuple[dict[str, Any], str | None]] = []
    for row in rows:
        view = item_view(row)
        value = view["value"]
        if query.type and (value.get("type") or "").upper() != query.type.upper():
            continue
        if query.status and value.get("status") != query.status:
            continue
        if query.corroboration and (value.get("corroboration") or "single") != query.corroboration:
            continue
        if query.cluster and value.get("cluster") != query.cluster:
            continue
        if not _actor_matches(value, query.actor) or not _contains(place_name(value), query.place):
            continue
        kept.append((view, row.cursor))
    if not in_store_order:
        views = [view for view, _ in kept]
        views.sort(key=_event_sort_key(sort), reverse=query.desc)
        return views[offset : offset + limit], None
    if paged:
        page = kept[:limit]
        more = len(rows) == limit
    else:
        page = kept[offset : offset + limit]
        more = len(kept) > offset + limit
    return [view for view, _ in page], (page[-1][1] if more and page else None)


def next_cursor(rows: Sequence[Row], limit: int | None) -> str | None:
    """Return the cursor of the page after `rows` (None when it was the last page)."""
    if limit is None or len(rows) < limit or not rows:
        return None
    return rows[-1].cursor


def event_flat(view: Mapping[str, Any]) -> dict[str, Any]:
    """Return one events-table row as flat columns (CSV and the table agree on these)."""
    value = view["value"]
    date = value.get("date") or {}
    location = value.get("location") or {}
    document = view["document"]
    return {
        "key": view["key"],
        "document": document.get("id"),
        "file": document.get("file"),
        "outlet": document.get("outlet"),
        "published": document.get("published"),
        "event": value.get("id"),
        "type": value.get("type"),
        "mode": value.get("mode"),
        "source": value.get("source"),
        "target": value.get("target"),
        "status": value.get("status"),
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "place": location.get("name"),
        "country": location.get("country"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "corroboration": value.get("corroboration"),
        "cluster": value.get("cluster"),
        "reviewed": view["reviewed"],
        "evidence": value.get("evidence"),
    }


EVENT_COLUMNS = tuple(event_flat({"value": {}, "document": {}, "key": "", "reviewed": None}))


def item_views(rows: Iterable[Row]) -> list[dict[str, Any]]:
    return [item_view(row) for row in rows]


# ---------------------------------------------------------------------------
# documents and reports


def document_summaries(documents: Iterable[Any]) -> list[dict[str, Any]]:
    return [document_to_dict(d) for d in documents]


def report_view(store: Store, record: Record) -> dict[str, Any]:
    """Return one report: its metadata, text and every item with its review state."""
    document = record.document
    rows: list[Row] = []
    only = Filters(document=document.id)
    rows += store.query_statements(only)
    rows += store.query_events(only)
    rows += store.query_quantities(only)
    by_key = {(row.item.id, item_kind(row.item)): row for row in rows}
    items = []
    every: list[Event | Statement | Quantity] = [
        *record.statements,
        *record.events,
        *record.quantities,
    ]
    for item in every:
        row = by_key.get((item.id, item_kind(item))) or Row(document=document, item=item)
        items.append(item_view(Row(document=document, item=item, correction=row.correction)))
    return {
        "document": document_to_dict(document, with_text=True),
        "story": record.story,
        "near_duplicate_of": record.near_duplicate_of,
        "items": items,
    }


def corrected_record(store: Store, record: Record) -> Record:
    """Return the record with analyst corrections applied and rejected items dropped."""
    view = report_view(store, record)
    kept: dict[str, list[Any]] = {"statement": [], "event": [], "quantity": []}
    for item in view["items"]:
        if not item["rejected"]:
            kept[item["kind"]].append(item["value"])
    return Record(
        document=record.document,
        statements=tuple(statement_from_dict(d) for d in kept["statement"]),
        events=tuple(event_from_dict(d) for d in kept["event"]),
        quantities=tuple(quantity_from_dict(d) for d in kept["quantity"]),
        story=record.story,
        near_duplicate_of=record.near_duplicate_of,
    )


def gold_dict(store: Store, record: Record) -> dict[str, Any]:
    """Return the reviewed record as a gold file for `flashpoint eval`."""
    corrected = store.get_record(record.document.id, corrected=True)
    out = record_to_dict(corrected if corrected is not None else corrected_record(store, record))
    out["review"] = {"extractor": "machine+analyst"}
    return out


# ---------------------------------------------------------------------------
# clusters, stories, disputes


def cluster_view(
    store: Store, cluster: str, *, keys: Sequence[tuple[str, str]] = ()
) -> dict[str, Any]:
    """Return every report of one event cluster, side by side.

    The members are the events stored with this cluster id, else the `keys` (document,
    event) of a cluster the link stage computed but has not saved yet.
    """
    members = event_views(store, EventQuery(cluster=cluster, limit=MAX_ROWS))
    if not members and keys:
        wanted = set(keys)
        for document in sorted({d for d, _ in keys}):
            for view in event_views(store, EventQuery(document=document, limit=MAX_ROWS)):
                if (view["document"]["id"], view["value"].get("id")) in wanted:
                    members.append(view)
    verdicts = Counter(m["value"].get("corroboration") or "single" for m in members)
    return {
        "cluster": cluster,
        "events": members,
        "outlets": sorted({outlet_label(m["document"]) for m in members}),
        "corroboration": verdicts.most_common(1)[0][0] if verdicts else None,
    }


def story_ids(records: Iterable[Record]) -> dict[str, list[Record]]:
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        if record.story:
            groups[record.story].append(record)
    return groups


def stories_view(store: Store) -> list[dict[str, Any]]:
    """Return the stories: the documents and outlets of each."""
    out = []
    for story, records in sorted(story_ids(store.iter_records()).items()):
        out.append(
            {
                "story": story,
                "documents": [document_to_dict(r.document) for r in records],
                "outlets": sorted({outlet_label(document_to_dict(r.document)) for r in records}),
                "events": sum(len(r.events) for r in records),
                "title": next((r.document.title for r in records if r.document.title), None),
            }
        )
    return out


def count_terms(text: str, terms: Sequence[str]) -> dict[str, int]:
    """Return how often each loaded term occurs in the text (whole words, any case)."""
    found: dict[str, int] = {}
    for term in terms:
        pattern = r"(?<!\w)" + re.escape(term) + r"(?!\w)"
        hits = len(re.findall(pattern, text, flags=re.IGNORECASE))
        if hits:
            found[term] = hits
    return dict(sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))


def _speaker_label(value: Mapping[str, Any]) -> str:
    speaker = value.get("speaker") or {}
    name, actor = speaker.get("name"), speaker.get("actor")
    if name and actor:
        return f"{name} ({actor})"
    return str(name or actor or "unattributed")


def story_compare(store: Store, story: str, terms: Sequence[str]) -> dict[str, Any]:
    """Return the outlets of one story side by side: voices, factuality, terms, numbers."""
    records = [r for r in store.iter_records(story=story) if r.story in (None, story)]
    only = Filters(story=story)
    statements = [v for v in item_views(store.query_statements(only)) if not v["rejected"]]
    quantities = [v for v in item_views(store.query_quantities(only)) if not v["rejected"]]
    events = [v for v in item_views(store.query_events(only)) if not v["rejected"]]
    outlets: dict[str, dict[str, Any]] = {}

    def slot(document: Mapping[str, Any]) -> dict[str, Any]:
        label = outlet_label(document)
        if label not in outlets:
            outlets[label] = {
                "outlet": label,
                "documents": [],
                "voices": Counter(),
                "factuality": Counter(),
                "loaded_terms": Counter(),
                "numbers": [],
                "event_types": Counter(),
            }
        return outlets[label]

    for record in records:
        entry = slot(document_to_dict(record.document))
        entry["documents"].append(document_to_dict(record.document))
        entry["loaded_terms"].update(count_terms(record.document.text, terms))
    for view in statements:
        entry = slot(view["document"])
        entry["voices"][_speaker_label(view["value"])] += 1
        entry["factuality"][view["value"].get("factuality") or "asserted"] += 1
    for view in quantities:
        value = view["value"]
        slot(view["document"])["numbers"].append(
            {
                "key": view["key"],
                "text": value.get("text"),
                "low": value.get("low"),
                "high": value.get("high"),
                "unit": value.get("unit"),
                "of": value.get("of"),
                "claimed_by": value.get("claimed_by"),
                "conflicts_with": value.get("conflicts_with") or [],
            }
        )
    for view in events:
        slot(view["document"])["event_types"][view["value"].get("type")] += 1
    columns = []
    for entry in sorted(outlets.values(), key=lambda e: e["outlet"].casefold()):
        total = sum(entry["factuality"].values())
        columns.append(
            {
                "outlet": entry["outlet"],
                "documents": entry["documents"],
                "voices": [{"speaker": k, "count": n} for k, n in entry["voices"].most_common()],
                "statements": total,
                "factuality": {
                    f: round(entry["factuality"][f] / total, 3) if total else 0.0
                    for f in ("asserted", "claimed", "denied", "hedged")
                },
                "loaded_terms": [
                    {"term": k, "count": n} for k, n in entry["loaded_terms"].most_common()
                ],
                "numbers": entry["numbers"],
                "event_types": dict(entry["event_types"].most_common()),
            }
        )
    return {"story": story, "outlets": columns}


def disputes_view(store: Store, *, limit: int = 50) -> list[dict[str, Any]]:
    """Return disputed events and conflicting numbers, newest first."""
    out: list[dict[str, Any]] = []
    seen_clusters: set[str] = set()
    for view in item_views(store.query_events(Filters())):
        value = view["value"]
        if view["rejected"] or value.get("corroboration") != "disputed":
            continue
        cluster = value.get("cluster")
        if cluster in seen_clusters:
            continue
        if cluster:
            seen_clusters.add(cluster)
        out.append(
            {
                "kind": "event",
                "key": view["key"],
                "cluster": cluster,
                "date": event_date(view),
                "summary": f"{value.get('type')} {value.get('source') or '?'} -> "
                f"{value.get('target') or '?'} ({value.get('status')})",
                "outlets": value.get("sources") or [outlet_label(view["document"])],
            }
        )
    for view in item_views(store.query_quantities(Filters())):
        value = view["value"]
        if view["rejected"] or not value.get("conflicts_with"):
            continue
        out.append(
            {
                "kind": "quantity",
                "key": view["key"],
                "cluster": None,
                "date": view["document"].get("published"),
                "summary": f"{value.get('text')} ({value.get('unit')}, "
                f"claimed by {value.get('claimed_by')})",
                "outlets": [outlet_label(view["document"])],
                "conflicts_with": value.get("conflicts_with"),
            }
        )
    out.sort(key=lambda d: str(d["date"] or ""), reverse=True)
    return out[:limit]


# ---------------------------------------------------------------------------
# escalation, network, map


def pair_of(value: Mapping[str, Any]) -> tuple[str, str] | None:
    """Return the unordered entity pair of an event, or None without both actors."""
    source, target = entity_of(value.get("source")), entity_of(value.get("target"))
    if not source or not target or source == target:
        return None
    first, second = sorted((source, target))
    return (first, second)


def escalation_view(
    store: Store, pair: tuple[str, str] | None = None, *, top: int = 4
) -> list[dict[str, Any]]:
    """Return the escalation series per actor pair: cooperation, conflict and net, per day."""
    series: dict[tuple[str, str], dict[str, dict[str, float]]] = defaultdict(dict)
    totals: Counter[tuple[str, str]] = Counter()
    for view in item_views(store.query_events(Filters())):
        value = view["value"]
        found = pair_of(value)
        date = event_date(view)
        if found is None or date is None or not counted(view):
            continue
        if pair is not None and found != tuple(sorted(pair)):
            continue
        weight = WEIGHTS.get(str(value.get("type")), 0.0)
        day = series[found].setdefault(
            date[:10], {"cooperation": 0.0, "conflict": 0.0, "events": 0.0}
        )
        day["cooperation" if weight > 0 else "conflict"] += abs(weight)
        day["events"] += 1
        totals[found] += 1
    chosen = [p for p, _ in totals.most_common(top)] if pair is None else list(series)
    out = []
    for key in chosen:
        points = [
            {
                "date": date,
                "cooperation": day["cooperation"],
                "conflict": day["conflict"],
                "net": day["cooperation"] - day["conflict"],
                "events": int(day["events"]),
            }
            for date, day in sorted(series[key].items())
        ]
        out.append({"pair": list(key), "events": totals[key], "series": points})
    return out


def network_view(store: Store, *, level: str = "entity") -> dict[str, Any]:
    """Return who acts on whom: nodes and directed edges weighted by event counts."""
    edges: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    degree: Counter[str] = Counter()
    for view in item_views(store.query_events(Filters())):
        value = view["value"]
        if not counted(view):
            continue
        source, target = value.get("source"), value.get("target")
        if level == "entity":
            source, target = entity_of(source), entity_of(target)
        if not source or not target or source == target:
            continue
        kind = (
            "cooperation"
            if value.get("type") in COOPERATION
            else "conflict"
            if value.get("type") in CONFLICT
            else "other"
        )
        edges[(source, target)][kind] += 1
        degree[source] += 1
        degree[target] += 1
    edge_list = []
    for (source, target), kinds in sorted(edges.items()):
        weight = sum(kinds.values())
        dominant = "conflict" if kinds["conflict"] >= kinds["cooperation"] else "cooperation"
        if kinds["conflict"] == kinds["cooperation"] == 0:
            dominant = "other"
        edge_list.append(
            {
                "source": source,
                "target": target,
                "weight": weight,
                "cooperation": kinds["cooperation"],
                "conflict": kinds["conflict"],
                "other": kinds["other"],
                "kind": dominant,
            }
        )
    nodes = [{"id": n, "events": d} for n, d in sorted(degree.items(), key=lambda kv: -kv[1])]
    return {"level": level, "nodes": nodes, "edges": edge_list}


def map_view(
    store: Store, *, since: str | None = None, until: str | None = None, type: str | None = None
) -> list[dict[str, Any]]:
    """Return the events that have coordinates, as map points."""
    points = []
    query = EventQuery(since=since, until=until, type=type, limit=MAX_ROWS)
    for view in event_views(store, query):
        value = view["value"]
        location = value.get("location") or {}
        lat, lon = location.get("lat"), location.get("lon")
        if view["rejected"] or not isinstance(lat, int | float) or not isinstance(lon, int | float):
            continue
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        points.append(
            {
                "key": view["key"],
                "lat": float(lat),
                "lon": float(lon),
                "type": value.get("type"),
                "status": value.get("status"),
                "place": location.get("name"),
                "date": event_date(view),
                "outlet": outlet_label(view["document"]),
                "source": value.get("source"),
                "target": value.get("target"),
                "evidence": value.get("evidence"),
            }
        )
    return points


def overview_view(
    store: Store,
    *,
    escalation: list[dict[str, Any]] | None = None,
    disputes: list[dict[str, Any]] | None = None,
    newest: int = 10,
) -> dict[str, Any]:
    """Return the overview: counts, escalation per pair, latest disputes, newest reports."""
    documents = store.list_documents(Filters())
    documents = sorted(documents, key=lambda d: (d.published or "", d.id), reverse=True)
    return {
        "counts": store.count(),
        "escalation": escalation if escalation is not None else escalation_view(store),
        "disputes": disputes if disputes is not None else disputes_view(store, limit=10),
        "newest": document_summaries(documents[:newest]),
    }
