"""The store of reports that users add: one SQLite file (WAL), idempotent by content hash, nothing half-written."""
from __future__ import annotations

import logging
import sqlite3
from contextlib import closing
from datetime import date, datetime, timezone
from pathlib import Path

from .errors import GeoError
from .models import Report

__all__ = ["DEFAULT_STORE", "StoreError", "Store"]

log = logging.getLogger(__name__)

DEFAULT_STORE = Path(__file__).resolve().parent.parent / "data" / "store" / "controlmap.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS reports (
    id        TEXT PRIMARY KEY,
    digest    TEXT NOT NULL UNIQUE,
    published TEXT NOT NULL,
    title     TEXT NOT NULL,
    source    TEXT NOT NULL,
    url       TEXT NOT NULL,
    text      TEXT NOT NULL,
    path      TEXT NOT NULL,
    added_at  TEXT NOT NULL
)
"""


class StoreError(GeoError):
    """The store file cannot be opened or written."""


class Store:
    """Reports added by users, kept in SQLite so that nothing accepted is ever lost."""

    def __init__(self, path: str | Path = DEFAULT_STORE) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(self._connect()) as db, db:
                db.execute("PRAGMA journal_mode=WAL")
                db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{self.path}: cannot open the report store ({exc}); check CONTROLMAP_STORE") from None

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10)

    def add(self, report: Report) -> tuple[Report, bool]:
        """Store a report; returns (the stored report, True) or (the earlier copy, False) if its text is known.

        A report whose id is taken by a different text is stored under a suffixed id, never overwriting.
        """
        digest = report.digest
        try:
            with closing(self._connect()) as db, db:  # one transaction: all or nothing
                row = db.execute("SELECT * FROM reports WHERE digest = ?", (digest,)).fetchone()
                if row:
                    return _from_row(row), False
                rid, n = report.id, 1
                while db.execute("SELECT 1 FROM reports WHERE id = ?", (rid,)).fetchone():
                    n += 1
                    rid = f"{report.id}-{n}"
                stored = Report(rid, report.published, report.title, report.source, report.url, report.text,
                                report.path)
                db.execute(
                    "INSERT INTO reports VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (rid, digest, report.published.isoformat(), report.title, report.source, report.url,
                     report.text, report.path, datetime.now(timezone.utc).isoformat(timespec="seconds")),
                )
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: the report was not stored ({exc}); nothing was changed") from None
        log.info("stored report %s", rid)
        return stored, True

    def reports(self) -> tuple[Report, ...]:
        """Every stored report, oldest first."""
        try:
            with closing(self._connect()) as db:
                rows = db.execute("SELECT * FROM reports ORDER BY added_at, id").fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read the report store ({exc})") from None
        return tuple(_from_row(r) for r in rows)

    def signature(self) -> tuple[int, int]:
        """(count, newest row id): changes whenever a report is added or removed; cheap enough for every rerun."""
        try:
            with closing(self._connect()) as db:
                count, top = db.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM reports").fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read the report store ({exc})") from None
        return int(count), int(top)

    def remove(self, report_id: str) -> bool:
        """Delete one stored report; True if it was there."""
        with closing(self._connect()) as db, db:
            return db.execute("DELETE FROM reports WHERE id = ?", (report_id,)).rowcount > 0


def _from_row(row: tuple) -> Report:
    rid, _digest, published, title, source, url, text, path, _added = row
    return Report(rid, date.fromisoformat(published), title, source, url, text, path)
