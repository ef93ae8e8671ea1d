"""The `flashpoint` command: each command a thin wrapper around the stages.

Exit codes: 0 success; 1 an error stopped the command (one line on stderr); 2 bad usage;
3 the command finished but some inputs could not be read (each named on stderr).

Heavy libraries (spaCy, the web stack, Ray) are imported inside the commands that need
them, so `flashpoint --help` stays fast.
"""

from __future__ import annotations

import functools
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from flashpoint.config import Settings, db_url_from
from flashpoint.errors import FlashpointError
from flashpoint.records import Event, Quantity, Statement

if TYPE_CHECKING:
    from rich.console import Console

    from flashpoint.records import Record
    from flashpoint.store import Filters, Row, Store

EXIT_PARTIAL = 3  # finished, but some inputs failed

F = TypeVar("F", bound=Callable[..., Any])


def _console(*, stderr: bool = False) -> Console:
    from rich.console import Console

    return Console(stderr=stderr, highlight=False, soft_wrap=True)


def handle_errors(func: F) -> F:
    """Turn our own exceptions into one-line click errors (exit 1)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except FlashpointError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper  # type: ignore[return-value]


db_option = click.option(
    "--db",
    "db",
    metavar="URL",
    help="Database path or URL (postgresql://...). Default: $FLASHPOINT_DB, else ./flashpoint.db.",
)
model_option = click.option(
    "--model",
    metavar="NAME",
    help="spaCy model name or path. Default: $FLASHPOINT_MODEL, else en_core_web_sm.",
)
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON lines.")


def _settings(db: str | None = None, model: str | None = None, **extra: Any) -> Settings:
    return Settings().with_(db_url=db_url_from(db), model=model, **extra)


def _open(db: str | None) -> Store:
    from flashpoint.store import open_store

    return open_store(db_url_from(db))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="flashpoint")
def cli() -> None:
    """flashpoint: a sourced, cross-checked event record from news reports.

    Reads reports and official statements about a security crisis and records who did
    what to whom (PLOVER events), who says so and how the outlet presents it, the numbers
    each party claims, and where outlets agree or contradict each other.

    Example: flashpoint demo
    """


# ---------------------------------------------------------------------------
# ingest and rebuild


def _ingest_run(
    inputs: Sequence[str],
    *,
    feeds: Sequence[str],
    settings: Settings,
    outlet: str | None,
    published: str | None,
    title: str | None,
    allow_private: bool,
    quiet: bool,
) -> int:
    from flashpoint.ingest import FetchPolicy, Overrides, iter_documents
    from flashpoint.pipeline import ingest
    from flashpoint.store import open_store

    err = _console(stderr=True)
    store = open_store(settings.db_url)
    try:
        items = iter_documents(
            inputs,
            feeds=feeds,
            overrides=Overrides(outlet=outlet, published=published, title=title),
            policy=FetchPolicy(allow_private=allow_private),
        )
        from rich.markup import escape
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        # a live bar on a terminal; one line per document when the output is a log
        progress = Progress(
            SpinnerColumn(),
            TextColumn("ingesting: {task.completed} stored, {task.fields[skipped]} skipped"),
            TimeElapsedColumn(),
            console=err,
            transient=True,
            disable=quiet or not err.is_terminal,
        )
        task = progress.add_task("ingest", total=None, skipped=0)

        def note(kind: str, item: Any) -> None:
            if kind == "error":
                progress.console.print(f"[red]error[/red] {escape(str(item))}")
                return
            if kind == "stored":
                progress.advance(task)
            else:
                progress.update(task, skipped=progress.tasks[0].fields["skipped"] + 1)
            if not quiet and not err.is_terminal:
                label = "stored" if kind == "stored" else "skipped, already stored"
                err.print(f"{label}: {escape(item.file)} ({item.id})")

        with progress:
            report = ingest(items, store, settings, on_document=note)
    finally:
        store.close()
    if not quiet:
        err.print(
            f"{len(report.stored)} stored, {len(report.skipped)} already stored, "
            f"{len(report.near_duplicates)} near-duplicates linked, {len(report.errors)} failed"
        )
    return 0 if report.ok else EXIT_PARTIAL


@cli.command("ingest")
@click.argument("inputs", nargs=-1)
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="RSS/Atom feed (repeatable).")
@click.option("--outlet", help="Outlet name for every input (overrides what is read).")
@click.option("--published", metavar="DATE", help="Publication date for every input.")
@click.option("--title", help="Title for every input.")
@click.option("--allow-private", is_flag=True, help="Allow URLs on loopback/private networks.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), help="Documents per batch.")
@click.option("--workers", type=click.IntRange(1, 256), help="Extraction processes.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True)
@click.option("--ray-address", metavar="ADDR", help="Ray cluster address (with --engine ray).")
@click.option(
    "--output-dir",
    type=click.Path(file_okay=False),
    help="With --engine ray: write record Parquet shards here instead (see `flashpoint load`).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print errors only.")
@db_option
@model_option
@handle_errors
def ingest_command(
    inputs: tuple[str, ...],
    feeds: tuple[str, ...],
    outlet: str | None,
    published: str | None,
    title: str | None,
    allow_private: bool,
    batch_size: int | None,
    workers: int | None,
    engine: str,
    ray_address: str | None,
    output_dir: str | None,
    quiet: bool,
    db: str | None,
    model: str | None,
) -> None:
    """Read reports (files, folders, JSONL, HTML, URLs, feeds) and run every stage on them.

    Documents already stored (same normalised text) are skipped; bad inputs are named
    on stderr and the rest is still ingested (exit code 3).

    Example: flashpoint ingest reports/ extra.jsonl https://example.org/story.html
    """
    if not inputs and not feeds:
        raise click.UsageError("give at least one file, folder, URL or --feed")
    settings = _settings(db, model, batch_size=batch_size, workers=workers)
    if engine == "ray":
        from flashpoint.batch import ingest_with_ray

        code = ingest_with_ray(
            inputs, settings=settings, address=ray_address, quiet=quiet, output_dir=output_dir
        )
    else:
        code = _ingest_run(
            inputs,
            feeds=feeds,
            settings=settings,
            outlet=outlet,
            published=published,
            title=title,
            allow_private=allow_private,
            quiet=quiet,
        )
    sys.exit(code)


@cli.command("extract")
@click.option("--rebuild", is_flag=True, help="Re-run extraction on every stored document.")
@db_option
@model_option
@handle_errors
def extract_command(rebuild: bool, db: str | None, model: str | None) -> None:
    """Re-run extraction (and linking) on stored documents after a lexicon or model change.

    Example: flashpoint extract --rebuild
    """
    if not rebuild:
        raise click.UsageError("nothing to do: pass --rebuild (ingest extracts new documents)")
    from flashpoint.pipeline import rebuild as rebuild_all

    store = _open(db)
    try:
        count = rebuild_all(store, _settings(db, model))
    finally:
        store.close()
    _console(stderr=True).print(f"re-extracted {count} documents")


@cli.command("load")
@click.argument("shards", nargs=-1, required=True)
@db_option
@handle_errors
def load_command(shards: tuple[str, ...], db: str | None) -> None:
    """Bulk-load record Parquet shards written by `ingest --engine ray --output-dir`.

    Example: flashpoint load shards/ --db postgresql://flashpoint@db/flashpoint
    """
    from rich.text import Text

    from flashpoint.batch import load_shards
    from flashpoint.pipeline import link_all

    store = _open(db)
    try:
        stored, errors = load_shards(shards, store)
        if stored:
            link_all(store, rebuild=False)  # the loaded documents join the stored links
    finally:
        store.close()
    err = _console(stderr=True)
    for error in errors:
        err.print(Text(f"error {error}"))
    err.print(f"{stored} stored, {len(errors)} failed")
    sys.exit(0 if not errors else EXIT_PARTIAL)


@cli.command("link")
@click.option("--rebuild", is_flag=True, help="Recompute every cross-document link.")
@db_option
@handle_errors
def link_command(rebuild: bool, db: str | None) -> None:
    """Link the documents not linked yet (stories, event clusters, corroboration,
    conflicting numbers); with --rebuild, recompute every link over the whole store.

    Ingest links what it stores, so plain `link` only has work after an interrupted run.

    Example: flashpoint link --rebuild
    """
    from flashpoint.pipeline import link_all

    store = _open(db)
    try:
        link_all(store, rebuild=rebuild)
    finally:
        store.close()
    _console(stderr=True).print("relinked everything" if rebuild else "linked")


# ---------------------------------------------------------------------------
# reading the store


def _print_json(rows: Iterable[dict[str, Any]]) -> None:
    for row in rows:
        click.echo(json.dumps(row, ensure_ascii=False))


def _table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        # Text() never interprets markup: report text is shown as it is
        table.add_row(*(Text("" if v is None else str(v)) for v in row))
    _console().print(table)


@cli.command("ls")
@click.option("--outlet", help="Outlet name contains this (case-insensitive).")
@click.option("--since", metavar="DATE", help="Published on or after DATE.")
@click.option("--until", metavar="DATE", help="Published on or before DATE.")
@click.option("--story", metavar="ID", help="Only documents of this story.")
@click.option("--limit", type=click.IntRange(1), help="At most this many.")
@json_option
@db_option
@handle_errors
def ls_command(
    outlet: str | None,
    since: str | None,
    until: str | None,
    story: str | None,
    limit: int | None,
    as_json: bool,
    db: str | None,
) -> None:
    """List stored documents.

    Example: flashpoint ls --outlet voa
    """
    from flashpoint.records import document_to_dict
    from flashpoint.store import Filters

    store = _open(db)
    try:
        documents = store.list_documents(
            Filters(outlet=outlet, since=since, until=until, story=story, limit=limit)
        )
    finally:
        store.close()
    if as_json:
        _print_json(document_to_dict(d) for d in documents)
        return
    _table(
        f"{len(documents)} documents",
        ["id", "file", "outlet", "published", "title"],
        ((d.id, d.file, d.outlet, d.published, d.title) for d in documents),
    )


_STATUS_STYLE = {
    "asserted": "green",
    "claimed": "yellow",
    "denied": "red",
    "hedged": "magenta",
}


def _marked_up(record: Record) -> Any:
    """Return the document text as rich Text with its statements, events and numbers marked."""
    from rich.text import Text

    text = Text(record.document.text)
    for statement in record.statements:
        start, end = statement.content_span
        text.stylize(f"underline {_STATUS_STYLE.get(statement.factuality, 'white')}", start, end)
    for event in record.events:
        if event.trigger_span:
            text.stylize("bold cyan", *event.trigger_span)
    for quantity in record.quantities:
        text.stylize("bold reverse", *quantity.span)
    return text


@cli.command("show")
@click.argument("doc")
@json_option
@click.option("--corrected", is_flag=True, help="Apply analyst corrections.")
@db_option
@handle_errors
def show_command(doc: str, as_json: bool, corrected: bool, db: str | None) -> None:
    """Show one document with its extracted items marked up in place.

    DOC is a document id, a unique id prefix, or a file name. Statement content is
    underlined by factuality (green asserted, yellow claimed, red denied, magenta hedged),
    event triggers are bold cyan, quantities reversed.

    Example: flashpoint show 000_5c949f16df993f1d.txt
    """
    from flashpoint.records import record_to_dict

    store = _open(db)
    try:
        record = store.get_record(doc, corrected=corrected) if corrected else store.get_record(doc)
    finally:
        store.close()
    if record is None:
        raise click.ClickException(f"{doc}: no such document (see `flashpoint ls`)")
    if as_json:
        click.echo(json.dumps(record_to_dict(record, with_text=True), ensure_ascii=False))
        return
    from rich.rule import Rule
    from rich.text import Text

    console = _console()
    d = record.document
    console.print(Text(f"{d.title or d.file}", style="bold"))
    console.print(
        Text(f"{d.outlet or 'outlet unknown'} · {d.published or 'date unknown'} · {d.id}")
    )
    console.print(Rule())
    console.print(_marked_up(record))
    console.print(Rule())
    for s in record.statements:
        who = s.speaker.name or s.speaker.actor or "?"
        console.print(Text(f"{s.id} {who} [{s.factuality}, {s.kind}] {s.cue}: {s.content}"))
    for e in record.events:
        console.print(
            Text(
                f"{e.id} {e.type}/{e.mode or '-'} {e.source or '?'} -> {e.target or '?'} "
                f"[{e.status}] {e.date.start or ''} {e.location.name if e.location else ''}"
            )
        )
    for q in record.quantities:
        console.print(
            Text(f"{q.id} {q.text}: {q.low}..{q.high} {q.unit} of {q.of} (by {q.claimed_by})")
        )


def _filter_options(func: F) -> F:
    options = [
        click.option("--type", "type_", metavar="NAME", help="PLOVER type / unit / factuality."),
        click.option("--actor", metavar="CODE", help="Actor code or entity, e.g. POL or RUS-MIL."),
        click.option("--since", metavar="DATE", help="On or after DATE (ISO)."),
        click.option("--until", metavar="DATE", help="On or before DATE (ISO)."),
        click.option("--status", help="Event status or statement factuality."),
        click.option("--outlet", help="Outlet name contains this."),
        click.option("--story", metavar="ID", help="Only this story."),
        click.option("--limit", type=click.IntRange(1), help="At most this many rows."),
        json_option,
        db_option,
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(**kwargs: Any) -> Filters:
    from flashpoint.store import Filters

    kwargs["type"] = kwargs.pop("type_", None)
    return Filters(**kwargs)


def _rows_json(rows: Sequence[Row]) -> Iterable[dict[str, Any]]:
    from flashpoint.records import (
        Event,
        Statement,
        event_to_dict,
        quantity_to_dict,
        statement_to_dict,
    )

    for row in rows:
        item = row.item
        data = (
            event_to_dict(item)
            if isinstance(item, Event)
            else statement_to_dict(item)
            if isinstance(item, Statement)
            else quantity_to_dict(item)
        )
        data["document"] = {
            "id": row.document.id,
            "file": row.document.file,
            "outlet": row.document.outlet,
            "published": row.document.published,
        }
        if row.correction:
            data["correction"] = row.correction
        yield data


def _list_items(
    kind: str,
    db: str | None,
    as_json: bool,
    filters: dict[str, Any],
    columns: Sequence[str],
    cells: Callable[[Row], Sequence[Any]],
) -> None:
    """Print one of the item tables (events, statements, quantities), filtered."""
    store = _open(db)
    try:
        query = {
            "events": store.query_events,
            "statements": store.query_statements,
            "quantities": store.query_quantities,
        }[kind]
        rows = query(_filters(**filters))
    finally:
        store.close()
    if as_json:
        _print_json(_rows_json(rows))
        return
    _table(f"{len(rows)} {kind}", columns, (cells(r) for r in rows))


def _ref(row: Row) -> str:
    return f"{row.document.id[:8]}:{row.item.id}"


def _event_cells(row: Row) -> list[Any]:
    e = row.item
    if not isinstance(e, Event):
        return []
    place = e.location.name if e.location else None
    return [_ref(row), e.type, e.mode, e.source, e.target, e.status, e.date.start, place,
            e.corroboration, row.document.outlet]  # fmt: skip


def _statement_cells(row: Row) -> list[Any]:
    s = row.item
    if not isinstance(s, Statement):
        return []
    content = s.content if len(s.content) < 120 else s.content[:117] + "..."
    return [_ref(row), s.speaker.name, s.speaker.actor, s.cue, s.factuality, s.kind, content]


def _quantity_cells(row: Row) -> list[Any]:
    q = row.item
    if not isinstance(q, Quantity):
        return []
    return [_ref(row), q.text, q.low, q.high, q.unit, q.of, q.claimed_by,
            ", ".join(q.conflicts_with), row.document.outlet]  # fmt: skip


@cli.command("events")
@_filter_options
@handle_errors
def events_command(as_json: bool, db: str | None, **kwargs: Any) -> None:
    """List extracted events (PLOVER), filtered.

    Example: flashpoint events --type MOBILIZE --actor RUS --since 2021-11-01
    """
    columns = ["id", "type", "mode", "source", "target", "status", "date", "place", "corrob.",
               "outlet"]  # fmt: skip
    _list_items("events", db, as_json, kwargs, columns, _event_cells)


@cli.command("statements")
@_filter_options
@handle_errors
def statements_command(as_json: bool, db: str | None, **kwargs: Any) -> None:
    """List extracted statements (who says what, and how the outlet presents it).

    Example: flashpoint statements --actor RUS --status denied
    """
    columns = ["id", "speaker", "actor", "cue", "factuality", "kind", "content"]
    _list_items("statements", db, as_json, kwargs, columns, _statement_cells)


@cli.command("quantities")
@_filter_options
@handle_errors
def quantities_command(as_json: bool, db: str | None, **kwargs: Any) -> None:
    """List extracted numbers (troops, migrants, dead ...) with their claimants.

    Example: flashpoint quantities --type troops --actor RUS
    """
    columns = ["id", "text", "low", "high", "unit", "of", "claimed by", "conflicts", "outlet"]
    _list_items("quantities", db, as_json, kwargs, columns, _quantity_cells)


@cli.command("search")
@click.argument("text")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@json_option
@db_option
@handle_errors
def search_command(text: str, limit: int, as_json: bool, db: str | None) -> None:
    """Full-text search over stored documents.

    Example: flashpoint search "flare gun"
    """
    store = _open(db)
    try:
        hits = store.search(text, limit=limit)
    finally:
        store.close()
    if as_json:
        _print_json(
            {
                "id": h.document.id,
                "file": h.document.file,
                "title": h.document.title,
                "snippet": h.snippet,
            }
            for h in hits
        )
        return
    _table(
        f"{len(hits)} matches",
        ["id", "file", "outlet", "snippet"],
        ((h.document.id, h.document.file, h.document.outlet, h.snippet) for h in hits),
    )


# ---------------------------------------------------------------------------
# cross-source views


def _linked_records(db: str | None) -> list[Record]:
    store = _open(db)
    try:
        return list(_records(store))
    finally:
        store.close()


@cli.command("stories")
@json_option
@db_option
@handle_errors
def stories_command(as_json: bool, db: str | None) -> None:
    """List stories: documents about the same developing situation, largest first.

    Example: flashpoint stories
    """
    import dataclasses

    from flashpoint.link import stories

    found = stories(_linked_records(db))
    if as_json:
        _print_json(dataclasses.asdict(s) for s in found)
        return
    _table(
        f"{len(found)} stories",
        ["story", "documents", "outlets", "first", "last", "terms"],
        (
            (s.id, len(s.documents), "; ".join(s.outlets), s.first, s.last, ", ".join(s.terms[:6]))
            for s in found
        ),
    )


@cli.command("disputes")
@click.option("--story", metavar="ID", help="Only this story (id, prefix or a document id).")
@json_option
@db_option
@handle_errors
def disputes_command(story: str | None, as_json: bool, db: str | None) -> None:
    """List disputed events and conflicting numbers, claimant by claimant.

    Example: flashpoint disputes --story s-e9babc44
    """
    import dataclasses

    from flashpoint.link import disputes

    found = disputes(_linked_records(db), story=story)
    if as_json:
        _print_json(dataclasses.asdict(c) | {"kind": "event"} for c in found.clusters)
        _print_json(dataclasses.asdict(n) | {"kind": "numbers"} for n in found.numbers)
        return
    from rich.text import Text

    console = _console()
    if not found.clusters and not found.numbers:
        console.print("no disputed events or conflicting numbers")
    for cluster in found.clusters:
        _table(
            f"{cluster.type} ({cluster.reason}) · cluster {cluster.cluster}",
            ["side", "outlet", "claimant", "source", "target", "status", "evidence"],
            (
                (a.side, a.outlet, a.claimant, a.source, a.target, a.status, a.evidence)
                for a in cluster.accounts
            ),
        )
    for conflict in found.numbers:
        console.print(Text(f"{conflict.unit} of {conflict.of} (story {conflict.story})"))
        _table(
            "conflicting numbers",
            ["claimed by", "outlet", "text", "low", "high", "published"],
            ((c.claimed_by, c.outlet, c.text, c.low, c.high, c.published) for c in conflict.claims),
        )


@cli.command("compare")
@click.argument("story")
@json_option
@db_option
@handle_errors
def compare_command(story: str, as_json: bool, db: str | None) -> None:
    """Compare how the outlets of one story tell it: voices, factuality, loaded terms, numbers.

    STORY is a story id (see `flashpoint stories`), an id prefix, or a document id.

    Example: flashpoint compare s-e9babc44
    """
    import dataclasses

    from flashpoint.link import compare

    comparison = compare(_linked_records(db), story)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(comparison), ensure_ascii=False, default=str))
        return
    profiles = comparison.profiles
    names = [p.outlet for p in profiles]

    def shares(values: dict[str, float] | Any) -> str:
        return ", ".join(f"{k} {v:.0%}" for k, v in values.items() if v)

    rows: list[list[Any]] = [
        ["documents", *(p.documents for p in profiles)],
        ["statements", *(p.statements for p in profiles)],
        ["events", *(p.events for p in profiles)],
        ["voices", *("; ".join(f"{v.actor} x{v.count}" for v in p.voices[:6]) for p in profiles)],
        ["factuality", *(shares(p.factuality) for p in profiles)],
        ["event status", *(shares(p.statuses) for p in profiles)],
        [
            "loaded terms",
            *(", ".join(f"{t.label} x{t.count}" for t in p.loaded_terms[:8]) for p in profiles),
        ],
        [
            "numbers",
            *("; ".join(f"{n.text} ({n.claimed_by})" for n in p.numbers[:8]) for p in profiles),
        ],
    ]
    _table(f"story {comparison.story.id}: outlets side by side", ["", *names], rows)
    _table(
        "events, most reported first",
        ["cluster", "type", "pair", "corroboration", "outlets", "evidence"],
        (
            (c.id, c.type, c.pair, c.dispute or c.corroboration, "; ".join(c.outlets), c.evidence)
            for c in comparison.clusters[:25]
        ),
    )


@cli.command("escalation")
@click.option("--pair", metavar="A:B", help="Actor pair at entity level, e.g. POL:BLR.")
@click.option("--period", type=click.Choice(["day", "week"]), default="day", show_default=True)
@click.option("--ordered", is_flag=True, help="Count only events from A to B.")
@click.option("--all", "show_all", is_flag=True, help="Show quiet periods (score 0) too.")
@json_option
@db_option
@handle_errors
def escalation_command(
    pair: str | None, period: str, ordered: bool, show_all: bool, as_json: bool, db: str | None
) -> None:
    """Print the escalation index of an actor pair per day or week, with sharp rises flagged.

    Without --pair, list the pairs with their event clusters and total score. Scores sum
    PLOVER intensity weights (data/plover_weights.csv), one per event cluster, claimed and
    possible events weighted down; negative is hostile.

    Example: flashpoint escalation --pair POL:BLR --period week
    """
    import dataclasses

    from flashpoint.link import escalation, escalation_pairs

    records = _linked_records(db)
    if pair is None:
        pairs = escalation_pairs(records, ordered=ordered)
        if as_json:
            _print_json({"pair": p, "clusters": n, "score": score} for p, n, score in pairs)
            return
        _table("actor pairs", ["pair", "clusters", "score"], pairs)
        return
    series = escalation(records, pair, period=period, ordered=ordered)
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(series), ensure_ascii=False))
        return
    _table(
        f"escalation {series.pair} per {series.period}",
        ["period", "score", "clusters", "sharp rise"],
        (
            (p.period, p.score, len(p.clusters), "!!" if p.rise else "")
            for p in series.points
            if show_all or p.clusters
        ),
    )


@cli.command("report")
@click.option("--story", metavar="ID", help="Only this story (id, prefix or a document id).")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The HTML file to write.",
)
@click.option("--title", help="Title shown at the top.")
@db_option
@handle_errors
def report_command(story: str | None, output: Path, title: str | None, db: str | None) -> None:
    """Write the record as one self-contained HTML file to mail or archive.

    Summary, timeline, escalation, disputes and outlet comparison, with charts embedded;
    analyst corrections applied. No script and no external asset.

    Example: flashpoint report --story s-e9babc44 -o report.html
    """
    from flashpoint.report import build_report

    store = _open(db)
    try:
        html = build_report(store, story=story, title=title)
    finally:
        store.close()
    tmp = output.with_name(output.name + ".part")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(output)
    _console(stderr=True).print(f"wrote {output}")


# ---------------------------------------------------------------------------
# export and evaluation


@cli.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv", "parquet", "geojson", "graphml", "polecat"]),
    default="jsonl",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write to this file (default: standard output).",
)
@click.option("--story", metavar="ID", help="Only documents of this story.")
@click.option(
    "--corrected/--machine",
    default=True,
    show_default=True,
    help="Apply analyst corrections, or export the machine's version.",
)
@click.option("--with-text", is_flag=True, help="JSONL: include each document's text.")
@db_option
@handle_errors
def export_command(
    fmt: str,
    output: Path | None,
    story: str | None,
    corrected: bool,
    with_text: bool,
    db: str | None,
) -> None:
    """Export the record: JSONL in the record format, CSV (one row per event), Parquet,
    GeoJSON, GraphML (actor network) or POLECAT-style TSV.

    Example: flashpoint export --format csv -o events.csv
    """
    from flashpoint.export import export, write_jsonl

    store = _open(db)
    try:
        records = _records(store, story=story, corrected=corrected)
        if output is None:
            if fmt == "jsonl":
                count = write_jsonl(records, sys.stdout, with_text=with_text)
            else:
                count = export(records, fmt, sys.stdout.buffer)
        else:
            tmp = output.with_name(output.name + ".part")
            with tmp.open("wb") as fh:
                if fmt == "jsonl" and with_text:
                    import io

                    text = io.TextIOWrapper(fh, encoding="utf-8")
                    count = write_jsonl(records, text, with_text=True)
                    text.flush()
                    text.detach()
                else:
                    count = export(records, fmt, fh)
            tmp.replace(output)  # never leave half a file under the real name
    finally:
        store.close()
    if output is not None:
        _console(stderr=True).print(f"wrote {count} items to {output}")


def _records(store: Store, *, story: str | None = None, corrected: bool = True) -> Iterable[Record]:
    if not corrected:
        yield from store.iter_records(story=story)
        return
    for record in store.iter_records(story=story):
        yield store.get_record(record.document.id, corrected=True) or record


@cli.command("eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.argument("pred", required=False, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--json",
    "json_out",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write every figure to this JSON file.",
)
@click.option(
    "--min",
    "minimums",
    multiple=True,
    metavar="KEY=VALUE",
    help="Fail (exit 1) when a figure is below VALUE, e.g. event.f1=0.6.",
)
@click.option("--verbose", is_flag=True, help="Per-document tables, missed and spurious items.")
@db_option
@handle_errors
def eval_command(
    gold: Path,
    pred: Path | None,
    json_out: Path | None,
    minimums: tuple[str, ...],
    verbose: bool,
    db: str | None,
) -> None:
    """Score extractions against gold annotations (the score.py rules).

    GOLD is a folder of gold .json files, a JSONL file or one .json file. PRED is the
    same; without it, the records in the database are exported and scored.

    Example: flashpoint eval gold/ --min event.f1=0.6
    """
    import tempfile

    from flashpoint import scoring

    with tempfile.TemporaryDirectory() as tmp:
        if pred is None:
            from flashpoint.export import write_jsonl

            pred = Path(tmp) / "pred.jsonl"
            store = _open(db)
            try:
                with pred.open("w", encoding="utf-8") as fh:
                    write_jsonl(_records(store), fh)
            finally:
                store.close()
        argv = [str(gold), str(pred)]
        if json_out:
            argv += ["--json", str(json_out)]
        for minimum in minimums:
            argv += ["--min", minimum]
        if verbose:
            argv.append("--verbose")
        code = scoring.main(argv)  # type: ignore[no-untyped-call]  # vendored verbatim
    sys.exit(code)


# ---------------------------------------------------------------------------
# demo


def _summary(store: Store) -> None:
    from rich.text import Text

    console = _console()
    counts = store.count()
    console.print(
        Text(
            f"{counts.get('documents', 0)} documents, {counts.get('events', 0)} events, "
            f"{counts.get('statements', 0)} statements, {counts.get('quantities', 0)} quantities",
            style="bold",
        )
    )
    events = store.query_events()
    statements = store.query_statements()
    quantities = store.query_quantities()
    by_type = Counter(getattr(r.item, "type", "?") for r in events)
    _table("Events by type", ["type", "events"], by_type.most_common())
    pairs: Counter[str] = Counter()
    for row in events:
        source, target = getattr(row.item, "source", None), getattr(row.item, "target", None)
        if source and target:
            pairs[f"{source.split('-')[0]} -> {target.split('-')[0]}"] += 1
    _table("Top actor pairs", ["pair", "events"], pairs.most_common(10))
    factuality = Counter(getattr(r.item, "factuality", "?") for r in statements)
    _table("Statements by factuality", ["factuality", "statements"], factuality.most_common())
    from flashpoint.records import Quantity

    numbers = [(r.document, r.item) for r in quantities if isinstance(r.item, Quantity)]
    _table(
        "Quantities and who claims them",
        ["text", "low", "high", "unit", "of", "claimed by", "outlet"],
        (
            (q.text, q.low, q.high, q.unit, q.of, q.claimed_by, d.outlet or d.file)
            for d, q in numbers
        ),
    )


@cli.command("demo")
@db_option
@model_option
@click.option("--quiet", "-q", is_flag=True, help="Only the summary.")
@handle_errors
def demo_command(db: str | None, model: str | None, quiet: bool) -> None:
    """Ingest the sample reports shipped with flashpoint and summarise the record.

    The three samples are the reports flashpoint grew from: a socialist website and a
    defence-news site on the 2021 Poland-Belarus border crisis, and Kyiv Post on Poland's
    2025 stance on security guarantees.

    Example: flashpoint demo && flashpoint events
    """
    from importlib import resources

    samples = resources.files("flashpoint") / "samples"
    paths = sorted(str(p) for p in samples.iterdir() if str(p).endswith(".txt"))
    settings = _settings(db, model)
    code = _ingest_run(
        paths,
        feeds=(),
        settings=settings,
        outlet=None,
        published=None,
        title=None,
        allow_private=False,
        quiet=quiet,
    )
    store = _open(db)
    try:
        _summary(store)
    finally:
        store.close()
    _console(stderr=True).print(
        "next: flashpoint events | flashpoint show 000_5c949f16df993f1d.txt | flashpoint serve"
    )
    sys.exit(code)


# ---------------------------------------------------------------------------
# serve


@cli.command("serve")
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--token",
    envvar="FLASHPOINT_TOKEN",
    help="Token for write endpoints "
    "(default: $FLASHPOINT_TOKEN; without one, the workbench is read-only).",
)
@handle_errors
def serve_command(db: str | None, host: str, port: int, token: str | None) -> None:
    """Serve the analyst's workbench (web pages and JSON API) on 127.0.0.1.

    Example: flashpoint serve --port 8000
    """
    from flashpoint.serve.app import run

    run(db_url_from(db), host=host, port=port, token=token)


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the console script."""
    cli.main(args=list(argv) if argv is not None else None, prog_name="flashpoint")


if __name__ == "__main__":
    main()
