"""Loaders for the offline boundaries in data/: provinces and the region's country outlines (read once)."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import PlaceState

__all__ = ["DATA", "PROVINCES", "REGION", "REGION_ROLES", "provinces_geojson", "region_geojson", "provinces", "region",
           "capital_province", "province_states", "outlines_json", "prime_outlines", "json_for_script"]

DATA = Path(__file__).resolve().parent.parent / "data"
PROVINCES = DATA / "afghanistan_provinces.geojson"
REGION = DATA / "afghanistan_region_admin0.geojson"
REGION_ROLES = ("afghanistan", "neighbour", "context")  # each drawn in its own style; any other role is context
OUTLINE_DIGITS = 3  # ~100 m: finer than a pixel at any zoom the map opens at, and half the bytes
_NESTING = {"LineString": 0, "MultiPoint": 0, "Polygon": 1, "MultiLineString": 1, "MultiPolygon": 2}
_outlines: dict[str, str] = {}  # "region" / "provinces" -> script-ready GeoJSON text


@cache
def provinces_geojson(path: Path = PROVINCES) -> dict[str, Any]:
    """The provinces as a GeoJSON dict (EPSG:4326); properties: name, iso_3166_2, geonames_admin1, capital…"""
    return json.loads(Path(path).read_text(encoding="utf-8"))


@cache
def region_geojson(path: Path = REGION) -> dict[str, Any]:
    """Afghanistan, its neighbours and context countries as a GeoJSON dict; property `role`."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


@cache
def provinces(path: Path = PROVINCES):
    """The provinces as a GeoDataFrame (geopandas is imported only when asked for)."""
    import geopandas as gpd

    return gpd.read_file(path)


@cache
def region(path: Path = REGION):
    """The region's countries as a GeoDataFrame."""
    import geopandas as gpd

    return gpd.read_file(path)


@cache
def capital_province(path: Path = PROVINCES) -> dict[str, str]:
    """GeoNames id of each provincial capital -> its province's ISO 3166-2 code."""
    return {
        str(f["properties"]["capital_geonameid"]): f["properties"]["iso_3166_2"]
        for f in provinces_geojson(path)["features"]
        if f["properties"].get("capital_geonameid")
    }


def province_states(state: Mapping[str, PlaceState]) -> dict[str, PlaceState]:
    """ISO 3166-2 code -> the state that shades the province: its capital's, else a claim about the province."""
    capitals = capital_province()
    shades: dict[str, PlaceState] = {}
    for s in state.values():
        if s.place.kind == "province" and s.place.id.startswith("province-"):
            shades.setdefault(s.place.id.removeprefix("province-").upper(), s)
    for s in state.values():
        iso = capitals.get(s.place.geonameid or s.place.id)
        if iso:
            shades[iso] = s  # the capital wins over a province-wide claim
    return shades


def json_for_script(value: Any) -> str:
    """JSON that is safe inside a <script> element (no '</', no '<!--', no JS-breaking line separators)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("</", "<\\/").replace("<!--", "\\u003c!--")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def round_coords(coords: Any, digits: int) -> Any:
    """Coordinates of any nesting rounded (the generic walk)."""
    if isinstance(coords, (int, float)):
        return round(coords, digits)
    return [round_coords(c, digits) for c in coords]


def round_geometry(geometry: Mapping[str, Any], digits: int) -> Any:
    """A geometry's coordinates rounded, walked by its type: the generic walk took ~0.1 s of the first page."""
    depth = _NESTING.get(geometry["type"])
    if depth is None:  # a Point or anything unusual
        return round_coords(geometry["coordinates"], digits)

    def walk(c: Any, d: int) -> Any:
        if d == 0:  # a list of positions
            return [[round(x, digits), round(y, digits), *(round(v, digits) for v in rest)] for x, y, *rest in c]
        return [walk(x, d - 1) for x in c]

    return walk(geometry["coordinates"], depth)


def _encode_outlines(which: str) -> str:
    if which == "region":
        doc = region_geojson()
        key = lambda p: p.get("role") if p.get("role") in REGION_ROLES else "context"  # noqa: E731
    elif which == "provinces":
        doc, key = provinces_geojson(), lambda p: "province"
    else:
        raise ValueError(f"outlines {which!r}: choose region or provinces")
    features = [
        {"type": "Feature", "geometry": {"type": f["geometry"]["type"],
                                         "coordinates": round_geometry(f["geometry"], OUTLINE_DIGITS)},
         "properties": {"name": f["properties"].get("name", ""), "s": key(f["properties"])}}
        for f in doc["features"] if f.get("geometry")
    ]
    return json_for_script({"type": "FeatureCollection", "features": features})


def outlines_json(which: str) -> str:
    """The region's countries ("region") or the provinces ("provinces") as script-ready GeoJSON, rounded to
    ~100 m; property `s` is the style key (a region role, or "province"). Encoded once per process."""
    text = _outlines.get(which)
    if text is None:
        text = _outlines[which] = _encode_outlines(which)
    return text


def prime_outlines(encoded: Mapping[str, str]) -> None:
    """Outlines another process encoded from the same files (geo.prefetch), so this one need not."""
    for which in ("region", "provinces"):
        if isinstance(encoded.get(which), str):
            _outlines.setdefault(which, encoded[which])
