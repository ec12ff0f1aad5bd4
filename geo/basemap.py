"""Loaders for the offline boundaries in data/: provinces and the region's country outlines (read once)."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import PlaceState

__all__ = ["DATA", "PROVINCES", "REGION", "provinces_geojson", "region_geojson", "provinces", "region",
           "capital_province", "province_states"]

DATA = Path(__file__).resolve().parent.parent / "data"
PROVINCES = DATA / "afghanistan_provinces.geojson"
REGION = DATA / "afghanistan_region_admin0.geojson"


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
