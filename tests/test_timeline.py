"""Timeline semantics (DESIGN.md): the controller is the latest claim's, the status the strongest since it changed."""
from __future__ import annotations

from datetime import date


from geo.models import Claim, DatePrecision, Place, Precision, Span, Status
from geo.timeline import (
    Change,
    basis,
    changes_between,
    control_as_of,
    counts,
    history,
    stops,
)

C, CL, D = Status.CONFIRMED, Status.CLAIMED, Status.DISPUTED


def _place(pid: str, name: str, lat: float, lon: float, kind: str = "city", admin1: str = "") -> Place:
    return Place(pid, name, lat, lon, kind, admin1 or name, "AF", Precision.CITY if kind == "city" else Precision.POINT,
                 geonameid=pid if kind == "city" else "")


PLACES = {
    "kandahar": _place("1138336", "Kandahar", 31.61332, 65.71013, admin1="Kandahar"),
    "kandahar airport": _place("airport-oakn", "Kandahar Airport", 31.5058, 65.8478, "airport", "Kandahar"),
    "kabul": _place("1138958", "Kabul", 34.52813, 69.17233),
    "herat": _place("1140026", "Herat", 34.34817, 62.19967),
    "qala-e-naw": _place("1129867", "Qala i Naw", 34.98735, 63.12891, admin1="Badghis"),
    "ghazni": _place("1141269", "Ghazni", 33.55391, 68.42096),
    "lashkar gah": _place("1134720", "Lashkar Gah", 31.59382, 64.37161, admin1="Helmand"),
    "mazar": _place("1133616", "Mazar-e Sharif", 36.70904, 67.11087, admin1="Balkh"),
}


def make_claim(
    name: str,
    controller: str,
    status: Status,
    day: date | None,
    *,
    published: date | None = None,
    report: str = "r1",
    start: int = 0,
    attribution: str = "government official",
    evidence: str = "",
    written: str | None = None,
) -> Claim:
    """A claim about one of PLACES, as the extractor would make it."""
    place = PLACES[name]
    published = published or day or date(2021, 8, 13)
    text = evidence or f"{place.name} is held by the {controller}."
    return Claim(
        id=Claim.make_id(report, place.id, start),
        report_id=report,
        place_id=place.id,
        name_as_written=written or place.name,
        controller=controller,
        status=status,
        event_date=day,
        date_precision=DatePrecision.DAY if day else DatePrecision.UNKNOWN,
        attribution=attribution,
        evidence=Span(text, start, start + len(text)),
        published=published,
        place=place,
    )


AUG = {d: date(2021, 8, d) for d in range(1, 32)}


def test_stops_are_distinct_sorted_effective_dates():
    claims = [
        make_claim("kabul", "government", C, None, published=AUG[13]),
        make_claim("herat", "taliban", C, AUG[12]),
        make_claim("kandahar", "taliban", C, AUG[12], published=AUG[13]),
    ]
    assert stops(claims) == [AUG[12], AUG[13]]
    assert stops([]) == []


def test_claimed_then_confirmed_shows_claimed_until_the_confirmation():
    claims = [
        make_claim("lashkar gah", "taliban", CL, AUG[12], report="seed", attribution="Taliban"),
        make_claim("lashkar gah", "taliban", C, AUG[13], report="ap", attribution="provincial council head"),
    ]
    assert control_as_of(claims, AUG[11]) == {}
    on_12 = control_as_of(claims, AUG[12])["1134720"]
    assert (on_12.controller, on_12.status, on_12.since) == ("taliban", CL, AUG[12])
    on_13 = control_as_of(claims, AUG[13])["1134720"]
    assert (on_13.controller, on_13.status, on_13.since) == ("taliban", C, AUG[12])
    assert on_13.claim.report_id == "ap"
    assert [c.report_id for c in on_13.history] == ["seed", "ap"]


def test_denied_claim_is_disputed():
    claims = [make_claim("kandahar", "taliban", D, AUG[9], attribution="Taliban; denied by the Defense Ministry")]
    assert control_as_of(claims, AUG[9])["1138336"].status == D


def test_claimed_change_of_hands_after_confirmed_state():
    claims = [
        make_claim("kandahar airport", "government", C, None, published=AUG[13], report="seed"),
        make_claim("kandahar airport", "taliban", CL, AUG[16], report="nyt", attribution="Taliban"),
    ]
    state = control_as_of(claims, AUG[16])["airport-oakn"]
    assert (state.controller, state.status, state.since) == ("taliban", CL, AUG[16])
    assert [(c.controller, c.status) for c in state.history] == [("government", C), ("taliban", CL)]
    confirmed_only = control_as_of(claims, AUG[16], statuses=["confirmed"])["airport-oakn"]
    assert (confirmed_only.controller, confirmed_only.status) == ("government", C)
    assert confirmed_only.since == AUG[13]


def test_later_unverified_repetition_never_downgrades_a_confirmation():
    claims = [
        make_claim("herat", "taliban", C, AUG[12], report="cnn", attribution="officials"),
        make_claim("herat", "taliban", CL, None, published=AUG[13], report="seed", attribution="Taliban"),
    ]
    state = control_as_of(claims, AUG[13])["1140026"]
    assert (state.controller, state.status, state.since) == ("taliban", C, AUG[12])
    assert state.claim.report_id == "seed"  # the latest claim decides the controller
    assert basis(state).report_id == "cnn"  # the confirmation carries the status


def test_status_filter_confirmed_alone_hides_qala_e_naw():
    claims = [
        make_claim("qala-e-naw", "taliban", CL, None, published=AUG[13], attribution="Taliban"),
        make_claim("kandahar", "taliban", C, AUG[12], published=AUG[13]),
    ]
    assert set(control_as_of(claims, AUG[13])) == {"1129867", "1138336"}
    assert set(control_as_of(claims, AUG[13], statuses={Status.CONFIRMED})) == {"1138336"}
    assert control_as_of(claims, AUG[13], statuses=[]) == {}


def test_same_day_confirmed_beats_disputed_beats_claimed():
    claims = [
        make_claim("kandahar", "government", C, AUG[12], report="a", start=10),
        make_claim("kandahar", "contested", D, AUG[12], report="b", start=5),
        make_claim("kandahar", "taliban", CL, AUG[12], report="z", start=99),
    ]
    assert control_as_of(claims, AUG[12])["1138336"].controller == "government"
    assert control_as_of(claims[1:], AUG[12])["1138336"].controller == "contested"


def test_same_day_same_status_later_report_wins():
    earlier = make_claim("kabul", "government", C, AUG[15], published=AUG[15], report="efe")
    later = make_claim("kabul", "taliban", C, AUG[15], published=AUG[16], report="nyt")
    for claims in ([earlier, later], [later, earlier]):
        assert control_as_of(claims, AUG[16])["1138958"].controller == "taliban"
    # same publication date: report id, then evidence offset
    a = make_claim("kabul", "government", C, AUG[15], published=AUG[16], report="a")
    b = make_claim("kabul", "taliban", C, AUG[15], published=AUG[16], report="b")
    assert control_as_of([b, a], AUG[16])["1138958"].controller == "taliban"
    x = make_claim("kabul", "government", C, AUG[15], report="a", start=500)
    y = make_claim("kabul", "taliban", C, AUG[15], report="a", start=20)
    assert control_as_of([x, y], AUG[16])["1138958"].controller == "government"


def test_controller_filter_hides_and_never_falls_back():
    claims = [
        make_claim("kandahar airport", "government", C, AUG[13]),
        make_claim("kandahar airport", "taliban", CL, AUG[16], report="nyt"),
        make_claim("kabul", "government", C, AUG[13]),
    ]
    assert set(control_as_of(claims, AUG[16], controllers=["government"])) == {"1138958"}
    assert set(control_as_of(claims, AUG[15], controllers=["government"])) == {"1138958", "airport-oakn"}
    assert set(control_as_of(claims, AUG[16], controllers=["taliban"])) == {"airport-oakn"}


def test_status_is_reset_when_the_controller_changes_back():
    claims = [
        make_claim("kandahar", "government", C, AUG[1]),
        make_claim("kandahar", "taliban", CL, AUG[5], report="b"),
        make_claim("kandahar", "government", CL, AUG[8], report="c"),
    ]
    state = control_as_of(claims, AUG[9])["1138336"]
    assert (state.controller, state.status, state.since) == ("government", CL, AUG[8])


def test_later_confirmation_upgrades_and_since_is_start_of_run():
    claims = [
        make_claim("ghazni", "government", C, AUG[1]),
        make_claim("ghazni", "taliban", CL, AUG[10], report="b"),
        make_claim("ghazni", "taliban", D, AUG[11], report="c"),
        make_claim("ghazni", "taliban", C, AUG[12], report="d"),
        make_claim("ghazni", "taliban", CL, AUG[14], report="e"),
    ]
    got = [(d, control_as_of(claims, AUG[d])["1141269"].status) for d in (10, 11, 12, 14)]
    assert got == [(10, CL), (11, D), (12, C), (14, C)]
    assert control_as_of(claims, AUG[14])["1141269"].since == AUG[10]


def test_effective_date_falls_back_to_publication():
    claim = make_claim("kabul", "government", C, None, published=AUG[13])
    assert control_as_of([claim], AUG[12]) == {}
    assert control_as_of([claim], AUG[13])["1138958"].since == AUG[13]


def test_claim_without_place_is_not_drawn():
    bare = make_claim("kabul", "government", C, AUG[13])
    from dataclasses import replace

    assert control_as_of([replace(bare, place=None)], AUG[13]) == {}


def test_history_of_one_place_up_to_a_day():
    claims = [
        make_claim("herat", "taliban", CL, AUG[13], report="seed"),
        make_claim("herat", "taliban", C, AUG[12], report="cnn"),
        make_claim("kabul", "government", C, AUG[13]),
    ]
    assert [c.report_id for c in history(claims, "1140026")] == ["cnn", "seed"]
    assert [c.report_id for c in history(claims, "1140026", AUG[12])] == ["cnn"]
    assert history(claims, "nowhere") == ()


def test_changes_between_days():
    claims = [
        make_claim("kandahar airport", "government", C, AUG[13]),
        make_claim("kandahar airport", "taliban", CL, AUG[16], report="nyt"),
        make_claim("lashkar gah", "taliban", CL, AUG[12], report="seed"),
        make_claim("lashkar gah", "taliban", C, AUG[13], report="ap"),
        make_claim("mazar", "government", C, AUG[13]),
        make_claim("mazar", "taliban", C, AUG[14], report="ap14"),
        make_claim("kabul", "taliban", C, AUG[15], report="nyt16"),
        make_claim("herat", "taliban", C, AUG[12]),
    ]
    changes = changes_between(claims, AUG[12], AUG[16])
    assert all(isinstance(ch, Change) for ch in changes)
    got = {ch.place.name: ch.kind for ch in changes}
    assert got == {"Kandahar Airport": "new", "Lashkar Gah": "status", "Mazar-e Sharif": "new", "Kabul": "new"}
    changes = changes_between(claims, AUG[13], AUG[16])
    got = {ch.place.name: (ch.kind, ch.before and ch.before.controller, ch.after and ch.after.controller)
           for ch in changes}
    assert got == {
        "Kandahar Airport": ("controller", "government", "taliban"),
        "Mazar-e Sharif": ("controller", "government", "taliban"),
        "Kabul": ("new", None, "taliban"),
    }
    gone = changes_between(claims, AUG[16], AUG[12])
    assert {ch.place.name for ch in gone if ch.kind == "gone"} == {"Kandahar Airport", "Mazar-e Sharif", "Kabul"}
    assert [ch.place.name for ch in changes] == sorted(ch.place.name for ch in changes)


def test_counts_per_controller_and_status():
    claims = [
        make_claim("kandahar", "taliban", C, AUG[12]),
        make_claim("herat", "taliban", C, AUG[12]),
        make_claim("qala-e-naw", "taliban", CL, AUG[13]),
        make_claim("kabul", "government", C, AUG[13]),
    ]
    got = counts(control_as_of(claims, AUG[13]))
    assert got == {("taliban", C): 2, ("government", C): 1, ("taliban", CL): 1}
    assert next(iter(got)) == ("taliban", C)
    assert counts({}) == {}


def test_unknown_status_strings_in_the_filter_are_ignored():
    claims = [make_claim("kabul", "government", C, AUG[13])]
    assert set(control_as_of(claims, AUG[13], statuses=["Confirmed", "bogus"])) == {"1138958"}
    assert control_as_of(claims, AUG[13], statuses=["bogus"]) == {}


# --- the real seeds through the extractor ------------------------------------------------------------

def test_seeds_herat_stays_confirmed_on_13_aug(seed_claims):
    herat = control_as_of(seed_claims, AUG[13]).get("1140026")
    assert herat is not None
    assert (herat.controller, herat.status) == ("taliban", C)


def test_seeds_confirmed_alone_hides_qala_e_naw(seed_claims):
    assert "1129867" in control_as_of(seed_claims, AUG[13])
    assert control_as_of(seed_claims, AUG[13])["1129867"].status == CL
    assert "1129867" not in control_as_of(seed_claims, AUG[13], statuses=["confirmed"])


def test_seeds_kandahar_taliban_and_airport_government_on_13_aug(seed_claims):
    state = control_as_of(seed_claims, AUG[13])
    assert state["1138336"].controller == "taliban"
    assert state["airport-oakn"].controller == "government"
    airport_16 = control_as_of(seed_claims, AUG[16])["airport-oakn"]
    assert (airport_16.controller, airport_16.status) == ("taliban", CL)
    assert control_as_of(seed_claims, AUG[16], statuses=["confirmed"])["airport-oakn"].controller == "government"


def test_seeds_kabul_changes_hands_on_15_aug(seed_claims):
    assert control_as_of(seed_claims, AUG[14])["1138958"].controller == "government"
    assert control_as_of(seed_claims, AUG[16])["1138958"].controller == "taliban"
    assert AUG[6] in stops(seed_claims) and AUG[16] in stops(seed_claims)


# --- properties over random claim sets ---------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from geo.models import STATUS_RANK  # noqa: E402

_claim_specs = st.lists(
    st.tuples(
        st.sampled_from(["kandahar", "kabul", "herat"]),
        st.sampled_from(["taliban", "government", "contested"]),
        st.sampled_from(list(Status)),
        st.integers(1, 10),
        st.integers(0, 2),
        st.integers(0, 500),
    ),
    max_size=12,
)


def _random_claims(specs):
    return [make_claim(name, ctrl, status, AUG[d], published=AUG[d + lag], report=f"r{d + lag}", start=start)
            for name, ctrl, status, d, lag, start in specs]


@settings(max_examples=150, deadline=None)
@given(_claim_specs, st.integers(1, 12), st.sets(st.sampled_from(["taliban", "government", "contested"])))
def test_properties_of_the_state(specs, d, wanted):
    claims = _random_claims(specs)
    day = AUG[d]
    full = control_as_of(claims, day)
    assert set(full) == {c.place_id for c in claims if c.effective_date <= day}
    for pid, s in full.items():
        hist = history(claims, pid, day)
        assert s.history == hist and s.claim == hist[-1]
        assert s.controller == hist[-1].controller
        assert STATUS_RANK[s.status] >= STATUS_RANK[hist[-1].status]
        assert s.since <= s.claim.effective_date <= day
        run = [c for c in hist if c.effective_date >= s.since and c.controller == s.controller]
        assert s.status in {c.status for c in run}
        assert basis(s).status == s.status and basis(s).controller == s.controller
    filtered = control_as_of(claims, day, controllers=wanted)
    assert filtered == {k: v for k, v in full.items() if v.controller in wanted}
    assert sum(counts(full).values()) == len(full)
