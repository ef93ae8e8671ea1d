"""Ingest the shared corpus: the seeds folder and dev.jsonl, with their metadata."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.errors import InputError
from flashpoint.ingest import iter_documents
from flashpoint.records import Document

SHARED = Path(__file__).parents[3] / "shared"
CORPUS = SHARED / "corpus"


def _documents(path: Path) -> list[Document]:
    items = list(iter_documents([str(path)]))
    errors = [item for item in items if isinstance(item, InputError)]
    assert not errors, errors
    return [item for item in items if isinstance(item, Document)]


@pytest.mark.skipif(not (CORPUS / "dev.jsonl").exists(), reason="shared corpus absent")
def test_dev_jsonl_yields_nine_documents_with_their_metadata():
    documents = _documents(CORPUS / "dev.jsonl")
    rows = [json.loads(line) for line in (CORPUS / "dev.jsonl").read_text("utf-8").splitlines()]
    assert len(documents) == len(rows) == 9
    for document, row in zip(documents, rows, strict=True):
        assert document.file == row["file"]
        assert document.text == row["text"]
        assert document.outlet == row["outlet"]
        assert document.published == row["published"]
        assert document.url == row["url"]
        assert document.title == row["title"]
        expected_source = "metadata" if row["published"] else "unknown"
        assert document.published_source == expected_source


@pytest.mark.skipif(not (CORPUS / "seeds").exists(), reason="shared corpus absent")
def test_seed_folder_reads_metadata_from_the_text():
    documents = {d.file: d for d in _documents(CORPUS / "seeds")}
    assert sorted(documents) == sorted(p.name for p in (CORPUS / "seeds").glob("*.txt"))
    for path in (CORPUS / "seeds").glob("*.txt"):
        assert documents[path.name].text == path.read_bytes().decode("utf-8")
    first = documents["000_5c949f16df993f1d.txt"]
    assert first.published == "2021-11-12"
    assert first.published_source == "byline"
    assert first.author == "Thomas Scripps"
    assert first.title == "NATO ratchets up anti-Russian offensive in Poland and Ukraine"
    assert first.outlet == "World Socialist Web Site"


@pytest.mark.skipif(not (SHARED / "eval" / "gold").exists(), reason="shared gold absent")
def test_metadata_matches_the_gold_documents():
    gold = {}
    for path in (SHARED / "eval" / "gold").glob("*/*.json"):
        document = json.loads(path.read_text("utf-8"))["document"]
        gold[document["file"]] = document
    documents = _documents(CORPUS / "seeds") + _documents(CORPUS / "dev.jsonl")
    for document in documents:
        expected = gold[document.file]
        for field in ("title", "outlet", "author", "published", "published_source", "url"):
            assert getattr(document, field) == expected[field], (document.file, field)
