from __future__ import annotations

from flashpoint.config import Settings
from flashpoint.pipeline import batched, ingest
from flashpoint.records import Document
from flashpoint.store import open_store

BASE = (
    "MINSK (Wire) - Belarusian border guards said on Tuesday that a group of migrants had been "
    "pushed back across the frontier overnight by Polish soldiers, the state news agency "
    "reported, adding that the migrants, among them children, were given food and blankets "
    "at a border post while officials in Warsaw denied the account and said the group had "
    "tried to cut through the fence with tools supplied by Belarusian forces."
)


def test_batched_is_lazy_and_complete():
    assert list(batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(batched([], 3)) == []


def test_wire_copies_in_one_batch_are_linked_not_dropped(tmp_path):
    copies = [BASE, BASE.replace("MINSK (Wire)", "MINSK (Daily Echo)"), BASE + " More follows."]
    documents = [Document.from_text(t, file=f"copy{i}.txt") for i, t in enumerate(copies)]
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'p.db'}", batch_size=8)
    store = open_store(settings.db_url)
    try:
        report = ingest(documents, store, settings)
        records = {r.document.file: r for r in store.iter_records()}
    finally:
        store.close()
    assert len(report.stored) == 3
    first = documents[0].id
    assert dict(report.near_duplicates) == {documents[1].id: first, documents[2].id: first}
    assert records["copy1.txt"].near_duplicate_of == first
    assert records["copy0.txt"].near_duplicate_of is None
