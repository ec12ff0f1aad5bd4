"""`python -m geo extract`: one record per claim in jsonl, csv or GeoJSON; unknown places and bad reports on stderr."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from geo import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_3ef2a4258dc6015b.txt"
KEYS = {"report", "place", "name", "place_id", "lat", "lon", "admin1", "kind", "controller", "status", "event_date",
        "date_precision", "attribution", "evidence", "start", "end"}


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_jsonl_gives_every_key_of_the_contract_for_the_seed(capsys):
    assert cli.main(["extract", "--published", "2021-08-13", str(SEED)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows and all(set(r) == KEYS for r in rows)
    assert all(r["report"] == SEED.stem for r in rows)
    kandahar = [r for r in rows if r["place"] == "Kandahar" and r["kind"] == "city"]
    assert [(r["controller"], r["status"], r["event_date"]) for r in kandahar] == [("taliban", "confirmed", "2021-08-12")]
    text = SEED.read_text(encoding="utf-8")
    # the offsets point at the evidence in the text as it was read (front matter and all, or the body)
    assert all(r["evidence"] in text for r in rows)


def test_csv_and_geojson_carry_the_same_claims(capsys):
    assert cli.main(["extract", "--published", "2021-08-13", "--format", "csv", str(SEED)]) == 0
    table = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert cli.main(["extract", "--published", "2021-08-13", "--format", "geojson", str(SEED)]) == 0
    features = json.loads(capsys.readouterr().out)["features"]
    assert len(table) == len(features) > 0
    assert sorted(r["place"] for r in table) == sorted(f["properties"]["place"] for f in features)
    assert all(f["geometry"]["type"] == "Point" for f in features)


def test_places_the_gazetteer_lacks_are_warned_about_on_stderr(tmp_path, capsys):
    path = _write(tmp_path, "r.txt", "Taliban fighters captured Zaranj and Qarabaghistan on Friday, officials said.")
    assert cli.main(["extract", "--published", "2021-08-13", str(path)]) == 0
    out, err = capsys.readouterr()
    assert [json.loads(line)["place"] for line in out.splitlines()] == ["Zaranj"]
    assert "Qarabaghistan" in err and "warning" in err


def test_a_report_that_fails_costs_only_itself(tmp_path, capsys, monkeypatch):
    import geo.extract

    real = geo.extract.extract

    def fragile(report, gazetteer, profile):
        if report.id == "bad":
            raise RuntimeError("boom")
        return real(report, gazetteer, profile)

    monkeypatch.setattr(geo.extract, "extract", fragile)
    _write(tmp_path, "bad.txt", "Taliban fighters captured Herat on Thursday, officials said.")
    _write(tmp_path, "good.txt", "Taliban fighters captured Zaranj on Friday, officials said.")
    assert cli.main(["extract", "--published", "2021-08-13", str(tmp_path)]) == 1
    out, err = capsys.readouterr()
    assert [json.loads(line)["place"] for line in out.splitlines()] == ["Zaranj"]
    assert "bad" in err and "extraction failed" in err


@pytest.mark.parametrize("argv", [["extract", "--published", "13/08/2021", "x.txt"],
                                  ["extract", "--format", "xml", "x.txt"]])
def test_bad_options_exit_2(argv, capsys):
    assert cli.main(argv) == 2
    assert capsys.readouterr().err.strip()


def test_a_missing_file_is_refused_and_exits_1(tmp_path, capsys):
    assert cli.main(["extract", str(tmp_path / "missing.txt")]) == 1
    assert "refused" in capsys.readouterr().err
