"""A report carrying HTML and script in its text, title, source and url: shown as text, never run."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from .conftest import FIXTURES, nearest

pytestmark = pytest.mark.e2e

REPORT = FIXTURES / "xss" / "2021-08-13_evil-wire_herat.txt"
HERAT = (34.34817, 62.19967)
IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>alert(2)</script>"
SOURCE = "Evil Wire <img src=x onerror=alert(3)>"


def _injected(frame) -> list[str]:
    return frame.evaluate("""() => Array.from(document.querySelectorAll('img[src="x"], img[onerror]'))
        .map(e => e.outerHTML).concat(Array.from(document.querySelectorAll('script'))
        .filter(s => /^\\s*alert\\(\\d\\)\\s*$/.test(s.textContent)).map(s => s.outerHTML))""")


def test_report_payloads_show_as_text_and_never_run(open_app, xss_app, watch):
    assert IMG in REPORT.read_text(encoding="utf-8")
    app = open_app(xss_app)
    markers = app.wait_markers(lambda ms: nearest(ms, *HERAT) is not None, "Herat, from the payload report")

    popup = app.click_marker(nearest(markers, *HERAT))
    assert IMG in popup and SCRIPT in popup, f"the evidence is not shown as literal text: {popup!r}"
    assert SOURCE in popup, f"the source is not shown as literal text: {popup!r}"

    # The claims table (outside the map, drawn once its expander is opened) holds the same sentence and source as
    # text. Streamlit's dataframe paints on a canvas; its accessible grid cells carry the text the canvas shows.
    app.page.get_by_text("Table: place, controller").click()
    cells = app.page.locator('[data-testid="stDataFrame"] [role="gridcell"]')
    evidence = cells.filter(has_text="took control of Herat")
    expect(evidence.first).to_contain_text(IMG)
    expect(evidence.first).to_contain_text(SCRIPT)
    expect(cells.filter(has_text="Evil Wire").first).to_contain_text(SOURCE)

    assert _injected(app.map_frame()) == [], "a payload became HTML inside the map"
    assert _injected(app.page.main_frame) == [], "a payload became HTML in the page"
    assert not [u for u in watch.requests if re.search(r"/x(\?|$)", u)], "an injected <img src=x> was fetched"
    assert not watch.page_errors, watch.page_errors
    assert not [c for c in watch.console if "alert" in c], watch.console
    app.page.wait_for_timeout(300)  # an onerror handler fires right after the failed load
    assert watch.dialogs == [], f"a payload ran: {watch.dialogs}"
