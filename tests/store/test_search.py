"""Full-text search over document title and text, with untrusted input."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import sqlalchemy as sa

from flashpoint.store.sql import SqlStore

from .builders import make_record

CORPUS = [
    make_record(
        "Belarusian helicopters crossed into Polish airspace near Bialowieza, officials said.",
        file="heli.txt",
        title="Airspace violation",
    ),
    make_record(
        "Thousands of troops gathered near the border as the ministry announced drills.",
        file="troops.txt",
        title="Drills near the border",
    ),
    make_record("Aid workers described freezing nights in the forest.", file="aid.txt"),
]


@pytest.fixture
def filled(store: SqlStore) -> SqlStore:
    store.add_records(CORPUS, extractor="t")
    return store


def _files(hits):
    return [hit.document.file for hit in hits]


def test_search_finds_words_in_text_and_title(filled: SqlStore) -> None:
    assert _files(filled.search("helicopters")) == ["heli.txt"]
    assert _files(filled.search("airspace violation")) == ["heli.txt"]
    assert _files(filled.search("DRILLS")) == ["troops.txt"]
    assert set(_files(filled.search("border"))) == {"troops.txt"}
    assert filled.search("submarine") == []


def test_search_stems_and_needs_every_word(filled: SqlStore) -> None:
    assert _files(filled.search("troop")) == ["troops.txt"]
    assert filled.search("troops helicopters") == []


def test_search_gives_a_plain_snippet_and_limit(filled: SqlStore) -> None:
    (hit,) = filled.search("forest")
    assert "forest" in hit.snippet
    assert "<" not in hit.snippet
    assert hit.document.text == ""
    assert len(filled.search("near")) == 2
    assert len(filled.search("near", limit=1)) == 1
    assert filled.search("near", limit=0) == []


def test_title_matches_rank_above_text_matches(store: SqlStore) -> None:
    store.add_records(
        [
            make_record("Nothing about it here. Then: sanctions.", file="text.txt", title="News"),
            make_record("A short note.", file="title.txt", title="New sanctions"),
        ],
        extractor="t",
    )
    hits = store.search("sanctions")
    assert _files(hits)[0] == "title.txt"
    assert hits[0].rank >= hits[1].rank


@pytest.mark.parametrize(
    "text",
    [
        '"foo OR',
        "'; DROP TABLE documents; --",
        "NEAR(troops border",
        "troops AND OR NOT",
        "title:helicopters",
        "*",
        "^border",
        "border)",
        '"""',
        "",
        "   ",
        "\x00",
        "troops -border +fence",
        "a" * 5000,
        " ".join(["border"] * 500),
    ],
    ids=lambda t: repr(t[:20]),
)
def test_hostile_search_input_never_errors(filled: SqlStore, text: str) -> None:
    hits = filled.search(text)
    assert isinstance(hits, list)
    assert filled.count()["documents"] == 3


def test_quoted_syntax_is_searched_as_words(filled: SqlStore) -> None:
    assert _files(filled.search('"troops drills')) == ["troops.txt"]
    assert _files(filled.search('troops" NEAR(drills')) == ["troops.txt"]
    assert _files(filled.search("title:helicopters")) == []  # "title" is not in that text
    assert _files(filled.search("border)")) == ["troops.txt"]


def test_search_follows_updates_and_rollbacks(filled: SqlStore) -> None:
    filled.replace_records(CORPUS[:1], extractor="t2")
    assert _files(filled.search("helicopters")) == ["heli.txt"]


def test_sqlite_fts_index_stays_consistent(tmp_path: Path) -> None:
    """After inserts, a rebuild with a changed title and a rolled-back batch, FTS5's own
    integrity check passes (external content tables break silently when out of step)."""

    store = SqlStore(f"sqlite:///{tmp_path / 'fts.db'}")
    try:
        store.add_records(CORPUS, extractor="t")
        retitled = replace(CORPUS[0], document=replace(CORPUS[0].document, title="Renamed"))
        store.replace_records([retitled], extractor="t2")
        assert _files(store.search("renamed")) == ["heli.txt"]
        assert store.search("violation") == []  # the old title is gone from the index
        with store._engine.begin() as connection:
            connection.execute(
                sa.text(
                    "INSERT INTO documents_fts(documents_fts, rank) VALUES ('integrity-check', 1)"
                )
            )
    finally:
        store.close()
