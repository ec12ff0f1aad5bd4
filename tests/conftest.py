"""Shared fixtures: the repo's paths, the seed reports, the theatre profile."""
from __future__ import annotations

from pathlib import Path

import pytest

from geo.extract import extract_claims
from geo.gazetteer import Gazetteer
from geo.profile import Theatre
from geo.sources import load_report, load_reports

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
DATA = ROOT / "data"
SEED = SEEDS / "000_3ef2a4258dc6015b.txt"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seed_report():
    """The original Reuters seed, read through its sidecar."""
    return load_report(SEED)


@pytest.fixture(scope="session")
def seed_reports():
    """Every report in seeds/, by id (the file's stem)."""
    loaded = load_reports(SEEDS)
    assert not loaded.refused, loaded.refused
    return {r.id: r for r in loaded.reports}


@pytest.fixture(scope="session")
def profile() -> Theatre:
    return Theatre.from_yaml()


@pytest.fixture(scope="session")
def gazetteer_data() -> Gazetteer:
    """The real gazetteer from data/, loaded once."""
    return Gazetteer.from_csv()


@pytest.fixture(scope="session")
def seed_claims(seed_reports, gazetteer_data, profile):
    """Every claim of every report in seeds/, through the real extractor."""
    return [c for r in seed_reports.values() for c in extract_claims(r, gazetteer_data, profile)]
