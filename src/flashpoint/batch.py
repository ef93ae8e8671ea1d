"""Ray engine: the same stage functions mapped over Ray Data, for corpora beyond one machine.

Inputs are JSONL shards (one document a line, as `flashpoint ingest` reads them) or Parquet
shards (the same columns). Each Ray actor loads the spaCy model and lexicons once
(`ExtractBatch`); the driver writes records to the store one batch per transaction, or the
records are written as Parquet shards for `flashpoint load`. Documents already stored are
skipped, so an interrupted run resumes where it stopped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from flashpoint.config import Settings
from flashpoint.errors import ConfigError, InputError
from flashpoint.records import Document, Record, record_from_dict, record_to_dict

PARQUET_ROWS = 256  # rows per slice read from a Parquet shard
BLOCK_BYTES = 128 * 1024  # Ray Data block size: about 50 reports of 2 KB
ERROR = "error"  # column of a row that could not be read: the one-line message


def _document_json(document: Document) -> str:
    data = record_to_dict(Record(document), with_text=True)["document"]
    data["source"] = document.source
    return json.dumps(data, ensure_ascii=False)


def _document_back(text: str) -> Document:
    data = json.loads(text)
    document = record_from_dict({"document": data}).document
    return Document(**{**_fields(document), "source": data.get("source")})


def _fields(document: Document) -> dict[str, Any]:
    return {name: getattr(document, name) for name in Document.__slots__}


def read_lines(batch: dict[str, Any], *, stored: frozenset[str]) -> dict[str, list[str]]:
    """Turn JSONL lines (from `read_text`) into documents, dropping those already stored.

    A Ray Data task (not an actor), fused with the read and holding no CPU of its own, so
    the extraction actors get every CPU the cluster has.
    """
    rows: list[Any] = []
    errors: list[str] = []
    paths = [str(p) for p in batch["path"]]
    for path, line in zip(paths, batch["text"], strict=True):
        rows.append(None)
        text = str(line).lstrip("\ufeff")
        if not text.strip():
            continue
        try:
            rows[-1] = json.loads(text)
        except json.JSONDecodeError as exc:
            errors.append(f"{path}: a line is not valid JSON ({exc.msg})")
        except RecursionError:
            errors.append(f"{path}: a line is not valid JSON (nested too deeply)")
    return _documents(paths, rows, errors, stored)


def read_parquet_files(
    batch: dict[str, Any], *, stored: frozenset[str]
) -> Iterator[dict[str, list[str]]]:
    """Read Parquet shards (the JSONL fields as columns) into documents, as `read_lines`.

    pyarrow reads each file in slices, in this zero-CPU task: Ray's own Parquet reader
    starts dozens of footer-reading actors first, minutes on a small machine.
    """
    import pyarrow.parquet as pq

    for raw in batch["path"]:
        path = str(raw)
        try:
            parquet = pq.ParquetFile(path)
            slices = parquet.iter_batches(batch_size=PARQUET_ROWS)
            for chunk in slices:
                rows: list[Any] = chunk.to_pylist()
                yield _documents([path] * len(rows), rows, [], stored)
        except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
            yield _documents([], [], [f"{path}: not a readable Parquet file ({exc})"], stored)


def _documents(
    paths: list[str], rows: list[Any], errors: list[str], stored: frozenset[str]
) -> dict[str, list[str]]:
    from flashpoint.ingest.jsonl import document_from_object

    documents: list[str] = []
    for path, row in zip(paths, rows, strict=True):
        if row is None:
            continue
        name = Path(path).name or "ray-input"
        try:
            document = document_from_object(row, source=path, fallback_file=name, overrides=None)
        except InputError as exc:
            errors.append(str(exc))
            continue
        if document.id not in stored:
            documents.append(_document_json(document))
    return {"document": documents + [""] * len(errors), ERROR: [""] * len(documents) + errors}


def _parquet_files(path: Path) -> list[Path]:
    return sorted(path.rglob("*.parquet")) if path.is_dir() else [path]


class ExtractBatch:
    """One Ray actor: loads the model and lexicons once, then extracts batch after batch."""

    def __init__(self, model: str, data_dirs: Sequence[str] = ()) -> None:
        from flashpoint.pipeline import Extractor

        self.extractor = Extractor(
            Settings(model=model, data_dirs=tuple(Path(p) for p in data_dirs))
        )

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[str]]:
        documents = [_document_back(text) for text in batch["document"] if text]
        records = iter(self.extractor(documents))
        out: list[str] = []
        for text in batch["document"]:
            out.append(json.dumps(record_to_dict(next(records), with_text=True)) if text else "")
        return {"record": out, ERROR: list(batch[ERROR])}


def _record_back(line: str) -> Record:
    data = json.loads(line)
    record = record_from_dict(data, text=data["document"].get("text", ""))
    return record


def _dataset(inputs: Sequence[str], stored: frozenset[str]) -> Any:
    """Read the shards into a dataset of documents (JSON strings) and read errors."""
    import ray.data

    jsonl = [p for p in inputs if p.endswith((".jsonl", ".json", ".jsonl.gz"))]
    parquet = [p for p in inputs if p.endswith(".parquet") or Path(p).is_dir()]
    other = sorted(set(inputs) - set(jsonl) - set(parquet))
    if other:
        raise InputError(other[0], "the Ray engine reads JSONL or Parquet shards only")
    for path in (*jsonl, *parquet):
        if not Path(path).exists() and "://" not in path:
            raise InputError(path, "no such file or folder")
    # reading is cheap next to parsing: read tasks hold no CPU, the actors get them all
    options: dict[str, Any] = {
        "batch_format": "numpy",
        "num_cpus": 0,
        "fn_kwargs": {"stored": stored},
    }
    parts = []
    readers: tuple[Any, Any] = (
        read_lines,
        read_parquet_files,
    )  # keyword-only `stored`: not in Ray's type
    if jsonl:
        lines = ray.data.read_text(jsonl, include_paths=True, num_cpus=0)
        parts.append(lines.map_batches(readers[0], **options))
    if parquet:
        files = [str(f) for p in parquet for f in _parquet_files(Path(p))]
        listed = ray.data.from_items([{"path": f} for f in files])
        parts.append(listed.map_batches(readers[1], batch_size=1, **options))
    if not parts:
        raise InputError("ray", "no JSONL or Parquet inputs given")
    return parts[0] if len(parts) == 1 else parts[0].union(*parts[1:])


def extract_with_ray(
    inputs: Sequence[str], *, settings: Settings, stored: frozenset[str] = frozenset()
) -> Any:
    """Return the Ray dataset of extracted records (JSON strings) and read errors."""
    import ray.data

    return _dataset(inputs, stored).map_batches(
        ExtractBatch,
        fn_constructor_args=(settings.model, tuple(str(p) for p in settings.data_dirs)),
        batch_size=settings.batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=max(1, settings.workers)),
        num_cpus=1,
    )


def _init_ray(settings: Settings, address: str | None) -> None:
    try:
        import ray
    except ImportError as exc:
        raise ConfigError("the Ray engine needs Ray: pip install 'flashpoint[ray]'") from exc
    import logging

    from ray.data import DataContext

    context = DataContext.get_current()
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    # small blocks (a few dozen reports): one big shard still spreads over every actor, and
    # records reach the store as they come (a repartition step would need a CPU of its own)
    context.target_max_block_size = BLOCK_BYTES
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    if not ray.is_initialized():
        ray.init(
            address=address,
            num_cpus=None if address else max(1, settings.workers),
            include_dashboard=False,
            log_to_driver=False,
            configure_logging=False,
        )


def iter_results(dataset: Any, batch_size: int) -> Iterator[tuple[list[Record], list[str]]]:
    """Yield (records, errors) batch by batch from an extracted dataset, in bounded memory."""
    for batch in dataset.iter_batches(batch_size=batch_size, batch_format="numpy"):
        records = [_record_back(str(line)) for line in batch["record"] if line]
        errors = [str(e) for e in batch[ERROR] if e]
        yield records, errors


def store_results(
    results: Iterable[tuple[list[Record], list[str]]], store: Any, *, quiet: bool = True
) -> tuple[int, list[str]]:
    """Write extracted batches to the store (one transaction each); return (stored, errors)."""
    from dataclasses import replace

    from flashpoint.extract import EXTRACTOR_VERSION

    stored = 0
    errors: list[str] = []
    for records, batch_errors in results:
        errors.extend(batch_errors)
        # as the local path: near-duplicates of stored documents and of earlier ones in the batch
        earlier = store.find_near_duplicates([r.document for r in records])
        out = [
            replace(r, near_duplicate_of=earlier[r.document.id]) if r.document.id in earlier else r
            for r in records
        ]
        stored += len(store.add_records(out, extractor=EXTRACTOR_VERSION))
    return stored, errors


def ingest_with_ray(
    inputs: Sequence[str],
    *,
    settings: Settings,
    address: str | None = None,
    quiet: bool = False,
    output_dir: str | None = None,
) -> int:
    """Run ingest on Ray; write to the store (or Parquet shards); return the exit code."""
    import sys

    from flashpoint.pipeline import link_all
    from flashpoint.store import open_store

    _init_ray(settings, address)
    store = open_store(settings.db_url)
    try:
        stored_ids = frozenset(d.id for d in store.list_documents())
        dataset = extract_with_ray(inputs, settings=settings, stored=stored_ids)
        if output_dir is not None:
            dataset.write_parquet(output_dir)
            if not quiet:
                print(f"records written as Parquet shards to {output_dir}", file=sys.stderr)
            return 0
        stored, errors = store_results(iter_results(dataset, settings.batch_size), store)
        if stored:
            link_all(store, rebuild=False)  # the new documents join the stored links
    finally:
        store.close()
    for error in errors:
        print(f"error {error}", file=sys.stderr)
    if not quiet:
        print(
            f"{stored} stored, {len(errors)} failed, {len(stored_ids)} were already stored",
            file=sys.stderr,
        )
    return 0 if not errors else 3


def load_shards(
    paths: Sequence[str], store: Any, *, batch_size: int = 256
) -> tuple[int, list[str]]:
    """Bulk-load record Parquet shards written by `ingest --engine ray --output-dir`."""
    import pyarrow.parquet as pq

    files = [f for raw in paths for f in _parquet_files(Path(raw))]

    def batches() -> Iterator[tuple[list[Record], list[str]]]:
        for file in files:
            try:
                parquet = pq.ParquetFile(file)
            except (OSError, ValueError) as exc:
                yield [], [f"{file}: not a readable Parquet file ({exc})"]
                continue
            for chunk in parquet.iter_batches(batch_size=batch_size, columns=["record", ERROR]):
                data = chunk.to_pydict()
                records = [_record_back(line) for line in data["record"] if line]
                yield records, [e for e in data[ERROR] if e]

    return store_results(batches(), store)
