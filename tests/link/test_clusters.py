"""Event clusters and corroboration on small multi-outlet corpora built here."""

from __future__ import annotations

import pytest

from flashpoint.link import Cluster, Links, link_records
from flashpoint.records import Event, Location, Record

from .conftest import event, report, statement

KHARKIV = Location("Kharkiv", "UKR", 49.99, 36.23)
LVIV = Location("Lviv", "UKR", 49.84, 24.03)


def clusters_with(links: Links, *keys: tuple[str, str]) -> set[str]:
    return {links.cluster_of[k] for k in keys}


def only_cluster(links: Links, *keys: tuple[str, str]) -> Cluster:
    (cluster_id,) = clusters_with(links, *keys)
    cluster = links.cluster(cluster_id)
    assert cluster is not None
    return cluster


def test_two_outlets_agreeing_corroborate_one_event() -> None:
    links = link_records(
        [
            report("a1", "Outlet A", topic="ukraine", events=[
                event("e1", "ASSAULT", "RUS-MIL", "UKR", day="2022-03-01", place=KHARKIV)
            ]),
            report("b1", "Outlet B", topic="ukraine", events=[
                event("e3", "ASSAULT", "RUS", "UKR-CVL", day="2022-03-01", mode="aerial")
            ]),
        ]
    )  # fmt: skip
    cluster = only_cluster(links, ("a1", "e1"), ("b1", "e3"))
    assert cluster.corroboration == "corroborated"
    assert cluster.sources == ("Outlet A", "Outlet B")
    assert cluster.origins == 2


def test_a_wire_copy_marked_near_duplicate_is_one_origin() -> None:
    wire = event("e1", "ASSAULT", "RUS-MIL", "UKR", day="2022-03-01")
    links = link_records(
        [
            report("w1", "Wire", topic="ukraine", events=[wire]),
            report("w2", "Site Two", topic="ukraine", events=[wire], near_duplicate_of="w1"),
            report("w3", "Site Three", topic="ukraine", events=[wire], near_duplicate_of="w2"),
        ]
    )
    cluster = only_cluster(links, ("w1", "e1"), ("w2", "e1"), ("w3", "e1"))
    assert cluster.sources == ("Wire", "Site Two", "Site Three")
    assert (cluster.origins, cluster.corroboration) == (1, "single")


def test_copied_evidence_without_near_duplicate_mark_is_one_origin() -> None:
    sentence = (
        "Russian forces shelled residential districts of the city overnight, regional "
        "officials said on Tuesday."
    )
    lead = "KHARKIV (Wire) - "
    links = link_records(
        [
            report("c1", "Wire", topic="ukraine", events=[
                event("e1", "ASSAULT", "RUS-MIL", "UKR", day="2022-03-01", evidence=sentence)
            ]),
            report("c2", "Reposter", topic="ukraine", events=[
                event("e2", "ASSAULT", "RUS-MIL", "UKR", day="2022-03-01", evidence=lead + sentence)
            ]),
        ]
    )  # fmt: skip
    assert only_cluster(links, ("c1", "e1"), ("c2", "e2")).corroboration == "single"


def test_two_outlets_quoting_one_speaker_relay_one_origin() -> None:
    def relayed(doc: str, outlet: str) -> Record:
        return report(
            doc,
            outlet,
            statements=[statement("s1", "POL-COP", name="Anna Michalska")],
            events=[event("e1", "ASSAULT", "BLR-MIL", "POL-COP", day="2021-11-10",
                          status="claimed", reported_by="s1")],
        )  # fmt: skip

    links = link_records([relayed("r1", "Outlet A"), relayed("r2", "Outlet B")])
    assert only_cluster(links, ("r1", "e1"), ("r2", "e1")).corroboration == "single"


def test_a_denial_disputes_the_event() -> None:
    links = link_records(
        [
            report("d1", "Outlet A", events=[
                event("e1", "MOBILIZE", "RUS-MIL", "UKR", day="2021-11-10")
            ]),
            report("d2", "Outlet B", events=[
                event("e4", "MOBILIZE", "RUS-MIL", "UKR", status="denied")
            ]),
        ]
    )  # fmt: skip
    cluster = only_cluster(links, ("d1", "e1"), ("d2", "e4"))
    assert (cluster.corroboration, cluster.dispute) == ("disputed", "denied")


def test_reciprocal_blame_lands_in_one_disputed_cluster() -> None:
    links = link_records(
        [
            report("pl", "Polish outlet", events=[
                event("e1", "ASSAULT", "BLR-MIL", "POL-MIL", day="2021-11-16", mode="firearms")
            ]),
            report("by", "Belarusian outlet", events=[
                event("e2", "ASSAULT", "POL-COP", "UNK-REF", day="2021-11-16",
                      mode="crowd-control")
            ]),
        ]
    )  # fmt: skip
    cluster = only_cluster(links, ("pl", "e1"), ("by", "e2"))
    assert (cluster.corroboration, cluster.dispute) == ("disputed", "reciprocal blame")
    assert [m.swapped for m in cluster.members] == [False, True]


def test_a_rejected_accusation_is_disputed() -> None:
    links = link_records(
        [
            report("x1", "Outlet A", events=[
                event("e1", "ACCUSE", "POL-GOV", "BLR-GOV", day="2021-11-10")
            ]),
            report("x2", "Outlet B", events=[
                event("e2", "REJECT", "BLR-GOV", "POL", day="2021-11-11")
            ]),
        ]
    )  # fmt: skip
    cluster = only_cluster(links, ("x1", "e1"), ("x2", "e2"))
    assert cluster.dispute == "rejected"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (event("e1", "ASSAULT", "RUS-MIL", "UKR"), event("e2", "ASSAULT", "BLR-MIL", "POL")),
        (
            event("e1", "ASSAULT", "RUS-MIL", "UKR", day="2022-03-01"),
            event("e2", "ASSAULT", "RUS-MIL", "UKR", day="2022-03-09"),
        ),
        (
            event("e1", "ASSAULT", "RUS-MIL", "UKR", place=KHARKIV),
            event("e2", "ASSAULT", "RUS-MIL", "UKR", place=LVIV),
        ),
        (event("e1", "SANCTION", "EU", "BLR"), event("e2", "SANCTION", "BLR", "EU")),
        (event("e1", "MOBILIZE", "RUS-MIL", "UKR"), event("e2", "AID", "RUS-GOV", "UKR")),
        (event("e1", "ACCUSE", None, None), event("e2", "ACCUSE", None, None)),
        (
            event("e1", "MOBILIZE", "POL-MIL", "UKR", status="negated"),
            event("e2", "MOBILIZE", "UNK-MIL", "UKR", status="planned"),
        ),
        (
            event("e1", "MOBILIZE", "POL-MIL", "UKR", status="negated"),
            event("e2", "MOBILIZE", "EU-MIL", "UKR", status="possible"),
        ),
    ],
    ids=[
        "other-pair",
        "dates-apart",
        "places-apart",
        "countersanction",
        "other-type",
        "no-actors",
        "denial-of-another-actor",
        "denial-of-a-member",
    ],
)
def test_different_events_stay_apart(first: Event, second: Event) -> None:
    links = link_records(
        [
            report("p1", "Outlet A", topic="ukraine", events=[first]),
            report("p2", "Outlet B", topic="ukraine", events=[second]),
        ]
    )
    assert len(clusters_with(links, ("p1", first.id), ("p2", second.id))) == 2


def test_complete_linkage_keeps_two_known_sources_apart() -> None:
    links = link_records(
        [
            report("k1", "Outlet A", topic="summit", events=[
                event("e1", "MOBILIZE", "POL-MIL", "UKR", status="negated")
            ]),
            report("k2", "Outlet B", topic="summit", events=[
                event("e1", "MOBILIZE", "UNK-MIL", "UKR", status="planned")
            ]),
            report("k3", "Outlet C", topic="summit", events=[
                event("e1", "MOBILIZE", "USA-MIL", "UKR", status="negated")
            ]),
        ]
    )  # fmt: skip
    assert links.cluster_of[("k1", "e1")] != links.cluster_of[("k3", "e1")]


def test_two_modes_in_one_report_are_two_acts() -> None:
    links = link_records(
        [
            report("m1", "Outlet A", events=[
                event("e1", "COERCE", "POL-GOV", None, mode="martial-law"),
                event("e2", "COERCE", "POL-COP", "IRQ-REF", mode="deport"),
            ])
        ]
    )  # fmt: skip
    assert len(clusters_with(links, ("m1", "e1"), ("m1", "e2"))) == 2


def test_an_organisation_matches_its_member() -> None:
    links = link_records(
        [
            report("o1", "Outlet A", events=[event("e1", "SANCTION", "EU", "BLR-GOV")]),
            report("o2", "Outlet B", events=[event("e1", "SANCTION", "LTU-GOV", "BLR")]),
        ]
    )
    assert len(clusters_with(links, ("o1", "e1"), ("o2", "e1"))) == 1


def test_events_of_different_stories_never_cluster() -> None:
    links = link_records(
        [
            report("t1", "Outlet A", topic="border", events=[event("e1", "CONSULT", "POL", "LTU")]),
            report("t2", "Outlet B", topic="summit", events=[event("e1", "CONSULT", "POL", "LTU")]),
        ]
    )
    assert links.story_of["t1"] != links.story_of["t2"]
    assert len(clusters_with(links, ("t1", "e1"), ("t2", "e1"))) == 2


def test_cluster_ids_come_from_the_earliest_member_whatever_the_input_order() -> None:
    records = [
        report("late", "Outlet B", published="2021-11-12", events=[
            event("e2", "ASSAULT", "BLR-MIL", "POL")
        ]),
        report("early", "Outlet A", published="2021-11-10", events=[
            event("e7", "ASSAULT", "BLR-MIL", "POL")
        ]),
    ]  # fmt: skip
    forward, backward = link_records(records), link_records(records[::-1])
    assert forward.cluster_of[("late", "e2")] == "c-early-e7"
    assert forward.cluster_of == backward.cluster_of
    assert forward.story_of == backward.story_of == {"early": "s-early", "late": "s-early"}


def test_every_event_gets_a_cluster_singletons_are_single() -> None:
    links = link_records([report("s1", "Outlet A", events=[event("e1", "AID", "USA", "UKR")])])
    cluster = only_cluster(links, ("s1", "e1"))
    assert (cluster.id, cluster.corroboration, cluster.sources) == (
        "c-s1-e1",
        "single",
        ("Outlet A",),
    )


BORDER = Location("Poland\u2013Belarus border", None)
KUZNICA = Location("Kuznica", "POL")
WARSAW = Location("Warsaw", "POL", 52.23, 21.01)
BIALYSTOK = Location("Bialystok", "POL", 53.13, 23.16)
POLAND = Location("Poland", "POL", 52.0, 19.0)
RUSSIA_BORDER = Location("Russia\u2013Ukraine border", "RUS")
UKRAINE = Location("Ukraine", "UKR", 48.38, 31.17)


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (BORDER, KUZNICA, True),
        (KUZNICA, POLAND, True),
        (KHARKIV, UKRAINE, True),
        (RUSSIA_BORDER, UKRAINE, True),
        (WARSAW, BIALYSTOK, False),
        (KHARKIV, POLAND, False),
        (KHARKIV, None, True),
    ],
    ids=["border-town", "town-in-country", "city-in-country", "border-word", "cities-apart",
         "other-country", "unknown"],
)  # fmt: skip
def test_places_are_compared_by_name_country_and_distance(
    first: Location, second: Location | None, same: bool
) -> None:
    from flashpoint.link.matching import places_compatible, profile_of

    a = profile_of("d1", event("e1", "ASSAULT", "RUS", "UKR", place=first))
    b = profile_of("d2", event("e2", "ASSAULT", "RUS", "UKR", place=second))
    assert places_compatible(a, b) is same
