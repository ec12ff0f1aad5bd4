"""Finder gives exactly the matches of `re` (it only skips positions where no match can start)."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import dates, extract, scan
from geo.scan import Finder
from tests import samples as S

_PATTERNS = [extract._TRIGGER_RE, extract._SPEECH_RE, extract._SOFT_RE, extract._HARD_RE, extract._NO_CONFIRM_RE,
             extract._MODAL_RE, extract._NEG_RE, dates.CUE_RE,
             re.compile(r"\b(?:[Tt]aliban|[Gg]overnment\s+forces)\b(?:[’']s?)?"),
             re.compile(r"(?<![\w/])(?:official|MPs?|council\s+head)(?![\w/])", re.IGNORECASE),
             re.compile(r"\b(?:the\s+)?(?:fall|loss)(?:es)?\s+of\b|\b(?:in\s+)?(?:the\s+)?hands?\b", re.IGNORECASE)]
_TEXTS = [v for k, v in vars(S).items() if k.isupper() and isinstance(v, str)]
_ODD = ["ſeized Kunduz", "the ſtill held", "SEIZED", "İstanbul fell", "ıs captured", "K fell", "on ٣ Aug", "12 Aug",
        "\u00a0fell to", "x—y", "Herat — which fell", "", "a", "fell"]


def _spans(ms):
    return [(m.span(), m.lastgroup) for m in ms]


@pytest.mark.parametrize("pattern", _PATTERNS, ids=lambda p: p.pattern[:30])
def test_same_matches_as_re(pattern):
    f = Finder(pattern)
    for text in _TEXTS + _ODD + [t.upper() for t in _TEXTS] + [t.lower() for t in _TEXTS]:
        assert _spans(f.finditer(text)) == _spans(pattern.finditer(text)), text
        a, b = f.search(text), pattern.search(text)
        assert (a and a.span()) == (b and b.span()), text


def test_prefilter_is_used_and_falls_back():
    f = Finder(extract._TRIGGER_RE)
    assert f._starter is not None  # the fast path exists for the trigger alternation
    assert Finder(r"\w+")._starter is None  # nothing literal to prefilter on: plain re
    assert [m.group() for m in f.finditer("Kunduz was ſeized.")] == [m.group() for m in
                                                                     extract._TRIGGER_RE.finditer("Kunduz was ſeized.")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["the ", "Taliban ", "seized ", "fell ", "to ", "Kabul", ", ", "is ", "was ",
                                 "captured ", "held ", "by ", "on ", "Thursday", "12 ", "Aug", "“", "”", ";",
                                 "said ", "according to ", "not ", "could ", "ſ", "ı", "İ", "—", " ", "in ",
                                 "hands", "control of "]), max_size=30))
def test_same_matches_on_any_mix(parts):
    text = "".join(parts)
    for pattern in _PATTERNS:
        assert _spans(Finder(pattern).finditer(text)) == _spans(pattern.finditer(text))


def test_prefixes_run_through_optional_groups():
    # "(?:the\s+)?" must not make every "the " a place to try the whole pattern
    p = re.compile(r"\b(?:the\s+)?(?:fall|loss)\s+of\b", re.IGNORECASE)
    f = Finder(p)
    text = "The city and the town saw the fall of Kabul"
    assert f._starts(text, text.lower()) == [text.index("the fall"), text.index("fall")]
    assert _spans(f.finditer(text)) == _spans(p.finditer(text))


@pytest.mark.parametrize("pattern", _PATTERNS[:3] + _PATTERNS[8:9], ids=lambda p: p.pattern[:30])
def test_whole_text_candidates_serve_its_slices(pattern):
    f = Finder(pattern)
    for text in _TEXTS:
        starts = f.candidates(text)
        assert starts is not None
        assert _spans(f.finditer_at(text, starts)) == _spans(pattern.finditer(text))
        for a, b in [(0, len(text) // 2), (len(text) // 3, len(text))]:
            if a and text[a - 1].isalnum():
                continue
            local = [p - a for p in starts if a <= p < b]
            assert _spans(f.finditer_at(text[a:b], local)) == _spans(pattern.finditer(text[a:b])), (a, b)
    assert f.candidates("Σ fell to them") is None  # final sigma lowers by context: no slicing


def test_literal_gates_rule_texts_out_without_losing_matches():
    p = re.compile(r"\b(?:they|them|their\s+men|its\s+fighters)\b", re.IGNORECASE)
    f = Finder(p)
    assert sorted(f._gates) == ["its", "their", "them", "they"]
    for text in ["THEY left", "its  Fighters", "nothing here", "the men", "Them", "ITS\u00a0FIGHTERS held"]:
        assert _spans(f.finditer(text)) == _spans(p.finditer(text)), text
    assert Finder(r"\b(?:a|be)\s+x")._gates is None  # a one-letter head: a substring test rules nothing out


def test_required_literals_rule_texts_out_without_losing_matches():
    # every match holds "capital" (or the longer "country's"), wherever it starts
    p = re.compile(r"\b(?:[Tt]he\s+capital|[Tt]he\s+Afghan\s+capital|[Tt]he\s+country's\s+capital)\b(?![’']s)")
    f = Finder(p)
    assert f._needs == ("capital", "country's")
    for text in ["The capital fell", "the Afghan capital", "the city", "THE CAPITAL", "the capital’s airport",
                 "the capıtal", "the country's\ncapital", "the the the"]:
        assert _spans(f.finditer(text)) == _spans(p.finditer(text)), text
        a, b = f.search(text), p.search(text)
        assert (a and a.span()) == (b and b.span()), text
    assert Finder(r"\b(?:ab|cd)\s+\w+")._needs is None  # two-letter literals: too common to rule anything out


def test_dispatch_tries_only_alternatives_that_can_start_here():
    alts = [rf"(?P<g{i}>\b{w}\s+(\w+))" for i, w in enumerate("fell took held seized lost retook gained won hold "
                                                               "holds kept left entered stormed raided hit".split())]
    p = re.compile("|".join(alts) + r"|(\d+)\s+(?:km|miles)|[“\"](\w+)", re.IGNORECASE)
    f = Finder(p)
    assert f._dispatch is not None
    for text in _TEXTS + _ODD + ["Kunduz FELL quickly; they took Herat", "12 km away", "“Kabul", "İt held Ghazni",
                                 "ſeized it", "held  out, HOLDS on"]:
        got, want = f.finditer(text), list(p.finditer(text))
        assert [(m.span(), m.lastgroup, m.groups()) for m in got] == [(m.span(), m.lastgroup, m.groups())
                                                                     for m in want], text
    assert f._dispatch.match_for("fe") is f._match  # a key seen first: the whole pattern, no compile yet
    for _ in range(scan._WARM):
        key_fell = f._dispatch.match_for("fe")
    assert key_fell is not None and key_fell is not f._match  # then a narrower variant, with the same groups
    assert key_fell.__self__.groupindex == p.groupindex and key_fell.__self__.groups == p.groups
    for _ in range(scan._WARM + 1):
        nothing = f._dispatch.match_for("zz")
    assert nothing is None  # nothing starts with "zz": no match to try
    assert f._dispatch.match_for("é!") is f._match  # non-ASCII: the whole pattern
    for text in ["Kunduz FELL quickly; they took Herat", "12 km away", "fell  x", "zz top"]:  # with the variants
        assert [(m.span(), m.lastgroup, m.groups()) for m in f.finditer(text)] == [
            (m.span(), m.lastgroup, m.groups()) for m in p.finditer(text)], text


def test_a_finder_after_another_shares_its_candidates():
    soft, hard = Finder(extract._SOFT_RE), Finder(extract._HARD_RE)
    rest = hard.after(soft)
    assert rest is not None and all(p[0] == "\\s" for p, _ in rest._prefixes)  # only " - " and the like are its own
    for text in _TEXTS + _ODD + [t.upper() for t in _TEXTS] + ["Herat - which fell; but then", "x -- y, and that"]:
        low = text.lower()
        starts = soft.candidates(text, low)
        if starts is None:
            continue
        assert _spans(hard.finditer_along(text, low, starts, rest)) == _spans(extract._HARD_RE.finditer(text)), text
