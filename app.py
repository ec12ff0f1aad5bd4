"""Control Map, the page: a date and filters in the sidebar; the map, what changed, the claims and downloads."""
from __future__ import annotations

import gc
import os
import re
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

from geo import prefetch
from geo.store import DEFAULT_STORE, Store, StoreError

ROOT = Path(__file__).resolve().parent
# CONTROLMAP_REPORTS: the folder of reports (default seeds/). CONTROLMAP_SYNTHETIC=N adds N made-up places
# (benchmarks). CONTROLMAP_MAP_MODE=rebuild redraws the whole map on every step (the plain path, to compare).
REPORTS = Path(os.environ.get("CONTROLMAP_REPORTS") or ROOT / "seeds")
SYNTHETIC = int(os.environ.get("CONTROLMAP_SYNTHETIC") or 0)
STORE = Path(os.environ.get("CONTROLMAP_STORE") or DEFAULT_STORE)  # reports users add, kept across restarts
REBUILD = os.environ.get("CONTROLMAP_MAP_MODE", "").strip().lower() == "rebuild"

# A fresh server's first page: reports are read and outlines encoded in another process while this one imports
# the map libraries below (a no-op on every later run). The imports allocate about a million objects that live as
# long as the server: the cyclic collector, run again and again in the middle of them, would find nothing.
prefetch.start(REPORTS, SYNTHETIC, STORE)
gc.disable()
try:
    import pandas as pd
    import streamlit as st
    from streamlit_folium import st_folium

    from geo import export, mapview, snapshot, timeline, vendor
    from geo.errors import GeoError
    from geo.gazetteer import Gazetteer
    from geo.models import Status
    from geo.pipeline import Corpus, build_corpus, folder_signature
    from geo.profile import Theatre
    from geo.sources import parse_report
finally:
    gc.enable()

PLAY_SECONDS = 1.2
MAX_CHANGES = 40  # a long list helps nobody and slows every step; the table below has them all
STATUSES = [s.value for s in Status]
BASEMAP_LABELS = {"outlines": "Outlines only", "osm": "OpenStreetMap"}
# The 🗺️ favicon as the very SVG Streamlit draws for an emoji icon, percent-encoded: an emoji string makes
# set_page_config load Streamlit's whole emoji catalogue (~40 ms of the first page) just to recognise it.
PAGE_ICON = ("data:image/svg+xml,<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 100 100'>"
             "<text y='.9em' font-size='90'>%F0%9F%97%BA%EF%B8%8F</text></svg>")


@st.cache_resource
def theatre() -> Theatre:
    """The theatre profile, read once per server."""
    vendor.install()  # Leaflet into static/vendor/, so the map draws offline
    return Theatre.from_yaml()


@st.cache_resource
def gazetteer() -> Gazetteer:
    """The offline gazetteer, read once per server when reports are read here (not in the prefetch process)."""
    return Gazetteer.from_csv()


# cache_resource, not cache_data: the Corpus is frozen, so sharing it is safe, and cache_data would unpickle
# a copy on every rerun (0.17 s per slider step at 5,000 places). The folder signature keys it.
@st.cache_resource(show_spinner="Reading reports…", max_entries=4)
def load_corpus(folder: str, signature: tuple, synthetic: int, store_path: str | None, stored: tuple) -> Corpus:
    """Claims of every report in the folder and the store (rebuilt when either changes)."""
    prefetched = prefetch.take(prefetch.key(folder, signature, synthetic, store_path, stored))
    if prefetched is not None:
        return prefetched
    added = report_store(store_path).reports() if store_path else ()
    return build_corpus(folder, gazetteer=gazetteer(), profile=theatre(), synthetic_places=synthetic, added=added)


@st.cache_resource
def report_store(path: str) -> Store:
    return Store(path)


def open_store() -> tuple[Store | None, str]:
    """The store of added reports, or None and the reason (the map still works from the folder)."""
    try:
        return report_store(str(STORE)), ""
    except StoreError as exc:
        return None, str(exc)


def add_reports(store: Store, uploads: list, pasted: str, published: date | None, meta: dict) -> list[tuple[str, str]]:
    """Parse and store uploaded files and pasted text; one (level, message) per item, nothing stored half."""
    items = [(f.name, f.getvalue()) for f in uploads or []]
    if pasted.strip():
        items.append(("pasted text", pasted))
    if not items:
        return [("warning", "Nothing to add: choose a file or paste a report's text.")]
    sidecar = {k: v.strip() for k, v in meta.items() if v and v.strip()}
    out = []
    for name, data in items:
        try:
            report = parse_report(data, name=name, published=published, sidecar=sidecar or None)
            if name == "pasted text":
                report = replace(report, id="pasted-" + report.digest[:8])
            stored, new = store.add(report)
        except GeoError as exc:
            out.append(("error", f"Not added: {exc}"))
            continue
        out.append(("success", f"{name}: added as {stored.id}, published {stored.published:%d %b %Y}") if new
                   else ("info", f"{name}: already added as {stored.id}"))
    return out


def md(text: str) -> str:
    """Text shown through Markdown (captions, lists) as the literal characters, never as markup or links."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$:])", r"\\\1", str(text))


def day_label(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def from_query(name: str, allowed: list[str]) -> list[str] | None:
    """A comma-separated query parameter as a list of allowed values; None when absent."""
    if name not in st.query_params:
        return None
    return [v for v in st.query_params[name].split(",") if v in allowed]


def init_state(stops: list[date], controllers: list[str]) -> None:
    """First run of a session: widgets start from the shared URL, else the latest date and no filters."""
    if st.session_state.get("_ready"):
        return
    st.session_state["_ready"] = True
    st.session_state["status"] = from_query("status", STATUSES) or list(STATUSES)
    st.session_state["controller"] = from_query("controller", controllers) or list(controllers)
    wanted = st.query_params.get("date")
    try:
        st.session_state["as_of"] = date.fromisoformat(wanted) if wanted else None
    except ValueError:
        st.session_state["as_of"] = None


def snap(day: date | None, stops: list[date]) -> date | None:
    """The stop to show for `day`: itself, else the latest stop before it, else the first (None if no stops)."""
    if not stops:
        return None
    if day is None:
        return stops[-1]
    earlier = [s for s in stops if s <= day]
    return earlier[-1] if earlier else stops[0]


def step(stops: list[date], by: int) -> None:
    """Move the As of slider one stop back or forward (button callback)."""
    here = st.session_state.get("as_of")
    i = stops.index(here) if here in stops else len(stops) - 1
    st.session_state["as_of"] = stops[max(0, min(len(stops) - 1, i + by))]


def toggle_play(stops: list[date]) -> None:
    playing = not st.session_state.get("playing", False)
    st.session_state["playing"] = playing
    if playing and st.session_state.get("as_of") == stops[-1]:
        st.session_state["as_of"] = stops[0]  # play from the start when already at the end


def claims_in_view(corpus: Corpus, day: date, statuses: list[str], controllers: list[str]) -> list:
    return [c for c in corpus.claims if c.effective_date <= day and c.status.value in statuses
            and c.controller in controllers and c.place is not None]


def counts_markdown(state: dict, profile: Theatre) -> str:
    """Places per controller and status as a Markdown table (a grid widget here would hold up the first map)."""
    tally = timeline.counts(state)
    head = ["Controller", *[s.value.title() for s in Status], "Total"]
    lines = ["| " + " | ".join(head) + " |", "|---" + "|---:" * (len(head) - 1) + "|"]
    for controller in profile.controllers:
        row = [tally.get((controller, s), 0) for s in Status]
        if sum(row):
            lines.append(f"| {md(profile.label(controller))} | " + " | ".join(map(str, [*row, sum(row)])) + " |")
    return "\n".join(lines) if len(lines) > 2 else "No places in view."


def change_text(change: timeline.Change, profile: Theatre) -> str:
    after, before = change.after, change.before
    name = md(change.place.name)
    if change.kind == "gone":
        return f"{name}: no longer shown (was {profile.label(before.controller)}, {before.status.value})"
    if change.kind == "new":
        return f"{name}: {profile.label(after.controller)}, {after.status.value}"
    if change.kind == "controller":
        return f"{name}: {profile.label(before.controller)} → {profile.label(after.controller)} ({after.status.value})"
    return f"{name}: {profile.label(after.controller)}, {before.status.value} → {after.status.value}"


# ---- the page -------------------------------------------------------------------------------------------

st.set_page_config(page_title="Control Map", page_icon=PAGE_ICON, layout="wide")
profile = theatre()
store, store_problem = open_store()
corpus = load_corpus(str(REPORTS), folder_signature(REPORTS), SYNTHETIC, str(STORE) if store else None,
                     store.signature() if store else ())
controllers = list(profile.controllers)
init_state(timeline.stops(corpus.claims), controllers)

st.sidebar.title("Control Map")
statuses = st.sidebar.multiselect("Status", STATUSES, key="status", format_func=str.title)
chosen = st.sidebar.multiselect("Controller", controllers, key="controller", format_func=profile.label)
stops = timeline.stops(c for c in corpus.claims if c.status.value in statuses and c.controller in chosen)
st.session_state["as_of"] = snap(st.session_state.get("as_of"), stops)
if st.session_state.pop("_advance", False) and stops:
    step(stops, 1)  # Play: the previous run asked for the next stop (the slider may only change before it exists)

if stops:
    if len(stops) > 1:
        day = st.sidebar.select_slider("As of", options=stops, key="as_of", format_func=day_label)
    else:
        day = stops[0]
        st.sidebar.markdown(f"**As of** {day_label(day)} (the only date in view)")
    back, forward = st.sidebar.columns(2)
    back.button("Previous", on_click=step, args=(stops, -1), disabled=day == stops[0], width="stretch")
    forward.button("Next", on_click=step, args=(stops, 1), disabled=day == stops[-1], width="stretch")
    st.sidebar.button("Pause" if st.session_state.get("playing") else "Play", on_click=toggle_play, args=(stops,),
                width="stretch")
else:
    day = None
    st.sidebar.info("No claims match the filters.")
show_provinces = st.sidebar.toggle("Provinces", value=True, help="Shade each province by its capital's state")
basemap_name = st.sidebar.radio("Basemap", list(BASEMAP_LABELS), format_func=BASEMAP_LABELS.get,
                                help="The outlines are always drawn; web tiles need the internet")

# The form only when asked for: its widgets (uploader, date field) cost every rerun and the first page load.
if st.sidebar.toggle("Add a report", help="Upload report files or paste a report's text; kept in a local store"):
    if store is None:
        st.sidebar.error(store_problem)
    else:
        with st.sidebar.form("add_report", clear_on_submit=True):
            uploads = st.file_uploader("Report files", type=["txt", "md"], accept_multiple_files=True,
                                       help="Plain UTF-8 text, with or without YAML front matter")
            pasted = st.text_area("Or paste a report's text")
            published = st.date_input("Published", value=None, format="YYYY-MM-DD",
                                      help="Used when a report has no front matter")
            meta = {"source": st.text_input("Source"), "title": st.text_input("Title"), "url": st.text_input("URL")}
            if st.form_submit_button("Add"):
                st.session_state["added"] = add_reports(store, uploads, pasted, published, meta)
                st.rerun()  # the corpus above was read before the form: read it again
for level, message in st.session_state.pop("added", []):
    getattr(st.sidebar, level)(md(message))

st.query_params.from_dict({
    **({"date": day.isoformat()} if day else {}),
    "status": ",".join(statuses),
    "controller": ",".join(chosen),
})

st.title("Who controls what" + (f", as of {day_label(day)}" if day else ""))
filters = {"statuses": statuses, "controllers": chosen}
state = timeline.control_as_of(corpus.claims, day, statuses=statuses, controllers=chosen) if day else {}
st.caption(f"{len(state)} places · {export.describe_filters(filters, profile)} · "
           f"{len(corpus.reports)} reports from {md(REPORTS)}")

fmap = mapview.base_map(profile, basemap_name=basemap_name)
layers = ([mapview.provinces_layer(state, profile=profile)] if show_provinces else []) + [
    mapview.places_layer(state, profile=profile, day=day or date.today(), reports=corpus.reports,
                         matches=corpus.matches)]
if REBUILD:
    for layer in layers:
        layer.add_to(fmap)
    st_folium(fmap, key="map", height=620, use_container_width=True, returned_objects=[])
else:
    # Only the layers change from step to step: the iframe, its zoom and its pan stay as the user left them.
    st_folium(fmap, key="map", height=620, use_container_width=True, returned_objects=[],
              feature_group_to_add=layers)

st.subheader("Places per controller and status")
st.markdown(counts_markdown(state, profile))
before = stops[stops.index(day) - 1] if day and stops.index(day) > 0 else None
if before:
    st.subheader(f"What changed since {day_label(before)}")
    changes = timeline.changes_between(corpus.claims, before, day, statuses=statuses, controllers=chosen)
    lines = [f"- {change_text(c, profile)}" for c in changes[:MAX_CHANGES]]
    if len(changes) > MAX_CHANGES:
        lines.append(f"- … and {len(changes) - MAX_CHANGES:,} more")
    st.markdown("\n".join(lines) or "Nothing changed.")
else:
    st.subheader("What changed")
    st.markdown("The first date in view: every place shown is new.")

# The claims table is drawn only while its expander is open: the grid widget's code would hold up a visitor's
# first map, and at thousands of places every step would re-send the whole table. Open, it stays open.
claims = claims_in_view(corpus, day, statuses, chosen) if day else []
st.subheader(f"Claims in view ({len(claims):,})")
# A fixed label: Streamlit tells an expander by its label, and a new one would close the table at every step.
claims_box = st.expander("Table: place, controller, status, date, attribution, evidence, source", key="claims_open",
                         on_change="rerun")
if claims_box.open:
    claims_box.dataframe(pd.DataFrame(export.claims_to_rows(claims, corpus.reports, profile=profile),
                                      columns=list(export.ROW_COLUMNS)),
                         hide_index=True, width="stretch")

stamp = day.isoformat() if day else "empty"
png, gj, csv = st.columns(3)
png.download_button(
    "Download PNG",
    data=lambda: snapshot.render_png(state, profile=profile, day=day or date.today(), filters=filters,
                                     reports=corpus.reports),  # drawn only when clicked
    file_name=f"controlmap_{stamp}.png", mime="image/png", on_click="ignore", disabled=not day)
gj.download_button(
    "Download GeoJSON",
    data=lambda: export.state_to_geojson(state, reports=corpus.reports, profile=profile, day=day, filters=filters),
    file_name=f"controlmap_{stamp}.geojson", mime="application/geo+json", on_click="ignore")
csv.download_button(
    "Download CSV",
    data=lambda: export.state_to_csv(state, reports=corpus.reports, profile=profile, day=day, filters=filters),
    file_name=f"controlmap_{stamp}.csv", mime="text/csv", on_click="ignore")

if corpus.refused:
    with st.expander(f"Reports not loaded ({len(corpus.refused)})"):
        for refused in corpus.refused:
            st.text(f"{Path(refused.path).name}: {refused.reason}")
if corpus.unresolved:
    with st.expander(f"Place names not in the gazetteer ({len(corpus.unresolved)})"):
        for u in corpus.unresolved:
            st.text(f"{getattr(u, 'report_id', '')}: {getattr(u, 'name', u)}")

sources = sorted({r.source for r in corpus.reports.values() if r.source})
st.divider()
st.caption("Places: GeoNames (geonames.org), CC BY 4.0 · Boundaries: Made with Natural Earth · "
           "Map library: Leaflet · Reports: " + ("; ".join(md(x) for x in sources) or "none"))

if st.session_state.get("playing"):
    if day is None or day == stops[-1]:
        st.session_state["playing"] = False
    else:
        time.sleep(PLAY_SECONDS)
        st.session_state["_advance"] = True
    st.rerun()
