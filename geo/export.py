"""Exports of a day's state and of claims: RFC 7946 GeoJSON, CSV (formula-safe) and JSON Lines; pure, returns str."""
from __future__ import annotations

import csv
import io
import json
import logging
import math
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from .models import Claim, PlaceState, Report, Status
from .profile import Theatre
from .timeline import basis, normalise_statuses

__all__ = [
    "STATE_COLUMNS",
    "CLAIM_COLUMNS",
    "ROW_COLUMNS",
    "GENERATOR",
    "ATTRIBUTION",
    "describe_filters",
    "state_rows",
    "state_to_geojson",
    "state_to_csv",
    "claims_to_rows",
    "claim_record",
    "claims_to_geojson",
    "claims_to_csv",
    "claims_to_jsonl",
    "safe_cell",
]

log = logging.getLogger(__name__)

GENERATOR = "Control Map"
ATTRIBUTION = "Places: GeoNames (CC BY 4.0) · Boundaries: Natural Earth"

STATE_COLUMNS = (
    "place", "place_id", "kind", "admin1", "controller", "controller_label", "status", "effective_date", "since",
    "event_date", "date_precision", "attribution", "evidence", "source", "url", "report",
)
CLAIM_COLUMNS = (
    "report", "place", "name", "place_id", "lat", "lon", "admin1", "kind", "controller", "status", "event_date",
    "date_precision", "attribution", "evidence", "start", "end",
)
ROW_COLUMNS = ("place", "controller", "status", "date", "attribution", "evidence", "source")

# A spreadsheet runs a cell that starts with one of these as a formula (OWASP "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """A CSV cell that a spreadsheet shows as text: strings starting like a formula get a leading '."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _finite(x: float | None) -> float | None:
    return float(x) if x is not None and math.isfinite(x) else None


def describe_filters(filters: Mapping[str, Iterable[str] | None] | None, profile: Theatre | None = None) -> str:
    """Plain words for the active filters: "Status: confirmed · Controller: Taliban" (all = no filter)."""
    filters = filters or {}
    statuses = normalise_statuses(filters.get("statuses"))
    controllers = filters.get("controllers")
    if statuses is None or set(statuses) == set(Status):
        status_text = "all"
    else:
        status_text = ", ".join(s.value for s in Status if s in statuses) or "none"
    if controllers is None:
        controller_text = "all"
    else:
        ids = sorted(set(controllers), key=lambda c: (profile.controllers.index(c) if profile and c in profile.controllers
                                                      else 99, c))
        if profile is not None and set(ids) >= set(profile.controllers):
            controller_text = "all"
        else:
            controller_text = ", ".join(profile.label(c) if profile else c for c in ids) or "none"
    return f"Status: {status_text} · Controller: {controller_text}"


def _filters_json(filters: Mapping[str, Iterable[str] | None] | None) -> dict[str, list[str] | None]:
    filters = filters or {}
    statuses = normalise_statuses(filters.get("statuses"))
    controllers = filters.get("controllers")
    return {
        "statuses": None if statuses is None else [s.value for s in Status if s in statuses],
        "controllers": None if controllers is None else sorted(set(map(str, controllers))),
    }


def _ordered(state: Mapping[str, PlaceState]) -> list[PlaceState]:
    return sorted(state.values(), key=lambda s: (s.place.name.casefold(), s.place.id))


def state_rows(
    state: Mapping[str, PlaceState],
    *,
    reports: Mapping[str, Report] | None = None,
    profile: Theatre | None = None,
) -> list[dict[str, Any]]:
    """One dict per place (STATE_COLUMNS), sorted by name: the app's table and the exports' properties."""
    reports = reports or {}
    rows = []
    for s in _ordered(state):
        # Attribution and evidence come from the claim that carries the shown status, not a weaker repetition.
        claim = basis(s)
        report = reports.get(claim.report_id)
        rows.append({
            "place": s.place.name,
            "place_id": s.place.id,
            "kind": s.place.kind,
            "admin1": s.place.admin1,
            "controller": s.controller,
            "controller_label": profile.label(s.controller) if profile else s.controller,
            "status": s.status.value,
            "effective_date": claim.effective_date.isoformat(),
            "since": s.since.isoformat(),
            "event_date": _iso(claim.event_date),
            "date_precision": claim.date_precision.value,
            "attribution": claim.attribution,
            "evidence": claim.evidence.text,
            "source": report.source if report else "",
            "url": report.url if report else "",
            "report": claim.report_id,
        })
    return rows


def state_to_geojson(
    state: Mapping[str, PlaceState],
    *,
    reports: Mapping[str, Report] | None = None,
    profile: Theatre | None = None,
    day: date | None = None,
    filters: Mapping[str, Iterable[str] | None] | None = None,
) -> str:
    """An RFC 7946 FeatureCollection: one Point [lon, lat] per place, the table's columns as properties."""
    by_id = {s.place.id: s for s in state.values()}
    features = []
    for row in state_rows(state, reports=reports, profile=profile):
        place = by_id[row["place_id"]].place
        lon, lat = _finite(place.lon), _finite(place.lat)
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lon is not None and lat is not None else None
        features.append({"type": "Feature", "id": place.id, "geometry": geometry, "properties": row})
    doc = {
        "type": "FeatureCollection",
        "features": features,
        # Foreign members (RFC 7946 §6.1): what the file shows and where the data comes from.
        "as_of": _iso(day),
        "filters": _filters_json(filters),
        "generator": GENERATOR,
        "attribution": ATTRIBUTION,
    }
    return json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=1)


def _csv(rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: safe_cell("" if row.get(k) is None else row.get(k)) for k in columns})
    return buf.getvalue()


def state_to_csv(
    state: Mapping[str, PlaceState],
    *,
    reports: Mapping[str, Report] | None = None,
    profile: Theatre | None = None,
    day: date | None = None,
    filters: Mapping[str, Iterable[str] | None] | None = None,
) -> str:
    """The state as CSV, STATE_COLUMNS; `day` and `filters` are accepted for symmetry with the GeoJSON."""
    return _csv(state_rows(state, reports=reports, profile=profile), STATE_COLUMNS)


def claims_to_rows(
    claims: Iterable[Claim],
    reports: Mapping[str, Report] | None = None,
    *,
    profile: Theatre | None = None,
) -> list[dict[str, Any]]:
    """The table of claims in view (ROW_COLUMNS), oldest first; controller as its label when a profile is given."""
    reports = reports or {}
    out = []
    for c in sorted(claims, key=lambda c: (c.effective_date, c.published, c.report_id, c.evidence.start)):
        report = reports.get(c.report_id)
        out.append({
            "place": c.place.name if c.place else c.name_as_written,
            "controller": profile.label(c.controller) if profile else c.controller,
            "status": c.status.value,
            "date": c.effective_date.isoformat(),
            "attribution": c.attribution,
            "evidence": c.evidence.text,
            "source": report.source if report else "",
        })
    return out


def claim_record(claim: Claim) -> dict[str, Any]:
    """One claim as a flat dict (CLAIM_COLUMNS) for the extraction exports."""
    p = claim.place
    return {
        "report": claim.report_id,
        "place": p.name if p else None,
        "name": claim.name_as_written,
        "place_id": claim.place_id,
        "lat": _finite(p.lat) if p else None,
        "lon": _finite(p.lon) if p else None,
        "admin1": p.admin1 if p else None,
        "kind": p.kind if p else None,
        "controller": claim.controller,
        "status": claim.status.value,
        "event_date": _iso(claim.event_date),
        "date_precision": claim.date_precision.value,
        "attribution": claim.attribution,
        "evidence": claim.evidence.text,
        "start": claim.evidence.start,
        "end": claim.evidence.end,
    }


def claims_to_geojson(claims: Iterable[Claim]) -> str:
    """Claims as an RFC 7946 FeatureCollection; a claim with no place gets a null geometry."""
    features = []
    for claim in claims:
        rec = claim_record(claim)
        geometry = None
        if rec["lon"] is not None and rec["lat"] is not None:
            geometry = {"type": "Point", "coordinates": [rec["lon"], rec["lat"]]}
        features.append({"type": "Feature", "id": claim.id, "geometry": geometry, "properties": rec})
    doc = {"type": "FeatureCollection", "features": features, "generator": GENERATOR, "attribution": ATTRIBUTION}
    return json.dumps(doc, ensure_ascii=False, allow_nan=False, indent=1)


def claims_to_csv(claims: Iterable[Claim]) -> str:
    """Claims as CSV, CLAIM_COLUMNS, with formula-like cells neutralised."""
    return _csv((claim_record(c) for c in claims), CLAIM_COLUMNS)


def claims_to_jsonl(claims: Iterable[Claim]) -> str:
    """Claims as JSON Lines: one object (CLAIM_COLUMNS) per line."""
    return "".join(json.dumps(claim_record(c), ensure_ascii=False, allow_nan=False) + "\n" for c in claims)
