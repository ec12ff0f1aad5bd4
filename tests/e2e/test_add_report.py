"""Adding a report through the page: upload a file, see its places on the map; a file with no date is explained."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from .conftest import SEEDS, nearest

pytestmark = pytest.mark.e2e

ZARANJ = (30.95962, 61.86037)


def test_uploaded_report_is_stored_and_drawn_and_a_dateless_one_is_explained(open_app, upload_app, tmp_path):
    app = open_app(upload_app)
    before = app.wait_markers(lambda ms: len(ms) == 9, "the seed's 9 places")
    assert nearest(before, *ZARANJ) is None

    page = app.page
    page.get_by_text("Add a report", exact=True).click()
    uploader = page.locator('[data-testid="stFileUploader"] input[type="file"]')
    uploader.set_input_files(str(SEEDS / "2021-08-06_bbc_zaranj-falls.txt"))
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_text("added as 2021-08-06_bbc_zaranj-falls", exact=False)).to_be_visible()
    app.wait_markers(lambda ms: nearest(ms, *ZARANJ) is not None, "Zaranj, from the uploaded report")
    app.assert_no_exception()

    nodate = tmp_path / "no-date.txt"
    nodate.write_text("The Taliban took control of Herat on Friday, officials said.", encoding="utf-8")
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(str(nodate))
    page.get_by_role("button", name="Add", exact=True).click()
    expect(page.get_by_text("no publication date", exact=False)).to_be_visible()
    app.assert_no_exception()
