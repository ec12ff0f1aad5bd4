"""Date cues in news text ("late last night", "on Thursday", "Aug. 13") resolved against the publication date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from .models import DatePrecision
from .scan import Finder

__all__ = ["Cue", "find_cues", "resolve_cue", "CUE_RE", "PAST_YEAR_RE", "NUMBER_WORDS", "WEEKDAYS"]

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_M = "|".join(sorted(_MONTHS, key=len, reverse=True))
_W = "|".join(WEEKDAYS)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# Small counts written as words ("two days ago", "a day after"); also used by the extractor's day arithmetic.
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}

# One alternation, longest and most specific first; group names say how each cue resolves.
CUE_RE = re.compile(
    # (a span or a night, by its first day: "12-13 August", "the night of 12/13 August")
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–/]\s*\d{{1,2}}(?:st|nd|rd|th)?)?\s+(?P<m1>{_M})\b\.?(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"
    rf"|(?P<m2>{_M})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
    rf"|(?P<last>last)\s+(?P<wd1>{_W}){_PART}"
    rf"|(?P<wd>{_W}){_PART}"
    r"|(?P<prev>(?:late\s+|early\s+)?last\s+night|overnight|yesterday)"
    r"|(?P<today>today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<thisweek>(?:earlier\s+|later\s+)?this\s+week|earlier\s+in\s+the\s+week)"
    r"|(?P<lastweek>last\s+week)"
    r"|(?P<ago>(?:a|one|two|three|four|five|six|\d{1,2})\s+(?:days?|weeks?|months?)\s+ago(?:\s+today)?)"
    r"|(?P<weekend>(?:last|over\s+the|this\s+past)\s+weekend)"
    r"|(?P<next>the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)|a\s+day\s+later|the\s+day\s+after)"
    # ("Two days later Kunduz fell": counted from the day named before)
    r"|(?P<apart>(?:two|three|four|five|six|seven|\d{1,2})\s+days\s+(?:later|earlier|afterwards))"
    r"|(?P<weak>that\s+(?:morning|afternoon|evening|night|day)|(?:earlier|later)\s+in\s+the\s+day"
    r"|in\s+the\s+(?:morning|afternoon|evening)|(?:a\s+few\s+|several\s+)?hours\s+(?:earlier|later)"
    r"|the\s+same\s+day|later|within\s+hours))\b",
    re.IGNORECASE,
)
# A past year in a clause marks history ("emerged in the province in 1994"), not a current event.
PAST_YEAR_RE = re.compile(r"\b(?:in|since|during|by|of|and)\s+((?:19|20)\d\d)s?\b|\b(?:years|decades)\s+ago\b")


_CUE = Finder(CUE_RE)


@dataclass(frozen=True, slots=True)
class Cue:
    """One date expression: where it is, and its kind (the regex group that matched)."""

    start: int
    end: int
    kind: str  # abs | weekday | prev | today | thisweek | lastweek | ago | weekend | next | apart | weak
    match: re.Match
    weekday: int | None = None  # the weekday named with a date ("Monday, September 6"): which year it is, when none given
    back: int = 0  # days before the date it names ("overnight into Aug. 13": 1)


_APPOSITION_RE = re.compile(r"\s*,?\s*(?:a\s+|which\s+was\s+a\s+|\()?")
_WEEKDAY_DATE_RE = re.compile(r"\s*,?\s*\(?\s*")
_INTO_RE = re.compile(r"\s+(?:into|to)\s+(?:the\s+)?")


def find_cues(text: str, low: str | None = None) -> list[Cue]:
    """Every date cue in `text`, in order; `low` (`text.lower()`) saves recomputing it."""
    out = []
    for m in _CUE.finditer(text, low):
        g = m.lastgroup
        if g in ("d1", "m1", "y1", "d2", "m2", "y2"):
            kind = "abs"
        elif g in ("wd", "wd1", "last"):
            kind = "weekday"
        else:
            kind = g or "weak"
        if m.group("wd") or m.group("wd1"):
            kind = "weekday"
        if m.group("m1") or m.group("m2"):
            kind = "abs"
        if kind == "weekday" and out and out[-1].kind == "abs" and _APPOSITION_RE.fullmatch(text, out[-1].end, m.start()):
            continue  # "On 20 August, a Friday, ...": the date's weekday, not another day
        if kind == "abs" and out and out[-1].kind == "prev" and _INTO_RE.fullmatch(text, out[-1].end, m.start()) \
                and out[-1].match.group("prev").lower() == "overnight":
            # "fell overnight into Aug. 13": the night before that day, by its first day
            out[-1] = Cue(out[-1].start, m.end(), kind, m, back=1)
            continue
        if kind == "abs" and out and out[-1].kind == "weekday" and _WEEKDAY_DATE_RE.fullmatch(text, out[-1].end, m.start()):
            # "on Saturday, 28 August", "Saturday (28 August)": one cue, the date, which the weekday only names
            wd = out[-1].match
            out[-1] = Cue(out[-1].start, m.end(), kind, m, WEEKDAYS[(wd.group("wd") or wd.group("wd1")).lower()])
            continue
        out.append(Cue(m.start(), m.end(), kind, m))
    return out


def _abs(m: re.Match, published: date) -> date | None:
    month = _MONTHS[(m.group("m1") or m.group("m2")).lower()]
    day = int(m.group("d1") or m.group("d2"))
    year_s = m.group("y1") or m.group("y2")
    year = int(year_s) if year_s else published.year
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    if d > published:
        if year_s:
            return None  # an explicit future date is a forecast, never an event
        try:
            d = date(year - 1, month, day)
        except ValueError:
            return None
    return d


def _same_day(d: date, year: int) -> date | None:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return None


def resolve_cue(cue: Cue, published: date, *, reference: date | None = None,
                previous: date | None = None) -> tuple[date | None, DatePrecision]:
    """The day a cue names, never after `published`; `reference` anchors "that afternoon", `previous` "the next day"."""
    m = cue.match
    kind = cue.kind
    if kind == "abs":
        d = _abs(m, published)
        if d is not None and cue.weekday is not None and d.weekday() != cue.weekday \
                and not (m.group("y1") or m.group("y2")):
            # "Monday, September 6" in a piece published two years on: the last year whose 6 September was a Monday
            d = next((y for k in range(1, 12) if (y := _same_day(d, d.year - k)) is not None
                      and y.weekday() == cue.weekday), d)
        return (d - timedelta(days=cue.back), DatePrecision.DAY) if d else (None, DatePrecision.UNKNOWN)
    if kind == "weekday":
        wd = WEEKDAYS[(m.group("wd") or m.group("wd1")).lower()]
        # the last such weekday on or before the day (before it for "last Friday"): plain day arithmetic
        day = published - timedelta(days=1) if m.group("last") else published
        return day - timedelta(days=(day.weekday() - wd) % 7), DatePrecision.DAY
    if kind == "prev":
        return published - timedelta(days=1), DatePrecision.DAY
    if kind == "today":
        return published, DatePrecision.DAY
    if kind == "thisweek":
        return published - timedelta(days=published.weekday()), DatePrecision.WEEK
    if kind == "lastweek":
        return published - timedelta(days=published.weekday() + 7), DatePrecision.WEEK
    if kind == "ago":  # "two days ago", "a week ago", "three months ago today"
        word, unit = m.group("ago").lower().split()[:2]
        n = NUMBER_WORDS.get(word) or int(word)
        today = m.group("ago").lower().endswith("today")  # (the same day of the month: an anniversary)
        if unit.startswith("day"):
            return published - timedelta(days=n), DatePrecision.DAY
        if unit.startswith("week"):
            return published - timedelta(weeks=n), DatePrecision.DAY if today else DatePrecision.WEEK
        if today:
            return published - relativedelta(months=n), DatePrecision.DAY
        return None, DatePrecision.UNKNOWN  # ("two months ago": no day, nor a week, can be told)
    if kind == "weekend":  # "last weekend", "over the weekend": from the last Saturday before publication
        return published - timedelta(days=(published.weekday() - 5) % 7 or 7), DatePrecision.WEEK
    if kind == "next":
        base = previous or reference
        if base is None:
            return None, DatePrecision.UNKNOWN
        return min(base + timedelta(days=1), published), DatePrecision.DAY
    if kind == "apart":  # "two days later", "three days earlier": from the day named before
        base = previous or reference
        if base is None:
            return None, DatePrecision.UNKNOWN
        word, _, direction = m.group("apart").lower().split()
        n = NUMBER_WORDS.get(word) or int(word)
        day = base - timedelta(days=n) if direction == "earlier" else base + timedelta(days=n)
        return (day, DatePrecision.DAY) if day <= published else (None, DatePrecision.UNKNOWN)
    # weak: "that afternoon", "hours earlier", "later": of the day named before it in the sentence ("On Aug. 8, ... all
    # fell within hours"), else of the story's
    if (base := previous or reference) is not None:
        return min(base, published), DatePrecision.DAY
    return None, DatePrecision.UNKNOWN
