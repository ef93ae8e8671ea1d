"""Storing records: round trips, skipping stored ids, one transaction per batch, rebuilds."""

from __future__ import annotations

import itertools
import uuid
from dataclasses import replace

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.errors import StoreError
from flashpoint.records import (
    FACTUALITIES,
    KINDS,
    PLOVER_TYPES,
    PUBLISHED_SOURCES,
    STATUSES,
    UNITS,
    DateInfo,
    Document,
    Event,
    Location,
    Quantity,
    Record,
    Speaker,
    Statement,
)
from flashpoint.store import Filters, LinkUpdate
from flashpoint.store import sql as sql_module
from flashpoint.store.dedup import band_keys, signature
from flashpoint.store.sql import SqlStore

from .builders import article, event, make_record, quantity

# PostgreSQL text cannot hold NUL; every other character must survive the round trip
TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=40)
OPT_TEXT = st.none() | TEXT
ACTOR = st.from_regex(r"[A-Z]{3,4}(-(GOV|MIL|COP|REF|CVL))?", fullmatch=True)
OPT_ACTOR = st.none() | ACTOR
SPAN = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6))
DATE = st.none() | st.dates().map(lambda d: d.isoformat())
COUNT = st.none() | st.integers(0, 10**12)

documents = st.builds(
    Document,
    id=st.just("placeholder"),  # replaced by a fresh id in each example
    file=TEXT.filter(bool),
    text=TEXT,
    title=OPT_TEXT,
    outlet=OPT_TEXT,
    author=OPT_TEXT,
    published=DATE,
    published_source=st.sampled_from(PUBLISHED_SOURCES),
    url=OPT_TEXT,
    language=st.sampled_from(["en", "pl", "ru", "uk"]),
    source=OPT_TEXT,
)
statements = st.builds(
    Statement,
    id=st.from_regex(r"s[0-9]{1,3}", fullmatch=True),
    speaker=st.builds(
        Speaker,
        name=OPT_TEXT,
        actor=OPT_ACTOR,
        members=st.lists(ACTOR, max_size=3).map(tuple),
    ),
    cue=TEXT,
    kind=st.sampled_from(KINDS),
    content=TEXT,
    content_span=SPAN,
    factuality=st.sampled_from(FACTUALITIES),
    target=OPT_ACTOR,
    cue_span=st.none() | SPAN,
    parent=st.none() | st.from_regex(r"s[0-9]{1,3}", fullmatch=True),
)
events = st.builds(
    Event,
    id=st.from_regex(r"e[0-9]{1,3}", fullmatch=True),
    type=st.sampled_from(PLOVER_TYPES),
    mode=OPT_TEXT,
    source=OPT_ACTOR,
    target=OPT_ACTOR,
    date=st.builds(DateInfo, start=DATE, end=DATE, text=OPT_TEXT),
    location=st.none()
    | st.builds(
        Location,
        name=TEXT,
        country=OPT_ACTOR,
        lat=st.none() | st.floats(-90, 90),
        lon=st.none() | st.floats(-180, 180),
    ),
    quantity_ids=st.lists(st.from_regex(r"q[0-9]{1,2}", fullmatch=True), max_size=3).map(tuple),
    status=st.sampled_from(STATUSES),
    reported_by=st.sampled_from(["outlet", "s1", "s2"]),
    evidence=TEXT,
    evidence_span=SPAN,
    trigger=OPT_TEXT,
    trigger_span=st.none() | SPAN,
    cluster=st.none() | st.from_regex(r"c[0-9]{1,3}", fullmatch=True),
    sources=st.lists(TEXT, max_size=3).map(tuple),
    corroboration=st.none() | st.sampled_from(["single", "corroborated", "disputed"]),
)
quantities = st.builds(
    Quantity,
    id=st.from_regex(r"q[0-9]{1,3}", fullmatch=True),
    text=TEXT,
    low=COUNT,
    high=COUNT,
    approx=st.booleans(),
    unit=st.sampled_from(UNITS),
    of=OPT_ACTOR,
    claimed_by=st.just("outlet") | ACTOR,
    span=SPAN,
    conflicts_with=st.lists(st.from_regex(r"[0-9a-f]{16}:q[0-9]", fullmatch=True), max_size=2).map(
        tuple
    ),
)
records = st.builds(
    Record,
    document=documents,
    statements=st.lists(statements, max_size=4, unique_by=lambda s: s.id).map(tuple),
    events=st.lists(events, max_size=4, unique_by=lambda e: e.id).map(tuple),
    quantities=st.lists(quantities, max_size=4, unique_by=lambda q: q.id).map(tuple),
    story=st.none() | st.from_regex(r"st[0-9]{1,3}", fullmatch=True),
    near_duplicate_of=st.none() | st.from_regex(r"[0-9a-f]{16}", fullmatch=True),
)


def _fresh(record: Record) -> Record:
    return replace(record, document=replace(record.document, id=uuid.uuid4().hex[:16]))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(record=records)
def test_records_round_trip(store: SqlStore, record: Record) -> None:
    record = _fresh(record)
    assert store.add_records([record], extractor="test-1") == [record.document.id]
    assert store.get_record(record.document.id) == record
    only = Filters(document=record.document.id)
    # the tables sort by date, so compare them as sets of items
    assert {row.item for row in store.query_events(only)} == set(record.events)
    assert {row.item for row in store.query_statements(only)} == set(record.statements)
    assert [row.item for row in store.query_quantities(only)] == list(record.quantities)


def test_listings_leave_the_text_out_and_get_record_brings_it(store: SqlStore) -> None:
    record = make_record(
        "Troops moved.", file="a.txt", events=(event("e1", "MOBILIZE", "RUS", None),)
    )
    store.add_records([record], extractor="t")
    (row,) = store.query_events()
    assert row.document.text == ""
    assert row.document == replace(record.document, text="")
    assert store.list_documents()[0].text == ""
    assert store.get_record(record.document.id).document.text == "Troops moved."


def test_already_stored_ids_are_skipped(store: SqlStore) -> None:
    first = make_record("One report.", file="one.txt", events=(event("e1", "AID", "POL", None),))
    second = make_record("Another report.", file="two.txt")
    assert store.add_records([first], extractor="t") == [first.document.id]
    changed = replace(first, events=())  # same id: must not overwrite what is stored
    stored = store.add_records([changed, second, second], extractor="t")
    assert stored == [second.document.id]
    assert store.get_record(first.document.id) == first
    assert store.count() == {"documents": 2, "statements": 0, "events": 1, "quantities": 0}
    assert store.has_document(second.document.id)
    assert not store.has_document("0" * 16)
    assert store.add_records([], extractor="t") == []


def test_a_failing_batch_stores_nothing_and_keeps_earlier_batches(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier = make_record(
        "Earlier batch.", file="early.txt", events=(event("e1", "AID", "POL", None),)
    )
    store.add_records([earlier], extractor="t")
    batch = [
        make_record(
            f"Report number {i}.", file=f"r{i}.txt", events=(event("e1", "AID", "POL", None),)
        )
        for i in range(3)
    ]
    calls = []
    real = sql_module.SqlStore._insert

    def crash_on_events(connection, table, rows):
        calls.append(table.name)
        if table.name == "events":  # documents, bands and statements are already written
            raise RuntimeError("power cut")
        real(connection, table, rows)

    monkeypatch.setattr(sql_module.SqlStore, "_insert", staticmethod(crash_on_events))
    with pytest.raises(RuntimeError, match="power cut"):
        store.add_records(batch, extractor="t")
    assert calls[:3] == ["documents", "minhash_bands", "statements"]
    monkeypatch.undo()
    assert store.count() == {"documents": 1, "statements": 0, "events": 1, "quantities": 0}
    assert [d.file for d in store.list_documents()] == ["early.txt"]
    assert store.search("number") == []  # the full-text index rolled back too
    assert store.add_records(batch, extractor="t") == [r.document.id for r in batch]


def test_a_database_error_mid_batch_rolls_back_the_whole_batch(store: SqlStore) -> None:
    good = make_record("A good report.", file="good.txt", events=(event("e1", "AID", "POL", None),))
    twice = event("e1", "ASSAULT", "BLR", "POL")
    bad = make_record("A bad report.", file="bad.txt", events=(twice, twice))  # duplicate key
    with pytest.raises(StoreError, match="store records failed"):
        store.add_records([good, bad], extractor="t")
    assert store.count()["documents"] == 0
    assert store.add_records([good], extractor="t") == [good.document.id]


def test_get_record_by_id_prefix_and_file(store: SqlStore) -> None:
    record = make_record("Find me.", file="000_find.txt")
    store.add_records([record], extractor="t")
    doc_id = record.document.id
    assert store.get_record(doc_id) == record
    assert store.get_record(doc_id[:4]) == record
    assert store.get_record("000_find.txt") == record
    assert store.get_record(doc_id[:3]) is None  # too short to be a prefix
    assert store.get_record("nothing") is None
    assert store.get_record("%") is None
    assert store.get_record(doc_id[:2] + "%") is None  # LIKE wildcards are literal


def test_an_ambiguous_prefix_is_an_error(store: SqlStore) -> None:
    texts = [f"Prefix text {i}." for i in range(400)]
    store.add_records([make_record(t, file=f"{i}.txt") for i, t in enumerate(texts)], extractor="t")
    ids = sorted(d.id for d in store.list_documents())
    shared = next(a[:4] for a, b in itertools.pairwise(ids) if a[:4] == b[:4])
    with pytest.raises(StoreError, match="several documents"):
        store.get_record(shared)


def test_iter_records_streams_every_record_in_order(
    store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sql_module, "PAGE", 3)
    batch = [
        make_record(f"Streamed {i}.", file=f"{i}.txt", story="s1" if i % 2 else None)
        for i in range(10)
    ]
    store.add_records(batch[:6], extractor="t")
    store.add_records(batch[6:], extractor="t")
    seen = []
    for record in store.iter_records():
        seen.append(record.document.file)
        store.save_links(LinkUpdate(stories={record.document.id: "s9"}))  # writes in between
    assert seen == [f"{i}.txt" for i in range(10)]
    assert len(list(store.iter_records(story="s9"))) == 10
    assert list(store.iter_records(story="nope")) == []


def test_replace_records_swaps_items_and_keeps_corrections(store: SqlStore) -> None:
    record = make_record(
        "Rebuild me.",
        file="r.txt",
        events=(event("e1", "AID", "POL", None), event("e2", "ASSAULT", "BLR", "POL")),
        story="s1",
    )
    store.add_records([record], extractor="v1")
    store.save_correction(record.document.id, "e2", "reject", {}, by="ana")
    rebuilt = replace(record, events=(event("e2", "COERCE", "BLR", "POL"),), story=None)
    newcomer = make_record("Not stored yet.", file="n.txt")
    store.replace_records([rebuilt, newcomer], extractor="v2")
    got = store.get_record(record.document.id)
    assert [(e.id, e.type) for e in got.events] == [("e2", "COERCE")]
    assert got.story == "s1"  # the link stage recomputes it; a rebuild does not erase it
    assert store.get_record(record.document.id, corrected=True).events == ()
    assert store.query_events()[0].correction["action"] == "reject"
    assert store.get_record("n.txt") == newcomer
    assert store.count()["documents"] == 2


def test_save_links_writes_and_resets(store: SqlStore) -> None:
    record = make_record(
        "Linked.",
        file="l.txt",
        events=(event("e1", "AID", "POL", None),),
        quantities=(quantity("q1", "troops", "RUS-MIL"),),
    )
    doc_id = record.document.id
    store.add_records([record], extractor="t")
    store.save_links(
        LinkUpdate(
            stories={doc_id: "st1"},
            events={(doc_id, "e1"): ("c7", ("BBC", "TASS"), "disputed")},
            conflicts={(doc_id, "q1"): ("ffffffffffffffff:q2",)},
        )
    )
    got = store.get_record(doc_id)
    assert got.story == "st1"
    assert (got.events[0].cluster, got.events[0].sources, got.events[0].corroboration) == (
        "c7",
        ("BBC", "TASS"),
        "disputed",
    )
    assert got.quantities[0].conflicts_with == ("ffffffffffffffff:q2",)
    assert store.get_record(doc_id).statements == ()
    store.save_links(LinkUpdate(), reset=True)
    assert store.get_record(doc_id) == record


def test_near_duplicate_with_one_word_changed(store: SqlStore) -> None:
    original = make_record(article(1), file="orig.txt")
    store.add_records([original], extractor="t")
    words = original.document.text.split()
    words[len(words) // 2] = "helicopters"
    copy = Document.from_text(" ".join(words), file="copy.txt")
    assert copy.id != original.document.id
    assert store.find_near_duplicate(copy) == original.document.id
    assert store.find_near_duplicate(original.document) is None  # itself does not count
    assert store.find_near_duplicate(Document.from_text(article(2), file="x.txt")) is None
    assert store.find_near_duplicate(Document.from_text("", file="empty.txt")) is None


def test_near_duplicates_see_documents_added_after_the_index_was_built(store_url: str) -> None:
    first = SqlStore(store_url)
    try:
        assert first.find_near_duplicate(Document.from_text(article(3), file="a.txt")) is None
        earlier = make_record(article(3), file="a.txt")
        later = make_record(article(3) + " Updated.", file="b.txt")
        first.add_records([earlier], extractor="t")
        first.add_records([later], extractor="t")
        probe = Document.from_text(article(3) + " Again.", file="c.txt")
        assert first.find_near_duplicate(probe) == earlier.document.id  # the earliest
    finally:
        first.close()
    second = SqlStore(store_url)  # a new store reads the stored bands
    try:
        assert second.find_near_duplicate(probe) == earlier.document.id
    finally:
        second.close()


def test_bands_of_a_store_from_before_m005_are_built_from_its_signatures(
    store_url: str,
) -> None:
    stored = make_record(article(4), file="old.txt")
    first = SqlStore(store_url)
    try:
        first.add_records([stored], extractor="t")
    finally:
        first.close()
    engine = sa.create_engine(store_url)
    with engine.begin() as connection:  # the database as m004 left it
        connection.exec_driver_sql("DROP TABLE minhash_bands")
        connection.exec_driver_sql("DELETE FROM schema_version WHERE version >= 5")
    engine.dispose()
    second = SqlStore(store_url)  # migrates to m005, which fills the bands
    try:
        probe = Document.from_text(article(4) + " Republished.", file="copy.txt")
        assert second.find_near_duplicate(probe) == stored.document.id
    finally:
        second.close()


def test_band_keys_agree_for_equal_bands_only() -> None:
    text = article(5)
    same = band_keys(signature(text))
    assert same == band_keys(signature(text))
    assert [band for band, _ in same] == list(range(len(same)))
    assert all(-(2**63) <= key < 2**63 for _, key in same)  # a signed 64-bit column
    near = band_keys(signature(text + " One more closing line."))
    other = band_keys(signature(article(6)))
    assert set(near) & set(same)  # a near copy shares at least one band
    assert not set(other) & set(same)
