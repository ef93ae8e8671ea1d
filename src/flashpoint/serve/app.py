"""The FastAPI app: pages, JSON API, security headers, one error shape, and `run`.

`/docs` is an offline page listing the endpoints from the OpenAPI schema (served at
`/openapi.json`): FastAPI's default Swagger UI loads its scripts from a CDN, which an
offline tool cannot use and our Content-Security-Policy forbids.
"""

from __future__ import annotations

import hmac
import os
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from flashpoint.errors import FlashpointError, StoreError
from flashpoint.serve.cache import INTERVAL_SECONDS, Memo, ResponseCache, StateWatch
from flashpoint.store import Store, open_store

TOKEN_HEADER = "X-Flashpoint-Token"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    # "same-origin", not "no-referrer": with no-referrer Chromium sends `Origin: null` on form
    # posts, which the cross-site check must refuse
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def error_body(status: int, message: str) -> dict[str, Any]:
    """Return the one JSON error shape of the API."""
    return {"ok": False, "status": status, "error": message}


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/openapi.json" or request.method != "GET"


def _error_response(request: Request, status: int, message: str) -> Response:
    if _wants_json(request) and "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(error_body(status, message), status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, "error.html", {"status": status, "message": message}, status_code=status
    )


def _static_dir() -> Path:
    return Path(str(resources.files("flashpoint.serve") / "static"))


def make_templates() -> Jinja2Templates:
    """Return the templates with autoescape on for every template, whatever its name."""
    from flashpoint.serve.routes import pages  # filters and globals live beside the pages

    env = Environment(loader=PackageLoader("flashpoint.serve", "templates"), autoescape=True)
    pages.install_template_helpers(env)
    return Jinja2Templates(env=env)


def check_write(request: Request, form_token: str | None = None) -> None:
    """Refuse a write unless it is same-origin and carries the configured token."""
    origin = request.headers.get("origin")
    host = request.headers.get("host", "")
    if origin is not None and (origin == "null" or urlsplit(origin).netloc != host):
        raise HTTPException(403, f"cross-site request refused (origin {origin!r} is not {host})")
    if request.headers.get("sec-fetch-site") in ("cross-site", "same-site"):
        raise HTTPException(403, "cross-site request refused (Sec-Fetch-Site)")
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(
            403,
            "writes are disabled: no token configured "
            "(set FLASHPOINT_TOKEN or start with `flashpoint serve --token ...`)",
        )
    given = request.headers.get(TOKEN_HEADER) or form_token or ""
    auth = request.headers.get("authorization", "")
    if not given and auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(401, f"a valid token is required ({TOKEN_HEADER} header or form field)")


class SecurityHeaders:
    """ASGI middleware setting `SECURITY_HEADERS` on every response that lacks them."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in SECURITY_HEADERS.items()
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                headers += [(k, v) for k, v in self._headers if k not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)


def create_app(
    store: Store | str,
    *,
    token: str | None = None,
    use_link: bool = True,
    cache: bool = True,
    recheck: float = INTERVAL_SECONDS,
    warm: bool = False,
) -> FastAPI:
    """Build the workbench over a store (or a store URL); writes need `token`.

    With `use_link`, escalation, disputes and story comparisons come from the link stage
    (computed over the analyst's view of the records, cached); without, from simple views.
    With `cache`, GET responses are kept while the store's state token is unchanged; the
    token is re-read at most every `recheck` seconds (at once after a review saved here).
    With `warm`, the app fills its caches at startup, before it serves (see `warm_caches`).
    """
    from flashpoint.serve.linkage import LinkCache
    from flashpoint.serve.routes import api, pages

    if isinstance(store, str):
        store = open_store(store)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        if warm:
            await warm_caches(app)
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="flashpoint",
        summary="Sourced, cross-checked crisis event record: pages and JSON API.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        openapi_url="/openapi.json",
    )
    watch = StateWatch(store, interval=recheck)
    app.state.store = store
    app.state.token = token if token is not None else (os.environ.get("FLASHPOINT_TOKEN") or None)
    app.state.templates = make_templates()
    app.state.use_link = use_link
    app.state.watch = watch
    app.state.memo = Memo(watch)
    app.state.links = LinkCache(watch)
    if cache:
        app.add_middleware(ResponseCache, watch=watch)
    app.add_middleware(SecurityHeaders)  # added last: outermost, so cached replies get them

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error_response(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err.get('loc', ()))}: {err.get('msg')}"
            for err in exc.errors()
        )
        return _error_response(request, 400, f"bad request: {problems}")

    @app.exception_handler(StoreError)
    async def store_error(request: Request, exc: StoreError) -> Response:
        return _error_response(request, 503, str(exc))

    @app.exception_handler(FlashpointError)
    async def flashpoint_error(request: Request, exc: FlashpointError) -> Response:
        return _error_response(request, 500, str(exc))

    app.mount("/static", StaticFiles(directory=_static_dir()), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(_static_dir() / "favicon.svg", media_type="image/svg+xml")

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def docs_page(request: Request) -> HTMLResponse:
    """Render the offline endpoint list from the app's own OpenAPI schema."""
    schema = request.app.openapi()
    endpoints = []
    for path, methods in sorted(schema.get("paths", {}).items()):
        for method, op in methods.items():
            params = [
                f"{p['name']}{'' if p.get('required') else '?'}" for p in op.get("parameters", [])
            ]
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary") or "",
                    "description": (op.get("description") or "").strip(),
                    "params": params,
                }
            )
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "docs.html", {"endpoints": endpoints})


STORE_ENV = "FLASHPOINT_SERVE_STORE"  # how `run` hands the store URL to its worker processes
WORKERS_ENV = "FLASHPOINT_SERVE_WORKERS"  # overrides the default number of workers
WORKER_STARTUP_SECONDS = 60  # how long a worker may take to start (import, warm its caches)


def default_workers(store_url: str) -> int:
    """Return the worker processes to run: one per core, at most 2; 1 for an in-memory store."""
    if store_url.startswith("sqlite") and (":memory:" in store_url or store_url.endswith(":///")):
        return 1
    configured = os.environ.get(WORKERS_ENV, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    return max(1, min(2, os.cpu_count() or 1))


WARM_PATHS = (
    "/", "/reports", "/events", "/stories", "/map", "/network", "/review", "/api/overview",
    "/api/documents", "/api/events", "/api/statements", "/api/quantities", "/api/stories",
    "/api/disputes", "/api/network", "/api/map",
)  # fmt: skip


async def warm_caches(app: FastAPI, paths: Sequence[str] = WARM_PATHS) -> None:
    """Fill the caches before serving: the main pages and API views (and the link stage).

    Run at startup (the app's lifespan, with `create_app(..., warm=True)`); without it the
    first burst of clients would all wait for the same computations. A path that fails is
    skipped (the real request will show the error).
    """

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(_message: Message) -> None:
        return None

    for path in paths:
        scope = {
            "type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
            "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
            "root_path": "", "headers": [(b"host", b"127.0.0.1")], "client": ("127.0.0.1", 0),
            "server": ("127.0.0.1", 80), "state": {},
        }  # fmt: skip
        try:
            await app(scope, receive, send)
        except Exception:  # warming is best effort: the real request reports the error
            continue


def app_from_env() -> FastAPI:
    """Build the app of one uvicorn worker from `STORE_ENV` (and FLASHPOINT_TOKEN)."""
    store_url = os.environ.get(STORE_ENV)
    if not store_url:
        raise StoreError(f"{STORE_ENV} is not set: start the workbench with `flashpoint serve`")
    return create_app(store_url, warm=True)


def run(
    store_url: str,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    *,
    workers: int | None = None,
) -> None:
    """Serve the workbench with uvicorn until interrupted.

    `workers` processes share the port (default `default_workers`): each keeps its own
    caches, and the store's state token keeps them in step (a review saved through one
    worker is seen by the others within `cache.INTERVAL_SECONDS`).
    """
    import uvicorn

    count = workers if workers is not None else default_workers(store_url)
    if count <= 1:
        app = create_app(store_url, token=token, warm=True)
        uvicorn.run(app, host=host, port=port, log_level="info")
        return
    os.environ[STORE_ENV] = store_url
    if token is not None:
        os.environ["FLASHPOINT_TOKEN"] = token
    uvicorn.run(
        "flashpoint.serve.app:app_from_env",
        factory=True,
        workers=count,
        # a worker fills its caches before it serves (`warm_caches`): on a busy machine that can
        # take longer than uvicorn's 5 s default, after which it would kill and restart it
        timeout_worker_healthcheck=WORKER_STARTUP_SECONDS,
        host=host,
        port=port,
        log_level="info",
    )
