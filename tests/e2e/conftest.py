"""Browser tests: the real app on a folder of reports, driven in Debian's Chromium with the network blocked."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTIFACTS = ROOT / "test-artifacts"
SEED_FILES = ("000_3ef2a4258dc6015b.txt", "000_3ef2a4258dc6015b.meta.yaml")
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}
STARTUP_TIMEOUT_S = 90
TIMEOUT_MS = 20_000  # one rerun of the app on 2 busy cores; a wait that needs more is a bug
MAP_IFRAME = 'iframe[title*="streamlit_folium"]'
MARKER = "path.place-marker"
expect.set_options(timeout=TIMEOUT_MS)


def _truthy(name: str) -> bool:
    return os.environ.get(name, "").strip().lower() in {"1", "true", "yes"}


def _browser_required() -> bool:
    return _truthy("CI") or _truthy("E2E_REQUIRED")


@pytest.fixture(scope="session")
def _chromium() -> Path:
    """Debian's Chromium, or a skip (a failure under CI=true or E2E_REQUIRED=1) naming the install command."""
    if CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    message = f"{CHROMIUM} is missing: install Debian's Chromium with `apt-get install chromium` to run the browser tests"
    if _browser_required():
        pytest.fail(message + " (required here: CI=true or E2E_REQUIRED=1)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser_type_launch_args(_chromium: Path, browser_type_launch_args: dict) -> dict:
    # Playwright cannot download its own browsers here: drive the system one.
    return {**browser_type_launch_args, "executable_path": str(_chromium), "args": LAUNCH_FLAGS}


# --- the app under test -----------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class AppServer:
    """One `streamlit run app.py` on a folder of reports, on a free local port."""

    name: str
    reports: Path
    workdir: Path
    port: int = 0
    proc: subprocess.Popen | None = None
    log_path: Path | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def start(self) -> "AppServer":
        if not (ROOT / "app.py").is_file():
            pytest.fail(f"{ROOT / 'app.py'} does not exist: the browser tests need the app", pytrace=False)
        self.port = _free_port()
        self.log_path = self.workdir / "streamlit.log"
        env = {
            **os.environ,
            "CONTROLMAP_REPORTS": str(self.reports),
            # A private store, so reports a developer added by hand never show up in a test.
            "CONTROLMAP_STORE": str(self.workdir / "store.sqlite"),
            "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
            "PYTHONUNBUFFERED": "1",
        }
        cmd = [
            sys.executable, "-m", "streamlit", "run", "app.py",
            "--server.port", str(self.port),
            "--server.headless", "true",
            "--server.address", "127.0.0.1",
            "--server.fileWatcherType", "none",
            "--browser.gatherUsageStats", "false",
        ]
        with open(self.log_path, "wb") as log:
            self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                         stdin=subprocess.DEVNULL, start_new_session=True)
        self._wait_healthy()
        return self

    def log_tail(self, lines: int = 40) -> str:
        if self.log_path is None or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + STARTUP_TIMEOUT_S
        health = f"{self.url}_stcore/health"
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"the app ({self.name}) exited with code {self.proc.returncode} before it was healthy:\n"
                            f"{self.log_tail()}", pytrace=False)
            try:
                with urllib.request.urlopen(health, timeout=2) as resp:
                    if resp.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            time.sleep(0.2)
        self.stop()
        pytest.fail(f"the app ({self.name}) was not healthy at {health} after {STARTUP_TIMEOUT_S}s:\n{self.log_tail()}",
                    pytrace=False)

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture(scope="session")
def _servers(_chromium, tmp_path_factory):
    """Start each folder's server once, on first use; stop them all at the end of the session."""
    started: dict[str, AppServer] = {}

    def get(name: str, fill: Callable[[Path], None]) -> AppServer:
        if name not in started:
            workdir = tmp_path_factory.mktemp(f"app-{name}")
            reports = workdir / "reports"
            reports.mkdir()
            fill(reports)
            started[name] = AppServer(name, reports, workdir).start()
        return started[name]

    yield get
    for server in started.values():
        server.stop()


def _copy(files, into: Path) -> None:
    for f in files:
        shutil.copy2(f, into / f.name)


@pytest.fixture(scope="session")
def seed_app(_servers) -> AppServer:
    """The app on a folder holding only the original seed and its sidecar."""
    return _servers("seed", lambda d: _copy([SEEDS / n for n in SEED_FILES], d))


@pytest.fixture(scope="session")
def seeds_app(_servers) -> AppServer:
    """The app on every report of seeds/."""
    return _servers("seeds", lambda d: _copy(sorted(p for p in SEEDS.iterdir() if p.name != "README.md"), d))


@pytest.fixture(scope="session")
def xss_app(_servers) -> AppServer:
    """The app on a report whose text, title, source and url carry HTML/JS payloads."""
    return _servers("xss", lambda d: _copy(sorted((FIXTURES / "xss").iterdir()), d))


@pytest.fixture(scope="session")
def upload_app(_servers) -> AppServer:
    """The app on the original seed, with a store of its own for reports added through the page."""
    return _servers("upload", lambda d: _copy([SEEDS / n for n in SEED_FILES], d))


# --- the browser: network guard, console, dialogs ----------------------------------------------------------


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about", "javascript", "chrome-error"} or url in {"", "about:blank", "about:srcdoc"}:
        return True
    return (parts.hostname or "") in LOCAL_HOSTS


@dataclass
class Watch:
    """What the page did that a test must see: non-local requests, console lines, dialogs, page errors."""

    blocked: list[str] = field(default_factory=list)
    console: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def on_route(self, route) -> None:
        url = route.request.url
        if _is_local(url):
            route.fallback()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def on_frame(self, frame) -> None:
        if not _is_local(frame.url):
            self.blocked.append(f"frame: {frame.url}")

    def on_web_socket(self, ws) -> None:
        self.blocked.append(f"websocket: {ws.url}")
        ws.close()

    def on_dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


@pytest.fixture
def watch(request) -> Watch:
    w = Watch()
    request.node._e2e_watch = w
    return w


@pytest.fixture
def context(new_context, watch: Watch):
    """A browser context in which every request to a non-local address is aborted and recorded."""
    ctx = new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    ctx.route("**/*", watch.on_route)
    # Only sockets to other hosts are intercepted; Streamlit's own socket to 127.0.0.1 passes untouched.
    ctx.route_web_socket(re.compile(r"^wss?://(?!(127\.0\.0\.1|localhost|\[::1\])[:/])"), watch.on_web_socket)
    ctx.set_default_timeout(TIMEOUT_MS)
    ctx.set_default_navigation_timeout(TIMEOUT_MS)
    return ctx


@pytest.fixture
def page(context, watch: Watch, request):
    pg = context.new_page()
    pg.on("request", lambda r: watch.requests.append(r.url))
    pg.on("console", lambda m: watch.console.append(f"[{m.type}] {m.text}  ({m.location.get('url', '')})"))
    pg.on("pageerror", lambda e: watch.page_errors.append(str(e)))
    pg.on("dialog", watch.on_dialog)
    pg.on("framenavigated", watch.on_frame)
    pg.on("frameattached", watch.on_frame)
    request.node._e2e_page = pg
    return pg


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    """A browser test fails if its page asked for a non-local address or opened a dialog."""
    result = yield
    w: Watch | None = getattr(item, "_e2e_watch", None)
    if w is not None:
        assert not w.blocked, f"the page asked for non-local addresses (blocked): {w.blocked}"
        assert not w.dialogs, f"the page opened dialogs: {w.dialogs}"
    return result


def _slug(nodeid: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid).strip("_")[:150]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failed browser test, keep a screenshot and the page's console log under test-artifacts/."""
    report = yield
    if report.failed and report.when in {"setup", "call"}:
        pg = getattr(item, "_e2e_page", None)
        w: Watch | None = getattr(item, "_e2e_watch", None)
        if pg is not None or w is not None:
            ARTIFACTS.mkdir(exist_ok=True)
            stem = ARTIFACTS / _slug(item.nodeid)
            if pg is not None and not pg.is_closed():
                try:
                    pg.screenshot(path=f"{stem}.png", full_page=True, timeout=10_000)
                except Exception as exc:  # a broken page must not hide the test's own failure
                    report.sections.append(("e2e artifacts", f"no screenshot: {exc}"))
            if w is not None:
                lines = [*w.console, *(f"[pageerror] {e}" for e in w.page_errors),
                         *(f"[blocked] {u}" for u in w.blocked), *(f"[dialog] {d}" for d in w.dialogs)]
                Path(f"{stem}.console.log").write_text("\n".join(lines) + "\n", encoding="utf-8")
            report.sections.append(("e2e artifacts", f"screenshot and console log: {stem}.png, {stem}.console.log"))
    return report


# --- the app's page, as a test reads it --------------------------------------------------------------------

# Every place marker of the map: its classes and computed colours from the DOM, and, through Leaflet, where it
# stands and the text of its popup and tooltip (parsed inertly: nothing in it runs).
_MARKERS_JS = """
() => {
  const text = x => !x ? '' : (typeof x === 'string'
      ? (new DOMParser().parseFromString(x, 'text/html').body.textContent || '') : (x.textContent || ''));
  const found = new Map();
  if (window.L) {
    for (const key of Object.keys(window)) {
      let v; try { v = window[key]; } catch (e) { continue; }
      if (!(v instanceof L.Map)) continue;
      v.eachLayer(l => {
        const p = l._path;
        if (!p || !p.classList.contains('place-marker') || found.has(p)) return;
        const ll = l.getLatLng ? l.getLatLng() : null;
        found.set(p, {lat: ll ? ll.lat : null, lng: ll ? ll.lng : null,
                      popup: l.getPopup && l.getPopup() ? text(l.getPopup().getContent()) : '',
                      tooltip: l.getTooltip && l.getTooltip() ? text(l.getTooltip().getContent()) : ''});
      });
    }
  }
  return Array.from(document.querySelectorAll('path.place-marker')).map((p, i) => {
    const cls = Array.from(p.classList);
    const pick = prefix => (cls.find(c => c.startsWith(prefix)) || '').slice(prefix.length);
    const style = getComputedStyle(p);
    p.setAttribute('data-e2e-index', String(i));
    return {index: i, classes: cls.join(' '), controller: pick('controller-'), status: pick('status-'),
            stroke: style.stroke, fill: style.fill, fillOpacity: style.fillOpacity,
            ...(found.get(p) || {lat: null, lng: null, popup: '', tooltip: ''})};
  });
}
"""


def nearest(markers: list[dict], lat: float, lon: float, tolerance: float = 0.05) -> dict | None:
    """The marker standing within `tolerance` degrees of (lat, lon), if any."""
    best = min((m for m in markers if m["lat"] is not None),
               key=lambda m: (m["lat"] - lat) ** 2 + (m["lng"] - lon) ** 2, default=None)
    if best is None or ((best["lat"] - lat) ** 2 + (best["lng"] - lon) ** 2) ** 0.5 > tolerance:
        return None
    return best


class MapPage:
    """The app in one browser page: its sidebar widgets and the markers inside the map's iframe."""

    def __init__(self, page, server: AppServer):
        self.page = page
        self.server = server

    # navigation
    def open(self, query: str = "") -> "MapPage":
        self.page.goto(self.server.url + query, wait_until="domcontentloaded")
        # Stop at once on a script error instead of waiting for a sidebar that will never come.
        ready = self.page.locator('[data-testid="stSidebar"], [data-testid="stException"], [role="dialog"]').first
        ready.wait_for(state="visible", timeout=TIMEOUT_MS * 2)
        self.wait_idle()
        self.assert_no_exception()
        self.map_iframe().wait_for(state="visible", timeout=TIMEOUT_MS * 2)
        self.page.frame_locator(MAP_IFRAME).locator(".leaflet-container").wait_for(timeout=TIMEOUT_MS)
        return self

    def assert_no_exception(self) -> None:
        """The app shows no Python exception (st.exception / script error dialog)."""
        errors = self.page.locator('[data-testid="stException"], [role="dialog"]:has-text("error")')
        if errors.count():
            pytest.fail(f"the app shows an error:\n{errors.first.inner_text()}\n--- server log ---\n"
                        f"{self.server.log_tail()}", pytrace=False)

    def wait_idle(self, quiet_ms: int = 300) -> None:
        """Wait until Streamlit has no stale element left for `quiet_ms` (the rerun is over)."""
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        quiet_since = None
        while time.monotonic() < deadline:
            if self.page.locator('[data-stale="true"]').count():
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.monotonic()
            elif (time.monotonic() - quiet_since) * 1000 >= quiet_ms:
                return
            self.page.wait_for_timeout(50)
        raise AssertionError(f"the app was still rerunning after {TIMEOUT_MS} ms")

    # the map
    def map_iframe(self):
        return self.page.locator(MAP_IFRAME).first

    def map_frame(self):
        handle = self.map_iframe().element_handle(timeout=TIMEOUT_MS)
        frame = handle.content_frame()
        assert frame is not None, "the map iframe has no frame"
        return frame

    def markers(self) -> list[dict]:
        return self.map_frame().evaluate(_MARKERS_JS)

    def marker_counts(self) -> Counter:
        return Counter((m["controller"], m["status"]) for m in self.markers())

    def wait_markers(self, check: Callable[[list[dict]], bool], what: str, timeout_ms: int = TIMEOUT_MS) -> list[dict]:
        """Poll the markers until `check` holds; fail naming `what` and the last markers seen."""
        deadline = time.monotonic() + timeout_ms / 1000
        last: list[dict] = []
        while True:
            try:
                last = self.markers()
            except Exception:  # the iframe may be between two renders
                last = []
            if check(last) or time.monotonic() > deadline:
                break
            self.page.wait_for_timeout(150)
        assert check(last), f"markers never showed {what}; last seen: {Counter((m['controller'], m['status']) for m in last)}"
        return last

    def wait_counts(self, expected: dict, timeout_ms: int = TIMEOUT_MS) -> list[dict]:
        want = Counter({k: v for k, v in expected.items() if v})
        return self.wait_markers(lambda ms: Counter((m["controller"], m["status"]) for m in ms) == want,
                                 f"{dict(want)}", timeout_ms)

    def tag_map(self) -> None:
        """Mark the map's iframe element and its window, to tell later whether it was rebuilt."""
        self.map_iframe().evaluate("el => { el.__e2eTag = 1; }")
        self.map_frame().evaluate("() => { window.__marker = 1; }")

    def map_is_tagged(self) -> bool:
        return bool(self.map_iframe().evaluate("el => el.__e2eTag === 1")) and bool(
            self.map_frame().evaluate("() => window.__marker === 1"))

    # the sidebar
    @property
    def sidebar(self):
        return self.page.locator('[data-testid="stSidebar"]')

    def status_input(self):
        return self.sidebar.get_by_role("combobox", name="Status", exact=True)

    def status_widget(self):
        return self.sidebar.locator('[data-testid="stMultiSelect"]').filter(
            has=self.page.get_by_role("combobox", name="Status", exact=True))

    def selected_statuses(self) -> list[str]:
        # Each chosen option is a tag inside the multiselect, labelled with the option's text.
        tags = self.status_widget().locator("[data-tag]")
        return sorted((t.get_attribute("aria-label") or t.inner_text()).strip() for t in tags.all())

    def choose_statuses(self, wanted: list[str]) -> None:
        """Make the Status multiselect hold exactly `wanted`, through the widget as a user would."""
        widget = self.status_widget()
        for label in self.selected_statuses():
            if label not in wanted:
                widget.get_by_role("button", name=f"Remove {label}", exact=True).click()
                self.wait_idle()
        for label in wanted:
            if label not in self.selected_statuses():
                self.status_input().click()
                self.page.get_by_role("option", name=label, exact=True).click()
                self.page.keyboard.press("Escape")
                self.wait_idle()
        expect(widget.locator("[data-tag]")).to_have_count(len(wanted))
        assert self.selected_statuses() == sorted(wanted)

    def as_of_slider(self):
        """The "As of" select-slider's thumb (a range input that takes arrow keys)."""
        return self.sidebar.locator('[data-testid="stSlider"]').filter(
            has=self.page.locator('[data-testid="stWidgetLabel"]', has_text=re.compile(r"^\s*As of\s*$"))
        ).locator('input[type="range"]')

    def as_of(self) -> str:
        """The day the "As of" slider stands on, as the slider shows it."""
        return self.as_of_slider().get_attribute("aria-valuetext") or ""

    def wait_as_of(self, day: str) -> None:
        expect(self.as_of_slider()).to_have_attribute("aria-valuetext", day)

    def button(self, label: str):
        return self.sidebar.get_by_role("button", name=label, exact=True)

    def click_marker(self, marker: dict) -> str:
        """Click a marker (as returned by `markers()`) like a user and return its popup's text."""
        frame = self.page.frame_locator(MAP_IFRAME)
        frame.locator(f'path.place-marker[data-e2e-index="{marker["index"]}"]').click()
        popup = frame.locator(".leaflet-popup-content").last
        popup.wait_for(state="visible")
        return popup.inner_text()

    def download(self, label: str):
        """Click a download button and return the Download."""
        with self.page.expect_download(timeout=TIMEOUT_MS * 2) as info:
            self.page.locator('[data-testid="stDownloadButton"]').get_by_role("button", name=label).click()
        return info.value


@pytest.fixture
def open_app(page):
    """Open the app of a server in this test's page: `open_app(seed_app, "?status=confirmed")`."""

    def _open(server: AppServer, query: str = "") -> MapPage:
        return MapPage(page, server).open(query)

    return _open
