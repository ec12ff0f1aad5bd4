"""The report store: idempotent by content, never overwrites, survives reopening."""
from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from geo.models import Report
from geo.store import Store, StoreError


def _report(text: str, rid: str = "r1", day: date = date(2021, 8, 13)) -> Report:
    return Report.from_text(text, published=day, id=rid, title="T <b>", source="AP", url="https://x.org")


def test_added_report_survives_reopening(tmp_path):
    path = tmp_path / "s.sqlite"
    stored, new = Store(path).add(_report("The Taliban took Herat."))
    assert new and stored.id == "r1"
    assert Store(path).reports() == (stored,)


def test_same_text_twice_is_stored_once(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    first, _ = store.add(_report("The Taliban took Herat.", "a"))
    again, new = store.add(_report("The Taliban took Herat.", "b"))
    assert not new and again == first
    assert len(store.reports()) == 1


def test_same_id_with_other_text_gets_a_new_id(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    store.add(_report("The Taliban took Herat."))
    second, new = store.add(_report("The Taliban took Ghazni."))
    assert new and second.id == "r1-2"
    assert [r.text for r in store.reports()] == ["The Taliban took Herat.", "The Taliban took Ghazni."]


def test_same_text_other_date_is_another_report(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    store.add(_report("Text."))
    _, new = store.add(_report("Text.", day=date(2021, 8, 14)))
    assert new


def test_store_uses_wal(tmp_path):
    Store(tmp_path / "s.sqlite")
    with sqlite3.connect(tmp_path / "s.sqlite") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_unwritable_location_gives_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="CONTROLMAP_STORE"):
        Store(blocker / "sub" / "s.sqlite")


def test_remove(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    r, _ = store.add(_report("Text."))
    assert store.remove(r.id) and not store.remove(r.id) and store.reports() == ()


def test_signature_changes_on_add_and_remove(tmp_path):
    store = Store(tmp_path / "s.sqlite")
    empty = store.signature()
    r, _ = store.add(_report("Text."))
    added = store.signature()
    store.remove(r.id)
    assert empty == (0, 0) and added[0] == 1 and store.signature()[0] == 0 and len({empty, added}) == 2
