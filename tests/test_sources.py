"""Reading report files: front matter, sidecar, caller-given date, and the files that are refused."""
from __future__ import annotations

from datetime import date

import pytest

from geo.errors import BadMetadata, EmptyReport, MissingDate, NotText, ReportError, TooLarge
from geo.sources import MAX_BYTES, load_report, load_reports, parse_report

from .conftest import SEED


def test_seed_reads_through_its_sidecar_and_stays_byte_identical(seed_report):
    assert seed_report.published == date(2021, 8, 13)
    assert seed_report.source.startswith("Reuters")
    assert seed_report.id == "000_3ef2a4258dc6015b"
    assert seed_report.text == SEED.read_text(encoding="utf-8")


def test_front_matter_gives_metadata_and_body_is_kept_exactly(tmp_path):
    body = "Officials said on Friday that the Taliban took Kandahar.\n"
    p = tmp_path / "r.txt"
    p.write_text(f"---\npublished: 2021-08-13\nsource: AP\nurl: https://x.org/a\ntitle: T\n---\n{body}", encoding="utf-8")
    r = load_report(p)
    assert (r.published, r.source, r.url, r.title, r.text) == (date(2021, 8, 13), "AP", "https://x.org/a", "T", body)


def test_every_seed_loads(seed_reports):
    assert len(seed_reports) == 13
    assert all(r.text.strip() for r in seed_reports.values())


def test_no_date_is_refused_unless_the_caller_gives_one(tmp_path):
    p = tmp_path / "plain.txt"
    p.write_text("The Taliban took Herat.", encoding="utf-8")
    with pytest.raises(MissingDate, match="plain.txt.*published"):
        load_report(p)
    assert load_report(p, published=date(2021, 8, 12)).published == date(2021, 8, 12)


def test_front_matter_date_wins_over_the_callers(tmp_path):
    p = tmp_path / "r.txt"
    p.write_text("---\npublished: 2021-08-10\n---\nText.", encoding="utf-8")
    assert load_report(p, published=date(2021, 8, 12)).published == date(2021, 8, 10)


@pytest.mark.parametrize(
    "data, error, words",
    [
        (b"", EmptyReport, "no text"),
        (b"---\npublished: 2021-08-13\n---\n  \n", EmptyReport, "no text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", NotText, "binary"),
        ("Kabul caf\u00e9".encode("latin-1"), NotText, "UTF-8"),
        (b"---\npublished: 13/08/2021\n---\nText", BadMetadata, "YYYY-MM-DD"),
        (b"---\npublished: [\n---\nText", BadMetadata, "YAML"),
        (b"---\npublished: 2021-08-13\nText with no closing line", BadMetadata, "never closed"),
    ],
)
def test_bad_files_are_refused_with_a_message_naming_the_file(tmp_path, data, error, words):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    with pytest.raises(error, match=words) as info:
        load_report(p, published=date(2021, 8, 13) if error is not BadMetadata else None)
    assert "bad.txt" in str(info.value)
    assert isinstance(info.value, ReportError)


def test_file_over_the_limit_is_refused(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(TooLarge, match="big.txt.*5 MB"):
        load_report(p, published=date(2021, 8, 13))


def test_folder_keeps_good_files_and_lists_refused_ones(tmp_path):
    (tmp_path / "good.txt").write_text("---\npublished: 2021-08-13\n---\nThe Taliban took Herat.", encoding="utf-8")
    (tmp_path / "nodate.txt").write_text("The Taliban took Herat.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01")
    (tmp_path / "notes.csv").write_text("ignored", encoding="utf-8")
    loaded = load_reports(tmp_path)
    assert [r.id for r in loaded.reports] == ["good"]
    assert sorted(p.split("/")[-1] for p, _ in ((x.path, x.reason) for x in loaded.refused)) == ["binary.txt", "nodate.txt"]


def test_missing_folder_is_reported_not_raised(tmp_path):
    loaded = load_reports(tmp_path / "nope")
    assert loaded.reports == () and "not a folder" in loaded.refused[0].reason


def test_parse_report_from_upload_bytes():
    r = parse_report(b"Text.", name="upload.txt", published=date(2021, 8, 1))
    assert (r.id, r.text, r.published) == ("upload", "Text.", date(2021, 8, 1))


def test_front_matter_with_a_colon_in_the_title_reads_as_plain_key_value_lines():
    data = (b"---\npublished: 2021-08-13\nsource: Al Jazeera\n"
            b"title: Afghanistan live: Taliban capture Kandahar, Herat\n---\nThe Taliban captured Kandahar.")
    report = parse_report(data, name="live.txt")
    assert (report.published, report.source, report.title) == (
        date(2021, 8, 13), "Al Jazeera", "Afghanistan live: Taliban capture Kandahar, Herat")
    with pytest.raises(BadMetadata, match="YAML"):
        parse_report(b"---\npublished: 2021-08-13\ntitle: [broken: list\n---\nText", name="bad.txt")
