"""Gazetteer figures: load time (fresh objects, cold caches) and resolve() lookups per second."""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import Row, median_time

ROOT = Path(__file__).resolve().parent.parent

# What the extractor asks: capitals in several spellings, qualified names, and many n-grams that are no place.
NAMES = [
    "Kandahar", "Herat", "Lashkar Gah", "Qala-e-Naw", "Qal'ah-ye Now", "Ghazni", "Mazar-i-Sharif", "Mazar-e Sharif",
    "Jalalabad", "Kabul", "Zarang", "Sheberghan", "Sar-e Pol", "Taloqan", "Aybak", "Pul-i-Khumri", "Faizabad",
    "Tirin Kot", "Mihterlam", "Gardiz", "Nilli", "Hérat", "Kandahar's airport", "Kabul airport", "Bagram",
    "Logar province", "Helmand", "Char Asyab", "Warsaj", "BIN",
    "the Taliban", "government", "on Thursday", "bin Laden", "March", "security forces", "officials said",
    "Reuters", "the city", "provincial capital", "late last night", "Leave a Reply", "Afghan forces", "the airport",
    "Interior Ministry", "Kabul's presidential palace", "embassies", "Doha", "Washington", "Kabul Kandahar Herat",
]


def _load_once() -> None:
    from geo import gazetteer

    gazetteer._decompose.cache_clear()  # a fresh object with cold caches: no help from an earlier load
    gazetteer.Gazetteer.from_csv()


def _cold_start() -> float:
    """Import + load in a new interpreter, timed inside it (interpreter start-up left out)."""
    code = ("import time; t = time.perf_counter(); from geo.gazetteer import Gazetteer; Gazetteer.from_csv(); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def run() -> list[Row]:
    from geo.gazetteer import Gazetteer, fold

    _load_once()  # imports (shapely, yaml) are paid once, as in a running app
    load = median_time(_load_once, repeat=7)
    cold = statistics.median(_cold_start() for _ in range(3))

    gaz = Gazetteer.from_csv()
    hits = sum(gaz.resolve(n) is not None for n in NAMES)
    names = NAMES * 2000
    t = time.perf_counter()
    for n in names:
        gaz.resolve(n)
    per_s = len(names) / (time.perf_counter() - t)
    t = time.perf_counter()
    for n in names:
        fold(n)
    fold_per_s = len(names) / (time.perf_counter() - t)
    return [
        Row("load from data/ (median of 7, fresh objects, cold caches)", load, "s", "<= 0.3 s", load <= 0.3),
        Row("import + load in a new interpreter (median of 3)", cold, "s"),
        Row(f"resolve() lookups per second ({hits}/{len(NAMES)} names resolve)", per_s, "/s", ">= 200,000",
            per_s >= 200_000),
        Row("fold() calls per second", fold_per_s, "/s"),
        Row("records (places, airports, provinces, curated)", len(gaz.places), ""),
    ]
