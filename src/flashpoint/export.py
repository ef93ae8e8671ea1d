"""Exports: JSONL (the record format), CSV (one row per event, ACLED-like columns), Parquet,
GeoJSON (events with coordinates), GraphML (actor network) and POLECAT-style TSV.

Every writer takes records (corrected where the analyst reviewed them) and a binary or text
stream; none of them interprets report text, and CSV cells that a spreadsheet would run as a
formula are neutralised.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import IO, Any

from flashpoint.records import Event, Record, entity_of, record_to_dict

FORMATS = ("jsonl", "csv", "parquet", "geojson", "graphml", "polecat")

# ACLED names where one fits; the rest are ours (ACLED has no claimant or factuality)
CSV_COLUMNS = [
    "event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor1_entity",
    "actor2", "actor2_entity", "location", "iso3", "latitude", "longitude", "source",
    "source_scale", "notes", "status", "reported_by", "claimant", "cluster", "corroboration",
    "sources", "quantities", "document_id", "file", "published", "url", "evidence_start",
    "evidence_end",
]  # fmt: skip

POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Actor Name", "Actor Country",
    "Actor Sector", "Recipient Name", "Recipient Country", "Recipient Sector", "Placename",
    "Country", "Latitude", "Longitude", "Story ID", "Source", "Publication Date", "Context",
    "Status", "Quantities",
]  # fmt: skip

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # spreadsheet formula injection (OWASP)


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _claimant(record: Record, event: Event) -> str:
    if event.reported_by == "outlet":
        return "outlet"
    for statement in record.statements:
        if statement.id == event.reported_by:
            return statement.speaker.actor or "UNK"
    return "outlet"


def _sector(actor: str | None) -> str | None:
    return None if actor is None or "-" not in actor else actor.split("-", 1)[1]


def event_rows(records: Iterable[Record]) -> Iterator[dict[str, Any]]:
    """Yield one flat row per event, with its document's metadata."""
    for record in records:
        document = record.document
        quantities = {q.id: q for q in record.quantities}
        for event in record.events:
            counts = [
                f"{q.text} [{q.low}-{q.high}]"
                for i in event.quantity_ids
                if (q := quantities.get(i))
            ]
            location = event.location
            yield {
                "event_id_cnty": f"{document.id}:{event.id}",
                "event_date": event.date.start or document.published,
                "event_type": event.type,
                "sub_event_type": event.mode,
                "actor1": event.source,
                "actor1_entity": entity_of(event.source),
                "actor2": event.target,
                "actor2_entity": entity_of(event.target),
                "location": location.name if location else None,
                "iso3": location.country if location else None,
                "latitude": location.lat if location else None,
                "longitude": location.lon if location else None,
                "source": document.outlet,
                "source_scale": None,
                "notes": event.evidence,
                "status": event.status,
                "reported_by": event.reported_by,
                "claimant": _claimant(record, event),
                "cluster": event.cluster,
                "corroboration": event.corroboration,
                "sources": "; ".join(event.sources),
                "quantities": "; ".join(counts),
                "document_id": document.id,
                "file": document.file,
                "published": document.published,
                "url": document.url,
                "evidence_start": event.evidence_span[0],
                "evidence_end": event.evidence_span[1],
            }


def write_jsonl(records: Iterable[Record], out: IO[str], *, with_text: bool = False) -> int:
    """Write one record-format line per document; return the count."""
    count = 0
    for record in records:
        out.write(json.dumps(record_to_dict(record, with_text=with_text), ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


def write_csv(records: Iterable[Record], out: IO[str]) -> int:
    """Write one row per event (ACLED-like columns); return the row count."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in event_rows(records):
        writer.writerow({k: _cell(v) for k, v in row.items()})
        count += 1
    return count


def write_polecat(records: Iterable[Record], out: IO[str]) -> int:
    """Write POLECAT-style tab-separated rows, one per event; return the row count."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(POLECAT_COLUMNS)
    count = 0
    for record in records:
        document = record.document
        quantities = {q.id: q for q in record.quantities}
        for event in record.events:
            location = event.location
            counts = [quantities[i].text for i in event.quantity_ids if i in quantities]
            writer.writerow(
                [
                    _cell(v)
                    for v in (
                        f"{document.id}:{event.id}",
                        event.date.start or document.published or "",
                        event.type,
                        event.mode or "",
                        event.source or "",
                        entity_of(event.source) or "",
                        _sector(event.source) or "",
                        event.target or "",
                        entity_of(event.target) or "",
                        _sector(event.target) or "",
                        location.name if location else "",
                        (location.country or "") if location else "",
                        "" if not location or location.lat is None else location.lat,
                        "" if not location or location.lon is None else location.lon,
                        record.story or "",
                        document.outlet or "",
                        document.published or "",
                        " ".join(event.evidence.split()),
                        event.status,
                        "; ".join(counts),
                    )
                ]
            )
            count += 1
    return count


def geojson(records: Iterable[Record]) -> dict[str, Any]:
    """Return a GeoJSON FeatureCollection of the events that have coordinates."""
    features = []
    for row in event_rows(records):
        if row["latitude"] is None or row["longitude"] is None:
            continue
        properties = {k: v for k, v in row.items() if k not in ("latitude", "longitude")}
        features.append(
            {
                "type": "Feature",
                "id": row["event_id_cnty"],
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(row["longitude"]), float(row["latitude"])],
                },
                "properties": properties,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def write_geojson(records: Iterable[Record], out: IO[str]) -> int:
    data = geojson(records)
    json.dump(data, out, ensure_ascii=False)
    return len(data["features"])


# PLOVER types read as cooperation (positive) or conflict (negative) for network colouring
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})


def actor_network(records: Iterable[Record]) -> Any:
    """Return a networkx DiGraph: actors as nodes, events source -> target as weighted edges."""
    import networkx as nx

    graph = nx.DiGraph()
    weights: Counter[tuple[str, str]] = Counter()
    kinds: dict[tuple[str, str], Counter[str]] = {}
    for record in records:
        for event in record.events:
            if not event.source or not event.target:
                continue
            key = (event.source, event.target)
            weights[key] += 1
            kinds.setdefault(key, Counter())[
                "cooperation" if event.type in COOPERATIVE else "conflict"
            ] += 1
    for (source, target), weight in weights.items():
        for node in (source, target):
            if node not in graph:
                graph.add_node(node, entity=entity_of(node) or "", sector=_sector(node) or "")
        split = kinds[(source, target)]
        graph.add_edge(
            source,
            target,
            weight=weight,
            cooperation=split["cooperation"],
            conflict=split["conflict"],
            tone="cooperation" if split["cooperation"] >= split["conflict"] else "conflict",
        )
    return graph


def write_graphml(records: Iterable[Record], out: IO[bytes]) -> int:
    import networkx as nx

    graph = actor_network(records)
    nx.write_graphml(graph, out)
    return int(graph.number_of_edges())


def write_parquet(records: Iterable[Record], out: IO[bytes]) -> int:
    """Write one row per event as Parquet (the CSV columns, typed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(event_rows(records))
    schema = pa.schema(
        [
            (
                name,
                pa.float64()
                if name in ("latitude", "longitude")
                else pa.int64()
                if name in ("evidence_start", "evidence_end")
                else pa.string(),
            )
            for name in CSV_COLUMNS
        ]
    )
    columns = {name: [row[name] for row in rows] for name in CSV_COLUMNS}
    for name in CSV_COLUMNS:
        if schema.field(name).type == pa.string():
            columns[name] = [None if v is None else str(v) for v in columns[name]]
    table = pa.table(columns, schema=schema)
    pq.write_table(table, out)
    return len(rows)


def export(records: Iterable[Record], fmt: str, out: IO[bytes]) -> int:
    """Write `records` in format `fmt` to a binary stream; return the item count."""
    if fmt in ("parquet", "graphml"):
        writer = write_parquet if fmt == "parquet" else write_graphml
        return writer(records, out)
    text = io.TextIOWrapper(out, encoding="utf-8", newline="" if fmt == "csv" else None)
    try:
        if fmt == "jsonl":
            return write_jsonl(records, text)
        if fmt == "csv":
            return write_csv(records, text)
        if fmt == "geojson":
            return write_geojson(records, text)
        if fmt == "polecat":
            return write_polecat(records, text)
        raise ValueError(f"unknown export format {fmt!r}")
    finally:
        text.flush()
        text.detach()


__all__ = ["FORMATS", "actor_network", "event_rows", "export", "geojson"]
