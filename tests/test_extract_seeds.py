"""Every demo report in seeds/ gives exactly the claims a careful reader finds in it (seeds/README.md)."""
from __future__ import annotations

import pytest

from geo.extract import extract, extract_claims
from geo.gazetteer import Gazetteer

# (place, controller, status, event date) per report, read from each text. Decisions worth knowing:
# - Sheberghan (08-07): a police officer says it was overrun (confirmed) and the Taliban say so too (claimed,
#   kept because the status differs); the Interior Ministry's earlier "entered parts of" is fighting, and
#   fighting is dropped when the same report says the place changed hands.
# - Farah (08-10): no one asserts the fall in so many words, but the governor denies that "the insurgents
#   had captured the city": a denial of a capture is a disputed claim of that capture.
# - Kunduz (08-09): sources say it was overrun on Sunday; the Defense Ministry denies it: disputed.
# - Recaps ("Zaranj ..., which fell on Friday", "five cities have now fallen ...: Zarang in Nimruz, ...") are
#   claims too: they are the reporter's own statements, and the timeline orders them by date.
# - Kunduz airport (08-09): "the only places still apparently held by government forces were the airport and
#   the army's own base": the reporter's own hedged assessment. Status says who vouches for a claim, not how
#   firmly: a hedge ("apparently") in the reporter's voice is not a party's claim, so it stays confirmed (the
#   army base is not in the gazetteer).
# - Kunduz airport (08-11): the troops outside Kunduz gave themselves up to the Taliban on Wednesday, and the
#   report places them at "the airport and the corps base": the airport passes to the Taliban that day.
EXPECTED = {
    '000_3ef2a4258dc6015b': {
        ('Herat', 'taliban', 'claimed', None),
        ('Lashkar Gah', 'taliban', 'claimed', None),
        ('Qala i Naw', 'taliban', 'claimed', None),
        ('Kandahar', 'taliban', 'confirmed', '2021-08-12'),
        ('Kandahar Airport', 'government', 'confirmed', None),
        ('Ghazni', 'taliban', 'confirmed', '2021-08-12'),
        ('Mazar-e Sharif', 'government', 'confirmed', None),
        ('Jalalabad', 'government', 'confirmed', None),
        ('Kabul', 'government', 'confirmed', None),
    },
    '2021-08-06_bbc_zaranj-falls': {
        ('Zaranj', 'taliban', 'confirmed', '2021-08-06'),
    },
    '2021-08-07_rferl_sheberghan': {
        ('Shibirghan', 'taliban', 'confirmed', '2021-08-07'),
        ('Sheberghan Airport', 'government', 'confirmed', None),
        ('Shibirghan', 'taliban', 'claimed', None),
    },
    '2021-08-08_trtworld_kunduz-sar-e-pul-taloqan': {
        ('Kunduz', 'taliban', 'confirmed', '2021-08-08'),
        ('Sar-e Pul', 'taliban', 'confirmed', '2021-08-08'),
        ('Taloqan', 'taliban', 'confirmed', '2021-08-08'),
        ('Zaranj', 'taliban', 'confirmed', '2021-08-06'),
        ('Shibirghan', 'taliban', 'confirmed', '2021-08-07'),
        ('Konduz Airport', 'government', 'confirmed', None),
    },
    '2021-08-09_rferl_kunduz-denial': {
        ('Kunduz', 'taliban', 'disputed', '2021-08-08'),
        ('Konduz Airport', 'government', 'confirmed', None),
        ('Sar-e Pul', 'taliban', 'confirmed', None),
        ('Taloqan', 'taliban', 'confirmed', None),
        ('Zaranj', 'taliban', 'confirmed', None),
        ('Shibirghan', 'taliban', 'confirmed', None),
    },
    '2021-08-09_tolonews_aybak': {
        ('Aibak', 'taliban', 'confirmed', '2021-08-09'),
        ('Zaranj', 'taliban', 'confirmed', None),
        ('Shibirghan', 'taliban', 'confirmed', None),
        ('Sar-e Pul', 'taliban', 'confirmed', None),
        ('Taloqan', 'taliban', 'confirmed', '2021-08-08'),
        ('Farkhar', 'government', 'confirmed', None),
        ('Warsaj', 'government', 'confirmed', None),
    },
    '2021-08-10_nyt_farah-pul-i-khumri': {
        ('Farah', 'taliban', 'disputed', None),
        ('Pul-e Khumri', 'taliban', 'confirmed', '2021-08-10'),
        # "in Herat province, where there has been fighting on the outskirts of the provincial capital"
        ('Herat', 'contested', 'confirmed', None),
    },
    '2021-08-11_thehill_kunduz-surrender-faizabad': {
        ('Kunduz', 'taliban', 'confirmed', '2021-08-08'),
        ('Konduz Airport', 'taliban', 'confirmed', '2021-08-11'),
        ('Fayzabad', 'taliban', 'confirmed', '2021-08-11'),
    },
    '2021-08-12_cnn_herat-ghazni': {
        ('Herat', 'taliban', 'confirmed', '2021-08-12'),
        ('Ghazni', 'taliban', 'confirmed', '2021-08-12'),
        ('Kandahar', 'contested', 'confirmed', None),
    },
    '2021-08-13_ap_lashkar-gah-qalat-tirin-kot': {
        ('Lashkar Gah', 'taliban', 'confirmed', None),
        ('Qalat', 'taliban', 'confirmed', None),
        ('Tarinkot', 'taliban', 'confirmed', None),
        ('Kandahar', 'taliban', 'confirmed', None),
        ('Herat', 'taliban', 'confirmed', None),
    },
    '2021-08-14_ap_mazar-e-sharif': {
        ('Mazar-e Sharif', 'taliban', 'confirmed', '2021-08-14'),
        ('Herat', 'taliban', 'confirmed', None),
        ('Kandahar', 'taliban', 'confirmed', None),
        ('Logar', 'taliban', 'confirmed', '2021-08-14'),
        ('Mehtar Lam', 'taliban', 'confirmed', '2021-08-14'),
    },
    '2021-08-15_efe_jalalabad-gardiz-nili': {
        ('Jalalabad', 'taliban', 'confirmed', '2021-08-15'),
        ('Nili', 'taliban', 'confirmed', '2021-08-14'),
        ('Gardez', 'taliban', 'confirmed', '2021-08-14'),
    },
    '2021-08-16_nyt_kabul-airport': {
        ('Kabul', 'taliban', 'confirmed', '2021-08-15'),
        ('Kandahar Airport', 'taliban', 'claimed', '2021-08-16'),
        ('Kabul International Airport', 'foreign', 'confirmed', None),
    },
}


@pytest.fixture(scope="module")
def gazetteer():
    return Gazetteer.from_csv()


def _records(report, gazetteer, profile):
    return {
        (c.place.name, c.controller, c.status.value, c.event_date.isoformat() if c.event_date else None)
        for c in extract_claims(report, gazetteer, profile)
    }


def test_every_seed_has_expectations(seed_reports):
    assert set(seed_reports) == set(EXPECTED)


@pytest.mark.parametrize("report_id", sorted(EXPECTED))
def test_seed_records(report_id, seed_reports, gazetteer, profile):
    assert _records(seed_reports[report_id], gazetteer, profile) == EXPECTED[report_id]


def test_original_seed_exactly(seed_report, gazetteer, profile):
    claims = extract_claims(seed_report, gazetteer, profile)
    got = sorted((c.name_as_written, c.controller, c.status.value, str(c.event_date)) for c in claims)
    assert got == sorted([
        ("Kandahar city", "taliban", "confirmed", "2021-08-12"),
        ("Kandahar’s airport", "government", "confirmed", "None"),
        ("Herat", "taliban", "claimed", "None"),
        ("Lashkar Gah", "taliban", "claimed", "None"),
        ("Qala-e-Naw", "taliban", "claimed", "None"),
        ("Ghazni", "taliban", "confirmed", "2021-08-12"),
        ("Mazar-i-Sharif", "government", "confirmed", "None"),
        ("Jalalabad", "government", "confirmed", "None"),
        ("Kabul", "government", "confirmed", "None"),
    ])
    kandahar = next(c for c in claims if c.name_as_written == "Kandahar city")
    assert kandahar.attribution == "a government official"
    assert kandahar.place_id == "1138336"
    herat = next(c for c in claims if c.name_as_written == "Herat")
    assert herat.attribution == "The Taliban"


def test_seed_claims_point_at_their_sentences(seed_reports, gazetteer, profile):
    for report in seed_reports.values():
        for c in extract_claims(report, gazetteer, profile):
            assert report.text[c.evidence.start:c.evidence.end] == c.evidence.text
            assert c.name_as_written in c.evidence.text
            assert c.event_date is None or c.event_date <= report.published
            assert 0.0 < c.confidence <= 1.0
            assert c.id == c.make_id(report.id, c.place_id, c.evidence.start)


def test_seed_boilerplate_gives_nothing_and_no_warnings(seed_report, gazetteer, profile):
    result = extract(seed_report, gazetteer, profile)
    assert all("Leave a Reply" not in c.evidence.text for c in result.claims)
    assert result.unresolved == ()
