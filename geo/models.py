"""The values that cross module boundaries: frozen, hashable, built by named constructors."""
from __future__ import annotations

import enum
import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

__all__ = [
    "Status",
    "Precision",
    "DatePrecision",
    "Report",
    "Place",
    "Span",
    "Claim",
    "Resolution",
    "PlaceState",
    "STATUS_RANK",
]


class Status(str, enum.Enum):
    """How well sourced a claim is (DESIGN.md, vocabulary)."""

    CONFIRMED = "confirmed"
    CLAIMED = "claimed"
    DISPUTED = "disputed"

    def __str__(self) -> str:
        return self.value


# On the same day, confirmed beats disputed beats claimed (DESIGN.md, timeline semantics).
STATUS_RANK: dict[Status, int] = {Status.CLAIMED: 0, Status.DISPUTED: 1, Status.CONFIRMED: 2}


class Precision(str, enum.Enum):
    """How exact a place's coordinates are (ACLED/UCDP style)."""

    POINT = "point"
    CITY = "city"
    DISTRICT = "district"
    PROVINCE = "province"

    def __str__(self) -> str:
        return self.value


class DatePrecision(str, enum.Enum):
    """How exact a claim's event date is."""

    DAY = "day"
    WEEK = "week"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Report:
    """One news report: its metadata and its body exactly as published."""

    id: str  # the file's stem, or a content-hash name for uploads
    published: date
    title: str
    source: str
    url: str
    text: str
    path: str = ""

    @property
    def digest(self) -> str:
        """Content hash of the body and date: the identity used for idempotent imports."""
        h = hashlib.sha256(self.text.encode("utf-8"))
        h.update(self.published.isoformat().encode())
        return h.hexdigest()

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        published: date,
        id: str | None = None,
        title: str = "",
        source: str = "",
        url: str = "",
        path: str | Path = "",
    ) -> Report:
        """A report made in memory (tests, uploads); `id` defaults to a content hash."""
        rid = id or "r_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
        return cls(rid, published, title, source, url, text, str(path))


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer record: where a place is and how exact that is."""

    id: str  # GeoNames id, or a stable slug ("airport-oakn", "province-af-kan")
    name: str  # canonical display name
    lat: float
    lon: float
    kind: str  # city | airport | district | province | base
    admin1: str  # province name
    country: str  # ISO 3166-1 alpha-2
    precision: Precision
    geonameid: str = ""
    feature_code: str = ""
    population: int = 0
    admin1_code: str = ""  # GeoNames admin1 code, e.g. "AF.23"


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of a report's text and its character offsets: text == report.text[start:end]."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the gazetteer chose for a name, the alternatives, and how sure it is."""

    query: str
    place: Place
    matched: str  # the alias that matched
    confidence: float  # 0..1
    candidates: tuple[Place, ...] = ()  # the other places the name could mean, best first


@dataclass(frozen=True, slots=True)
class Claim:
    """One report's statement of who holds one place, how well sourced, since when, and where it says so."""

    id: str
    report_id: str
    place_id: str
    name_as_written: str
    controller: str  # actor id of the theatre profile, or "contested"
    status: Status
    event_date: date | None
    date_precision: DatePrecision
    attribution: str
    evidence: Span
    published: date  # the report's publication date, for the effective date
    confidence: float = 1.0
    place: Place | None = field(default=None, compare=False)

    @property
    def effective_date(self) -> date:
        """Event date, else publication date: what the timeline orders by."""
        return self.event_date or self.published

    @staticmethod
    def make_id(report_id: str, place_id: str, start: int) -> str:
        """A stable id: the same report, place and sentence give the same id."""
        raw = f"{report_id}|{place_id}|{start}".encode()
        return hashlib.sha256(raw).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class PlaceState:
    """A place's state as of a day: who holds it, how well sourced, the deciding claim and its history."""

    place: Place
    controller: str
    status: Status
    claim: Claim  # the latest claim: it decides the controller
    since: date  # effective date of the change to this controller
    history: tuple[Claim, ...] = ()  # every claim up to the day, oldest first (the deciding one last)
