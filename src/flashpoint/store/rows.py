"""Records to table rows and back, filters to SQL conditions, corrections to a corrected view.

Every value reaches the database as a bound parameter: conditions are built from
SQLAlchemy column expressions only, never from formatted strings.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import sqlalchemy as sa

from flashpoint.errors import StoreError
from flashpoint.records import (
    Document,
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
    statement_from_dict,
    statement_to_dict,
)
from flashpoint.store import Filters
from flashpoint.store.schema import UNDATED, documents, events, quantities, statements

# the document columns a listing reads: everything but the text and the signature
LISTING_COLUMNS = [
    documents.c.id,
    documents.c.file,
    documents.c.title,
    documents.c.outlet,
    documents.c.author,
    documents.c.published,
    documents.c.published_source,
    documents.c.url,
    documents.c.language,
    documents.c.source,
    documents.c.story,
    documents.c.near_duplicate_of,
]
_LINK_KEYS = ("cluster", "sources", "corroboration", "conflicts_with")
ACTIONS = ("confirm", "correct", "reject")


# ---------------------------------------------------------------------------
# records -> rows


def document_row(record: Record, **extra: Any) -> dict[str, Any]:
    return {
        **document_to_dict(record.document, with_text=True),
        "source": record.document.source,
        "story": record.story,
        "near_duplicate_of": record.near_duplicate_of,
        **extra,
    }


def statement_row(document_id: str, position: int, statement: Statement) -> dict[str, Any]:
    return {
        "document_id": document_id,
        "id": statement.id,
        "position": position,
        "speaker_name": statement.speaker.name,
        "speaker_actor": statement.speaker.actor,
        "speaker_entity": entity_of(statement.speaker.actor),
        "kind": statement.kind,
        "factuality": statement.factuality,
        "target": statement.target,
        "target_entity": entity_of(statement.target),
        "parent": statement.parent,
        "data": statement_to_dict(statement),
    }


def event_row(
    document_id: str, position: int, event: Event, published: str | None
) -> dict[str, Any]:
    data = {k: v for k, v in event_to_dict(event).items() if k not in _LINK_KEYS}
    if event.trigger is None and event.trigger_span is not None:  # keep what to_dict drops
        data["trigger_span"] = list(event.trigger_span)
    location = event.location
    start, end = event.date.start, event.date.end
    return {
        "document_id": document_id,
        "id": event.id,
        "position": position,
        "type": event.type,
        "mode": event.mode,
        "status": event.status,
        "source": event.source,
        "source_entity": entity_of(event.source),
        "target": event.target,
        "target_entity": entity_of(event.target),
        "date_start": start,
        "date_end": end,
        "day": start or end or published or UNDATED,
        "location_name": None if location is None else location.name,
        "location_country": None if location is None else location.country,
        "location_lat": None if location is None else location.lat,
        "location_lon": None if location is None else location.lon,
        "reported_by": event.reported_by,
        "cluster": event.cluster,
        "sources": list(event.sources),
        "corroboration": event.corroboration,
        "data": data,
    }


def quantity_row(document_id: str, position: int, quantity: Quantity) -> dict[str, Any]:
    data = {k: v for k, v in quantity_to_dict(quantity).items() if k not in _LINK_KEYS}
    return {
        "document_id": document_id,
        "id": quantity.id,
        "position": position,
        "unit": quantity.unit,
        "low": quantity.low,
        "high": quantity.high,
        "of": quantity.of,
        "of_entity": entity_of(quantity.of),
        "claimed_by": quantity.claimed_by,
        "claimed_by_entity": entity_of(quantity.claimed_by),
        "conflicts_with": list(quantity.conflicts_with),
        "data": data,
    }


def item_rows(
    record: Record,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Return the statement, event and quantity rows of one record."""
    document = record.document
    return (
        [statement_row(document.id, i, s) for i, s in enumerate(record.statements)],
        [event_row(document.id, i, e, document.published) for i, e in enumerate(record.events)],
        [quantity_row(document.id, i, q) for i, q in enumerate(record.quantities)],
    )


# ---------------------------------------------------------------------------
# rows -> records


def document_from_row(row: Mapping[Any, Any], *, text: str = "") -> Document:
    return Document(
        id=row["id"],
        file=row["file"],
        text=text,
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        published=row["published"],
        published_source=row["published_source"],
        url=row["url"],
        language=row["language"],
        source=row["source"],
    )


def statement_from_row(row: Mapping[Any, Any]) -> Statement:
    return statement_from_dict(row["data"])


def event_from_row(row: Mapping[Any, Any]) -> Event:
    return replace(
        event_from_dict(row["data"]),
        cluster=row["cluster"],
        sources=tuple(row["sources"] or ()),
        corroboration=row["corroboration"],
    )


def quantity_from_row(row: Mapping[Any, Any]) -> Quantity:
    return replace(
        quantity_from_dict(row["data"]), conflicts_with=tuple(row["conflicts_with"] or ())
    )


# ---------------------------------------------------------------------------
# filters -> conditions
#
# Each table's filters come back as `Where`: conditions that must all hold, and
# alternatives of which one must (the actor, matched against several columns). Kept
# apart, a paged query can read each alternative through its own index (see sql.py).


@dataclass(frozen=True, slots=True)
class Where:
    all_of: list[Any]
    any_of: list[Any]

    def conditions(self) -> list[Any]:
        return [*self.all_of, sa.or_(*self.any_of)] if self.any_of else list(self.all_of)


def _actor(actor: str, codes: Sequence[sa.Column[Any]], entities: Sequence[sa.Column[Any]]) -> Any:
    """Match a full code (`POL-GOV`) exactly, or an entity (`POL`) against every sector."""
    actor = actor.strip().upper()
    columns = codes if "-" in actor else entities
    return [column == actor for column in columns]


def _document_conditions(filters: Filters, *, dated: bool = True) -> list[Any]:
    conditions: list[Any] = []
    if filters.outlet:
        conditions.append(
            sa.func.lower(documents.c.outlet).contains(filters.outlet.lower(), autoescape=True)
        )
    if filters.story:
        conditions.append(documents.c.story == filters.story)
    if filters.document:
        conditions.append(documents.c.id == filters.document)
    if dated and filters.since:
        conditions.append(documents.c.published >= filters.since)
    if dated and filters.until:
        conditions.append(documents.c.published <= filters.until)
    return conditions


def event_where(filters: Filters) -> Where:
    c = events.c
    conditions = _document_conditions(filters, dated=False)
    alternatives: list[Any] = []
    if filters.actor:
        alternatives = _actor(
            filters.actor, [c.source, c.target], [c.source_entity, c.target_entity]
        )
    if filters.type:
        conditions.append(c.type == filters.type.strip().upper())
    if filters.status:
        conditions.append(c.status == filters.status.strip().lower())
    # the event's date (its start), else the report's; undated events match no window
    if filters.since:
        conditions.append(c.day >= filters.since)
        if not filters.until:
            conditions.append(c.day < UNDATED)
    if filters.until:
        conditions.append(c.day <= filters.until)
    return Where(conditions, alternatives)


def statement_where(filters: Filters) -> Where:
    c = statements.c
    conditions = _document_conditions(filters)
    alternatives: list[Any] = []
    if filters.actor:
        alternatives = _actor(
            filters.actor, [c.speaker_actor, c.target], [c.speaker_entity, c.target_entity]
        )
    for value in (filters.type, filters.status):  # both name the factuality here
        if value:
            conditions.append(c.factuality == value.strip().lower())
    return Where(conditions, alternatives)


def quantity_where(filters: Filters) -> Where:
    c = quantities.c
    conditions = _document_conditions(filters)
    alternatives: list[Any] = []
    if filters.actor:
        alternatives = _actor(
            filters.actor, [c.of, c.claimed_by], [c.of_entity, c.claimed_by_entity]
        )
    if filters.type:
        conditions.append(c.unit == filters.type.strip().lower())
    return Where(conditions, alternatives)


def document_conditions(filters: Filters) -> list[Any]:
    """Conditions on documents, with item filters as EXISTS over the item tables."""
    conditions = _document_conditions(filters)
    item_filters = Filters(actor=filters.actor, type=filters.type, status=filters.status)
    on_events = [
        events.c.document_id == documents.c.id,
        *event_where(item_filters).conditions(),
    ]
    if filters.type or filters.status:
        conditions.append(sa.exists().where(*on_events))
    elif filters.actor:
        said = statement_where(item_filters).conditions()
        counted = quantity_where(item_filters).conditions()
        conditions.append(
            sa.or_(
                sa.exists().where(*on_events),
                sa.exists().where(statements.c.document_id == documents.c.id, *said),
                sa.exists().where(quantities.c.document_id == documents.c.id, *counted),
            )
        )
    return conditions


# ---------------------------------------------------------------------------
# keyset pages
#
# Each table is read in one total order whose last column is unique within it, so "the rows
# after this one" is a row-value comparison the order's index can seek to:
#   events:                  (day, document_id, position)
#   statements, quantities:  (publication date or UNDATED, document seq, position)
# A cursor is that key of the last row shown, as URL-safe base64 of a JSON list headed by
# the table's kind: opaque to callers, and refused on another table.


def sort_key(kind: str, table: sa.Table) -> list[Any]:
    """Return the columns of a table's page order (the last one unique per document)."""
    if kind == "event":
        return [table.c.day, table.c.document_id, table.c.position]
    return [published_key(), documents.c.seq, table.c.position]


def published_key() -> Any:
    """The publication date with undated reports last, as the statements order uses it."""
    return sa.func.coalesce(documents.c.published, UNDATED)


def encode_cursor(kind: str, values: Sequence[Any]) -> str:
    raw = json.dumps([kind, *values], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def decode_cursor(kind: str, cursor: str) -> list[Any]:
    """Return the sort-key values of a cursor, or raise StoreError naming it."""
    text = cursor.strip()
    try:
        data = json.loads(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError) as exc:
        raise StoreError(f"{cursor[:40]}: not a page cursor") from exc
    valid = (
        isinstance(data, list)
        and len(data) == 4
        and data[0] == kind
        and isinstance(data[1], str)
        and isinstance(data[2], str if kind == "event" else int)
        and isinstance(data[3], int)
    )
    if not valid:
        raise StoreError(f"{cursor[:40]}: not a page cursor of the {kind} table")
    return list(data[1:])


def after(kind: str, table: sa.Table, filters: Filters) -> list[Any]:
    """Return the condition "after the cursor" (none without one)."""
    if not filters.after:
        return []
    values = decode_cursor(kind, filters.after)
    return [sa.tuple_(*sort_key(kind, table)) > sa.tuple_(*values)]


def seek_since(filters: Filters) -> Filters:
    """Return event filters whose `since` is raised to the cursor's day (same rows).

    SQLite seeks an index on one lower bound of a column: with both `day >= since` and the
    cursor's row value it may take `since` and filter its way to the cursor; a `since` at
    the cursor's day makes it start there. Without a `since` the row value is the bound.
    """
    if not (filters.after and filters.since):
        return filters
    day = decode_cursor("event", filters.after)[0]
    return replace(filters, since=max(filters.since, day))


def page(query: sa.Select[Any], filters: Filters) -> sa.Select[Any]:
    if filters.offset:
        query = query.offset(max(0, int(filters.offset)))
    if filters.limit is not None:
        query = query.limit(max(0, int(filters.limit)))
    return query


# ---------------------------------------------------------------------------
# corrections


def correction_dict(row: Mapping[Any, Any]) -> dict[str, Any]:
    return {
        "action": row["action"],
        "changes": dict(row["changes"] or {}),
        "by": row["by"],
        "at": row["at"],
    }


def apply_changes(data: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """Return `data` with `changes` set: nested dicts merge, dotted keys (`date.start`) too."""
    out = dict(data)
    for key, value in changes.items():
        head, dot, rest = str(key).partition(".")
        if dot:
            value = {rest: value}
        current = out.get(head)
        if isinstance(value, Mapping) and isinstance(current, Mapping):
            out[head] = apply_changes(current, value)
        elif isinstance(value, Mapping):
            out[head] = apply_changes({}, value)
        else:
            out[head] = value
    return out


def _corrected_items(
    items: Iterable[Any],
    latest: Mapping[str, dict[str, Any]],
    to_dict: Any,
    from_dict: Any,
) -> tuple[Any, ...]:
    out = []
    for item in items:
        correction = latest.get(item.id)
        if correction is None or correction["action"] == "confirm":
            out.append(item)
        elif correction["action"] == "correct":
            changes = {k: v for k, v in correction["changes"].items() if k != "id"}
            out.append(from_dict(apply_changes(to_dict(item), changes)))
    return tuple(out)


def apply_corrections(
    record: Record, history: Mapping[tuple[str, str], list[dict[str, Any]]]
) -> Record:
    """Return the analyst's view: each item's latest review applied, rejected items dropped.

    The latest review of an item stands alone (as Row.correction shows it): a correction
    carries every field the analyst changed, and a later confirm restores the machine's.
    """

    def of(kind: str) -> dict[str, dict[str, Any]]:
        return {item: rows[-1] for (k, item), rows in history.items() if k == kind and rows}

    return replace(
        record,
        statements=_corrected_items(
            record.statements, of("statement"), statement_to_dict, statement_from_dict
        ),
        events=_corrected_items(record.events, of("event"), event_to_dict, event_from_dict),
        quantities=_corrected_items(
            record.quantities, of("quantity"), quantity_to_dict, quantity_from_dict
        ),
    )
