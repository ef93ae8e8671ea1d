"""Every filter of the events / statements / quantities tables and documents list, and
hostile strings through each of them (bound parameters only: nothing is ever parsed as SQL).
"""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from flashpoint.errors import StoreError
from flashpoint.store import Filters
from flashpoint.store.sql import SqlStore

from .builders import event, make_record, quantity, statement

CORPUS = [
    make_record(
        "Report A about the border.",
        file="a.txt",
        outlet="Reuters",
        published="2021-11-08",
        story="st1",
        events=(
            event("e1", "COERCE", "BLR-MIL", "POL", start="2021-11-08", status="claimed"),
            event("e2", "MOBILIZE", "RUS-MIL", "UKR"),  # undated: the report's date counts
        ),
        statements=(statement("s1", "POL-GOV", target="BLR"),),
        quantities=(quantity("q1", "migrants", "UNK-REF", claimed_by="POL-COP"),),
    ),
    make_record(
        "Report B about the build-up.",
        file="b.txt",
        outlet="BBC News",
        published="2022-01-20",
        story="st2",
        events=(
            event("e1", "ASSAULT", "POL-COP", "UNK-REF", start="2021-11-15", end="2021-11-16"),
        ),
        statements=(statement("s1", "RUS-GOV", target="UKR", factuality="denied"),),
        quantities=(quantity("q1", "troops", "RUS-MIL", claimed_by="UKR-GOV"),),
    ),
    make_record(
        "Report C with no metadata.",
        file="c.txt",
        events=(event("e1", "CONSULT", "USA-GOV", "RUS-GOV", start="2022-01-10"),),
    ),
]


@pytest.fixture
def filled(store: SqlStore) -> SqlStore:
    store.add_records(CORPUS, extractor="t")
    return store


def _keys(rows):
    return sorted((row.document.file, row.item.id) for row in rows)


EVENT_CASES = [
    (Filters(), ["a:e1", "a:e2", "b:e1", "c:e1"]),
    (Filters(actor="POL"), ["a:e1", "b:e1"]),  # entity: target POL and source POL-COP
    (Filters(actor="pol-cop"), ["b:e1"]),  # a full code matches that sector only
    (Filters(actor="POL-GOV"), []),
    (Filters(actor="RUS"), ["a:e2", "c:e1"]),
    (Filters(type="coerce"), ["a:e1"]),
    (Filters(status="claimed"), ["a:e1"]),
    (Filters(since="2021-11-10"), ["b:e1", "c:e1"]),
    (Filters(until="2021-11-08"), ["a:e1", "a:e2"]),
    (Filters(since="2021-11-15", until="2021-11-20"), ["b:e1"]),  # by its start date
    (Filters(since="2022-01-01"), ["c:e1"]),  # b's report is later, its event is not
    (Filters(outlet="reuters"), ["a:e1", "a:e2"]),
    (Filters(outlet="bc ne"), ["b:e1"]),
    (Filters(story="st2"), ["b:e1"]),
    (Filters(actor="RUS", type="MOBILIZE", until="2021-12-01"), ["a:e2"]),
]
STATEMENT_CASES = [
    (Filters(), ["a:s1", "b:s1"]),
    (Filters(actor="BLR"), ["a:s1"]),  # target
    (Filters(actor="RUS-GOV"), ["b:s1"]),  # speaker
    (Filters(type="denied"), ["b:s1"]),
    (Filters(status="asserted"), ["a:s1"]),
    (Filters(since="2022-01-01"), ["b:s1"]),  # publication date
    (Filters(until="2021-12-31"), ["a:s1"]),
    (Filters(outlet="BBC"), ["b:s1"]),
    (Filters(story="st1"), ["a:s1"]),
]
QUANTITY_CASES = [
    (Filters(), ["a:q1", "b:q1"]),
    (Filters(actor="UKR"), ["b:q1"]),  # claimant
    (Filters(actor="UNK-REF"), ["a:q1"]),  # of
    (Filters(type="troops"), ["b:q1"]),  # unit
    (Filters(since="2021-01-01", until="2021-12-31"), ["a:q1"]),
    (Filters(outlet="news"), ["b:q1"]),
    (Filters(story="st1"), ["a:q1"]),
]


def _expected(keys):
    return sorted((key.split(":")[0] + ".txt", key.split(":")[1]) for key in keys)


@pytest.mark.parametrize(("filters", "expected"), EVENT_CASES, ids=[str(i) for i in range(15)])
def test_event_filters(filled: SqlStore, filters: Filters, expected: list[str]) -> None:
    assert _keys(filled.query_events(filters)) == _expected(expected)


@pytest.mark.parametrize(("filters", "expected"), STATEMENT_CASES, ids=[str(i) for i in range(9)])
def test_statement_filters(filled: SqlStore, filters: Filters, expected: list[str]) -> None:
    assert _keys(filled.query_statements(filters)) == _expected(expected)


@pytest.mark.parametrize(("filters", "expected"), QUANTITY_CASES, ids=[str(i) for i in range(7)])
def test_quantity_filters(filled: SqlStore, filters: Filters, expected: list[str]) -> None:
    assert _keys(filled.query_quantities(filters)) == _expected(expected)


def test_document_filter(filled: SqlStore) -> None:
    doc_id = CORPUS[1].document.id
    assert _keys(filled.query_events(Filters(document=doc_id))) == [("b.txt", "e1")]
    assert [d.file for d in filled.list_documents(Filters(document=doc_id))] == ["b.txt"]


def test_events_sort_by_date_and_page(filled: SqlStore) -> None:
    files = [(r.document.file, r.item.id) for r in filled.query_events()]
    assert files == [("a.txt", "e1"), ("a.txt", "e2"), ("b.txt", "e1"), ("c.txt", "e1")]
    page = filled.query_events(Filters(limit=2, offset=1))
    assert [(r.document.file, r.item.id) for r in page] == files[1:3]
    assert filled.query_events(Filters(limit=0)) == []


def test_paged_actor_queries_equal_slices_of_the_full_list(store: SqlStore) -> None:
    """A page of an OR over source and target (read as a union) equals a slice."""
    records = []
    for n in range(12):
        pairs = [("POL-GOV", "POL-COP"), ("BLR", "POL"), ("POL", None), ("RUS", "UKR")]
        records.append(
            make_record(
                f"Paged report {n}.",
                file=f"p{n:02d}.txt",
                outlet="Wire" if n % 3 else "Daily",
                published=f"2021-11-{n + 1:02d}",
                events=tuple(
                    event(
                        f"e{i}",
                        "ASSAULT" if i % 2 else "AID",
                        source,
                        target,
                        start=None if (n + i) % 5 == 0 else f"2021-10-{(n * 7 + i) % 28 + 1:02d}",
                    )
                    for i, (source, target) in enumerate(pairs)
                ),
                statements=(statement("s1", "POL-GOV", target="POL"),),
                quantities=(quantity("q1", "troops", "POL-MIL", claimed_by="POL-GOV"),),
            )
        )
    store.add_records(records, extractor="t")
    for base in (Filters(actor="POL"), Filters(actor="POL", type="AID", outlet="wire")):
        everything = [(r.document.id, r.item.id) for r in store.query_events(base)]
        assert len(everything) == len(set(everything))  # an event naming POL twice: once
        for offset, limit in ((0, 5), (3, 4), (10, 7), (40, 5)):
            paged = replace(base, offset=offset, limit=limit)
            got = [(r.document.id, r.item.id) for r in store.query_events(paged)]
            assert got == everything[offset : offset + limit], (base, offset, limit)
    for query in (store.query_statements, store.query_quantities):
        everything = [(r.document.id, r.item.id) for r in query(Filters(actor="POL"))]
        assert len(everything) == 12
        got = [(r.document.id, r.item.id) for r in query(Filters(actor="POL", offset=2, limit=3))]
        assert got == everything[2:5]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(), ["a.txt", "b.txt", "c.txt"]),  # by publication date, undated last
        (Filters(outlet="REUTERS"), ["a.txt"]),
        (Filters(story="st2"), ["b.txt"]),
        (Filters(since="2022-01-01"), ["b.txt"]),
        (Filters(actor="USA"), ["c.txt"]),
        (Filters(actor="UKR"), ["a.txt", "b.txt"]),  # event target, statement, claimant
        (Filters(type="ASSAULT"), ["b.txt"]),
        (Filters(limit=1, offset=1), ["b.txt"]),
    ],
    ids=["all", "outlet", "story", "since", "actor-event", "actor-any", "type", "page"],
)
def test_list_documents_filters(filled: SqlStore, filters: Filters, expected: list[str]) -> None:
    assert [d.file for d in filled.list_documents(filters)] == expected


def test_outlet_filter_folds_case_beyond_ascii(store: SqlStore) -> None:
    record = make_record(
        "Local report.",
        file="pl.txt",
        outlet="Gazeta Śląska",
        events=(event("e1", "AID", "POL", None),),
    )
    store.add_records([record], extractor="t")
    assert [r.document.file for r in store.query_events(Filters(outlet="ŚLĄSKA"))] == ["pl.txt"]
    assert [d.file for d in store.list_documents(Filters(outlet="gazeta ś"))] == ["pl.txt"]


def test_like_wildcards_in_outlet_are_literal(filled: SqlStore) -> None:
    assert filled.query_events(Filters(outlet="%")) == []
    assert filled.query_events(Filters(outlet="_")) == []
    assert filled.list_documents(Filters(outlet="B_C")) == []


HOSTILE = [
    "'; DROP TABLE documents; --",
    "' OR '1'='1",
    '" OR 1=1 --',
    "POL' OR 1=1 --",
    "%' OR 'x' LIKE '%",
    "1); DELETE FROM events; --",
    "\\",
    "POL-GOV'||(SELECT text FROM documents)||'",
]
TEXT_FILTERS = [f.name for f in fields(Filters) if f.name not in ("limit", "offset", "after")]


def test_a_hostile_cursor_is_refused_and_changes_nothing(filled: SqlStore) -> None:
    before = filled.count()
    for value in HOSTILE:
        for query in (filled.query_events, filled.query_statements, filled.query_quantities):
            with pytest.raises(StoreError, match="not a page cursor"):
                query(Filters(after=value))
    assert filled.count() == before


@pytest.mark.parametrize("name", TEXT_FILTERS)
def test_injection_through_every_filter(filled: SqlStore, name: str) -> None:
    before = filled.count()
    for value in HOSTILE:
        filters = Filters(**{name: value})
        results = [
            filled.query_events(filters),
            filled.query_statements(filters),
            filled.query_quantities(filters),
            filled.list_documents(filters),
        ]
        assert filled.count() == before, value
        if name == "status":  # quantities have no status: the filter does not apply
            del results[2]
        if name not in ("since", "until"):  # compared as text, they may pass real rows
            assert not any(results), value
    assert len(filled.get_record(CORPUS[0].document.id).events) == 2
