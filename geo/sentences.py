"""Split a report's body into sentences with exact offsets, dropping web boilerplate and bullet markers."""
from __future__ import annotations

import re

from .models import Span

__all__ = ["split_sentences", "inner_stops", "BOILERPLATE_RE", "INLINE_FURNITURE_RE"]

# Words that end with a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    "u.s u.n u.k e.u mr mrs ms dr gen lt col maj capt sgt gov sen rep st no km kms jan feb mar apr jun jul aug "
    "sep sept oct nov dec jr sr inc ltd co corp e.g i.e vs approx est dept govt prof pres".split()
)
_PARAGRAPH = re.compile(r"[^\n]+")
MAX_SENTENCE = 1500  # characters: news sentences are far shorter; longer runs are cut (see _bounded)
# (`[.!?]` before the `[.!?]*`, not `[.!?]+`: a pattern that opens with a repeat gets no first-character scan from
# `re`, which then tries every position of the paragraph)
_END = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9#])")
_LAST_WORD = re.compile(r"([\w.]+)[.!?]*$")
_BULLET = re.compile(r"\s*(?:[-*•·▪‣–]|\d{1,2}[.)])\s+")
# A page's furniture, not the article: everything from the first such paragraph on is dropped.
BOILERPLATE_RE = re.compile(
    r"\s*(?:\d[\d,.]*\s*(?:interactions?|comments?|shares?|views?|reactions?)\b"
    r"|leave a (?:reply|comment)|your email address will not be published|required fields are marked"
    r"|(?:we|this (?:site|website)) uses? cookies|accept (?:all )?cookies|cookie (?:policy|settings)"
    r"|related (?:articles|posts|stories)|share this|subscribe to|sign up for|follow us|advertisement\b"
    r"|read more\b|more on this (?:story|topic)|all rights reserved|copyright\b|©)",
    re.IGNORECASE,
)
# Furniture set in the middle of an article, one line each: the line is dropped, the article goes on ("Read more:
# <another story's headline>" between two entries of a live page, "Advertisement", "Sign up to our newsletter ...").
INLINE_FURNITURE_RE = re.compile(
    r"\s*(?:(?:read more|also read|see also|watch|listen)\s*[:»|]|advertisement\s*$|sign up (?:to|for)\b"
    r"|subscribe to\b)", re.IGNORECASE)


def _inside_quote(text: str, start: int, pos: int, end: int) -> bool:
    """True when `pos` is inside a quotation opened since `start` and closed before `end`: a quote of several
    sentences stays one sentence with the attribution after it ('"X has fallen. All ...," a spokesman said.')."""
    seg = text[start:pos]
    opened = seg.count("“") > seg.count("”") and "”" in text[pos:end]
    straight = seg.count('"') % 2 == 1 and '"' in text[pos:end]
    return opened or straight


def _bounded(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces no longer than MAX_SENTENCE: a run-on "sentence" (a page without full stops, a list of thousands of
    commas) is cut at its last clause or word break before the limit, so reading it stays linear in its length."""
    out = []
    for a, b in pieces:
        while b - a > MAX_SENTENCE:
            cut = max(text.rfind("; ", a, a + MAX_SENTENCE), text.rfind(", ", a, a + MAX_SENTENCE))
            if cut <= a + MAX_SENTENCE // 2:
                cut = text.rfind(" ", a, a + MAX_SENTENCE)
            if cut <= a:
                cut = a + MAX_SENTENCE
            out.append((a, cut + 1))
            a = cut + 1
        out.append((a, b))
    return out


def _abbreviation(text: str, s: int, m: re.Match[str]) -> bool:
    """Whether the full stop `m` ends an abbreviation ("U.S.", "Gen.", "Aug.") or an initial, not a sentence."""
    word = _LAST_WORD.search(text[max(s, m.start() - 12):m.start() + 1])
    token = (word.group(1) if word else "").rstrip(".").lower()
    return text[m.start()] == "." and (token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()))


def inner_stops(sentence: str) -> list[tuple[int, int]]:
    """Where the sentences of a quotation kept whole end ('"X has fallen. Our men ...," he said'): the spans of
    their final punctuation, for a reader that wants each quoted sentence's own clauses."""
    return [m.span() for m in _END.finditer(sentence) if m.end() < len(sentence) and not _abbreviation(sentence, 0, m)]


def _split_paragraph(text: str, start: int, end: int) -> list[Span]:
    out = []
    s = start
    for m in _END.finditer(text, start, end):
        if _abbreviation(text, s, m):
            continue
        if ('"' in text[s:m.end()] or "“" in text[s:m.end()]) and _inside_quote(text, s, m.end(), end):
            continue
        out.append((s, m.end()))
        s = m.end()
    out.append((s, end))
    spans = []
    for a, b in _bounded(text, out):
        seg = text[a:b]
        lead = len(seg) - len(seg.lstrip())
        a += lead
        b = a + len(text[a:b].rstrip())
        if b > a:
            spans.append(Span(text[a:b], a, b))
    return spans


def split_sentences(text: str) -> list[Span]:
    """The sentences of `text` (text[start:end] == span.text); bullets are their own sentences; boilerplate is cut."""
    out: list[Span] = []
    for para in _PARAGRAPH.finditer(text):
        a, b = para.start(), para.end()
        bullet = _BULLET.match(text, a, b)
        if bullet:
            a = bullet.end()
        if INLINE_FURNITURE_RE.match(text, a, b):
            continue  # one line of furniture inside the article
        if BOILERPLATE_RE.match(text, a, b):
            if out:
                break  # the article is over; what follows is the page's furniture
            continue
        out.extend(_split_paragraph(text, a, b))
    return out
