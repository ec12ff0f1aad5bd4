"""The app in Chromium: slider step to redrawn map (seed scale, 5,000 places, vs a full re-render), cold start, RSS.

Starts `streamlit run app.py` on local ports (offline), drives Debian's Chromium through Playwright, kills the
servers. Knobs the app honours: CONTROLMAP_REPORTS (folder), CONTROLMAP_SYNTHETIC=N (N made-up places spread
over the country and the seed dates) and CONTROLMAP_MAP_MODE=rebuild (plain st_folium(m): the whole map, places
included, re-sent and its iframe rebuilt on every step).
"""
from __future__ import annotations

import contextlib
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench import Row

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SYNTHETIC = 5000
STEPS = 4  # slider steps timed per configuration (median reported)
COLD_RUNS = 3  # fresh servers timed from launch to markers drawn (median reported)
START_DAY = "2021-08-08"

# Marks the markers on screen, then waits until the first marker is a fresh one: the new layer is drawn.
_MARK = """() => { for (const f of document.querySelectorAll('iframe')) { try {
    f.contentDocument.querySelectorAll('path.place-marker').forEach(p => p.dataset.old = '1'); } catch (e) {} } }"""
_FRESH = """() => { for (const f of document.querySelectorAll('iframe')) { try {
    const p = f.contentDocument.querySelector('path.place-marker');
    if (p && !p.dataset.old) { return true; } } catch (e) {} } return false; }"""
_COUNT = """() => { let n = 0; for (const f of document.querySelectorAll('iframe')) { try {
    n += f.contentDocument.querySelectorAll('path.place-marker').length; } catch (e) {} } return n; }"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _rss_mb(pid: int) -> float:
    """Resident memory of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(f"no VmRSS for {pid}")


@contextlib.contextmanager
def _serve(**env: str):
    """A streamlit server for app.py with these env vars; yields (process, url, launch time, seconds to healthy)."""
    port = _free_port()
    full = {**os.environ, "CONTROLMAP_REPORTS": str(ROOT / "seeds"), **env}
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=full, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            with contextlib.suppress(OSError):
                if urllib.request.urlopen(url + "/_stcore/health", timeout=1).status == 200:
                    break
            if proc.poll() is not None:
                raise RuntimeError(f"streamlit exited with {proc.returncode}")
            time.sleep(0.05)
        else:
            raise RuntimeError("streamlit did not become healthy in 15 s")
        yield proc, url, t0, time.perf_counter() - t0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _open(page, url: str, timeout_s: float = 90) -> float:
    """Load the page; seconds until markers are drawn in the map iframe."""
    t = time.perf_counter()
    page.goto(url)
    # Checked on every animation frame (as the slider steps are): a 50 ms poll added up to 50 ms to each figure.
    page.wait_for_function(_COUNT.replace("return n;", "return n > 0;"), timeout=timeout_s * 1000, polling="raf")
    return time.perf_counter() - t


def _steps(page, n: int) -> list[float]:
    """Click Next `n` times; seconds from each click until the new marker layer is drawn."""
    times = []
    for _ in range(n):
        page.evaluate(_MARK)
        button = page.get_by_role("button", name="Next")
        t = time.perf_counter()
        button.click()
        page.wait_for_function(_FRESH, timeout=60_000, polling="raf")
        times.append(time.perf_counter() - t)
        print(f"  step {len(times)}: {times[-1]:.3f} s", file=sys.stderr, flush=True)
        page.wait_for_timeout(300)  # let the rerun settle before the next click
    return times


def run() -> list[Row]:
    from playwright.sync_api import sync_playwright

    from geo import vendor

    vendor.install()
    rows: list[Row] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            # (d) cold start: a fresh server, first page, first markers drawn; the last of COLD_RUNS fresh servers
            # also serves the slider steps (a single cold start varies by +-0.3 s with the machine's load).
            colds: list[float] = []
            for _ in range(COLD_RUNS - 1):
                with _serve() as (proc, url, t0, healthy):
                    page = browser.new_page(viewport={"width": 1400, "height": 1000})
                    _open(page, f"{url}/?date={START_DAY}")
                    colds.append(time.perf_counter() - t0)
                    page.close()
            with _serve() as (proc, url, t0, healthy):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                _open(page, f"{url}/?date={START_DAY}")
                colds.append(time.perf_counter() - t0)
                cold = statistics.median(colds)
                # (a) slider step at seed scale.
                seed_steps = _steps(page, STEPS)
                page.close()
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                warm = _open(page, f"{url}/?date={START_DAY}")  # a new visitor, the server already warm
                page.close()
            rows.append(Row(f"cold start: server launch to map drawn (seeds, median of {COLD_RUNS} fresh servers)", cold,
                            "s", "<= 3 s", cold <= 3.0))
            rows.append(Row("  slowest of those cold starts", max(colds), "s"))
            rows.append(Row("  of which server launch to /_stcore/health", healthy, "s"))
            rows.append(Row("page load to map drawn, seeds, warm server (new visitor)", warm, "s", "<= 3 s",
                            warm <= 3.0))
            seed = statistics.median(seed_steps)
            rows.append(Row(f"Next step to redrawn map, seeds (median of {STEPS})", seed, "s", "<= 0.3 s",
                            seed <= 0.3))

            # (b) + (e) 5,000 synthetic places, the feature-group path.
            with _serve(CONTROLMAP_SYNTHETIC=str(SYNTHETIC)) as (proc, url, _, _healthy):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                load_big = _open(page, f"{url}/?date={START_DAY}")
                markers = page.evaluate(_COUNT)
                big_steps = _steps(page, STEPS)
                rss = _rss_mb(proc.pid)
                page.close()
            big = statistics.median(big_steps)
            rows.append(Row(f"page load to map drawn, {SYNTHETIC:,} places (first visit)", load_big, "s"))
            rows.append(Row(f"markers drawn on {START_DAY} with {SYNTHETIC:,} extra places", markers, "paths"))
            rows.append(Row(f"Next step to redrawn map, {SYNTHETIC:,} places (median of {STEPS})", big, "s",
                            "<= 0.7 s", big <= 0.7))
            rows.append(Row(f"streamlit RSS with {SYNTHETIC:,} places", rss, "MB"))

            # (c) the same steps with the plain full re-render: st_folium(m) with the places inside the map.
            naive_env = {"CONTROLMAP_SYNTHETIC": str(SYNTHETIC), "CONTROLMAP_MAP_MODE": "rebuild"}
            with _serve(**naive_env) as (proc, url, _, _healthy):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                _open(page, f"{url}/?date={START_DAY}")
                naive_steps = _steps(page, STEPS)
                page.close()
            naive = statistics.median(naive_steps)
            rows.append(Row(f"same step, full map re-render, {SYNTHETIC:,} places (median of {STEPS})", naive,
                            "s"))
            rows.append(Row("full re-render / feature-group update (step time ratio)", naive / big, "x",
                            "> 1", naive / big > 1))
        finally:
            browser.close()
    return rows


if __name__ == "__main__":
    for row in run():
        print(row)
