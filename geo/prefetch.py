"""The first page's corpus and map outlines, made in a child process while the server imports the map libraries.

A fresh server spends about 0.4 s of its first page loading the gazetteer, compiling the extractor, reading the
reports and encoding the map's outlines, and about 0.6 s importing pandas, folium and streamlit_folium. The two
do not depend on each other, so the first script run starts `python -m geo.prefetch` (on the other core) before
its imports, and takes the child's work when it needs the corpus. If anything is wrong with the child (it failed, took too long, or read other
files than the page now asks for), `take` returns None and the page builds the corpus itself, as it always could.
Only the first run of a server process starts a child: later pages use Streamlit's cache, and a new or edited
report is read in-process as before. CONTROLMAP_PREFETCH=0 turns this off.

This module imports nothing heavy: it runs at the top of app.py, before the imports it is meant to overlap.
"""
from __future__ import annotations

import atexit
import logging
import os
import pickle
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

__all__ = ["start", "take", "key", "main"]

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 120.0  # seconds to wait for the child before building in-process (a very large folder can take long)

_child: subprocess.Popen[bytes] | None = None
_output: Path | None = None  # where the child writes its pickle (a file, so it never blocks on a full pipe)
_started = False
_lock = threading.Lock()  # two first pages at once: one takes the child's work, the other reads for itself


def key(folder: str, signature: tuple, synthetic: int, store_path: str | None, stored: tuple) -> tuple:
    """What a corpus was built from: the same arguments as the app's load_corpus, in the same order."""
    return (str(folder), tuple(signature), int(synthetic), store_path, tuple(stored))


def start(folder: str | Path, synthetic: int, store_path: str | Path | None) -> bool:
    """Start building the corpus in a child process; only the first call in a process does anything."""
    global _child, _output, _started
    if _started or os.environ.get("CONTROLMAP_PREFETCH", "1").strip() == "0":
        return False
    _started = True
    try:
        fd, name = tempfile.mkstemp(prefix="controlmap-", suffix=".pickle")
        os.close(fd)
        _output = Path(name)
        args = [sys.executable, "-m", "geo.prefetch", str(folder), str(int(synthetic)), str(store_path or ""), name]
        _child = subprocess.Popen(args, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    except OSError as exc:
        log.warning("could not start the corpus process (%s); reading reports in the server", exc)
        _reap()
        return False
    atexit.register(_reap)
    return True


def _reap() -> tuple[subprocess.Popen[bytes] | None, Path | None]:
    """Forget the child: stop it if it still runs, delete its file; returns what there was (for `take`)."""
    global _child, _output
    child, output, _child, _output = _child, _output, None, None
    if child is not None and child.poll() is None:
        child.kill()
        child.wait()
    if output is not None:
        output.unlink(missing_ok=True)
    return child, output


def take(wanted: tuple, timeout: float = TIMEOUT) -> Any | None:
    """The child's corpus if it was built from exactly `wanted` (see `key`), else None; one use only."""
    with _lock:
        return _take(wanted, timeout)


def _take(wanted: tuple, timeout: float) -> Any | None:
    child, output = _child, _output
    if child is None or output is None:
        return None
    try:
        child.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        _reap()
        log.warning("the corpus process took over %.0f s; reading reports in the server", timeout)
        return None
    try:
        data = output.read_bytes() if child.returncode == 0 else b""
    except OSError:
        data = b""
    finally:
        _reap()
    if child.returncode != 0:
        log.warning("the corpus process failed (exit %s); reading reports in the server", child.returncode)
        return None
    try:
        built_from, corpus, outlines = pickle.loads(data)
    except Exception as exc:  # noqa: BLE001 - any garbage from the child means: build it here
        log.warning("the corpus process sent nothing usable (%r); reading reports in the server", exc)
        return None
    from .basemap import prime_outlines

    prime_outlines(outlines)  # the same data files whatever the reports: always usable
    if built_from != wanted:
        log.info("reports changed while the corpus process read them; reading them again")
        return None
    return corpus


def build(folder: str, synthetic: int, store_path: str | None) -> tuple[tuple, Any]:
    """(key, corpus) as the app would build them for these arguments."""
    from .gazetteer import Gazetteer
    from .pipeline import build_corpus, folder_signature
    from .profile import Theatre
    from .store import Store, StoreError

    store = None
    if store_path:
        try:
            store = Store(store_path)
        except StoreError:
            store_path = None  # the page cannot open it either, and says why
    signature = folder_signature(Path(folder))
    stored = store.signature() if store else ()
    added = store.reports() if store else ()
    corpus = build_corpus(folder, gazetteer=Gazetteer.from_csv(), profile=Theatre.from_yaml(),
                          synthetic_places=synthetic, added=added)
    return key(folder, signature, synthetic, store_path, stored), corpus


def main(argv: list[str]) -> int:
    """`python -m geo.prefetch FOLDER SYNTHETIC STORE OUTPUT`: the pickled (key, corpus, outlines) into OUTPUT."""
    from .basemap import outlines_json

    folder, synthetic, store_path, output = argv[0], int(argv[1]), argv[2] or None, Path(argv[3])
    built_from, corpus = build(folder, synthetic, store_path)
    outlines = {which: outlines_json(which) for which in ("region", "provinces")}
    output.write_bytes(pickle.dumps((built_from, corpus, outlines), protocol=pickle.HIGHEST_PROTOCOL))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
