"""The routers: `api` (JSON under /api), `pages` (HTML), and what both share (`common`)."""

from __future__ import annotations
