"""State -> folium map: offline outlines, one GeoJSON layer of places, province shading, legend (DESIGN.md)."""
from __future__ import annotations

import functools
import html
import json
import logging
import math
import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from . import basemap, vendor
from .basemap import json_for_script as _json_for_script
from .models import Claim, PlaceState, Report, Resolution, Status
from .profile import Theatre
from .timeline import basis

__all__ = [
    "BASEMAPS",
    "STATUS_LABELS",
    "STATUS_STYLE",
    "PROVINCE_ALPHA",
    "marker_style",
    "marker_class",
    "short_day",
    "tooltip_html",
    "popup_html",
    "popup_fields",
    "POPUP_ROWS",
    "province_style",
    "LeanGeoJson",
    "base_map",
    "places_layer",
    "provinces_layer",
    "legend_html",
    "build_map",
    "asset_urls",
]

log = logging.getLogger(__name__)

BASEMAPS = ("outlines", "osm")  # outlines only (always drawn) / plus OpenStreetMap tiles
STATUS_LABELS = {Status.CONFIRMED: "Confirmed", Status.CLAIMED: "Claimed", Status.DISPUTED: "Disputed"}
# Fill encodes status, colour the controller (DESIGN.md, map encoding): solid, hollow dashed ring, half fill
# with a thick ring. The same numbers draw the legend, so the two cannot drift apart.
STATUS_STYLE: dict[Status, dict[str, Any]] = {
    Status.CONFIRMED: {"fillOpacity": 0.9, "weight": 2.0, "dashArray": None},
    Status.CLAIMED: {"fillOpacity": 0.0, "weight": 2.5, "dashArray": "4 3"},
    Status.DISPUTED: {"fillOpacity": 0.4, "weight": 4.0, "dashArray": None},
}
PROVINCE_ALPHA = {Status.CONFIRMED: 0.30, Status.DISPUTED: 0.20, Status.CLAIMED: 0.12}
MARKER_RADIUS = 7
_REGION_STYLE = {  # role -> (fill, outline): Afghanistan light, neighbours grey, context countries paler
    "afghanistan": ("#fcfcf9", "#4d4d4d"),
    "neighbour": ("#e4e4e2", "#9a9a96"),
    "context": ("#ececea", "#c4c4c0"),
}
_CLASS_SAFE = re.compile(r"[^a-z0-9_-]+")
_POPUP_MAX_WIDTH = 380


def _css_token(value: str) -> str:
    """A value made safe as one CSS class token (actor ids are data, so never trust them in markup)."""
    return _CLASS_SAFE.sub("-", str(value).strip().lower()) or "unknown"


def marker_class(controller: str, status: Status | str) -> str:
    """The SVG path's classes: `place-marker controller-<id> status-<status>` (browser tests select on them)."""
    return f"place-marker controller-{_css_token(controller)} status-{_css_token(str(status))}"


def marker_style(controller: str, status: Status, profile: Theatre) -> dict[str, Any]:
    """Leaflet path options for one place: colour from the controller, fill from the status."""
    colour = profile.colour(controller)
    # fill stays on even when hollow: folium's CircleMarker defaults it off, and the inside is the click target.
    style = {"color": colour, "fillColor": colour, "fill": True, "opacity": 1.0, **STATUS_STYLE[Status(status)]}
    style["className"] = marker_class(controller, status)
    return {k: v for k, v in style.items() if v is not None}


def short_day(day: date) -> str:
    """'13 Aug': the day as the history line writes it."""
    return f"{day.day} {day:%b}"


def _e(value: Any) -> str:
    """HTML-escaped text; braces too, so no template engine downstream ever reads report text as code."""
    return html.escape(str(value), quote=True).replace("{", "&#123;").replace("}", "&#125;")


def _safe_url(url: str) -> str | None:
    """The url if it is http(s) (only those become links), else None."""
    url = (url or "").strip()
    return url if re.match(r"(?i)^https?://[^\s<>\"']+$", url) else None


def tooltip_html(s: PlaceState, profile: Theatre) -> str:
    """Name, controller, status: the hover text."""
    return (
        f"<b>{_e(s.place.name)}</b><br>{_e(profile.label(s.controller))} · {_e(STATUS_LABELS[s.status].lower())}"
    )


def _history_line(claim: Claim, profile: Theatre) -> str:
    # "denied by the governor" already says who; "by denied by" would not read
    joiner = ", " if claim.attribution.startswith("denied by") else " by "
    who = f"{joiner}{_e(claim.attribution)}" if claim.attribution else ""
    return (
        f"{_e(profile.label(claim.controller))}: {_e(claim.status.value)} on {short_day(claim.effective_date)}{who}"
    )


def _match_html(claim: Claim, match: Resolution | None) -> str:
    place = claim.place
    parts = [f"written &ldquo;{_e(claim.name_as_written)}&rdquo;"]
    if match is not None:
        parts.append(f"matched alias &ldquo;{_e(match.matched)}&rdquo;")
    gid = (place.geonameid if place else "") or (place.id if place and place.id.isdigit() else "")
    if gid:
        parts.append(f"GeoNames {_e(gid)}")
    elif place is not None:
        parts.append(f"id {_e(place.id)}")
    text = ", ".join(parts)
    if match is not None and match.candidates:
        others = ", ".join(
            f"{_e(c.name)} ({_e(', '.join(x for x in (c.kind, c.admin1) if x))})"
            for c in match.candidates[:5] if c.id != claim.place_id
        )
        if others:
            text += f"; other candidates: {others}"
    return text


POPUP_ROWS = ("Controller", "Status", "Since", "Effective date", "Attribution", "Source", "Last report", "Geocoder")


def popup_fields(
    s: PlaceState,
    *,
    profile: Theatre,
    day: date,
    reports: Mapping[str, Report] | None = None,
    matches: Mapping[str, Resolution] | None = None,
) -> list[str]:
    """The popup's pieces, each already HTML: name, one per POPUP_ROWS, the evidence, the history."""
    claim = basis(s)  # the claim that carries the shown status, not a weaker repetition
    report = (reports or {}).get(claim.report_id)
    published = sorted(c.published for c in (s.history or (claim,)))
    before = [d for d in published if d <= day]
    if before:
        age = (day - before[-1]).days
        age_text = "reported that day" if age == 0 else f"{age} day{'s' if age != 1 else ''} since the last report"
    else:  # every report about it came out after the day (an event dated back): hindsight, say so
        age_text = f"first reported later, on {published[0].isoformat()}"
    if report is not None:
        label = " — ".join(x for x in (report.source, report.title) if x) or report.id
        url = _safe_url(report.url)
        source = (
            f"<a href='{_e(url)}' target='_blank' rel='noopener noreferrer'>{_e(label)}</a>" if url else _e(label)
        )
        source += f" ({report.published.isoformat()})"
    else:
        source = _e(claim.report_id)
    return [
        _e(s.place.name),
        _e(profile.label(s.controller)),
        _e(STATUS_LABELS[s.status]),
        s.since.isoformat(),
        claim.effective_date.isoformat() + ("" if claim.event_date else " (publication date)"),
        _e(claim.attribution or "—"),
        source,
        age_text,
        _match_html(claim, (matches or {}).get(claim.id)),
        _e(claim.evidence.text),
        " &rarr; ".join(_history_line(c, profile) for c in s.history),
    ]


def _popup_from_fields(f: list[str]) -> str:
    table = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in zip(POPUP_ROWS, f[1:9]))
    return (
        f"<div class='place-popup'><h4>{f[0]}</h4><table>{table}</table>"
        f"<blockquote class='evidence'>{f[9]}</blockquote><div class='history'><b>History:</b> {f[10]}</div></div>"
    )


# The same markup built in the browser, only when a popup opens: the fields travel, the template once.
_POPUP_JS = (
    "function (a) { var rows = " + json.dumps(list(POPUP_ROWS)) + ", t = '';"
    " for (var i = 0; i < rows.length; i++) { t += '<tr><th>' + rows[i] + '</th><td>' + a[i + 1] + '</td></tr>'; }"
    " return \"<div class='place-popup'><h4>\" + a[0] + '</h4><table>' + t + \"</table><blockquote class='evidence'>\""
    " + a[9] + \"</blockquote><div class='history'><b>History:</b> \" + a[10] + '</div></div>'; }"
).replace("</", "<\\/")  # the same strings, but never '</' inside a <script> element


def popup_html(
    s: PlaceState,
    *,
    profile: Theatre,
    day: date,
    reports: Mapping[str, Report] | None = None,
    matches: Mapping[str, Resolution] | None = None,
) -> str:
    """The popup: who, how sure, since when, who said it, the sentence, the source, the match, the history."""
    return _popup_from_fields(popup_fields(s, profile=profile, day=day, reports=reports, matches=matches))


def _finite(*xs: float) -> bool:
    return all(isinstance(x, (int, float)) and math.isfinite(x) for x in xs)


class _Raw(Element):
    """Text added to the page as is: a big script must not go through Jinja's compiler again."""

    def __init__(self, text: str):
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class LeanGeoJson(MacroElement):
    """One L.geoJson layer: features carry a style key, styles are sent once; tooltip/popup HTML is pre-escaped.

    folium.GeoJson re-parses its rendered script as a Jinja template (seconds for 5,000 places, and a
    report containing '{{' would be evaluated); this element emits plain JSON instead.
    """

    _template = Template(
        "{% macro script(this, kwargs) %}"
        "var {{ this.get_name() }} = L.geoJson({{ this.data_js }}, {"
        "pointToLayer: function (f, latlng) {"
        " return L.circleMarker(latlng, Object.assign({radius: {{ this.radius }}}, {{ this.styles_js }}[f.properties.s]));"
        " },"
        "style: function (f) { return {{ this.styles_js }}[f.properties.s]; },"
        "onEachFeature: function (f, layer) {"
        " if (f.properties.t) { layer.bindTooltip(f.properties.t); }"
        " if (f.properties.p) { layer.bindPopup(function () { return ({{ this.popup_js }})(f.properties.p); },"
        " {maxWidth: {{ this.popup_width }}}); }"
        " }"
        "}).addTo({{ this._parent.get_name() }});"
        "{% endmacro %}"
    )

    def __init__(self, features: list[dict[str, Any]] | None, styles: Mapping[str, dict[str, Any]], *,
                 radius: float = MARKER_RADIUS):
        super().__init__()
        self._name = "LeanGeoJson"
        self.data = {"type": "FeatureCollection", "features": features}
        self.styles = dict(styles)
        self.radius = radius
        self.popup_width = _POPUP_MAX_WIDTH
        self.popup_js = _POPUP_JS
        self.data_js = _json_for_script(self.data) if features is not None else ""
        # The style table is emitted twice (points and shapes): small, and keeps the template simple.
        self.styles_js = _json_for_script(self.styles)

    @classmethod
    def from_json(cls, data_js: str, styles: Mapping[str, dict[str, Any]]) -> LeanGeoJson:
        """A layer from GeoJSON already encoded by _json_for_script (the static outlines, encoded once)."""
        layer = cls(None, styles)
        layer.data, layer.data_js = None, data_js
        return layer

    def render(self, **kwargs) -> None:
        script = self._template.module.script(self, kwargs)
        self.get_root().script.add_child(_Raw(str(script)), name=self.get_name())


def _place_features(
    state: Mapping[str, PlaceState],
    *,
    profile: Theatre,
    day: date,
    reports: Mapping[str, Report] | None,
    matches: Mapping[str, Resolution] | None,
) -> list[dict[str, Any]]:
    features = []
    # Most certain last, so a confirmed dot is drawn over a claimed ring at the same spot.
    order = sorted(state.values(), key=lambda s: (-STATUS_STYLE[s.status]["weight"], s.place.name, s.place.id))
    for s in order:
        if not _finite(s.place.lat, s.place.lon):
            log.debug("place %s has no usable coordinates; not drawn", s.place.id)
            continue
        features.append({
            "type": "Feature",
            "id": s.place.id,
            "geometry": {"type": "Point", "coordinates": [s.place.lon, s.place.lat]},
            "properties": {
                "controller": s.controller,
                "status": s.status.value,
                "s": f"{s.controller}|{s.status.value}",
                "t": tooltip_html(s, profile),
                "p": popup_fields(s, profile=profile, day=day, reports=reports, matches=matches),
            },
        })
    return features


def places_layer(
    state: Mapping[str, PlaceState],
    *,
    profile: Theatre,
    day: date,
    reports: Mapping[str, Report] | None = None,
    matches: Mapping[str, Resolution] | None = None,
) -> folium.FeatureGroup:
    """Every place as one GeoJSON layer of circle markers (one element, however many places)."""
    group = folium.FeatureGroup(name="Places", control=True)
    features = _place_features(state, profile=profile, day=day, reports=reports, matches=matches)
    if not features:
        return group
    keys = {f["properties"]["s"] for f in features}
    styles = {k: marker_style(k.split("|")[0], Status(k.split("|")[1]), profile) for k in sorted(keys)}
    LeanGeoJson(features, styles).add_to(group)
    return group


def province_style(controller: str, status: Status, profile: Theatre) -> dict[str, Any]:
    """A province's tint: the capital's controller colour, stronger the better sourced."""
    colour = profile.colour(controller)
    return {"color": colour, "weight": 1.0, "fillColor": colour, "fill": True, "fillOpacity": PROVINCE_ALPHA[status],
            "className": f"province-shade controller-{_css_token(controller)} status-{status.value}"}


def provinces_layer(state: Mapping[str, PlaceState], *, profile: Theatre) -> folium.FeatureGroup:
    """Provinces shaded by their capital's controller (tint) and status (strength): a switchable layer."""
    group = folium.FeatureGroup(name="Provinces", control=True)
    shades = basemap.province_states(state)
    features = []
    for f in basemap.provinces_geojson()["features"]:
        iso = f["properties"].get("iso_3166_2")
        s = shades.get(iso)
        if s is None:
            continue
        via = "" if s.place.kind == "province" else f" (capital {_e(s.place.name)})"
        features.append({
            "type": "Feature",
            "id": iso,
            "geometry": f["geometry"],
            "properties": {
                "controller": s.controller,
                "status": s.status.value,
                "s": f"{s.controller}|{s.status.value}",
                "t": f"<b>{_e(f['properties']['name'])}</b> province{via}<br>"
                     f"{_e(profile.label(s.controller))} · {_e(s.status.value)}",
            },
        })
    if not features:
        return group
    keys = sorted({f["properties"]["s"] for f in features})
    styles = {k: province_style(k.split("|")[0], Status(k.split("|")[1]), profile) for k in keys}
    LeanGeoJson(features, styles).add_to(group)
    return group


def _swatch(style: dict[str, Any], colour: str) -> str:
    dash = f" stroke-dasharray='{style['dashArray']}'" if style.get("dashArray") else ""
    return (
        "<svg width='20' height='20' aria-hidden='true'><circle cx='10' cy='10' r='6.5' "
        f"stroke='{colour}' stroke-width='{style['weight']}' fill='{colour}' fill-opacity='{style['fillOpacity']}'"
        f"{dash}/></svg>"
    )


def legend_html(profile: Theatre, *, controllers: Iterable[str] | None = None) -> str:
    """The legend: colour = controller, fill = status (both cues, DESIGN.md)."""
    ids = list(controllers) if controllers is not None else list(profile.controllers)
    rows_c = "".join(
        f"<div class='legend-row legend-controller-{_css_token(c)}'>"
        f"{_swatch(STATUS_STYLE[Status.CONFIRMED], profile.colour(c))}<span>{_e(profile.label(c))}</span></div>"
        for c in ids
    )
    rows_s = "".join(
        f"<div class='legend-row legend-status-{st.value}'>{_swatch(STATUS_STYLE[st], '#444444')}"
        f"<span>{STATUS_LABELS[st]}{note}</span></div>"
        for st, note in ((Status.CONFIRMED, " (solid)"), (Status.CLAIMED, " (hollow, dashed)"),
                         (Status.DISPUTED, " (half fill, thick ring)"))
    )
    return (
        "<style>.leaflet-container{background:#dbe5ec}"
        ".map-legend{position:absolute;z-index:1000;bottom:26px;right:10px;background:rgba(255,255,255,.92);"
        "padding:6px 9px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);"
        "font:12px/1.3 'Helvetica Neue',Arial,sans-serif;color:#222}"
        ".map-legend h5{margin:2px 0 3px;font-size:12px}.map-legend .legend-row{display:flex;align-items:center;gap:4px}"
        ".place-popup table{border-collapse:collapse;font-size:12px}.place-popup th{text-align:left;"
        "padding:1px 6px 1px 0;vertical-align:top;color:#555;font-weight:600}.place-popup h4{margin:0 0 4px}"
        ".place-popup blockquote{margin:6px 0;padding-left:6px;border-left:3px solid #999;font-style:italic;"
        "font-size:12px;line-height:1.35}.place-popup h4{font-size:15px;font-weight:700}"
        "path.leaflet-interactive:focus{outline:none}"
        ".place-popup .history{font-size:11px}</style>"
        "<div class='map-legend' role='region' aria-label='Legend'>"
        f"<h5>Controller (colour)</h5>{rows_c}<h5>Status (fill)</h5>{rows_s}</div>"
    )


def _local_assets(m: folium.Map) -> folium.Map:
    # Only Leaflet, from the app itself: folium's CDN jQuery/bootstrap/font-awesome/awesome-markers are unused
    # here (popups and tooltips are bound by LeanGeoJson, not folium.Popup, the one user of jQuery), and
    # streamlit-folium loads the scripts one after another and stops at the first that fails (blank map offline).
    m.default_js = [("leaflet", vendor.LEAFLET_JS)]
    m.default_css = [("leaflet_css", vendor.LEAFLET_CSS)]
    return m


def base_map(profile: Theatre, *, basemap_name: str = "outlines") -> folium.Map:
    """The map that never changes with the day: local assets, country and province outlines, tiles, legend."""
    if basemap_name not in BASEMAPS:
        raise ValueError(f"basemap {basemap_name!r}: choose one of {', '.join(BASEMAPS)}")
    osm = basemap_name == "osm"
    m = _local_assets(folium.Map(location=list(profile.centre), zoom_start=profile.zoom, tiles=None,
                                 control_scale=True, min_zoom=3))
    if osm:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap", control=False).add_to(m)

    region_styles = {
        role: {"color": line, "weight": 1.2, "fill": True, "fillColor": fill,
               # Over web tiles the outlines stay but the fill goes, so the tiles show through.
               "fillOpacity": 0.0 if osm else 1.0, "className": f"basemap-country basemap-{role}",
               "interactive": False}
        for role, (fill, line) in _REGION_STYLE.items()
    }
    outline = {"color": "#8c8c88", "weight": 0.8, "fill": False, "className": "basemap-province",
               "interactive": False}
    LeanGeoJson.from_json(basemap.outlines_json("region"), region_styles).add_to(m)
    LeanGeoJson.from_json(basemap.outlines_json("provinces"), {"province": outline}).add_to(m)
    m.get_root().html.add_child(folium.Element(legend_html(profile)))
    return m


def build_map(
    state: Mapping[str, PlaceState],
    *,
    profile: Theatre,
    day: date,
    reports: Mapping[str, Report] | None = None,
    matches: Mapping[str, Resolution] | None = None,
    provinces: bool = True,
    basemap_name: str = "outlines",
) -> folium.Map:
    """The whole map in one folium.Map (HTML export, the plain re-render path): base plus both layers."""
    m = base_map(profile, basemap_name=basemap_name)
    if provinces:
        provinces_layer(state, profile=profile).add_to(m)
    places_layer(state, profile=profile, day=day, reports=reports, matches=matches).add_to(m)
    return m


def asset_urls(m: folium.Map) -> list[str]:
    """Every JS/CSS URL the map asks the browser for, as st_folium collects them plus any in the page head."""
    urls: list[str] = []

    def walk(el):
        urls.extend(u for _, u in getattr(el, "default_js", []))
        urls.extend(u for _, u in getattr(el, "default_css", []))
        for child in getattr(el, "_children", {}).values():
            walk(child)

    walk(m)
    page = m.get_root().render()
    urls.extend(re.findall(r"<script[^>]*\bsrc=[\"']([^\"']+)", page, flags=re.I))
    urls.extend(re.findall(r"<link[^>]*\bhref=[\"']([^\"']+)", page, flags=re.I))
    return list(dict.fromkeys(urls))
