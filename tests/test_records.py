from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.records import (
    Record,
    document_id,
    entity_of,
    normalise_text,
    record_from_dict,
    record_to_dict,
)


@pytest.mark.parametrize(
    ("actor", "entity"),
    [("POL-MIL", "POL"), ("NATO", "NATO"), (None, None), ("UNK-REF", "UNK")],
    ids=["sector", "org", "none", "unknown"],
)
def test_entity_of(actor, entity):
    assert entity_of(actor) == entity


def test_document_id_ignores_line_endings_and_unicode_form():
    assert document_id("Troops massed\r\nat the border.") == document_id(
        "Troops massed\nat the border."
    )
    assert document_id("Caf\u00e9 talks") == document_id("Cafe\u0301 talks")
    assert document_id("Troops massed.") != document_id("Troops withdrew.")
    assert len(document_id("x")) == 16


def test_document_ids_agree_with_the_gold_files(shared: Path):
    for path in sorted((shared / "eval" / "gold").glob("*/*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))["document"]
        (text_file,) = (shared / "corpus").glob(f"*/{gold['file']}")
        assert document_id(text_file.read_text(encoding="utf-8")) == gold["id"], path.name


@given(st.text())
def test_normalise_is_idempotent(text):
    assert normalise_text(normalise_text(text)) == normalise_text(text)


def test_gold_files_round_trip(shared: Path):
    """Every gold file reads into Records and writes back to the same JSON."""
    for path in sorted((shared / "eval" / "gold").glob("*/*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        record = record_from_dict(data)
        assert isinstance(record, Record)
        out = record_to_dict(record)
        assert out["document"] == data["document"], path.name
        for key in ("statements", "events", "quantities"):
            assert out[key] == data[key], (path.name, key)
