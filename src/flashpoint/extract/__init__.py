"""Extraction: from one parsed report to its full record.

The order is fixed because each step reads what the one before produced:

1. actors      `find_actors`        every actor mention, resolved to a code (with coreference)
2. dates       `infer_published`    the publication date, when the metadata lacks it
3. statements  `extract_statements` who says what, and how the outlet presents it
4. quantities  `extract_quantities` counts, their counted actor and their claimant
5. events      `extract_events`     PLOVER events, with status, date, place and quantities

Each step is a function of the spaCy `Doc` and the records before it; lexicons come in
already loaded as one `Resources` object (`load_resources`, once per process).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from flashpoint.config import Settings
from flashpoint.records import Document, Record

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from flashpoint.extract.actors import ActorRegistry
    from flashpoint.extract.events import EventLexicon
    from flashpoint.extract.places import Gazetteer
    from flashpoint.extract.quantities import UnitLexicon
    from flashpoint.extract.statements import CueLexicon

EXTRACTOR_VERSION = "flashpoint.extract.v1"  # stored with each record; bump when rules change


@dataclass(frozen=True, slots=True)
class Resources:
    """Every lexicon, registry and gazetteer extraction reads, loaded once."""

    actors: ActorRegistry
    cues: CueLexicon
    events: EventLexicon
    units: UnitLexicon
    gazetteer: Gazetteer


_RESOURCES: dict[tuple[str, ...], Resources] = {}


def load_resources(settings: Settings | None = None) -> Resources:
    """Load (once per process and data path) every data file extraction needs."""
    from flashpoint.extract.actors import load_actor_registry
    from flashpoint.extract.events import load_event_lexicon
    from flashpoint.extract.places import load_gazetteer
    from flashpoint.extract.quantities import load_unit_lexicon
    from flashpoint.extract.statements import load_cue_lexicon

    settings = settings or Settings()
    key = tuple(str(p) for p in settings.data_dirs)
    if key not in _RESOURCES:
        _RESOURCES[key] = Resources(
            actors=load_actor_registry(settings),
            cues=load_cue_lexicon(settings),
            events=load_event_lexicon(settings),
            units=load_unit_lexicon(settings),
            gazetteer=load_gazetteer(settings),
        )
    return _RESOURCES[key]


def extract_record(doc: Doc, document: Document, resources: Resources) -> Record:
    """Return the full record of one parsed document."""
    from flashpoint.extract.actors import find_actors
    from flashpoint.extract.dates import infer_published
    from flashpoint.extract.events import extract_events
    from flashpoint.extract.quantities import extract_quantities
    from flashpoint.extract.statements import extract_statements
    from flashpoint.nlp import release

    if document.published is None:
        published = infer_published(doc)
        if published is not None:
            document = dataclasses.replace(
                document, published=published, published_source="inferred"
            )
    actors = find_actors(
        doc, resources.actors, published=document.published, outlet=document.outlet
    )
    statements = extract_statements(doc, actors=actors, cues=resources.cues)
    quantities = extract_quantities(
        doc, units=resources.units, actors=actors, statements=statements
    )
    events = extract_events(
        doc,
        lexicon=resources.events,
        actors=actors,
        statements=statements,
        quantities=quantities,
        gazetteer=resources.gazetteer,
        published=document.published,
    )
    release(doc)  # the per-Doc caches of the steps above
    return Record(
        document=document,
        statements=tuple(statements),
        events=tuple(events),
        quantities=tuple(quantities),
    )


__all__ = ["EXTRACTOR_VERSION", "Resources", "extract_record", "load_resources"]
