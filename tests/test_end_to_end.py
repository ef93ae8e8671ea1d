"""The README promises, end to end: demo, ingest of the dev corpus, re-ingest, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flashpoint.cli import cli


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "flashpoint.db"
    result = CliRunner().invoke(cli, ["demo", "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def test_demo_stores_three_reports_and_exports_the_record_format(demo_db: Path):
    result = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 3
    for line in lines:
        assert set(line) >= {"document", "statements", "events", "quantities"}
        text_keys = {"id", "file", "title", "outlet", "author", "published", "published_source"}
        assert text_keys <= set(line["document"])
    assert sorted(line["document"]["file"] for line in lines) == [
        "000_5c949f16df993f1d.txt",
        "001_c415b0ac414dcec2.txt",
        "002_1783d5a64e1be02b.txt",
    ]


def test_demo_twice_stores_nothing_new(demo_db: Path):
    result = CliRunner().invoke(cli, ["demo", "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    assert "0 stored, 3 already stored" in result.output


def test_dev_corpus_ingests_nine_documents_once(shared: Path, tmp_path: Path):
    db = str(tmp_path / "dev.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["ingest", str(shared / "corpus" / "dev.jsonl"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "9 stored" in first.output
    again = runner.invoke(cli, ["ingest", str(shared / "corpus" / "dev.jsonl"), "--db", db])
    assert again.exit_code == 0, again.output
    assert "0 stored, 9 already stored" in again.output
    listed = runner.invoke(cli, ["ls", "--json", "--db", db])
    documents = [json.loads(line) for line in listed.output.splitlines()]
    assert len(documents) == 9
    by_file = {d["file"]: d for d in documents}
    voa = by_file["11_voa-blinken-kirby-russian-activity.txt"]
    assert voa["outlet"] and voa["published"] == "2021-11-11"


def test_bad_inputs_are_named_and_the_rest_is_stored(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text("Ruritanian troops crossed the border on Monday, officials said.\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02garbage\x00")
    db = str(tmp_path / "x.db")
    result = CliRunner().invoke(cli, ["ingest", str(good), str(empty), str(binary), "--db", db])
    assert result.exit_code == 3, result.output
    assert "empty.txt" in result.output and "blob.txt" in result.output
    assert "1 stored" in result.output


@pytest.fixture(scope="module")
def dev_db(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("dev") / "dev.db")
    inputs = [str(shared / "corpus" / "dev.jsonl"), str(shared / "corpus" / "seeds")]
    result = CliRunner().invoke(cli, ["ingest", "-q", "--db", db, *inputs])
    assert result.exit_code == 0, result.output
    return db


def test_stories_group_the_dev_reports(dev_db: str):
    result = CliRunner().invoke(cli, ["stories", "--json", "--db", dev_db])
    assert result.exit_code == 0, result.output
    stories = [json.loads(line) for line in result.output.splitlines()]
    assert sum(len(s["documents"]) for s in stories) == 12
    assert len(stories) < 12  # some reports share a story


def test_disputes_and_escalation_commands(dev_db: str):
    runner = CliRunner()
    disputes = runner.invoke(cli, ["disputes", "--json", "--db", dev_db])
    assert disputes.exit_code == 0, disputes.output
    kinds = {json.loads(line)["kind"] for line in disputes.output.splitlines()}
    assert "event" in kinds
    pairs = runner.invoke(cli, ["escalation", "--json", "--db", dev_db])
    assert pairs.exit_code == 0, pairs.output
    assert any(json.loads(line)["pair"] == "RUS:UKR" for line in pairs.output.splitlines())
    series = runner.invoke(cli, ["escalation", "--pair", "POL:BLR", "--json", "--db", dev_db])
    assert series.exit_code == 0, series.output
    assert json.loads(series.output)["pair"] == "POL:BLR"
    bad = runner.invoke(cli, ["escalation", "--pair", "POLAND", "--db", dev_db])
    assert bad.exit_code == 1
    assert bad.output.startswith("Error: ")


def test_compare_a_story_by_document_id(dev_db: str):
    runner = CliRunner()
    docs = [
        json.loads(line)
        for line in runner.invoke(cli, ["ls", "--json", "--db", dev_db]).output.splitlines()
    ]
    voa = next(d for d in docs if d["file"].startswith("01_voa"))
    result = runner.invoke(cli, ["compare", voa["id"], "--json", "--db", dev_db])
    assert result.exit_code == 0, result.output
    outlets = {p["outlet"] for p in json.loads(result.output)["profiles"]}
    assert {"Voice of America", "Kurdistan 24"} <= outlets
    table = runner.invoke(cli, ["compare", voa["id"], "--db", dev_db])
    assert table.exit_code == 0 and "Kurdistan 24" in table.output


def test_eval_scores_the_database_against_gold(demo_db: Path, shared: Path, tmp_path: Path):
    out = tmp_path / "scores.json"
    gold = str(shared / "eval" / "gold" / "seeds")
    result = CliRunner().invoke(cli, ["eval", gold, "--db", str(demo_db), "--json", str(out)])
    assert result.exit_code == 0, result.output
    scores = json.loads(out.read_text())
    assert scores["documents"]["scored"] == 3
    assert scores["event"]["tp"] > 0
    failing = CliRunner().invoke(
        cli, ["eval", gold, "--db", str(demo_db), "--min", "event.f1=1.01"]
    )
    assert failing.exit_code == 1


def test_show_marks_up_a_document(demo_db: Path):
    result = CliRunner().invoke(cli, ["show", "002_1783d5a64e1be02b.txt", "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    assert "Flare Gun" in result.output
    assert " -> " in result.output  # at least one event line
    as_json = CliRunner().invoke(
        cli, ["show", "002_1783d5a64e1be02b.txt", "--json", "--db", str(demo_db)]
    )
    record = json.loads(as_json.output)
    assert record["document"]["text"].startswith("Warsaw:")
    assert record["events"]


def test_tables_filter_and_print_json(demo_db: Path):
    runner = CliRunner()
    result = runner.invoke(cli, ["events", "--actor", "RUS", "--json", "--db", str(demo_db)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows and all("RUS" in (r["source"] or "") + (r["target"] or "") for r in rows)
    quantities = runner.invoke(
        cli, ["quantities", "--type", "troops", "--json", "--db", str(demo_db)]
    )
    assert all(json.loads(line)["unit"] == "troops" for line in quantities.output.splitlines())
    injected = runner.invoke(cli, ["statements", "--actor", "' OR 1=1 --", "--db", str(demo_db)])
    assert injected.exit_code == 0 and "0 statements" in injected.output
    search = runner.invoke(cli, ["search", "flare gun", "--json", "--db", str(demo_db)])
    assert [json.loads(line)["file"] for line in search.output.splitlines()] == [
        "002_1783d5a64e1be02b.txt"
    ]


def test_report_writes_one_self_contained_file(dev_db: str, tmp_path: Path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", "-o", str(out), "--db", dev_db])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<svg" in html and "<script" not in html
    assert not (tmp_path / "report.html.part").exists()
