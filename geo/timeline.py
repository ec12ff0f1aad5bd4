"""Pure timeline: claims + day + filters -> who holds each place, how well sourced, since when (DESIGN.md)."""
from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .models import STATUS_RANK, Claim, Place, PlaceState, Status

__all__ = [
    "CHANGE_KINDS",
    "Change",
    "stops",
    "control_as_of",
    "history",
    "changes_between",
    "counts",
    "basis",
    "normalise_statuses",
]

log = logging.getLogger(__name__)

CHANGE_KINDS = ("new", "controller", "status", "gone")


@dataclass(frozen=True, slots=True)
class Change:
    """How one place's state differs between two days: new, controller, status or gone."""

    place: Place
    before: PlaceState | None
    after: PlaceState | None
    kind: str  # one of CHANGE_KINDS


def _order(claim: Claim) -> tuple:
    """Sort key, oldest first: effective date, then status strength, then the later report, then the offset."""
    return (claim.effective_date, STATUS_RANK[claim.status], claim.published, claim.report_id, claim.evidence.start)


def normalise_statuses(statuses: Iterable[Status | str] | None) -> frozenset[Status] | None:
    """Statuses as a set of Status (strings accepted, unknown values ignored); None means no filter."""
    if statuses is None:
        return None
    out = set()
    for s in statuses:
        try:
            out.add(Status(str(s).strip().lower()) if not isinstance(s, Status) else s)
        except ValueError:
            log.debug("ignoring unknown status %r in filter", s)
    return frozenset(out)


def _controllers(controllers: Iterable[str] | None) -> frozenset[str] | None:
    return None if controllers is None else frozenset(str(c).strip() for c in controllers)


def stops(claims: Iterable[Claim]) -> list[date]:
    """The slider's stops: the distinct effective dates of the claims, sorted."""
    return sorted({c.effective_date for c in claims})


def history(claims: Iterable[Claim], place_id: str, day: date | None = None) -> tuple[Claim, ...]:
    """Every claim about one place (up to `day` if given), oldest first in timeline order."""
    return tuple(sorted(
        (c for c in claims if c.place_id == place_id and (day is None or c.effective_date <= day)),
        key=_order,
    ))


def _place_of(ordered: tuple[Claim, ...]) -> Place | None:
    for claim in reversed(ordered):
        if claim.place is not None:
            return claim.place
    return None


def _decide(ordered: tuple[Claim, ...]) -> PlaceState | None:
    """The state given one place's claims in timeline order (non-empty)."""
    place = _place_of(ordered)
    if place is None:
        log.debug("claims for %s carry no Place; not drawn", ordered[-1].place_id)
        return None
    latest = ordered[-1]
    run_start = len(ordered) - 1
    while run_start > 0 and ordered[run_start - 1].controller == latest.controller:
        run_start -= 1
    run = ordered[run_start:]
    # The strongest agreeing claim sets the status: a later repetition never downgrades a confirmation.
    status = max((c.status for c in run), key=STATUS_RANK.__getitem__)
    return PlaceState(
        place=place,
        controller=latest.controller,
        status=status,
        claim=latest,
        since=run[0].effective_date,
        history=ordered,
    )


def control_as_of(
    claims: Iterable[Claim],
    day: date,
    *,
    statuses: Iterable[Status | str] | None = None,
    controllers: Iterable[str] | None = None,
) -> dict[str, PlaceState]:
    """Per place id, who holds it as of `day` and how well that is sourced, under the filters (DESIGN.md)."""
    wanted_status = normalise_statuses(statuses)
    wanted_controller = _controllers(controllers)
    by_place: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if wanted_status is not None and claim.status not in wanted_status:
            continue
        if claim.effective_date <= day:
            by_place[claim.place_id].append(claim)
    state: dict[str, PlaceState] = {}
    for place_id, found in by_place.items():
        decided = _decide(tuple(sorted(found, key=_order)))
        # The controller filter applies after deciding: a hidden holder never falls back to an older one.
        if decided is None or (wanted_controller is not None and decided.controller not in wanted_controller):
            continue
        state[place_id] = decided
    return state


def basis(state: PlaceState) -> Claim:
    """The claim that carries the state's status: the latest of the current controller's strongest claims."""
    best = state.claim
    for claim in reversed(state.history):
        if claim.controller != state.controller:
            break
        if claim.status == state.status:
            return claim
    return best


def changes_between(
    claims: Iterable[Claim],
    day_a: date,
    day_b: date,
    *,
    statuses: Iterable[Status | str] | None = None,
    controllers: Iterable[str] | None = None,
) -> list[Change]:
    """What changed from `day_a` to `day_b` under the same filters, ordered by place name."""
    claims = list(claims)
    before = control_as_of(claims, day_a, statuses=statuses, controllers=controllers)
    after = control_as_of(claims, day_b, statuses=statuses, controllers=controllers)
    out: list[Change] = []
    for place_id in before.keys() | after.keys():
        a, b = before.get(place_id), after.get(place_id)
        if a is None and b is not None:
            kind = "new"
        elif b is None and a is not None:
            kind = "gone"
        elif a.controller != b.controller:
            kind = "controller"
        elif a.status != b.status:
            kind = "status"
        else:
            continue
        out.append(Change((b or a).place, a, b, kind))
    out.sort(key=lambda ch: (ch.place.name.casefold(), ch.place.id))
    return out


def counts(state: Mapping[str, PlaceState]) -> dict[tuple[str, Status], int]:
    """How many places per (controller, status), most first: the counts under the map."""
    tally = Counter((s.controller, s.status) for s in state.values())
    return dict(sorted(tally.items(), key=lambda kv: (-kv[1], kv[0][0], -STATUS_RANK[kv[0][1]])))
