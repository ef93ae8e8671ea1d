"""Full-text search: FTS5 on SQLite, a weighted tsvector on PostgreSQL (migration m002).

Search text is untrusted. Only its words reach the engine, each quoted as an FTS5 string
on SQLite, so no query syntax (`"foo OR`, `NEAR(`, `col:`) is ever parsed from it.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from flashpoint.store import SearchHit
from flashpoint.store import rows as r
from flashpoint.store.schema import documents

MAX_SEARCH_WORDS = 32  # longer queries are cut: nobody types more, and FTS cost grows
_WORD = re.compile(r"\w+")

_SQLITE_SEARCH = sa.text(
    "SELECT documents.id, snippet(documents_fts, -1, '', '', ' … ', 24) AS snippet,"
    " bm25(documents_fts, 2.0, 1.0) AS score"  # title words count double
    " FROM documents_fts JOIN documents ON documents.seq = documents_fts.rowid"
    " WHERE documents_fts MATCH :match ORDER BY score LIMIT :limit"
)
# rank over the stored vectors, then build snippets for the one page of hits only
_PG_SEARCH = sa.text(
    "SELECT documents.id, ts_headline('english', documents.text,"
    " plainto_tsquery('english', :match),"
    ' \'StartSel="", StopSel="", MaxWords=30, MinWords=12\') AS snippet, hits.score'
    " FROM (SELECT documents.id, -ts_rank(documents.search, q) AS score"
    " FROM documents, plainto_tsquery('english', :match) AS q"
    " WHERE documents.search @@ q ORDER BY score LIMIT :limit) AS hits"
    " JOIN documents ON documents.id = hits.id ORDER BY hits.score"
)


def search_documents(connection: sa.Connection, text: str, *, limit: int) -> list[SearchHit]:
    """Return up to `limit` documents containing every word of `text`, best first."""
    words = _WORD.findall(text)[:MAX_SEARCH_WORDS]
    if not words or limit <= 0:
        return []
    params: dict[str, Any] = {"limit": int(limit)}
    if connection.dialect.name == "sqlite":
        query = _SQLITE_SEARCH
        params["match"] = " ".join('"' + word.replace('"', '""') + '"' for word in words)
    else:
        query = _PG_SEARCH
        params["match"] = " ".join(words)
    hits = connection.execute(query, params).mappings().all()
    ids = [hit["id"] for hit in hits]
    found = {
        row["id"]: r.document_from_row(row)
        for row in connection.execute(
            sa.select(*r.LISTING_COLUMNS).where(documents.c.id.in_(ids))
        ).mappings()
    }
    return [
        SearchHit(
            document=found[hit["id"]],
            snippet=" ".join(str(hit["snippet"] or "").split()),
            rank=-float(hit["score"] or 0.0),
        )
        for hit in hits
        if hit["id"] in found
    ]


__all__ = ["MAX_SEARCH_WORDS", "search_documents"]
