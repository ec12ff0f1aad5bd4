"""PNG snapshot of a day's state: the browser map's encoding drawn with matplotlib (Agg), no browser needed."""
from __future__ import annotations

import io
import logging
import math
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from . import basemap
from .export import ATTRIBUTION, GENERATOR, describe_filters
from .models import PlaceState, Report, Status
from .profile import Theatre

__all__ = ["EXTENT", "render_png", "project", "title_for", "format_day"]

log = logging.getLogger(__name__)

EXTENT = (60.5, 75.0, 29.0, 38.6)  # lon min, lon max, lat min, lat max: Afghanistan
_MARGIN = 0.35  # degrees around EXTENT
_ASPECT_H = 0.75  # image height / width
_DPI_PER_PX = 10.0  # the figure is always 10 inches wide: fonts keep their look at any width
_MAP_BOX = (0.0, 0.075, 1.0, 0.815)  # the map axes in figure fractions: left, bottom, width, height

_BG = "#e9eef2"
_NEIGHBOUR = ("#e4e4e2", "#b9b9b6")
_CONTEXT = ("#ececea", "#cfcfcc")
_COUNTRY = ("#fcfcf9", "#4d4d4d")
_PROVINCE_EDGE = "#a3a3a0"
_INK = "#222222"
_MUTED = "#555555"

_MARKER_PT = 11.0  # marker diameter in points
_LABEL_PT = 8.0
_PRIMARY_KINDS = ("city", "province", "district")  # keep their true position and get labels first
_TEXT_SIZES: dict[tuple[str, float], tuple[float, float]] = {}  # (label, dpi) -> (width, height) in pixels
_PROVINCE_ALPHA = {Status.CONFIRMED: 0.30, Status.DISPUTED: 0.20, Status.CLAIMED: 0.12}
_STATUS_TEXT = {
    Status.CONFIRMED: "confirmed (solid)",
    Status.CLAIMED: "claimed, unverified (hollow, dashed ring)",
    Status.DISPUTED: "disputed (half filled)",
}


def format_day(day: date) -> str:
    """13 Aug 2021 (no leading zero, on every platform)."""
    return f"{day.day} {day:%b %Y}"


def title_for(day: date) -> str:
    return f"Territorial control as reported — as of {format_day(day)}"


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where the map sits in the image and which lon/lat it shows: shared by render_png and project()."""

    width: int
    height: int
    xlim: tuple[float, float]
    ylim: tuple[float, float]

    @property
    def box_px(self) -> tuple[float, float, float, float]:
        left, bottom, w, h = _MAP_BOX
        return left * self.width, bottom * self.height, w * self.width, h * self.height

    def to_display(self, lon: float, lat: float) -> tuple[float, float]:
        """Matplotlib display pixels (origin bottom left)."""
        x0, y0, bw, bh = self.box_px
        return (x0 + (lon - self.xlim[0]) / (self.xlim[1] - self.xlim[0]) * bw,
                y0 + (lat - self.ylim[0]) / (self.ylim[1] - self.ylim[0]) * bh)


@cache
def _layout(width_px: int) -> _Layout:
    """Fixed extent around Afghanistan, widened to fill the map box at the right ground scale."""
    height_px = round(width_px * _ASPECT_H)
    lon0, lon1, lat0, lat1 = EXTENT[0] - _MARGIN, EXTENT[1] + _MARGIN, EXTENT[2] - _MARGIN, EXTENT[3] + _MARGIN
    k = math.cos(math.radians((lat0 + lat1) / 2))  # a degree of longitude is shorter than one of latitude
    _, _, bw, bh = (f * s for f, s in zip(_MAP_BOX, (width_px, height_px, width_px, height_px)))
    ground_w, ground_h = (lon1 - lon0) * k, lat1 - lat0
    if ground_w / ground_h < bw / bh:
        extra = (ground_h * bw / bh / k - (lon1 - lon0)) / 2
        lon0, lon1 = lon0 - extra, lon1 + extra
    else:
        extra = (ground_w * bh / bw - (lat1 - lat0)) / 2
        lat0, lat1 = lat0 - extra, lat1 + extra
    return _Layout(width_px, height_px, (lon0, lon1), (lat0, lat1))


def project(lon: float, lat: float, *, width_px: int = 1600) -> tuple[float, float]:
    """Pixel (column, row from the top) where render_png draws this lon/lat in an image `width_px` wide."""
    lay = _layout(int(width_px))
    x, y = lay.to_display(lon, lat)
    return x, lay.height - y


# --- basemap, converted once to matplotlib paths -----------------------------------------------------

def _rings_path(geom):
    from matplotlib.path import Path as MplPath

    polys = getattr(geom, "geoms", [geom])
    paths = []
    for poly in polys:
        for ring in (poly.exterior, *poly.interiors):
            paths.append(MplPath(list(ring.coords), closed=True))
    return MplPath.make_compound_path(*paths)


@cache
def _basemap_paths():
    """(role, path) per country and (iso, path) per province, simplified to about a pixel and clipped."""
    from shapely.geometry import box

    lon0, lon1, lat0, lat1 = EXTENT
    clip = box(lon0 - 8, lat0 - 6, lon1 + 8, lat1 + 6)
    countries = []
    for role, name, geom in zip(basemap.region()["role"], basemap.region()["name"], basemap.region().geometry):
        if geom is None or not geom.intersects(clip):
            continue
        geom = geom.intersection(clip).simplify(0.004, preserve_topology=True)
        if not geom.is_empty:
            shown = geom.intersection(box(lon0, lat0, lon1, lat1))  # name a neighbour where it is on the map
            point = shown.representative_point() if not shown.is_empty and shown.area > 1.0 else None
            countries.append((str(role), str(name), _rings_path(geom), point))
    provinces = []
    gdf = basemap.provinces()
    for iso, geom in zip(gdf["iso_3166_2"], gdf.geometry):
        if geom is not None:
            provinces.append((str(iso), _rings_path(geom.simplify(0.003, preserve_topology=True))))
    return tuple(countries), tuple(provinces)


# --- what goes on the map ----------------------------------------------------------------------------

def _priority(s: PlaceState) -> tuple:
    """Who keeps its true position and gets a label first: cities (larger first), then the rest."""
    kind_rank = {"city": 0, "province": 1, "district": 2}.get(s.place.kind, 3)
    return (kind_rank, -(s.place.population or 0), s.place.name)


def _sources(state: Mapping[str, PlaceState], reports: Mapping[str, Report] | None) -> list[str]:
    """Distinct sources behind the drawn state, oldest report first."""
    seen: dict[str, date] = {}
    for s in state.values():
        for claim in s.history:
            if reports and claim.report_id in reports:
                name = reports[claim.report_id].source or reports[claim.report_id].title or claim.report_id
            else:
                name = claim.report_id
            seen[name] = min(seen.get(name, claim.published), claim.published)
    return sorted(seen, key=lambda n: (seen[n], n))


def _overlaps(a, b, pad: float = 0.0) -> bool:
    return not (a[2] + pad <= b[0] or b[2] + pad <= a[0] or a[3] + pad <= b[1] or b[3] + pad <= a[1])


def _dodge_markers(states, lay: _Layout, radius: float, *, placed=(), boxes=()):
    """Display positions: a place on top of an earlier marker (or label box) is nudged off, with a leader."""
    placed = list(placed)
    out = []

    def free(cx: float, cy: float) -> bool:
        return (all(math.hypot(cx - px, cy - py) >= 2.1 * radius for px, py in placed)
                and all(_box_distance(b, cx, cy) >= radius + 1 for b in boxes))

    for s in states:
        tx, ty = lay.to_display(s.place.lon, s.place.lat)
        x, y = tx, ty
        blockers = [(px, py) for px, py in placed if math.hypot(x - px, y - py) < 1.6 * radius]
        blockers += [(min(max(tx, b[0]), b[2]), min(max(ty, b[1]), b[3])) for b in boxes
                     if _box_distance(b, tx, ty) < radius]
        if blockers:
            # Push away from what it sits on, then try the other directions, nearest turn first.
            bx, by = blockers[0]
            away = math.degrees(math.atan2(ty - by, tx - bx)) if (tx, ty) != (bx, by) else -45.0
            turns = (0, 45, -45, 90, -90, 135, -135, 180)
            for dist in (2.4, 3.4, 4.6):
                for ang in (away + t for t in turns):
                    cx = tx + dist * radius * math.cos(math.radians(ang))
                    cy = ty + dist * radius * math.sin(math.radians(ang))
                    if free(cx, cy):
                        x, y = cx, cy
                        break
                else:
                    continue
                break
        placed.append((x, y))
        out.append((s, (tx, ty), (x, y)))
    return out


def _box_distance(box, x: float, y: float) -> float:
    dx = max(box[0] - x, 0.0, x - box[2])
    dy = max(box[1] - y, 0.0, y - box[3])
    return math.hypot(dx, dy)


def _segment_distance(x0: float, y0: float, x1: float, y1: float, px: float, py: float) -> float:
    vx, vy = x1 - x0, y1 - y0
    t = max(0.0, min(1.0, ((px - x0) * vx + (py - y0) * vy) / ((vx * vx + vy * vy) or 1.0)))
    return math.hypot(x0 + t * vx - px, y0 + t * vy - py)


def _unambiguous(box, own: tuple[float, float], markers, radius: float, leader: bool) -> bool:
    """A label must sit nearer its own marker than any other, and its leader must not cross another marker."""
    mine = _box_distance(box, *own)
    cx, cy = min(max(own[0], box[0]), box[2]), min(max(own[1], box[1]), box[3])
    for mx, my in markers:
        if (mx, my) == own:
            continue
        if _box_distance(box, mx, my) < mine:
            return False
        if leader and _segment_distance(own[0], own[1], cx, cy, mx, my) <= radius + 1:
            return False
    return True


def _place_labels(items, measure, obstacles, bounds, radius: float, markers=None):
    """Greedy label placement: try offsets round the marker, nearest first; skip a label that fits nowhere."""
    taken = list(obstacles)
    placed = []
    gap = radius + 3
    markers = list(markers) if markers is not None else [xy for _, xy in items]
    for texts, (x, y) in items:
        texts = (texts,) if isinstance(texts, str) else tuple(texts)
        if _place_one(texts, (x, y), measure, taken, placed, bounds, radius, markers, gap):
            continue
        log.debug("no room for the label %r", texts[0])
    return placed


def _place_one(texts, xy, measure, taken, placed, bounds, radius, markers, gap) -> bool:
    """Place the first of `texts` (full name, then a short form) that fits somewhere round the marker."""
    x, y = xy
    for text in texts:
        w, h = measure(text)
        candidates = [
            (x + gap, y - h / 2, "left"), (x - gap - w, y - h / 2, "right"),
            (x - w / 2, y + gap, "center"), (x - w / 2, y - gap - h, "center"),
            (x + gap * 0.75, y + gap * 0.6, "left"), (x + gap * 0.75, y - gap * 0.6 - h, "left"),
            (x - gap * 0.75 - w, y + gap * 0.6, "right"), (x - gap * 0.75 - w, y - gap * 0.6 - h, "right"),
        ]
        for far in (2.6 * gap, 4.0 * gap):  # farther out, joined by a leader line
            candidates += [
                (x + far, y - h / 2, "left"), (x - far - w, y - h / 2, "right"),
                (x - w / 2, y + far, "center"), (x - w / 2, y - far - h, "center"),
                (x + far, y + far * 0.7, "left"), (x + far, y - far * 0.7 - h, "left"),
                (x - far - w, y + far * 0.7, "right"), (x - far - w, y - far * 0.7 - h, "right"),
            ]
        for i, (lx, ly, ha) in enumerate(candidates):
            box = (lx - 1, ly - 1, lx + w + 1, ly + h + 1)
            inside = bounds[0] <= box[0] and box[2] <= bounds[2] and bounds[1] <= box[1] and box[3] <= bounds[3]
            if (inside and not any(_overlaps(box, t) for t in taken)
                    and _unambiguous(box, (x, y), markers, radius, i >= 8)):
                taken.append(box)
                placed.append((text, (x, y), (lx, ly, w, h), ha, i >= 8))
                return True
    return False


def _label_texts(s: PlaceState) -> tuple[str, ...]:
    """The label, then a short form for an airport or base crowded next to its city (its leader shows which)."""
    if s.place.kind in ("airport", "base"):
        return (s.place.name, s.place.kind)
    return (s.place.name,)


def _credit_lines(sources: list[str]) -> tuple[list[str], float]:
    """The credits in at most three lines: smaller type for many sources, then "and N more"."""
    for pt in (6.8, 6.2, 5.6):
        chars = int(190 * 6.8 / pt)
        for shown in range(len(sources), -1, -1):
            rest = len(sources) - shown
            listed = ", ".join(sources[:shown]) if sources else "none"
            if rest:
                listed += f"{', ' if shown else ''}and {rest} more"
            lines = textwrap.wrap(f"{ATTRIBUTION} · Sources: {listed}", chars)
            if len(lines) <= 3 and (rest == 0 or pt == 5.6):
                return lines, pt
    return lines, pt


# --- drawing ------------------------------------------------------------------------------------------

def _legend(ax, profile: Theatre, controllers: list[str], statuses: list[Status], ms: float):
    from matplotlib.lines import Line2D

    handles, labels = [], []
    if controllers:  # an empty map has no colours to explain
        handles.append(Line2D([], [], linestyle="none"))
        labels.append("Colour = who holds it")
    for c in controllers:
        handles.append(Line2D([], [], linestyle="none", marker="o", markersize=ms, markerfacecolor=profile.colour(c),
                              markeredgecolor="white", markeredgewidth=0.8))
        labels.append(profile.label(c))
    handles.append(Line2D([], [], linestyle="none"))
    labels.append("Fill = how well sourced")
    grey = "#444444"
    for st in (Status.CONFIRMED, Status.CLAIMED, Status.DISPUTED):
        if st not in statuses:
            continue
        if st is Status.CONFIRMED:
            h = ax.scatter([], [], s=ms ** 2, c=grey, edgecolors="white", linewidths=0.8)
        elif st is Status.CLAIMED:
            h = ax.scatter([], [], s=ms ** 2, facecolors="white", edgecolors=grey, linewidths=1.7,
                           linestyles=(0, (2.2, 1.4)))
        else:
            h = Line2D([], [], linestyle="none", marker="o", markersize=ms, fillstyle="left", markerfacecolor=grey,
                       markerfacecoloralt="white", markeredgecolor=grey, markeredgewidth=1.3)
        handles.append(h)
        labels.append(_STATUS_TEXT[st])
    leg = ax.legend(handles, labels, loc="lower right", frameon=True, fontsize=7.6, borderpad=0.7, labelspacing=0.55,
                    handletextpad=0.5, handlelength=1.4, framealpha=0.93, edgecolor="#bbbbbb", fancybox=False,
                    scatterpoints=1, borderaxespad=0.6)
    leg.set_zorder(10)
    for t, label in zip(leg.get_texts(), labels):
        t.set_parse_math(False)
        if label.startswith(("Colour =", "Fill =")):
            t.set_fontweight("bold")
            t.set_x(-28)  # headings start where the symbols do
    return leg


def render_png(
    state: Mapping[str, PlaceState],
    *,
    profile: Theatre,
    day: date,
    filters: Mapping[str, Iterable[str] | None] | None = None,
    reports: Mapping[str, Report] | None = None,
    width_px: int = 1600,
) -> bytes:
    """The state as a PNG (`width_px` wide, 4:3): outlines, tinted provinces, markers, labels, legend, credits."""
    import matplotlib  # heavy: imported only when a PNG is asked for

    matplotlib.use("Agg")  # no display on servers and CI
    from matplotlib import patheffects
    from matplotlib.colors import to_rgba
    from matplotlib.patches import Rectangle
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import PathCollection
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    width_px = max(int(width_px), 1000)
    lay = _layout(width_px)
    countries, provinces = _basemap_paths()
    dpi = width_px / _DPI_PER_PX
    with matplotlib.rc_context({"text.usetex": False, "font.family": "DejaVu Sans", "path.simplify": True}):
        fig = Figure(figsize=(_DPI_PER_PX, _DPI_PER_PX * lay.height / width_px), dpi=dpi, facecolor="white")
        canvas = FigureCanvasAgg(fig)
        ax = fig.add_axes(_MAP_BOX)
        ax.set_xlim(*lay.xlim)
        ax.set_ylim(*lay.ylim)
        ax.set_aspect("auto")
        ax.set_axis_off()
        ax.add_artist(Rectangle((0, 0), 1, 1, transform=ax.transAxes, facecolor=_BG,
                                                   edgecolor="none", zorder=0))

        # Countries: neighbours light grey, Afghanistan white-ish, each in one collection.
        for role, (face, edge), width, z in (("context", _CONTEXT, 0.5, 1), ("neighbour", _NEIGHBOUR, 0.6, 1),
                                             ("afghanistan", _COUNTRY, 1.2, 2)):
            paths = [p for r, _, p, _ in countries if r == role]
            if paths:
                ax.add_collection(PathCollection(paths, facecolors=face, edgecolors=edge, linewidths=width,
                                                 zorder=z), autolim=False)
        for role, name, _, point in countries:
            if role != "afghanistan" and point is not None:
                ax.text(point.x, point.y, name.upper(), fontsize=7, color="#9a9a96", ha="center", va="center",
                        zorder=2, parse_math=False, fontstyle="italic")

        # Provinces: outlines, tinted lightly by the state of their capital (less sure = lighter).
        tints = basemap.province_states(state)
        faces = []
        for iso, _ in provinces:
            s = tints.get(iso)
            if s is None:
                faces.append((0, 0, 0, 0))
            else:
                rgba = to_rgba(profile.colour(s.controller), _PROVINCE_ALPHA[s.status])
                faces.append(rgba)
        ax.add_collection(PathCollection([p for _, p in provinces], facecolors=faces, edgecolors=_PROVINCE_EDGE,
                                         linewidths=0.45, zorder=3), autolim=False)
        # Afghanistan's border again over the tints so it stays crisp.
        afg = [p for r, _, p, _ in countries if r == "afghanistan"]
        if afg:
            ax.add_collection(PathCollection(afg, facecolors="none", edgecolors=_COUNTRY[1], linewidths=1.2,
                                             zorder=4), autolim=False)

        # Legend first: markers and labels keep clear of it.
        present = sorted({s.controller for s in state.values()},
                         key=lambda c: (profile.controllers.index(c) if c in profile.controllers else 99, c))
        statuses = sorted({s.status for s in state.values()}, key=lambda st: list(Status).index(st))
        leg = _legend(ax, profile, present, statuses or list(Status), _MARKER_PT * 0.82)
        renderer = canvas.get_renderer()
        legend_box = tuple(leg.get_window_extent(renderer).extents)
        font = FontProperties(family="DejaVu Sans", size=_LABEL_PT)

        def measure(text: str) -> tuple[float, float]:
            key = (text, dpi)
            if key not in _TEXT_SIZES:  # measuring is a font rasterisation: remember it between renders
                if len(_TEXT_SIZES) > 4096:
                    _TEXT_SIZES.clear()
                w, h, _ = renderer.get_text_width_height_descent(text, font, ismath=False)
                _TEXT_SIZES[key] = (w, h)
            return _TEXT_SIZES[key]

        def marker_box(x: float, y: float) -> tuple[float, float, float, float]:
            return (x - radius - 1, y - radius - 1, x + radius + 1, y + radius + 1)

        # Cities first, markers and labels; then airports and bases, nudged off the cities and their labels.
        ordered = sorted(state.values(), key=_priority)
        primary = [s for s in ordered if s.place.kind in _PRIMARY_KINDS]
        secondary = [s for s in ordered if s.place.kind not in _PRIMARY_KINDS]
        radius = _MARKER_PT / 2 * dpi / 72
        x0, y0, bw, bh = lay.box_px
        bounds = (x0 + 2, y0 + 2, x0 + bw - 2, y0 + bh - 2)
        pos1 = _dodge_markers(primary, lay, radius, boxes=[legend_box])
        obstacles = [legend_box] + [marker_box(*xy) for _, _, xy in pos1]
        labels = _place_labels([(s.place.name, xy) for s, _, xy in pos1], measure, obstacles, bounds, radius)
        label_boxes = [(lx - 1, ly - 1, lx + w + 1, ly + h + 1) for _, _, (lx, ly, w, h), _, _ in labels]
        pos2 = _dodge_markers(secondary, lay, radius, placed=[xy for _, _, xy in pos1],
                              boxes=[legend_box, *label_boxes])
        positions = pos1 + pos2
        obstacles += label_boxes + [marker_box(*xy) for _, _, xy in pos2]
        labels += _place_labels([(_label_texts(s), xy) for s, _, xy in pos2], measure, obstacles, bounds, radius,
                                markers=[xy for _, _, xy in positions])

        # Markers: colour = controller, fill = status.
        to_data = ax.transData.inverted()
        ms2 = _MARKER_PT ** 2
        groups: dict[Status, tuple[list, list, list]] = {st: ([], [], []) for st in Status}
        for s, true_xy, xy in positions:
            x, y = to_data.transform(xy)
            if xy != true_xy:
                tx, ty = to_data.transform(true_xy)
                ax.plot([tx, x], [ty, y], color=_MUTED, linewidth=0.7, zorder=5)
                ax.plot([tx], [ty], marker="o", markersize=2.6, color=_MUTED, zorder=5)
            xs, ys, colours = groups[s.status]
            xs.append(x)
            ys.append(y)
            colours.append(profile.colour(s.controller))
        # One artist per status: a scatter per marker costs a collection each.
        xs, ys, colours = groups[Status.CONFIRMED]
        if xs:
            ax.scatter(xs, ys, s=ms2, c=colours, edgecolors="white", linewidths=0.9, zorder=7)
        xs, ys, colours = groups[Status.CLAIMED]
        if xs:
            ax.scatter(xs, ys, s=ms2, facecolors="white", edgecolors=colours, linewidths=1.9,
                       linestyles=(0, (2.2, 1.4)), zorder=7)
        xs, ys, colours = groups[Status.DISPUTED]
        for colour in dict.fromkeys(colours):
            pts = [(x, y) for x, y, c in zip(xs, ys, colours) if c == colour]
            ax.plot([p[0] for p in pts], [p[1] for p in pts], linestyle="none", marker="o", markersize=_MARKER_PT,
                    fillstyle="left", markerfacecolor=colour, markerfacecoloralt="white", markeredgecolor=colour,
                    markeredgewidth=1.4, zorder=7)

        # Labels: plain text with a white halo; far ones get a leader line.
        halo = [patheffects.withStroke(linewidth=2.6, foreground="white", alpha=0.9)]
        for text, (mx, my), (lx, ly, w, h), _, far in labels:
            if far:  # a leader from the marker's edge to the label's nearest point
                cx, cy = min(max(mx, lx), lx + w), min(max(my, ly), ly + h)
                d = math.hypot(cx - mx, cy - my) or 1.0
                sx, sy = mx + (cx - mx) * radius / d, my + (cy - my) * radius / d
                (dx0, dy0), (dx1, dy1) = to_data.transform([(sx, sy), (cx, cy)])
                ax.plot([dx0, dx1], [dy0, dy1], color="#333333", linewidth=0.8, zorder=6)
            lx_data, ly_data = to_data.transform((lx, ly))
            ax.text(lx_data, ly_data, text, fontproperties=font, color=_INK, ha="left", va="baseline", zorder=8,
                    parse_math=False, path_effects=halo)

        if not state:
            ax.text(0.5, 0.5, "No places match the filters", transform=ax.transAxes, ha="center", va="center",
                    fontsize=14, color=_MUTED, zorder=9, parse_math=False,
                    bbox={"facecolor": "white", "edgecolor": "#bbbbbb", "boxstyle": "round,pad=0.6"})

        # Header and credits: plain text only (report text is untrusted; mathtext is never parsed).
        filters_text = describe_filters(filters, profile)
        n = len(state)
        fig.text(0.012, 0.962, title_for(day), fontsize=15, fontweight="bold", color=_INK, va="center",
                 parse_math=False)
        fig.text(0.012, 0.918, f"{filters_text} · {n} place{'s' if n != 1 else ''} shown · markers at "
                 "gazetteer coordinates; provinces tinted by their capital's state", fontsize=8.5, color=_MUTED,
                 va="center", parse_math=False)
        sources = _sources(state, reports)
        credits = f"{ATTRIBUTION} · Sources: {', '.join(sources) if sources else 'none'}"
        credit_lines, credit_pt = _credit_lines(sources)
        fig.text(0.012, 0.066, "\n".join(credit_lines), fontsize=credit_pt, color=_MUTED, va="top",
                 linespacing=1.35, parse_math=False)

        metadata = {
            "Title": title_for(day),
            "Software": GENERATOR,
            "Generator": GENERATOR,
            "Date": day.isoformat(),
            "Filters": filters_text,
            "Source": credits,
        }
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, metadata=metadata, facecolor="white",
                    pil_kwargs={"compress_level": 3})  # a little larger, much faster than the default 6
    return buf.getvalue()
