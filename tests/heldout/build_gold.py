# ruff: noqa: E501, RUF001  (annotation data: whole sentences, en dashes as in the texts)
"""Build the held-out gold files and texts.jsonl from the annotations below.

    /work/venv/bin/python tests/heldout/build_gold.py

Every span is computed here from the text (a unique substring, or the n-th occurrence)
and sliced back to check it; `content`, `evidence` and `text` are copies of the slice.
Conventions: README.md in this folder.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
GOLD = HERE / "gold"

Loc = dict[str, Any] | None


def loc(name: str, country: str | None, lat: float | None = None, lon: float | None = None) -> Loc:
    return {"name": name, "country": country, "lat": lat, "lon": lon}


def date(
    start: str | None = None, end: str | None = None, text: str | None = None
) -> dict[str, Any]:
    return {"start": start, "end": end or start, "text": text}


NODATE = date()
LTU_BORDER = loc("Lithuania–Belarus border", "LTU")
LVA_BORDER = loc("Latvia–Belarus border", "LVA")
POL_BORDER = loc("Poland–Belarus border", "POL")


class Doc:
    def __init__(self, file: str, meta: dict[str, Any]) -> None:
        self.file = file
        self.meta = meta
        self.text = (TEXTS / file).read_text(encoding="utf-8")
        self.statements: list[dict[str, Any]] = []
        self.events: list[dict[str, Any]] = []
        self.quantities: list[dict[str, Any]] = []

    def span(self, sub: str, nth: int | None = None) -> list[int]:
        """The span of `sub`: unique in the text, or its `nth` occurrence (0-based)."""
        start = -1
        for _ in range((nth or 0) + 1):
            start = self.text.find(sub, start + 1)
            if start < 0:
                raise ValueError(f"{self.file}: not found: {sub!r} (#{nth})")
        if nth is None and self.text.count(sub) > 1:
            raise ValueError(f"{self.file}: ambiguous: {sub!r}")
        span = [start, start + len(sub)]
        if self.text[span[0] : span[1]] != sub:
            raise ValueError(f"{self.file}: slice mismatch for {sub!r}")
        return span

    def s(
        self,
        name: str | None,
        actor: str,
        cue: str,
        kind: str,
        content: str,
        factuality: str,
        target: str | None,
        nth: int | None = None,
    ) -> str:
        sid = f"s{len(self.statements) + 1}"
        self.statements.append(
            {
                "id": sid,
                "speaker": {"name": name, "actor": actor},
                "cue": cue,
                "kind": kind,
                "content": content,
                "content_span": self.span(content, nth),
                "factuality": factuality,
                "target": target,
            }
        )
        return sid

    def e(
        self,
        type_: str,
        mode: str | None,
        source: str | None,
        target: str | None,
        status: str,
        reported_by: str,
        evidence: str,
        when: dict[str, Any] = NODATE,
        where: Loc = None,
        quantity_ids: list[str] | None = None,
    ) -> str:
        eid = f"e{len(self.events) + 1}"
        self.events.append(
            {
                "id": eid,
                "type": type_,
                "mode": mode,
                "source": source,
                "target": target,
                "date": when,
                "location": where,
                "quantity_ids": quantity_ids or [],
                "status": status,
                "reported_by": reported_by,
                "evidence": evidence,
                "evidence_span": self.span(evidence),
            }
        )
        return eid

    def q(
        self,
        text: str,
        low: float,
        high: float | None,
        approx: bool,
        unit: str,
        of: str | None,
        claimed_by: str,
        nth: int | None = None,
    ) -> str:
        qid = f"q{len(self.quantities) + 1}"
        self.quantities.append(
            {
                "id": qid,
                "text": text,
                "low": low,
                "high": high,
                "approx": approx,
                "unit": unit,
                "of": of,
                "claimed_by": claimed_by,
                "span": self.span(text, nth),
            }
        )
        return qid

    def record(self) -> dict[str, Any]:
        doc = {
            "id": hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16],
            "file": self.file,
            "title": self.meta.get("title"),
            "outlet": self.meta.get("outlet"),
            "author": None,
            "published": self.meta.get("published"),
            "published_source": "metadata",
            "url": self.meta.get("url"),
            "language": "en",
        }
        return {
            "document": doc,
            "statements": self.statements,
            "events": self.events,
            "quantities": self.quantities,
        }


def h1() -> Doc:
    d = Doc(
        "h1_wire-lithuania-medininkai.txt",
        {"title": "Lithuania turns back migrants at Belarus border", "outlet": "Baltic Wire",
         "published": "2021-08-03", "url": None},
    )  # fmt: skip
    overnight = date("2021-08-02", "2021-08-03", "overnight")
    s1 = d.s(None, "LTU-COP", "said", "indirect",
             "Lithuanian border guards turned back about 180 migrants who tried to cross from Belarus overnight",
             "asserted", None)  # fmt: skip
    q1 = d.q("about 180 migrants", 180, 180, True, "migrants", "UNK-REF", "LTU-COP")
    d.e("COERCE", "deport", "LTU-COP", "UNK-REF", "occurred", s1,
        "VILNIUS, Aug 3 (Baltic Wire) - Lithuanian border guards turned back about 180 migrants who tried to cross from Belarus overnight, the State Border Guard Service said on Tuesday.",
        overnight, LTU_BORDER, [q1])  # fmt: skip
    s2 = d.s(None, "LTU-COP", "said", "indirect",
             "Most of the group was stopped by patrols near the Medininkai checkpoint, 30 kilometres east of the capital",
             "asserted", None)  # fmt: skip
    d.e("COERCE", "restrict", "LTU-COP", "UNK-REF", "occurred", s2,
        "Most of the group was stopped by patrols near the Medininkai checkpoint, 30 kilometres east of the capital, a spokesman for the service said.",
        overnight, loc("Medininkai", "LTU", 54.54, 25.65))  # fmt: skip
    d.s(
        None,
        "LTU-COP",
        "added",
        "direct",
        "The situation on the border is calm this morning",
        "asserted",
        None,
    )
    d.s(None, "LTU-COP", "added", "direct", "but we expect new attempts tonight.", "asserted", None)
    s5 = d.s("Agnė Bilotaitė", "LTU-GOV", "told", "direct",
             "We are not letting anyone in unless it is a genuine humanitarian case", "asserted", None)  # fmt: skip
    d.e("COERCE", "restrict", "LTU-GOV", "UNK-REF", "occurred", s5,
        "\"We are not letting anyone in unless it is a genuine humanitarian case,\" Interior Minister Agnė Bilotaitė told reporters in Vilnius.")  # fmt: skip
    s6 = d.s("Agnė Bilotaitė", "LTU-GOV", "accused", "mixed",
             "Belarus of using the migrants \"as a weapon\" against the European Union", "asserted", "BLR")  # fmt: skip
    ev = 'She accused Belarus of using the migrants "as a weapon" against the European Union.'
    d.e("ACCUSE", None, "LTU-GOV", "BLR-GOV", "occurred", s6, ev)
    d.e("COERCE", None, "BLR-GOV", "EU", "claimed", s6, ev)
    s7 = d.s(None, "BLR-GOV", "denied", "indirect", "orchestrating the flows", "denied", None)
    ev = "Minsk has denied orchestrating the flows."
    d.e("REJECT", None, "BLR-GOV", None, "occurred", s7, ev)
    d.e("COERCE", None, "BLR-GOV", "LTU", "denied", s7, ev)
    s8 = d.s(None, "BLR-COP", "According to", "indirect",
             "Lithuanian officers beat at least seven migrants on Monday before forcing them back across the frontier",
             "claimed", "LTU")  # fmt: skip
    q2 = d.q("at least seven migrants", 7, None, False, "migrants", "UNK-REF", "BLR-COP")
    ev = "According to the Belarusian State Border Committee, Lithuanian officers beat at least seven migrants on Monday before forcing them back across the frontier."
    monday = date("2021-08-02", None, "on Monday")
    d.e("ASSAULT", "beat", "LTU-COP", "UNK-REF", "claimed", s8, ev, monday, LTU_BORDER, [q2])
    d.e("COERCE", "deport", "LTU-COP", "UNK-REF", "claimed", s8, ev, monday, LTU_BORDER, [q2])
    d.s(None, "LTU-GOV", "show", "indirect",
        "More than 4,000 people have crossed into Lithuania illegally since January, compared with 81 in the whole of 2020",
        "asserted", None)  # fmt: skip
    d.q("More than 4,000 people", 4000, None, False, "migrants", "UNK-REF", "LTU-GOV")
    d.q("81", 81, 81, False, "migrants", "UNK-REF", "LTU-GOV")
    d.q("Nearly two thousand of them", 2000, 2000, True, "migrants", "UNK-REF", "outlet")
    s10 = d.s(None, "LTU-GOV", "said", "indirect",
              "The European Commission has promised Vilnius emergency funding, and Lithuania plans to build a barrier along the whole 679-kilometre frontier",
              "asserted", None)  # fmt: skip
    ev = "The European Commission has promised Vilnius emergency funding, and Lithuania plans to build a barrier along the whole 679-kilometre frontier, the defence ministry said."
    d.e("AID", None, "EU", "LTU-GOV", "planned", s10, ev)
    d.e("MOBILIZE", None, "LTU-GOV", "BLR", "planned", s10, ev, NODATE, LTU_BORDER)
    content = (
        "Neighbouring Latvia is also considering a state of emergency on its border with Belarus"
    )
    s11 = d.s(
        "Krišjānis Kariņš", "LVA-GOV", "was quoted as saying", "indirect", content, "asserted", None
    )
    d.s("LSM", "LVA-MED", "quoted", "indirect", content, "asserted", None)
    d.e("COERCE", "martial-law", "LVA-GOV", None, "possible", s11,
        "Neighbouring Latvia is also considering a state of emergency on its border with Belarus, Prime Minister Krišjānis Kariņš was quoted as saying by public broadcaster LSM.",
        NODATE, LVA_BORDER)  # fmt: skip
    return d


def h2() -> Doc:
    d = Doc(
        "h2_pressrelease-latvia-emergency.txt",
        {"title": "State of emergency on the Latvian–Belarusian border",
         "outlet": "Cabinet of Ministers of the Republic of Latvia", "published": "2021-08-10",
         "url": None},
    )  # fmt: skip
    d.e("COERCE", "martial-law", "LVA-GOV", None, "occurred", "outlet",
        "On 10 August the Cabinet of Ministers declared a state of emergency in four municipalities along the Latvian–Belarusian border, in response to the sharp increase in illegal crossings organised from Belarusian territory.",
        date("2021-08-10", None, "On 10 August"), LVA_BORDER)  # fmt: skip
    ev = "Soldiers of the National Armed Forces and officers of the State Police will be deployed to the border to assist the State Border Guard."
    d.e("MOBILIZE", "troops", "LVA-MIL", "BLR", "planned", "outlet", ev, NODATE, LVA_BORDER)
    d.e("MOBILIZE", "police", "LVA-COP", "BLR", "planned", "outlet", ev, NODATE, LVA_BORDER)
    s1 = d.s("Marija Golubeva", "LVA-GOV", "said", "direct",
             "Belarus is deliberately using migrants as an instrument of hybrid pressure against Latvia and the European Union",
             "asserted", "BLR")  # fmt: skip
    ev = '"Belarus is deliberately using migrants as an instrument of hybrid pressure against Latvia and the European Union," said Interior Minister Marija Golubeva.'
    d.e("ACCUSE", "disapprove", "LVA-GOV", "BLR-GOV", "occurred", s1, ev)
    d.e("COERCE", None, "BLR-GOV", "LVA", "occurred", s1, ev)
    d.e("COERCE", None, "BLR-GOV", "EU", "occurred", s1, ev)
    d.s("Marija Golubeva", "LVA-GOV", "said", "direct",
        "Our task is to protect the border, and we will do it.", "asserted", None)  # fmt: skip
    s3 = d.s(None, "LVA-COP", "According to", "indirect",
             "283 people have been prevented from crossing the border since the beginning of August, compared with 37 in the whole of 2020",
             "asserted", None)  # fmt: skip
    q1 = d.q("283 people", 283, 283, False, "migrants", "UNK-REF", "LVA-COP")
    d.q("37", 37, 37, False, "migrants", "UNK-REF", "LVA-COP")
    d.e("COERCE", "restrict", "LVA-COP", "UNK-REF", "occurred", s3,
        "According to the State Border Guard, 283 people have been prevented from crossing the border since the beginning of August, compared with 37 in the whole of 2020.",
        date("2021-08-01", "2021-08-10", "since the beginning of August"), LVA_BORDER, [q1])  # fmt: skip
    q3 = d.q("Another 344", 344, 344, False, "detained", "UNK-REF", "outlet")
    d.e("COERCE", "arrest", "LVA-COP", "UNK-REF", "occurred", "outlet",
        "Another 344 have been detained after crossing and placed in accommodation centres.",
        NODATE, None, [q3])  # fmt: skip
    ev = "The Ministry of Foreign Affairs on Tuesday summoned the Belarusian chargé d'affaires and handed over a note of protest."
    tuesday = date("2021-08-10", None, "on Tuesday")
    d.e("ACCUSE", None, "LVA-GOV", "BLR-GOV", "occurred", "outlet", ev, tuesday)
    d.e("ACCUSE", None, "LVA-GOV", "BLR-GOV", "occurred", "outlet", ev, tuesday)
    ev = "Latvia will also build a permanent fence along the border and will ask the European Commission to share the cost."
    d.e("MOBILIZE", None, "LVA-GOV", "BLR", "planned", "outlet", ev, NODATE, LVA_BORDER)
    d.e("REQUEST", "assist", "LVA-GOV", "EU", "planned", "outlet", ev)
    s4 = d.s("Krišjānis Kariņš", "LVA-GOV", "said", "indirect",
             "the government was in close contact with Lithuania and Poland, which face the same pressure, and that the three countries would coordinate their response with NATO allies",
             "asserted", None)  # fmt: skip
    ev = "Prime Minister Krišjānis Kariņš said the government was in close contact with Lithuania and Poland, which face the same pressure, and that the three countries would coordinate their response with NATO allies."
    d.e("CONSULT", None, "LVA-GOV", "LTU-GOV", "occurred", s4, ev)
    d.e("CONSULT", None, "LVA-GOV", "POL-GOV", "occurred", s4, ev)
    for country in ("LVA-GOV", "LTU-GOV", "POL-GOV"):
        d.e("COOPERATE", None, country, "NATO", "planned", s4, ev)
    return d


def h3() -> Doc:
    d = Doc(
        "h3_defnews-kharkiv-denial-riga.txt",
        {"title": "Moscow denies build-up near Kharkiv as NATO warns of “high price”",
         "outlet": "Defense Observer", "published": "2021-12-01", "url": None},
    )  # fmt: skip
    tuesday = date("2021-11-30", None, "on Tuesday")
    kharkiv = loc("Kharkiv", "UKR", 49.99, 36.23)
    riga = loc("Riga", "LVA", 56.95, 24.11)
    head = "Moscow denies build-up near Kharkiv as NATO warns of “high price”"
    s1 = d.s(None, "RUS-GOV", "denies", "indirect", "build-up near Kharkiv", "denied", None)
    d.e("REJECT", None, "RUS-GOV", None, "occurred", s1, head, tuesday)
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "denied", s1, head, NODATE, kharkiv)
    s2 = d.s(None, "NATO", "warns", "direct", "high price", "asserted", "RUS", nth=0)
    d.e("THREATEN", None, "NATO", "RUS-GOV", "occurred", s2, head, tuesday)
    s3 = d.s(None, "RUS-GOV", "rejected", "indirect",
             "reports that it has massed armoured units near the Ukrainian city of Kharkiv", "denied", None)  # fmt: skip
    ev = "Russia’s Defence Ministry on Tuesday rejected reports that it has massed armoured units near the Ukrainian city of Kharkiv, calling them “an information provocation” staged by Kyiv and its Western backers."
    d.e("REJECT", None, "RUS-GOV", None, "occurred", s3, ev, tuesday)
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "denied", s3, ev, NODATE, kharkiv)
    s4 = d.s(None, "RUS-GOV", "calling", "mixed",
             "them “an information provocation” staged by Kyiv and its Western backers", "asserted", "UKR")  # fmt: skip
    d.e("ACCUSE", None, "RUS-GOV", "UKR-GOV", "occurred", s4, ev, tuesday)
    s5 = d.s("Igor Konashenkov", "RUS-MIL", "said", "direct",
             "There is no concentration of Russian troops there, and there will be none", "asserted", None)  # fmt: skip
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "negated", s5,
        "“There is no concentration of Russian troops there, and there will be none,” Major General Igor Konashenkov said in a televised briefing.",
        NODATE, kharkiv)  # fmt: skip
    s6 = d.s("Igor Konashenkov", "RUS-MIL", "went on", "indirect",
             "The troops in the Voronezh region, he went on, had returned to their bases after exercises in September",
             "asserted", None)  # fmt: skip
    d.e("RETREAT", "withdraw", "RUS-MIL", "UKR", "occurred", s6,
        "The troops in the Voronezh region, he went on, had returned to their bases after exercises in September.",
        NODATE, loc("Voronezh region", "RUS", 51.0, 39.8))  # fmt: skip
    s7 = d.s("Maxar", "MAXAR", "show", "indirect",
             "more than 100 tanks and dozens of artillery pieces parked at a training ground near Yelnya, some 260 kilometres north of the Ukrainian border",
             "asserted", "RUS")  # fmt: skip
    q1 = d.q("more than 100 tanks", 100, None, False, "tanks", "RUS-MIL", "MAXAR")
    q2 = d.q("dozens of artillery pieces", 24, 99, True, "weapons", "RUS-MIL", "MAXAR")
    d.e("MOBILIZE", "weapons", "RUS-MIL", "UKR", "occurred", s7,
        "Satellite images published by the U.S. company Maxar on Monday, however, show more than 100 tanks and dozens of artillery pieces parked at a training ground near Yelnya, some 260 kilometres north of the Ukrainian border.",
        date("2021-11-29", None, "on Monday"), loc("Yelnya", "RUS", 54.58, 33.18), [q1, q2])  # fmt: skip
    ev = "Ukrainian military intelligence estimates that about 92,000 Russian troops are now stationed within striking distance of Ukraine, and says an attack could come in late January or early February."
    s8 = d.s(None, "UKR-GOV", "estimates", "indirect",
             "about 92,000 Russian troops are now stationed within striking distance of Ukraine", "asserted", "RUS")  # fmt: skip
    q3 = d.q("about 92,000 Russian troops", 92000, 92000, True, "troops", "RUS-MIL", "UKR-GOV")
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "occurred", s8, ev,
        date("2021-12-01", None, "now"), None, [q3])  # fmt: skip
    s9 = d.s(None, "UKR-GOV", "says", "indirect",
             "an attack could come in late January or early February", "asserted", "RUS")  # fmt: skip
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "possible", s9, ev,
        date("2022-01-21", "2022-02-10", "in late January or early February"))  # fmt: skip
    ev = "Speaking in Riga, where alliance foreign ministers gathered on Tuesday, NATO Secretary General Jens Stoltenberg warned Moscow that any new aggression against Ukraine “would come at a high price” and urged Russia to be transparent about its military activities."
    s10 = d.s("Jens Stoltenberg", "NATO", "warned", "mixed",
              "any new aggression against Ukraine “would come at a high price”", "asserted", "RUS")  # fmt: skip
    d.e("THREATEN", None, "NATO", "RUS-GOV", "occurred", s10, ev, tuesday, riga)
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "possible", s10, ev)
    s11 = d.s("Jens Stoltenberg", "NATO", "urged", "indirect",
              "Russia to be transparent about its military activities", "asserted", "RUS")  # fmt: skip
    d.e("REQUEST", None, "NATO", "RUS-GOV", "occurred", s11, ev, tuesday, riga)
    s12 = d.s("Dmytro Kuleba", "UKR-GOV", "told", "indirect",
              "Kyiv had asked its allies for air-defence systems and would not be provoked", "asserted", None)  # fmt: skip
    d.e("REQUEST", "assist", "UKR-GOV", None, "occurred", s12,
        "Dmytro Kuleba, Ukraine’s foreign minister, told reporters in Riga that Kyiv had asked its allies for air-defence systems and would not be provoked.")  # fmt: skip
    d.s("Dmytro Kuleba", "UKR-GOV", "said", "direct", "We will defend ourselves", "asserted", None)
    return d


def h4() -> Doc:
    d = Doc(
        "h4_partisan-michalowo-activists.txt",
        {"title": "Arrests in the forest: Warsaw's war on the volunteers", "outlet": "Workers' Tribune",
         "published": "2021-11-18", "url": None},
    )  # fmt: skip
    michalowo = loc("Michałowo", "POL", 53.03, 23.61)
    s1 = d.s("Grupa Granica", "POL-CVL", "said", "indirect",
             "On Tuesday night, police detained five activists from the Grupa Granica network near the town of Michałowo as they handed out blankets and hot food in the forest",
             "asserted", "POL")  # fmt: skip
    q1 = d.q("five activists", 5, 5, False, "detained", "POL-CVL", "POL-CVL")
    ev = "On Tuesday night, police detained five activists from the Grupa Granica network near the town of Michałowo as they handed out blankets and hot food in the forest, the group said in a statement."
    night = date("2021-11-16", None, "On Tuesday night")
    d.e("COERCE", "arrest", "POL-COP", "POL-CVL", "occurred", s1, ev, night, michalowo, [q1])
    d.e("AID", None, "POL-CVL", "UNK-REF", "occurred", s1, ev, night, michalowo)
    q2 = d.q("The five", 5, 5, False, "detained", "POL-CVL", "outlet")
    ev = "The five were held at a border guard post for almost two days, and the prosecutor's office in Hajnówka has opened an investigation against them."
    d.e("COERCE", "arrest", "POL-COP", "POL-CVL", "occurred", "outlet", ev, NODATE, None, [q2])
    d.e("ACCUSE", "investigate", "POL-JUD", "POL-CVL", "occurred", "outlet", ev, NODATE, None, [q2])
    s2 = d.s(None, "POL-CVL", "told", "direct", "They treated us like smugglers", "asserted", "POL")
    d.e("ACCUSE", "disapprove", "POL-CVL", "POL-COP", "occurred", s2,
        "\"They treated us like smugglers,\" one of them told our reporter.")  # fmt: skip
    d.s(
        "Anna Michalska",
        "POL-COP",
        "insisted",
        "indirect",
        "officers acted lawfully",
        "asserted",
        None,
    )
    d.s("Anna Michalska", "POL-COP", "said", "mixed",
        "the activists had entered the restricted zone, where access has been banned since September, \"without any permission\"",
        "asserted", "POL-CVL")  # fmt: skip
    q3 = d.q("thousands of people", 2000, 9999, True, "migrants", "UNK-REF", "outlet")
    d.e("COERCE", "deport", "POL-GOV", "UNK-REF", "occurred", "outlet",
        "It is the same state that has pushed thousands of people back into Belarusian forests.",
        NODATE, loc("Belarus", "BLR", 53.71, 27.95), [q3])  # fmt: skip
    s5 = d.s(None, "POL-COP", "According to", "indirect",
             "more than 7,000 attempts to cross the border were stopped in October alone", "asserted", None)  # fmt: skip
    d.e("COERCE", "restrict", "POL-COP", "UNK-REF", "occurred", s5,
        "According to the Border Guard's own figures, more than 7,000 attempts to cross the border were stopped in October alone.",
        date("2021-10-01", "2021-10-31", "in October"), POL_BORDER)  # fmt: skip
    d.q("at least 11 people", 11, None, False, "dead", "UNK-REF", "outlet")
    s6 = d.s("Polish Medical Rescue", "POL-CVL", "say", "indirect",
             "they are being kept out of the zone", "asserted", "POL")  # fmt: skip
    d.e("COERCE", "restrict", "POL-GOV", "POL-CVL", "occurred", s6,
        "Meanwhile at least 11 people have died on the Polish side since the summer, and medics from the Polish Medical Rescue group say they are being kept out of the zone.")  # fmt: skip
    s7 = d.s("Mariusz Błaszczak", "POL-GOV", "announced", "indirect",
             "another 5,000 soldiers would be sent to the border, bringing the total to around 20,000", "asserted", None)  # fmt: skip
    q5 = d.q("another 5,000 soldiers", 5000, 5000, False, "troops", "POL-MIL", "POL-GOV")
    q6 = d.q("around 20,000", 20000, 20000, True, "troops", "POL-MIL", "POL-GOV")
    d.e("MOBILIZE", "troops", "POL-MIL", "BLR", "planned", s7,
        "On Wednesday Defence Minister Mariusz Błaszczak announced that another 5,000 soldiers would be sent to the border, bringing the total to around 20,000.",
        NODATE, POL_BORDER, [q5, q6])  # fmt: skip
    return d


def h5() -> Doc:
    d = Doc(
        "h5_transcript-fac-borrell-belarus.txt",
        {"title": "Foreign Affairs Council: press remarks by High Representative Josep Borrell",
         "outlet": "European External Action Service", "published": "2021-11-15", "url": None},
    )  # fmt: skip
    ev = "Today ministers agreed to broaden our sanctions framework so that we can target individuals and entities organising or contributing to the actions of the Lukashenko regime that facilitate illegal crossings of the EU's external borders."
    d.e(
        "SANCTION",
        "discontinue",
        "EU",
        "BLR",
        "occurred",
        "outlet",
        ev,
        date("2021-11-15", None, "Today"),
    )
    d.e("COERCE", None, "BLR-GOV", "EU", "occurred", "outlet", ev)
    d.e("SANCTION", "discontinue", "EU", "BLR", "planned", "outlet",
        "We will adopt the concrete listings in the coming days.", date(None, None, "in the coming days"))  # fmt: skip
    d.q("Between 2,000 and 4,000 people", 2000, 4000, False, "migrants", "UNK-REF", "outlet")
    ev = "The Commission will release 700,000 euros of humanitarian aid for them, and we are working with the UN agencies so that this aid can reach them."
    d.e("AID", None, "EU", "UNK-REF", "planned", "outlet", ev)
    d.e("COOPERATE", None, "EU", "UN", "occurred", "outlet", ev)
    s1 = d.s("Gabrielius Landsbergis", "LTU-GOV", "told", "indirect",
             "Belarusian guards are still escorting groups of migrants to the Lithuanian border every night",
             "asserted", "BLR")  # fmt: skip
    d.e("COERCE", None, "BLR-COP", "LTU", "occurred", s1,
        "As Minister Landsbergis told us this morning, Belarusian guards are still escorting groups of migrants to the Lithuanian border every night.",
        date("2021-11-15", None, "this morning"), loc("Lithuania–Belarus border", "BLR"))  # fmt: skip
    ev = "I spoke yesterday with the Iraqi foreign minister, who has agreed to suspend flights from Baghdad to Minsk."
    yesterday = date("2021-11-14", None, "yesterday")
    d.e("CONSULT", None, "EU", "IRQ-GOV", "occurred", "outlet", ev, yesterday)
    d.e("AGREE", None, "IRQ-GOV", "EU", "occurred", "outlet", ev, yesterday)
    ev = "We are not going to negotiate with Lukashenko, and we do not recognise him as the president of Belarus."
    d.e("CONSULT", None, "EU", "BLR-GOV", "negated", "outlet", ev)
    d.e("SUPPORT", None, "EU", "BLR-GOV", "negated", "outlet", ev)
    ev = "Russian paratroopers held joint exercises with Belarusian units near Grodno last week, and we call on Moscow to use its influence on Minsk to end this crisis."
    d.e("MOBILIZE", "troops", "RUS-MIL", "BLR", "occurred", "outlet", ev,
        date("2021-11-08", "2021-11-14", "last week"), loc("Grodno", "BLR", 53.68, 23.83))  # fmt: skip
    d.e("REQUEST", None, "EU", "RUS-GOV", "occurred", "outlet", ev)
    return d


def h6() -> Doc:
    d = Doc(
        "h6_statemedia-peskov-nato-troops.txt",
        {"title": "Russia will not accept NATO troops in Ukraine under any pretext — Kremlin",
         "outlet": "TASS", "published": "2025-09-11", "url": None},
    )  # fmt: skip
    thursday = date("2025-09-11", None, "on Thursday")
    s1 = d.s("Dmitry Peskov", "RUS-GOV", "told", "indirect",
             "Russia will not accept the deployment of troops from any NATO country in Ukraine under any pretext",
             "denied", "NATO")  # fmt: skip
    d.e("REJECT", None, "RUS-GOV", "NATO", "occurred", s1,
        "MOSCOW, September 11. /TASS/. Russia will not accept the deployment of troops from any NATO country in Ukraine under any pretext, Kremlin Spokesman Dmitry Peskov told reporters on Thursday.",
        thursday)  # fmt: skip
    ev = "“Any foreign military contingent on Ukrainian territory will be a legitimate target for our armed forces,” Peskov said, adding that Moscow had warned European capitals about this “more than once”."
    s2 = d.s("Dmitry Peskov", "RUS-GOV", "said", "direct",
             "Any foreign military contingent on Ukrainian territory will be a legitimate target for our armed forces",
             "asserted", None)  # fmt: skip
    d.e("THREATEN", "violence", "RUS-GOV", None, "occurred", s2, ev, thursday)
    s3 = d.s("Dmitry Peskov", "RUS-GOV", "adding", "mixed",
             "Moscow had warned European capitals about this “more than once”", "asserted", "EU")  # fmt: skip
    d.e("THREATEN", None, "RUS-GOV", "EU", "occurred", s3, ev)
    s4 = d.s("John Healey", "GBR-GOV", "said", "indirect",
             "London was ready to send troops to Ukraine once a ceasefire is reached", "asserted", "UKR")  # fmt: skip
    d.e("MOBILIZE", "troops", "GBR-MIL", "UKR", "possible", s4,
        "The Kremlin official was commenting on a statement by British Defence Secretary John Healey, who said on Wednesday that London was ready to send troops to Ukraine once a ceasefire is reached.",
        NODATE, loc("Ukraine", "UKR", 48.3794, 31.1656))  # fmt: skip
    s5 = d.s("John Healey", "GBR-GOV", "According to", "indirect",
             "the United Kingdom will also provide Kyiv with 2,500 military vehicles by the end of the year",
             "claimed", "UKR")  # fmt: skip
    q1 = d.q("2,500 military vehicles", 2500, 2500, False, "vehicles", "GBR-MIL", "GBR-GOV")
    d.e("AID", None, "GBR-GOV", "UKR-GOV", "planned", s5,
        "According to Healey, the United Kingdom will also provide Kyiv with 2,500 military vehicles by the end of the year.",
        date(None, None, "by the end of the year"), None, [q1])  # fmt: skip
    d.e("MOBILIZE", "weapons", "GBR-MIL", "POL", "claimed", "outlet",
        "London is reportedly also preparing to station Typhoon fighter jets in Poland.",
        NODATE, loc("Poland", "POL", 52.0, 19.0))  # fmt: skip
    s6 = d.s("Maria Zakharova", "RUS-GOV", "described", "mixed",
             "such plans as “a direct path to escalation”", "asserted", "GBR")  # fmt: skip
    d.e("ACCUSE", "disapprove", "RUS-GOV", "GBR-GOV", "occurred", s6,
        "Russian Foreign Ministry spokeswoman Maria Zakharova earlier described such plans as “a direct path to escalation”.",
        date(None, None, "earlier"))  # fmt: skip
    s7 = d.s("Maria Zakharova", "RUS-GOV", "In her words", "mixed",
             "the so-called coalition of the willing is “preparing for war, not for peace”", "asserted", None)  # fmt: skip
    d.e("ACCUSE", "disapprove", "RUS-GOV", None, "occurred", s7,
        "In her words, the so-called coalition of the willing is “preparing for war, not for peace”.")  # fmt: skip
    s8 = d.s("Dmitry Peskov", "RUS-GOV", "said", "mixed",
             "President Vladimir Putin had no plans to meet Ukrainian President Volodymyr Zelensky “in the near future”, since the conditions for such a meeting were not in place",
             "asserted", "UKR")  # fmt: skip
    ev = "Peskov also said that President Vladimir Putin had no plans to meet Ukrainian President Volodymyr Zelensky “in the near future”, since the conditions for such a meeting were not in place."
    d.e("REJECT", "meet", "RUS-GOV", "UKR-GOV", "occurred", s8, ev, thursday)
    d.e("CONSULT", None, "RUS-GOV", "UKR-GOV", "negated", s8, ev)
    s9 = d.s(None, "RUS-GOV", "reported", "indirect",
             "some 7,000 Russian troops had arrived in Belarus ahead of the Zapad-2025 exercise", "asserted", "BLR")  # fmt: skip
    q2 = d.q("some 7,000 Russian troops", 7000, 7000, True, "troops", "RUS-MIL", "RUS-GOV")
    d.e("MOBILIZE", "troops", "RUS-MIL", "BLR", "occurred", s9,
        "Meanwhile, the Russian Defence Ministry reported that some 7,000 Russian troops had arrived in Belarus ahead of the Zapad-2025 exercise.",
        NODATE, loc("Belarus", "BLR", 53.71, 27.95), [q2])  # fmt: skip
    return d


def h7() -> Doc:
    d = Doc(
        "h7_wire-kuznica-crowd.txt",
        {"title": "Poland halts migrant crowd at Kuźnica", "outlet": "Central Europe Wire",
         "published": "2021-11-09", "url": None},
    )  # fmt: skip
    monday = date("2021-11-08", None, "on Monday")
    kuznica = loc("Kuźnica", "POL", 53.51, 23.64)
    s1 = d.s(None, "POL-GOV", "said", "indirect",
             "Polish troops and border guards halted a crowd of several hundred migrants who tried to force their way across the frontier near Kuźnica on Monday",
             "asserted", None)  # fmt: skip
    q1 = d.q("several hundred migrants", 200, 900, True, "migrants", "UNK-REF", "POL-GOV")
    d.e("COERCE", "restrict", "POL-MIL", "UNK-REF", "occurred", s1,
        "WARSAW, Nov 9 (Central Europe Wire) - Polish troops and border guards halted a crowd of several hundred migrants who tried to force their way across the frontier near Kuźnica on Monday, the defence ministry in Warsaw said.",
        monday, kuznica, [q1])  # fmt: skip
    s2 = d.s(None, "POL-GOV", "said", "indirect",
             "Some of the migrants used logs and spades to break the fence", "asserted", None)  # fmt: skip
    d.e("COERCE", None, "UNK-REF", "POL", "occurred", s2,
        "Some of the migrants used logs and spades to break the fence, it said.",
        date(None, None, "on Monday"), kuznica)  # fmt: skip
    s3 = d.s(None, "POL-GOV", "according to", "indirect",
             "Belarusian servicemen were seen handing wire cutters to the migrants", "claimed", "BLR")  # fmt: skip
    d.e("COERCE", None, "BLR-MIL", "POL", "claimed", s3,
        "Belarusian servicemen were seen handing wire cutters to the migrants, according to the ministry.",
        date(None, None, "on Monday"), kuznica)  # fmt: skip
    d.s(None, "POL-GOV", "estimates", "indirect",
        "between 3,000 and 4,000 migrants are now camped along the border", "asserted", None)  # fmt: skip
    d.q("between 3,000 and 4,000 migrants", 3000, 4000, False, "migrants", "UNK-REF", "POL-GOV")
    s5 = d.s("Piotr Müller", "POL-GOV", "told", "direct",
             "Belarus wants to provoke a serious incident, preferably with shots fired and casualties", "asserted", "BLR")  # fmt: skip
    d.e("ACCUSE", "disapprove", "POL-GOV", "BLR-GOV", "occurred", s5,
        "\"Belarus wants to provoke a serious incident, preferably with shots fired and casualties,\" government spokesman Piotr Müller told a news conference.")  # fmt: skip
    s6 = d.s("Piotr Müller", "POL-GOV", "said", "indirect",
             "Poland has raised the number of soldiers guarding the frontier to 12,000", "asserted", None)  # fmt: skip
    q3 = d.q("12,000", 12000, 12000, False, "troops", "POL-MIL", "POL-GOV")
    d.e("MOBILIZE", "troops", "POL-MIL", "BLR", "occurred", s6,
        "Poland has raised the number of soldiers guarding the frontier to 12,000, he said.",
        NODATE, POL_BORDER, [q3])  # fmt: skip
    s7 = d.s(None, "BLR-COP", "accused", "indirect",
             "Polish forces of using tear gas against the crowd", "asserted", "POL")  # fmt: skip
    ev = "The Belarusian State Border Committee accused Polish forces of using tear gas against the crowd."
    d.e("ACCUSE", None, "BLR-COP", "POL-MIL", "occurred", s7, ev)
    d.e("ASSAULT", "crowd-control", "POL-MIL", "UNK-REF", "claimed", s7, ev)
    ev = "European Council President Charles Michel talked with Prime Minister Mateusz Morawiecki by phone and expressed full solidarity with Poland."
    d.e("CONSULT", "phone", "EU", "POL-GOV", "occurred", "outlet", ev)
    d.e("SUPPORT", None, "EU", "POL-GOV", "occurred", "outlet", ev)
    s8 = d.s(None, "DEU-GOV", "said", "indirect",
             "Berlin would support any Polish request for help from Frontex, which Warsaw has so far declined", "asserted", "POL")  # fmt: skip
    ev = "Germany's interior ministry said Berlin would support any Polish request for help from Frontex, which Warsaw has so far declined."
    d.e("SUPPORT", None, "DEU-GOV", "POL-GOV", "possible", s8, ev)
    d.e("REJECT", None, "POL-GOV", "EU-COP", "occurred", s8, ev)
    return d


def h8() -> Doc:
    d = Doc(
        "h8_govuk-air-defence-package.txt",
        {"title": "New air defence package for Ukraine", "outlet": "UK Ministry of Defence",
         "published": "2025-09-16", "url": None},
    )  # fmt: skip
    s1 = d.s("John Healey", "GBR-GOV", "announced", "indirect",
             "The UK will deliver a further 5,000 lightweight multirole missiles to Ukraine over the coming months", "asserted", "UKR")  # fmt: skip
    q1 = d.q(
        "a further 5,000 lightweight multirole missiles",
        5000,
        5000,
        False,
        "weapons",
        "GBR-MIL",
        "GBR-GOV",
    )
    ev = "The UK will deliver a further 5,000 lightweight multirole missiles to Ukraine over the coming months, Defence Secretary John Healey announced today during a visit to Kyiv, where he met President Volodymyr Zelensky and Defence Minister Denys Shmyhal."
    d.e(
        "AID",
        None,
        "GBR-GOV",
        "UKR",
        "planned",
        s1,
        ev,
        date(None, None, "over the coming months"),
        None,
        [q1],
    )
    d.e("CONSULT", "visit", "GBR-GOV", "UKR-GOV", "occurred", "outlet", ev,
        date("2025-09-16", None, "today"), loc("Kyiv", "UKR", 50.45, 30.52))  # fmt: skip
    q2 = d.q(
        "more than 56,000 Ukrainian recruits", 56000, None, False, "troops", "UKR-MIL", "outlet"
    )
    ev = "British instructors have so far trained more than 56,000 Ukrainian recruits under Operation Interflex, and the programme will continue next year."
    d.e(
        "AID",
        None,
        "GBR-MIL",
        "UKR-MIL",
        "occurred",
        "outlet",
        ev,
        date(None, None, "so far"),
        None,
        [q2],
    )
    d.e(
        "AID",
        None,
        "GBR-MIL",
        "UKR-MIL",
        "planned",
        "outlet",
        ev,
        date("2026-01-01", "2026-12-31", "next year"),
    )
    s2 = d.s("John Healey", "GBR-GOV", "said", "direct",
             "Putin thinks he can outlast us. He is wrong. Britain stands with Ukraine for as long as it takes.", "asserted", None)  # fmt: skip
    d.e("SUPPORT", None, "GBR-GOV", "UKR", "occurred", s2,
        "The Defence Secretary said: \"Putin thinks he can outlast us. He is wrong. Britain stands with Ukraine for as long as it takes.\"")  # fmt: skip
    s3 = d.s("John Healey", "GBR-GOV", "added", "indirect",
             "UK planners were working with France and other partners on a multinational force that could help secure Ukraine's skies and seas after any ceasefire, and that no decision had been taken on the number of troops",
             "asserted", "UKR")  # fmt: skip
    ev = "He added that UK planners were working with France and other partners on a multinational force that could help secure Ukraine's skies and seas after any ceasefire, and that no decision had been taken on the number of troops."
    d.e("COOPERATE", None, "GBR-MIL", "FRA-GOV", "occurred", s3, ev)
    d.e("MOBILIZE", None, "UNK-MIL", "UKR", "possible", s3, ev)
    q3 = d.q("810 drones", 810, 810, False, "aircraft", "RUS-MIL", "outlet")
    q4 = d.q("13 missiles", 13, 13, False, "weapons", "RUS-MIL", "outlet")
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "occurred", "outlet",
        "Russia continues to strike Ukrainian cities, with 810 drones and 13 missiles launched at Ukraine in a single night earlier this month, the largest attack of the war so far.",
        date("2025-09-01", "2025-09-16", "earlier this month"), None, [q3, q4])  # fmt: skip
    return d


def h9() -> Doc:
    d = Doc(
        "h9_belta-lukashenko-corridor.txt",
        {"title": "Lukashenko urges EU to open humanitarian corridor", "outlet": "BelTA",
         "published": "2021-11-26", "url": None},
    )  # fmt: skip
    friday = date("2021-11-26", None, "on Friday")
    s1 = d.s("Alexander Lukashenko", "BLR-GOV", "accused", "mixed",
             "Poland of beating refugees and throwing them back across the border \"like animals\"", "asserted", "POL")  # fmt: skip
    ev = 'MINSK, 26 November (BelTA) – Alexander Lukashenko on Friday accused Poland of beating refugees and throwing them back across the border "like animals", and urged the European Union to open a humanitarian corridor to Germany for the 2,000 people still waiting near Bruzgi.'
    d.e("ACCUSE", None, "BLR-GOV", "POL-GOV", "occurred", s1, ev, friday)
    d.e("ASSAULT", "beat", "POL-GOV", "UNK-REF", "claimed", s1, ev)
    d.e("COERCE", "deport", "POL-GOV", "UNK-REF", "claimed", s1, ev, NODATE, POL_BORDER)
    s2 = d.s("Alexander Lukashenko", "BLR-GOV", "urged", "indirect",
             "the European Union to open a humanitarian corridor to Germany for the 2,000 people still waiting near Bruzgi", "asserted", "EU")  # fmt: skip
    q1 = d.q("2,000 people", 2000, 2000, False, "migrants", "UNK-REF", "BLR-GOV")
    d.e("REQUEST", None, "BLR-GOV", "EU", "occurred", s2, ev, friday, None, [q1])
    s3 = d.s("Alexander Lukashenko", "BLR-GOV", "According to", "indirect",
             "the refugees in the logistics centre receive food, blankets and medical help every day", "asserted", None)  # fmt: skip
    d.e("AID", None, "BLR-GOV", "UNK-REF", "occurred", s3,
        "According to the head of state, the refugees in the logistics centre receive food, blankets and medical help every day.")  # fmt: skip
    d.q("Another 118 Iraqis", 118, 118, False, "migrants", "IRQ-REF", "outlet")
    s4 = d.s("Alexander Lukashenko", "BLR-GOV", "said", "indirect",
             "Belarusian troops would hold no exercises near the Polish border until the end of the year", "asserted", "POL")  # fmt: skip
    d.e("MOBILIZE", "troops", "BLR-MIL", "POL", "negated", s4,
        "Lukashenko also said that Belarusian troops would hold no exercises near the Polish border until the end of the year.",
        NODATE, loc("Poland–Belarus border", "BLR"))  # fmt: skip
    d.e("REJECT", None, "POL-GOV", "BLR-GOV", "occurred", "outlet",
        "Polish officials have rejected the corridor idea.")  # fmt: skip
    d.s("Maciej Wąsik", "POL-GOV", "said", "indirect",
        "any corridor would only encourage smugglers, and that Poland would keep its border closed", "asserted", None)  # fmt: skip
    d.e("COERCE", "restrict", "POL-GOV", None, "planned", "s5",
        "Deputy Interior Minister Maciej Wąsik said on Thursday that any corridor would only encourage smugglers, and that Poland would keep its border closed.",
        NODATE, POL_BORDER)  # fmt: skip
    s6 = d.s(None, "BLR-COP", "reported", "indirect",
             "Polish helicopters had violated Belarusian airspace twice this week", "asserted", "POL")  # fmt: skip
    d.e("COERCE", None, "POL-MIL", "BLR", "occurred", s6,
        "Meanwhile, the State Border Committee reported that Polish helicopters had violated Belarusian airspace twice this week.",
        date("2021-11-22", "2021-11-26", "this week"), loc("Belarus", "BLR", 53.71, 27.95))  # fmt: skip
    d.e("REJECT", None, "POL-GOV", "BLR-COP", "occurred", "outlet", "Warsaw denied the report.")
    return d


def h10() -> Doc:
    d = Doc(
        "h10_defmon-russia-belarus-drills.txt",
        {"title": "Russia sends troops and S-400s to Belarus ahead of February drills",
         "outlet": "Defense Monitor", "published": "2022-01-19", "url": None},
    )  # fmt: skip
    tuesday = date("2022-01-18", None, "on Tuesday")
    s1 = d.s(None, "BLR-GOV", "announced", "indirect",
             "Russian military units have begun arriving in Belarus for a joint readiness exercise", "asserted", None)  # fmt: skip
    d.e("MOBILIZE", "troops", "RUS-MIL", "BLR", "occurred", s1,
        "Russian military units have begun arriving in Belarus for a joint readiness exercise, the Belarusian defence ministry announced on Tuesday, without saying how many troops were taking part.",
        tuesday, loc("Belarus", "BLR", 53.71, 27.95))  # fmt: skip
    s2 = d.s(None, "BLR-GOV", "showed", "indirect",
             "trains carrying dozens of armoured vehicles and at least four S-400 launchers into the Gomel region", "asserted", None)  # fmt: skip
    q1 = d.q("dozens of armoured vehicles", 24, 99, True, "vehicles", "RUS-MIL", "BLR-GOV")
    q2 = d.q("at least four S-400 launchers", 4, None, False, "weapons", "RUS-MIL", "BLR-GOV")
    d.e("MOBILIZE", "weapons", "RUS-MIL", "BLR", "occurred", s2,
        "Video posted by the ministry showed trains carrying dozens of armoured vehicles and at least four S-400 launchers into the Gomel region.",
        NODATE, loc("Gomel region", "BLR", 52.4, 31.0), [q1, q2])  # fmt: skip
    s3 = d.s("Alexander Lukashenko", "BLR-GOV", "said", "indirect",
             "the drills, called Allied Resolve, would be held near the western and southern borders in February", "asserted", None)  # fmt: skip
    d.e("MOBILIZE", "troops", "RUS-MIL", "BLR", "planned", s3,
        "Lukashenko said last week that the drills, called Allied Resolve, would be held near the western and southern borders in February.",
        date("2022-02-01", "2022-02-28", "in February"))  # fmt: skip
    s4 = d.s(None, "USA-GOV", "fear", "indirect",
             "the deployment could give Moscow another route to attack Kyiv, which lies some 90 kilometres from the Belarusian border", "asserted", "RUS")  # fmt: skip
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "possible", s4,
        "U.S. officials fear the deployment could give Moscow another route to attack Kyiv, which lies some 90 kilometres from the Belarusian border.")  # fmt: skip
    s5 = d.s("Jen Psaki", "USA-GOV", "told", "direct",
             "Russia could launch an attack on Ukraine at very short notice", "asserted", "RUS")  # fmt: skip
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "possible", s5,
        "\"Russia could launch an attack on Ukraine at very short notice,\" White House press secretary Jen Psaki told reporters on Tuesday.")  # fmt: skip
    s6 = d.s(
        "Alexander Fomin", "RUS-GOV", "dismissed", "indirect", "those concerns", "denied", "USA"
    )
    d.s("Alexander Fomin", "RUS-GOV", "saying", "mixed",
        "the exercise was aimed at \"repelling external aggression\" and was not directed against any third country", "asserted", None)  # fmt: skip
    d.e("REJECT", None, "RUS-GOV", "USA-GOV", "occurred", s6,
        "Russian Deputy Defence Minister Alexander Fomin dismissed those concerns, saying the exercise was aimed at \"repelling external aggression\" and was not directed against any third country.")  # fmt: skip
    s8 = d.s(None, "UKR-COP", "said", "indirect",
             "it had strengthened patrols along the 1,084-kilometre frontier with Belarus", "asserted", None)  # fmt: skip
    d.e("MOBILIZE", "police", "UKR-COP", "BLR", "occurred", s8,
        "Ukraine's border guard service said it had strengthened patrols along the 1,084-kilometre frontier with Belarus.",
        NODATE, loc("Ukraine–Belarus border", "UKR"))  # fmt: skip
    return d


def h11() -> Doc:
    d = Doc(
        "h11_partisan-twenty-six-zero-boots.txt",
        {"title": "Twenty-six countries, zero boots: Europe's guarantee problem",
         "outlet": "The Eastern Flank Review", "published": "2025-09-08", "url": None},
    )  # fmt: skip
    d.s("Emmanuel Macron", "FRA-GOV", "announced", "mixed",
             "Twenty-six of them promised to send troops or other help to Ukraine \"the day after\" a ceasefire", "asserted", "UKR")  # fmt: skip
    s1b = d.s(None, "UNK-GOV", "promised", "mixed",
              "to send troops or other help to Ukraine \"the day after\" a ceasefire", "asserted", "UKR")  # fmt: skip
    d.e("MOBILIZE", "troops", "UNK-MIL", "UKR", "planned", s1b,
        "Twenty-six of them promised to send troops or other help to Ukraine \"the day after\" a ceasefire, Emmanuel Macron announced, yet not one government has said how many soldiers it would actually send.",
        NODATE, loc("Ukraine", "UKR", 48.3794, 31.1656))  # fmt: skip
    ev = "Germany's chancellor Friedrich Merz has refused to commit troops before a peace deal is signed, and Italy's Giorgia Meloni ruled out Italian soldiers altogether."
    s2 = d.s("Friedrich Merz", "DEU-GOV", "refused", "indirect",
             "to commit troops before a peace deal is signed", "denied", "UKR")  # fmt: skip
    d.e("REJECT", None, "DEU-GOV", "UKR", "occurred", s2, ev)
    d.e("MOBILIZE", "troops", "DEU-MIL", "UKR", "negated", s2, ev)
    s3 = d.s(
        "Giorgia Meloni",
        "ITA-GOV",
        "ruled out",
        "indirect",
        "Italian soldiers altogether",
        "denied",
        "UKR",
    )
    d.e("REJECT", None, "ITA-GOV", "UKR", "occurred", s3, ev)
    d.e("MOBILIZE", "troops", "ITA-MIL", "UKR", "negated", s3, ev)
    d.e(
        "AID",
        None,
        "POL-GOV",
        "UKR",
        "planned",
        "outlet",
        "Warsaw, for its part, will only provide logistics.",
    )
    s4 = d.s(None, "UKR-MIL", "said", "indirect",
             "Russian forces fired nearly 600 drones and missiles at Ukrainian cities overnight into Sunday, killing at least four people in Kyiv", "asserted", "RUS")  # fmt: skip
    q1 = d.q("nearly 600 drones and missiles", 600, 600, True, "weapons", "RUS-MIL", "UKR-MIL")
    q2 = d.q("at least four people", 4, None, False, "dead", "UKR-CVL", "UKR-MIL")
    d.e("ASSAULT", "aerial", "RUS-MIL", "UKR", "occurred", s4,
        "Russian forces fired nearly 600 drones and missiles at Ukrainian cities overnight into Sunday, killing at least four people in Kyiv, the Ukrainian air force said.",
        date("2025-09-06", "2025-09-07", "overnight into Sunday"), None, [q1, q2])  # fmt: skip
    d.e("AID", None, "USA-GOV", "UKR", "planned", "outlet",
        "Donald Trump has promised American \"backstop\" support but has not explained what that means.")  # fmt: skip
    s5 = d.s("Vladimir Putin", "RUS-GOV", "warned", "mixed",
             "any Western troops deployed to Ukraine would be \"legitimate targets\"", "asserted", None)  # fmt: skip
    d.e("THREATEN", "violence", "RUS-GOV", None, "occurred", s5,
        "Vladimir Putin, asked about the plan in Vladivostok, warned that any Western troops deployed to Ukraine would be \"legitimate targets\".",
        NODATE, loc("Vladivostok", "RUS", 43.12, 131.89))  # fmt: skip
    return d


def h12() -> Doc:
    d = Doc(
        "h12_statedept-briefing-belarus.txt",
        {"title": "Department Press Briefing – November 16, 2021", "outlet": "U.S. Department of State",
         "published": "2021-11-16", "url": None},
    )  # fmt: skip
    ev = "MR PRICE: We condemn the Lukashenko regime's continued exploitation of vulnerable migrants, and we are in close touch with our Polish, Lithuanian and Latvian allies."
    ev = ev[len("MR PRICE: ") :]
    d.e("ACCUSE", None, "USA-GOV", "BLR-GOV", "occurred", "outlet", ev)
    for ally in ("POL-GOV", "LTU-GOV", "LVA-GOV"):
        d.e("CONSULT", None, "USA-GOV", ally, "occurred", "outlet", ev)
    d.q("Some 2,000 people", 2000, 2000, True, "migrants", "UNK-REF", "outlet")
    d.e("CONSULT", None, "USA-GOV", "POL-GOV", "occurred", "outlet",
        "Secretary Blinken spoke this morning with Foreign Minister Rau of Poland.",
        date("2021-11-16", None, "this morning"))  # fmt: skip
    ev = "We are preparing additional sanctions in coordination with the EU, and we expect to announce them in the coming weeks."
    d.e(
        "SANCTION",
        "discontinue",
        "USA-GOV",
        "BLR",
        "planned",
        "outlet",
        ev,
        date(None, None, "in the coming weeks"),
    )
    d.e("COOPERATE", None, "USA-GOV", "EU", "occurred", "outlet", ev)
    d.s(None, "RUS-GOV", "says", "indirect", "it has nothing to do with this", "asserted", None)
    ev = "Well, Moscow has given Minsk political cover at the UN Security Council, and two Russian Tu-22M3 bombers have patrolled Belarusian airspace in recent days."
    d.e("SUPPORT", None, "RUS-GOV", "BLR-GOV", "occurred", "outlet", ev)
    q2 = d.q("two Russian Tu-22M3 bombers", 2, 2, False, "aircraft", "RUS-MIL", "outlet")
    d.e("MOBILIZE", None, "RUS-MIL", "BLR", "occurred", "outlet", ev,
        date(None, None, "in recent days"), loc("Belarus", "BLR", 53.71, 27.95), [q2])  # fmt: skip
    d.e(
        "REQUEST",
        None,
        "USA-GOV",
        "RUS-GOV",
        "occurred",
        "outlet",
        "We call on Russia to use its influence.",
    )
    return d


def h13() -> Doc:
    d = Doc(
        "h13_wire-podlasie-blank-shots.txt",
        {"title": "Polish soldiers detain 47 at border, Syrian man found dead",
         "outlet": "Vistula News Service", "published": "2021-10-21", "url": None},
    )  # fmt: skip
    wednesday = date("2021-10-20", None, "late on Wednesday")
    ev = "BIAŁYSTOK, Poland, Oct 21 (Vistula News Service) - Polish soldiers apprehended 47 people who had slipped through the razor-wire fence near the village of Usnarz Górny late on Wednesday, and a young Syrian man was found dead in a marsh nearby, police in the Podlasie region said on Thursday."
    s1 = d.s(None, "POL-COP", "said", "indirect",
             "Polish soldiers apprehended 47 people who had slipped through the razor-wire fence near the village of Usnarz Górny late on Wednesday, and a young Syrian man was found dead in a marsh nearby",
             "asserted", None)  # fmt: skip
    q1 = d.q("47 people", 47, 47, False, "detained", "UNK-REF", "POL-COP")
    d.e("COERCE", "arrest", "POL-MIL", "UNK-REF", "occurred", s1, ev, wednesday,
        loc("Usnarz Górny", "POL", 53.36, 23.72), [q1])  # fmt: skip
    d.s("Tomasz Krupa", "POL-COP", "said", "indirect",
        "the body showed no signs of violence and that prosecutors would establish the cause of death",
        "asserted", None)  # fmt: skip
    s3 = d.s(None, "POL-COP", "said", "indirect",
             "it had thwarted 612 attempts to cross illegally on Wednesday, the highest daily figure this month",
             "asserted", None)  # fmt: skip
    d.e("COERCE", "restrict", "POL-COP", "UNK-REF", "occurred", s3,
        "The Border Guard said it had thwarted 612 attempts to cross illegally on Wednesday, the highest daily figure this month.",
        date("2021-10-20", None, "on Wednesday"), POL_BORDER)  # fmt: skip
    d.s(
        None,
        "POL-COP",
        "said",
        "indirect",
        "Of those detained, 29 were Iraqi Kurds",
        "asserted",
        None,
    )
    d.q("29", 29, 29, False, "detained", "IRQ-REF", "POL-COP")
    s5 = d.s(None, "POL-GOV", "claimed", "indirect",
             "a group of Belarusian uniformed men had fired blank shots into the air to scare a Polish patrol on Tuesday evening near Narewka",
             "claimed", "BLR")  # fmt: skip
    d.e("ASSAULT", "firearms", "BLR-MIL", "POL-MIL", "claimed", s5,
        "Poland's defence ministry claimed that a group of Belarusian uniformed men had fired blank shots into the air to scare a Polish patrol on Tuesday evening near Narewka.",
        date("2021-10-19", None, "on Tuesday evening"), loc("Narewka", "POL", 52.83, 23.75))  # fmt: skip
    s6 = d.s("Marcin Ociepa", "POL-GOV", "wrote", "direct",
             "This is a deliberate attempt to provoke our soldiers", "asserted", "BLR")  # fmt: skip
    d.e("ACCUSE", "disapprove", "POL-GOV", "BLR-MIL", "occurred", s6,
        "\"This is a deliberate attempt to provoke our soldiers,\" Deputy Defence Minister Marcin Ociepa wrote on Twitter.")  # fmt: skip
    d.e("REJECT", None, "BLR-GOV", "POL-GOV", "occurred", "outlet", "Minsk rejected the account.")
    ev = 'Belarus\'s State Border Committee said its staff had not fired a single shot in the area and branded the Polish allegation "a fantasy meant for domestic consumption".'
    s7 = d.s(None, "BLR-COP", "said", "indirect",
             "its staff had not fired a single shot in the area", "asserted", None)  # fmt: skip
    d.e("ASSAULT", "firearms", "BLR-COP", "POL-MIL", "negated", s7, ev)
    s8 = d.s(None, "BLR-COP", "branded", "mixed",
             "the Polish allegation \"a fantasy meant for domestic consumption\"", "asserted", "POL")  # fmt: skip
    d.e("ACCUSE", "disapprove", "BLR-COP", "POL-GOV", "occurred", s8, ev)
    ev = "Lawmakers in Warsaw last week voted to extend the state of emergency in 183 border localities by 60 days, and the government has asked parliament to approve 1.6 billion zlotys for a permanent barrier."
    d.e("COERCE", "martial-law", "POL-LEG", None, "occurred", "outlet", ev,
        date("2021-10-11", "2021-10-17", "last week"), POL_BORDER)  # fmt: skip
    d.e("REQUEST", None, "POL-GOV", "POL-LEG", "occurred", "outlet", ev)
    d.e("COERCE", "restrict", "POL-GOV", "UNK-MED", "occurred", "outlet",
        "Journalists remain barred from the zone.", NODATE, POL_BORDER)  # fmt: skip
    s9 = d.s("Ylva Johansson", "EU", "appealed", "indirect",
             "Poland to let the EU's border agency Frontex help on the ground", "asserted", "POL")  # fmt: skip
    d.e("REQUEST", "assist", "EU", "POL-GOV", "occurred", s9,
        "European Home Affairs Commissioner Ylva Johansson, visiting Vilnius, appealed to Poland to let the EU's border agency Frontex help on the ground.")  # fmt: skip
    d.s(None, "POL-GOV", "insisted", "indirect", "it can cope alone", "asserted", None)
    s11 = d.s("Ocalenie Foundation", "POL-CVL", "said", "indirect",
              "its volunteers had delivered food and sleeping bags to about 30 people stranded in the forest near Hajnówka, among them four children",
              "asserted", None)  # fmt: skip
    q3 = d.q("about 30 people", 30, 30, True, "migrants", "UNK-REF", "POL-CVL")
    q4 = d.q("four children", 4, 4, False, "people", "UNK-REF", "POL-CVL")
    d.e("AID", None, "POL-CVL", "UNK-REF", "occurred", s11,
        "Rights group Ocalenie Foundation said its volunteers had delivered food and sleeping bags to about 30 people stranded in the forest near Hajnówka, among them four children.",
        NODATE, loc("Hajnówka", "POL", 52.74, 23.58), [q3, q4])  # fmt: skip
    s12 = d.s("Anna Dąbrowska", "POL-CVL", "said", "direct",
              "Polish guards keep pushing them back to Belarus, and the Belarusians push them back again. They are like a ball between two walls",
              "asserted", None)  # fmt: skip
    ev = '"Polish guards keep pushing them back to Belarus, and the Belarusians push them back again. They are like a ball between two walls," said the foundation\'s Anna Dąbrowska.'
    d.e("COERCE", "deport", "POL-COP", "UNK-REF", "occurred", s12, ev, NODATE, POL_BORDER)
    d.e("COERCE", "deport", "BLR-COP", "UNK-REF", "occurred", s12, ev, NODATE,
        loc("Poland–Belarus border", "BLR"))  # fmt: skip
    return d


def h14() -> Doc:
    d = Doc(
        "h14_tass-ryabkov-guarantees.txt",
        {"title": "Moscow expects prompt US reply on security guarantees — Ryabkov",
         "outlet": "TASS", "published": "2021-12-10", "url": None},
    )  # fmt: skip
    friday = date("2021-12-10", None, "on Friday")
    thursday = date("2021-12-09", None, "on Thursday")
    s1 = d.s("Sergei Ryabkov", "RUS-GOV", "stated", "indirect",
             "Moscow expects Washington to give a written reply to its proposals on security guarantees without delay, and any attempt to drag out the talks will be regarded as a refusal",
             "asserted", "USA")  # fmt: skip
    d.e("REQUEST", None, "RUS-GOV", "USA-GOV", "occurred", s1,
        "MOSCOW, December 10. /TASS/. Moscow expects Washington to give a written reply to its proposals on security guarantees without delay, and any attempt to drag out the talks will be regarded as a refusal, Russian Deputy Foreign Minister Sergei Ryabkov stated on Friday.",
        friday)  # fmt: skip
    s2 = d.s("Sergei Ryabkov", "RUS-GOV", "stressed", "direct",
             "We need legally binding guarantees that NATO will not move one more inch to the east and will not place strike weapons near our borders",
             "asserted", "NATO")  # fmt: skip
    d.e("REQUEST", None, "RUS-GOV", "NATO", "occurred", s2,
        "\"We need legally binding guarantees that NATO will not move one more inch to the east and will not place strike weapons near our borders,\" the diplomat stressed at a briefing.",
        friday)  # fmt: skip
    s3 = d.s("Sergei Ryabkov", "RUS-GOV", "noted", "indirect",
             "Russian and US diplomats had discussed the drafts in Geneva earlier this week", "asserted", "USA")  # fmt: skip
    d.e("CONSULT", None, "RUS-GOV", "USA-GOV", "occurred", s3,
        "He noted that Russian and US diplomats had discussed the drafts in Geneva earlier this week.",
        date(None, None, "earlier this week"), loc("Geneva", "CHE", 46.2, 6.14))  # fmt: skip
    s4 = d.s("Sergei Ryabkov", "RUS-GOV", "dismissed", "mixed",
             "Western claims that Russia was preparing to attack Ukraine as \"hysteria whipped up by the media\"",
             "denied", None)  # fmt: skip
    ev = 'Ryabkov dismissed Western claims that Russia was preparing to attack Ukraine as "hysteria whipped up by the media".'
    d.e("REJECT", None, "RUS-GOV", None, "occurred", s4, ev, friday)
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "denied", s4, ev)
    s5 = d.s("Sergei Ryabkov", "RUS-GOV", "said", "direct",
             "Russia has no intention of attacking anyone", "asserted", None)  # fmt: skip
    d.e("ASSAULT", None, "RUS-MIL", None, "negated", s5,
        "\"Russia has no intention of attacking anyone,\" he said.")  # fmt: skip
    s6 = d.s("Sergei Shoigu", "RUS-GOV", "informed", "indirect",
             "US strategic bombers had flown 30 reconnaissance and training sorties near the Russian border in November, three times more than a year ago",
             "asserted", "USA")  # fmt: skip
    d.e("MOBILIZE", "weapons", "USA-MIL", "RUS", "occurred", s6,
        "Meanwhile, Defence Minister Sergei Shoigu informed the ministry's board that US strategic bombers had flown 30 reconnaissance and training sorties near the Russian border in November, three times more than a year ago.",
        date("2021-11-01", "2021-11-30", "in November"))  # fmt: skip
    s7 = d.s("Sergei Shoigu", "RUS-GOV", "According to", "mixed",
             "some 8,000 US troops are permanently stationed in Poland and Lithuania, \"with tanks and heavy armour\"",
             "asserted", "USA")  # fmt: skip
    q1 = d.q("some 8,000 US troops", 8000, 8000, True, "troops", "USA-MIL", "RUS-GOV")
    ev = 'According to the minister, some 8,000 US troops are permanently stationed in Poland and Lithuania, "with tanks and heavy armour".'
    d.e("MOBILIZE", "troops", "USA-MIL", "POL", "occurred", s7, ev, NODATE,
        loc("Poland", "POL", 52.0, 19.0), [q1])  # fmt: skip
    d.e("MOBILIZE", "troops", "USA-MIL", "LTU", "occurred", s7, ev, NODATE,
        loc("Lithuania", "LTU", 55.17, 23.88), [q1])  # fmt: skip
    s8 = d.s(None, "RUS-MIL", "said", "indirect",
             "Russian fighter jets were scrambled twice on Thursday to intercept US and French reconnaissance planes over the Black Sea",
             "asserted", None)  # fmt: skip
    ev = "Russian fighter jets were scrambled twice on Thursday to intercept US and French reconnaissance planes over the Black Sea, the National Defence Control Centre said."
    black_sea = loc("Black Sea", None, 43.4, 34.0)
    d.e("MOBILIZE", "weapons", "RUS-MIL", "USA-MIL", "occurred", s8, ev, thursday, black_sea)
    d.e("MOBILIZE", "weapons", "RUS-MIL", "FRA-MIL", "occurred", s8, ev, thursday, black_sea)
    s9 = d.s(None, "RUS-MIL", "reported", "indirect",
             "more than 1,200 servicemen of a motorised rifle division had completed a snap combat readiness check in the Rostov region near the Ukrainian border and were returning to their permanent bases",
             "asserted", None)  # fmt: skip
    q2 = d.q("more than 1,200 servicemen", 1200, None, False, "troops", "RUS-MIL", "RUS-MIL")
    ev = "The Southern Military District press service reported that more than 1,200 servicemen of a motorised rifle division had completed a snap combat readiness check in the Rostov region near the Ukrainian border and were returning to their permanent bases."
    rostov = loc("Rostov region", "RUS", 47.7, 40.8)
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "occurred", s9, ev, NODATE, rostov, [q2])
    d.e("RETREAT", "withdraw", "RUS-MIL", "UKR", "occurred", s9, ev, NODATE, rostov, [q2])
    s10 = d.s("Oleksii Reznikov", "UKR-GOV", "claimed", "indirect",
              "Russia had amassed about 97,000 troops near the border and could launch a large-scale offensive at the end of January",
              "claimed", "RUS")  # fmt: skip
    q3 = d.q("about 97,000 troops", 97000, 97000, True, "troops", "RUS-MIL", "UKR-GOV")
    ev = "Ukrainian Defence Minister Oleksii Reznikov, for his part, claimed on Thursday that Russia had amassed about 97,000 troops near the border and could launch a large-scale offensive at the end of January."
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "claimed", s10, ev, thursday,
        loc("Russia–Ukraine border", None), [q3])  # fmt: skip
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "possible", s10, ev,
        date("2022-01-21", "2022-01-31", "at the end of January"))  # fmt: skip
    s11 = d.s(None, "UKR-GOV", "accused", "indirect",
              "Moscow of sending 2,000 additional troops to the separatist-held areas of Donbass", "asserted", "RUS")  # fmt: skip
    q4 = d.q("2,000 additional troops", 2000, 2000, False, "troops", "RUS-MIL", "UKR-GOV")
    ev = "Kiev also accused Moscow of sending 2,000 additional troops to the separatist-held areas of Donbass."
    d.e("ACCUSE", None, "UKR-GOV", "RUS-GOV", "occurred", s11, ev)
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "claimed", s11, ev, NODATE,
        loc("Donbass", "UKR", 48.0, 38.0), [q4])  # fmt: skip
    d.e("REJECT", None, "RUS-GOV", "UKR-GOV", "occurred", "outlet",
        "The Russian side has repeatedly refuted such allegations.")  # fmt: skip
    s12 = d.s(None, "RUS-GOV", "said", "indirect",
              "President Vladimir Putin and US President Joe Biden had agreed during their video call on Tuesday to continue the dialogue at the level of experts",
              "asserted", "USA")  # fmt: skip
    ev = "The Kremlin said on Thursday that President Vladimir Putin and US President Joe Biden had agreed during their video call on Tuesday to continue the dialogue at the level of experts."
    tuesday = date("2021-12-07", None, "on Tuesday")
    d.e("AGREE", None, "RUS-GOV", "USA-GOV", "occurred", s12, ev, tuesday)
    d.e("AGREE", None, "USA-GOV", "RUS-GOV", "occurred", s12, ev, tuesday)
    d.e("CONSULT", None, "RUS-GOV", "USA-GOV", "planned", s12, ev)
    return d


def h15() -> Doc:
    d = Doc(
        "h15_defnews-82nd-airborne-rzeszow.txt",
        {"title": "Pentagon orders 3,000 more troops to Europe as Russian forces pour into Belarus",
         "outlet": "Defense Line", "published": "2022-02-03", "url": None},
    )  # fmt: skip
    wednesday = date("2022-02-02", None, "on Wednesday")
    ev = "WASHINGTON — The Pentagon on Wednesday ordered some 2,000 troops from Fort Bragg, North Carolina, to Poland and Germany, and will reposition a Stryker squadron of about 1,000 soldiers from Vilseck, Germany, to Romania, in the largest US reinforcement of NATO's eastern flank since Russia began massing forces around Ukraine."
    q1 = d.q("some 2,000 troops", 2000, 2000, True, "troops", "USA-MIL", "outlet")
    q2 = d.q("about 1,000 soldiers", 1000, 1000, True, "troops", "USA-MIL", "outlet")
    d.e("MOBILIZE", "troops", "USA-MIL", "POL", "occurred", "outlet", ev, wednesday,
        loc("Poland", "POL", 52.0, 19.0), [q1])  # fmt: skip
    d.e("MOBILIZE", "troops", "USA-MIL", "DEU", "occurred", "outlet", ev, wednesday,
        loc("Germany", "DEU", 51.1, 10.4), [q1])  # fmt: skip
    d.e("MOBILIZE", "troops", "USA-MIL", "ROU", "planned", "outlet", ev, NODATE,
        loc("Romania", "ROU", 45.9, 24.97), [q2])  # fmt: skip
    s1 = d.s("John Kirby", "USA-GOV", "told", "indirect",
             "Most of the paratroopers, drawn from the 82nd Airborne Division, are expected to arrive at Rzeszów in south-eastern Poland by the weekend",
             "asserted", "POL")  # fmt: skip
    d.e("MOBILIZE", "troops", "USA-MIL", "POL", "planned", s1,
        "Most of the paratroopers, drawn from the 82nd Airborne Division, are expected to arrive at Rzeszów in south-eastern Poland by the weekend, Pentagon press secretary John Kirby told reporters.",
        date(None, None, "by the weekend"), loc("Rzeszów", "POL", 50.04, 22.0))  # fmt: skip
    s2 = d.s("John Kirby", "USA-GOV", "stressed", "mixed",
             "the units \"are not going to Ukraine\" and would not take part in combat there", "asserted", "UKR")  # fmt: skip
    ev = 'He stressed that the units "are not going to Ukraine" and would not take part in combat there.'
    d.e("MOBILIZE", "troops", "USA-MIL", "UKR", "negated", s2, ev)
    d.e("ASSAULT", None, "USA-MIL", None, "negated", s2, ev)
    s3 = d.s("John Kirby", "USA-GOV", "said", "direct",
             "The message to Mr. Putin is clear: we will defend every inch of NATO territory", "asserted", "RUS")  # fmt: skip
    ev = '"The message to Mr. Putin is clear: we will defend every inch of NATO territory," Kirby said.'
    d.e("THREATEN", None, "USA-GOV", "RUS-GOV", "occurred", s3, ev)
    d.e("SUPPORT", None, "USA-GOV", "NATO", "occurred", s3, ev)
    d.e("MOBILIZE", "troops", "RUS-MIL", "BLR", "occurred", "outlet",
        "The move comes as Russian forces pour into Belarus for the Union Resolve exercise scheduled for Feb. 10-20.",
        NODATE, loc("Belarus", "BLR", 53.71, 27.95))  # fmt: skip
    ev = "NATO Secretary General Jens Stoltenberg estimated on Wednesday that the deployment had reached 30,000 combat troops, backed by Spetsnaz units, Su-35 fighters and Iskander short-range missile systems, which he called the biggest Russian presence in Belarus since the Cold War."
    s4 = d.s("Jens Stoltenberg", "NATO", "estimated", "indirect",
             "the deployment had reached 30,000 combat troops, backed by Spetsnaz units, Su-35 fighters and Iskander short-range missile systems",
             "asserted", "RUS")  # fmt: skip
    q3 = d.q("30,000 combat troops", 30000, 30000, False, "troops", "RUS-MIL", "NATO")
    d.e("MOBILIZE", "troops", "RUS-MIL", "BLR", "occurred", s4, ev, wednesday,
        loc("Belarus", "BLR", 53.71, 27.95), [q3])  # fmt: skip
    d.s("Jens Stoltenberg", "NATO", "called", "indirect",
        "the biggest Russian presence in Belarus since the Cold War", "asserted", "RUS")  # fmt: skip
    d.e("ACCUSE", None, "RUS-GOV", "USA-GOV", "occurred", "outlet",
        "Moscow condemned the American reinforcements.")  # fmt: skip
    ev = 'Deputy Foreign Minister Alexander Grushko described them as "destructive steps" that raise military tension, and warned that Russia would take "all necessary measures" to protect its security.'
    s6 = d.s("Alexander Grushko", "RUS-GOV", "described", "mixed",
             "them as \"destructive steps\" that raise military tension", "asserted", "USA")  # fmt: skip
    d.e("ACCUSE", "disapprove", "RUS-GOV", "USA-GOV", "occurred", s6, ev)
    s7 = d.s("Alexander Grushko", "RUS-GOV", "warned", "mixed",
             "Russia would take \"all necessary measures\" to protect its security", "asserted", "USA")  # fmt: skip
    d.e("THREATEN", None, "RUS-GOV", "USA-GOV", "occurred", s7, ev)
    s8 = d.s(None, "UKR-GOV", "said", "indirect",
             "Russia had moved three battalion tactical groups from Siberia toward the Yelnya area in the past week, and that around 112,000 Russian servicemen were now deployed within 200 kilometres of the border",
             "asserted", "RUS")  # fmt: skip
    q4 = d.q("three battalion tactical groups", 3, 3, False, "troops", "RUS-MIL", "UKR-GOV")
    q5 = d.q(
        "around 112,000 Russian servicemen", 112000, 112000, True, "troops", "RUS-MIL", "UKR-GOV"
    )
    ev = "In Kyiv, the defence intelligence directorate said Russia had moved three battalion tactical groups from Siberia toward the Yelnya area in the past week, and that around 112,000 Russian servicemen were now deployed within 200 kilometres of the border."
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "occurred", s8, ev,
        date("2022-01-27", "2022-02-03", "in the past week"), loc("Yelnya", "RUS", 54.58, 33.18), [q4])  # fmt: skip
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "occurred", s8, ev,
        date("2022-02-03", None, "now"), loc("Russia–Ukraine border", None), [q5])  # fmt: skip
    ev = "Britain has meanwhile flown some 2,000 NLAW anti-tank launchers to Kyiv since mid-January, and Estonia has begun transferring Javelin missiles to Ukraine with US approval."
    q6 = d.q(
        "some 2,000 NLAW anti-tank launchers", 2000, 2000, True, "weapons", "GBR-MIL", "outlet"
    )
    d.e("AID", None, "GBR-GOV", "UKR-GOV", "occurred", "outlet", ev,
        date("2022-01-15", "2022-02-03", "since mid-January"), None, [q6])  # fmt: skip
    d.e("AID", None, "EST-GOV", "UKR", "occurred", "outlet", ev)
    ev = "Germany, which has declined to send lethal arms, said it would deliver a field hospital instead."
    d.e("REJECT", None, "DEU-GOV", "UKR-GOV", "occurred", "outlet", ev)
    d.e("AID", None, "DEU-GOV", "UKR", "negated", "outlet", ev)
    s9 = d.s(
        None,
        "DEU-GOV",
        "said",
        "indirect",
        "it would deliver a field hospital instead",
        "asserted",
        None,
    )
    d.e("AID", None, "DEU-GOV", "UKR", "planned", s9, ev)
    d.e("SUPPORT", None, "ROU-GOV", "USA-GOV", "occurred", "outlet",
        "Romanian Defence Minister Vasile Dîncu welcomed the Stryker deployment, saying the 1,000 Americans would join the 900 US personnel already in the country.")  # fmt: skip
    s10 = d.s("Vasile Dîncu", "ROU-GOV", "saying", "indirect",
              "the 1,000 Americans would join the 900 US personnel already in the country", "asserted", "USA")  # fmt: skip
    q7 = d.q("the 1,000 Americans", 1000, 1000, False, "troops", "USA-MIL", "ROU-GOV")
    d.q("the 900 US personnel", 900, 900, False, "troops", "USA-MIL", "ROU-GOV")
    d.e("MOBILIZE", "troops", "USA-MIL", "ROU", "planned", s10,
        "Romanian Defence Minister Vasile Dîncu welcomed the Stryker deployment, saying the 1,000 Americans would join the 900 US personnel already in the country.",
        NODATE, loc("Romania", "ROU", 45.9, 24.97), [q7])  # fmt: skip
    return d


def h16() -> Doc:
    d = Doc(
        "h16_ngo-latvia-forest-tents.txt",
        {"title": "Latvia: End secret detentions in the forest",
         "outlet": "Baltic Refugee Rights Centre", "published": "2021-10-14", "url": None},
    )  # fmt: skip
    ngo = "Baltic Refugee Rights Centre"
    s1 = d.s(ngo, "LVA-CVL", "said", "indirect",
             "Latvian border forces have held dozens of asylum seekers for weeks in makeshift tents in the woods near the Belarusian border, denied them access to lawyers and forced many of them back into Belarus",
             "asserted", "LVA")  # fmt: skip
    q1 = d.q("dozens of asylum seekers", 24, 99, True, "detained", "UNK-REF", "LVA-CVL")
    ev = "(Riga, 14 October 2021) – Latvian border forces have held dozens of asylum seekers for weeks in makeshift tents in the woods near the Belarusian border, denied them access to lawyers and forced many of them back into Belarus, the Baltic Refugee Rights Centre said today."
    d.e("COERCE", "arrest", "LVA-COP", "UNK-REF", "occurred", s1, ev, NODATE, LVA_BORDER, [q1])
    d.e("COERCE", "restrict", "LVA-COP", "UNK-REF", "occurred", s1, ev, NODATE, None, [q1])
    d.e("COERCE", "deport", "LVA-COP", "UNK-REF", "occurred", s1, ev, NODATE,
        loc("Belarus", "BLR", 53.71, 27.95))  # fmt: skip
    d.q("23 people", 23, 23, False, "migrants", "UNK-REF", "outlet")
    ev = "Eleven of them said masked officers had kicked or struck them with batons, and six said they had been given electric shocks with tasers."
    s2 = d.s(None, "UNK-REF", "said", "indirect",
             "masked officers had kicked or struck them with batons", "asserted", "LVA")  # fmt: skip
    q3 = d.q("Eleven of them", 11, 11, False, "migrants", "UNK-REF", "outlet")
    d.e("ASSAULT", "beat", "LVA-COP", "UNK-REF", "occurred", s2, ev, NODATE, None, [q3])
    s3 = d.s(None, "UNK-REF", "said", "indirect",
             "they had been given electric shocks with tasers", "asserted", "LVA")  # fmt: skip
    q4 = d.q("six", 6, 6, False, "migrants", "UNK-REF", "outlet")
    d.e("ASSAULT", "torture", "LVA-COP", "UNK-REF", "occurred", s3, ev, NODATE, None, [q4])
    s4 = d.s("Ieva Ozoliņa", "LVA-CVL", "said", "direct",
             "Latvia is treating people who ask for protection as enemies of the state", "asserted", "LVA")  # fmt: skip
    d.e("ACCUSE", "disapprove", "LVA-CVL", "LVA-GOV", "occurred", s4,
        "\"Latvia is treating people who ask for protection as enemies of the state,\" said Ieva Ozoliņa, the group's Baltic researcher.",
        date("2021-10-14", None, "today"))  # fmt: skip
    s5 = d.s("Ieva Ozoliņa", "LVA-CVL", "said", "direct",
             "The government must shut these camps, let the refugee agency in and investigate every allegation of violence.",
             "asserted", "LVA")  # fmt: skip
    d.e("REQUEST", "change", "LVA-CVL", "LVA-GOV", "occurred", s5,
        "\"The government must shut these camps, let the refugee agency in and investigate every allegation of violence.\"",
        date("2021-10-14", None, "today"))  # fmt: skip
    ev = "Under the state of emergency declared on 10 August, border guards may turn back anyone who crosses irregularly, and the law bars asylum claims at the border."
    d.e("COERCE", "deport", "LVA-COP", "UNK-REF", "possible", "outlet", ev, NODATE, LVA_BORDER)
    d.e("COERCE", "restrict", "LVA-GOV", "UNK-REF", "occurred", "outlet", ev, NODATE, LVA_BORDER)
    d.s(None, "LVA-GOV", "said", "indirect",
        "all actions of its officers were lawful and proportionate, and that claims of mistreatment had not been confirmed",
        "asserted", None)  # fmt: skip
    s7 = d.s(None, "LVA-COP", "reports", "indirect",
             "it has stopped 1,340 people since August and let 63 enter on humanitarian grounds", "asserted", None)  # fmt: skip
    q5 = d.q("1,340 people", 1340, 1340, False, "migrants", "UNK-REF", "LVA-COP")
    q6 = d.q("63", 63, 63, False, "migrants", "UNK-REF", "LVA-COP")
    ev = "The State Border Guard reports that it has stopped 1,340 people since August and let 63 enter on humanitarian grounds."
    d.e("COERCE", "restrict", "LVA-COP", "UNK-REF", "occurred", s7, ev,
        date("2021-08-01", "2021-10-14", "since August"), LVA_BORDER, [q5])  # fmt: skip
    d.e("CONCEDE", None, "LVA-COP", "UNK-REF", "occurred", s7, ev,
        date("2021-08-01", "2021-10-14", "since August"), LVA_BORDER, [q6])  # fmt: skip
    d.s(None, "LVA-CVL", "according to", "indirect",
        "At least one man has died of hypothermia on the Latvian side", "asserted", None)  # fmt: skip
    d.q("At least one man", 1, None, False, "dead", "UNK-REF", "LVA-CVL")
    d.e("ACCUSE", "disapprove", "LVA-CVL", "BLR-GOV", "occurred", "outlet",
        "Belarus bears its share of responsibility.")  # fmt: skip
    s9 = d.s(None, "UNK-REF", "described", "indirect",
             "Belarusian soldiers herding groups to the fence at night and threatening to set dogs on those who tried to return to Minsk",
             "asserted", "BLR")  # fmt: skip
    ev = "Several interviewees described Belarusian soldiers herding groups to the fence at night and threatening to set dogs on those who tried to return to Minsk."
    d.e("COERCE", None, "BLR-MIL", "LVA", "occurred", s9, ev, date(None, None, "at night"),
        loc("Latvia–Belarus border", "BLR"))  # fmt: skip
    d.e("THREATEN", "violence", "BLR-MIL", "UNK-REF", "occurred", s9, ev)
    d.e("REQUEST", None, "UNHCR", "LVA-GOV", "occurred", "outlet",
        "The UN refugee agency, UNHCR, has repeatedly asked Riga for unhindered access to the border area.")  # fmt: skip
    s10 = d.s("Katrin Vos", "UNHCR", "told", "indirect",
              "Latvian authorities had so far refused all of its requests to visit the tents", "asserted", "LVA")  # fmt: skip
    d.e("REJECT", None, "LVA-GOV", "UNHCR", "occurred", s10,
        "Its regional representative, Katrin Vos, told the Centre that Latvian authorities had so far refused all of its requests to visit the tents.",
        date(None, None, "so far"))  # fmt: skip
    s11 = d.s(ngo, "LVA-CVL", "calls on", "indirect",
              "the European Commission to open infringement proceedings against Latvia and to make EU border funding conditional on independent monitoring",
              "asserted", "EU")  # fmt: skip
    d.e("REQUEST", None, "LVA-CVL", "EU", "occurred", s11,
        "The Baltic Refugee Rights Centre calls on the European Commission to open infringement proceedings against Latvia and to make EU border funding conditional on independent monitoring.",
        date("2021-10-14", None, None))  # fmt: skip
    return d


def h17() -> Doc:
    d = Doc(
        "h17_govnl-multinational-force.txt",
        {"title": "Netherlands ready to contribute to a multinational force for Ukraine",
         "outlet": "Government of the Netherlands", "published": "2025-03-17", "url": None},
    )  # fmt: skip
    ukraine = loc("Ukraine", "UKR", 48.3794, 31.1656)
    s1 = d.s("Dick Schoof", "NLD-GOV", "told", "indirect",
             "The Netherlands is prepared in principle to contribute to a multinational force that would help safeguard a future ceasefire in Ukraine",
             "asserted", "UKR")  # fmt: skip
    d.e("MOBILIZE", None, "NLD-MIL", "UKR", "possible", s1,
        "The Netherlands is prepared in principle to contribute to a multinational force that would help safeguard a future ceasefire in Ukraine, Prime Minister Dick Schoof told the House of Representatives on Monday.",
        NODATE, ukraine)  # fmt: skip
    d.s("Dick Schoof", "NLD-GOV", "stressed", "indirect",
        "Any Dutch participation would require a robust mandate and the approval of parliament", "asserted", None)  # fmt: skip
    d.e("CONSULT", "phone", "NLD-GOV", None, "occurred", "outlet",
        "Schoof took part on Saturday in a video conference of some 25 leaders convened by British Prime Minister Keir Starmer.",
        date("2025-03-15", None, "on Saturday"))  # fmt: skip
    ev = "The participants agreed to step up military planning, and chiefs of defence will meet at Northwood on Thursday to work out the operational details."
    d.e(
        "COOPERATE",
        None,
        "UNK-GOV",
        None,
        "occurred",
        "outlet",
        ev,
        date("2025-03-15", None, "on Saturday"),
    )
    d.e("CONSULT", None, "UNK-MIL", None, "planned", "outlet", ev,
        date("2025-03-20", None, "on Thursday"), loc("Northwood", "GBR", 51.63, -0.42))  # fmt: skip
    s3 = d.s("Ruben Brekelmans", "NLD-GOV", "said", "direct",
             "Words alone will not keep Ukraine safe. Russia has violated every ceasefire it signed since 2014, and guarantees without credible military backing would be worthless",
             "asserted", "RUS")  # fmt: skip
    d.e("ACCUSE", "disapprove", "NLD-GOV", "RUS-GOV", "occurred", s3,
        "\"Words alone will not keep Ukraine safe. Russia has violated every ceasefire it signed since 2014, and guarantees without credible military backing would be worthless,\" Defence Minister Ruben Brekelmans said.")  # fmt: skip
    d.e("AID", None, "NLD-GOV", "UKR", "planned", "outlet",
        "The government will also allocate an additional €3.5 billion in military support to Ukraine this year.",
        date("2025-01-01", "2025-12-31", "this year"))  # fmt: skip
    q1 = d.q("500 maritime drones", 500, 500, False, "weapons", "NLD-MIL", "outlet")
    d.e("AID", None, "NLD-GOV", "UKR", "planned", "outlet",
        "Part of the package will pay for 500 maritime drones and radar systems produced jointly by Dutch and Ukrainian companies.",
        NODATE, None, [q1])  # fmt: skip
    q2 = d.q("six F-16 training aircraft", 6, 6, False, "aircraft", "NLD-MIL", "outlet")
    d.e("AID", None, "NLD-GOV", "ROU-GOV", "planned", "outlet",
        "In addition, the Netherlands will deliver six F-16 training aircraft to Romania, where Ukrainian pilots are being trained.",
        NODATE, loc("Romania", "ROU", 45.9, 24.97), [q2])  # fmt: skip
    ev = 'Brekelmans said it was "far too early" to name the number of Dutch military personnel who might be sent, but ruled out Dutch troops taking part in combat operations against Russian forces.'
    s4 = d.s("Ruben Brekelmans", "NLD-GOV", "said", "mixed",
             "it was \"far too early\" to name the number of Dutch military personnel who might be sent", "asserted", None)  # fmt: skip
    d.e("MOBILIZE", "troops", "NLD-MIL", "UKR", "possible", s4, ev)
    s5 = d.s("Ruben Brekelmans", "NLD-GOV", "ruled out", "indirect",
             "Dutch troops taking part in combat operations against Russian forces", "denied", "RUS")  # fmt: skip
    d.e("REJECT", None, "NLD-GOV", "RUS", "occurred", s5, ev)
    d.e("ASSAULT", None, "NLD-MIL", "RUS-MIL", "negated", s5, ev)
    s6 = d.s("Ruben Brekelmans", "NLD-GOV", "According to", "indirect",
             "Moscow continues to attack Ukrainian energy infrastructure, with more than 170 drones launched on the night of 15 to 16 March alone",
             "asserted", "RUS")  # fmt: skip
    q3 = d.q("more than 170 drones", 170, None, False, "aircraft", "RUS-MIL", "NLD-GOV")
    d.e("ASSAULT", "drone", "RUS-MIL", "UKR", "occurred", s6,
        "According to the minister, Moscow continues to attack Ukrainian energy infrastructure, with more than 170 drones launched on the night of 15 to 16 March alone.",
        date("2025-03-15", "2025-03-16", "on the night of 15 to 16 March"), None, [q3])  # fmt: skip
    d.s(None, "UKR-MIL", "said", "indirect", "130 of them had been shot down", "asserted", None)
    d.q("130 of them", 130, 130, False, "aircraft", "RUS-MIL", "UKR-MIL")
    d.e("REJECT", None, "RUS-GOV", "EU", "occurred", "outlet",
        "The Kremlin has rejected any presence of European troops in Ukraine.")  # fmt: skip
    s8 = d.s("Sergei Lavrov", "RUS-GOV", "said", "mixed",
             "such a deployment would mean \"direct involvement\" of NATO countries in the war, and that Russia would regard those troops as combatants",
             "asserted", "NATO")  # fmt: skip
    d.e("THREATEN", "violence", "RUS-GOV", "NATO", "occurred", s8,
        "Foreign Minister Sergei Lavrov said last week that such a deployment would mean \"direct involvement\" of NATO countries in the war, and that Russia would regard those troops as combatants.",
        date("2025-03-10", "2025-03-16", "last week"))  # fmt: skip
    s9 = d.s("Dick Schoof", "NLD-GOV", "said", "indirect",
             "The Netherlands will continue to coordinate closely with its partners in the coalition, with the United States and with Ukraine",
             "asserted", None)  # fmt: skip
    ev = "The Netherlands will continue to coordinate closely with its partners in the coalition, with the United States and with Ukraine, Schoof said."
    for partner in (None, "USA-GOV", "UKR-GOV"):
        d.e("COOPERATE", None, "NLD-GOV", partner, "planned", s9, ev)
    return d


def h18() -> Doc:
    d = Doc(
        "h18_partisan-berlin-helmets.txt",
        {"title": "Berlin's helmets and Moscow's tanks", "outlet": "Eastern Front Dispatch",
         "published": "2022-01-27", "url": None},
    )  # fmt: skip
    q1 = d.q("Five thousand helmets", 5000, 5000, False, "other", "DEU-MIL", "outlet")
    d.q("more than 100,000 Russian soldiers", 100000, None, False, "troops", "RUS-MIL", "outlet")
    d.e("AID", None, "DEU-GOV", "UKR", "planned", "outlet",
        "That is what Germany has promised a country facing more than 100,000 Russian soldiers on three sides.",
        NODATE, None, [q1])  # fmt: skip
    ev = "Defence Minister Christine Lambrecht unveiled the gift on Wednesday as if it were a grand gesture, while her government continues to block Estonia from handing nine old howitzers of East German origin to Kyiv."
    d.e(
        "AID",
        None,
        "DEU-GOV",
        "UKR",
        "planned",
        "outlet",
        ev,
        date("2022-01-26", None, "on Wednesday"),
    )
    q2 = d.q("nine old howitzers", 9, 9, False, "weapons", "EST-MIL", "outlet")
    d.e("REJECT", None, "DEU-GOV", "EST-GOV", "occurred", "outlet", ev, NODATE, None, [q2])
    d.e("AID", None, "EST-GOV", "UKR-GOV", "negated", "outlet", ev, NODATE, None, [q2])
    ev = 'Vitali Klitschko, the mayor of Kyiv, called the offer "a slap in the face" and asked whether Berlin would send pillows next.'
    s1 = d.s("Vitali Klitschko", "UKR-GOV", "called", "mixed",
             "the offer \"a slap in the face\"", "asserted", "DEU")  # fmt: skip
    d.e("ACCUSE", "disapprove", "UKR-GOV", "DEU-GOV", "occurred", s1, ev)
    d.s("Vitali Klitschko", "UKR-GOV", "asked", "indirect",
        "whether Berlin would send pillows next", "asserted", "DEU")  # fmt: skip
    d.e("REQUEST", "assist", "UKR-GOV", "DEU-GOV", "occurred", "outlet",
        "Ukraine's ambassador in Berlin, Andriy Melnyk, has been begging for air-defence systems and warships for months.",
        date(None, None, "for months"))  # fmt: skip
    ev = "Compare that with Lithuania and Latvia, which this week shipped Stinger missiles to Kyiv, or with Britain, whose transport planes have flown close to 2,300 anti-tank weapons across Europe."
    this_week = date("2022-01-24", "2022-01-27", "this week")
    d.e("AID", None, "LTU-GOV", "UKR-GOV", "occurred", "outlet", ev, this_week)
    d.e("AID", None, "LVA-GOV", "UKR-GOV", "occurred", "outlet", ev, this_week)
    q3 = d.q("close to 2,300 anti-tank weapons", 2300, 2300, True, "weapons", "GBR-MIL", "outlet")
    d.e("AID", None, "GBR-MIL", "UKR", "occurred", "outlet", ev, NODATE, None, [q3])
    ev = 'Even Washington has put 8,500 troops on heightened alert and is flying in 90 tonnes of "lethal aid".'
    q4 = d.q("8,500 troops", 8500, 8500, False, "troops", "USA-MIL", "outlet")
    d.e("MOBILIZE", "troops", "USA-MIL", None, "occurred", "outlet", ev, NODATE, None, [q4])
    d.e("AID", None, "USA-GOV", "UKR", "occurred", "outlet", ev)
    d.s("Olaf Scholz", "DEU-GOV", "insists", "indirect",
        "the policy of not sending weapons to crisis zones is a matter of principle", "asserted", None)  # fmt: skip
    ev = "Nord Stream 2 still waits for its certificate, and Scholz refuses to say that it will be stopped if Russian tanks roll."
    d.e("REJECT", None, "DEU-GOV", None, "occurred", "outlet", ev)
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "possible", "outlet", ev)
    ev = 'Its spokesman, Dmitry Peskov, accused the United States of "whipping up tension" by putting troops on alert, and the Russian army announced live-fire drills involving 6,000 troops and 60 jets in Crimea and the Black Sea.'
    s5 = d.s("Dmitry Peskov", "RUS-GOV", "accused", "mixed",
             "the United States of \"whipping up tension\" by putting troops on alert", "asserted", "USA")  # fmt: skip
    d.e("ACCUSE", None, "RUS-GOV", "USA-GOV", "occurred", s5, ev)
    d.e("MOBILIZE", "troops", "USA-MIL", None, "claimed", s5, ev)
    q5 = d.q("6,000 troops", 6000, 6000, False, "troops", "RUS-MIL", "RUS-MIL")
    q6 = d.q("60 jets", 60, 60, False, "aircraft", "RUS-MIL", "RUS-MIL")
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "planned", "outlet", ev, NODATE,
        loc("Crimea", "UKR", 45.3, 34.4), [q5, q6])  # fmt: skip
    s6 = d.s(
        None, "RUS-GOV", "keep repeating", "indirect", "no invasion is planned", "asserted", None
    )
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "negated", s6,
        "Russian diplomats keep repeating that no invasion is planned.")  # fmt: skip
    ev = "On Tuesday he urged Ukrainians not to panic and said the threat was no greater than in spring."
    tuesday = date("2022-01-25", None, "On Tuesday")
    s7 = d.s(
        "Volodymyr Zelensky",
        "UKR-GOV",
        "urged",
        "indirect",
        "Ukrainians not to panic",
        "asserted",
        "UKR",
    )
    d.e("REQUEST", None, "UKR-GOV", "UKR-CVL", "occurred", s7, ev, tuesday)
    d.s("Volodymyr Zelensky", "UKR-GOV", "said", "indirect",
        "the threat was no greater than in spring", "asserted", None)  # fmt: skip
    d.e("CONCEDE", None, "DEU-GOV", "EST-GOV", "possible", "outlet",
        "It could lift the block on the Estonian howitzers tomorrow.", date(None, None, "tomorrow"))  # fmt: skip
    d.e("AID", None, "DEU-GOV", "UKR-MIL", "possible", "outlet",
        "Instead, Berlin has offered to train Ukrainian medics.")  # fmt: skip
    return d


def h19() -> Doc:
    d = Doc(
        "h19_ukr-sybiha-article5-mukachevo.txt",
        {"title": "Sybiha: security guarantees must be \"Article 5-like\" as coalition planners meet in Washington",
         "outlet": "Kyiv Ledger", "published": "2025-08-21", "url": None},
    )  # fmt: skip
    thursday = date("2025-08-21", None, "on Thursday")
    overnight = date("2025-08-20", "2025-08-21", "Overnight")
    washington = loc("Washington", "USA", 38.9, -77.04)
    head = 'Sybiha: security guarantees must be "Article 5-like" as coalition planners meet in Washington'
    s1 = d.s("Andrii Sybiha", "UKR-GOV", ":", "mixed",
             "security guarantees must be \"Article 5-like\"", "claimed", None)  # fmt: skip
    d.e("REQUEST", "assist", "UKR-GOV", None, "occurred", s1, head, thursday)
    d.e("CONSULT", None, "UNK-MIL", None, "occurred", "outlet", head, thursday, washington)
    ev = "KYIV — Ukraine's Foreign Minister Andrii Sybiha said on Thursday that any security guarantees must be legally binding and modelled on NATO's Article 5, as military planners from the so-called coalition of the willing gathered in Washington to discuss a possible post-war deployment."
    s2 = d.s("Andrii Sybiha", "UKR-GOV", "said", "indirect",
             "any security guarantees must be legally binding and modelled on NATO's Article 5", "asserted", None)  # fmt: skip
    d.e("REQUEST", "assist", "UKR-GOV", None, "occurred", s2, ev, thursday)
    d.e("CONSULT", None, "UNK-MIL", None, "occurred", "outlet", ev, thursday, washington)
    d.e("MOBILIZE", None, "UNK-MIL", "UKR", "possible", "outlet", ev)
    s3 = d.s("Andrii Sybiha", "UKR-GOV", "told", "direct",
             "We do not need promises on paper. We need guarantees that work on the first day of any new aggression",
             "asserted", None)  # fmt: skip
    d.e("REQUEST", "assist", "UKR-GOV", None, "occurred", s3,
        "\"We do not need promises on paper. We need guarantees that work on the first day of any new aggression,\" Sybiha told journalists in Kyiv during a joint press conference with his Finnish counterpart Elina Valtonen.",
        thursday, loc("Kyiv", "UKR", 50.45, 30.52))  # fmt: skip
    s4 = d.s("Elina Valtonen", "FIN-GOV", "confirmed", "indirect",
             "Helsinki would contribute to air policing and mine clearance in the Black Sea once hostilities stop",
             "asserted", "UKR")  # fmt: skip
    ev = "Valtonen confirmed that Helsinki would contribute to air policing and mine clearance in the Black Sea once hostilities stop, but declined to say whether Finnish ground troops would be part of the mission."
    once = date(None, None, "once hostilities stop")
    d.e("MOBILIZE", "weapons", "FIN-MIL", "UKR", "planned", s4, ev, once)
    d.e("AID", None, "FIN-MIL", "UKR", "planned", s4, ev, once, loc("Black Sea", None, 43.4, 34.0))
    s5 = d.s(None, "UKR-MIL", "reported", "indirect",
             "Overnight, Russia launched 574 drones and 40 ballistic and cruise missiles at Ukraine", "asserted", "RUS")  # fmt: skip
    q1 = d.q("574 drones", 574, 574, False, "aircraft", "RUS-MIL", "UKR-MIL")
    q2 = d.q("40 ballistic and cruise missiles", 40, 40, False, "weapons", "RUS-MIL", "UKR-MIL")
    d.e("ASSAULT", "aerial", "RUS-MIL", "UKR", "occurred", s5,
        "Overnight, Russia launched 574 drones and 40 ballistic and cruise missiles at Ukraine, the Air Force of the Armed Forces of Ukraine reported.",
        overnight, None, [q1, q2])  # fmt: skip
    d.q("546 drones", 546, 546, False, "aircraft", "RUS-MIL", "outlet")
    d.q("31 missiles", 31, 31, False, "weapons", "RUS-MIL", "outlet")
    s6 = d.s("Andriy Sadovyi", "UKR-GOV", "wrote", "indirect",
             "In Lviv, a woman was killed and three people were injured when debris fell on a residential building",
             "asserted", None)  # fmt: skip
    q5 = d.q("three people", 3, 3, False, "injured", "UKR-CVL", "UKR-GOV")
    d.e("ASSAULT", "aerial", "RUS-MIL", "UKR-CVL", "occurred", s6,
        "In Lviv, a woman was killed and three people were injured when debris fell on a residential building, Mayor Andriy Sadovyi wrote on Telegram.",
        overnight, loc("Lviv", "UKR", 49.84, 24.03), [q5])  # fmt: skip
    s7 = d.s("Myroslav Biletskyi", "UKR-GOV", "said", "indirect",
             "A strike on an American-owned electronics plant in Mukachevo injured 19 workers", "asserted", None)  # fmt: skip
    q6 = d.q("19 workers", 19, 19, False, "injured", "UKR-CVL", "UKR-GOV")
    d.e("ASSAULT", "aerial", "RUS-MIL", "USA-BUS", "occurred", s7,
        "A strike on an American-owned electronics plant in Mukachevo injured 19 workers, regional governor Myroslav Biletskyi said.",
        overnight, loc("Mukachevo", "UKR", 48.44, 22.72), [q6])  # fmt: skip
    s8 = d.s("Volodymyr Zelensky", "UKR-GOV", "condemned", "indirect",
             "the attack as a response to diplomatic efforts", "asserted", "RUS")  # fmt: skip
    d.e("ACCUSE", None, "UKR-GOV", "RUS-GOV", "occurred", s8,
        "President Volodymyr Zelensky condemned the attack as a response to diplomatic efforts.")  # fmt: skip
    ev = '"Russia is mocking the peace talks," he said in his evening address, and called on partners to tighten sanctions on Russian oil buyers.'
    s9 = d.s("Volodymyr Zelensky", "UKR-GOV", "said", "direct",
             "Russia is mocking the peace talks", "asserted", "RUS")  # fmt: skip
    d.e("ACCUSE", "disapprove", "UKR-GOV", "RUS-GOV", "occurred", s9, ev)
    s10 = d.s("Volodymyr Zelensky", "UKR-GOV", "called on", "indirect",
              "partners to tighten sanctions on Russian oil buyers", "asserted", None)  # fmt: skip
    d.e("REQUEST", None, "UKR-GOV", None, "occurred", s10, ev)
    d.e("REJECT", None, "RUS-GOV", None, "occurred", "outlet",
        "The Kremlin again dismissed the idea of Western guarantees that exclude Moscow.")  # fmt: skip
    ev = 'Foreign Minister Sergei Lavrov claimed on Wednesday that discussing security without Russia was "a road to nowhere" and insisted that China and Russia should be among the guarantors.'
    wednesday = date("2025-08-20", None, "on Wednesday")
    s11 = d.s("Sergei Lavrov", "RUS-GOV", "claimed", "mixed",
              "discussing security without Russia was \"a road to nowhere\"", "claimed", None)  # fmt: skip
    d.e("ACCUSE", "disapprove", "RUS-GOV", None, "occurred", s11, ev, wednesday)
    s12 = d.s("Sergei Lavrov", "RUS-GOV", "insisted", "indirect",
              "China and Russia should be among the guarantors", "asserted", None)  # fmt: skip
    d.e("REQUEST", None, "RUS-GOV", None, "occurred", s12, ev, wednesday)
    s13 = d.s(None, "UKR-GOV", "told", "indirect",
              "Kyiv has sent Washington a list of weapons it wants to buy for about $90 billion, including Patriot systems",
              "asserted", "USA")  # fmt: skip
    d.e("REQUEST", "assist", "UKR-GOV", "USA-GOV", "occurred", s13,
        "Two sources in the Office of the President told Kyiv Ledger that Kyiv has sent Washington a list of weapons it wants to buy for about $90 billion, including Patriot systems.")  # fmt: skip
    d.e("AID", None, "EU", "UKR", "claimed", "outlet",
        "The purchase is reportedly to be paid for by European partners.")  # fmt: skip
    s14 = d.s(None, "UKR-MIL", "said", "indirect",
              "Ukrainian troops had recaptured two villages in Donetsk region and taken 37 Russian soldiers prisoner",
              "asserted", "RUS")  # fmt: skip
    q7 = d.q("37 Russian soldiers", 37, 37, False, "detained", "RUS-MIL", "UKR-MIL")
    ev = "Meanwhile, the General Staff said Ukrainian troops had recaptured two villages in Donetsk region and taken 37 Russian soldiers prisoner."
    donetsk = loc("Donetsk region", "UKR", 48.0, 37.8)
    d.e("COERCE", "seize", "UKR-MIL", "RUS-MIL", "occurred", s14, ev, NODATE, donetsk)
    d.e("COERCE", "arrest", "UKR-MIL", "RUS-MIL", "occurred", s14, ev, NODATE, donetsk, [q7])
    return d


def h20() -> Doc:
    d = Doc(
        "h20_transcript-nato-russia-council.txt",
        {"title": "Press conference by NATO Secretary General Jens Stoltenberg following the meeting of the NATO-Russia Council",
         "outlet": "NATO", "published": "2022-01-12", "url": None},
    )  # fmt: skip
    today = date("2022-01-12", None, None)
    d.e("CONSULT", None, "NATO", "RUS-GOV", "occurred", "outlet",
        "We have just concluded a meeting of the NATO-Russia Council, the first in more than two years.",
        date("2022-01-12", None, "just"))  # fmt: skip
    d.e("CONSULT", None, "NATO", "RUS-GOV", "occurred", "outlet",
        "Allies and Russia sat around the same table for four hours.", today)  # fmt: skip
    s1 = d.s(None, "NATO", "made clear", "indirect",
             "we will not compromise on core principles: the right of each nation to choose its own path, and NATO's open-door policy",
             "denied", "RUS")  # fmt: skip
    d.e("REJECT", None, "NATO", "RUS-GOV", "occurred", s1,
        "Allies made clear that we will not compromise on core principles: the right of each nation to choose its own path, and NATO's open-door policy.",
        today)  # fmt: skip
    d.e("REQUEST", None, "NATO", "RUS-GOV", "occurred", "outlet",
        "We also called on Russia to de-escalate and to pull back the forces it has gathered in and around Ukraine.",
        today)  # fmt: skip
    q1 = d.q("close to 100,000 troops", 100000, 100000, True, "troops", "RUS-MIL", "outlet")
    d.e("MOBILIZE", "troops", "RUS-MIL", "UKR", "occurred", "outlet",
        "Russia continues to keep close to 100,000 troops, tanks, artillery and electronic warfare capabilities along Ukraine's borders.",
        NODATE, loc("Russia–Ukraine border", None), [q1])  # fmt: skip
    d.e("CONSULT", None, "NATO", "RUS-GOV", "possible", "outlet",
        "At the same time, allies are ready to meet again and to discuss arms control, including limits on missile deployments and greater transparency of exercises.")  # fmt: skip
    d.e(
        "CONSULT",
        None,
        "NATO",
        "RUS-GOV",
        "possible",
        "outlet",
        "We proposed a series of meetings.",
    )
    ev = "Russia was not in a position to agree, but it did not reject the proposal either."
    d.e("AGREE", None, "RUS-GOV", "NATO", "negated", "outlet", ev)
    d.e("REJECT", None, "RUS-GOV", "NATO", "negated", "outlet", ev)
    s2 = d.s("Alexander Grushko", "RUS-GOV", "told", "indirect",
             "if NATO does not stop enlarging, Russia will respond with military means", "asserted", "NATO")  # fmt: skip
    d.e("THREATEN", "violence", "RUS-GOV", "NATO", "occurred", s2,
        "QUESTION (Reuters): Mr Grushko told reporters that if NATO does not stop enlarging, Russia will respond with military means."[len("QUESTION (Reuters): "):])  # fmt: skip
    d.e("SUPPORT", None, "NATO", "NATO", "occurred", "outlet",
        "What I can say is that NATO will do what is necessary to protect and defend all allies.")  # fmt: skip
    ev = "We have deployed four battlegroups to the eastern part of the Alliance, and we have some 40,000 troops on higher readiness."
    q2 = d.q("four battlegroups", 4, 4, False, "troops", "NATO-MIL", "outlet")
    q3 = d.q("some 40,000 troops", 40000, 40000, True, "troops", "NATO-MIL", "outlet")
    d.e("MOBILIZE", "troops", "NATO-MIL", "NATO", "occurred", "outlet", ev, NODATE, None, [q2])
    d.e("MOBILIZE", "troops", "NATO-MIL", None, "occurred", "outlet", ev, NODATE, None, [q3])
    ev = "If Russia uses force against Ukraine, there will be severe costs."
    d.e("THREATEN", None, "NATO", "RUS-GOV", "occurred", "outlet", ev, today)
    d.e("ASSAULT", None, "RUS-MIL", "UKR", "possible", "outlet", ev)
    d.e("SUPPORT", None, "NATO", "UKR-GOV", "occurred", "outlet",
        "Ukraine is a highly valued partner and we provide political and practical support.")  # fmt: skip
    ev = "Allies like the United States, Canada and the United Kingdom train Ukrainian forces."
    for ally in ("USA-MIL", "CAN-MIL", "GBR-MIL"):
        d.e("AID", None, ally, "UKR-MIL", "occurred", "outlet", ev)
    ev = "Allies have no plans to deploy combat troops to Ukraine."
    d.e("REJECT", None, "NATO", "UKR-GOV", "occurred", "outlet", ev)
    d.e("MOBILIZE", "troops", "NATO-MIL", "UKR", "negated", "outlet", ev)
    return d


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    rows = []
    builders = [h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, h11, h12]
    builders += [h13, h14, h15, h16, h17, h18, h19, h20]  # fresh set, written 21:05-21:12
    for build in builders:
        doc = build()
        record = doc.record()
        path = GOLD / doc.file.replace(".txt", ".json")
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        row: dict[str, Any] = {"file": doc.file, "text": doc.text}
        row.update({k: doc.meta.get(k) for k in ("title", "outlet", "published", "url")})
        rows.append(json.dumps(row, ensure_ascii=False))
        print(f"{doc.file}: {len(doc.statements)} statements, {len(doc.events)} events, "
              f"{len(doc.quantities)} quantities")  # fmt: skip
    (HERE / "texts.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
