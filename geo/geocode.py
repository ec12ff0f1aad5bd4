"""Geocoding chain: the offline gazetteer first, then, only when switched on, geopy's Nominatim (rate-limited, cached)."""
from __future__ import annotations

import json
import logging
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Mapping, Protocol

from . import basemap
from .gazetteer import Gazetteer, to_location
from .models import Place, Precision, Resolution

__all__ = ["ONLINE_ENV", "DEFAULT_CACHE", "USER_AGENT", "online_enabled", "make_nominatim", "GeocodeCache",
           "OnlineGeocoder", "GeocodeChain", "place_from_osm"]

log = logging.getLogger(__name__)

ONLINE_ENV = "CONTROLMAP_ONLINE"
DEFAULT_CACHE = basemap.DATA / "cache" / "geocode.sqlite"
USER_AGENT = "controlmap/0.1 (offline-first map of territorial control; online geocoding opt-in)"
_DEFAULT: Any = object()  # "the default cache file", looked up when used so tests can point it elsewhere
ONLINE_CONFIDENCE = 0.5  # an online hit is a best guess by a general-purpose geocoder, not a curated record


class _Geocoder(Protocol):
    """What the chain needs of an online geocoder: geopy's geocode() (Nominatim, or a fake in tests)."""

    def geocode(self, query: str, **kwargs: Any) -> Any: ...


def online_enabled(flag: bool = False, env: Mapping[str, str] | None = None) -> bool:
    """True when online geocoding is asked for: `--online` or CONTROLMAP_ONLINE=1 in the environment."""
    env = os.environ if env is None else env
    return bool(flag) or env.get(ONLINE_ENV, "").strip().lower() in ("1", "true", "yes", "on")


def make_nominatim(*, user_agent: str = USER_AGENT, timeout: float = 10.0) -> _Geocoder:
    """geopy's Nominatim with our own user agent (its usage policy forbids the default one)."""
    from geopy.geocoders import Nominatim

    return Nominatim(user_agent=user_agent, timeout=timeout)


class GeocodeCache:
    """Answers of the online geocoder in SQLite: query key -> the raw result, or a remembered miss."""

    def __init__(self, path: str | Path = DEFAULT_CACHE) -> None:
        """Open (and create) the cache file; its folder is made when missing."""
        self.path = Path(path)
        self._db: sqlite3.Connection | None = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            if str(self.path) != ":memory:":
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(self.path), timeout=5)
            self._db.execute("CREATE TABLE IF NOT EXISTS answers "
                             "(key TEXT PRIMARY KEY, raw TEXT, fetched TEXT NOT NULL)")
        return self._db

    def get(self, key: str) -> tuple[bool, dict[str, Any] | None]:
        """(found, raw): found is False when the query was never answered; raw is None for a remembered miss."""
        try:
            row = self._conn().execute("SELECT raw FROM answers WHERE key = ?", (key,)).fetchone()
        except (sqlite3.Error, OSError) as exc:
            log.warning("geocode cache %s unreadable (%s); asking online", self.path, exc)
            return False, None
        if row is None:
            return False, None
        return True, (json.loads(row[0]) if row[0] is not None else None)

    def put(self, key: str, raw: Mapping[str, Any] | None) -> None:
        """Remember an answer; a cache that cannot be written only costs a repeated request later."""
        try:
            with self._conn() as db:
                db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)",
                           (key, None if raw is None else json.dumps(raw, ensure_ascii=False),
                            datetime.now(timezone.utc).isoformat(timespec="seconds")))
        except (sqlite3.Error, OSError) as exc:
            log.warning("geocode cache %s not writable (%s)", self.path, exc)

    def close(self) -> None:
        """Close the database file."""
        if self._db is not None:
            self._db.close()
            self._db = None


class OnlineGeocoder:
    """One geopy geocoder behind a 1 request/s rate limit, a time-out, a country restriction and a SQLite cache."""

    def __init__(self, geocoder: _Geocoder | None = None, *, cache: GeocodeCache | str | Path | None = _DEFAULT,
                 country: str = "AF", min_delay_seconds: float = 1.0, timeout: float = 10.0) -> None:
        """`geocoder` defaults to Nominatim (a fake in tests); `cache` to DEFAULT_CACHE, and None keeps nothing."""
        from geopy.extra.rate_limiter import RateLimiter

        self.geocoder = geocoder if geocoder is not None else make_nominatim(timeout=timeout)
        if cache is _DEFAULT:
            cache = DEFAULT_CACHE
        self.cache = cache if isinstance(cache, GeocodeCache) or cache is None else GeocodeCache(cache)
        self.country = country.upper()
        self.timeout = timeout
        # No retries: a 429 or a time-out means "unresolved now", not a stalled extraction.
        self._geocode = RateLimiter(self.geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=0,
                                    swallow_exceptions=False)

    def resolve(self, name: str) -> Resolution | None:
        """The online answer for `name` (cached), or None when there is none or the service failed."""
        from geopy.exc import GeopyError

        query = " ".join(str(name).split())
        if not query:
            return None
        key = f"{self.country}|{query.casefold()}"
        found, raw = self.cache.get(key) if self.cache else (False, None)
        if not found:
            try:
                location = self._geocode(query, exactly_one=True, timeout=self.timeout,
                                         country_codes=self.country.lower(), addressdetails=True, language="en")
            except (GeopyError, OSError, TimeoutError) as exc:
                log.warning("online geocoding of %r failed (%s: %s); left unresolved", query,
                            type(exc).__name__, exc)
                return None
            raw = _raw(location)
            if self.cache:
                self.cache.put(key, raw)
        if raw is None:
            return None
        place = place_from_osm(raw, country=self.country)
        if place is None:
            log.warning("online answer for %r has no usable coordinates; left unresolved", query)
            return None
        return Resolution(str(name), place, query, ONLINE_CONFIDENCE, ())


def _raw(location: Any) -> dict[str, Any] | None:
    """The raw dict of a geopy answer (a Location, a list of them, or None)."""
    if isinstance(location, list):
        location = location[0] if location else None
    if location is None:
        return None
    raw = getattr(location, "raw", None)
    if isinstance(raw, Mapping) and raw:
        return dict(raw)
    return {"lat": location.latitude, "lon": location.longitude, "display_name": location.address}


_CITY_TYPES = {"city", "town", "village", "hamlet", "suburb", "neighbourhood", "quarter", "locality",
               "isolated_dwelling", "borough"}
_PROVINCE_TYPES = {"state", "province", "region"}
_DISTRICT_TYPES = {"county", "district", "state_district", "municipality"}


def _kind_precision(raw: Mapping[str, Any]) -> tuple[str, Precision]:
    """Kind and precision from Nominatim's class/type/addresstype (DESIGN.md precision vocabulary)."""
    cls = raw.get("class") or raw.get("category") or ""
    typ = raw.get("type") or ""
    addresstype = raw.get("addresstype") or typ
    if cls == "aeroway":
        return "airport", Precision.POINT
    if cls == "military" or typ == "military":
        return "base", Precision.POINT
    if cls in ("place", "boundary"):
        if addresstype in _PROVINCE_TYPES or typ in _PROVINCE_TYPES:
            return "province", Precision.PROVINCE
        if addresstype in _DISTRICT_TYPES or typ in _DISTRICT_TYPES:
            return "district", Precision.DISTRICT
        if addresstype in _CITY_TYPES or typ in _CITY_TYPES:
            return "city", Precision.CITY
        return "district", Precision.DISTRICT
    return "city", Precision.POINT  # a building, road or amenity: a spot inside a settlement


def place_from_osm(raw: Mapping[str, Any], *, country: str = "AF") -> Place | None:
    """A Place from one Nominatim result (id "osm-<type>-<id>"), or None when it has no coordinates."""
    try:
        lat, lon = float(raw["lat"]), float(raw["lon"])
    except (KeyError, TypeError, ValueError):
        return None
    if raw.get("osm_id") is not None:
        pid = f"osm-{raw.get('osm_type') or 'x'}-{raw['osm_id']}"
    else:
        pid = f"osm-place-{raw.get('place_id') or f'{lat:.5f},{lon:.5f}'}"
    address = raw.get("address") if isinstance(raw.get("address"), Mapping) else {}
    display = str(raw.get("display_name") or "")
    name = str(raw.get("name") or display.split(",")[0] or pid)
    kind, precision = _kind_precision(raw)
    return Place(pid, name, lat, lon, kind, str(address.get("state") or address.get("province") or ""),
                 str(address.get("country_code") or country).upper(), precision)


class GeocodeChain:
    """The gazetteer first, then the online geocoder when one is given (off unless switched on)."""

    def __init__(self, gazetteer: Gazetteer, online: OnlineGeocoder | None = None) -> None:
        """Offline only unless `online` is given; see from_settings() for the switch."""
        self.gazetteer = gazetteer
        self.online = online

    @classmethod
    def from_settings(cls, gazetteer: Gazetteer, *, online: bool = False, env: Mapping[str, str] | None = None,
                      geocoder: _Geocoder | None = None, cache: GeocodeCache | str | Path | None = _DEFAULT,
                      min_delay_seconds: float = 1.0, country: str = "AF") -> GeocodeChain:
        """A chain that goes online only with `online=True` or CONTROLMAP_ONLINE=1."""
        if not online_enabled(online, env):
            return cls(gazetteer)
        return cls(gazetteer, OnlineGeocoder(geocoder, cache=cache, min_delay_seconds=min_delay_seconds,
                                             country=country))

    def resolve(self, name: str, *, allow_caution: bool = False) -> Resolution | None:
        """The gazetteer's answer, else the online one (when switched on), else None."""
        res = self.gazetteer.resolve(name, allow_caution=allow_caution)
        if res is None and self.online is not None:
            res = self.online.resolve(name)
        return res

    def geocode(self, query: str, *, exactly_one: bool = True):
        """geopy's contract over the chain: a Location, a ranked list (exactly_one=False), or None."""
        res = self.resolve(query)
        if res is None:
            return None
        source = "gazetteer" if self.gazetteer.place(res.place.id) is not None else "nominatim"
        if exactly_one:
            return to_location(res.place, res, source=source)
        return [to_location(p, res, source=source) for p in (res.place, *res.candidates)]
