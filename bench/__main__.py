"""`python -m bench [FILTER...]`: run every bench/bench_*.py module's run() and print one aligned table."""
from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

from bench import Row

HERE = Path(__file__).resolve().parent


def _modules(filters: list[str]) -> list[str]:
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if filters:
        names = [n for n in names if any(f.lower() in n.lower() for f in filters)]
    return names


def _fmt(value: float) -> str:
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    return f"{value:.4g}" if value == 0 or abs(value) >= 0.001 else f"{value:.3g}"


def main(argv: list[str]) -> int:
    names = _modules(argv)
    if not names:
        print(f"no benchmark matches {' '.join(argv)!r}; available: "
              f"{', '.join(_modules([])) or 'none'}", file=sys.stderr)
        return 2
    table = [("module", "figure", "value", "unit", "target", "")]
    failed = False
    for name in names:
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows: list[Row] = importlib.import_module(f"bench.{name}").run()
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            traceback.print_exc(file=sys.stderr)
            table.append((name, f"ERROR: {type(exc).__name__}: {exc}", "", "", "", "ERROR"))
            failed = True
            continue
        for r in rows:
            verdict = "" if r.passed is None else ("ok" if r.passed else "MISS")
            table.append((name.removeprefix("bench_"), r.name, _fmt(r.value), r.unit, r.target, verdict))
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for i, row in enumerate(table):
        cells = [c.rjust(w) if j == 2 else c.ljust(w) for j, (c, w) in enumerate(zip(row, widths))]
        print("  ".join(cells).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))
    misses = sum(1 for row in table[1:] if row[5] == "MISS")
    print(f"\n{len(table) - 1} figures, {misses} missed target{'s' if misses != 1 else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
