"""Dates: explicit and relative date expressions resolved against the publication date.

`resolve_date` turns one expression into a `DateInfo` (ISO start/end, the words kept);
`find_event_date` picks the date expression of a sentence; `infer_published` reads a
dateline near the top of a report. Rules follow the gold conventions: vague anchors
("recently", "earlier this week", "so far") and weekdays with no publication date keep
their words with null start/end, never a guess presented as exact.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from flashpoint.nlp import doc_text, span_ents, span_memo
from flashpoint.records import DateInfo

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)} | {
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
    "sat": 5, "sun": 6,
}  # fmt: skip
WEEKDAYS = {k.lower(): v for k, v in WEEKDAYS.items()}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} | {
    name.lower(): i for i, name in enumerate(calendar.month_abbr) if name
}
MONTHS["sept"] = 9

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DASH = r"\s*(?:-|\u2013|\u2014|to|and)\s*"
_PART = (
    r"(?P<part>early|mid|late|(?:the\s+)?end\s+of|(?:the\s+)?beginning\s+of|(?:the\s+)?start\s+of)"
)

# leading words that do not change the date ("on Thursday", "during the night of ...")
_LEAD = re.compile(
    r"^(?:(?:on|in|at|during|since|by|from|until|till|as\s+of|of|just|only|the|earlier|"
    r"night|morning|evening|afternoon|overnight)\b[\s,]*)+",
    re.IGNORECASE,
)

# expressions annotators leave unresolved: vague or anchored to something unstated
_VAGUE = re.compile(
    r"\b(?:recent(?:ly)?|so\s+far|at\s+present|presently|soon|coming|shortly|"
    r"earlier\s+this|later\s+this|a\s+few|several|some\s+time|past|ago|since|previous(?:ly)?|"
    r"ahead|upcoming|future|next|following|eventually|once|still|lately|former(?:ly)?|"
    r"weeks|months|years|days|decades|hours|the\s+same)\b",
    re.IGNORECASE,
)
_TODAY = re.compile(
    r"^(?:today|today[\u2019']s|tonight|this\s+(?:morning|afternoon|evening)|currently|now|"
    r"right\s+now|earlier\s+today|later\s+today)$",
    re.IGNORECASE,
)
_YESTERDAY = re.compile(r"^(?:yesterday|last\s+night)(?:\s+(?:morning|afternoon|evening))?$", re.I)
_TOMORROW = re.compile(r"^tomorrow(?:\s+(?:morning|afternoon|evening))?$", re.I)
_WEEKDAY_RE = re.compile(
    rf"^(?P<rel>last|this|next|past)?\s*{_WEEKDAY}(?:[\u2019']s)?"
    r"(?:\s+(?:morning|afternoon|evening|night))?$",
    re.IGNORECASE,
)
_PERIOD_RE = re.compile(
    r"^(?P<rel>last|this|next|past)\s+(?P<period>week|month|year|weekend)$", re.I
)
_WEEKEND_RE = re.compile(r"^(?:over\s+)?(?:the\s+)?weekend$", re.I)
# "1-2 November 2021", "1 November", "November 1-2, 2021", "Sept. 5", "5 Sept."
_DMY = re.compile(rf"^{_DAY}(?:{_DASH}{_DAY2})?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\.?$", re.I)
_MDY = re.compile(rf"^{_MONTH}\s+{_DAY}(?:{_DASH}{_DAY2})?(?:,?\s+{_YEAR})?\.?$", re.I)
_MONTH_RE = re.compile(rf"^(?:{_PART}[\s-]*)?{_MONTH}(?:,?\s+{_YEAR})?$", re.I)
_YEAR_RE = re.compile(rf"^(?:{_PART}[\s-]*)?{_YEAR}$", re.I)
_ISO = re.compile(r"^(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)$")
# a lone weekday name + a date: "Friday, 12 November 2021"
_WEEKDAY_PREFIX = re.compile(rf"^{_WEEKDAY},?\s+", re.I)
_TODAY_PREFIX = re.compile(r"^(?:today|now|this\s+morning),?\s+(?:on\s+)?", re.I)

# spaCy DATE entities that are lengths of time or ages, not dates
_DURATION = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|\d+[-\s])[-\s]*"
    r"(?:day|week|month|year|hour|minute)s?(?:[-\s]long|[-\s]old)?\b|\baged?\b|\byears?\s+old\b",
    re.IGNORECASE,
)


def _iso(day: date) -> str:
    return day.isoformat()


def _parse_iso(published: str | None) -> date | None:
    if not published:
        return None
    match = _ISO.match(published[:10])
    if match is None:
        return None
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _guess_year(
    month: int, day: int, base: date | None, year: int | None, *, future: bool = False
) -> int | None:
    """Return the year of a day-month with no year: the latest not after `base` (+ a week)."""
    if year is not None:
        return year
    if base is None:
        return None
    candidate = _safe_date(base.year, month, min(day, _month_end(base.year, month)))
    if future:
        if candidate is not None and candidate < base - timedelta(days=7):
            return base.year + 1
        return base.year
    if candidate is not None and candidate > base + timedelta(days=7):
        return base.year - 1
    return base.year


def _part_range(part: str | None, year: int, month: int) -> tuple[date, date]:
    last = _month_end(year, month)
    if part is None:
        return date(year, month, 1), date(year, month, last)
    part = " ".join(part.lower().split())
    if part == "early" or part.endswith("beginning of") or part.endswith("start of"):
        return date(year, month, 1), date(year, month, 10)
    if part == "mid":
        return date(year, month, 11), date(year, month, 20)
    return date(year, month, 21), date(year, month, last)


def _span(start: date | None, end: date | None, text: str) -> DateInfo:
    if start is None or end is None:
        return DateInfo(text=text)
    return DateInfo(start=_iso(start), end=_iso(end), text=text)


def _previous_weekday(base: date, weekday: int, *, strict: bool) -> date:
    delta = (base.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return base - timedelta(days=delta)


def _day_shift(low: str) -> int | None:
    if _YESTERDAY.match(low):
        return -1
    if _TOMORROW.match(low):
        return 1
    if low in ("the day before yesterday", "day before yesterday"):
        return -2
    return None


def _resolve_core(
    core: str, text: str, base: date | None, year_hint: int | None, *, future: bool = False
) -> DateInfo:
    """Resolve a cleaned expression (no leading prepositions)."""
    low = core.lower()
    if _TODAY.match(low):
        return _span(base, base, text)
    shift = _day_shift(low)
    if shift is not None:
        moved = None if base is None else base + timedelta(days=shift)
        return _span(moved, moved, text)
    if (m := _WEEKDAY_RE.match(core)) is not None:
        if base is None:
            return DateInfo(text=text)
        weekday = WEEKDAYS[m["weekday"].lower()]
        rel = (m["rel"] or "").lower()
        if rel == "next":
            found = base + timedelta(days=(weekday - base.weekday()) % 7 or 7)
        elif future and rel in ("", "this"):
            found = base + timedelta(days=(weekday - base.weekday()) % 7)  # "will meet on Monday"
        else:
            found = _previous_weekday(base, weekday, strict=rel in ("last", "past"))
        return _span(found, found, text)
    if (m := _PERIOD_RE.match(core)) is not None:
        if base is None:
            return DateInfo(text=text)
        rel, period = m["rel"].lower(), m["period"].lower()
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[rel]
        if period == "week":
            monday = base - timedelta(days=base.weekday()) + timedelta(weeks=step)
            end = base if step == 0 else monday + timedelta(days=6)
            return _span(monday, end, text)
        if period == "weekend":
            saturday = _previous_weekday(base, 5, strict=False) + timedelta(weeks=max(step, 0))
            return _span(saturday, saturday + timedelta(days=1), text)
        if period == "month":
            month_index = base.year * 12 + base.month - 1 + step
            in_year, month0 = divmod(month_index, 12)
            first = date(in_year, month0 + 1, 1)
            last = date(in_year, month0 + 1, _month_end(in_year, month0 + 1))
            return _span(first, base if step == 0 else last, text)
        year_of = base.year + step
        return _span(date(year_of, 1, 1), base if step == 0 else date(year_of, 12, 31), text)
    if _WEEKEND_RE.match(core):
        if base is None:
            return DateInfo(text=text)
        sunday = _previous_weekday(base, 6, strict=False)
        return _span(sunday - timedelta(days=1), sunday, text)
    for pattern in (_DMY, _MDY):
        if (m := pattern.match(core)) is not None:
            month = MONTHS[m["month"].lower()]
            day_of = int(m["day"])
            day2 = int(m["day2"]) if m["day2"] else day_of
            found_year = _guess_year(
                month, day_of, base, int(m["year"]) if m["year"] else year_hint, future=future
            )
            if found_year is None:
                return DateInfo(text=text)
            begin, until = (
                _safe_date(found_year, month, day_of),
                _safe_date(found_year, month, day2),
            )
            if begin is None or until is None or until < begin:
                return DateInfo(text=text)
            return _span(begin, until, text)
    if (m := _MONTH_RE.match(core)) is not None:
        month = MONTHS[m["month"].lower()]
        month_year = _guess_year(
            month, 1, base, int(m["year"]) if m["year"] else year_hint, future=future
        )
        if month_year is None:
            return DateInfo(text=text)
        return _span(*_part_range(m["part"], month_year, month), text)
    if (m := _YEAR_RE.match(core)) is not None:
        year = int(m["year"])
        if m["part"] is None:
            return _span(date(year, 1, 1), date(year, 12, 31), text)
        part = m["part"].lower()
        if part == "early" or "beginning" in part or "start" in part:
            return _span(date(year, 1, 1), date(year, 4, 30), text)
        if part == "mid":
            return _span(date(year, 5, 1), date(year, 8, 31), text)
        return _span(date(year, 9, 1), date(year, 12, 31), text)
    if (m := _ISO.match(core)) is not None:
        day_iso = _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))
        return _span(day_iso, day_iso, text)
    return _fallback(core, text, base)


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    import dateparser

    return dateparser.date.DateDataParser(languages=["en"])


def _fallback(core: str, text: str, base: date | None) -> DateInfo:
    """Ask dateparser about explicit dates our rules do not cover (needs a month or a year)."""
    if _VAGUE.search(core) or not re.search(r"\d", core):
        return DateInfo(text=text)
    if not any(word in MONTHS for word in re.findall(r"[a-z]+", core.lower())):
        return DateInfo(text=text)
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["month"]}
    if base is not None:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        data = _date_parser().get_date_data(core, date_formats=None)
    except (ValueError, TypeError, OverflowError, KeyError):
        return DateInfo(text=text)
    if data is None or data.date_obj is None:
        return DateInfo(text=text)
    found = data.date_obj.date()
    if data.period == "day":
        return _span(found, found, text)
    if data.period == "month":
        return _span(*_part_range(None, found.year, found.month), text)
    return DateInfo(text=text)


def clean_date_text(text: str) -> str:
    """Strip the prepositions around a date expression ("on Thursday" -> "Thursday")."""
    core = " ".join(text.replace("\u00a0", " ").split()).strip(" ,.;:()[]\"'\u201c\u201d")
    core = re.sub(r"\bnight\s+of\s+", "", core, flags=re.I)
    core = _LEAD.sub("", core)
    core = (
        _TODAY_PREFIX.sub("", core)
        if _TODAY_PREFIX.match(core) and re.search(r"\d", core)
        else core
    )
    core = _WEEKDAY_PREFIX.sub("", core) if re.search(r"\d", core) else core
    core = re.sub(r"\s*(?:morning|afternoon|evening|night)$", "", core, flags=re.I) or core
    return core.strip(" ,.")


def resolve_date(
    text: str, published: str | None, *, year: int | None = None, future: bool = False
) -> DateInfo:
    """Resolve one date expression against the publication date (null when it cannot).

    `year` is the year to assume for a day and month with no year when `published` is
    unknown (the year the report itself names, say). `future` reads a bare weekday or
    month forward ("will meet on Monday"), for planned events.
    """
    if not text or not text.strip():
        return DateInfo()
    try:
        return _resolve(text.strip(), _parse_iso(published), year, future)
    except (ValueError, OverflowError):
        return DateInfo(text=text.strip())


def _resolve(raw: str, base: date | None, year: int | None, future: bool) -> DateInfo:
    low = " ".join(raw.lower().split())
    since = re.match(r"^(?:ever\s+)?since\s+(?P<rest>.+)$", low)
    if since is not None and base is not None and not _VAGUE.search(since["rest"]):
        # "since the beginning of August": from that date up to the report
        opened = _resolve(since["rest"], base, year, future=False)
        if opened.start is not None and opened.start <= base.isoformat():
            return DateInfo(opened.start, base.isoformat(), raw)
    # open ranges and vague anchors keep their words, no dates
    if (
        re.match(r"^(?:ever\s+)?(?:since|until|till|before|after|by)\b|^up\s+to\s+now\b", low)
        or re.search(r"\bearlier\s+this\s+(?:week|month|year)\b", low)
        or re.search(r"\b(?:later|earlier)\s+(?:this|that)\b", low)
    ):
        return DateInfo(text=raw)
    if re.match(r"^(?:(?:late\s+)?on\s+)?(?:overnight|over\s*night)$", low):
        if base is None:
            return DateInfo(text=raw)
        return _span(base - timedelta(days=1), base, raw)  # the night before the report
    bare = re.sub(r"^(?:on|at|in|by|as\s+of|until)\s+", "", low).strip(" ,.")
    if _TODAY.match(bare) or _YESTERDAY.match(bare) or _TOMORROW.match(bare):
        return _resolve_core(bare, raw, base, year)
    core = clean_date_text(raw)
    if not core:
        return DateInfo(text=raw)
    if _TODAY.match(core.lower()) or _YESTERDAY.match(core.lower()):
        return _resolve_core(core, raw, base, year)
    if re.match(r"^(?:just\s+)?(?:last|this|next|past)\s", low) or _WEEKDAY_RE.match(core):
        return _resolve_core(core, raw, base, year, future=future)
    if _VAGUE.search(core) and not re.search(r"\d", core):
        return DateInfo(text=raw)
    return _resolve_core(core, raw, base, year, future=future)


def is_duration(text: str) -> bool:
    """Return True for DATE entities that are lengths or ages ("30-day", "aged 5"), not dates."""
    low = text.lower()
    if re.search(r"\b(?:ago|last|this|next|past|early|late|mid)\b", low):
        return False
    return bool(_DURATION.search(low)) and not re.search(_MONTH, low, re.I)


_CAP_MONTH = (
    "(?:"
    + "|".join(
        sorted({m.title() for m in MONTHS} | {m.upper() for m in MONTHS}, key=len, reverse=True)
    )
    + r")\.?"
)
_ANY_WEEKDAY = r"(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day"
_NUM = r"[0-3]?\d(?:st|nd|rd|th)?"
_RANGE = r"(?:\s*(?:-|\u2013|\u2014|to|and)\s*" + _NUM + ")?"
_YEAR_TAIL = r"(?:,?\s+(?:19|20)\d\d)?"
# date expressions spaCy's NER splits or misses ("the night of 1-2 November", "Sept. 5.")
_DATE_SEARCH = re.compile(
    "|".join(
        (
            rf"(?:(?:during|on|in)\s+)?(?:the\s+night\s+of\s+)?\b{_NUM}{_RANGE}\s+(?:of\s+)?"
            rf"{_CAP_MONTH}{_YEAR_TAIL}",
            rf"(?:(?:on|in)\s+)?\b{_CAP_MONTH}\s+{_NUM}{_RANGE}\b{_YEAR_TAIL}",
            rf"(?:in\s+)?\b(?:[Ee]arly|[Mm]id|[Ll]ate)[\s-]+{_CAP_MONTH}{_YEAR_TAIL}",
            rf"(?:(?:on|in)\s+)?\b{_CAP_MONTH}\s+(?:19|20)\d\d\b",
            rf"\b(?:(?:[Jj]ust|[Oo]nly)\s+)?(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+"
            rf"(?:week(?:end)?|month|year|{_ANY_WEEKDAY})\b",
            rf"(?:\b[Oo]n\s+)?\b{_ANY_WEEKDAY}(?:\u2019s|'s)?(?:\s+(?:morning|afternoon|evening|night))?",
            r"\b(?:[Yy]esterday|[Tt]oday(?:\u2019s|'s)?|[Tt]onight|[Tt]omorrow|[Ll]ast\s+night|"
            r"[Tt]his\s+(?:morning|afternoon|evening)|[Tt]he\s+same\s+day|[Ee]arlier\s+this\s+week|"
            r"[Cc]urrently|[Oo]vernight)\b",
            r"\b[Nn]ow\b(?!\s+that\b)(?<!\bup\sto\snow)",
            r"\b(?:[Ii]n\s+)?[Tt]he\s+same\s+24-hour\s+period\b",
            r"\b(?:a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?:later|earlier)\b",
        )
    )
)
# a word every _DATE_SEARCH alternative contains: a sentence without one is not searched
# (two thirds of a report's sentences; keep this in step when adding an alternative)
_DATE_HINT = re.compile(
    r"day|week|month|year|night|morning|afternoon|evening|hour|now|current|tomorrow|"
    + "|".join(sorted({m[:3] for m in MONTHS})),
    re.I,
)
_WORD_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# dates told relative to the date of an earlier sentence, with the day offset
_ANAPHORA = re.compile(
    r"\b(?:the\s+same\s+(?:day|time|night|morning|evening|24-hour\s+period)|that\s+(?:day|night)|"
    r"(?P<n>a|one|two|three|four|five|six|seven|\d)\s+days?\s+(?P<dir>later|earlier|after|before)|"
    r"the\s+(?P<next>next|following)\s+day|the\s+day\s+(?P<prev>before|after))\b",
    re.I,
)


def _anaphora_shift(text: str) -> int | None:
    """Return the day offset of an anaphoric date ("two days later" -> 2), or None."""
    match = _ANAPHORA.search(text)
    if match is None:
        return None
    if match["n"]:
        count = _WORD_COUNT.get(match["n"].lower()) or int(match["n"])
        return count if match["dir"].lower() in ("later", "after") else -count
    if match["next"]:
        return 1
    if match["prev"]:
        return -1 if match["prev"].lower() == "before" else 1
    return 0


def _shifted(info: DateInfo, shift: int, text: str) -> DateInfo:
    if info.start is None or info.end is None:
        return DateInfo(text=text)
    start = date.fromisoformat(info.start) + timedelta(days=shift)
    end = (
        date.fromisoformat(info.end) + timedelta(days=shift)
        if shift
        else date.fromisoformat(info.end)
    )
    return DateInfo(start.isoformat(), (start if shift else end).isoformat(), text)


def _date_ents(sent: Span) -> list[Span]:
    ents = [e for e in span_ents(sent) if e.label_ in ("DATE", "TIME")]
    return [e for e in ents if _ANAPHORA.search(e.text) or not is_duration(e.text)]


def date_mentions(sent: Span) -> list[tuple[int, int, str]]:
    """Return the date expressions of `sent` as (start, end, text), document offsets, in order.

    spaCy DATE/TIME entities are merged with what the patterns above find, so that
    "the night of 1-2 November" is one expression, not "the night" and "November".
    Computed once per sentence (each event of the sentence asks); do not modify the list.
    """
    return span_memo("date_mentions", sent, lambda: _date_mentions(sent))


def _date_mentions(sent: Span) -> list[tuple[int, int, str]]:
    text = sent.text
    base = sent.start_char
    spans: list[tuple[int, int]] = [
        (e.start_char - base, e.end_char - base) for e in _date_ents(sent)
    ]
    if _DATE_HINT.search(text):
        spans += [(m.start(), m.end()) for m in _DATE_SEARCH.finditer(text)]
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        gap = text[merged[-1][1] : start] if merged else ""
        # "Today, on September 19": one expression, the gold keeps it whole
        joins = not gap.strip(" ") or (
            gap.strip() == "," and text[start:].lower().startswith("on ")
        )
        if merged and (start < merged[-1][1] or (start <= merged[-1][1] + 2 and joins)):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out = []
    for start, end in merged:
        begin = start
        before = text[:start]
        lead = re.search(
            r"(?:\b(?:on|during|in|since|until|till|before|after|by)\s+)?(?:the\s+night\s+of\s+)?$",
            before,
            re.I,
        )
        if lead is not None and lead.group(0).strip():
            word = lead.group(0).strip().lower()
            core = text[start:end]
            starts = (
                "on",
                "during",
                "the night",
                "since",
                "until",
                "till",
                "before",
                "after",
                "by",
            )
            if word.startswith(starts) or re.match(r"(?:early|mid|late)\b", core, re.I):
                begin = lead.start()
        chunk = text[begin:end].rstrip(" ,;:")
        if chunk.endswith(".") and not re.search(
            r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$", chunk
        ):
            chunk = chunk[:-1]  # the full stop of the sentence, not of "Sept."
        out.append((base + begin, base + begin + len(chunk), chunk))
    return out


def find_event_date(sent: Span, published: str | None, *, anchor: int | None = None) -> DateInfo:
    """Return the date of the event told in sentence `sent`, or an empty DateInfo.

    Several date expressions: the one nearest character `anchor` (the event trigger) when
    given, else the first that resolves. "the same day" takes the date of the nearest
    earlier sentence that has one. Unresolvable words are kept in `text`.
    """
    mentions = [m for m in date_mentions(sent) if not _modifies_noun(sent.doc, m)]
    if anchor is not None and mentions:
        mentions = [m for m in mentions if not _other_clause(sent.doc, m, anchor)]
        if not mentions:
            return DateInfo()  # the sentence's dates belong to other clauses
        own = [
            m
            for m in mentions
            if _same_clause(sent.doc, m, anchor)
            and _resolve_mention(m[2], sent, published, (m[0], m[1])).start is not None
        ]
        mentions = own or mentions  # "X, who met Putin on Monday, said on Wednesday"
    if not mentions:
        return _headline_date(sent, published, anchor)
    if anchor is not None:
        # the expression nearest the trigger dates it, even when it is vague
        nearest = min(mentions, key=lambda m: min(abs(m[0] - anchor), abs(m[1] - anchor)))
        return _resolve_mention(nearest[2], sent, published, (nearest[0], nearest[1]))
    kept = ""
    for start, end, text in mentions:
        info = _resolve_mention(text, sent, published, (start, end))
        if info.start is not None:
            return info
        kept = kept or text
    return DateInfo(text=kept)


# prepositions whose object is another occasion ("returned after exercises in September")
_OCCASION_PREPS = frozenset(
    ("after", "before", "since", "following", "during", "until", "till", "ahead", "prior")
)


_OCCASION_BEFORE = re.compile(
    r"\b(?:after|before|following|during|ahead\s+of|prior\s+to)\s+(?:the\s+|its\s+|their\s+|"
    r"his\s+|her\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?:in|on|of|from)\s+$",
    re.I,
)


def _clause_verb(token: Token) -> Token:
    """Return the verb of the clause a token belongs to (itself for a verb)."""
    current = token
    for _ in range(8):
        if current.pos_ in ("VERB", "AUX") or current.head.i == current.i:
            return current
        current = current.head
    return current


def _same_clause(doc: Doc, mention: tuple[int, int, str], anchor: int) -> bool:
    """Return True when a date expression hangs from the trigger's own clause verb."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    trigger = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if span is None or trigger is None:
        return False
    return _clause_verb(span.root).i == _clause_verb(trigger[0]).i


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _other_clause(doc: Doc, mention: tuple[int, int, str], anchor: int) -> bool:
    """Return True when a date expression dates another clause than the trigger's.

    "held exercises last week, and we call on Moscow": "last week" is the exercises', not
    the call's (a coordinated clause with its own subject); "had returned to their bases
    after exercises in September": "in September" dates the exercises (the object of
    "after"), not the return.
    """
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    trigger = doc.char_span(anchor, anchor + 1, alignment_mode="expand")
    if span is None or trigger is None:
        return False
    head = trigger[0]
    root = span.root
    # climb from the date to the word it modifies, past its own preposition
    attached = root.head
    if attached.i in range(span.start, span.end) or attached.pos_ == "ADP":
        attached = attached.head
    if (
        attached.pos_ in ("NOUN", "PROPN")
        and attached.i != head.i
        and attached.dep_ == "pobj"
        and attached.head.lower_ in _OCCASION_PREPS
        and _clause_verb(attached).i == _clause_verb(head).i
        and not span.start <= head.i < span.end
    ):
        return True
    before = doc_text(doc)[max(0, mention[0] - 60) : mention[0]]
    occasion = _OCCASION_BEFORE.search(before)
    if occasion is not None and not mention[0] - 60 + occasion.start() <= anchor < mention[0]:
        return True  # the same, parsed onto the verb: "returned after exercises in September"
    date_verb = _clause_verb(root)
    event_verb = _clause_verb(head)
    if date_verb.i == event_verb.i:
        return False
    for first, second in ((date_verb, event_verb), (event_verb, date_verb)):
        if second.dep_ == "conj" and second.head.i == first.i and _has_subject(second):
            return True  # coordinated clauses, each with its own subject
    return False


# verbs of the speech acts a headline reports ("Moscow denies ...", "NATO warns ...")
_SPEECH_LEMMAS = frozenset(
    (
        "say", "deny", "warn", "reject", "accuse", "urge", "call", "vow", "threaten", "condemn",
        "claim", "insist", "dismiss", "demand", "pledge", "promise", "announce", "tell", "ask",
        "blame", "slam", "criticise", "criticize", "refuse", "reply", "respond", "rule",
        "denounce", "admit", "confirm", "appeal", "offer", "hit", "decry", "brand",
    )
)  # fmt: skip


def _headline_date(sent: Span, published: str | None, anchor: int | None = None) -> DateInfo:
    """Return the lead's date for an undated headline ("Moscow denies build-up ...").

    A headline summarises the lead, so its acts happened on the lead's occasion.
    """
    doc = sent.doc
    first_break = doc_text(doc).find("\n")
    if first_break < 0 or sent.start_char > first_break or sent.end_char > first_break + 1:
        return DateInfo()
    if sent.text.rstrip().endswith((".", "!", "?")):
        return DateInfo()
    if anchor is not None and doc[_token_at(doc, anchor)].lemma_.lower() not in _SPEECH_LEMMAS:
        return DateInfo()  # only the headline's speech acts are the lead's
    body = doc_text(doc)[first_break:].lstrip()
    lead_start = len(doc_text(doc)) - len(body)
    paragraph = body.find("\n")
    lead_end = len(doc_text(doc)) if paragraph < 0 else lead_start + paragraph
    for candidate in (s for s in doc.sents if s.end_char > lead_start and s.start_char < lead_end):
        for start, end, text in date_mentions(candidate):
            if start < lead_start or end > lead_end:
                continue
            if _anaphora_shift(text) is not None or _modifies_noun(doc, (start, end, text)):
                continue
            info = resolve_date(text, published)
            if info.start is not None:
                return info
    return DateInfo()


def _token_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _modifies_noun(doc: Doc, mention: tuple[int, int, str]) -> bool:
    """Return True for a date inside a noun phrase ("a rigged August 2020 election")."""
    span = doc.char_span(mention[0], mention[1], alignment_mode="expand")
    if span is None:
        return False
    roots = [t for t in span if not span.start <= t.head.i < span.end]
    return any(
        t.dep_ in ("compound", "nmod", "amod", "nummod")
        and t.head.i >= span.end
        and t.head.pos_ in ("NOUN", "PROPN")
        for t in roots
    )


_FUTURE_AUX = frozenset(("will", "shall", "'ll", "wo"))
_FUTURE_HEADS = frozenset(("plan", "intend", "expect", "schedule", "due", "set", "prepare", "aim"))


def _is_future(doc: Doc, start: int, end: int) -> bool:
    """Return True when the verb a date expression hangs from is future ("will meet on Monday")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if any(c.lower_ in _FUTURE_AUX for c in verb.children if c.dep_ in ("aux", "auxpass")):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in _FUTURE_HEADS


def _resolve_mention(
    text: str, sent: Span, published: str | None, span: tuple[int, int] | None = None
) -> DateInfo:
    shift = _anaphora_shift(text)
    if shift is None:
        future = span is not None and _is_future(sent.doc, span[0], span[1])
        return resolve_date(text, published, future=future)
    if re.search(r"\ba\s+few\b|\bseveral\b", text, re.I):
        return DateInfo(text=text)
    return _shifted(_previous_date(sent, published), shift, text)


def _previous_date(sent: Span, published: str | None) -> DateInfo:
    doc = sent.doc
    sents = [s for s in doc.sents if s.end <= sent.start]
    for previous in reversed(sents[-3:]):
        for _start, _end, text in reversed(date_mentions(previous)):
            if _anaphora_shift(text) is not None:
                continue
            info = resolve_date(text, published)
            if info.start is not None:
                return info
    return DateInfo()


# A dateline on its own line near the top: "12 November 2021", "November 12, 2021",
# "Published: 2021-11-12", "Friday, 12 November 2021 14:05".
_DATELINE_HEAD = (
    r"^\s*(?:(?:published|posted|updated|date)\s*:?\s*(?:on\s+)?)?" + rf"(?:{_WEEKDAY},?\s+)?"
)
_DATELINE_TAIL = r"(?:[\s,]+\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*$"
_DATELINES = tuple(
    re.compile(_DATELINE_HEAD + body + _DATELINE_TAIL, re.IGNORECASE)
    for body in (
        rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}",
        rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}",
        r"(?P<iso>\d{4}-\d\d-\d\d)",
    )
)


def infer_published(doc: Doc) -> str | None:
    """Guess the publication date (ISO) from the text itself, or None.

    Only a dateline standing alone on one of the first lines counts; dates inside
    sentences ("Today, on September 19 ...") are event dates, not publication dates.
    """
    text = doc_text(doc) if hasattr(doc, "text") else str(doc)
    for line in text[:800].splitlines()[:8]:
        match = next((m for p in _DATELINES if (m := p.match(line)) is not None), None)
        if match is None:
            continue
        if "iso" in match.groupdict():
            found = _parse_iso(match["iso"])
        else:
            found = _safe_date(
                int(match["year"]), MONTHS[match["month"].lower()], int(match["day"])
            )
        if found is not None:
            return _iso(found)
    return None


__all__ = [
    "clean_date_text",
    "date_mentions",
    "find_event_date",
    "infer_published",
    "is_duration",
    "resolve_date",
]
