"""The first page's corpus built in a child process: the same corpus as in-process, or nothing (never a stale one)."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from geo import basemap, prefetch
from geo.pipeline import build_corpus, folder_signature
from geo.store import Store

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(autouse=True)
def fresh(monkeypatch):
    """Each test is a new server process as far as the module is concerned."""
    monkeypatch.delenv("CONTROLMAP_PREFETCH", raising=False)
    monkeypatch.setattr(prefetch, "_started", False)
    monkeypatch.setattr(prefetch, "_child", None)
    monkeypatch.setattr(prefetch, "_output", None)
    yield
    prefetch._reap()


def wanted(folder: Path, synthetic: int = 0, store: Store | None = None) -> tuple:
    return prefetch.key(str(folder), folder_signature(folder), synthetic, str(store.path) if store else None,
                        store.signature() if store else ())


def test_the_child_builds_the_corpus_the_server_would(gazetteer_data, profile, tmp_path):
    store = Store(tmp_path / "added.sqlite")
    assert prefetch.start(SEEDS, 0, store.path)
    handover = prefetch._output
    got = prefetch.take(wanted(SEEDS, store=store))
    assert got is not None
    assert not handover.exists()  # the hand-over file is removed once read
    here = build_corpus(SEEDS, gazetteer=gazetteer_data, profile=profile)
    assert got.claims == here.claims
    assert got.reports == here.reports
    assert got.matches == here.matches
    assert [u.name for u in got.unresolved] == [u.name for u in here.unresolved]


def test_only_the_first_run_of_a_process_starts_a_child(tmp_path):
    assert prefetch.start(SEEDS, 0, None)
    assert not prefetch.start(SEEDS, 0, None)
    assert prefetch.take(wanted(SEEDS)) is not None
    assert prefetch.take(wanted(SEEDS)) is None  # one use only: later pages read through the app's cache


def test_reports_changed_since_the_child_read_them_are_not_served_stale(tmp_path):
    folder = tmp_path / "reports"
    shutil.copytree(SEEDS, folder)
    assert prefetch.start(folder, 0, None)
    before = wanted(folder)
    assert prefetch.take(before) is not None
    prefetch._started = False
    assert prefetch.start(folder, 0, None)
    prefetch._child.wait()  # the child has read the folder...
    (folder / "new.md").write_text("---\npublished: 2021-08-14\n---\nThe Taliban captured Herat on Friday.\n")  # ...then it changed
    assert prefetch.take(wanted(folder)) is None  # the page asks for the new folder state: it reads it itself


def test_asking_for_other_arguments_gives_nothing():
    assert prefetch.start(SEEDS, 0, None)
    assert prefetch.take(wanted(SEEDS, synthetic=50)) is None


def test_a_failing_child_gives_nothing(monkeypatch, caplog):
    monkeypatch.setattr(sys, "executable", shutil.which("false") or "/bin/false")
    assert prefetch.start(SEEDS, 0, None)
    assert prefetch.take(wanted(SEEDS)) is None
    assert "failed" in caplog.text


def test_a_child_that_cannot_start_gives_nothing(monkeypatch, caplog):
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    assert not prefetch.start(SEEDS, 0, None)
    assert prefetch.take(wanted(SEEDS)) is None


def test_a_hanging_child_is_stopped_and_gives_nothing(monkeypatch, caplog):
    popen = prefetch.subprocess.Popen
    monkeypatch.setattr(prefetch.subprocess, "Popen", lambda args, **kw: popen(["sleep", "30"], **kw))
    assert prefetch.start(SEEDS, 0, None)
    child, handover = prefetch._child, prefetch._output
    assert prefetch.take(wanted(SEEDS), timeout=0.2) is None
    assert "took over" in caplog.text
    assert child.poll() is not None and not handover.exists()


def test_switched_off_by_the_environment(monkeypatch):
    monkeypatch.setenv("CONTROLMAP_PREFETCH", "0")
    assert not prefetch.start(SEEDS, 0, None)
    assert prefetch.take(wanted(SEEDS)) is None


def test_the_child_hands_over_the_outlines_the_server_would_encode(monkeypatch):
    monkeypatch.setattr(basemap, "_outlines", {})
    assert prefetch.start(SEEDS, 0, None)
    assert prefetch.take(wanted(SEEDS)) is not None
    primed = dict(basemap._outlines)
    assert set(primed) == {"region", "provinces"}
    monkeypatch.setattr(basemap, "_outlines", {})
    assert primed == {w: basemap.outlines_json(w) for w in ("region", "provinces")}


def test_two_first_pages_at_once_get_one_corpus_and_nothing_breaks():
    import threading
    assert prefetch.start(SEEDS, 0, None)
    got = []
    threads = [threading.Thread(target=lambda: got.append(prefetch.take(wanted(SEEDS)))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(g is not None for g in got) == 1 and len(got) == 3
