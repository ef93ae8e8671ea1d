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
