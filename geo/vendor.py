"""Leaflet copied from the xstatic package into static/vendor/, so the map draws with no internet."""
from __future__ import annotations

import logging
import shutil
from pathlib import Path

__all__ = [
    "STATIC",
    "VENDOR",
    "URL_PREFIX",
    "LEAFLET_JS",
    "LEAFLET_CSS",
    "install",
    "local_path",
]

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent.parent / "static"
VENDOR = STATIC / "vendor"
# Streamlit serves <app dir>/static/ at /app/static/ when server.enableStaticServing is on. Absolute paths,
# because the map runs inside the st_folium component's iframe, whose own URL is elsewhere.
URL_PREFIX = "/app/static/vendor"
LEAFLET_JS = f"{URL_PREFIX}/leaflet/leaflet.js"
LEAFLET_CSS = f"{URL_PREFIX}/leaflet/leaflet.css"


def _sources() -> dict[str, Path]:
    """Relative target path -> the packaged file it is copied from."""
    import xstatic.pkg.leaflet as leaflet  # imported here: only the app's start needs the package

    lf = Path(leaflet.BASE_DIR)
    files = {"leaflet/leaflet.js": lf / "leaflet.js", "leaflet/leaflet.css": lf / "leaflet.css"}
    # leaflet.css points at images/ next to it (layer-control icons, default marker).
    for img in sorted((lf / "images").glob("*")):
        files[f"leaflet/images/{img.name}"] = img
    return files


def install(vendor: Path = VENDOR) -> list[Path]:
    """Copy the assets into `vendor` if missing or changed (idempotent); returns the files written."""
    written = []
    for rel, src in _sources().items():
        dst = vendor / rel
        if dst.is_file() and dst.stat().st_size == src.stat().st_size:
            continue
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        written.append(dst)
    if written:
        log.info("copied %d Leaflet files into %s", len(written), vendor)
    return written


def local_path(url: str, vendor: Path = VENDOR) -> Path | None:
    """The file under `vendor` that a /app/static/vendor/... URL serves, or None for any other URL."""
    if not url.startswith(URL_PREFIX + "/"):
        return None
    return vendor / url.removeprefix(URL_PREFIX + "/")
