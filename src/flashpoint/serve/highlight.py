"""The report text with every extracted item highlighted in place.

The text is cut at every span boundary and each piece is escaped on its own; the only
markup added is our own `<span>` with fixed class names and escaped attributes. Report
text never reaches the page as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

from flashpoint.records import FACTUALITIES, PLOVER_TYPES

_TOKEN = re.compile(r"[^A-Za-z0-9_-]")


def css_token(value: Any, allowed: Sequence[str]) -> str:
    """Return `value` as a class-name token if it is one of `allowed`, else "other"."""
    text = str(value or "")
    return _TOKEN.sub("", text) if text in allowed else "other"


def _span(value: Any, length: int) -> tuple[int, int] | None:
    if not isinstance(value, list | tuple) or len(value) != 2:
        return None
    start, end = value
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    start, end = max(0, start), min(length, end)
    return (start, end) if start < end else None


def item_summary(item: Mapping[str, Any]) -> str:
    """Return a one-line plain-text summary of an item (for hover titles)."""
    value = item["value"]
    kind = item["kind"]
    if kind == "statement":
        speaker = value.get("speaker") or {}
        who = speaker.get("name") or speaker.get("actor") or "?"
        text = f"{value.get('id')} statement by {who} [{speaker.get('actor') or '?'}]: "
        text += f"{value.get('factuality')}, {value.get('kind')}"
    elif kind == "event":
        text = f"{value.get('id')} {value.get('type')}"
        if value.get("mode"):
            text += f"/{value.get('mode')}"
        text += f" {value.get('source') or '?'} -> {value.get('target') or '?'}"
        text += f" ({value.get('status')})"
    else:
        text = f"{value.get('id')} quantity {value.get('low')}..{value.get('high')} "
        text += f"{value.get('unit')} of {value.get('of') or '?'}, "
        text += f"claimed by {value.get('claimed_by')}"
    if item.get("reviewed"):
        text += f" [analyst: {item['reviewed']}]"
    return text


def _marks(item: Mapping[str, Any], length: int) -> list[tuple[int, int, str, str]]:
    """Return (start, end, classes, ref) marks for one item."""
    value = item["value"]
    kind = item["kind"]
    ref = f"{kind}-{value.get('id')}"
    rejected = " rejected" if item.get("rejected") else ""
    out = []
    if kind == "statement":
        classes = f"st f-{css_token(value.get('factuality'), FACTUALITIES)}{rejected}"
        content = _span(value.get("content_span"), length)
        cue = _span(value.get("cue_span"), length)
        if content:
            out.append((*content, classes, ref))
        if cue:
            out.append((*cue, "cue" + rejected, ref))
    elif kind == "event":
        classes = f"ev t-{css_token(value.get('type'), PLOVER_TYPES)}{rejected}"
        span = _span(value.get("trigger_span"), length) or _span(value.get("evidence_span"), length)
        if span:
            out.append((*span, classes, ref))
    else:
        span = _span(value.get("span"), length)
        if span:
            out.append((*span, "qty" + rejected, ref))
    return out


def highlight(text: str, items: Iterable[Mapping[str, Any]]) -> Markup:
    """Return the text as HTML with a `<span>` per piece covered by items."""
    marks: list[tuple[int, int, str, str, str]] = []
    for item in items:
        summary = item_summary(item)
        marks += [(s, e, c, r, summary) for s, e, c, r in _marks(item, len(text))]
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    parts: list[str] = []
    for start, end in pairwise(cuts):
        piece = escape(text[start:end])
        covering = [m for m in marks if m[0] <= start and end <= m[1]]
        if not covering:
            parts.append(str(piece))
            continue
        classes = sorted({c for m in covering for c in m[2].split()})
        refs = " ".join(dict.fromkeys(m[3] for m in covering))
        title = "\n".join(dict.fromkeys(m[4] for m in covering))
        parts.append(
            f'<span class="hl {escape(" ".join(classes))}" data-items="{escape(refs)}" '
            f'title="{escape(title)}" tabindex="0">{piece}</span>'
        )
    return Markup("".join(parts))
