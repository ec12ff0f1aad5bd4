"""Benchmarks: `make bench` (= `python -m bench [FILTER...]`) runs every bench/bench_*.py and prints one table.

The contract for a benchmark module `bench/bench_<area>.py`:

- it defines `run() -> list[Row]` and nothing runs at import time;
- each Row is one measured figure: `Row(name, value, unit, target, passed)`, e.g.
  `Row("load (median of 7 cold loads)", 0.061, "s", "<= 0.3 s", 0.061 <= 0.3)`;
  `value` is what was measured in this run (never a constant), `target` is human-readable text
  ("" when there is none) and `passed` is True/False against that target, or None when there is no target;
- it runs offline, needs no server left running, and finishes in well under a minute on 2 cores;
- performance targets live here, never in timed tests.

`python -m bench gazetteer extract` runs only the modules whose name contains one of the words.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import dataclass
from typing import Callable

__all__ = ["Row", "median_time"]


@dataclass(frozen=True, slots=True)
class Row:
    """One measured figure and how it compares with its target."""

    name: str
    value: float
    unit: str
    target: str = ""
    passed: bool | None = None


def median_time(fn: Callable[[], object], *, repeat: int = 7) -> float:
    """Median wall time of `repeat` calls of `fn`, in seconds."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)
