"""Records to store in tests: small, fully specified, built by hand."""

from __future__ import annotations

from flashpoint.records import (
    DateInfo,
    Document,
    Event,
    Location,
    Quantity,
    Record,
    Speaker,
    Statement,
)


def make_record(
    text: str,
    *,
    file: str,
    outlet: str | None = None,
    published: str | None = None,
    title: str | None = None,
    events: tuple[Event, ...] = (),
    statements: tuple[Statement, ...] = (),
    quantities: tuple[Quantity, ...] = (),
    story: str | None = None,
) -> Record:
    document = Document.from_text(
        text, file=file, outlet=outlet, published=published, title=title, source=file
    )
    return Record(
        document=document,
        statements=statements,
        events=events,
        quantities=quantities,
        story=story,
    )


def event(
    event_id: str,
    type_: str,
    source: str | None,
    target: str | None,
    *,
    start: str | None = None,
    end: str | None = None,
    status: str = "occurred",
    place: str | None = None,
) -> Event:
    return Event(
        id=event_id,
        type=type_,
        mode=None,
        source=source,
        target=target,
        date=DateInfo(start=start, end=end or start, text=None if start is None else "that day"),
        location=None if place is None else Location(place, "POL", 53.1, 23.2),
        quantity_ids=(),
        status=status,
        reported_by="outlet",
        evidence=f"evidence of {event_id}",
        evidence_span=(0, 10),
    )


def statement(
    statement_id: str, actor: str | None, *, target: str | None = None, factuality: str = "asserted"
) -> Statement:
    return Statement(
        id=statement_id,
        speaker=Speaker(name=None, actor=actor),
        cue="said",
        kind="indirect",
        content=f"content of {statement_id}",
        content_span=(0, 5),
        factuality=factuality,
        target=target,
    )


def quantity(
    quantity_id: str, unit: str, of: str | None, claimed_by: str = "outlet", low: int = 100
) -> Quantity:
    return Quantity(
        id=quantity_id,
        text=f"{low} {unit}",
        low=low,
        high=low,
        approx=False,
        unit=unit,
        of=of,
        claimed_by=claimed_by,
        span=(0, 3),
    )


def article(seed: int, words: int = 220) -> str:
    """Return a long, article-like text that differs for every seed."""
    vocabulary = _VOCABULARY.split()
    state = seed * 7919 + 17
    out = []
    for _ in range(words):
        state = (state * 1103515245 + 12345) % 2**31
        out.append(vocabulary[state % len(vocabulary)])
    return f"Report {seed}. " + " ".join(out) + "."


_VOCABULARY = (
    "border guards reported that groups of people tried to cross the fence overnight "
    "while officials in the capital said the situation remained tense and soldiers were "
    "sent to reinforce the checkpoints near the forest where aid workers described cold "
    "conditions and a shortage of food water and medical care for families in the camps"
)
