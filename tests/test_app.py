"""The Streamlit page, run headless: widgets, map places per date and filter, counts, URL state, refused files."""
from __future__ import annotations

import json
import re
import shutil
from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import SEED, SEEDS

_PLACE = re.compile(r'"id":"([^"]+)","geometry":\{"type":"Point"[^}]*\},"properties":\{"controller":"([^"]+)",'
                    r'"status":"([^"]+)"')
KANDAHAR, HERAT, ZARANJ = "1138336", "1140026", "1120985"


@pytest.fixture(autouse=True)
def own_store(tmp_path_factory, monkeypatch):
    """Each test adds reports to a store of its own, never to the repo's."""
    path = tmp_path_factory.mktemp("store") / "reports.sqlite"
    monkeypatch.setenv("CONTROLMAP_STORE", str(path))
    return path


@pytest.fixture()
def seed_only(tmp_path, monkeypatch):
    """A reports folder holding only the Reuters seed and its sidecar."""
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED.with_name(SEED.stem + ".meta.yaml"), tmp_path)
    monkeypatch.setenv("CONTROLMAP_REPORTS", str(tmp_path))
    monkeypatch.delenv("CONTROLMAP_SYNTHETIC", raising=False)
    monkeypatch.delenv("CONTROLMAP_MAP_MODE", raising=False)
    return tmp_path


@pytest.fixture()
def all_seeds(monkeypatch):
    monkeypatch.setenv("CONTROLMAP_REPORTS", str(SEEDS))
    monkeypatch.delenv("CONTROLMAP_SYNTHETIC", raising=False)
    monkeypatch.delenv("CONTROLMAP_MAP_MODE", raising=False)


def run(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file("../app.py", default_timeout=90)
    for k, v in (query or {}).items():
        at.query_params[k] = v
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def map_args(at: AppTest) -> dict:
    found = [e for e in at.main if getattr(e, "type", "") == "component_instance"]
    assert len(found) == 1, "exactly one map"
    return json.loads(found[0].proto.json_args)


def places(at: AppTest) -> dict[str, tuple[str, str]]:
    """Place id -> (controller, status) as drawn in the map's places layer."""
    args = map_args(at)
    js = (args["feature_group"] or "") + args["script"]
    return {pid: (controller, status) for pid, controller, status in _PLACE.findall(js)}


def counts(at: AppTest) -> dict[str, int]:
    """Controller -> total, read off the "Places per controller and status" table under the map."""
    table = next(m.value for m in at.markdown if m.value.startswith("| Controller |"))
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in table.splitlines()[2:]]
    return {row[0]: int(row[-1]) for row in rows}


def open_claims_table(at: AppTest):
    """The claims table, after opening its expander (it is drawn only while open)."""
    assert not at.dataframe, "the claims table is drawn while its expander is closed"
    at.session_state["claims_open"] = True
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at.dataframe[0].value


HOSTILE_REPORT = """---
published: 2021-08-14
source: "<script>alert(1)</script> [click](javascript:alert(2))"
title: "<img src=x onerror=alert(3)>"
url: "javascript:alert(4)"
---
The Taliban captured Kandahar <b onmouseover=alert(5)>late</b> on Friday {{ 7*7 }}, a government official said.
"""


def test_report_text_never_reaches_the_page_as_markup(seed_only):
    (seed_only / "hostile.txt").write_text(HOSTILE_REPORT, encoding="utf-8")
    at = run()
    args = json.dumps(map_args(at))
    for raw in ("<script>alert", "<img src=x", "<b onmouseover", "href='javascript", "{{ 7*7 }}"):
        assert raw not in args, raw
    assert "&lt;img src=x onerror=alert(3)&gt;" in args or "hostile" not in args
    footer = at.caption[-1].value
    assert "[click](javascript" not in footer and "\\[click\\]" in footer


def test_page_has_the_widgets_the_issue_names(seed_only):
    at = run()
    assert [m.label for m in at.sidebar.multiselect] == ["Status", "Controller"]
    assert at.sidebar.select_slider(key="as_of").label == "As of"
    assert [b.label for b in at.sidebar.button] == ["Previous", "Next", "Play"]
    assert at.sidebar.toggle[0].label == "Provinces"
    assert at.sidebar.radio[0].label == "Basemap" and at.sidebar.radio[0].options == ["Outlines only",
                                                                                      "OpenStreetMap"]
    assert [b.proto.label for b in at.get("download_button")] == ["Download PNG", "Download GeoJSON",
                                                                    "Download CSV"]
    assert set(at.sidebar.multiselect[0].value) == {"confirmed", "claimed", "disputed"}


def test_defaults_to_the_latest_date_and_draws_the_seed(seed_only):
    at = run()
    slider = at.sidebar.select_slider(key="as_of")
    assert slider.value == date(2021, 8, 13) and slider.options[-1] == "13 Aug 2021"
    drawn = places(at)
    assert drawn[KANDAHAR] == ("taliban", "confirmed")  # "a government official said"
    assert drawn[HERAT][0] == "taliban" and drawn[HERAT][1] == "claimed"  # only the Taliban say so
    assert sum(counts(at).values()) == len(drawn)


def test_map_assets_are_local(seed_only):
    args = map_args(run())
    for url in args["css_links"] + args["js_links"]:
        assert url.startswith("/app/static/vendor/") and "//" not in url, url


def test_status_filter_hides_unconfirmed_places(seed_only):
    at = run()
    at.sidebar.multiselect[0].set_value(["confirmed"]).run()
    drawn = places(at)
    assert HERAT not in drawn and drawn[KANDAHAR] == ("taliban", "confirmed")
    assert {s for _, s in drawn.values()} == {"confirmed"}
    assert at.query_params["status"] == "confirmed"


def test_controller_filter_keeps_only_that_controller(seed_only):
    at = run()
    at.sidebar.multiselect[1].set_value(["government"]).run()
    drawn = places(at)
    assert drawn and {c for c, _ in drawn.values()} == {"government"}
    assert KANDAHAR not in drawn
    assert list(counts(at)) == ["Government"]


def test_slider_step_changes_places_but_not_the_base_map(all_seeds):
    at = run()
    last = places(at)
    script = map_args(at)["script"]
    at.sidebar.select_slider(key="as_of").set_value(date(2021, 8, 6)).run()
    first = places(at)
    assert set(first) == {ZARANJ} and first[ZARANJ][0] == "taliban"
    assert len(last) > len(first)
    # The iframe is kept: the map's own script is the same, only the feature groups differ.
    assert map_args(at)["script"] == script
    assert at.query_params["date"] == "2021-08-06"


def test_timeline_rules_hold_across_the_seeds(all_seeds):
    at = run({"date": "2021-08-13"})
    assert places(at)["airport-oakn"][0] == "government"  # the seed: government forces still hold the airport
    at.sidebar.button[1].click().run()  # Next
    at.sidebar.button[1].click().run()
    at.sidebar.button[1].click().run()
    assert at.sidebar.select_slider(key="as_of").value == date(2021, 8, 16)
    assert places(at)["airport-oakn"] == ("taliban", "claimed")  # the Taliban claim they took it on Monday


def test_previous_and_next_step_through_the_stops(all_seeds):
    at = run({"date": "2021-08-10"})
    slider = at.sidebar.select_slider(key="as_of")
    assert slider.value == date(2021, 8, 10)
    at.sidebar.button[0].click().run()
    assert at.sidebar.select_slider(key="as_of").value == date(2021, 8, 9)
    at.sidebar.button[1].click().run()
    at.sidebar.button[1].click().run()
    assert at.sidebar.select_slider(key="as_of").value == date(2021, 8, 11)
    assert at.query_params["date"] == "2021-08-11"


def test_play_steps_to_the_last_date_and_stops(all_seeds):
    at = run({"date": "2021-08-15"})
    at.sidebar.button[2].click().run()
    assert at.sidebar.select_slider(key="as_of").value == date(2021, 8, 16)
    assert at.session_state["playing"] is False
    assert at.sidebar.button[2].label == "Play"
    assert at.query_params["date"] == "2021-08-16"


def test_query_params_round_trip(all_seeds):
    at = run({"date": "2021-08-09", "status": "confirmed,disputed", "controller": "taliban"})
    assert at.sidebar.select_slider(key="as_of").value == date(2021, 8, 9)
    assert at.sidebar.multiselect[0].value == ["confirmed", "disputed"]
    assert at.sidebar.multiselect[1].value == ["taliban"]
    drawn = places(at)
    assert drawn and all(c == "taliban" and s in ("confirmed", "disputed") for c, s in drawn.values())
    assert at.query_params["date"] == "2021-08-09"
    assert at.query_params["status"] == "confirmed,disputed"
    assert at.query_params["controller"] == "taliban"


def test_bad_query_params_fall_back_to_defaults(seed_only):
    at = run({"date": "not-a-date", "status": "bogus", "controller": "nobody"})
    assert at.sidebar.select_slider(key="as_of").value == date(2021, 8, 13)
    assert len(at.sidebar.multiselect[0].value) == 3


def test_what_changed_names_the_previous_stop(all_seeds):
    at = run({"date": "2021-08-07"})
    heads = [h.value for h in at.subheader]
    assert "What changed since 6 Aug 2021" in heads
    assert "Sheberghan" in " ".join(m.value for m in at.markdown)


def test_claims_table_has_the_issue_columns_and_filters(all_seeds):
    at = run({"date": "2021-08-08", "status": "confirmed"})
    labels = [h.value for h in at.subheader if h.value.startswith("Claims in view")]
    table = open_claims_table(at)
    assert labels == [f"Claims in view ({len(table)})"] and len(table) > 0
    assert list(table.columns) == ["place", "controller", "status", "date", "attribution", "evidence", "source"]
    assert set(table["status"]) == {"confirmed"} and max(table["date"]) <= "2021-08-08"


def test_open_claims_table_follows_the_slider(all_seeds):
    at = run({"date": "2021-08-08"})
    first = open_claims_table(at)
    at.session_state["claims_open"] = True  # the browser sends the open state with every rerun; AppTest does not
    at.sidebar.button[1].click().run()  # Next
    assert at.sidebar.select_slider(key="as_of").value > date(2021, 8, 8)
    later = at.dataframe[0].value
    assert max(later["date"]) > max(first["date"]) and len(later) >= len(first)


def test_provinces_toggle_removes_the_shading(seed_only):
    at = run()
    assert "province-shade" in map_args(at)["feature_group"]
    at.sidebar.toggle[0].set_value(False).run()
    assert "province-shade" not in map_args(at)["feature_group"]


def test_basemap_choice_adds_web_tiles(seed_only):
    at = run()
    assert "openstreetmap" not in map_args(at)["script"].lower()
    at.sidebar.radio[0].set_value("osm").run()
    assert "tile.openstreetmap.org" in map_args(at)["script"]


def test_refused_reports_are_listed_with_the_reason(seed_only):
    (seed_only / "no_date.txt").write_text("The Taliban took Herat.", encoding="utf-8")
    at = run()
    box = next(e for e in at.expander if e.label == "Reports not loaded (1)")
    assert "no_date.txt" in box.text[0].value and "publication date" in box.text[0].value


def test_a_new_report_in_the_folder_shows_up_on_rerun(seed_only):
    at = run()
    assert ZARANJ not in places(at)
    shutil.copy(SEEDS / "2021-08-06_bbc_zaranj-falls.txt", seed_only)
    at.run()
    assert ZARANJ in places(at)


def test_empty_folder_shows_a_message_not_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("CONTROLMAP_REPORTS", str(tmp_path))
    at = run()
    assert "No claims match the filters." in [i.value for i in at.sidebar.info]
    assert places(at) == {}


def test_rebuild_mode_draws_places_in_the_map_itself(seed_only, monkeypatch):
    monkeypatch.setenv("CONTROLMAP_MAP_MODE", "rebuild")
    args = map_args(run())
    assert args["feature_group"] is None and "place-marker" in args["script"]


def test_footer_credits_geonames_and_natural_earth(seed_only):
    footer = run().caption[-1].value
    assert "GeoNames" in footer and "CC BY 4.0" in footer and "Natural Earth" in footer and "Reuters" in footer


def _add(at: AppTest, text: str, published: date | None = None, source: str = "") -> AppTest:
    _open_form(at)
    next(t for t in at.text_area if t.label == "Or paste a report's text").input(text)
    if published:
        next(d for d in at.date_input if d.label == "Published").set_value(published)
    if source:
        next(t for t in at.text_input if t.label == "Source").input(source)
    next(b for b in at.button if b.label == "Add").click()
    at.run()
    assert not at.exception, [e.message for e in at.exception]
    return at


def test_pasted_report_is_stored_and_drawn(seed_only, own_store):
    at = run()
    assert ZARANJ not in places(at)
    text = (SEEDS / "2021-08-06_bbc_zaranj-falls.txt").read_text(encoding="utf-8").split("---\n", 2)[2]
    at = _add(at, text, date(2021, 8, 6), source="BBC <b>News</b>")
    assert ZARANJ in places(at)
    assert any("added as pasted-" in s.value.replace("\\", "") for s in at.success)
    from geo.store import Store

    (stored,) = Store(own_store).reports()
    assert (stored.source, stored.published) == ("BBC <b>News</b>", date(2021, 8, 6))
    again = AppTest.from_file("../app.py", default_timeout=90)
    again.run()
    assert ZARANJ in places(again), "an added report survives a new session"


def test_pasted_report_without_a_date_is_refused_with_the_reason(seed_only, own_store):
    at = _add(run(), "The Taliban took Herat on Friday, officials said.")
    assert any("no publication date" in e.value.replace("\\", "") for e in at.error)
    from geo.store import Store

    assert Store(own_store).reports() == ()


def _open_form(at: AppTest) -> None:
    assert not [t for t in at.text_area if t.label == "Or paste a report's text"], "the form waits to be asked for"
    next(t for t in at.toggle if t.label == "Add a report").set_value(True)
    at.run()


def test_adding_nothing_says_so(seed_only):
    at = run()
    _open_form(at)
    next(b for b in at.button if b.label == "Add").click()
    at.run()
    assert any("Nothing to add" in w.value for w in at.warning)
