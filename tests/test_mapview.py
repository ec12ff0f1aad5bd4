"""The folium map: local assets only, one GeoJSON layer of classed markers, escaped popups, provinces, legend."""
from __future__ import annotations

import json
import re
from datetime import date

import folium
import pytest

from geo import basemap, mapview, vendor
from geo.models import Claim, DatePrecision, Place, Precision, Report, Resolution, Span, Status
from geo.timeline import control_as_of

C, CL, D = Status.CONFIRMED, Status.CLAIMED, Status.DISPUTED
KANDAHAR = Place("1138336", "Kandahar", 31.61332, 65.71013, "city", "Kandahar", "AF", Precision.CITY,
                 geonameid="1138336")
KANDAHAR_PROVINCE = Place("province-af-kan", "Kandahar", 31.0, 65.8, "province", "Kandahar", "AF",
                          Precision.PROVINCE)
AIRPORT = Place("airport-oakn", "Kandahar Airport", 31.5058, 65.8478, "airport", "Kandahar", "AF", Precision.POINT)
HERAT = Place("1140026", "Herat", 34.34817, 62.19967, "city", "Herat", "AF", Precision.CITY, geonameid="1140026")
LOGAR = Place("province-af-log", "Logar", 34.0, 69.2, "province", "Logar", "AF", Precision.PROVINCE)
# The seed's own sentence (seeds/000_3ef2a4258dc6015b.txt).
KANDAHAR_SENTENCE = ("The Taliban captured Kandahar, Afghanistan's second-biggest city, late last night, "
                     "a government official said on Friday.")
HOSTILE = "<script>alert('x')</script> & <img src=x onerror=alert(1)>"


def claim(place: Place, controller: str, status: Status, day: date, *, report: str = "r1", start: int = 0,
          text: str = KANDAHAR_SENTENCE, attribution: str = "government official",
          written: str | None = None) -> Claim:
    return Claim(
        id=Claim.make_id(report, place.id, start), report_id=report, place_id=place.id,
        name_as_written=written or place.name, controller=controller, status=status, event_date=day,
        date_precision=DatePrecision.DAY, attribution=attribution, evidence=Span(text, start, start + len(text)),
        published=day, place=place,
    )


REPORT = Report("r1", date(2021, 8, 13), "Taliban seize Kandahar", "Reuters", "https://example.org/kandahar",
                KANDAHAR_SENTENCE)


@pytest.fixture()
def state():
    claims = [
        claim(KANDAHAR, "taliban", CL, date(2021, 8, 13), attribution="Taliban"),
        claim(KANDAHAR, "taliban", C, date(2021, 8, 14), start=50, attribution="officials"),
        claim(AIRPORT, "government", C, date(2021, 8, 13), start=100),
        claim(HERAT, "taliban", CL, date(2021, 8, 13), start=200, attribution="Taliban"),
        claim(LOGAR, "contested", D, date(2021, 8, 14), start=300),
    ]
    return control_as_of(claims, date(2021, 8, 14))


def places_geojson(m: folium.Map) -> dict:
    """The FeatureCollection of the Places layer inside a map."""
    for child in m._children.values():
        if isinstance(child, folium.FeatureGroup) and child.layer_name == "Places":
            for el in child._children.values():
                if isinstance(el, mapview.LeanGeoJson):
                    return el.data
    raise AssertionError("no Places layer")


def test_every_asset_the_map_asks_for_is_served_by_the_app(state, profile):
    m = mapview.build_map(state, profile=profile, day=date(2021, 8, 14), reports={"r1": REPORT})
    urls = mapview.asset_urls(m)
    assert vendor.LEAFLET_JS in urls and vendor.LEAFLET_CSS in urls
    for url in urls:
        assert url.startswith("/app/static/vendor/"), url
        assert not url.startswith("//") and "://" not in url, url
    page = m.get_root().render()
    assert not re.search(r"<(script|link|img)\b[^>]*\b(src|href)=[\"'](https?:)?//", page), "a CDN asset slipped in"


def test_osm_basemap_adds_tiles_but_no_remote_script(state, profile):
    m = mapview.build_map(state, profile=profile, day=date(2021, 8, 14), basemap_name="osm")
    page = m.get_root().render()
    assert "tile.openstreetmap.org" in page
    assert all(u.startswith("/app/static/vendor/") for u in mapview.asset_urls(m))
    outlines = mapview.build_map(state, profile=profile, day=date(2021, 8, 14)).get_root().render()
    assert "openstreetmap" not in outlines.lower()


def test_unknown_basemap_is_a_clear_error(profile):
    with pytest.raises(ValueError, match="outlines, osm"):
        mapview.base_map(profile, basemap_name="satellite")


def test_outlines_are_always_drawn(state, profile):
    page = mapview.build_map(state, profile=profile, day=date(2021, 8, 14), basemap_name="osm").get_root().render()
    assert "basemap-country" in page and "basemap-province" in page
    assert '"Badakhshan"' in page  # a province outline from data/


def test_places_are_one_geojson_layer_not_one_element_per_marker(state, profile):
    m = mapview.build_map(state, profile=profile, day=date(2021, 8, 14), provinces=False)
    page = m.get_root().render()
    # Two outline layers and one places layer, however many places there are.
    assert page.count("L.geoJson(") == 3 and "new L.CircleMarker" not in page
    group = next(el for el in m._children.values() if getattr(el, "layer_name", "") == "Places")
    assert [type(el) for el in group._children.values() if not type(el).__name__.startswith("ElementAdd")] == [
        mapview.LeanGeoJson]
    assert not any(isinstance(el, folium.CircleMarker) for el in m._children.values())
    features = places_geojson(m)["features"]
    assert sorted(f["id"] for f in features) == sorted(state)


def test_marker_classes_carry_controller_and_status(state, profile):
    page = mapview.build_map(state, profile=profile, day=date(2021, 8, 14)).get_root().render()
    assert "place-marker controller-taliban status-confirmed" in page  # Kandahar: claimed, then confirmed
    assert "place-marker controller-government status-confirmed" in page  # the airport
    assert "place-marker controller-taliban status-claimed" in page  # Herat
    assert "place-marker controller-contested status-disputed" in page  # Logar


def test_class_tokens_are_sanitised():
    assert mapview.marker_class("bad id\"><x", "confirmed") == "place-marker controller-bad-id-x status-confirmed"


def test_fill_encodes_status_and_colour_encodes_controller(profile):
    solid = mapview.marker_style("taliban", C, profile)
    hollow = mapview.marker_style("taliban", CL, profile)
    half = mapview.marker_style("government", D, profile)
    assert solid["color"] == solid["fillColor"] == profile.colour("taliban")
    assert solid["fill"] is hollow["fill"] is half["fill"] is True  # folium's CircleMarker turns it off
    assert half["color"] == profile.colour("government") != solid["color"]
    assert solid["fillOpacity"] > half["fillOpacity"] > hollow["fillOpacity"] == 0
    assert "dashArray" in hollow and "dashArray" not in solid
    assert half["weight"] > solid["weight"]


def test_tooltip_names_place_controller_and_status(state, profile):
    tip = mapview.tooltip_html(state["1138336"], profile)
    assert "Kandahar" in tip and "Taliban" in tip and "confirmed" in tip


def test_popup_has_everything_and_the_history(state, profile):
    match = Resolution("Kandahar", KANDAHAR, "Kandahār", 0.95, (KANDAHAR, KANDAHAR_PROVINCE))
    s = state["1138336"]
    html = mapview.popup_html(s, profile=profile, day=date(2021, 8, 16), reports={"r1": REPORT},
                              matches={s.claim.id: match})
    for needle in ("Kandahar", "Taliban", "Confirmed", "2021-08-14", "officials", "second-biggest city",
                   "href='https://example.org/kandahar'", "Reuters", "2 days since the last report",
                   "Kandahār", "GeoNames 1138336", "other candidates: Kandahar (province, Kandahar)"):
        assert needle in html, needle
    history = html.split("History:")[1]
    assert re.search(r"claimed on 13 Aug by Taliban.*&rarr;.*confirmed on 14 Aug by officials", history)


def test_report_text_is_escaped_everywhere(profile):
    evil_place = Place("1140026", HOSTILE, 34.3, 62.2, "city", "Herat", "AF", Precision.CITY)
    c = claim(evil_place, "taliban", C, date(2021, 8, 13), text=HOSTILE, attribution=HOSTILE, written=HOSTILE)
    report = Report("r1", date(2021, 8, 13), HOSTILE, HOSTILE, "javascript:alert(1)", HOSTILE)
    state = control_as_of([c], date(2021, 8, 13))
    m = mapview.build_map(state, profile=profile, day=date(2021, 8, 13), reports={"r1": report})
    props = places_geojson(m)["features"][0]["properties"]
    popup = "".join(props["p"])  # the popup's fields, each already HTML
    for text in (props["t"], popup):
        assert "<script" not in text and "<img" not in text, text
        assert "&lt;script&gt;" in text
    assert "javascript:" not in popup  # a non-http url is never a link
    assert "<a " not in popup
    page = m.get_root().render()
    assert "<script>alert" not in page


def test_popup_fields_travel_and_the_template_is_sent_once(state, profile):
    m = mapview.build_map(state, profile=profile, day=date(2021, 8, 14), reports={"r1": REPORT}, provinces=False)
    features = places_geojson(m)["features"]
    s = state["1138336"]
    fields = next(f["properties"]["p"] for f in features if f["id"] == "1138336")
    assert mapview.popup_html(s, profile=profile, day=date(2021, 8, 14), reports={"r1": REPORT}) == \
        mapview._popup_from_fields(fields)
    page = m.get_root().render()
    assert "<th>Controller" not in page  # no per-place table markup
    assert page.count('"Effective date"') == page.count("L.geoJson(")  # the row labels once per layer


def test_days_since_the_last_report_never_goes_negative(profile):
    # Reported on the 14th about the 13th: as of the 13th the news is still to come.
    c = claim(KANDAHAR, "taliban", C, date(2021, 8, 13))
    late = Claim(c.id, c.report_id, c.place_id, c.name_as_written, c.controller, c.status, date(2021, 8, 13),
                 c.date_precision, c.attribution, c.evidence, date(2021, 8, 14), place=KANDAHAR)
    state = control_as_of([late], date(2021, 8, 13))
    html = mapview.popup_html(state["1138336"], profile=profile, day=date(2021, 8, 13))
    assert "first reported later, on 2021-08-14" in html and "-1 day" not in html
    html = mapview.popup_html(state["1138336"], profile=profile, day=date(2021, 8, 17))
    assert "3 days since the last report" in html


def test_popup_without_report_or_match_still_reads(state, profile):
    html = mapview.popup_html(state["1140026"], profile=profile, day=date(2021, 8, 13))
    assert "reported that day" in html and "GeoNames 1140026" in html and "r1" in html


def test_provinces_are_shaded_by_their_capital_else_the_province_claim(state, profile):
    shades = basemap.province_states(state)
    assert shades["AF-KAN"].place.id == "1138336"  # Kandahar city is the capital
    assert shades["AF-HER"].status is CL
    assert shades["AF-LOG"].controller == "contested"  # no capital claim: the province's own
    layer = mapview.provinces_layer(state, profile=profile)
    gj = next(el for el in layer._children.values() if isinstance(el, mapview.LeanGeoJson))
    assert {f["id"] for f in gj.data["features"]} == {"AF-KAN", "AF-HER", "AF-LOG"}


def test_provinces_layer_can_be_left_out(state, profile):
    on = mapview.build_map(state, profile=profile, day=date(2021, 8, 14)).get_root().render()
    off = mapview.build_map(state, profile=profile, day=date(2021, 8, 14), provinces=False).get_root().render()
    assert "province-shade" in on and "province-shade" not in off


def test_empty_state_draws_the_basemap_and_legend(profile):
    page = mapview.build_map({}, profile=profile, day=date(2021, 8, 14)).get_root().render()
    assert "map-legend" in page and "basemap-country" in page and "place-marker" not in page


def test_legend_explains_colour_and_fill(profile):
    legend = mapview.legend_html(profile)
    for actor in profile.actors:
        assert actor.label in legend and actor.colour in legend
    assert "Contested" in legend
    assert "Confirmed" in legend and "Claimed" in legend and "Disputed" in legend
    assert "stroke-dasharray" in legend  # the claimed swatch is drawn the way the marker is


def test_places_without_coordinates_are_skipped(profile):
    nowhere = Place("x1", "Nowhere", float("nan"), 65.0, "city", "", "AF", Precision.CITY)
    state = control_as_of([claim(nowhere, "taliban", C, date(2021, 8, 13))], date(2021, 8, 13))
    layer = mapview.places_layer(state, profile=profile, day=date(2021, 8, 13))
    assert not layer._children


def test_outlines_are_rounded_the_same_by_geometry_type():
    for doc in (basemap.region_geojson(), basemap.provinces_geojson()):
        for f in doc["features"]:
            assert basemap.round_geometry(f["geometry"], 3) == basemap.round_coords(f["geometry"]["coordinates"], 3)
    line = {"type": "LineString", "coordinates": [[61.23456, 34.34567, 812.5678]]}
    assert basemap.round_geometry(line, 2) == [[61.23, 34.35, 812.57]]


def test_every_region_role_has_a_style():
    assert set(mapview._REGION_STYLE) == set(basemap.REGION_ROLES)


def test_map_scripts_need_no_jquery(state, profile):
    # jQuery is not shipped (streamlit-folium loads each script in turn: one less on every first page), so
    # nothing in the map may use it (folium.Popup and objects_to_stay_in_front would).
    m = mapview.build_map(state, profile=profile, day=date(2021, 8, 14), reports={"r1": REPORT})
    page = m.get_root().render()
    assert not re.search(r"jquery|(?<![\w.])\$[(.]", page, flags=re.I), "the map uses jQuery"


def test_vendor_install_copies_leaflet(tmp_path):
    written = vendor.install(tmp_path)
    for url in (vendor.LEAFLET_JS, vendor.LEAFLET_CSS):
        path = vendor.local_path(url, tmp_path)
        assert path is not None and path.is_file() and path.stat().st_size > 10_000, url
    assert (tmp_path / "leaflet" / "images" / "layers.png").is_file()
    assert "L.version" in (tmp_path / "leaflet" / "leaflet.js").read_text() or written
    assert vendor.install(tmp_path) == []  # idempotent
    assert vendor.local_path("https://cdn.example/leaflet.js", tmp_path) is None


def test_places_geojson_is_valid_json_points(state, profile):
    m = mapview.build_map(state, profile=profile, day=date(2021, 8, 14))
    data = json.loads(json.dumps(places_geojson(m)))
    for f in data["features"]:
        lon, lat = f["geometry"]["coordinates"]
        assert 60 < lon < 75 and 29 < lat < 39


def test_report_text_is_never_read_as_a_template(profile):
    """Braces in a report must reach the browser as text, not be evaluated by folium's Jinja."""
    c = claim(HERAT, "taliban", C, date(2021, 8, 13), text="They said {{ 7*7 }} and {% if 1 %}x{% endif %}.",
              attribution="{{ config }}")
    state = control_as_of([c], date(2021, 8, 13))
    page = mapview.build_map(state, profile=profile, day=date(2021, 8, 13)).get_root().render()
    assert "49" not in page.split("They said")[1][:40]
    assert "&#123;&#123; 7*7 &#125;&#125;" in page


def test_script_json_cannot_close_the_script_element(profile):
    c = claim(HERAT, "taliban", C, date(2021, 8, 13), text="</script><script>alert(1)</script>\u2028")
    state = control_as_of([c], date(2021, 8, 13))
    page = mapview.build_map(state, profile=profile, day=date(2021, 8, 13)).get_root().render()
    script = page.split("L.geoJson(", 1)[1]
    assert "</script><script>alert" not in page
    assert "</" not in script.split("}).addTo(", 1)[0]


def test_history_line_reads_for_a_denial(profile):
    from datetime import date

    from geo.mapview import _history_line
    from geo.models import Claim, DatePrecision, Span, Status

    claim = Claim("c", "r", "p", "Farah", "taliban", Status.DISPUTED, None, DatePrecision.UNKNOWN,
                  "denied by the governor <b>", Span("x", 0, 1), date(2021, 8, 10))
    line = _history_line(claim, profile)
    assert line == "Taliban: disputed on 10 Aug, denied by the governor &lt;b&gt;"
