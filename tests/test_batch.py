"""The Ray engine gives the same records as the local path, and resumes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from flashpoint.batch import ingest_with_ray  # noqa: E402
from flashpoint.config import Settings  # noqa: E402
from flashpoint.ingest import iter_documents  # noqa: E402
from flashpoint.pipeline import ingest  # noqa: E402
from flashpoint.records import record_to_dict  # noqa: E402
from flashpoint.store import open_store  # noqa: E402

pytestmark = pytest.mark.ray

TEXTS = [
    "Ruritanian troops massed near the Freedonian border on Monday, officials said.",
    "Freedonia accused Ruritania of provocation and urged it to withdraw its forces.",
    "The Ruritanian defence ministry denied that 5,000 soldiers had crossed the border.",
]


@pytest.fixture(scope="module")
def ray_local():
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def _shard(tmp_path: Path) -> Path:
    shard = tmp_path / "shard-000.jsonl"
    lines = [
        json.dumps(
            {
                "file": f"r{i}.txt",
                "text": t,
                "outlet": "Gazette",
                "published": "2022-02-0" + str(i + 1),
            }
        )
        for i, t in enumerate(TEXTS)
    ]
    shard.write_text("\n".join([*lines, "{not json"]) + "\n", encoding="utf-8")
    return shard


def _records(url: str) -> list[dict[str, object]]:
    store = open_store(url)
    try:
        return sorted(
            (record_to_dict(r) for r in store.iter_records()), key=lambda d: d["document"]["file"]
        )
    finally:
        store.close()


def test_ray_and_local_paths_store_the_same_records(ray_local, tmp_path):
    shard = _shard(tmp_path)
    local = Settings(db_url=f"sqlite:///{tmp_path / 'local.db'}")
    store = open_store(local.db_url)
    try:
        report = ingest(iter_documents([str(shard)]), store, local)
    finally:
        store.close()
    assert len(report.stored) == 3 and len(report.errors) == 1
    remote = Settings(db_url=f"sqlite:///{tmp_path / 'ray.db'}", workers=2, batch_size=2)
    assert ingest_with_ray([str(shard)], settings=remote, quiet=True) == 3  # the bad line
    assert _records(remote.db_url) == _records(local.db_url)
    # resumable: a second run stores nothing new
    assert ingest_with_ray([str(shard.with_suffix(".jsonl"))], settings=remote, quiet=True) == 3
    assert len(_records(remote.db_url)) == 3


def test_parquet_shards_then_flashpoint_load(ray_local, tmp_path):
    from click.testing import CliRunner

    from flashpoint.cli import cli

    shard = _shard(tmp_path)
    out = tmp_path / "records"
    runner = CliRunner()
    written = runner.invoke(
        cli,
        [
            "ingest",
            "--engine",
            "ray",
            "--workers",
            "1",
            "-q",
            "--output-dir",
            str(out),
            "--db",
            str(tmp_path / "unused.db"),
            str(shard),
        ],
    )
    assert written.exit_code == 0, written.output
    assert sorted(out.glob("*.parquet"))
    loaded = runner.invoke(cli, ["load", "--db", str(tmp_path / "loaded.db"), str(out)])
    assert loaded.exit_code == 3, loaded.output  # the bad line travels with the shards
    assert "3 stored, 1 failed" in loaded.stderr
    assert "not valid JSON" in loaded.stderr
    local = Settings(db_url=f"sqlite:///{tmp_path / 'local.db'}")
    store = open_store(local.db_url)
    try:
        ingest(iter_documents([str(shard)]), store, local)
    finally:
        store.close()
    assert _records(f"sqlite:///{tmp_path / 'loaded.db'}") == _records(local.db_url)


@pytest.mark.filterwarnings("ignore:The minimum number of concurrent actors")  # 3 rows, 2 actors
def test_parquet_document_shards_in(ray_local, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [{"file": f"p{i}.txt", "text": t, "outlet": "Gazette"} for i, t in enumerate(TEXTS)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "docs-000.parquet")
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'pq.db'}", workers=2)
    assert ingest_with_ray([str(tmp_path / "docs-000.parquet")], settings=settings, quiet=True) == 0
    records = _records(settings.db_url)
    assert [r["document"]["file"] for r in records] == ["p0.txt", "p1.txt", "p2.txt"]
