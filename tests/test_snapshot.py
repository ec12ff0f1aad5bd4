"""PNG snapshot: decodes, right size, not blank, markers in the controller's colour where places are, metadata."""
from __future__ import annotations

import io
from datetime import date

import pytest
from PIL import Image

from geo.models import Report, Status
from geo.snapshot import format_day, project, render_png, title_for
from geo.timeline import control_as_of
from tests.test_timeline import AUG, PLACES, make_claim

C, CL, D = Status.CONFIRMED, Status.CLAIMED, Status.DISPUTED


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def _near(img: Image.Image, place, colour: str, *, width_px: int, radius: int = 4, tol: int = 40) -> int:
    """How many pixels within `radius` of where `place` is projected have (about) this colour."""
    cx, cy = project(place.lon, place.lat, width_px=width_px)
    want = _rgb(colour)
    hits = 0
    for dx in range(-radius, radius + 1):
        for dy in range(-radius, radius + 1):
            px = img.getpixel((round(cx) + dx, round(cy) + dy))[:3]
            if all(abs(a - b) <= tol for a, b in zip(px, want)):
                hits += 1
    return hits


@pytest.fixture(scope="module")
def claims():
    return [
        make_claim("kandahar", "taliban", C, AUG[12], published=AUG[13], report="seed",
                   evidence="The Taliban took Kandahar late last night, a government official said."),
        make_claim("kandahar airport", "government", C, None, published=AUG[13], report="seed", start=200),
        make_claim("kabul", "government", C, None, published=AUG[13], report="seed", start=300),
        make_claim("herat", "taliban", C, AUG[12], report="cnn"),
        make_claim("qala-e-naw", "taliban", CL, None, published=AUG[13], report="seed", start=400,
                   attribution="Taliban"),
        make_claim("ghazni", "taliban", D, AUG[12], report="cnn", start=50),
    ]


@pytest.fixture(scope="module")
def reports():
    return {
        "seed": Report.from_text("x", published=AUG[13], id="seed", source="Reuters"),
        "cnn": Report.from_text("y", published=AUG[12], id="cnn", source="CNN"),
    }


@pytest.fixture(scope="module")
def png(claims, reports, profile):
    state = control_as_of(claims, AUG[13])
    return render_png(state, profile=profile, day=AUG[13], filters={"statuses": None, "controllers": None},
                      reports=reports)


def test_png_decodes_at_the_asked_size_and_is_not_blank(png):
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    img = Image.open(io.BytesIO(png))
    assert img.size == (1600, 1200)
    colours = img.convert("RGB").getcolors(maxcolors=1 << 20)
    assert len(colours) > 200


def test_markers_have_the_controllers_colour_where_the_places_are(png, profile):
    img = Image.open(io.BytesIO(png)).convert("RGB")
    taliban, government = profile.colour("taliban"), profile.colour("government")
    assert _near(img, PLACES["kandahar"], taliban, width_px=1600) >= 30
    assert _near(img, PLACES["kabul"], government, width_px=1600) >= 30
    assert _near(img, PLACES["kabul"], taliban, width_px=1600) == 0
    assert _near(img, PLACES["herat"], taliban, width_px=1600) >= 30


def test_claimed_is_hollow_and_disputed_half_filled(png, profile):
    img = Image.open(io.BytesIO(png)).convert("RGB")
    taliban = profile.colour("taliban")
    # Hollow: the centre is white, the ring is the colour.
    assert _near(img, PLACES["qala-e-naw"], "#ffffff", width_px=1600, radius=3, tol=10) >= 30
    assert _near(img, PLACES["qala-e-naw"], taliban, width_px=1600, radius=3) == 0
    assert _near(img, PLACES["qala-e-naw"], taliban, width_px=1600, radius=11) >= 20
    # Half filled: the left half has the colour, the right half is white.
    x, y = project(PLACES["ghazni"].lon, PLACES["ghazni"].lat)
    left = img.getpixel((round(x) - 5, round(y)))
    right = img.getpixel((round(x) + 5, round(y)))
    assert all(abs(a - b) <= 40 for a, b in zip(left, _rgb(taliban)))
    assert all(c >= 235 for c in right)


def test_png_carries_text_metadata(png):
    info = Image.open(io.BytesIO(png)).info
    assert info["Software"] == "Control Map"
    assert info["Date"] == "2021-08-13"
    assert info["Filters"] == "Status: all · Controller: all"
    assert info["Title"] == "Territorial control as reported — as of 13 Aug 2021"
    assert "Reuters" in info["Source"] and "CNN" in info["Source"] and "GeoNames" in info["Source"]


def test_title_day_format():
    assert title_for(date(2021, 8, 6)) == "Territorial control as reported — as of 6 Aug 2021"
    assert format_day(date(2021, 8, 13)) == "13 Aug 2021"


def test_dollar_signs_in_report_text_do_not_crash(profile):
    claim = make_claim("kandahar", "taliban", C, AUG[12], attribution="$x$ and $\\frac{1", evidence="cost $5 $x^2$")
    reports = {"r1": Report.from_text("t", published=AUG[12], id="r1", source="$x$ News \\alpha$")}
    png = render_png(control_as_of([claim], AUG[13]), profile=profile, day=AUG[13], reports=reports,
                     filters={"statuses": ["confirmed"], "controllers": ["taliban"]})
    info = Image.open(io.BytesIO(png)).info
    assert "$x$ News" in info["Source"]
    assert info["Filters"] == "Status: confirmed · Controller: Taliban"


def test_place_name_with_math_and_odd_controller_render(profile):
    from dataclasses import replace

    claim = make_claim("kabul", "warlord_$x$", CL, AUG[13])
    claim = replace(claim, place=replace(claim.place, name="Kab$\\frac{x$ul"))
    png = render_png(control_as_of([claim], AUG[13]), profile=profile, day=AUG[13])
    assert Image.open(io.BytesIO(png)).size == (1600, 1200)


def test_empty_state_is_still_a_map(profile):
    png = render_png({}, profile=profile, day=AUG[13], filters={"statuses": [], "controllers": None})
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert img.size == (1600, 1200)
    assert len(img.getcolors(maxcolors=1 << 20)) > 50  # outlines and the note are drawn
    assert Image.open(io.BytesIO(png)).info["Filters"] == "Status: none · Controller: all"


def test_width_is_honoured_and_at_least_1000(claims, profile):
    state = control_as_of(claims, AUG[13])
    img = Image.open(io.BytesIO(render_png(state, profile=profile, day=AUG[13], width_px=1200))).convert("RGB")
    assert img.size == (1200, 900)
    assert _near(img, PLACES["kandahar"], profile.colour("taliban"), width_px=1200) >= 20
    small = Image.open(io.BytesIO(render_png(state, profile=profile, day=AUG[13], width_px=300)))
    assert small.size[0] == 1000


def test_crowded_places_are_nudged_apart(profile):
    """Kabul and its airport are 4 km apart: the airport marker moves off Kabul's, which keeps its spot."""
    from dataclasses import replace

    from geo.models import Place, Precision

    airport = Place("airport-oakb", "Kabul International Airport", 34.5659, 69.2123, "airport", "Kabul", "AF",
                    Precision.POINT)
    kabul = make_claim("kabul", "taliban", C, AUG[15])
    hkia = replace(make_claim("kabul", "foreign", C, AUG[16], report="nyt"), place_id=airport.id, place=airport)
    png = render_png(control_as_of([kabul, hkia], AUG[16]), profile=profile, day=AUG[16])
    img = Image.open(io.BytesIO(png)).convert("RGB")
    assert _near(img, PLACES["kabul"], profile.colour("taliban"), width_px=1600) >= 30
    assert _near(img, PLACES["kabul"], profile.colour("foreign"), width_px=1600) == 0


def test_seed_state_renders(seed_reports, seed_claims, profile):
    state = control_as_of(seed_claims, date(2021, 8, 13))
    png = render_png(state, profile=profile, day=date(2021, 8, 13), reports=seed_reports)
    img = Image.open(io.BytesIO(png)).convert("RGB")
    kandahar = state["1138336"].place
    assert _near(img, kandahar, profile.colour("taliban"), width_px=1600) >= 30
    assert "Reuters" in Image.open(io.BytesIO(png)).info["Source"]


def test_cli_snapshot_refuses_bad_options_clearly(tmp_path, capsys):
    from geo.cli import main

    assert main(["snapshot", "--status", "confirmed,bogus", "-o", str(tmp_path / "a.png")]) == 2
    assert "unknown status bogus" in capsys.readouterr().err
    assert main(["snapshot", "--controller", "aliens", "-o", str(tmp_path / "a.png")]) == 2
    assert "unknown controller aliens" in capsys.readouterr().err
    assert main(["snapshot", "--as-of", "13/08/2021", "-o", str(tmp_path / "a.png")]) == 2
    assert "is not a date" in capsys.readouterr().err
    assert main(["snapshot", "-o", str(tmp_path / "missing" / "a.png")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not list(tmp_path.iterdir())


def test_cli_snapshot_writes_the_seed_map(tmp_path, capsys):
    from geo.cli import main

    out = tmp_path / "map.png"
    assert main(["snapshot", "--as-of", "2021-08-13", "--status", "confirmed,claimed", "-o", str(out)]) == 0
    assert "as of 2021-08-13" in capsys.readouterr().out
    img = Image.open(out)
    assert img.size == (1600, 1200)
    assert img.info["Filters"] == "Status: confirmed, claimed · Controller: all"


def test_credits_fit_three_lines_and_name_every_source_or_say_how_many_more():
    from geo.snapshot import _credit_lines

    few, pt = _credit_lines(["Reuters", "CNN"])
    assert len(few) == 1 and pt == 6.8 and "Sources: Reuters, CNN" in few[0] and "GeoNames" in few[0]
    many = [f"Outlet number {i} (paraphrased; read via a long repost name)" for i in range(13)]
    lines, pt = _credit_lines(many)
    assert len(lines) <= 3 and pt < 6.8
    text = " ".join(lines)
    assert "more" in text or all(m in text for m in many)
    huge = [f"Source {i} " + "x" * 60 for i in range(60)]
    lines, _ = _credit_lines(huge)
    assert len(lines) <= 3 and "more" in lines[-1]
    assert _credit_lines([])[0][0].endswith("Sources: none")
