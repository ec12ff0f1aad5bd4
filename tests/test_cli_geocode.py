"""`python -m geo geocode`: table and JSON Lines output, exit statuses, one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from geopy.location import Location

import geo.geocode
from geo import cli
from geo.errors import GeoError
from geo.gazetteer import Gazetteer

from .conftest import ROOT

JSONL_KEYS = {"query", "resolved", "name", "lat", "lon", "admin1", "country", "kind", "geonameid", "precision",
              "matched", "confidence", "candidates"}


@pytest.fixture(autouse=True)
def offline(monkeypatch, tmp_path):
    """No test here may reach the network or write data/cache/."""
    monkeypatch.delenv(geo.geocode.ONLINE_ENV, raising=False)
    monkeypatch.setattr(geo.geocode, "DEFAULT_CACHE", tmp_path / "cache" / "geocode.sqlite")

    def no_network(**kwargs):
        raise AssertionError("online geocoder created without --online")

    monkeypatch.setattr(geo.geocode, "make_nominatim", no_network)


def test_table_lists_each_name(capsys):
    assert cli.main(["geocode", "Kabul", "Kandahar's airport", "Logar province"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:3] == ["query", "place", "kind"]
    assert len(out) == 4
    assert "1138958" in out[1] and "airport-oakn" in out[2] and "province-af-log" in out[3]
    # aligned: every row starts its second column at the same offset
    column = out[0].index("place")
    assert [line[column:].split("  ")[0] for line in out] == ["place", "Kabul", "Kandahar Airport", "Logar"]


def test_jsonl_one_object_per_name(capsys):
    assert cli.main(["geocode", "--format", "jsonl", "Mazar-i-Sharif", "Faizabad"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 2
    mazar, faizabad = lines
    assert JSONL_KEYS <= set(mazar)
    assert (mazar["query"], mazar["resolved"], mazar["geonameid"], mazar["kind"], mazar["precision"]) == \
        ("Mazar-i-Sharif", True, "1133616", "city", "city")
    assert mazar["country"] == "AF" and mazar["admin1"] == "Balkh"
    assert faizabad["admin1"] == "Badakhshan"
    assert {c["admin1"] for c in faizabad["candidates"]} == {"Jowzjan", "Faryab"}


def test_any_unresolved_name_exits_1(capsys):
    assert cli.main(["geocode", "--format", "jsonl", "Kabul", "bin Laden"]) == 1
    captured = capsys.readouterr()
    kabul, laden = (json.loads(line) for line in captured.out.splitlines())
    assert kabul["resolved"] is True
    assert laden == {**{k: None for k in JSONL_KEYS}, "query": "bin Laden", "resolved": False, "candidates": []}
    assert "unresolved: bin Laden" in captured.err


def test_unresolved_in_the_table(capsys):
    assert cli.main(["geocode", "March"]) == 1
    assert "(unresolved)" in capsys.readouterr().out
    assert cli.main(["geocode", "--allow-caution", "March"]) == 0


@pytest.mark.parametrize("argv", [[], ["geocode"], ["geocode", "--format", "xml", "Kabul"], ["frobnicate"],
                                  ["geocode", "--bogus", "Kabul"]])
def test_usage_errors_exit_2_with_one_line(capsys, argv):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_help_exits_0(capsys):
    assert cli.main(["--help"]) == 0
    assert "geocode" in capsys.readouterr().out


def test_data_errors_exit_2_with_one_line(monkeypatch, capsys):
    def broken(*args, **kwargs):
        raise GeoError("cannot read the gazetteer data/afghanistan_places.csv (No such file)")

    monkeypatch.setattr(Gazetteer, "from_csv", broken)
    assert cli.main(["geocode", "Kabul"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read the gazetteer") and len(err.strip().splitlines()) == 1


def test_online_flag_asks_the_online_geocoder_for_misses_only(monkeypatch, capsys):
    asked = []

    class Fake:
        def geocode(self, query, **kwargs):
            asked.append(query)
            return Location("Kaldar, Afghanistan", (37.18, 67.38), {"osm_type": "node", "osm_id": 9, "lat": "37.18",
                                                                    "lon": "67.38", "class": "place", "type": "village",
                                                                    "name": "Kaldar"})

    monkeypatch.setattr(geo.geocode, "make_nominatim", lambda **kwargs: Fake())
    assert cli.main(["geocode", "--online", "--format", "jsonl", "Kabul", "Kaldar"]) == 0
    kabul, weesh = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert asked == ["Kaldar"]
    assert weesh["id"] == "osm-node-9" and weesh["geonameid"] is None and weesh["precision"] == "city"


def test_python_dash_m_geo_runs():
    proc = subprocess.run([sys.executable, "-m", "geo", "geocode", "Kabul"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={"PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert "1138958" in proc.stdout
