"""Exports: RFC 7946 GeoJSON, CSV that spreadsheets cannot run, JSON Lines; one row per place or claim."""
from __future__ import annotations

import csv
import io
import json
import math
from datetime import date

import pytest

from geo.export import (
    CLAIM_COLUMNS,
    ROW_COLUMNS,
    STATE_COLUMNS,
    claims_to_csv,
    claims_to_geojson,
    claims_to_jsonl,
    claims_to_rows,
    describe_filters,
    safe_cell,
    state_to_csv,
    state_to_geojson,
)
from geo.models import Report, Status
from geo.timeline import control_as_of
from tests.test_timeline import AUG, make_claim

C, CL, D = Status.CONFIRMED, Status.CLAIMED, Status.DISPUTED

_GEOMETRY_TYPES = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                   "GeometryCollection"}


def _check_position(pos, where):
    assert isinstance(pos, list) and len(pos) in (2, 3), f"{where}: a position is 2 or 3 numbers"
    assert all(isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x) for x in pos), where
    lon, lat = pos[0], pos[1]
    assert -180 <= lon <= 180 and -90 <= lat <= 90, f"{where}: [lon, lat] out of range: {pos}"


def assert_rfc7946(doc: dict) -> None:
    """Structural RFC 7946 checks for a FeatureCollection of Points (what Control Map writes)."""
    assert doc.get("type") == "FeatureCollection"
    assert "crs" not in doc, "RFC 7946 §4 removed the crs member"
    assert isinstance(doc.get("features"), list)
    for i, f in enumerate(doc["features"]):
        where = f"features[{i}]"
        assert f.get("type") == "Feature", where
        assert "geometry" in f and "properties" in f, f"{where}: geometry and properties are required members"
        assert f["properties"] is None or isinstance(f["properties"], dict), where
        if "id" in f:
            assert isinstance(f["id"], (str, int, float)), where
        g = f["geometry"]
        if g is None:
            continue
        assert g.get("type") in _GEOMETRY_TYPES, where
        assert "crs" not in g
        if g["type"] == "Point":
            _check_position(g["coordinates"], where)


@pytest.fixture
def reports():
    return {
        "cnn": Report.from_text("Herat fell.", published=AUG[12], id="cnn", source="CNN", url="https://cnn.example/h"),
        "seed": Report.from_text("Kandahar.", published=AUG[13], id="seed", source="Reuters",
                                 url="https://reuters.example/k"),
    }


@pytest.fixture
def state():
    claims = [
        make_claim("herat", "taliban", C, AUG[12], report="cnn", attribution="officials",
                   evidence="Herat fell on Thursday evening, officials said."),
        make_claim("herat", "taliban", CL, None, published=AUG[13], report="seed", attribution="Taliban",
                   evidence="The Taliban said they captured Herat."),
        make_claim("kandahar", "taliban", C, AUG[12], published=AUG[13], report="seed", start=40,
                   evidence="The Taliban took Kandahar late last night, a government official said."),
        make_claim("kandahar airport", "government", C, None, published=AUG[13], report="seed", start=120),
    ]
    return control_as_of(claims, AUG[13])


def test_state_geojson_is_rfc7946_with_one_point_per_place(state, reports, profile):
    doc = json.loads(state_to_geojson(state, reports=reports, profile=profile, day=AUG[13],
                                      filters={"statuses": ["confirmed", "claimed"], "controllers": None}))
    assert_rfc7946(doc)
    assert len(doc["features"]) == 3
    kandahar = next(f for f in doc["features"] if f["properties"]["place_id"] == "1138336")
    assert kandahar["geometry"] == {"type": "Point", "coordinates": [65.71013, 31.61332]}  # lon, lat
    assert set(kandahar["properties"]) == set(STATE_COLUMNS)
    assert kandahar["properties"]["controller_label"] == "Taliban"
    assert kandahar["properties"]["source"] == "Reuters"
    assert doc["as_of"] == "2021-08-13"
    assert doc["filters"] == {"statuses": ["confirmed", "claimed"], "controllers": None}


def test_state_export_quotes_the_claim_that_carries_the_status(state, reports, profile):
    doc = json.loads(state_to_geojson(state, reports=reports, profile=profile, day=AUG[13]))
    herat = next(f["properties"] for f in doc["features"] if f["properties"]["place_id"] == "1140026")
    assert herat["status"] == "confirmed"
    assert herat["attribution"] == "officials"
    assert herat["evidence"] == "Herat fell on Thursday evening, officials said."
    assert (herat["source"], herat["url"], herat["since"]) == ("CNN", "https://cnn.example/h", "2021-08-12")


def test_validator_rejects_what_rfc7946_forbids():
    good = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [65.7, 31.6]}, "properties": {}}]}
    assert_rfc7946(good)
    bad_docs = [
        {**good, "crs": {"type": "name"}},
        {"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [31.6, 265.7]}, "properties": {}}]},
        {"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": None}]},
        {"type": "FeatureCollection", "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [float("nan"), 1]}, "properties": {}}]},
        {"type": "Feature", "features": []},
    ]
    for bad in bad_docs:
        with pytest.raises(AssertionError):
            assert_rfc7946(bad)


def test_empty_state_is_a_valid_empty_collection(profile):
    doc = json.loads(state_to_geojson({}, reports={}, profile=profile, day=AUG[13]))
    assert_rfc7946(doc)
    assert doc["features"] == []
    assert state_to_csv({}, reports={}, profile=profile).splitlines() == [",".join(STATE_COLUMNS)]


def test_state_csv_has_the_same_columns_and_rows(state, reports, profile):
    rows = list(csv.DictReader(io.StringIO(state_to_csv(state, reports=reports, profile=profile, day=AUG[13]))))
    assert [r["place"] for r in rows] == ["Herat", "Kandahar", "Kandahar Airport"]
    assert tuple(rows[0]) == STATE_COLUMNS
    assert rows[2]["controller"] == "government" and rows[2]["event_date"] == ""


def test_csv_neutralises_formulas_from_report_text(reports, profile):
    evil = make_claim("kabul", "government", C, AUG[13], report="seed",
                      attribution="=HYPERLINK(\"http://evil\",\"x\")", evidence="+cmd|' /C calc'!A0")
    text = state_to_csv(control_as_of([evil], AUG[13]), reports=reports, profile=profile)
    row = next(csv.DictReader(io.StringIO(text)))
    assert row["attribution"].startswith("'=")
    assert row["evidence"].startswith("'+")
    for cell in ("-1+2", "@SUM(A1)", "\t=1"):
        assert safe_cell(cell).startswith("'")
    assert safe_cell("Kabul") == "Kabul" and safe_cell(-3.5) == -3.5
    assert next(csv.DictReader(io.StringIO(claims_to_csv([evil]))))["attribution"].startswith("'=")


def test_claims_to_rows_for_the_table(reports, profile):
    claims = [
        make_claim("kandahar", "taliban", C, AUG[12], published=AUG[13], report="seed"),
        make_claim("herat", "taliban", C, AUG[12], report="cnn"),
        make_claim("herat", "taliban", CL, None, published=AUG[13], report="seed", attribution="Taliban"),
    ]
    rows = claims_to_rows(claims, reports, profile=profile)
    assert [tuple(r) for r in rows] == [ROW_COLUMNS] * 3
    assert [(r["place"], r["date"], r["source"]) for r in rows] == [
        ("Herat", "2021-08-12", "CNN"), ("Kandahar", "2021-08-12", "Reuters"), ("Herat", "2021-08-13", "Reuters")]
    assert rows[0]["controller"] == "Taliban"
    assert claims_to_rows(claims, {})[0]["source"] == ""


def test_claim_exports_carry_every_key_and_agree():
    from dataclasses import replace

    claims = [
        make_claim("kandahar", "taliban", C, AUG[12], published=AUG[13], report="seed", start=40,
                   written="Kandahar city"),
        replace(make_claim("kabul", "government", C, AUG[13]), place=None),
    ]
    geo = json.loads(claims_to_geojson(claims))
    assert_rfc7946(geo)
    assert geo["features"][0]["geometry"]["coordinates"] == [65.71013, 31.61332]
    assert geo["features"][1]["geometry"] is None
    lines = [json.loads(line) for line in claims_to_jsonl(claims).splitlines()]
    assert [tuple(rec) for rec in lines] == [CLAIM_COLUMNS] * 2
    assert lines[0]["name"] == "Kandahar city" and lines[0]["place"] == "Kandahar"
    assert lines[0]["end"] - lines[0]["start"] == len(lines[0]["evidence"])
    assert [f["properties"] for f in geo["features"]] == lines
    rows = list(csv.DictReader(io.StringIO(claims_to_csv(claims))))
    assert tuple(rows[0]) == CLAIM_COLUMNS
    assert rows[0]["lat"] == "31.61332" and rows[1]["lat"] == ""


def test_describe_filters_in_plain_words(profile):
    assert describe_filters(None, profile) == "Status: all · Controller: all"
    assert describe_filters({"statuses": ["claimed", "confirmed"], "controllers": ["taliban"]}, profile) == (
        "Status: confirmed, claimed · Controller: Taliban")
    assert describe_filters({"statuses": list(Status), "controllers": list(profile.controllers)}, profile) == (
        "Status: all · Controller: all")
    assert describe_filters({"statuses": [], "controllers": []}, profile) == "Status: none · Controller: none"


def test_seed_state_exports_validate(seed_reports, seed_claims, profile):
    state = control_as_of(seed_claims, date(2021, 8, 13))
    doc = json.loads(state_to_geojson(state, reports=seed_reports, profile=profile, day=date(2021, 8, 13)))
    assert_rfc7946(doc)
    assert len(doc["features"]) == len(state) > 5
    assert_rfc7946(json.loads(claims_to_geojson(seed_claims)))
    assert len(claims_to_jsonl(seed_claims).splitlines()) == len(seed_claims)
