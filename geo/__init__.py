"""Control Map: news reports -> claims of territorial control -> map, timeline, PNG and exports."""
from __future__ import annotations

from .errors import *  # noqa: F401,F403
from .errors import __all__ as _errors_all
from .models import *  # noqa: F401,F403
from .models import __all__ as _models_all
from .gazetteer import Gazetteer, fold
from .geocode import GeocodeChain
from .profile import CONTESTED, Actor, Theatre
from .sources import Loaded, Refused, load_report, load_reports, parse_report

__all__ = [*_errors_all, *_models_all, "CONTESTED", "Actor", "Theatre",
           "Loaded", "Refused", "load_report", "load_reports", "parse_report", "Gazetteer", "fold", "GeocodeChain"]
