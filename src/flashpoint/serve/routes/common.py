"""What the API and the pages share: the store dependency, query parsing, review writes."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Query, Request

from flashpoint.records import (
    FACTUALITIES,
    PLOVER_TYPES,
    STATUSES,
    UNITS,
    Event,
    Quantity,
    Record,
    Statement,
)
from flashpoint.serve.linkage import (
    LinkCache,
    cluster_keys,
    dispute_entries,
    escalation_entries,
    has_story,
    story_entries,
)
from flashpoint.serve.views import (
    ACTIONS,
    EDITABLE,
    INT_FIELDS,
    EventQuery,
    cluster_view,
    disputes_view,
    escalation_view,
    item_kind,
    overview_view,
    story_compare,
)
from flashpoint.store import Store

# an actor code (ENTITY or ENTITY-SECTOR) as spec/record-format.md writes them
ACTOR = re.compile(r"^[A-Z][A-Z0-9]{1,9}(-[A-Z]{3})?$")
MAX_TEXT = 200  # longest free-text value a correction may set (a name, a mode)
CHOICES: dict[str, tuple[str, ...]] = {
    "type": PLOVER_TYPES,
    "status": STATUSES,
    "factuality": FACTUALITIES,
    "unit": UNITS,
}
ACTOR_FIELDS = ("source", "target", "of", "speaker.actor")


def get_store(request: Request) -> Store:
    """Return the app's store (tests override this dependency)."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]


def linked(request: Request, store: Store) -> tuple[list[Record], Any] | None:
    """Return (records, links) from the link stage, cached; None when it is off or absent."""
    if not request.app.state.use_link:
        return None
    cache: LinkCache = request.app.state.links
    return cache.get(store)


def escalation_of(
    request: Request, store: Store, pair: tuple[str, str] | None
) -> list[dict[str, Any]]:
    """Return the escalation series: the link stage's index, else the simple per-type sum."""
    found = linked(request, store)
    if found is None:
        return escalation_view(store, pair)
    return escalation_entries(*found, pair)


def disputes_of(request: Request, store: Store, *, limit: int) -> list[dict[str, Any]]:
    found = linked(request, store)
    if found is None:
        return disputes_view(store, limit=limit)
    return dispute_entries(*found, limit=limit)


def story_of(request: Request, store: Store, story: str) -> dict[str, Any]:
    found = linked(request, store)
    if found is not None and has_story(found[1], story):
        return story_entries(*found, story)
    return story_compare(store, story, loaded_terms())


def overview_of(request: Request, store: Store) -> dict[str, Any]:
    return overview_view(
        store,
        escalation=escalation_of(request, store, None),
        disputes=disputes_of(request, store, limit=10),
    )


def cluster_of(request: Request, store: Store, cluster: str) -> dict[str, Any]:
    found = linked(request, store)
    keys = cluster_keys(found[1], cluster) if found is not None else []
    return cluster_view(store, cluster, keys=keys)


@lru_cache(maxsize=1)
def loaded_terms() -> tuple[str, ...]:
    """Return the loaded-terms lexicon shipped in static/loaded-terms.txt, read once."""
    path = resources.files("flashpoint.serve") / "static" / "loaded-terms.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(t.strip() for t in lines if t.strip() and not t.lstrip().startswith("#"))


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


Cursor = Annotated[
    str | None,
    Query(
        max_length=400,
        description="Keyset page: the `next` cursor returned with the previous page "
        "(opaque). The page starts right after that row, in the date order; faster and "
        "more stable than `offset` on big tables.",
    ),
]


def checked_cursor(kind: str, after: str | None) -> str | None:
    """Return a blank-free cursor, or answer 400 when it is not a cursor of this table."""
    from flashpoint.errors import StoreError
    from flashpoint.store.rows import decode_cursor

    after = _blank(after)
    if after is not None:
        try:
            decode_cursor(kind, after)
        except StoreError as exc:
            raise HTTPException(400, str(exc)) from exc
    return after


def event_query(
    type: str | None = None,
    actor: str | None = None,
    status: str | None = None,
    corroboration: str | None = None,
    since: str | None = None,
    until: str | None = None,
    place: str | None = None,
    outlet: str | None = None,
    story: str | None = None,
    document: str | None = None,
    sort: str = "date",
    desc: bool = False,
    limit: Annotated[int, Query(ge=1, le=2000)] = 500,
    offset: Annotated[int, Query(ge=0)] = 0,
    after: Cursor = None,
) -> EventQuery:
    """Parse the events-table filters (shared by /events and /api/events)."""
    return EventQuery(
        type=_blank(type),
        actor=_blank(actor),
        status=_blank(status),
        corroboration=_blank(corroboration),
        since=_blank(since),
        until=_blank(until),
        place=_blank(place),
        outlet=_blank(outlet),
        story=_blank(story),
        document=_blank(document),
        sort=sort,
        desc=desc,
        limit=limit,
        offset=offset,
        after=checked_cursor("event", after),
    )


EventQueryDep = Annotated[EventQuery, Depends(event_query)]


def record_or_404(store: Store, key: str) -> Record:
    record = store.get_record(key)
    if record is None:
        raise HTTPException(404, f"no document {key!r} in the store")
    return record


def parse_pair(text: str | None) -> tuple[str, str] | None:
    """Read `POL,BLR` (or `POL:BLR`, `POL BLR`) as an entity pair."""
    if not text:
        return None
    parts = [p for p in re.split(r"[,:;\s|/]+", text.strip().upper()) if p]
    if len(parts) != 2:
        raise HTTPException(400, f"pair must be two actor entities like POL,BLR, not {text!r}")
    return (parts[0], parts[1])


def clean_changes(kind: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate the fields of a correction; raise 400 naming the first bad one."""
    allowed = EDITABLE[kind]
    out: dict[str, Any] = {}
    for key, raw in changes.items():
        if key not in allowed:
            raise HTTPException(400, f"field {key!r} cannot be corrected on a {kind}")
        value = raw.strip() if isinstance(raw, str) else raw
        if value == "":
            value = None
        if key in INT_FIELDS:
            if value is not None and not isinstance(value, int):
                if not isinstance(value, str) or not re.fullmatch(r"\d{1,12}", value):
                    raise HTTPException(400, f"{key} must be a whole number, not {raw!r}")
                value = int(value)
        elif key in CHOICES:
            if value not in CHOICES[key]:
                raise HTTPException(400, f"{key} must be one of {', '.join(CHOICES[key])}")
        elif key in ACTOR_FIELDS and value is not None:
            if not isinstance(value, str) or not ACTOR.match(value.upper()):
                raise HTTPException(400, f"{key} must be an actor code like RUS-MIL, not {raw!r}")
            value = value.upper()
        elif value is not None and (not isinstance(value, str) or len(value) > MAX_TEXT):
            raise HTTPException(400, f"{key} must be text of at most {MAX_TEXT} characters")
        out[key] = value
    return out


def save_review(
    store: Store,
    document: str,
    item: str,
    action: str,
    changes: dict[str, Any],
    *,
    by: str = "analyst",
    request: Request | None = None,
) -> dict[str, Any]:
    """Validate and store one review of an item; return what was stored."""
    if action not in ACTIONS:
        raise HTTPException(400, f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
    record = record_or_404(store, document)
    every: list[Event | Statement | Quantity] = [
        *record.statements,
        *record.events,
        *record.quantities,
    ]
    found = next((i for i in every if i.id == item), None)
    if found is None:
        raise HTTPException(404, f"no item {item!r} in document {record.document.id}")
    kind = item_kind(found)
    cleaned = clean_changes(kind, changes) if action == "correct" else {}
    if action == "correct" and not cleaned:
        raise HTTPException(400, "a correction must change at least one field")
    who = (by or "analyst").strip()[:MAX_TEXT] or "analyst"
    store.save_correction(record.document.id, item, action, cleaned, by=who, item_kind=kind)
    if request is not None:
        request.app.state.links.invalidate()
    return {
        "document": record.document.id,
        "item": item,
        "kind": kind,
        "action": action,
        "changes": cleaned,
        "by": who,
    }
