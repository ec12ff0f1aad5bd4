"""The geocoding chain: offline by default; online through an injected geocoder, cached, never crashing."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from geopy.exc import GeocoderRateLimited, GeocoderServiceError, GeocoderTimedOut, GeocoderUnavailable
from geopy.location import Location

from geo.gazetteer import Gazetteer
from geo.geocode import (ONLINE_ENV, GeocodeCache, GeocodeChain, OnlineGeocoder, make_nominatim, online_enabled,
                         place_from_osm)
from geo.models import Precision

KALDAR_VILLAGE = {  # shaped like a Nominatim `format=json&addressdetails=1` answer
    "place_id": 1, "osm_type": "node", "osm_id": 4242, "lat": "37.18", "lon": "67.38", "class": "place",
    "type": "village", "addresstype": "village", "name": "Kaldar", "display_name": "Kaldar, Balkh, Afghanistan",
    "address": {"village": "Kaldar", "state": "Balkh Province", "country_code": "af"},
}
AIRFIELD = {"osm_type": "way", "osm_id": 77, "lat": "34.9", "lon": "69.2", "class": "aeroway", "type": "aerodrome",
            "name": "Some Airfield", "address": {"state": "Parwan", "country_code": "af"}}


class FakeGeocoder:
    """Stands in for Nominatim: answers from a dict, or raises the error it was given; counts calls."""

    def __init__(self, answers=None, error: Exception | None = None):
        self.answers = answers or {}
        self.error = error
        self.calls: list[tuple[str, dict]] = []

    def geocode(self, query, **kwargs):
        self.calls.append((query, kwargs))
        if self.error is not None:
            raise self.error
        raw = self.answers.get(query)
        return None if raw is None else Location(raw.get("display_name", ""), (float(raw["lat"]), float(raw["lon"])),
                                                 raw)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_csv()


def _online(fake, tmp_path) -> OnlineGeocoder:
    return OnlineGeocoder(fake, cache=tmp_path / "cache" / "geocode.sqlite", min_delay_seconds=0)


def test_online_is_off_by_default(gaz, tmp_path):
    fake = FakeGeocoder({"Kaldar": KALDAR_VILLAGE})
    chain = GeocodeChain.from_settings(gaz, env={}, geocoder=fake, cache=tmp_path / "c.sqlite")
    assert chain.online is None
    assert chain.resolve("Kaldar") is None
    assert fake.calls == []


@pytest.mark.parametrize("env,flag,expected", [({}, False, False), ({ONLINE_ENV: "1"}, False, True),
                                               ({ONLINE_ENV: "0"}, False, False), ({}, True, True)])
def test_switches(env, flag, expected):
    assert online_enabled(flag, env) is expected


def test_switched_on_by_the_environment(gaz, tmp_path):
    fake = FakeGeocoder({"Kaldar": KALDAR_VILLAGE})
    chain = GeocodeChain.from_settings(gaz, env={ONLINE_ENV: "1"}, geocoder=fake, cache=tmp_path / "c.sqlite",
                                       min_delay_seconds=0)
    assert chain.resolve("Kaldar").place.id == "osm-node-4242"


def test_gazetteer_first_no_call_for_a_known_name(gaz, tmp_path):
    fake = FakeGeocoder()
    chain = GeocodeChain(gaz, _online(fake, tmp_path))
    assert chain.resolve("Kandahar").place.id == "1138336"
    assert fake.calls == []


def test_online_hit_becomes_a_place_restricted_to_the_country(gaz, tmp_path):
    fake = FakeGeocoder({"Kaldar": KALDAR_VILLAGE})
    res = GeocodeChain(gaz, _online(fake, tmp_path)).resolve("Kaldar")
    assert res.place.id == "osm-node-4242"
    assert (res.place.name, res.place.kind, res.place.precision) == ("Kaldar", "city", Precision.CITY)
    assert (res.place.lat, res.place.lon, res.place.country) == (37.18, 67.38, "AF")
    assert res.place.admin1 == "Balkh Province"
    assert 0 < res.confidence < 1
    (query, kwargs), = fake.calls
    assert query == "Kaldar" and kwargs["country_codes"] == "af" and kwargs["exactly_one"] is True
    assert kwargs["timeout"] > 0


def test_cache_hit_makes_no_second_call_even_in_a_new_process(tmp_path):
    fake = FakeGeocoder({"Kaldar": KALDAR_VILLAGE})
    first = _online(fake, tmp_path).resolve("Kaldar")
    again = _online(fake, tmp_path).resolve("  kaldar ")  # a new geocoder on the same cache file
    assert len(fake.calls) == 1
    assert again.place == first.place


def test_a_miss_is_none_and_remembered(tmp_path):
    fake = FakeGeocoder()
    online = _online(fake, tmp_path)
    assert online.resolve("Atlantis") is None
    assert online.resolve("Atlantis") is None
    assert len(fake.calls) == 1


@pytest.mark.parametrize("error", [GeocoderTimedOut("timed out"), GeocoderRateLimited("429 Too Many Requests"),
                                   GeocoderUnavailable("connection refused"), GeocoderServiceError("500"),
                                   ConnectionError("network down"), TimeoutError("slow")])
def test_service_errors_leave_the_name_unresolved_and_are_not_cached(gaz, tmp_path, error):
    fake = FakeGeocoder({"Kaldar": KALDAR_VILLAGE}, error=error)
    chain = GeocodeChain(gaz, _online(fake, tmp_path))
    assert chain.resolve("Kaldar") is None
    assert chain.geocode("Kaldar") is None
    fake.error = None
    assert chain.resolve("Kaldar").place.id == "osm-node-4242"  # the failure was not remembered as a miss


def test_chain_geocode_follows_geopy(gaz, tmp_path):
    chain = GeocodeChain(gaz, _online(FakeGeocoder({"Kaldar": KALDAR_VILLAGE}), tmp_path))
    loc = chain.geocode("Kaldar")
    assert isinstance(loc, Location) and loc.raw["source"] == "nominatim"
    assert chain.geocode("Kabul").raw["source"] == "gazetteer"
    assert [x.raw["id"] for x in chain.geocode("Faizabad", exactly_one=False)][0] == "1142170"
    assert chain.geocode("Atlantis") is None


@pytest.mark.parametrize("raw,kind,precision", [
    (AIRFIELD, "airport", Precision.POINT),
    ({**AIRFIELD, "class": "military", "type": "base"}, "base", Precision.POINT),
    ({**AIRFIELD, "class": "boundary", "type": "administrative", "addresstype": "state"}, "province",
     Precision.PROVINCE),
    ({**AIRFIELD, "class": "boundary", "type": "administrative", "addresstype": "county"}, "district",
     Precision.DISTRICT),
    ({**AIRFIELD, "class": "place", "type": "town"}, "city", Precision.CITY),
    ({**AIRFIELD, "class": "amenity", "type": "police"}, "city", Precision.POINT),
])
def test_precision_comes_from_the_result_class(raw, kind, precision):
    place = place_from_osm(raw)
    assert (place.id, place.kind, place.precision) == ("osm-way-77", kind, precision)


def test_a_result_without_coordinates_is_unresolved(tmp_path):
    assert place_from_osm({"osm_id": 1, "lat": "n/a"}) is None

    class Broken(FakeGeocoder):
        def geocode(self, query, **kwargs):
            super().geocode(query, **kwargs)
            return SimpleNamespace(raw={"osm_id": 1, "osm_type": "node", "lat": "x", "lon": "y"})

    assert _online(Broken(), tmp_path).resolve("Odd") is None


def test_unwritable_cache_costs_a_repeat_not_a_crash(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    fake = FakeGeocoder({"Kaldar": KALDAR_VILLAGE})
    online = OnlineGeocoder(fake, cache=GeocodeCache(blocker / "geocode.sqlite"), min_delay_seconds=0)
    assert online.resolve("Kaldar").place.id == "osm-node-4242"


def test_nominatim_has_our_user_agent_and_timeout():
    nominatim = make_nominatim(timeout=7)
    assert nominatim.headers["User-Agent"].startswith("controlmap/")
    assert nominatim.timeout == 7
