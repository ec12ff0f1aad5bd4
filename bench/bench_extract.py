"""Extraction throughput: reports per second on one core over ~2 KB reports recombined from the seeds' sentences."""
from __future__ import annotations

import random
import time
from datetime import date
from pathlib import Path

from bench import Row

ROOT = Path(__file__).resolve().parent.parent
TARGET = 2000.0  # reports per second
REPORT_BYTES = 2048
N_REPORTS = 400
SEED = 20210813


def corpus(n: int = N_REPORTS, *, seed: int = SEED) -> list:
    """`n` reports of about 2 KB, each a deterministic random draw of the seeds' sentences."""
    from geo.models import Report
    from geo.sentences import split_sentences
    from geo.sources import load_reports

    sentences = [s.text for r in load_reports(ROOT / "seeds").reports for s in split_sentences(r.text)]
    rng = random.Random(seed)
    out = []
    for i in range(n):
        parts: list[str] = []
        size = 0
        while size < REPORT_BYTES:
            s = rng.choice(sentences)
            parts.append(s)
            size += len(s.encode("utf-8")) + 2
        text = "\n\n".join(parts)
        out.append(Report.from_text(text, published=date(2021, 8, 9 + i % 8), id=f"bench-{i}", source="bench"))
    return out


def run() -> list[Row]:
    from geo.extract import extract
    from geo.gazetteer import Gazetteer
    from geo.profile import Theatre

    gazetteer, profile = Gazetteer.from_csv(), Theatre.from_yaml()
    reports = corpus()
    claims = sum(len(extract(r, gazetteer, profile).claims) for r in reports[:20])  # warm caches and regexes
    rates = []
    for _ in range(5):
        t = time.perf_counter()
        for r in reports:
            extract(r, gazetteer, profile)
        rates.append(len(reports) / (time.perf_counter() - t))
    rates.sort()
    best, median = rates[-1], rates[len(rates) // 2]
    kb = sum(len(r.text.encode("utf-8")) for r in reports) / len(reports) / 1024
    return [
        Row(f"extract: reports/s, median of 5 passes over {len(reports)} reports of {kb:.1f} KB", median,
            "reports/s", f">= {TARGET:,.0f}", median >= TARGET),
        Row("extract: reports/s, best pass", best, "reports/s"),
        Row("extract: claims per report (first 20)", claims / 20, "claims"),
    ]


if __name__ == "__main__":
    for row in run():
        print(row)
