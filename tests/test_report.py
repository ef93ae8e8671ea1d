"""The HTML report: self-contained, escaped, and showing every section of the record."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path

import pytest
from markupsafe import escape

from flashpoint.errors import InputError
from flashpoint.records import (
    DateInfo,
    Document,
    Event,
    Location,
    Quantity,
    Record,
    Speaker,
    Statement,
    record_from_dict,
)
from flashpoint.report import (
    build_report,
    timeline_period,
    timeline_slots,
    write_report,
)
from flashpoint.store import open_store

GENERATED = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
SECTIONS = ("summary", "timeline", "escalation", "disputes", "outlets", "appendix")

TEXT_A = (
    "Belarusian soldiers fired shots at Polish border guards near the Kuznica crossing on "
    "Monday, the Polish border guard said. About 1,000 Belarusian troops were seen near the "
    "border crossing, where migrants have gathered for days in the cold forest."
)
TEXT_B = (
    "Minsk denied that Belarusian soldiers had fired at Polish border guards near the "
    "Kuznica crossing. Warsaw says 15,000 Belarusian troops are massed near the border, "
    "where migrants have camped in the forest for days."
)
TEXT_C = (
    "Ukraine and Moldova signed an agreement on grain exports through the port of Izmail, "
    "the ministers of agriculture announced after talks in Chisinau."
)


def _event(event_id: str, type_: str, source: str, target: str | None, **fields: object) -> Event:
    values: dict[str, object] = {
        "id": event_id,
        "type": type_,
        "mode": None,
        "source": source,
        "target": target,
        "date": DateInfo(start="2021-11-15", end="2021-11-15", text="on Monday"),
        "location": Location(name="Kuznica", country="POL", lat=53.51, lon=23.65),
        "quantity_ids": (),
        "status": "occurred",
        "reported_by": "outlet",
        "evidence": "Belarusian soldiers fired shots at Polish border guards",
        "evidence_span": (0, 56),
    }
    values.update(fields)
    return Event(**values)  # type: ignore[arg-type]


def _quantity(quantity_id: str, text: str, low: int, claimed_by: str) -> Quantity:
    return Quantity(
        id=quantity_id,
        text=text,
        low=low,
        high=low,
        approx=text.startswith("About"),
        unit="troops",
        of="BLR-MIL",
        claimed_by=claimed_by,
        span=(0, len(text)),
    )


def _records() -> list[Record]:
    first = Record(
        document=Document.from_text(
            TEXT_A,
            file="a.txt",
            title="Shots fired at the Kuznica crossing",
            outlet="Border Daily",
            published="2021-11-15",
        ),
        statements=(
            Statement(
                id="s1",
                speaker=Speaker(name="Anna Michalska", actor="POL-COP"),
                cue="said",
                kind="indirect",
                content="Belarusian soldiers fired shots at Polish border guards",
                content_span=(0, 56),
                factuality="asserted",
            ),
        ),
        events=(_event("e1", "ASSAULT", "BLR-MIL", "POL-COP"),),
        quantities=(_quantity("q1", "About 1,000 Belarusian troops", 1000, "outlet"),),
    )
    second = Record(
        document=Document.from_text(
            TEXT_B,
            file="b.txt",
            title="Minsk denies border shooting",
            outlet="Minsk Wire",
            published="2021-11-16",
        ),
        statements=(
            Statement(
                id="s1",
                speaker=Speaker(name=None, actor="BLR-GOV"),
                cue="denied",
                kind="indirect",
                content="Belarusian soldiers had fired at Polish border guards",
                content_span=(12, 64),
                factuality="denied",
            ),
        ),
        events=(
            _event(
                "e1",
                "ASSAULT",
                "BLR-MIL",
                "POL-COP",
                status="denied",
                reported_by="s1",
                evidence="Minsk denied that Belarusian soldiers had fired at Polish border guards",
            ),
        ),
        quantities=(_quantity("q1", "15,000 Belarusian troops", 15000, "POL-GOV"),),
    )
    third = Record(
        document=Document.from_text(
            TEXT_C, file="c.txt", title="Grain deal", outlet="Port News", published="2022-03-01"
        ),
        events=(
            _event(
                "e1",
                "AGREE",
                "UKR-GOV",
                "MDA-GOV",
                date=DateInfo(start="2022-03-01", end="2022-03-01", text=None),
                location=None,
                evidence="Ukraine and Moldova signed an agreement on grain exports",
            ),
        ),
    )
    return [first, second, third]


def _render(records: list[Record], **options: object) -> str:
    out = StringIO()
    write_report(records, out, generated=GENERATED, **options)  # type: ignore[arg-type]
    return out.getvalue()


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text of <style> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def _section(html: str, name: str) -> str:
    start = html.index(f'<section id="{name}">')
    return html[start : html.index("</section>", start)]


@pytest.fixture(scope="module")
def page() -> str:
    return _render(_records())


# ---------------------------------------------------------------------------
# self-contained


def test_page_is_self_contained(page):
    parsed = _parse(page)
    names = [tag for tag, _ in parsed.tags]
    assert "script" not in names
    assert not {"img", "link", "iframe", "object", "embed", "base"} & set(names)
    assert names.count("style") == 1
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src", "xlink:href", "action"):
                assert value is not None and value.startswith("#"), (tag, name, value)
    css = "".join(parsed.styles)
    assert "url(" not in css and "@import" not in css
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:|//|javascript:)", page, re.I)


def test_every_section_is_present(page):
    for name in SECTIONS:
        assert f'<section id="{name}">' in page
    assert page.count("<svg") >= 3  # timeline, escalation, share bars
    assert "<title>Crisis record</title>" in page
    assert "2026-01-02 03:04 UTC" in page


# ---------------------------------------------------------------------------
# content


def test_summary_counts_documents_outlets_and_pairs(page):
    summary = _section(page, "summary")
    assert '<span class="n">3</span><span class="label">documents</span>' in summary
    assert "Published <b>2021-11-15</b> to <b>2022-03-01</b>" in summary
    for outlet in ("Border Daily", "Minsk Wire", "Port News"):
        assert outlet in summary
    assert "BLR:POL" in summary
    assert "denied" in summary and "asserted" in summary


def test_timeline_leaves_out_denied_only_events_and_breaks_long_gaps(page):
    timeline = _section(page, "timeline")
    assert "<svg" in timeline
    assert "per week" in timeline  # 2021-11 to 2022-03 is too long for days
    assert 'class="gap"' in timeline  # the empty months between the stories
    assert "2 distinct events" in timeline


def test_escalation_flags_the_assault_as_a_sharp_rise(page):
    escalation = _section(page, "escalation")
    assert "BLR:POL" in escalation
    assert 'class="rise"' in escalation
    assert "Sharp rise 2021-11-15" in escalation
    assert "Belarusian soldiers fired shots at Polish border guards" in escalation


def test_disputes_show_both_accounts_and_both_numbers(page):
    disputes = _section(page, "disputes")
    assert "says it happened" in disputes and "denies it" in disputes
    assert disputes.index("Border Daily") < disputes.index("Minsk Wire")  # side 0 first
    assert "according to BLR-GOV" in disputes
    numbers = disputes[disputes.index("Conflicting numbers") :]
    assert "Conflicting numbers (1)" in numbers
    # claimant by claimant: POL-GOV before "outlet"
    assert numbers.index("POL-GOV") < numbers.index("the outlet")
    assert "~1,000" in numbers and "15,000" in numbers


def test_outlets_compare_voices_factuality_and_numbers(page):
    outlets = _section(page, "outlets")
    assert "POL-COP</span> &times;1: Anna Michalska" in outlets
    assert "denied 100%" in outlets
    assert "&ldquo;15,000 Belarusian troops&rdquo;" in outlets
    assert "Who reports what" in outlets  # the two-outlet story; not the one-outlet one
    assert outlets.count("Who reports what") == 1


def test_appendix_lists_every_event_with_evidence(page):
    appendix = _section(page, "appendix")
    assert appendix.count('<span class="badge t-ASSAULT">') == 2
    assert "Ukraine and Moldova signed an agreement on grain exports" in appendix
    assert "Kuznica" in appendix


def test_story_restricts_the_report():
    records = _records()
    html = _render(records, story=records[2].document.id)
    assert "Port News" in html
    assert "Border Daily" not in html and "Minsk Wire" not in html
    assert "No disputed events." in html


def test_unknown_story_is_an_input_error():
    with pytest.raises(InputError, match="no such story"):
        _render(_records(), story="s-ffffffffffff")


def test_empty_record_set_renders():
    html = _render([])
    for name in SECTIONS:
        assert f'<section id="{name}">' in html
    assert "No events." in html


def test_appendix_is_capped():
    html = _render(_records(), max_events=1)
    assert "2 more events not listed." in html


# ---------------------------------------------------------------------------
# escaping

HOSTILE = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "</style><marquee>bold</marquee>",
)


def _hostile_records() -> list[Record]:
    first, second, third = _records()
    document = replace(
        first.document,
        title=HOSTILE[0],
        outlet=HOSTILE[1],
        url="javascript:alert(1)",
        file="</style>.txt",
    )
    statement = replace(
        first.statements[0], speaker=Speaker(name=HOSTILE[0], actor="POL-COP"), content=HOSTILE[2]
    )
    event = replace(
        first.events[0],
        evidence=" ".join(HOSTILE),
        mode=HOSTILE[1],
        location=Location(name=HOSTILE[2], country="POL"),
    )
    odd_type = replace(third.events[0], type=HOSTILE[1], source=HOSTILE[0])
    quantity = replace(first.quantities[0], text=HOSTILE[0], claimed_by=HOSTILE[1])
    return [
        replace(
            first,
            document=document,
            statements=(statement,),
            events=(event,),
            quantities=(quantity,),
        ),
        second,
        replace(third, events=(odd_type,)),
    ]


def test_report_text_is_escaped():
    html = _render(_hostile_records(), title="Report <i>x</i>")
    for raw in HOSTILE:
        assert raw not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;/style&gt;&lt;marquee&gt;bold&lt;/marquee&gt;" in html
    assert "Report &lt;i&gt;x&lt;/i&gt;" in html
    assert html.count("</style>") == 1
    assert "javascript:alert(1)" in html  # shown as text, never as a link
    parsed = _parse(html)
    names = [tag for tag, _ in parsed.tags]
    assert not {"script", "img", "marquee", "i"} & set(names)
    for tag, attrs in parsed.tags:
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in ("href", "src"):
                assert value is not None and value.startswith("#"), (tag, value)
            if name == "class":
                assert value is not None and re.fullmatch(r"[A-Za-z0-9_ -]*", value), value


# ---------------------------------------------------------------------------
# units


@pytest.mark.parametrize(
    ("days", "period"),
    [
        (("2021-11-01", "2021-11-30"), "day"),
        (("2021-11-01", "2022-02-01"), "week"),
        (("2021-09-01", "2025-09-05"), "month"),
        ((), "day"),
    ],
    ids=["a-month", "three-months", "four-years", "none"],
)
def test_timeline_period(days, period):
    assert timeline_period(datetime.fromisoformat(d).date() for d in days) == period


@pytest.mark.parametrize(
    ("filled", "expected"),
    [
        ("ab", ["a", "b"]),
        ("a.b", ["a", ".", "b"]),
        ("a...b", ["a", ".", ".", ".", "b"]),
        ("a....b", ["a", None, "b"]),
    ],
    ids=["adjacent", "one-empty", "three-empty", "four-empty-break"],
)
def test_timeline_slots(filled, expected):
    labels = [c if c != "." else f"gap{i}" for i, c in enumerate(filled)]
    counts = {label: {"ASSAULT": 1} for label in labels if not label.startswith("gap")}
    slots = timeline_slots(counts, labels)
    assert [s if s is None or not s.startswith("gap") else "." for s in slots] == expected


# ---------------------------------------------------------------------------
# store and gold


def test_build_report_shows_the_corrected_record(tmp_path: Path):
    store = open_store(f"sqlite:///{tmp_path / 'report.db'}")
    try:
        records = _records()
        store.add_records(records, extractor="test")
        store.save_correction(records[2].document.id, "e1", "reject", {}, by="ana")
        store.save_correction(records[0].document.id, "e1", "correct", {"type": "COERCE"}, by="ana")
        html = build_report(store)
    finally:
        store.close()
    assert "Ukraine and Moldova signed" not in html  # rejected
    appendix = _section(html, "appendix")
    assert appendix.count('<span class="badge t-COERCE">') == 1
    assert appendix.count('<span class="badge t-ASSAULT">') == 1
    assert "<b>3</b> documents" in html and "<b>3</b> events" in html  # database counts


def _gold_records(shared: Path) -> list[Record]:
    gold = shared / "eval" / "gold" / "dev"
    corpus = shared / "corpus" / "dev"
    records = []
    for path in sorted(gold.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        text = (corpus / data["document"]["file"]).read_text(encoding="utf-8")
        records.append(record_from_dict(data, text=text))
    if not records:
        pytest.skip("no dev gold records")
    return records


def test_report_over_the_dev_gold(shared: Path):
    records = _gold_records(shared)
    html = _render(records)
    for name in SECTIONS:
        assert f'<section id="{name}">' in html
    assert f'<span class="n">{len(records)}</span><span class="label">documents</span>' in html
    for record in records:
        assert str(escape(record.document.outlet)) in html
    assert _section(html, "timeline").count("<rect") > 10
    assert 'class="rise"' in _section(html, "escalation")
    assert "Disputed events (0)" not in html
    assert "Who reports what" in html
    assert "script" not in [tag for tag, _ in _parse(html).tags]
