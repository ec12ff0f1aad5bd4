"""The timeline over every report of seeds/: Previous/Next, arrow keys, Play and deep links, in one map iframe."""
from __future__ import annotations

import re
import time
from datetime import date

import pytest
from dateutil import parser as dateparser
from playwright.sync_api import expect

from .conftest import nearest

pytestmark = pytest.mark.e2e

# data/afghanistan_places.csv
ZARANJ = (30.95962, 61.86037)
MAZAR = (36.70904, 67.11087)
HERAT = (34.34817, 62.19967)
GHAZNI = (33.55391, 68.42096)
KABUL = (34.52813, 69.17233)
FIRST_DAY = date(2021, 8, 6)   # Zaranj falls (BBC)
LAST_DAY = date(2021, 8, 16)   # Kabul airport (NYT)


def _day(label: str) -> date:
    """The day a slider label names ("2021-08-12", "12 Aug 2021", ...)."""
    assert label, "the As of slider shows no day"
    return dateparser.parse(label).date()


def _state(markers: list[dict]) -> list[tuple]:
    return sorted((round(m["lat"], 3), round(m["lng"], 3), m["controller"], m["status"]) for m in markers)


def _at(app, place, what: str) -> dict:
    markers = app.wait_markers(lambda ms: nearest(ms, *place) is not None, what)
    return nearest(markers, *place)


def _moved(app, act) -> date:
    """Do `act` (a click, a key) and return the day the slider moves to."""
    before = app.as_of()
    act()
    app.page.wait_for_function(
        "([el, before]) => el.getAttribute('aria-valuetext') !== before",
        arg=[app.as_of_slider().element_handle(), before])
    app.wait_idle()
    return _day(app.as_of())


def _step_to(app, target: date, *, key: str) -> None:
    """Press an arrow key on the focused "As of" slider until it stands on `target`."""
    for _ in range(40):
        if _day(app.as_of()) == target:
            return
        _moved(app, lambda: app.page.keyboard.press(key))
    raise AssertionError(f"the slider never reached {target}; it shows {app.as_of()}")


def _wait_marker_change(app, before: list[tuple], what: str) -> list[dict]:
    return app.wait_markers(lambda ms: _state(ms) != before and len(ms) > 0, what)


def test_previous_next_and_arrow_keys_step_the_timeline_in_the_same_map(open_app, seeds_app):
    app = open_app(seeds_app)
    last = app.wait_markers(lambda ms: nearest(ms, *KABUL) is not None, "Kabul on the last day")
    assert _day(app.as_of()) == LAST_DAY
    assert nearest(last, *KABUL)["controller"] == "taliban"  # in the palace since Sunday 15 Aug
    app.tag_map()

    # Previous, three times: 16 -> 13 August, the day of the seed, when the government still held Mazar.
    counts = {LAST_DAY: len(last)}
    for _ in range(3):
        before = _day(app.as_of())
        day = _moved(app, app.button("Previous").click)
        assert day < before
        counts[day] = len(app.wait_markers(lambda ms: len(ms) > 0, f"markers on {day}"))
    assert _day(app.as_of()) == date(2021, 8, 13)
    mazar = _at(app, MAZAR, "Mazar-i-Sharif on 13 August")
    assert (mazar["controller"], mazar["status"]) == ("government", "confirmed"), mazar
    assert app.map_is_tagged(), "the map iframe was rebuilt by Previous"

    # Next: 14 August, Mazar falls (AP).
    assert _moved(app, app.button("Next").click) == date(2021, 8, 14)
    app.wait_markers(lambda ms: (m := nearest(ms, *MAZAR)) is not None and m["controller"] == "taliban",
                     "Mazar-i-Sharif taken by the Taliban on 14 August")
    assert app.map_is_tagged(), "the map iframe was rebuilt by Next"

    # Arrow keys on the slider itself: back to the first day, when only Zaranj had fallen.
    app.as_of_slider().focus()
    before = _state(app.markers())
    assert _moved(app, lambda: app.page.keyboard.press("ArrowLeft")) == date(2021, 8, 13)
    _wait_marker_change(app, before, "a change after ArrowLeft (14 -> 13 August)")
    _step_to(app, FIRST_DAY, key="ArrowLeft")
    first = app.wait_markers(lambda ms: nearest(ms, *ZARANJ) is not None, "Zaranj on 6 August")
    zaranj = nearest(first, *ZARANJ)
    assert zaranj["controller"] == "taliban", zaranj
    assert nearest(first, *KABUL) is None and nearest(first, *MAZAR) is None, "places appear before their first report"
    assert len(first) < len(last)
    counts[FIRST_DAY] = len(first)
    assert app.map_is_tagged(), "the map iframe was rebuilt by the arrow keys"

    # With every status shown, a place once reported stays drawn: counts never fall as the day advances.
    ordered = [counts[d] for d in sorted(counts)]
    assert ordered == sorted(ordered), counts


def test_play_runs_to_the_last_day_in_the_same_map(open_app, seeds_app):
    app = open_app(seeds_app, "?date=2021-08-06")
    app.wait_markers(lambda ms: nearest(ms, *ZARANJ) is not None, "Zaranj on 6 August")
    assert _day(app.as_of()) == FIRST_DAY
    app.tag_map()

    app.button("Play").click()
    seen: list[date] = [FIRST_DAY]
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            day = _day(app.as_of())
        except Exception:  # the slider is between two renders
            day = seen[-1]
        if day != seen[-1]:
            seen.append(day)
        if day == LAST_DAY:
            break
        app.assert_no_exception()
        app.page.wait_for_timeout(100)
    assert seen[-1] == LAST_DAY, f"Play stopped at {seen[-1]} (days seen: {seen})"
    assert len(seen) >= 4, f"Play jumped instead of stepping: {seen}"
    assert seen == sorted(seen), f"Play went backwards: {seen}"
    app.wait_markers(lambda ms: (m := nearest(ms, *KABUL)) is not None and m["controller"] == "taliban",
                     "Kabul held by the Taliban at the end of Play")
    assert app.map_is_tagged(), "the map iframe was rebuilt during Play"
    # Play stops at the last day rather than looping.
    app.page.wait_for_timeout(1500)
    assert _day(app.as_of()) == LAST_DAY


def test_deep_link_opens_that_exact_view(open_app, seeds_app):
    app = open_app(seeds_app, "?date=2021-08-12&status=confirmed")
    assert _day(app.as_of()) == date(2021, 8, 12)
    assert app.selected_statuses() == ["Confirmed"]
    linked = app.wait_markers(lambda ms: nearest(ms, *HERAT) is not None and nearest(ms, *GHAZNI) is not None,
                              "Herat and Ghazni on 12 August")
    assert {m["status"] for m in linked} == {"confirmed"}, linked
    for place in (HERAT, GHAZNI):  # both fell on Thursday 12 August, say officials (CNN)
        m = nearest(linked, *place)
        assert (m["controller"], m["status"]) == ("taliban", "confirmed"), m
    assert nearest(linked, *MAZAR) is None or nearest(linked, *MAZAR)["controller"] == "government"

    # The same view reached by hand shows exactly the same markers.
    app = open_app(seeds_app)
    app.wait_markers(lambda ms: len(ms) > 0, "any marker")
    app.choose_statuses(["Confirmed"])
    app.as_of_slider().focus()
    _step_to(app, date(2021, 8, 12), key="ArrowLeft")
    by_hand = app.wait_markers(lambda ms: _state(ms) == _state(linked), "the deep link's markers")
    assert _state(by_hand) == _state(linked)


def test_claims_table_opens_on_click_and_stays_open_as_the_timeline_moves(open_app, seeds_app):
    app = open_app(seeds_app)
    app.wait_markers(lambda ms: len(ms) > 0, "markers on the last day")
    grid = app.page.locator('[data-testid="stDataFrame"]')
    assert grid.count() == 0, "the claims table is drawn before it is opened"
    app.page.get_by_text("Table: place, controller").click()
    expect(grid).to_be_visible()

    day = _moved(app, app.button("Previous").click)
    expect(grid).to_be_visible()  # still open after the step
    cells = grid.locator('[role="gridcell"]')
    expect(cells.first).to_be_attached()  # the accessible cells behind the canvas
    dates = [date.fromisoformat(t.strip()) for t in cells.all_text_contents() if re.fullmatch(r"\s*\d{4}-\d\d-\d\d\s*", t)]
    assert dates and max(dates) <= day, (day, dates)
