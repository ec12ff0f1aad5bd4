"""PNG snapshot render time: the seed state on 13 Aug 2021 and a crowded map of every provincial capital."""
from __future__ import annotations

import time
from datetime import date
from itertools import cycle

from bench import Row, median_time

TARGET_S = 0.5
DAY = date(2021, 8, 13)


def _capitals_state(profile):
    """Every provincial capital, with the controllers and statuses cycled: the busiest map the app draws."""
    from geo import basemap
    from geo.gazetteer import Gazetteer
    from geo.models import Claim, DatePrecision, Span, Status
    from geo.timeline import control_as_of

    gaz = Gazetteer.from_csv()
    combos = cycle([(c, s) for c in ("taliban", "government", "contested") for s in Status])
    claims = []
    for gid in basemap.capital_province():
        place = gaz.place(gid)
        if place is None:
            continue
        controller, status = next(combos)
        text = f"{place.name} is held by the {controller}."
        claims.append(Claim(Claim.make_id("bench", place.id, 0), "bench", place.id, place.name, controller, status,
                            DAY, DatePrecision.DAY, "bench", Span(text, 0, len(text)), DAY, place=place))
    return control_as_of(claims, DAY)


def _seed_state(profile):
    """The seeds through the extractor, or None while extraction is not in the tree."""
    try:
        from geo.extract import extract_claims
    except ImportError:
        return None, None
    from geo.gazetteer import Gazetteer
    from geo.sources import load_reports
    from geo.timeline import control_as_of
    from tests.conftest import SEEDS

    gaz = Gazetteer.from_csv()
    reports = {r.id: r for r in load_reports(SEEDS).reports}
    claims = [c for r in reports.values() for c in extract_claims(r, gaz, profile)]
    return control_as_of(claims, DAY), reports


def run() -> list[Row]:
    from geo.profile import Theatre
    from geo.snapshot import render_png

    profile = Theatre.from_yaml()
    rows = []
    crowded = _capitals_state(profile)
    t = time.perf_counter()
    render_png(crowded, profile=profile, day=DAY)
    rows.append(Row("snapshot: first PNG (imports, basemap load)", time.perf_counter() - t, "s"))
    cases = [(f"snapshot: {len(crowded)} provincial capitals, 1600 px (median of 5)", crowded, None)]
    seed, reports = _seed_state(profile)
    if seed is not None:
        cases.insert(0, (f"snapshot: seed state 13 Aug, {len(seed)} places, 1600 px (median of 5)", seed, reports))
    for name, state, reps in cases:
        def once(state=state, reps=reps):
            return render_png(state, profile=profile, day=DAY, reports=reps)

        once()  # warm-up
        value = median_time(once, repeat=5)
        rows.append(Row(name, value, "s", f"<= {TARGET_S} s", value <= TARGET_S))
    return rows
