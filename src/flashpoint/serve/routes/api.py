"""The JSON API under /api: everything the pages show, plus review writes and gold export."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from typing import Annotated, Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field

from flashpoint.records import document_to_dict
from flashpoint.serve.app import check_write
from flashpoint.serve.routes.common import (
    Cursor,
    EventQueryDep,
    StoreDep,
    checked_cursor,
    cluster_of,
    disputes_of,
    escalation_of,
    overview_of,
    parse_pair,
    record_or_404,
    save_review,
    story_of,
)
from flashpoint.serve.views import (
    EVENT_COLUMNS,
    event_flat,
    event_table,
    gold_dict,
    item_views,
    map_view,
    network_view,
    next_cursor,
    report_view,
    stories_view,
)
from flashpoint.store import Filters, Store

router = APIRouter(prefix="/api", tags=["api"])
Limit = Annotated[int, Query(ge=1, le=2000)]


class Review(BaseModel):
    """One analyst review: confirm, correct (with the changed fields) or reject an item."""

    document: str = Field(max_length=200)
    item: str = Field(max_length=100)
    action: Literal["confirm", "correct", "reject"]
    changes: dict[str, Any] = Field(default_factory=dict)
    by: str = Field(default="analyst", max_length=200)


# a spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """Return a CSV cell; text that a spreadsheet would run as a formula gets a leading '."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def events_csv(views: list[dict[str, Any]]) -> str:
    """Return the events table as CSV, same columns as the flat JSON rows."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(EVENT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for view in views:
        writer.writerow({k: _cell(v) for k, v in event_flat(view).items()})
    return out.getvalue()


def events_jsonl(views: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(event_flat(v), ensure_ascii=False) + "\n" for v in views)


def download(body: str, media: str, name: str) -> Response:
    return Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'}
    )


@router.get("/overview", summary="Counts, escalation per actor pair, disputes, newest reports")
def api_overview(store: StoreDep, request: Request) -> dict[str, Any]:
    return overview_of(request, store)


@router.get("/documents", summary="Reports, filtered by outlet, date and story")
def api_documents(
    store: StoreDep,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    story: str | None = None,
    limit: Limit = 200,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> dict[str, Any]:
    filters = Filters(
        outlet=outlet or None,
        since=since or None,
        until=until or None,
        story=story or None,
        limit=limit,
        offset=offset,
    )
    return {"documents": [document_to_dict(d) for d in store.list_documents(filters)]}


@router.get("/documents/{key}", summary="One report: text and every item with its review")
def api_document(store: StoreDep, key: str) -> dict[str, Any]:
    return report_view(store, record_or_404(store, key))


@router.get(
    "/events",
    summary="The events table (format=json, csv or jsonl: exactly the rows shown)",
    description="Filters: type, actor, status, corroboration, since, until, place, outlet, "
    "story, document; sort by date, type, source, target, status, corroboration, outlet, "
    "place; desc=true reverses. Pages: `limit` rows; in the date order the JSON answer's "
    "`next` is the cursor of the following page (pass it as `after`; null on the last "
    "page), other orders page with `offset`.",
)
def api_events(
    store: StoreDep,
    query: EventQueryDep,
    format: Literal["json", "csv", "jsonl"] = "json",
) -> Any:
    views, following = event_table(store, query)
    if format == "csv":
        return download(events_csv(views), "text/csv; charset=utf-8", "events.csv")
    if format == "jsonl":
        return download(events_jsonl(views), "application/x-ndjson", "events.jsonl")
    return {"events": views, "rows": [event_flat(v) for v in views], "next": following}


def _item_filters(
    type: str | None,
    actor: str | None,
    outlet: str | None,
    story: str | None,
    document: str | None,
    limit: int,
    offset: int,
    after: str | None = None,
) -> Filters:
    return Filters(
        type=type or None,
        actor=actor or None,
        outlet=outlet or None,
        story=story or None,
        document=document or None,
        limit=limit,
        offset=offset,
        after=after,
    )


@router.get(
    "/statements",
    summary="Statements (type = factuality), with reviews",
    description="By publication date (undated reports last). `next` is the cursor of the "
    "following page (pass it as `after`; null on the last page).",
)
def api_statements(
    store: StoreDep,
    type: str | None = None,
    actor: str | None = None,
    outlet: str | None = None,
    story: str | None = None,
    document: str | None = None,
    limit: Limit = 500,
    offset: Annotated[int, Query(ge=0)] = 0,
    after: Cursor = None,
) -> dict[str, Any]:
    cursor = checked_cursor("statement", after)
    filters = _item_filters(type, actor, outlet, story, document, limit, offset, cursor)
    rows = store.query_statements(filters)
    return {"statements": item_views(rows), "next": next_cursor(rows, limit)}


@router.get(
    "/quantities",
    summary="Quantities (type = unit), with reviews",
    description="By publication date (undated reports last). `next` is the cursor of the "
    "following page (pass it as `after`; null on the last page).",
)
def api_quantities(
    store: StoreDep,
    type: str | None = None,
    actor: str | None = None,
    outlet: str | None = None,
    story: str | None = None,
    document: str | None = None,
    limit: Limit = 500,
    offset: Annotated[int, Query(ge=0)] = 0,
    after: Cursor = None,
) -> dict[str, Any]:
    cursor = checked_cursor("quantity", after)
    filters = _item_filters(type, actor, outlet, story, document, limit, offset, cursor)
    rows = store.query_quantities(filters)
    return {"quantities": item_views(rows), "next": next_cursor(rows, limit)}


@router.get("/clusters/{cluster:path}", summary="Every report of one event cluster")
def api_cluster(store: StoreDep, request: Request, cluster: str) -> dict[str, Any]:
    data = cluster_of(request, store, cluster)
    if not data["events"]:
        raise HTTPException(404, f"no event cluster {cluster!r}")
    return data


@router.get("/stories", summary="Stories: the reports and outlets of each")
def api_stories(store: StoreDep) -> dict[str, Any]:
    return {"stories": stories_view(store)}


@router.get("/stories/{story}/compare", summary="Outlets of one story side by side")
def api_story_compare(store: StoreDep, request: Request, story: str) -> dict[str, Any]:
    data = story_of(request, store, story)
    if not data["outlets"]:
        raise HTTPException(404, f"no story {story!r}")
    return data


@router.get("/escalation", summary="Escalation series per actor pair (pair=POL,BLR)")
def api_escalation(store: StoreDep, request: Request, pair: str | None = None) -> dict[str, Any]:
    return {"pairs": escalation_of(request, store, parse_pair(pair))}


@router.get("/disputes", summary="Disputed events and conflicting numbers, newest first")
def api_disputes(store: StoreDep, request: Request, limit: Limit = 50) -> dict[str, Any]:
    return {"disputes": disputes_of(request, store, limit=limit)}


@router.get("/search", summary="Full-text search over the reports")
def api_search(
    store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)], limit: Limit = 20
) -> dict[str, Any]:
    hits = store.search(q, limit=limit)
    return {
        "query": q,
        "hits": [
            {"document": document_to_dict(h.document), "snippet": h.snippet, "rank": h.rank}
            for h in hits
        ],
    }


@router.get("/network", summary="Who acts on whom: nodes and weighted edges")
def api_network(store: StoreDep, level: Literal["entity", "actor"] = "entity") -> dict[str, Any]:
    return network_view(store, level=level)


@router.get("/map", summary="Events with coordinates (since, until, type)")
def api_map(
    store: StoreDep,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
) -> dict[str, Any]:
    return {"points": map_view(store, since=since or None, until=until or None, type=type or None)}


@router.get("/review", summary="Items of a document (or all) with their review state")
def api_review_list(
    store: StoreDep,
    document: str | None = None,
    state: Literal["all", "reviewed", "unreviewed"] = "all",
    limit: Limit = 500,
) -> dict[str, Any]:
    items = review_items(store, document, state)
    return {"items": items[:limit]}


def review_items(store: Store, document: str | None, state: str) -> list[dict[str, Any]]:
    """Return the items to review: one document's, else every stored item."""
    items: list[dict[str, Any]] = []
    if document:
        items += report_view(store, record_or_404(store, document))["items"]
    else:
        for query in (store.query_events, store.query_statements, store.query_quantities):
            items += item_views(query(Filters()))
    if state == "reviewed":
        items = [i for i in items if i["reviewed"]]
    elif state == "unreviewed":
        items = [i for i in items if not i["reviewed"]]
    return items


@router.post(
    "/review",
    summary="Store a review (needs the token; same-origin only)",
    description="Send the token in the X-Flashpoint-Token header. The machine version is "
    "kept; the correction is shown everywhere and exported by /api/review/gold.zip.",
)
def api_review_save(store: StoreDep, request: Request, review: Review) -> dict[str, Any]:
    check_write(request)
    saved = save_review(
        store,
        review.document,
        review.item,
        review.action,
        review.changes,
        by=review.by,
        request=request,
    )
    return {"ok": True, "saved": saved}


@router.get("/review/gold/{key}.json", summary="One reviewed report as a gold file")
def api_gold_document(store: StoreDep, key: str) -> Response:
    record = record_or_404(store, key)
    body = json.dumps(gold_dict(store, record), ensure_ascii=False, indent=2)
    name = record.document.file.rsplit(".", 1)[0] + ".json"
    return download(body, "application/json", _safe_name(name))


def _safe_name(name: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in "._-" else "_" for c in name)
    return cleaned.lstrip(".") or "document.json"


@router.get(
    "/review/gold.zip",
    summary="Reviewed reports as gold files (all=true: every report)",
    description="One JSON file per report in the record format, corrections applied and "
    "rejected items dropped: unzip into a folder and pass it to `flashpoint eval`.",
)
def api_gold_zip(store: StoreDep, all: bool = False) -> Response:
    reviewed = {i["document"]["id"] for i in review_items(store, None, "reviewed")}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for record in store.iter_records():
            if not all and record.document.id not in reviewed:
                continue
            name = _safe_name(record.document.file.rsplit(".", 1)[0] + ".json")
            body = json.dumps(gold_dict(store, record), ensure_ascii=False, indent=2)
            archive.writestr(name, body)
    return Response(
        buffer.getvalue(),
        media_type="application/zip",
        headers={"Content-Disposition": 'attachment; filename="gold.zip"'},
    )
