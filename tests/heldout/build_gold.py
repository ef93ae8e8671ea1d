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


def main() -> int:
    GOLD.mkdir(exist_ok=True)
    rows = []
    for build in (h1, h2, h3, h4, h5, h6, h7, h8, h9, h10, h11, h12):
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
