"""The HTML pages: each renders the same view dict as its /api twin, autoescaped."""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment

from flashpoint.records import (
    CORROBORATIONS,
    FACTUALITIES,
    PLOVER_TYPES,
    STATUSES,
    UNITS,
    document_to_dict,
)
from flashpoint.serve.app import check_write, docs_page
from flashpoint.serve.highlight import css_token, highlight, item_summary
from flashpoint.serve.routes.api import review_items
from flashpoint.serve.routes.common import (
    EventQueryDep,
    StoreDep,
    cluster_of,
    overview_of,
    record_or_404,
    save_review,
    story_of,
)
from flashpoint.serve.svg import (
    DEFAULT_BOX,
    escalation_chart,
    event_map,
    in_box,
    map_box,
    network_graph,
)
from flashpoint.serve.views import (
    EDITABLE,
    EVENT_SORTS,
    EventQuery,
    event_table,
    event_views,
    map_view,
    network_view,
    report_view,
    stories_view,
)
from flashpoint.store import Filters

router = APIRouter(include_in_schema=False)


def safe_url(url: Any) -> str | None:
    """Return the URL if it is plain http(s), else None (never a javascript: link)."""
    if not isinstance(url, str):
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def query_string(params: dict[str, Any], **extra: Any) -> str:
    merged = {k: v for k, v in {**params, **extra}.items() if v not in (None, "")}
    return urlencode(merged)


def get_path(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


def install_template_helpers(env: Environment) -> None:
    """Add the filters and globals every template may use."""
    env.filters["type_class"] = lambda v: css_token(v, PLOVER_TYPES)
    env.filters["fact_class"] = lambda v: css_token(v, FACTUALITIES)
    env.filters["safe_url"] = safe_url
    env.filters["pct"] = lambda v: f"{100 * float(v or 0):.0f}%"
    env.filters["summary"] = item_summary
    env.filters["get_path"] = get_path
    env.globals.update(
        PLOVER_TYPES=PLOVER_TYPES,
        STATUSES=STATUSES,
        FACTUALITIES=FACTUALITIES,
        CORROBORATIONS=CORROBORATIONS,
        UNITS=UNITS,
        EDITABLE=EDITABLE,
        EVENT_SORTS=EVENT_SORTS,
        query_string=query_string,
    )


def render(request: Request, name: str, context: dict[str, Any]) -> HTMLResponse:
    templates = request.app.state.templates
    response: HTMLResponse = templates.TemplateResponse(request, name, context)
    return response


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, store: StoreDep) -> HTMLResponse:
    view = overview_of(request, store)
    charts = [(entry, escalation_chart(entry)) for entry in view["escalation"]]
    return render(request, "overview.html", {"view": view, "charts": charts, "page": "overview"})


@router.get("/reports", response_class=HTMLResponse)
def reports(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=500)] = None,
    outlet: str | None = None,
    since: str | None = None,
    until: str | None = None,
    story: str | None = None,
) -> HTMLResponse:
    params = {"q": q, "outlet": outlet, "since": since, "until": until, "story": story}
    hits: list[dict[str, Any]]
    if q:
        hits = [
            {"document": document_to_dict(h.document), "snippet": h.snippet}
            for h in store.search(q, limit=100)
        ]
    else:
        filters = Filters(
            outlet=outlet or None, since=since or None, until=until or None, story=story or None
        )
        docs = sorted(
            store.list_documents(filters), key=lambda d: (d.published or "", d.id), reverse=True
        )
        hits = [{"document": document_to_dict(d), "snippet": None} for d in docs]
    context = {"hits": hits, "params": params, "page": "reports"}
    return render(request, "reports.html", context)


@router.get("/reports/{key}", response_class=HTMLResponse)
def report(request: Request, store: StoreDep, key: str) -> HTMLResponse:
    view = report_view(store, record_or_404(store, key))
    marked = highlight(view["document"].get("text") or "", view["items"])
    context = {"view": view, "marked": marked, "page": "reports"}
    return render(request, "report.html", context)


@router.get("/events", response_class=HTMLResponse)
def events(request: Request, store: StoreDep, query: EventQueryDep) -> HTMLResponse:
    views, following = event_table(store, query)
    params = query.as_params()
    # the next page: after the cursor in the date order, else the next offset
    next_params: dict[str, str] | None = None
    if following is not None:
        next_params = {**params, "after": following}
        next_params.pop("offset", None)
    elif len(views) == query.limit and (query.sort != "date" or query.desc):
        next_params = {**params, "offset": str(query.offset + query.limit)}
    context = {
        "views": views,
        "query": query,
        "params": params,
        "next_params": next_params,
        "page": "events",
    }
    return render(request, "events.html", context)


@router.get("/events/{document}/{event}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, document: str, event: str) -> Response:
    record = record_or_404(store, document)
    views = event_views(store, EventQuery(document=record.document.id, limit=2000))
    view = next((v for v in views if v["value"].get("id") == event), None)
    if view is None:
        raise HTTPException(404, f"no event {event!r} in document {record.document.id}")
    cluster = view["value"].get("cluster")
    if cluster:
        data = cluster_of(request, store, cluster)
    else:
        data = {"cluster": None, "events": [view], "outlets": [], "corroboration": None}
    context = {"cluster": data, "focus": view["key"], "page": "events"}
    return render(request, "cluster.html", context)


@router.get("/clusters/{cluster:path}", response_class=HTMLResponse)
def cluster_page(request: Request, store: StoreDep, cluster: str) -> HTMLResponse:
    data = cluster_of(request, store, cluster)
    if not data["events"]:
        raise HTTPException(404, f"no event cluster {cluster!r}")
    return render(request, "cluster.html", {"cluster": data, "focus": None, "page": "events"})


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, store: StoreDep) -> HTMLResponse:
    return render(request, "stories.html", {"stories": stories_view(store), "page": "stories"})


@router.get("/stories/{story}", response_class=HTMLResponse)
def story_page(request: Request, store: StoreDep, story: str) -> HTMLResponse:
    data = story_of(request, store, story)
    if not data["outlets"]:
        raise HTTPException(404, f"no story {story!r}")
    return render(request, "story.html", {"view": data, "page": "stories"})


@router.get("/map", response_class=HTMLResponse)
def map_page(
    request: Request,
    store: StoreDep,
    since: str | None = None,
    until: str | None = None,
    type: str | None = None,
    extent: Literal["region", "all"] = "region",
) -> HTMLResponse:
    points = map_view(store, since=since or None, until=until or None, type=type or None)
    box = DEFAULT_BOX if extent == "region" else map_box(points)
    context = {
        "points": points,
        "outside": [p for p in points if not in_box(p, box)],
        "svg": event_map(points, box=box),
        "params": {"since": since, "until": until, "type": type, "extent": extent},
        "types": sorted({str(p["type"]) for p in points}),
        "page": "map",
    }
    return render(request, "map.html", context)


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request, store: StoreDep, level: Literal["entity", "actor"] = "entity"
) -> HTMLResponse:
    data = network_view(store, level=level)
    context = {"network": data, "svg": network_graph(data), "level": level, "page": "network"}
    return render(request, "network.html", context)


@router.get("/review", response_class=HTMLResponse)
def review_page(
    request: Request,
    store: StoreDep,
    document: str | None = None,
    state: Literal["all", "reviewed", "unreviewed"] = "all",
    limit: Annotated[int, Query(ge=1, le=2000)] = 100,
) -> HTMLResponse:
    found = review_items(store, document or None, state)
    items = found[:limit]
    documents = sorted(store.list_documents(Filters()), key=lambda d: d.file)
    context = {
        "items": items,
        "documents": [document_to_dict(d) for d in documents],
        "params": {"document": document, "state": state},
        "total": len(found),
        "writable": bool(request.app.state.token),
        "page": "review",
    }
    return render(request, "review.html", context)


@router.post("/review")
async def review_submit(request: Request, store: StoreDep) -> Response:
    form = await request.form()
    fields = {k: v for k, v in form.items() if isinstance(v, str)}
    check_write(request, fields.get("token"))
    document, item = fields.get("document", ""), fields.get("item", "")
    action = fields.get("action", "")
    changes: dict[str, Any] = {}
    if action == "correct":
        record = record_or_404(store, document)
        machine = next(
            (v for v in report_view(store, record)["items"] if v["machine"].get("id") == item),
            None,
        )
        if machine is None:
            raise HTTPException(404, f"no item {item!r} in document {record.document.id}")
        for name in EDITABLE[machine["kind"]]:
            if "f." + name not in fields:
                continue
            new = fields["f." + name].strip()
            old = get_path(machine["machine"], name)
            if new != ("" if old is None else str(old)):
                changes[name] = new
    by = fields.get("by") or "analyst"
    saved = save_review(store, document, item, action, changes, by=by, request=request)
    back = "/review?" + urlencode({"document": saved["document"]})
    anchor = quote(f"item-{saved['kind']}-{item}")
    return RedirectResponse(f"{back}#{anchor}", status_code=303)


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    return docs_page(request)
