"""Quantities: counts of troops, migrants, dead ... and who claims them.

A quantity is a number phrase ("some 90,000", "several thousand", "at least 10", "5,000-7,000",
"dozens") whose head noun is in the unit lexicon (`data/units.csv`). Its `text` runs from the
first value-changing modifier to the head noun; hedges ("a reported") stay outside.
`of` is the counted actor: a demonym or possessive on the phrase, the party that deployed
the counted troops, an earlier mention of the same count, else `UNK-<sector of the unit>`.
`claimed_by` is the speaker of the innermost statement whose content holds the number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from flashpoint.extract.doc_index import sent_of
from flashpoint.extract.quantity_actors import (
    FORCE_UNITS,
    about_migrants,
    acting_party,
    buildup_owner,
    counted_entity,
    deployer,
    entity_code,
    entity_in,
    launched_owner,
    migrant_head,
    override_unit,
    own_forces,
    repeated_owner,
    sibling_owner,
    small_clause,
)
from flashpoint.extract.quantity_numbers import Amount, parse_number
from flashpoint.extract.quantity_phrases import Phrase, find_phrases
from flashpoint.extract.quantity_units import (
    NOT_A_UNIT,
    UnitEntry,
    UnitLexicon,
    load_unit_lexicon,
    shipped_gazetteer,
)
from flashpoint.nlp import doc_text
from flashpoint.records import Quantity, Statement

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from flashpoint.extract.actors import ActorIndex

# people counted by their role, never migrants however close the border ("five activists")
_NOT_MIGRANTS = frozenset(
    (
        "activists", "activist", "volunteers", "volunteer", "medics", "paramedics", "doctors",
        "aid workers", "humanitarian workers", "lawyers", "journalists", "protesters",
        "demonstrators", "residents", "citizens", "officers", "guards", "border guards",
    )
)  # fmt: skip


_RAISING_CUE = re.compile(
    r"^(?:is|are|was|were\s+)?(?:said|reported|believed|thought|alleged|understood|claimed|"
    r"rumou?red|estimated)\s+to\b|^reportedly\b",
    re.I,
)


def _claimant(span: tuple[int, int], statements: Sequence[Statement], text: str = "") -> str:
    """Return the speaker of the innermost statement holding `span`, else "outlet".

    The subject of a raising cue belongs to the statement too: in "The five soldiers are
    said to have attempted ..." the content starts at "attempted", the count is the claim's.
    """
    holding = [
        s for s in statements if s.content_span[0] <= span[0] and span[1] <= s.content_span[1]
    ]
    for statement in statements:
        cue = statement.cue_span
        if cue is None or not _RAISING_CUE.match(statement.cue or ""):
            continue
        gap = text[span[1] : cue[0]] if text else ""
        if 0 <= cue[0] - span[1] <= 30 and "." not in gap and "\n" not in gap:
            holding.append(statement)
    if not holding:
        return "outlet"
    inner = min(holding, key=lambda s: s.content_span[1] - s.content_span[0])
    return inner.speaker.actor or "outlet"


# the agency word of an unnamed source, by its sector ("according to the border guard")
_AGENCY_SECTORS = {
    "guard": "COP", "guards": "COP", "police": "COP", "service": "COP", "committee": "COP",
    "ministry": "GOV", "government": "GOV", "cabinet": "GOV", "office": "GOV",
    "authorities": "GOV", "officials": "GOV", "figures": "GOV", "data": "GOV",
    "statistics": "GOV", "army": "MIL", "military": "MIL", "forces": "MIL",
    "command": "MIL", "staff": "MIL",
}  # fmt: skip
_SHOW_VERBS = frozenset(("show", "indicate", "suggest", "reveal", "say", "put"))
_FIGURE_NOUNS = frozenset(
    (
        "figure", "data", "statistic", "number", "record", "estimate", "count", "image",
        "photo", "picture", "footage", "imagery",
    )
)  # fmt: skip


def _home_entity(statements: Sequence[Statement]) -> str | None:
    """Return the country most of the report's speakers belong to (its home side)."""
    counts: dict[str, int] = {}
    for statement in statements:
        entity = entity_code(statement.speaker.actor)
        if entity is not None and len(entity) == 3:
            counts[entity] = counts.get(entity, 0) + 1
    if not counts:
        return None
    return max(counts, key=lambda e: counts[e])


def _source_of(
    doc: Doc, start: int, end: int, actors: ActorIndex, statements: Sequence[Statement]
) -> str | None:
    """Return the actor a source phrase names, or its home agency ("the border guard")."""
    span = doc[start:end]
    for mention in actors.within(span.start_char, span.end_char):
        if mention.actor and not mention.actor.startswith("UNK"):
            return mention.actor
    words = [t.lower_ for t in span]
    sector = next((_AGENCY_SECTORS[w] for w in reversed(words) if w in _AGENCY_SECTORS), None)
    if sector is None:
        return None
    home = _home_entity(statements)
    if home is None:
        gazetteer = shipped_gazetteer()
        named = {
            code
            for token in span.sent
            if token.pos_ == "PROPN"
            and gazetteer is not None
            and (code := gazetteer.country_code(token.text)) is not None
        }
        home = named.pop() if len(named) == 1 else None  # "... into Latvia, figures show"
    return f"{home}-{sector}" if home else None


def _frame_claimant(
    doc: Doc, phrase: Phrase, actors: ActorIndex, statements: Sequence[Statement]
) -> str | None:
    """Return the source of an "according to X, ..." or "..., official figures show" frame.

    Used when no statement holds the number: the frame still names who gives it.
    """
    sent = sent_of(doc[phrase.num_start])
    for token in sent:
        if phrase.num_start <= token.i < phrase.end:
            continue
        if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor(1).lower_ == "to":
            objs = [c for c in token.nbor(1).children if c.dep_ == "pobj"]
            if objs:
                obj = objs[0]
                return _source_of(doc, obj.left_edge.i, obj.right_edge.i + 1, actors, statements)
    for token in sent:
        if token.lemma_.lower() not in _SHOW_VERBS or phrase.num_start <= token.i < phrase.end:
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj"):
            if subject.lemma_.lower() in _FIGURE_NOUNS:
                return _source_of(
                    doc, subject.left_edge.i, subject.right_edge.i + 1, actors, statements
                )
    return None


# verbs whose noun-phrase object is announced rather than reported as a statement
# ("Russia's military announced drills involving 6,000 troops": the count is the military's)
_ANNOUNCING = frozenset(("announce", "unveil", "reveal", "disclose", "declare", "publish"))


def _announcer(doc: Doc, phrase: Phrase, actors: ActorIndex) -> str | None:
    """Return who announced the noun phrase a count sits in, when no statement holds it."""
    if phrase.head < 0:
        return None
    token = doc[phrase.head]
    for _ in range(6):
        if token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _ANNOUNCING:
            break
        if token.pos_ in ("VERB", "AUX") and token.dep_ != "acl" and not small_clause(token):
            return None  # only through participles of the object ("drills involving ...")
        if token.pos_ not in ("NOUN", "PROPN", "ADP", "VERB") or token.dep_ == "ROOT":
            return None
        if token.dep_ == "ccomp" and not small_clause(token):
            return None
    else:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    mention = actors.resolve(subject) if subject is not None else None
    if mention is None or not mention.actor or mention.actor.startswith("UNK"):
        return None
    return mention.actor


def extract_quantities(
    doc: Doc, *, units: UnitLexicon, actors: ActorIndex, statements: Sequence[Statement]
) -> list[Quantity]:
    """Return every count of people or equipment in `doc`, ids q1, q2, ... in text order."""
    quantities: list[Quantity] = []
    earlier: list[tuple[Phrase, str, str | None]] = []
    for phrase in find_phrases(doc, units):
        unit = override_unit(doc, phrase)
        sector = phrase.entry.sector
        if (
            unit in ("dead", "people", "injured", "detained")
            and sector in (None, "CVL")
            and phrase.head_text.lower() not in _NOT_MIGRANTS
        ):
            sector = "REF" if about_migrants(doc, phrase) else sector
        if unit == "people" and sector == "REF" and migrant_head(doc, phrase):
            unit = "migrants"  # "4,000 people have crossed": the people are migrants
        entity: str | None = None
        if phrase.ref >= 0:
            # an elided head: the noun it repeats gives unit, sector and owner
            old = quantities[phrase.ref]
            if unit == phrase.entry.unit:
                unit = old.unit
            old_of = old.of or "UNK"
            sector = old_of.split("-", 1)[1] if "-" in old_of else sector
            entity = entity_code(old_of.split("-", 1)[0])
        elif phrase.owner is not None:
            entity = entity_in(doc, phrase.owner[0], phrase.owner[1], actors)
            if entity is None:
                entity = deployer(doc, doc[phrase.owner[1] - 1], actors)
        else:
            entity = counted_entity(doc, phrase, unit, actors, earlier)
        start_char = doc[phrase.start].idx
        last = doc[phrase.end - 1]
        end_char = last.idx + len(last.text)
        claimant = _claimant((start_char, end_char), statements, doc_text(doc))
        if claimant == "outlet":
            claimant = (
                _frame_claimant(doc, phrase, actors, statements)
                or _announcer(doc, phrase, actors)
                or claimant
            )
        if entity is None and unit in FORCE_UNITS:
            entity = (
                own_forces(doc, phrase, claimant)
                or launched_owner(doc, phrase, actors)
                or acting_party(doc, phrase, actors)
                or entity_code(sibling_owner(doc, phrase, earlier))
                or buildup_owner(doc, phrase, actors, claimant)
                or entity_code(repeated_owner(doc, phrase, unit, earlier))
            )
        if entity is None and unit in ("dead", "injured") and sector in ("MIL", "COP"):
            # "Polish police said nine officers were injured": a force counts its own losses
            speaker = claimant.split("-", 1)
            if len(speaker) == 2 and speaker[1] == sector and entity_code(claimant):
                entity = entity_code(claimant)
        if entity is None:
            of = f"UNK-{sector}" if sector else "UNK"
        else:
            of = f"{entity}-{sector}" if sector and len(entity) == 3 else entity
        earlier.append((phrase, unit, of if entity is not None else None))
        quantities.append(
            Quantity(
                id=f"q{len(quantities) + 1}",
                text=doc_text(doc)[start_char:end_char],
                low=phrase.amount.low,
                high=phrase.amount.high,
                approx=phrase.amount.approx,
                unit=unit,
                of=of,
                claimed_by=claimant,
                span=(start_char, end_char),
            )
        )
    return quantities


__all__ = [
    "NOT_A_UNIT",
    "Amount",
    "UnitEntry",
    "UnitLexicon",
    "extract_quantities",
    "find_phrases",
    "load_unit_lexicon",
    "parse_number",
]
