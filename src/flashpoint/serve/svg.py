"""Inline SVG drawn on the server: escalation charts, the event map, the actor network.

Every text that comes from the reports goes through `escape`; colours come from fixed class
names (styled in static/app.css), never from the data.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from markupsafe import Markup, escape

from flashpoint.records import PLOVER_TYPES
from flashpoint.serve.highlight import css_token

# the region of interest (Europe from the Atlantic to the Urals) shown when no event lies outside
DEFAULT_BOX = (-11.0, 35.0, 45.0, 66.0)  # lon_min, lat_min, lon_max, lat_max


def _attr(value: Any) -> str:
    return str(escape("" if value is None else str(value)))


def escalation_chart(entry: Mapping[str, Any], *, width: int = 560, height: int = 170) -> Markup:
    """Return one actor pair's escalation as bars: cooperation up, conflict down, net line."""
    points: Sequence[Mapping[str, Any]] = entry.get("series") or []
    pair = " - ".join(str(p) for p in entry.get("pair") or [])
    pad_left, pad_bottom, pad_top = 34, 22, 10
    plot_w, plot_h = width - pad_left - 8, height - pad_bottom - pad_top
    top = max([1.0] + [max(p["cooperation"], p["conflict"]) for p in points])
    mid = pad_top + plot_h / 2
    scale = (plot_h / 2) / top
    step = plot_w / max(1, len(points))
    bar = max(2.0, min(28.0, step * 0.7))
    out = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="escalation {_attr(pair)}">',
        f'<line class="axis" x1="{pad_left}" y1="{mid:.1f}" x2="{width - 8}" y2="{mid:.1f}"/>',
        f'<text class="tick" x="{pad_left - 4}" y="{pad_top + 8}" text-anchor="end">'
        f"+{top:g}</text>",
        f'<text class="tick" x="{pad_left - 4}" y="{pad_top + plot_h}" text-anchor="end">'
        f"-{top:g}</text>",
    ]
    line = []
    for i, point in enumerate(points):
        x = pad_left + step * i + (step - bar) / 2
        up, down = point["cooperation"] * scale, point["conflict"] * scale
        tip = (
            f"{point['date']}: {point['events']} events, cooperation {point['cooperation']:g}, "
            f"conflict {point['conflict']:g}{', sharp rise' if point.get('rise') else ''}"
        )
        out.append(f"<g><title>{_attr(tip)}</title>")
        if up:
            out.append(
                f'<rect class="coop" x="{x:.1f}" y="{mid - up:.1f}" width="{bar:.1f}" '
                f'height="{up:.1f}"/>'
            )
        if down:
            out.append(
                f'<rect class="conf" x="{x:.1f}" y="{mid:.1f}" width="{bar:.1f}" '
                f'height="{down:.1f}"/>'
            )
        if point.get("rise"):
            out.append(
                f'<path class="rise" d="M{x + bar / 2:.1f} {pad_top + plot_h + 2:.1f}l-4 6h8z"/>'
            )
        out.append("</g>")
        line.append(f"{x + bar / 2:.1f},{mid - point['net'] * scale:.1f}")
    if len(line) > 1:
        out.append(f'<polyline class="net" points="{" ".join(line)}"/>')
    if points:
        first, last = points[0]["date"], points[-1]["date"]
        out.append(
            f'<text class="tick" x="{pad_left}" y="{height - 6}">{_attr(first)}</text>'
            f'<text class="tick" x="{width - 8}" y="{height - 6}" text-anchor="end">'
            f"{_attr(last)}</text>"
        )
    out.append("</svg>")
    return Markup("".join(out))


@lru_cache(maxsize=1)
def world_features() -> list[dict[str, Any]]:
    """Return the shipped country outlines (Natural Earth 110m, 0.1 degree), loaded once."""
    path = resources.files("flashpoint.serve") / "static" / "world-110m.geojson"
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for feature in data["features"]:
        rings = [ring for polygon in feature["geometry"]["coordinates"] for ring in polygon]
        lons = [p[0] for ring in rings for p in ring]
        lats = [p[1] for ring in rings for p in ring]
        out.append(
            {
                "iso": feature["properties"].get("iso"),
                "name": feature["properties"].get("name"),
                "rings": rings,
                "box": (min(lons), min(lats), max(lons), max(lats)),
            }
        )
    return out


def in_box(point: Mapping[str, Any], box: tuple[float, float, float, float]) -> bool:
    lon, lat = float(point["lon"]), float(point["lat"])
    return box[0] <= lon <= box[2] and box[1] <= lat <= box[3]


def map_box(points: Sequence[Mapping[str, Any]]) -> tuple[float, float, float, float]:
    """Return the box to show: the region of interest, grown to hold every point."""
    lon0, lat0, lon1, lat1 = DEFAULT_BOX
    for p in points:
        lon0, lon1 = min(lon0, p["lon"] - 3), max(lon1, p["lon"] + 3)
        lat0, lat1 = min(lat0, p["lat"] - 3), max(lat1, p["lat"] + 3)
    return (max(-180.0, lon0), max(-85.0, lat0), min(180.0, lon1), min(85.0, lat1))


def event_map(
    points: Sequence[Mapping[str, Any]],
    *,
    box: tuple[float, float, float, float] | None = None,
    width: int = 1200,
) -> Markup:
    """Return the base map with one dot per event, coloured by type, with escaped popups."""
    lon0, lat0, lon1, lat1 = box or map_box(points)
    points = [p for p in points if in_box(p, (lon0, lat0, lon1, lat1))]
    kx = math.cos(math.radians((lat0 + lat1) / 2))  # equirectangular, true at the middle

    def xy(lon: float, lat: float) -> tuple[float, float]:
        return ((lon - lon0) * kx * 10, (lat1 - lat) * 10)

    vw, vh = xy(lon1, lat0)
    height = round(width * vh / vw)
    out = [
        f'<svg class="map" viewBox="0 0 {vw:.0f} {vh:.0f}" width="{width}" height="{height}" '
        f'role="img" aria-label="map of events">',
        f'<rect class="sea" x="0" y="0" width="{vw:.0f}" height="{vh:.0f}"/>',
    ]
    for country in world_features():
        b = country["box"]
        if b[2] < lon0 or b[0] > lon1 or b[3] < lat0 or b[1] > lat1:
            continue
        d = []
        for ring in country["rings"]:
            coords = [xy(lon, lat) for lon, lat in ring]
            d.append("M" + "L".join(f"{x:.0f} {y:.0f}" for x, y in coords) + "Z")
        out.append(
            f'<path class="land" fill-rule="evenodd" d="{"".join(d)}">'
            f"<title>{_attr(country['name'])}</title></path>"
        )
    r = vw / 130
    seen: dict[tuple[float, float], int] = {}
    for p in points:
        x, y = xy(p["lon"], p["lat"])
        # spiral repeated places out (golden angle) so stacked dots stay clickable
        n = seen[(x, y)] = seen.get((x, y), -1) + 1
        angle, reach = n * 2.399963, r * 1.1 * math.sqrt(n)
        x, y = x + reach * math.cos(angle), y + reach * math.sin(angle)
        label = f"{p.get('type')} · {p.get('place') or ''} · {p.get('date') or 'undated'}"
        out.append(
            f'<circle class="pt t-{css_token(p.get("type"), PLOVER_TYPES)}" cx="{x:.0f}" '
            f'cy="{y:.0f}" r="{r:.0f}" tabindex="0" data-key="{_attr(p.get("key"))}" '
            f'data-type="{_attr(p.get("type"))}" data-place="{_attr(p.get("place"))}" '
            f'data-date="{_attr(p.get("date"))}" data-outlet="{_attr(p.get("outlet"))}" '
            f'data-actors="{_attr(p.get("source"))} → {_attr(p.get("target"))}" '
            f'data-status="{_attr(p.get("status"))}" '
            f'data-evidence="{_attr((p.get("evidence") or "")[:300])}">'
            f"<title>{_attr(label)}</title></circle>"
        )
    out.append("</svg>")
    return Markup("".join(out))


def layout(
    nodes: Sequence[Mapping[str, Any]], edges: Sequence[Mapping[str, Any]], *, size: int
) -> dict[str, tuple[float, float]]:
    """Return node positions: a deterministic layout (same data, same picture), memoised."""
    node_ids = tuple(str(n["id"]) for n in nodes)
    edge_keys = tuple((str(e["source"]), str(e["target"]), int(e["weight"])) for e in edges)
    return dict(_layout(node_ids, edge_keys, size))


@lru_cache(maxsize=64)
def _layout(
    nodes: tuple[str, ...], edges: tuple[tuple[str, str, int], ...], size: int
) -> tuple[tuple[str, tuple[float, float]], ...]:
    import networkx as nx

    graph = nx.Graph()
    graph.add_nodes_from(nodes)
    for source, target, count in edges:
        weight = count + graph.get_edge_data(source, target, {}).get("weight", 0)
        graph.add_edge(source, target, weight=weight)
    if not graph:
        return ()
    # Kamada-Kawai spreads a small dense core better than a spring layout; deterministic
    raw = (
        nx.kamada_kawai_layout(graph, weight=None) if len(graph) > 2 else nx.circular_layout(graph)
    )
    xs = [p[0] for p in raw.values()]
    ys = [p[1] for p in raw.values()]
    margin = 60
    span_x, span_y = (max(xs) - min(xs)) or 1, (max(ys) - min(ys)) or 1
    return tuple(
        (
            str(node),
            (
                margin + (p[0] - min(xs)) / span_x * (size - 2 * margin),
                margin + (p[1] - min(ys)) / span_y * (size - 2 * margin),
            ),
        )
        for node, p in raw.items()
    )


def network_graph(network: Mapping[str, Any], *, size: int = 640) -> Markup:
    """Return the actor network on a circle: edges weighted by events, coloured by kind."""
    nodes = network.get("nodes") or []
    edges = network.get("edges") or []
    radius_of = {n["id"]: 10 + min(18, 2 * math.sqrt(n["events"])) for n in nodes}
    pos = layout(nodes, edges, size=size)
    heaviest = max([1] + [e["weight"] for e in edges])
    out = [
        f'<svg class="network" viewBox="0 0 {size} {size}" role="img" aria-label="actor network">',
        "<defs>",
        *(
            f'<marker id="arrow-{k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" '
            f'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">'
            f'<path class="arrow-{k}" d="M0 0L10 5L0 10z"/></marker>'
            for k in ("conflict", "cooperation", "other")
        ),
        "</defs>",
    ]
    for edge in edges:
        if edge["source"] not in pos or edge["target"] not in pos:
            continue
        (x1, y1), (x2, y2) = pos[edge["source"]], pos[edge["target"]]
        # bend each direction to its own side so A->B and B->A do not overlap
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy) or 1
        cx, cy = mx - dy / length * 30, my + dx / length * 30
        # stop at the rim of the target circle
        rim = radius_of[edge["target"]] + 2
        reach = math.hypot(x2 - cx, y2 - cy) or 1
        ex, ey = x2 - (x2 - cx) / reach * rim, y2 - (y2 - cy) / reach * rim
        kind = css_token(edge.get("kind"), ("conflict", "cooperation", "other"))
        widthpx = 1 + 7 * edge["weight"] / heaviest
        tip = (
            f"{edge['source']} → {edge['target']}: {edge['weight']} events "
            f"({edge['conflict']} conflict, {edge['cooperation']} cooperation)"
        )
        out.append(
            f'<path class="edge {kind}" d="M{x1:.0f} {y1:.0f}Q{cx:.0f} {cy:.0f} {ex:.0f} '
            f'{ey:.0f}" stroke-width="{widthpx:.1f}" marker-end="url(#arrow-{kind})">'
            f"<title>{_attr(tip)}</title></path>"
        )
    for node in nodes:
        x, y = pos[node["id"]]
        r = radius_of[node["id"]]
        out.append(
            f'<g class="node"><circle cx="{x:.0f}" cy="{y:.0f}" r="{r:.0f}">'
            f"<title>{_attr(node['id'])}: {node['events']} events</title></circle>"
            f'<text x="{x:.0f}" y="{y + r + 14:.0f}" text-anchor="middle">'
            f"{_attr(node['id'])}</text></g>"
        )
    out.append("</svg>")
    return Markup("".join(out))
