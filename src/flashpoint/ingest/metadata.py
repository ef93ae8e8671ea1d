"""Document metadata: what the input gives, what the text shows, and which one wins.

Precedence per field: overrides (command line) > given metadata (JSONL fields, sidecar
NAME.meta.json, HTML/feed metadata) > what the text shows (title line, byline, dateline,
sign-off) > the URL host (outlet only).  `published_source` is "metadata" when the date
came from overrides or given metadata, "byline" when it was read from the text.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flashpoint.config import Settings, data_files
from flashpoint.errors import ConfigError, InputError
from flashpoint.records import Document

OUTLETS_FILE = "outlets.csv"
META_FIELDS = ("title", "outlet", "author", "published", "url")

# the text's top is where titles, bylines and datelines live: lines past this are body
HEAD_LINES = 8
MAX_TITLE_CHARS = 150  # headlines run 40-120 characters; a longer first line is a paragraph
MAX_TITLE_WORDS = 25
MAX_DATELINE_CHARS = 100
MAX_DATELINE_EXTRA_WORDS = 6  # "Published", a weekday, a time and zone, an author's name
MIN_SENTENCE_WORDS = 8  # a shorter line ending in a full stop may still be a caption or label
SIGN_OFF_LINES = 3  # outlet sign-offs ("To contact the WSWS ... wsws.org") close the text


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata given on the command line; wins over everything read from the input."""

    outlet: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Meta:
    """Metadata fields from one place (input, text or overrides); None means not given."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    url: str | None = None

    def over(self, other: Meta) -> Meta:
        """Return these fields, falling back to `other` for each one not given here."""
        return Meta(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(Meta)}
        )


NO_META = Meta()


def meta_from_mapping(data: Mapping[str, Any]) -> Meta:
    """Return the metadata fields of a JSON object; blank strings count as not given."""
    values: dict[str, str | None] = {}
    for name in META_FIELDS:
        value = data.get(name)
        values[name] = value.strip() or None if isinstance(value, str) else None
    return Meta(**values)


# ---------------------------------------------------------------------------
# dates

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"),
)  # fmt: skip


def _match_date(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"][:3].lower()]
    try:
        return dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
    except ValueError:
        return None  # 31 February and friends


def find_date(line: str) -> tuple[str, tuple[int, int]] | None:
    """Return the first full calendar date in `line` as ISO, with its span."""
    found: list[tuple[int, int, str]] = []
    for pattern in _DATE_PATTERNS:
        for match in pattern.finditer(line):
            iso = _match_date(match)
            if iso is not None:
                found.append((match.start(), match.end(), iso))
                break
    if not found:
        return None
    start, end, iso = min(found)
    return iso, (start, end)


def normalise_published(value: str) -> str | None:
    """Return `value` as an ISO date (YYYY-MM-DD), or None when it is not a full date."""
    value = value.strip()
    iso = re.match(r"(\d{4})-(\d\d)-(\d\d)(?:$|[T ])", value)
    if iso:
        try:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3])).isoformat()
        except ValueError:
            return None
    found = find_date(value)
    if found is not None:
        return found[0]
    import dateparser  # slow import; only for the odd formats the patterns miss

    try:
        parsed = dateparser.parse(
            value,
            languages=["en"],
            settings={"STRICT_PARSING": True, "DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past"},
        )
    except (ValueError, OverflowError, TypeError):  # dateparser raises these on odd input
        return None
    return None if parsed is None else parsed.date().isoformat()


def check_published(value: str | None, source: str, where: str = "published") -> str | None:
    """Return the ISO form of a given published date; raise InputError when it is not one."""
    if value is None:
        return None
    iso = normalise_published(value)
    if iso is None:
        raise InputError(source, f"{where} {value!r} is not a date (use YYYY-MM-DD)")
    return iso


# ---------------------------------------------------------------------------
# the text's own metadata

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_EMPHASIS = re.compile(r"^(\*\*|__|\*|_)(.+)\1$")
_BY = re.compile(r"^(?:by|written by|words by)\s+(.+)$", re.IGNORECASE)
_NAME_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "del", "la", "le", "bin", "al"})
_NOT_NAMES = frozenset({  # words of headings and section labels, never of a name
    "news", "update", "updates", "live", "analysis", "opinion", "breaking", "exclusive",
    "report", "editorial", "comment", "features", "feature", "world", "europe", "politics",
    "topics", "other", "related", "more", "share", "read", "latest", "statement", "press",
    "release", "briefing", "the", "and", "of", "in", "on", "for", "to", "a", "an", "with",
})  # fmt: skip
_DATELINE_NOISE = re.compile(
    r"\b(?:published|updated|posted|last|modified|on|at|am|pm|gmt|utc|cet|cest|eet|eest|msk|"
    r"est|edt|bst|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|wed|thu|fri|sat|sun|by)\b|\b[ap]\.m\.|\d{1,2}[:.]\d\d|[|,;:/()\-\u2013\u2014\u2022\u00b7]",
    re.IGNORECASE,
)
_WIRE_DATELINE = re.compile(  # "WARSAW, Nov 12 (Reuters) -": the outlet in brackets
    r"^[A-Z][A-Z.' -]{1,40}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?,?\s*\(([^()]{2,40})\)\s*"
    r"[-\u2013\u2014]"
)
_BYLINE_SPLIT = re.compile(r"\s*(?:[|\u2022\u00b7,;]|\s[-\u2013\u2014]\s|\sand\s)\s*")
_HANDLE = re.compile(r"@([A-Za-z0-9_]{2,40})")
_HOST = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s)\]*,;:]|$)", re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"^\W*(?:follow|subscribe|to contact|contact us|copyright|©|\(c\)|read more|sign up|join us)",
    re.IGNORECASE,
)


def _clean_line(line: str) -> str:
    """Return a line without Markdown heading marks, emphasis, or line-break spaces."""
    line = line.strip()
    heading = _HEADING.match(line)
    if heading:
        line = heading[1]
    emphasis = _EMPHASIS.match(line)
    if emphasis:
        line = emphasis[2].strip()
    return line


def _is_title(raw: str, line: str, has_more: bool) -> bool:
    if not line or not has_more or _BY.match(line):
        return False
    if _HEADING.match(raw.strip()):
        return len(line) <= 2 * MAX_TITLE_CHARS
    if len(line) > MAX_TITLE_CHARS or len(line.split()) > MAX_TITLE_WORDS:
        return False
    # a first line that ends like a sentence is the lead paragraph, not a headline
    return not (line.endswith(".") and not line.endswith("..."))


def _is_paragraph(line: str) -> bool:
    """Return whether a line is body text: long, or a sentence of several words."""
    words = len(line.split())
    if len(line) > MAX_DATELINE_CHARS or words > MAX_TITLE_WORDS:
        return True
    return words >= MIN_SENTENCE_WORDS and line.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?"))


def _is_name_word(word: str, *, caps: bool) -> bool:
    """Return whether `word` can be part of a person's name: `Łukasz`, `O'Brien`, `F.`."""
    core = word.rstrip(".")
    if not core or not core[0].isupper() or len(core) > 24:
        return False
    if word.endswith(".") and len(core) > 2:
        return False  # "Jr." and initials only; "Said." ends a sentence
    if not all(ch.isalpha() or ch in "-'\u2019" for ch in core):
        return False
    return caps or len(core) <= 2 or not core.isupper()


def _is_name(text: str, *, caps: bool = False, max_words: int = 5) -> bool:
    """Return whether `text` reads as a person's name (2-5 capitalised words)."""
    words = text.split()
    if not 2 <= len(words) <= max_words or len(text) > 50:
        return False
    capitalised = 0
    for word in words:
        if word.lower() in _NAME_PARTICLES:
            continue
        if word.lower().strip(".") in _NOT_NAMES or not _is_name_word(word, caps=caps):
            return False
        capitalised += 1
    return capitalised >= 2


def _author_of(line: str) -> str | None:
    """Return the author named in a byline line ("By Jane Doe", "Jane Doe"), if it is one."""
    by = _BY.match(line)
    text = by[1] if by else line
    text = _BYLINE_SPLIT.split(text, maxsplit=1)[0].strip()
    return text if _is_name(text, caps=by is not None) else None


def _dateline(line: str) -> tuple[str, str] | None:
    """Return (ISO date, the rest of the line) when `line` is mostly a date."""
    if len(line) > MAX_DATELINE_CHARS:
        return None
    found = find_date(line)
    if found is None:
        return None
    iso, (start, end) = found
    rest = (line[:start] + " " + line[end:]).strip()
    words = _DATELINE_NOISE.sub(" ", rest).split()
    if len(words) > MAX_DATELINE_EXTRA_WORDS:
        return None
    # what else a dateline holds is a name or a place; "3 March 2022: troops crossed" is a
    # timeline entry of the body, not the report's date
    if any(word[0].islower() for word in words):
        return None
    return iso, rest


@functools.cache
def _outlet_table() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Return (host -> outlet, handle -> outlet, lower-case name -> outlet), loaded once."""
    hosts: dict[str, str] = {}
    handles: dict[str, str] = {}
    names: dict[str, str] = {}
    for path in data_files(OUTLETS_FILE, Settings()):
        try:
            with path.open(encoding="utf-8", newline="") as fh:
                rows = list(
                    csv.reader(line for line in fh if line.strip() and not line.startswith("#"))
                )
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise ConfigError(f"{path}: cannot read the outlet table ({exc})") from exc
        for number, row in enumerate(rows, 1):
            if row and row[0].strip() == "host":
                continue  # the header row
            if len(row) < 2 or not row[0].strip() or not row[1].strip():
                raise ConfigError(f"{path}: row {number}: expected host,outlet[,handles]")
            outlet = row[1].strip()
            hosts[row[0].strip().lower().removeprefix("www.")] = outlet
            names[outlet.lower()] = outlet
            for handle in (row[2] if len(row) > 2 else "").split("|"):
                if handle.strip():
                    handles[handle.strip().lower().lstrip("@")] = outlet
    return hosts, handles, names


def outlet_for_host(host: str) -> str | None:
    """Return the outlet of a host name (or any parent domain of it) in the outlet table."""
    hosts = _outlet_table()[0]
    parts = host.lower().rstrip(".").removeprefix("www.").split(".")
    for i in range(len(parts) - 1):
        outlet = hosts.get(".".join(parts[i:]))
        if outlet is not None:
            return outlet
    return None


def outlet_for_url(url: str | None) -> str | None:
    """Return the outlet of a URL's host, from the outlet table."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return outlet_for_host(host) if host else None


def _outlet_in_sign_off(lines: Iterable[str]) -> str | None:
    _, handles, _ = _outlet_table()
    for line in lines:
        for handle in _HANDLE.findall(line):
            outlet = handles.get(handle.lower())
            if outlet is not None:
                return outlet
        for host in _HOST.findall(line):
            outlet = outlet_for_host(host)
            if outlet is not None:
                return outlet
    return None


def infer_from_text(text: str) -> Meta:
    """Return the title, author, dateline date and outlet that the text itself shows."""
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        return Meta()
    head = lines[:HEAD_LINES]
    title: str | None = None
    body_start = 0
    first = _clean_line(head[0])
    if _is_title(head[0], first, len(lines) > 1) and _dateline(first) is None:
        title, body_start = first, 1

    author: str | None = None
    published: str | None = None
    for index in range(body_start, len(head)):
        line = _clean_line(head[index])
        dateline = _dateline(line)
        if dateline is not None:
            published = dateline[0]
            neighbours = [dateline[1]]
            if index > body_start:
                neighbours.append(_clean_line(head[index - 1]))
            if index + 1 < len(head):
                neighbours.append(_clean_line(head[index + 1]))
            for candidate in neighbours:
                author = author or _author_of(candidate)
            break
        if _is_paragraph(line):
            break  # the body has begun: datelines and bylines sit above it
        if author is None and _BY.match(line):
            author = _author_of(line)
        elif author is None and index == body_start and title and index + 1 < len(lines):
            author = line if _is_name(line, max_words=3) else None
    outlet: str | None = None
    for line in lines[: body_start + 1]:
        wire = _WIRE_DATELINE.match(line.strip())
        if wire and find_date(wire[1]) is None:
            outlet = _outlet_table()[2].get(wire[1].strip().lower(), wire[1].strip())
            break
    if outlet is None:
        tail = lines[-SIGN_OFF_LINES:]
        promos = [line for line in lines if _SIGN_OFF.match(line.strip())]
        outlet = _outlet_in_sign_off([*promos, *tail])
    return Meta(title=title, outlet=outlet, author=author, published=published)


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    """Return where the sidecar of `path` may be: NAME.meta.json, then NAME.EXT.meta.json."""
    return path.with_name(path.stem + ".meta.json"), path.with_name(path.name + ".meta.json")


def read_sidecar(path: Path, source: str, *, max_bytes: int) -> Meta:
    """Return the metadata in the sidecar JSON file next to `path`, if there is one."""
    for sidecar in sidecar_paths(path):
        if not sidecar.is_file():
            continue
        where = str(Path(source).with_name(sidecar.name))
        try:
            if sidecar.stat().st_size > max_bytes:
                raise InputError(where, "sidecar is too large")
            data = json.loads(sidecar.read_text(encoding="utf-8-sig"))
        except OSError as exc:
            raise InputError(where, f"cannot read ({exc.strerror or exc})") from exc
        except UnicodeDecodeError as exc:
            raise InputError(where, "not valid UTF-8; save it as UTF-8") from exc
        except (json.JSONDecodeError, RecursionError) as exc:
            raise InputError(where, f"not valid JSON ({exc})") from exc
        if not isinstance(data, dict):
            raise InputError(where, "a sidecar must hold one JSON object")
        for name in META_FIELDS:
            if data.get(name) is not None and not isinstance(data[name], str):
                raise InputError(where, f"field {name!r} must be a string")
        return meta_from_mapping(data)
    return Meta()


# ---------------------------------------------------------------------------
# the document


def build_document(
    text: str,
    *,
    file: str,
    source: str,
    given: Meta = NO_META,
    overrides: Overrides | None = None,
    where: str = "published",
) -> Document:
    """Return the Document for `text`, its metadata merged by precedence.

    Raise InputError when a given published date is not a date.
    """
    overrides = overrides or Overrides()
    forced = Meta(title=overrides.title, outlet=overrides.outlet, published=overrides.published)
    given = replace(given, published=check_published(given.published, source, where))
    forced = replace(forced, published=check_published(forced.published, "--published"))
    known = forced.over(given)
    inferred = infer_from_text(text)
    meta = known.over(inferred)
    outlet = meta.outlet or outlet_for_url(meta.url)
    if known.published:
        published_source = "metadata"
    elif inferred.published:
        published_source = "byline"
    else:
        published_source = "unknown"
    return Document.from_text(
        text,
        file=file,
        title=meta.title,
        outlet=outlet,
        author=meta.author,
        published=meta.published,
        published_source=published_source,
        url=meta.url,
        source=source,
    )
