from __future__ import annotations

import csv
import io
import json

import geojson
import networkx as nx
import pyarrow.parquet as pq
import pytest

from flashpoint.export import FORMATS, export
from flashpoint.records import (
    DateInfo,
    Document,
    Event,
    Location,
    Quantity,
    Record,
    Speaker,
    Statement,
    record_from_dict,
)

HOSTILE = '=HYPERLINK("http://evil")<script>alert(1)</script>'


def _record() -> Record:
    text = "Ruritania massed 5,000 troops near Freedonia, officials said. " + HOSTILE
    document = Document.from_text(text, file="r.txt", outlet="Gazette", published="2022-02-01")
    statement = Statement(
        id="s1",
        speaker=Speaker(name=None, actor="FRE-GOV"),
        cue="said",
        kind="indirect",
        content=text[:44],
        content_span=(0, 44),
        factuality="asserted",
    )
    quantity = Quantity(
        id="q1", text="5,000 troops", low=5000, high=5000, approx=False, unit="troops",
        of="RUR-MIL", claimed_by="FRE-GOV", span=(17, 29),
    )  # fmt: skip
    events = (
        Event(
            id="e1", type="MOBILIZE", mode="troops", source="RUR-MIL", target="FRE",
            date=DateInfo("2022-01-31", "2022-01-31", "yesterday"),
            location=Location("Freedonia", "FRE", 10.5, 20.25), quantity_ids=("q1",),
            status="claimed", reported_by="s1", evidence=HOSTILE, evidence_span=(0, 60),
        ),
        Event(
            id="e2", type="AID", mode=None, source="FRE-GOV", target="RUR-GOV", date=DateInfo(),
            location=None, quantity_ids=(), status="planned", reported_by="outlet",
            evidence="x", evidence_span=(0, 1),
        ),
    )  # fmt: skip
    return Record(document, (statement,), events, (quantity,))


def _run(fmt: str) -> bytes:
    out = io.BytesIO()
    export([_record()], fmt, out)
    return out.getvalue()


def test_jsonl_round_trips():
    line = _run("jsonl").decode()
    back = record_from_dict(json.loads(line), text=_record().document.text)
    assert back == _record()


def test_csv_one_row_per_event_and_no_formulas():
    rows = list(csv.DictReader(io.StringIO(_run("csv").decode())))
    assert [r["event_type"] for r in rows] == ["MOBILIZE", "AID"]
    assert rows[0]["claimant"] == "FRE-GOV"
    assert rows[0]["actor1_entity"] == "RUR"
    assert rows[0]["notes"].startswith("'=")  # a spreadsheet shows it, never runs it


def test_parquet_reads_back_with_pyarrow():
    table = pq.read_table(io.BytesIO(_run("parquet")))
    assert table.num_rows == 2
    assert table.column("latitude").to_pylist() == [10.5, None]
    assert table.column("event_type").to_pylist() == ["MOBILIZE", "AID"]


def test_geojson_is_valid_and_has_only_located_events():
    data = geojson.loads(_run("geojson").decode())
    assert data.is_valid, data.errors()
    assert len(data["features"]) == 1
    assert data["features"][0]["geometry"]["coordinates"] == [20.25, 10.5]


def test_graphml_reads_back_with_networkx():
    graph = nx.read_graphml(io.BytesIO(_run("graphml")))
    assert set(graph.edges) == {("RUR-MIL", "FRE"), ("FRE-GOV", "RUR-GOV")}
    assert graph.edges["RUR-MIL", "FRE"]["tone"] == "conflict"
    assert graph.edges["FRE-GOV", "RUR-GOV"]["tone"] == "cooperation"


def test_polecat_is_tab_separated_with_header():
    lines = _run("polecat").decode().splitlines()
    header = lines[0].split("\t")
    assert header[:3] == ["Event ID", "Event Date", "Event Type"]
    assert len(lines) == 3
    assert all(len(line.split("\t")) == len(header) for line in lines)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_handles_an_empty_store(fmt):
    out = io.BytesIO()
    assert export([], fmt, out) == 0
