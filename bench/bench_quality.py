"""Extraction quality on hand-labelled reports: precision and recall of (place, controller) and of (place,
controller, status), date accuracy, and trap reports (that must give no claim) left clean.

The sets under bench/quality/ are short reports written for evaluation in the styles of wire, newspaper, local
and statement copy (Afghanistan, June-September 2021), each labelled by reading the text before the extractor
was run: `expected.jsonl` holds one line per expected claim (`place` as written, `controller`, `status`,
`event_date`, optionally `alt_controller` / `alt_status` / `alt_event_date` for honest ambiguity and
`optional` for a defensible but not required claim) or `{"report": ..., "none": true}` for a trap report.
Places are matched through the gazetteer (the same place id), so spellings do not matter; an expected place the
gazetteer cannot resolve is counted apart (a gazetteer gap, not a reading error).
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bench import Row

HERE = Path(__file__).resolve().parent / "quality"


def _alts(entry: dict, key: str) -> set:
    """The accepted values of one field: the label and its alternatives (a value or a list)."""
    alt = entry.get(f"alt_{key}", [])
    return {entry.get(key), *(alt if isinstance(alt, list) else [alt])}


@dataclass
class Score:
    expected: int = 0  # required labels whose place the gazetteer resolves
    gaps: int = 0  # required labels whose place it does not
    found_pc: int = 0  # required labels matched on place and controller
    found_pcs: int = 0  # ... and status
    dated: int = 0  # ... of those matched on place and controller, the event date right too
    produced: int = 0
    correct_pc: int = 0  # produced claims that match a label (required or optional) on place and controller
    correct_pcs: int = 0
    traps: int = 0
    traps_clean: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("expected", "gaps", "found_pc", "found_pcs", "dated", "produced", "correct_pc", "correct_pcs",
                     "traps", "traps_clean"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def score_set(folder: Path, gazetteer, profile) -> Score:
    from geo.extract import extract_claims
    from geo.sources import load_reports

    labels: dict[str, list[dict]] = defaultdict(list)
    for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            labels[entry["report"]].append(entry)
    loaded = load_reports(folder / "reports")
    sc = Score()
    for report in loaded.reports:
        stem = Path(report.id).stem if report.id.endswith(".txt") else report.id
        entries = labels.get(stem, [])
        claims = extract_claims(report, gazetteer, profile)
        sc.produced += len(claims)
        if any(e.get("none") for e in entries):
            sc.traps += 1
            sc.traps_clean += not claims
        resolved = []
        for e in entries:
            if e.get("none"):
                continue
            # (a label names a place by construction: names the gazetteer keeps for a context, "Burka", resolve too)
            hit = gazetteer.resolve(e["place"]) or gazetteer.resolve(e["place"], allow_caution=True)
            if hit is None:
                sc.gaps += 0 if e.get("optional") else 1
                continue
            resolved.append((e, hit.place.id))
        for e, pid in resolved:
            if e.get("optional"):
                continue
            sc.expected += 1
            same = [c for c in claims if c.place_id == pid and c.controller in _alts(e, "controller")]
            if not same:
                sc.misses.append(f"{stem}: {e['place']} {e['controller']}/{e['status']}")
                continue
            sc.found_pc += 1
            sc.found_pcs += any(c.status.value in _alts(e, "status") for c in same)
            sc.dated += any((str(c.event_date) if c.event_date else None) in _alts(e, "event_date") for c in same)
        for c in claims:
            ok = [e for e, pid in resolved if pid == c.place_id and c.controller in _alts(e, "controller")]
            sc.correct_pc += bool(ok)
            sc.correct_pcs += any(c.status.value in _alts(e, "status") for e in ok)
    return sc


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def run() -> list[Row]:
    from geo.gazetteer import Gazetteer
    from geo.profile import Theatre

    gazetteer, profile = Gazetteer.from_csv(), Theatre.from_yaml()
    rows: list[Row] = []
    total = Score()
    for folder in sorted(p for p in HERE.iterdir() if (p / "expected.jsonl").exists()):
        sc = score_set(folder, gazetteer, profile)
        total.add(sc)
        name = folder.name
        rows.append(Row(f"{name}: recall (place, controller), {sc.expected} labels", _ratio(sc.found_pc, sc.expected), ""))
        rows.append(Row(f"{name}: precision (place, controller), {sc.produced} claims",
                        _ratio(sc.correct_pc, sc.produced), ""))
    rows += [
        Row(f"all sets: recall (place, controller), {total.expected} labels", _ratio(total.found_pc, total.expected), ""),
        Row("all sets: recall (place, controller, status)", _ratio(total.found_pcs, total.expected), ""),
        Row(f"all sets: precision (place, controller), {total.produced} claims",
            _ratio(total.correct_pc, total.produced), ""),
        Row("all sets: precision (place, controller, status)", _ratio(total.correct_pcs, total.produced), ""),
        Row("all sets: event date right, of claims matched on place and controller",
            _ratio(total.dated, total.found_pc), ""),
        Row(f"all sets: trap reports with no claim (of {total.traps})", total.traps_clean, "reports"),
        Row("all sets: labels whose place is not in the gazetteer (not counted above)", total.gaps, "labels"),
    ]
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
