"""Every error geo/ raises: one base, a few subclasses whose messages say what to do."""
from __future__ import annotations

__all__ = [
    "GeoError",
    "ReportError",
    "MissingDate",
    "EmptyReport",
    "NotText",
    "TooLarge",
    "BadMetadata",
    "UnknownPlace",
    "ProfileError",
]


class GeoError(Exception):
    """Base of every error raised by geo/."""


class ReportError(GeoError, ValueError):
    """A report file that cannot be accepted; the message names the file and what to do."""


class MissingDate(ReportError):
    """No publication date: no front matter, no sidecar, none given by the caller."""


class EmptyReport(ReportError):
    """The report has no text."""


class NotText(ReportError):
    """The file is binary or not UTF-8."""


class TooLarge(ReportError):
    """The file is over the size limit."""


class BadMetadata(ReportError):
    """Front matter or sidecar that is not valid YAML or has a bad date."""


class UnknownPlace(GeoError, LookupError):
    """A place name the gazetteer cannot find."""


class ProfileError(GeoError, ValueError):
    """A theatre profile file that is missing or malformed."""
