"""A folder of reports -> Corpus: claims from every accepted report, refused files with reasons."""
from __future__ import annotations

import shutil
from datetime import date

import pytest

from geo.models import Claim, DatePrecision, Place, Precision, Span, Status
from geo.pipeline import SYNTHETIC_BOX, Corpus, build_corpus, synthetic
from tests.conftest import SEED

KANDAHAR = Place("1138336", "Kandahar", 31.61332, 65.71013, "city", "Kandahar", "AF", Precision.CITY,
                 geonameid="1138336")


class FakeGazetteer:
    """Knows one name; records what it was asked."""

    def __init__(self):
        self.asked: list[str] = []

    def resolve(self, name, *, allow_caution=False):
        from geo.models import Resolution

        self.asked.append(name)
        return Resolution(name, KANDAHAR, "Kandahar", 1.0) if name == "Kandahar" else None


def fake_extract(report, gazetteer, profile):
    """One claim per report that mentions Kandahar, at the word's offset."""
    at = report.text.find("Kandahar")
    if at < 0:
        return []
    if "EXPLODE" in report.text:
        raise RuntimeError("extractor bug")
    return [Claim(Claim.make_id(report.id, KANDAHAR.id, at), report.id, KANDAHAR.id, "Kandahar", "taliban",
                  Status.CONFIRMED, None, DatePrecision.UNKNOWN, "official", Span("Kandahar", at, at + 8),
                  report.published, place=KANDAHAR)]


@pytest.fixture()
def folder(tmp_path):
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED.with_name(SEED.stem + ".meta.yaml"), tmp_path)
    return tmp_path


def test_seed_folder_gives_claims_and_matches(folder, profile):
    gaz = FakeGazetteer()
    corpus = build_corpus(folder, gazetteer=gaz, profile=profile, extract=fake_extract)
    assert isinstance(corpus, Corpus)
    assert list(corpus.reports) == [SEED.stem]
    assert [c.place_id for c in corpus.claims] == ["1138336"]
    assert corpus.claims[0].published == date(2021, 8, 13)
    assert corpus.matches[corpus.claims[0].id].matched == "Kandahar"
    assert corpus.refused == ()


def test_refused_files_are_listed_with_the_reason(folder, profile):
    (folder / "undated.txt").write_text("Kandahar fell.", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01")
    corpus = build_corpus(folder, gazetteer=FakeGazetteer(), profile=profile, extract=fake_extract)
    reasons = {r.path.rsplit("/", 1)[-1]: r.reason for r in corpus.refused}
    assert set(reasons) == {"undated.txt", "binary.txt"}
    assert "publication date" in reasons["undated.txt"]
    assert len(corpus.claims) == 1


def test_an_extractor_failure_refuses_that_report_only(folder, profile):
    (folder / "bad.txt").write_text("---\npublished: 2021-08-14\n---\nKandahar EXPLODE\n", encoding="utf-8")
    corpus = build_corpus(folder, gazetteer=FakeGazetteer(), profile=profile, extract=fake_extract)
    assert [r.reason for r in corpus.refused if r.path.endswith("bad.txt")][0].startswith("bad: could not be read")
    assert len(corpus.claims) == 1 and "bad" not in corpus.reports


def test_missing_folder_is_refused_not_raised(tmp_path, profile):
    corpus = build_corpus(tmp_path / "nope", gazetteer=FakeGazetteer(), profile=profile, extract=fake_extract)
    assert corpus.claims == () and "not a folder" in corpus.refused[0].reason


def test_extraction_objects_bring_their_unresolved_names(folder, profile):
    class Extraction:
        def __init__(self, claims, unresolved):
            self.claims, self.unresolved = claims, unresolved

    corpus = build_corpus(folder, gazetteer=FakeGazetteer(), profile=profile,
                          extract=lambda r, g, p: Extraction(tuple(fake_extract(r, g, p)), ("Qarabagh",)))
    assert corpus.unresolved == ("Qarabagh",)


def test_synthetic_places_spread_over_country_and_days(profile):
    days = [date(2021, 8, 6), date(2021, 8, 10), date(2021, 8, 16)]
    report, claims = synthetic(500, days, profile)
    places = {c.place_id for c in claims}
    assert len(places) == 500 and len(claims) >= 500
    lon0, lon1, lat0, lat1 = SYNTHETIC_BOX
    assert all(lon0 <= c.place.lon <= lon1 and lat0 <= c.place.lat <= lat1 for c in claims)
    assert {c.effective_date for c in claims} == set(days)
    assert {c.status for c in claims} == set(Status)
    assert all(c.report_id == report.id for c in claims)
    assert synthetic(500, days, profile) == (report, claims)  # deterministic


def test_corpus_adds_synthetic_places_when_asked(folder, profile):
    corpus = build_corpus(folder, gazetteer=FakeGazetteer(), profile=profile, extract=fake_extract,
                          synthetic_places=50)
    assert len({c.place_id for c in corpus.claims}) == 51
    assert "synthetic" in corpus.reports


def test_real_extractor_on_the_seeds(seeds_dir, profile):
    from geo.gazetteer import Gazetteer

    corpus = build_corpus(seeds_dir, gazetteer=Gazetteer.from_csv(), profile=profile)
    assert not corpus.refused
    kandahar = [c for c in corpus.claims if c.place_id == "1138336"]
    assert kandahar and {c.controller for c in kandahar} >= {"taliban"}
    assert all(c.report_id in corpus.reports for c in corpus.claims)


def test_added_reports_join_the_folder_once(tmp_path):
    from datetime import date as _date

    from geo.models import Report
    from geo.pipeline import build_corpus

    (tmp_path / "a.txt").write_text("---\npublished: 2021-08-13\n---\nSame text.", encoding="utf-8")
    calls = []

    def fake_extract(report, gazetteer, profile):
        calls.append(report.id)
        return []

    same = Report.from_text("Same text.", published=_date(2021, 8, 13), id="upload")
    clash = Report.from_text("Other text.", published=_date(2021, 8, 13), id="a")
    new = Report.from_text("New text.", published=_date(2021, 8, 14), id="b")
    corpus = build_corpus(tmp_path, gazetteer=None, profile=None, extract=fake_extract, added=[same, clash, new])
    assert calls == ["a", "a-2", "b"]
    assert set(corpus.reports) == {"a", "a-2", "b"}
