"""The analyst's web workbench: server-rendered pages and a JSON API over the store.

`create_app(store_or_url, token=...)` builds the FastAPI app; `run(...)` serves it with
uvicorn. Everything the pages show comes from the store's protocol (and the link stage
when it provides more); every asset is shipped in `static/`, nothing loads from a CDN.
"""

from __future__ import annotations

from flashpoint.serve.app import create_app, error_body, run

__all__ = ["create_app", "error_body", "run"]
