"""The FastAPI app: pages, JSON API, security headers, one error shape, and `run`.

`/docs` is an offline page listing the endpoints from the OpenAPI schema (served at
`/openapi.json`): FastAPI's default Swagger UI loads its scripts from a CDN, which an
offline tool cannot use and our Content-Security-Policy forbids.
"""

from __future__ import annotations

import hmac
import os
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
) -> FastAPI:
    """Build the workbench over a store (or a store URL); writes need `token`.

    With `use_link`, escalation, disputes and story comparisons come from the link stage
    (computed over the analyst's view of the records, cached); without, from simple views.
    With `cache`, GET responses are kept while the store's state token is unchanged; the
    token is re-read at most every `recheck` seconds (at once after a review saved here).
    """
    from flashpoint.serve.linkage import LinkCache
    from flashpoint.serve.routes import api, pages

    if isinstance(store, str):
        store = open_store(store)
    app = FastAPI(
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


def run(
    store_url: str, host: str = "127.0.0.1", port: int = 8000, token: str | None = None
) -> None:
    """Serve the workbench with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(create_app(store_url, token=token), host=host, port=port, log_level="info")
