"""Command line shell: `python -m geo SUBCOMMAND ...`; one _add_<name> and one _cmd_<name> per subcommand."""
from __future__ import annotations

import argparse
import json
import logging
import sys
from typing import Callable, Sequence

from .errors import GeoError
from .models import Resolution

__all__ = ["main"]

log = logging.getLogger(__name__)


class _UsageError(Exception):
    """A bad command line: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting, so main() prints one clear line."""

    def error(self, message: str):  # type: ignore[override]
        raise _UsageError(f"{self.prog}: {message} (see --help)")


# -- geocode --------------------------------------------------------------------------------------------------

def _add_geocode(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("geocode", help="look place names up in the gazetteer",
                              description="Resolve place names offline (and online with --online). "
                                          "Exit status 1 when any name is unresolved.")
    p.add_argument("names", nargs="+", metavar="NAME", help="place names, e.g. Kandahar 'Kabul airport'")
    p.add_argument("--format", choices=("table", "jsonl"), default="table", help="output format (default table)")
    p.add_argument("--online", action="store_true",
                   help="after the gazetteer, ask Nominatim (also CONTROLMAP_ONLINE=1); rate-limited and cached")
    p.add_argument("--allow-caution", action="store_true",
                   help="also match names that are ordinary English words or foreign cities (March, Bust)")
    return p


def _geocode_record(query: str, res: Resolution | None) -> dict:
    """One JSON Lines object per name (the CLI's documented jsonl schema)."""
    if res is None:
        return {"query": query, "resolved": False, "name": None, "lat": None, "lon": None, "admin1": None,
                "country": None, "kind": None, "geonameid": None, "precision": None, "matched": None,
                "confidence": None, "candidates": []}
    p = res.place
    return {"query": query, "resolved": True, "name": p.name, "lat": p.lat, "lon": p.lon, "admin1": p.admin1,
            "country": p.country, "kind": p.kind, "geonameid": p.geonameid or None, "precision": str(p.precision),
            "matched": res.matched, "confidence": res.confidence, "id": p.id,
            "candidates": [{"id": c.id, "name": c.name, "admin1": c.admin1, "kind": c.kind}
                           for c in res.candidates]}


def _table(rows: Sequence[Sequence[str]]) -> str:
    """A plain text table, columns aligned on the widest cell."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows)


def _cmd_geocode(args: argparse.Namespace) -> int:
    from .gazetteer import Gazetteer
    from .geocode import GeocodeChain

    chain = GeocodeChain.from_settings(Gazetteer.from_csv(), online=args.online)
    records = [_geocode_record(n, chain.resolve(n, allow_caution=args.allow_caution)) for n in args.names]
    if args.format == "jsonl":
        for r in records:
            print(json.dumps(r, ensure_ascii=False))
    else:
        rows = [("query", "place", "kind", "precision", "admin1", "lat", "lon", "id", "conf", "others")]
        for r in records:
            if r["resolved"]:
                rows.append((r["query"], r["name"], r["kind"], r["precision"], r["admin1"], f"{r['lat']:.5f}",
                             f"{r['lon']:.5f}", r["id"], f"{r['confidence']:.2f}", str(len(r["candidates"]))))
            else:
                rows.append((r["query"], "(unresolved)", "-", "-", "-", "-", "-", "-", "-", "-"))
        print(_table(rows))
    unresolved = [r["query"] for r in records if not r["resolved"]]
    if unresolved:
        print(f"unresolved: {', '.join(unresolved)}", file=sys.stderr)
        return 1
    return 0


# -- snapshot -------------------------------------------------------------------------------------------------

def _add_snapshot(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("snapshot", help="draw the map as of a day to a PNG file",
                              description="Extract claims from the reports, compute who holds what as of a day "
                                          "under the filters, and write the map as a PNG (no browser needed).")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="the day (default: the latest date in the reports)")
    p.add_argument("--status", metavar="LIST", help="comma-separated statuses to keep: confirmed,claimed,disputed")
    p.add_argument("--controller", metavar="LIST", help="comma-separated controllers to show, e.g. taliban,government")
    p.add_argument("--reports", metavar="DIR", default=None, help="folder of report files (default seeds/)")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for reports that carry none")
    p.add_argument("--width", type=int, default=1600, help="image width in pixels, at least 1000 (default 1600)")
    p.add_argument("-o", "--output", required=True, metavar="FILE.png", help="where to write the PNG")
    return p


def _iso_day(value: str | None, flag: str):
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise GeoError(f"snapshot: {flag} {value!r} is not a date like 2021-08-13") from None


def _csv_list(value: str | None) -> list[str] | None:
    return None if value is None else [v.strip().lower() for v in value.split(",") if v.strip()]


def _cmd_snapshot(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .models import Status
    from .profile import Theatre
    from .sources import load_reports

    statuses = _csv_list(args.status)
    bad = [s for s in statuses or () if s not in {x.value for x in Status}]
    if bad:
        raise GeoError(f"snapshot: unknown status {', '.join(bad)}; "
                          f"use {', '.join(x.value for x in Status)}")
    profile = Theatre.from_yaml()
    controllers = _csv_list(args.controller)
    bad = [c for c in controllers or () if c not in profile.controllers]
    if bad:
        raise GeoError(f"snapshot: unknown controller {', '.join(bad)}; "
                          f"use {', '.join(profile.controllers)}")
    day = _iso_day(args.as_of, "--as-of")
    published = _iso_day(args.published, "--published")
    out = Path(args.output)
    if not out.parent.is_dir():
        raise GeoError(f"snapshot: folder {str(out.parent)!r} does not exist; create it first")
    folder = Path(args.reports) if args.reports else Path(__file__).resolve().parent.parent / "seeds"
    if not folder.is_dir():
        raise GeoError(f"snapshot: --reports {str(folder)!r} is not a folder")

    try:
        from .extract import extract_claims
    except ImportError as exc:
        print(f"error: claim extraction is not available ({exc})", file=sys.stderr)
        return 2
    from .gazetteer import Gazetteer
    from .snapshot import render_png
    from .timeline import control_as_of, stops

    loaded = load_reports(folder, published=published)
    for refused in loaded.refused:
        print(f"skipped {refused.path}: {refused.reason}", file=sys.stderr)
    gazetteer = Gazetteer.from_csv()
    reports = {r.id: r for r in loaded.reports}
    claims = [c for r in loaded.reports for c in extract_claims(r, gazetteer, profile)]
    if day is None:
        days = stops(claims)
        if not days:
            print(f"error: no claims found in {folder}; nothing to draw", file=sys.stderr)
            return 1
        day = days[-1]
    filters = {"statuses": statuses, "controllers": controllers}
    state = control_as_of(claims, day, **filters)
    png = render_png(state, profile=profile, day=day, filters=filters, reports=reports,
                     width_px=max(args.width, 1000))
    out.write_bytes(png)
    print(f"wrote {out} ({len(png)} bytes): {len(state)} places as of {day.isoformat()} "
          f"from {len(claims)} claims in {len(reports)} reports")
    return 0


# -- extract --------------------------------------------------------------------------------------------------

def _add_extract(subparsers) -> argparse.ArgumentParser:
    p = subparsers.add_parser("extract", help="extract claims of control from report files",
                              description="Read report files (or folders of them) and print one record per claim. "
                                          "Unknown place names and refused files are reported on stderr.")
    p.add_argument("paths", nargs="+", metavar="PATH", help="report files or folders")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for reports that carry none")
    p.add_argument("--format", choices=("jsonl", "csv", "geojson"), default="jsonl",
                   help="output format (default jsonl)")
    return p


def _cmd_extract(args: argparse.Namespace) -> int:
    from pathlib import Path

    from . import export
    from .errors import ReportError
    from .extract import extract
    from .gazetteer import Gazetteer
    from .profile import Theatre
    from .sources import load_report, load_reports

    published = _iso_day(args.published, "--published")
    reports, problems = [], 0
    for raw in args.paths:
        path = Path(raw)
        if path.is_dir():
            loaded = load_reports(path, published=published)
            reports.extend(loaded.reports)
            for refused in loaded.refused:
                print(f"refused: {refused.path}: {refused.reason}", file=sys.stderr)
                problems += 1
        else:
            try:
                reports.append(load_report(path, published=published))
            except (ReportError, OSError) as exc:
                print(f"refused: {path}: {exc}", file=sys.stderr)
                problems += 1
    gazetteer, profile = Gazetteer.from_csv(), Theatre.from_yaml()
    claims = []
    for report in reports:
        try:
            result = extract(report, gazetteer, profile)
        except Exception as exc:  # noqa: BLE001 - one odd report must not cost the others (nothing of it is written)
            log.debug("extracting %s failed", report.id, exc_info=True)
            print(f"error: {report.id}: extraction failed ({type(exc).__name__}: {exc}); its claims are left out",
                  file=sys.stderr)
            problems += 1
            continue
        claims.extend(result.claims)
        for u in result.unresolved:
            print(f"warning: {report.id}: place not in the gazetteer: {u.name!r} in {u.evidence.text!r}",
                  file=sys.stderr)
    if args.format == "csv":
        sys.stdout.write(export.claims_to_csv(claims))
    elif args.format == "geojson":
        sys.stdout.write(export.claims_to_geojson(claims) + "\n")
    else:
        sys.stdout.write(export.claims_to_jsonl(claims))
    log.info("%d claims from %d reports", len(claims), len(reports))
    return 1 if problems or not reports else 0


# -- the shell ------------------------------------------------------------------------------------------------

# Each subcommand: (_add_<name>(subparsers) -> parser, _cmd_<name>(args) -> exit status).
_SUBCOMMANDS: list[tuple[Callable, Callable[[argparse.Namespace], int]]] = [
    (_add_geocode, _cmd_geocode),
    (_add_snapshot, _cmd_snapshot),
    (_add_extract, _cmd_extract),
]


def _parser() -> tuple[_Parser, list[str]]:
    parser = _Parser(prog="python -m geo", description="Control Map: news reports -> map of territorial control.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for add, cmd in _SUBCOMMANDS:
        add(subparsers).set_defaults(_cmd=cmd)
    return parser, sorted(subparsers.choices)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one subcommand; 0 ok, 1 when the command found a problem in its input, 2 on usage or data errors."""
    parser, commands = _parser()
    try:
        args = parser.parse_args(argv)
    except _UsageError as exc:
        print(exc, file=sys.stderr)
        return 2
    except SystemExit as exc:  # --help / --version
        return int(exc.code or 0)
    if getattr(args, "_cmd", None) is None:
        print(f"{parser.prog}: choose a command: {', '.join(commands)} (see --help)",
              file=sys.stderr)
        return 2
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s: %(message)s")
    try:
        return args._cmd(args)
    except GeoError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `python -m geo ... | head`
        return 0
