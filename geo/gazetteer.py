"""Offline geocoder over data/: GeoNames places, airports, provinces and curated aliases, with geopy's contract."""
from __future__ import annotations

import csv
import json
import logging
import math
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Mapping

from . import basemap
from .errors import GeoError
from .models import Place, Precision, Resolution

if TYPE_CHECKING:  # geopy is imported only when geocode() is called: it is slow to import
    from geopy.location import Location

__all__ = ["DEFAULT_PLACES", "DEFAULT_ALIASES", "fold", "Gazetteer", "to_location"]

log = logging.getLogger(__name__)

DEFAULT_PLACES = basemap.DATA / "afghanistan_places.csv"
DEFAULT_ALIASES = basemap.DATA / "aliases.yaml"

# ---------------------------------------------------------------------------------------------------------
# fold(): the matching key. Called for every n-gram the extractor tries, so the ASCII path is one translate.

_CONNECTORS = frozenset({"e", "i", "ye", "yi"})  # Persian ezafe: "Mazar-i-Sharif" == "Mazar-e Sharif"
_APOSTROPHES = "'`\u2018\u2019\u02bc\u00b4\u02bb\u02bf\u02be\u2032"  # "Qal'ah" == "Qal‘ah" == "Qalah"
# Latin letters that NFKD does not decompose to ASCII.
_LATIN_EXTRA = {"ı": "i", "ə": "e", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "æ": "ae", "œ": "oe",
                "þ": "th", "ð": "d", "ß": "ss"}
_ASCII = {}
for _c in range(128):
    _ch = chr(_c)
    if _ch.isalnum():
        _ASCII[_c] = _ch.lower()
    elif _ch in _APOSTROPHES:
        _ASCII[_c] = None
    else:
        _ASCII[_c] = " "
_WIDE = dict(_ASCII)
_WIDE.update({ord(c): None for c in _APOSTROPHES})
_WIDE.update({ord(k): v for k, v in _LATIN_EXTRA.items()})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=16384)  # loading folds each alias several times (key, latin check, word count)
def _decompose(text: str) -> str:
    """Casefolded, accents stripped, apostrophes dropped, special Latin letters spelled in ASCII."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_WIDE)


def _tokens(text: str) -> list[str]:
    """The folded words of `text` without the connectors e/i/ye/yi."""
    if text.isascii():
        words = text.translate(_ASCII).split()
    else:
        words = _NON_ASCII.sub(" ", _decompose(text)).split()
    return [w for w in words if w not in _CONNECTORS]


def _word_count(name: str) -> int:
    """How many words `name` has as written, connectors included ("Mazar-i-Sharif" has 3)."""
    text = name if name.isascii() else _NON_ASCII.sub(" ", _decompose(name))
    return len(text.translate(_ASCII).split())


def fold(name: str) -> str:
    """The matching key: "Mazar-i-Sharif", "Mazar-e Sharif" -> "mazarsharif"; "Qal'ah-ye Now" -> "qalahnow"."""
    return "".join(_tokens(name))


def _is_latin(name: str) -> bool:
    """True when every letter of `name` is Latin (only Latin-script names are matched)."""
    return name.isascii() or not any(unicodedata.category(c).startswith("L")
                                     for c in _decompose(name) if not c.isascii())


# ---------------------------------------------------------------------------------------------------------
# Ranking. A name's own name beats an alternate, which beats a mechanically derived alias (SOURCES.md: GeoNames
# lists "Khanabad" among Taloqan's alternates, yet it is a town of its own). Within a tier: national capital,
# provincial capital, province, airport, district seat, other place; then population.

_TIER_NAME, _TIER_ALT, _TIER_DERIVED = 0, 1, 2
_TOWN_POP = 5000  # a town this size named X is where "X district" is, even when it is no district seat in the data
_TIER_CONFIDENCE = {_TIER_NAME: 1.0, _TIER_ALT: 0.9, _TIER_DERIVED: 0.6}
_CODE_CONFIDENCE = 0.8
_CURATED_CONFIDENCE = 0.95
_FEATURE_RANK = {"PPLC": 0, "PPLA": 1, "PROVINCE": 2, "AIRP": 3, "PPLA2": 4}
_OTHER_RANK = 5
_NEAREST_AIRPORT_KM = 25.0  # "Kunduz airport" -> the airport GeoNames spells "Konduz", 8 km from the city

_AIRPORT_SUFFIXES = (("international", "airport"), ("air", "base"), ("air", "field"), ("airport",),
                     ("airfield",), ("airbase",), ("airstrip",))
_POSSESSIVE = re.compile(r"(?<=\w)['\u2019]s\b", re.IGNORECASE)


_GLUE_WORDS = frozenset({"the", "and", "for", "was", "from", "with", "its", "has", "had", "are", "but", "not"})


def _joints(words: list[str]) -> set[int]:
    """Where the word breaks fall in the joined key: ["mazar", "sharif"] -> {5}."""
    out, at = set(), 0
    for w in words[:-1]:
        at += len(w)
        out.add(at)
    return out


def _rank(place: Place) -> int:
    return _FEATURE_RANK.get(place.feature_code, _OTHER_RANK)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One way to name a place: the place, the alias as written, its tier, and whether it is a cautious name."""

    place: Place
    alias: str
    tier: int
    caution: bool = False
    confidence: float = 1.0

    @property
    def order(self) -> tuple[int, int, int]:
        return (self.tier, _rank(self.place), -self.place.population)


@dataclass(frozen=True, slots=True)
class _Hit:
    """A precomputed answer for one key: everything of a Resolution except the query."""

    place: Place
    matched: str
    confidence: float
    candidates: tuple[Place, ...]

    def resolution(self, query: str) -> Resolution:
        return Resolution(query, self.place, self.matched, self.confidence, self.candidates)


def _best_per_place(entries: Iterable[_Entry]) -> list[_Entry]:
    """Entries ranked best first, one per place (its best way of being named)."""
    seen: set[str] = set()
    out = []
    for e in sorted(entries, key=lambda e: e.order):
        if e.place.id not in seen:
            seen.add(e.place.id)
            out.append(e)
    return out


def _hit(entries: list[_Entry]) -> _Hit | None:
    """The answer for ranked entries: the first wins; confidence drops when another place shares the key."""
    if not entries:
        return None
    best = entries[0]
    confidence = best.confidence
    if len(entries) > 1:
        runner = entries[1]
        # a tie broken only by population is a real ambiguity; a clear rank gap is a mild one
        tie = (runner.tier, _rank(runner.place)) == (best.tier, _rank(best.place))
        confidence *= 0.6 if tie else 0.85
    return _Hit(best.place, best.alias, round(confidence, 3), tuple(e.place for e in entries[1:]))


def _km(a: Place, b: Place) -> float:
    """Great-circle distance in km (haversine; good enough to pair a city with its airport)."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


# ---------------------------------------------------------------------------------------------------------
# Loading data/ (the only I/O here).

def _split(cell: str) -> list[str]:
    return [s.strip() for s in cell.split("|") if s.strip()]


def _caution_keys(cell: str) -> set[str]:
    """Keys of the names flagged in a `caution` cell: "english-word:March|foreign-city:Rustaq (OM)"."""
    keys = set()
    for flag in _split(cell):
        name = flag.split(":", 1)[-1]
        name = re.sub(r"\s*\([A-Z]{2}\)\s*$", "", name)
        if fold(name):
            keys.add(fold(name))
    return keys


def _row_place(row: Mapping[str, str]) -> Place:
    """A Place from one CSV row: GeoNames places are cities (district seats too), airports are points."""
    code = row["feature_code"]
    lat, lon = float(row["latitude"]), float(row["longitude"])
    common = dict(country="AF", feature_code=code, admin1=row["admin1_name"], admin1_code=row["admin1_code"],
                  population=int(row["population"] or 0))
    if code == "AIRP":
        icao = row["icao"] or _split(row["codes"])[0]
        return Place(f"airport-{icao.lower()}", row["asciiname"] or row["name"], lat, lon, "airport",
                     precision=Precision.POINT, **common)
    return Place(row["geonameid"], row["asciiname"] or row["name"], lat, lon, "city", precision=Precision.CITY,
                 geonameid=row["geonameid"], **common)


def _read_places(path: Path) -> tuple[list[Place], list[_Entry], dict[str, list[Place]]]:
    """Places, their name entries and their exact-case codes, from the gazetteer CSV."""
    places: list[Place] = []
    entries: list[_Entry] = []
    codes: dict[str, list[Place]] = defaultdict(list)
    try:
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise GeoError(f"cannot read the gazetteer {path} ({exc.strerror or exc}); see data/SOURCES.md") from None
    try:
        for row in rows:
            place = _row_place(row)
            places.append(place)
            flagged = _caution_keys(row.get("caution", ""))
            own = [(n, _TIER_NAME) for n in (row["name"], row["asciiname"]) if n]
            # all-lowercase alternates are GeoNames' machine transliterations from other scripts
            # ("para", "fara" for Farah): noise that would match ordinary words
            alts = [(n, _TIER_ALT) for n in _split(row["alternatenames"]) if n != n.lower()]
            alts += [(n, _TIER_ALT) for n in _split(row["extra_aliases"])]
            derived = [(n, _TIER_DERIVED) for n in _split(row["derived_aliases"])]
            for alias, tier in own + alts + derived:
                if _is_latin(alias):
                    entries.append(_Entry(place, alias, tier, fold(alias) in flagged, _TIER_CONFIDENCE[tier]))
            for code in _split(row["codes"]):
                if place not in codes[code]:
                    codes[code].append(place)
    except (KeyError, ValueError) as exc:
        raise GeoError(f"{path}: malformed gazetteer row ({exc!r}); rebuild it with data/build_geodata.py") from None
    return places, entries, codes


def _read_provinces(path: Path) -> tuple[list[Place], list[_Entry]]:
    """Province records (precision `province`, at the polygon's representative point) and their names."""
    from shapely.geometry import shape  # at load only; ~0.15 s to import

    try:
        features = json.loads(Path(path).read_text(encoding="utf-8"))["features"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise GeoError(f"cannot read the provinces {path} ({exc}); see data/SOURCES.md") from None
    places, entries = [], []
    for f in features:
        props = f["properties"]
        point = shape(f["geometry"]).representative_point()
        place = Place(f"province-{props['iso_3166_2'].lower()}", props["name"], round(point.y, 5),
                      round(point.x, 5), "province", props["name"], "AF", Precision.PROVINCE,
                      feature_code="PROVINCE", admin1_code=props.get("geonames_admin1", ""))
        places.append(place)
        for alias, tier in [(props["name"], _TIER_NAME), (props.get("name_iso", ""), _TIER_NAME),
                            *((n, _TIER_ALT) for n in _split(props.get("alt_names", "")))]:
            if alias and _is_latin(alias):
                entries.append(_Entry(place, alias, tier, confidence=_TIER_CONFIDENCE[tier]))
    return places, entries


def _read_aliases(path: Path | None, by_id: dict[str, Place]) -> tuple[list[Place], list[_Entry], set[tuple[str, str]]]:
    """Curated places and spellings from data/aliases.yaml (spellings seen in reports that miss otherwise), and the
    (place id, folded name) pairs of GeoNames alternate names it says are wrong."""
    if path is None or not Path(path).exists():
        return [], [], set()
    import yaml

    try:
        doc = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise GeoError(f"cannot read the alias file {path} ({exc}); fix its YAML") from None
    places: list[Place] = []
    entries: list[_Entry] = []
    try:
        for p in doc.get("places") or ():
            place = Place(str(p["id"]), str(p["name"]), float(p["lat"]), float(p["lon"]), str(p["kind"]),
                          str(p["admin1"]), str(p.get("country", "AF")), Precision(p["precision"]),
                          feature_code=str(p.get("feature_code", "")), admin1_code=str(p.get("admin1_code", "")))
            if place.id in by_id:
                raise GeoError(f"{path}: place id {place.id!r} already exists; pick another id")
            by_id[place.id] = place
            places.append(place)
            entries.append(_Entry(place, place.name, _TIER_NAME, confidence=_CURATED_CONFIDENCE))
        for a in doc.get("aliases") or ():
            pid = str(a["place"])
            if pid not in by_id:
                raise GeoError(f"{path}: alias for unknown place id {pid!r}; use a geonameid, "
                               f"airport-<icao> or province-<iso> id")
            for name in a["names"]:
                entries.append(_Entry(by_id[pid], str(name), _TIER_NAME, confidence=_CURATED_CONFIDENCE))
        wrong = {(str(w["place"]), fold(str(name))) for w in doc.get("wrong_names") or () for name in w["names"]}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise GeoError(f"{path}: malformed alias entry ({exc!r}); see the comment at the top of the file") from None
    return places, entries, wrong


# ---------------------------------------------------------------------------------------------------------

class Gazetteer:
    """Offline geocoder: resolve() gives the chosen place, the alternatives and a confidence; geocode() is geopy's."""

    def __init__(self, places: Iterable[Place], entries: Iterable[_Entry],
                 codes: Mapping[str, list[Place]] | None = None) -> None:
        """Index places by folded name; prefer the named constructors from_csv() and from_places()."""
        self._places = tuple(places)
        self._by_id = {p.id: p for p in self._places}
        grouped: dict[str, list[_Entry]] = defaultdict(list)
        for e in entries:
            key = fold(e.alias)
            if key:
                grouped[key].append(e)
        self._hits: dict[str, _Hit] = {}  # key -> answer without caution names
        self._hits_caution: dict[str, _Hit] = {}  # key -> answer when cautious names are allowed
        self._provinces: dict[str, _Hit] = {}
        self._cities: dict[str, list[_Entry]] = {}
        most = 1
        self._joints: dict[str, frozenset[int]] = {}  # key -> where its names have word breaks
        for key, group in grouped.items():
            self._joints[key] = frozenset(j for e in group for j in _joints(_tokens(e.alias)))
            ranked = _best_per_place(group)
            safe = _best_per_place(e for e in group if not e.caution)
            if hit := _hit(safe):
                self._hits[key] = hit
            if hit := _hit(ranked):
                self._hits_caution[key] = hit
            if hit := _hit([e for e in safe if e.place.kind == "province"]):
                self._provinces[key] = hit
            if towns := [e for e in safe if e.place.kind not in ("province", "airport")]:
                self._cities[key] = towns
            most = max(most, max(_word_count(e.alias) for e in group))
        self._codes = {code: _hit([_Entry(p, code, _TIER_ALT, confidence=_CODE_CONFIDENCE)
                                   for p in sorted(ps, key=lambda p: (_rank(p), -p.population))])
                       for code, ps in (codes or {}).items() if ps}
        self._airports = [p for p in self._places if p.kind == "airport"]
        self._airport_heads: dict[str, list[_Entry]] = defaultdict(list)
        for key, group in grouped.items():
            for e in group:
                if e.place.kind == "airport":
                    head = _strip_airport_suffix(_tokens(e.alias))
                    if head:
                        self._airport_heads["".join(head)].append(e)
        # room for a qualifier after the longest name: "Kandahar's international airport", "X province"
        self.max_tokens: int = most + 2

    # -- constructors ------------------------------------------------------------------------------------

    @classmethod
    def from_csv(cls, path: str | Path = DEFAULT_PLACES, *, aliases: str | Path | None = DEFAULT_ALIASES,
                 provinces: str | Path | None = basemap.PROVINCES) -> Gazetteer:
        """The gazetteer of data/: places CSV, province polygons and curated aliases."""
        places, entries, codes = _read_places(Path(path))
        if provinces is not None:
            prov_places, prov_entries = _read_provinces(Path(provinces))
            places += prov_places
            entries += prov_entries
        by_id = {p.id: p for p in places}
        extra_places, extra_entries, wrong = _read_aliases(Path(aliases) if aliases else None, by_id)
        if wrong:  # GeoNames alternate names that belong to another place ("Takhta Pul" for Musa Qala)
            entries = [e for e in entries if (e.place.id, fold(e.alias)) not in wrong]
        log.debug("gazetteer: %d places, %d names", len(places) + len(extra_places),
                  len(entries) + len(extra_entries))
        return cls(places + extra_places, entries + extra_entries, codes)

    @classmethod
    def from_places(cls, entries: Mapping[str, Place]) -> Gazetteer:
        """A small gazetteer from name -> Place (a fake for tests); every name is a primary name."""
        places = list({p.id: p for p in entries.values()}.values())
        return cls(places, [_Entry(p, name, _TIER_NAME) for name, p in entries.items()])

    # -- lookups -----------------------------------------------------------------------------------------

    @property
    def places(self) -> tuple[Place, ...]:
        """Every record: GeoNames places, airports, provinces and curated places."""
        return self._places

    def place(self, place_id: str) -> Place | None:
        """The record with this id, or None."""
        return self._by_id.get(place_id)

    def resolve(self, name: str, *, allow_caution: bool = False) -> Resolution | None:
        """The place `name` most likely means, the other candidates, the alias matched and a confidence."""
        if not isinstance(name, str):
            return None
        query = name.strip()
        if not query or len(query) > 200:  # no place name is that long: a sentence is not a name
            return None
        hit = self._codes.get(query)  # codes only exact-case: "bin Laden" must not find Bamyan ("BIN")
        if hit is None:
            words = _tokens(query)
            key = "".join(words)
            hit = (self._hits_caution if allow_caution else self._hits).get(key)
            if hit is not None and len(words) > 1 and any(len(w) <= 2 or w in _GLUE_WORDS for w in words):
                # "Kunduz as" folds like the Lithuanian "Kunduzas": a break no name of the place has
                if not _joints(words) <= self._joints[key]:
                    hit = None
        if hit is not None:
            return hit.resolution(name)
        return self._resolve_qualified(name, query, allow_caution)

    def geocode(self, query: str, *, exactly_one: bool = True) -> Location | list[Location] | None:
        """geopy's contract: a Location (or a ranked list when exactly_one=False), None when nothing matches."""
        res = self.resolve(query)
        if res is None:
            return None
        if exactly_one:
            return to_location(res.place, res)
        return [to_location(res.place, res), *(to_location(p, res) for p in res.candidates)]

    # -- qualified names: "Kandahar's airport", "Logar province", "Kandahar city", "Khan Abad district",
    #    "the district of Khanabad" ------------------------------------------------------------------------

    def _resolve_qualified(self, name: str, query: str, allow_caution: bool) -> Resolution | None:
        plain = _POSSESSIVE.sub("", query)
        words = _tokens(plain)
        if not words:
            return None
        head = _strip_airport_suffix(words)
        if head is not None:
            return self._airport(name, "".join(head), allow_caution)
        if len(words) > 1 and words[-1] in ("province", "provinces", "wilayat", "velayat"):
            hit = self._provinces.get("".join(words[:-1]))
        elif len(words) > 2 and words[:2] == ["province", "of"]:
            hit = self._provinces.get("".join(words[2:]))
        elif len(words) > 1 and words[-1] in ("city", "town", "district", "districts"):
            hit = self._town(words)
        elif len(words) > 2 and words[0] in ("city", "town", "district") and words[1] == "of":
            hit = self._town([*words[2:], words[0]])  # "the district of Khanabad" == "Khanabad district"
        elif plain != query:
            hit = (self._hits_caution if allow_caution else self._hits).get("".join(words))
        else:
            hit = None
        return hit.resolution(name) if hit else None

    def _town(self, words: list[str]) -> _Hit | None:
        """ "X city" -> the town named X; "X district" -> X's district seat when there is one."""
        towns = self._cities.get("".join(words[:-1]))
        if not towns:
            return None
        if words[-1].startswith("district"):
            # a district seat; or a town of some size known by that very name ("Kushk district" is Kushk's, not
            # Kushk-e Kuhnah's, whose seat is also called Kushk)
            towns = sorted(towns, key=lambda e: (e.place.feature_code != "PPLA2" and e.place.kind != "district"
                                                 and not (e.tier == _TIER_NAME and e.place.population >= _TOWN_POP),
                                                 e.tier, e.order))
        return _hit(towns)

    def _airport(self, name: str, head: str, allow_caution: bool) -> Resolution | None:
        """ "X airport" -> the airport named after X, else the airport nearest the town X (within 25 km)."""
        named = _best_per_place(self._airport_heads.get(head, ()))
        if named:
            return _hit(named).resolution(name)
        town = (self._hits_caution if allow_caution else self._hits).get(head)
        if town is None or not self._airports:
            return None
        if town.place.kind == "airport":  # "Bagram air base": the head already names the airport
            return town.resolution(name)
        nearest = min(self._airports, key=lambda a: _km(town.place, a))
        if _km(town.place, nearest) > _NEAREST_AIRPORT_KM:
            return None
        return Resolution(name, nearest, nearest.name, round(0.8 * town.confidence, 3), ())


def _strip_airport_suffix(words: list[str]) -> list[str] | None:
    """The words before an airport suffix ("air base", "international airport"...), or None when there is none."""
    for suffix in _AIRPORT_SUFFIXES:
        n = len(suffix)
        if len(words) > n and tuple(words[-n:]) == suffix:
            return words[:-n]
    return None


def to_location(place: Place, res: Resolution, *, source: str = "gazetteer") -> Location:
    """A geopy Location whose raw carries the record and how it was matched."""
    from geopy.location import Location

    address = ", ".join(dict.fromkeys(x for x in (place.name, place.admin1, place.country) if x))
    raw: dict[str, Any] = {
        "id": place.id, "name": place.name, "kind": place.kind, "precision": str(place.precision),
        "admin1": place.admin1, "admin1_code": place.admin1_code, "country": place.country,
        "geonameid": place.geonameid, "feature_code": place.feature_code, "population": place.population,
        "matched": res.matched, "confidence": res.confidence if place is res.place else None,
        "source": source,
    }
    return Location(address, (place.lat, place.lon), raw)
