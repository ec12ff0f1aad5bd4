"""A folder of reports -> a Corpus: reports, claims, refused files, unresolved names (extract + gazetteer)."""
from __future__ import annotations

import logging
import random
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from .models import Claim, DatePrecision, Place, Precision, Report, Resolution, Span, Status
from .profile import CONTESTED, Theatre
from .sources import Refused, load_reports

__all__ = ["Corpus", "build_corpus", "folder_signature", "synthetic", "SYNTHETIC_REPORT", "SYNTHETIC_BOX"]

log = logging.getLogger(__name__)

SYNTHETIC_REPORT = "synthetic"
SYNTHETIC_BOX = (61.0, 74.5, 29.8, 38.3)  # lon min, lon max, lat min, lat max: inside Afghanistan's extent


@dataclass(frozen=True, slots=True)
class Corpus:
    """Everything the app shows, built once per folder state."""

    reports: Mapping[str, Report]  # by report id
    claims: tuple[Claim, ...]
    refused: tuple[Refused, ...] = ()  # files the loader would not accept, with the reason
    unresolved: tuple[Any, ...] = ()  # extract.Unresolved: names in a claim's place slot the gazetteer lacks
    matches: Mapping[str, Resolution] = field(default_factory=dict)  # claim id -> how its name was geocoded


def folder_signature(folder: str | Path) -> tuple:
    """Names, sizes and mtimes of the folder's files: a new or edited report changes it."""
    folder = Path(folder)
    if not folder.is_dir():
        return ()
    return tuple(sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir() if p.is_file()))


def _default_extract() -> Callable[..., Any]:
    from .extract import extract  # heavy regexes compiled on first use: only when a corpus is built

    return extract


def _split(result: Any) -> tuple[list[Claim], list[Any]]:
    """Claims and unresolved names from an Extraction, or from a bare list of claims."""
    if hasattr(result, "claims"):
        return list(result.claims), list(getattr(result, "unresolved", ()))
    return list(result), []


def _match(gazetteer: Any, claim: Claim) -> Resolution | None:
    resolve = getattr(gazetteer, "resolve", None)
    if resolve is None:
        return None
    try:
        return resolve(claim.name_as_written, allow_caution=True)
    except Exception:  # a geocoder hiccup must not cost the claim; the popup just shows less
        log.exception("resolving %r for the popup failed", claim.name_as_written)
        return None


def _merge(folder: Iterable[Report], added: Iterable[Report]) -> list[Report]:
    """The folder's reports, then the added ones that are not already there (same text and date)."""
    out = list(folder)
    seen = {r.digest for r in out}
    ids = {r.id for r in out}
    for report in added:
        if report.digest in seen:
            continue
        rid, n = report.id, 1
        while rid in ids:
            n += 1
            rid = f"{report.id}-{n}"
        out.append(report if rid == report.id else replace(report, id=rid))
        seen.add(report.digest)
        ids.add(rid)
    return out


def synthetic(n: int, days: list[date], profile: Theatre, *, seed: int = 0) -> tuple[Report, tuple[Claim, ...]]:
    """`n` made-up places spread over the country and over `days`, one or two claims each (benchmarks only)."""
    rng = random.Random(seed)
    days = sorted(days) or [date(2021, 8, 13)]
    controllers = list(profile.controllers)
    statuses = list(Status)
    text = "Synthetic claim generated for load testing; not a real report."
    report = Report(SYNTHETIC_REPORT, days[-1], "Synthetic places (CONTROLMAP_SYNTHETIC)", "synthetic", "", text)
    lon0, lon1, lat0, lat1 = SYNTHETIC_BOX
    claims: list[Claim] = []
    for i in range(max(0, int(n))):
        place = Place(f"synthetic-{i}", f"Synthetic {i}", round(rng.uniform(lat0, lat1), 5),
                      round(rng.uniform(lon0, lon1), 5), "city", "", profile.country, Precision.POINT)
        for k in range(rng.choice((1, 1, 2))):
            day = rng.choice(days)
            controller = rng.choice(controllers) if k == 0 or rng.random() < 0.5 else CONTESTED
            claims.append(Claim(
                id=f"syn{i}-{k}", report_id=SYNTHETIC_REPORT, place_id=place.id, name_as_written=place.name,
                controller=controller, status=rng.choice(statuses), event_date=day,
                date_precision=DatePrecision.DAY, attribution="synthetic", evidence=Span(text, 0, len(text)),
                published=report.published, place=place,
            ))
    return report, tuple(claims)


def build_corpus(
    folder: str | Path,
    *,
    gazetteer: Any,
    profile: Theatre,
    extract: Callable[..., Any] | None = None,
    synthetic_places: int = 0,
    added: Iterable[Report] = (),
) -> Corpus:
    """Load every report in `folder` plus those users `added` (the store), extract their claims.

    A report the extractor chokes on is refused, not fatal. An added report whose text is already in the folder
    is read once; one whose id is taken by another text keeps a suffixed id.
    """
    extract = extract or _default_extract()
    loaded = load_reports(folder)
    reports: dict[str, Report] = {}
    claims: list[Claim] = []
    unresolved: list[Any] = []
    refused = list(loaded.refused)
    for report in _merge(loaded.reports, added):
        try:
            found, missing = _split(extract(report, gazetteer, profile))
        except Exception as exc:  # one odd report must not take the whole map down
            log.exception("extracting %s failed", report.id)
            refused.append(Refused(report.path or report.id, f"{report.id}: could not be read for claims ({exc!r})"))
            continue
        reports[report.id] = report
        claims.extend(found)
        unresolved.extend(missing)
    matches = {c.id: m for c in claims if (m := _match(gazetteer, c)) is not None}
    if synthetic_places:
        days = sorted({c.effective_date for c in claims})
        report, extra = synthetic(synthetic_places, days, profile)
        reports[report.id] = report
        claims.extend(extra)
    drawn = [c for c in claims if c.place is not None]
    if len(drawn) != len(claims):
        log.info("%d claims carry no place and are not drawn", len(claims) - len(drawn))
    return Corpus(reports, tuple(claims), tuple(refused), tuple(unresolved), matches)
