"""Date cues resolve against the publication date, never after it."""
from __future__ import annotations

from datetime import date

import pytest

from geo.dates import find_cues, resolve_cue

FRI = date(2021, 8, 13)


def _resolve(text, published=FRI, **kw):
    (cue,) = find_cues(text)
    d, p = resolve_cue(cue, published, **kw)
    return (d.isoformat() if d else None, p.value)


@pytest.mark.parametrize("text,expected", [
    ("on Friday", ("2021-08-13", "day")),
    ("On Thursday", ("2021-08-12", "day")),
    ("late on Saturday", ("2021-08-07", "day")),
    ("last Friday", ("2021-08-06", "day")),
    ("late last night", ("2021-08-12", "day")),
    ("overnight", ("2021-08-12", "day")),
    ("yesterday", ("2021-08-12", "day")),
    ("earlier this week", ("2021-08-09", "week")),
    ("last week", ("2021-08-02", "week")),
    ("13 August", ("2021-08-13", "day")),
    ("Aug. 13", ("2021-08-13", "day")),
    ("August 9", ("2021-08-09", "day")),
    ("20 August", ("2020-08-20", "day")),
    ("August 20, 2021", (None, "unknown")),
    ("two days ago", ("2021-08-11", "day")),
    ("a day ago", ("2021-08-12", "day")),
    ("two weeks ago", ("2021-07-30", "week")),
    ("12-13 August", ("2021-08-12", "day")),  # a span, or a night, by its first day
    ("overnight into Aug. 13", ("2021-08-12", "day")),
    ("the night of 12/13 August", ("2021-08-12", "day")),
    ("a week ago today", ("2021-08-06", "day")),
    ("three months ago today", ("2021-05-13", "day")),  # an anniversary: the same day of the month
    ("two months ago", (None, "unknown")),  # no day, nor a week, can be told
    ("last weekend", ("2021-08-07", "week")),  # from Saturday 7 August
    ("over the weekend", ("2021-08-07", "week")),
])
def test_cues(text, expected):
    assert _resolve(text) == expected


def test_weekday_across_month_end():
    assert _resolve("on Saturday", date(2021, 9, 1)) == ("2021-08-28", "day")


def test_weak_cues_need_a_reference():
    assert _resolve("that afternoon") == (None, "unknown")
    assert _resolve("that afternoon", reference=date(2021, 8, 9)) == ("2021-08-09", "day")
    assert _resolve("the following day", previous=date(2021, 8, 6)) == ("2021-08-07", "day")


def test_invalid_day_is_unknown():
    assert _resolve("31 February") == (None, "unknown")


def test_the_weekend_just_past_from_a_sunday_or_monday():
    assert _resolve("over the weekend", published=date(2021, 8, 16)) == ("2021-08-14", "week")  # a Monday
    assert _resolve("over the weekend", published=date(2021, 8, 15)) == ("2021-08-14", "week")  # that Sunday


@pytest.mark.parametrize("text", ["on Saturday, 28 August", "on Saturday 28 August", "on Saturday (28 August)",
                                  "On Saturday, Aug. 28,"])
def test_a_weekday_before_a_date_is_that_date(text):
    cues = find_cues(text)
    assert [(c.kind, resolve_cue(c, date(2021, 9, 13))[0]) for c in cues] == [("abs", date(2021, 8, 28))]
    assert text[cues[0].start:].lower().startswith("saturday")  # the cue starts where the text starts to name the day


def test_a_weekday_with_a_yearless_date_picks_its_year():
    # published two years on: 6 September was a Monday in 2021, not in 2023 or 2022
    (cue,) = find_cues("Monday, September 6.")
    assert resolve_cue(cue, date(2023, 8, 20)) == (date(2021, 9, 6), resolve_cue(cue, date(2021, 9, 8))[1])
    assert resolve_cue(cue, date(2021, 9, 8))[0] == date(2021, 9, 6)


@pytest.mark.parametrize("text,reference,want", [
    # days counted from the day named before
    ("Two days later Kunduz fell.", date(2021, 8, 6), date(2021, 8, 8)),
    ("Three days earlier, Zaranj had fallen.", date(2021, 8, 9), date(2021, 8, 6)),
    ("Four days later the city fell.", None, None),  # (no day before to count from)
    ("Two days later the city fell.", date(2021, 8, 20), None),  # (never after publication)
])
def test_days_apart_count_from_the_day_before(text, reference, want):
    cue = find_cues(text)[0]
    assert cue.kind == "apart"
    assert resolve_cue(cue, date(2021, 8, 21), reference=reference)[0] == want
