"""The tables the store queries: the schema as the latest migration leaves it.

`migrations.py` creates and alters the database; this module only describes the result,
and `tests/store/test_migrations.py` checks that the two agree. Every item table keys on
(document_id, id), keeps the full item dict in `data` (nothing is lost) and copies the
filterable fields into indexed columns.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

# Values the link stage writes back live in their own columns, never in `data`, so a
# rebuild or a correction never mixes the machine's item with the cross-document view.

schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("name", sa.String(100), nullable=False),
    sa.Column("applied_at", sa.String(32), nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    # insertion order: the FTS5 rowid on SQLite and "earlier" for near-duplicates
    sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
    sa.Column("file", sa.Text, nullable=False),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("published", sa.String(32)),
    sa.Column("published_source", sa.String(16), nullable=False),
    sa.Column("url", sa.Text),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("source", sa.Text),
    sa.Column("story", sa.String(64)),
    sa.Column("near_duplicate_of", sa.String(64)),
    sa.Column("extractor", sa.String(100), nullable=False),
    sa.Column("ingested_at", sa.String(32), nullable=False),
    sa.Column("minhash", sa.LargeBinary),
)


def _item_key() -> list[sa.Column[object]]:
    return [
        sa.Column(
            "document_id",
            sa.String(64),
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),  # order within the document
    ]


statements = sa.Table(
    "statements",
    metadata,
    *_item_key(),
    sa.Column("speaker_name", sa.Text),
    sa.Column("speaker_actor", sa.String(64)),
    sa.Column("speaker_entity", sa.String(64)),
    sa.Column("kind", sa.String(16)),
    sa.Column("factuality", sa.String(16)),
    sa.Column("target", sa.String(64)),
    sa.Column("target_entity", sa.String(64)),
    sa.Column("parent", sa.String(64)),
    sa.Column("data", sa.JSON, nullable=False),
)

events = sa.Table(
    "events",
    metadata,
    *_item_key(),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("mode", sa.String(32)),
    sa.Column("status", sa.String(16)),
    sa.Column("source", sa.String(64)),
    sa.Column("source_entity", sa.String(64)),
    sa.Column("target", sa.String(64)),
    sa.Column("target_entity", sa.String(64)),
    sa.Column("date_start", sa.String(32)),
    sa.Column("date_end", sa.String(32)),
    # what the date filters and the sort use: the event's date, else the report's
    # publication date, else UNDATED (so it sorts last everywhere and is never NULL)
    sa.Column("day", sa.String(32), nullable=False),
    sa.Column("location_name", sa.Text),
    sa.Column("location_country", sa.String(64)),
    sa.Column("location_lat", sa.Float),
    sa.Column("location_lon", sa.Float),
    sa.Column("reported_by", sa.String(64)),
    sa.Column("cluster", sa.String(64)),
    sa.Column("sources", sa.JSON),
    sa.Column("corroboration", sa.String(16)),
    sa.Column("data", sa.JSON, nullable=False),
)

quantities = sa.Table(
    "quantities",
    metadata,
    *_item_key(),
    sa.Column("unit", sa.String(32)),
    sa.Column("low", sa.BigInteger),
    sa.Column("high", sa.BigInteger),
    sa.Column("of", sa.String(64)),
    sa.Column("of_entity", sa.String(64)),
    sa.Column("claimed_by", sa.String(64)),
    sa.Column("claimed_by_entity", sa.String(64)),
    sa.Column("conflicts_with", sa.JSON),
    sa.Column("data", sa.JSON, nullable=False),
)

corrections = sa.Table(
    "corrections",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column(
        "document_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    sa.Column("item_kind", sa.String(16), nullable=False),  # statement | event | quantity
    sa.Column("item_id", sa.String(64), nullable=False),
    sa.Column("action", sa.String(16), nullable=False),  # confirm | correct | reject
    sa.Column("changes", sa.JSON, nullable=False),
    sa.Column("by", sa.Text, nullable=False),
    sa.Column("at", sa.String(32), nullable=False),
)

# the LSH bands of each document's MinHash (store/dedup.py): a near-duplicate lookup is an
# index probe per band, so no index of every stored signature is held in memory
minhash_bands = sa.Table(
    "minhash_bands",
    metadata,
    sa.Column(
        "document_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("band", sa.SmallInteger, primary_key=True, autoincrement=False),
    sa.Column("key", sa.BigInteger, nullable=False),  # 64-bit hash of the band's values
)

UNDATED = "9999-12-31"

ITEM_TABLES = {"statement": statements, "event": events, "quantity": quantities}

__all__ = [
    "ITEM_TABLES",
    "UNDATED",
    "corrections",
    "documents",
    "events",
    "metadata",
    "minhash_bands",
    "quantities",
    "schema_version",
    "statements",
]
