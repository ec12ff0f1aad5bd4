"""The map on the original seed: its nine places, their colours, the Status filter, popups and downloads."""
from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter

import pytest
import yaml
from PIL import Image

from .conftest import ROOT, nearest

pytestmark = pytest.mark.e2e

# Where the seed's places stand (data/afghanistan_places.csv) and what the seed says of them (seeds/README.md).
SEED_PLACES = {
    "Kandahar": ((31.61332, 65.71013), "taliban", "confirmed"),
    "Kandahar airport": ((31.5058, 65.8478), "government", "confirmed"),
    "Herat": ((34.34817, 62.19967), "taliban", "claimed"),
    "Lashkar Gah": ((31.59382, 64.37161), "taliban", "claimed"),
    "Qala-e-Naw": ((34.98735, 63.12891), "taliban", "claimed"),
    "Ghazni": ((33.55391, 68.42096), "taliban", "confirmed"),
    "Mazar-i-Sharif": ((36.70904, 67.11087), "government", "confirmed"),
    "Jalalabad": ((34.42647, 70.45153), "government", "confirmed"),
    "Kabul": ((34.52813, 69.17233), "government", "confirmed"),
}
CLAIMED_ONLY = {"Herat", "Lashkar Gah", "Qala-e-Naw"}
GHAZNI_EVIDENCE = ("On Thursday, the Taliban also seized the historic central city of Ghazni, "
                   "150 km (90 miles) southwest of Kabul.")


def _counts(places) -> dict:
    return Counter((SEED_PLACES[p][1], SEED_PLACES[p][2]) for p in places)


def _rgb(hex_colour: str) -> str:
    r, g, b = (int(hex_colour.lstrip("#")[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgb({r}, {g}, {b})"


def _profile_colour(actor: str) -> str:
    profile = yaml.safe_load((ROOT / "data" / "theatres" / "afghanistan.yaml").read_text(encoding="utf-8"))
    return _rgb(profile["actors"][actor]["colour"])


def _assert_places(markers: list[dict], names) -> None:
    """Each named place has one marker at its coordinates, with its controller and status; no other marker."""
    wrong = []
    for name in names:
        (lat, lon), controller, status = SEED_PLACES[name]
        m = nearest(markers, lat, lon)
        if m is None:
            wrong.append(f"{name}: no marker at ({lat}, {lon})")
        elif (m["controller"], m["status"]) != (controller, status):
            wrong.append(f"{name}: {m['controller']}/{m['status']}, expected {controller}/{status}")
    assert not wrong, wrong
    assert len(markers) == len(list(names))


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_seed_shows_its_nine_places_coloured_by_controller(open_app, seed_app):
    app = open_app(seed_app)
    markers = app.wait_counts(_counts(SEED_PLACES))
    _assert_places(markers, SEED_PLACES)

    taliban = next(m for m in markers if m["controller"] == "taliban" and m["status"] == "confirmed")
    government = next(m for m in markers if m["controller"] == "government")
    assert taliban["stroke"] == _profile_colour("taliban"), taliban
    assert government["stroke"] == _profile_colour("government"), government
    # A confirmed place is solid: its fill is the controller's colour too.
    assert taliban["fill"] == _profile_colour("taliban"), taliban
    assert government["fill"] == _profile_colour("government"), government
    assert taliban["stroke"] != government["stroke"]


def test_status_widget_filters_confirmed_and_claimed(open_app, seed_app):
    app = open_app(seed_app)
    app.wait_counts(_counts(SEED_PLACES))
    assert app.selected_statuses() == ["Claimed", "Confirmed", "Disputed"]

    app.choose_statuses(["Confirmed"])
    confirmed = [p for p in SEED_PLACES if p not in CLAIMED_ONLY]
    markers = app.wait_counts(_counts(confirmed))
    _assert_places(markers, confirmed)
    assert len(markers) == 6

    app.choose_statuses(["Claimed"])
    markers = app.wait_counts(_counts(CLAIMED_ONLY))
    _assert_places(markers, CLAIMED_ONLY)


def test_status_deep_link_opens_claimed_only(open_app, seed_app):
    app = open_app(seed_app, "?status=claimed")
    assert app.selected_statuses() == ["Claimed"]
    _assert_places(app.wait_counts(_counts(CLAIMED_ONLY)), CLAIMED_ONLY)


def test_marker_popup_shows_evidence_and_source(open_app, seed_app):
    app = open_app(seed_app)
    markers = app.wait_counts(_counts(SEED_PLACES))
    ghazni = nearest(markers, *SEED_PLACES["Ghazni"][0])
    assert ghazni is not None
    popup = _norm(app.click_marker(ghazni))
    assert GHAZNI_EVIDENCE in popup, popup
    assert "Reuters" in popup, popup
    assert "Ghazni" in popup and "confirmed" in popup.lower(), popup


def _not_blank(img: Image.Image) -> None:
    rgb = img.convert("RGB")
    colours = rgb.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 8, f"only {len(colours)} colours: the PNG looks blank"
    most = max(count for count, _ in colours)
    assert most < 0.98 * rgb.width * rgb.height, "one colour covers 98% of the PNG: it looks blank"


def test_downloads_png_geojson_csv(open_app, seed_app):
    app = open_app(seed_app)
    markers = app.wait_counts(_counts(SEED_PLACES))
    shown = Counter((m["controller"], m["status"]) for m in markers)

    png = app.download("Download PNG").path().read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n", png[:16]
    img = Image.open(io.BytesIO(png))
    img.load()
    assert img.format == "PNG" and img.width >= 1000, (img.format, img.size)
    _not_blank(img)

    # The exports hold the view on screen: one feature / row per marker, same controller and status.
    geojson = json.loads(app.download("Download GeoJSON").path().read_text(encoding="utf-8"))
    assert geojson["type"] == "FeatureCollection"
    assert len(geojson["features"]) == len(markers), len(geojson["features"])
    for feature in geojson["features"]:
        assert feature["type"] == "Feature" and feature["geometry"]["type"] == "Point", feature
        lon, lat = feature["geometry"]["coordinates"][:2]  # RFC 7946: lon, lat
        m = nearest(markers, lat, lon)
        assert m is not None, f"no marker at the feature's ({lat}, {lon}): {feature['properties']}"
        props = feature["properties"]
        assert (props["controller"], props["status"]) == (m["controller"], m["status"]), (props, m)

    text = app.download("Download CSV").path().read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert Counter((r["controller"], r["status"]) for r in rows) == shown, text[:500]
    assert GHAZNI_EVIDENCE in {_norm(r["evidence"]) for r in rows}
