"""Outlet profiles (voices, factuality, loaded terms, numbers) and story comparison."""

from __future__ import annotations

import pytest

from flashpoint.errors import InputError
from flashpoint.link import compare, link_records, outlet_profiles
from flashpoint.link.lexicons import load_terms

from .conftest import FILLER, event, quantity, report, statement


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("The Lukashenko regime keeps pushing people west.", ["regime"]),
        ("A new sanctions regime takes effect on Monday.", []),
        ("Critics called it instrumentalisation; others wrote instrumentalization.",
         ["instrumentalisation", "instrumentalisation"]),
        ("Officials spoke of a hybrid attack and of hybrid warfare.",
         ["hybrid warfare", "hybrid warfare"]),
        ("He called them neo-Nazis, not Nazis.", ["neo-Nazi", "Nazi"]),
        ("The dictatorship jailed a dictator's critics.", ["dictator", "dictator"]),
        ("A regimental band played.", []),
    ],
    ids=["regime", "sanctions-regime", "spellings", "hybrid", "neo-nazi", "prefix", "no-word"],
)  # fmt: skip
def test_loaded_terms_are_found_on_word_boundaries(text: str, labels: list[str]) -> None:
    assert [m.label for m in load_terms().find(text)] == labels


def test_every_loaded_term_has_a_documented_category() -> None:
    terms = load_terms()
    assert {t.category for t in terms.terms} <= {
        "delegitimising", "ideological", "blame", "dehumanising", "violence"
    }  # fmt: skip
    assert "sanctions regime" in terms.exclusions


def test_an_outlet_profile_counts_voices_factuality_terms_and_numbers() -> None:
    record = report(
        "a",
        "Outlet A",
        text="The regime denies it. Warsaw speaks of a provocation by the regime.",
        statements=[
            statement("s1", "POL-GOV", name="Mariusz Blaszczak"),
            statement("s2", "POL-GOV", name="Mariusz Blaszczak", factuality="claimed"),
            statement("s3", "BLR-MIL", factuality="denied"),
            statement("s4", None),
        ],
        quantities=[quantity("q1", 2_000, 2_000, of="POL-MIL")],
    )
    (profile,) = outlet_profiles([record])
    assert profile.outlet == "Outlet A"
    assert [(v.actor, v.count, v.names) for v in profile.voices] == [
        ("POL-GOV", 2, ("Mariusz Blaszczak",)), ("BLR-MIL", 1, ()), ("unknown", 1, ())
    ]  # fmt: skip
    assert profile.voice_entities == {"POL": 2, "BLR": 1, "unknown": 1}
    assert profile.factuality == {"asserted": 0.5, "claimed": 0.25, "denied": 0.25, "hedged": 0.0}
    assert [(t.label, t.category, t.count) for t in profile.loaded_terms] == [
        ("regime", "delegitimising", 2), ("provocation", "blame", 1)
    ]  # fmt: skip
    assert [(n.quantity, n.low, n.of) for n in profile.numbers] == [("q1", 2_000, "POL-MIL")]


def test_compare_puts_a_storys_outlets_side_by_side() -> None:
    records = [
        report("pl", "Polish outlet", text=FILLER["border"] + " The regime sent them.", events=[
            event("e1", "ASSAULT", "BLR-MIL", "POL-MIL", day="2021-11-16"),
            event("e2", "MOBILIZE", "POL-MIL", "BLR", day="2021-11-15"),
        ]),
        report("by", "Belarusian outlet", text=FILLER["border"] + " Warsaw lies.", events=[
            event("e1", "ASSAULT", "POL-COP", "UNK-REF", day="2021-11-16"),
        ]),
        report("far", "Other", topic="summit"),
    ]  # fmt: skip
    links = link_records(records)
    comparison = compare(records, "pl", links=links)
    assert comparison.story.id == "s-by"  # same day: the smaller document id
    assert [p.outlet for p in comparison.profiles] == ["Belarusian outlet", "Polish outlet"]
    top = comparison.clusters[0]
    assert (top.outlets, top.corroboration, top.pair) == (
        ("Belarusian outlet", "Polish outlet"), "disputed", "BLR:POL"
    )  # fmt: skip
    assert comparison.only_in == {"Polish outlet": ("c-pl-e2",)}
    (dispute,) = comparison.disputes.clusters
    assert [(a.side, a.outlet) for a in dispute.accounts] == [
        (0, "Belarusian outlet"), (1, "Polish outlet")
    ]  # fmt: skip


def test_compare_names_an_unknown_story() -> None:
    with pytest.raises(InputError, match="no such story"):
        compare([report("a", "A")], "nope")
