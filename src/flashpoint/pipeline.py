"""The pipeline: ingest -> nlp -> extract -> store -> link, in batches.

A stage is a function from a batch of typed records to a batch of typed records, so the
same functions run in-process, in worker processes, or on Ray (`batch.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar

from flashpoint.config import Settings
from flashpoint.errors import InputError
from flashpoint.records import Document, Record

if TYPE_CHECKING:
    from flashpoint.store import Store

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Yield lists of at most `size` items, lazily."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class Extractor:
    """The nlp + extract stages, with the model and lexicons loaded once."""

    def __init__(self, settings: Settings) -> None:
        from flashpoint.extract import load_resources
        from flashpoint.nlp import load_nlp

        self.settings = settings
        self.nlp = load_nlp(settings.model)
        self.resources = load_resources(settings)

    def __call__(self, documents: Sequence[Document]) -> list[Record]:
        """Parse and extract a batch of documents."""
        from flashpoint.extract import extract_record

        docs = self.nlp.pipe((d.text for d in documents), batch_size=self.settings.batch_size)
        return [
            extract_record(doc, document, self.resources)
            for doc, document in zip(docs, documents, strict=True)
        ]


_WORKER: Extractor | None = None  # one per worker process, loaded by _init_worker


def _init_worker(settings: Settings) -> None:
    global _WORKER
    _WORKER = Extractor(settings)


def _run_worker(documents: list[Document]) -> list[Record]:
    if _WORKER is None:  # pragma: no cover - the pool initializer always runs first
        raise RuntimeError("worker used before initialisation")
    return _WORKER(documents)


def map_batches(
    batches: Iterable[list[Document]], settings: Settings, extractor: Extractor | None = None
) -> Iterator[list[Record]]:
    """Extract batches in order, in this process or in `settings.workers` processes.

    At most two batches per worker are in flight, so memory stays bounded whatever the
    corpus size (Pool.imap would read the whole input ahead).
    """
    if settings.workers <= 1:
        run = extractor
        for batch in batches:
            run = run or Extractor(settings)
            yield run(batch)
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")  # fork would copy a loaded model and threads
    with ProcessPoolExecutor(
        max_workers=settings.workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(settings,),
    ) as pool:
        window: deque[Future[list[Record]]] = deque()
        for batch in batches:
            window.append(pool.submit(_run_worker, batch))
            if len(window) >= 2 * settings.workers:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


@dataclass
class IngestReport:
    """What one ingest run did, for the summary line and the exit code."""

    stored: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already stored
    near_duplicates: list[tuple[str, str]] = field(default_factory=list)  # (new id, earlier id)
    errors: list[InputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def ingest(
    items: Iterable[Document | InputError],
    store: Store,
    settings: Settings,
    *,
    on_document: Callable[[str, Document | InputError], None] | None = None,
    extractor: Extractor | None = None,
    link: bool = True,
) -> IngestReport:
    """Run every stage on each new document and store it, one transaction per batch.

    With `link` false the link stage is left to the caller (`link_all`), e.g. to time it.
    """
    from dataclasses import replace

    from flashpoint.extract import EXTRACTOR_VERSION

    report = IngestReport()
    seen: set[str] = set()

    def fresh() -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                report.errors.append(item)
                if on_document:
                    on_document("error", item)
                continue
            if item.id in seen or store.has_document(item.id):
                report.skipped.append(item.id)
                if on_document:
                    on_document("skipped", item)
                continue
            seen.add(item.id)
            yield item

    for extracted in map_batches(batched(fresh(), settings.batch_size), settings, extractor):
        earlier = store.find_near_duplicates([r.document for r in extracted])
        records = [
            replace(r, near_duplicate_of=earlier[r.document.id]) if r.document.id in earlier else r
            for r in extracted
        ]
        report.near_duplicates.extend(earlier.items())
        report.stored.extend(store.add_records(records, extractor=EXTRACTOR_VERSION))
        if on_document:
            for record in records:
                on_document("stored", record.document)
    if report.stored and link:
        link_all(store, rebuild=False)
    return report


def rebuild(store: Store, settings: Settings, *, extractor: Extractor | None = None) -> int:
    """Re-run extraction (and linking) on every stored document; return how many."""
    from flashpoint.extract import EXTRACTOR_VERSION

    count = 0
    documents = [r.document for r in store.iter_records()]
    for records in map_batches(batched(documents, settings.batch_size), settings, extractor):
        store.replace_records(records, extractor=EXTRACTOR_VERSION)
        count += len(records)
    link_all(store)
    return count


def link_all(store: Store, *, rebuild: bool = True) -> None:
    """Link stories, clusters, corroboration and conflicts over the stored records.

    With `rebuild` every link is recomputed; without it only the documents not linked
    yet are linked, relinking just the stories they can change (same result).
    """
    from flashpoint.link import link_store

    link_store(store, rebuild=rebuild)
