"""The only reader of report files: YAML front matter, a sidecar NAME.meta.yaml, or a caller-given date."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from .errors import BadMetadata, EmptyReport, MissingDate, NotText, ReportError, TooLarge
from .models import Report

__all__ = [
    "MAX_BYTES",
    "REPORT_SUFFIXES",
    "Refused",
    "Loaded",
    "parse_report",
    "load_report",
    "load_reports",
]

log = logging.getLogger(__name__)

MAX_BYTES = 5 * 1024 * 1024
REPORT_SUFFIXES = (".txt", ".md")
_SIDECAR = ".meta.yaml"
_KEYS = ("published", "source", "url", "title")


@dataclass(frozen=True, slots=True)
class Refused:
    """A report file that was not accepted, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Loaded:
    """The reports of a folder that were accepted and those that were refused."""

    reports: tuple[Report, ...]
    refused: tuple[Refused, ...]


def _decode(data: bytes, name: str) -> str:
    if len(data) > MAX_BYTES:
        raise TooLarge(
            f"{name}: {len(data):,} bytes is over the {MAX_BYTES // (1024 * 1024)} MB limit; "
            "split the report or keep only its text"
        )
    if b"\x00" in data:
        raise NotText(f"{name}: looks binary (NUL bytes); save the report as plain UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise NotText(
            f"{name}: not UTF-8 (bad byte at offset {exc.start}); re-save the report as UTF-8 text"
        ) from None
    return text.removeprefix("\ufeff")


def _to_date(value: Any, name: str, where: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise BadMetadata(
            f"{name}: 'published' in {where} is {value!r}; write it as YYYY-MM-DD"
        ) from None


# One "key: value" line of front matter as people write it, YAML or not: "title: Afghanistan live: Kandahar falls"
_PLAIN_LINE_RE = re.compile(r"^(?P<key>[A-Za-z_][\w\-]*):(?:\s+(?P<value>.*?))?\s*$")


def _plain_meta(raw: str) -> dict[str, Any] | None:
    """Front matter read as plain 'key: value' lines (the value is everything after the first colon), or None."""
    meta: dict[str, Any] = {}
    for line in raw.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PLAIN_LINE_RE.match(line)
        if m is None or (m.group("value") or " ")[0] in "[{&*!|>%@`":
            return None  # (YAML's own structures: a broken one is an error to show, not text)
        meta[m.group("key")] = m.group("value") or ""
    return meta


def _meta(raw: str, name: str, where: str) -> dict[str, Any]:
    try:
        meta = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        # a colon in a title ("title: Afghanistan live: ...") is invalid YAML, yet what it means is plain
        meta = _plain_meta(raw)
        if meta is None:
            raise BadMetadata(f"{name}: {where} is not valid YAML ({exc.__class__.__name__}); fix it") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise BadMetadata(f"{name}: {where} must be 'key: value' lines (published, source, url, title)")
    return meta


def _split_front_matter(text: str, name: str) -> tuple[dict[str, Any], str]:
    """(metadata, body) of a text that may open with a '---' YAML block."""
    first, nl, rest = text.partition("\n")
    if first.rstrip() != "---" or not nl:
        return {}, text
    lines = rest.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip() in ("---", "..."):
            meta = _meta("\n".join(lines[:i]), name, "the front matter")
            return meta, "\n".join(lines[i + 1 :])
    raise BadMetadata(f"{name}: front matter opened with '---' is never closed; add a '---' line after it")


def parse_report(
    data: bytes | str,
    *,
    name: str,
    published: date | None = None,
    sidecar: dict[str, Any] | None = None,
    path: str = "",
) -> Report:
    """A Report from a file's bytes; metadata from front matter, else the sidecar, else the caller."""
    text = data if isinstance(data, str) else _decode(data, name)
    if isinstance(data, str) and len(data.encode("utf-8")) > MAX_BYTES:
        raise TooLarge(f"{name}: over the {MAX_BYTES // (1024 * 1024)} MB limit; split the report")
    meta, body = _split_front_matter(text, name)
    where = "the front matter"
    if not meta and sidecar:
        meta, where = sidecar, "the sidecar"
    if not body.strip():
        raise EmptyReport(f"{name}: the report has no text; paste the article's body")
    if meta.get("published") not in (None, ""):
        day = _to_date(meta["published"], name, where)
    elif published is not None:
        day = published
    else:
        raise MissingDate(
            f"{name}: no publication date; add front matter ('---' / 'published: YYYY-MM-DD' / '---'), "
            f"a sidecar {Path(name).stem}{_SIDECAR}, or give the date (--published YYYY-MM-DD)"
        )
    title = str(meta.get("title") or "").strip() or body.strip().split("\n", 1)[0][:120]
    return Report(
        id=Path(name).stem,
        published=day,
        title=title,
        source=str(meta.get("source") or "").strip(),
        url=str(meta.get("url") or "").strip(),
        text=body,
        path=path,
    )


def load_report(path: str | Path, *, published: date | None = None) -> Report:
    """Read one report file; raises a ReportError subclass naming the file and what to do."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TooLarge(
                f"{name}: {size:,} bytes is over the {MAX_BYTES // (1024 * 1024)} MB limit; "
                "split the report or keep only its text"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError(f"{name}: cannot be read ({exc.strerror or exc}); check the path") from None
    sidecar_path = path.with_name(path.stem + _SIDECAR)
    sidecar = None
    if sidecar_path.is_file():
        sidecar = _meta(_decode(sidecar_path.read_bytes(), sidecar_path.name), name, "the sidecar")
    return parse_report(data, name=name, published=published, sidecar=sidecar, path=str(path))


def load_reports(folder: str | Path, *, published: date | None = None) -> Loaded:
    """Every report file in a folder (sorted); refused files are listed with the reason, not raised."""
    folder = Path(folder)
    reports: list[Report] = []
    refused: list[Refused] = []
    if not folder.is_dir():
        return Loaded((), (Refused(str(folder), f"{folder}: not a folder; set CONTROLMAP_REPORTS to a folder of reports"),))
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in REPORT_SUFFIXES:
            continue
        if path.name.lower().startswith("readme"):
            continue
        try:
            reports.append(load_report(path, published=published))
        except ReportError as exc:
            log.info("refused %s: %s", path, exc)
            refused.append(Refused(str(path), str(exc)))
    return Loaded(tuple(reports), tuple(refused))
