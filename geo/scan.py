"""Fast `finditer`/`search` for big word alternations: same matches as `re`, found from a cheap literal prefilter.

Python's `re` tries every alternative at every position when a pattern starts with `\\b` or is case-insensitive,
so a 60-word alternation costs ~10 us per sentence. A `Finder` derives, from the pattern's parse tree, the
literal prefixes every match must start with (lowercased), compiles them into a starter regex that `re` can
scan with its charset fast path, and runs the real pattern only where a starter hits. The matches are exactly
those of `pattern.finditer` (the starter is a superset of the match starts); texts where lowercasing could
hide a case-insensitive match (length-changing `lower()`, "ſ", "ı") fall back to the plain pattern.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from re import _constants as _C  # noqa: PLC2701 (the parse tree's opcodes; stable across 3.11+)
from re import _parser as _P  # noqa: PLC2701

__all__ = ["Finder"]

try:  # characters `re` matches case-insensitively although `lower()` differs ("ſ" ~ "s", "ı" ~ "i")
    from re._casefix import _EXTRA_CASES as _EXTRA  # noqa: PLC2701
except ImportError:  # pragma: no cover - older or newer layouts
    _EXTRA = {0x69: (0x131,), 0x73: (0x17F,), 0xB5: (0x3BC,), 0x131: (0x69,), 0x17F: (0x73,)}

_K = 8  # prefix length: long enough to be selective, short enough to stay a small trie
_MAX_PREFIXES = 1000
# class tokens: `\d` only first (matched on the original text), `\s` and `\s+` only after the first character
_DIGIT, _SPACE, _SPACES = "\\d", "\\s", "\\s+"


def _elem(op, av, k: int, start: bool) -> set[tuple[tuple[str, ...], bool, bool]]:
    """(tokens, edge, extendable) triples one parse-tree element can start with; `start`: nothing consumed yet."""
    if op is _C.AT and av is _C.AT_BOUNDARY and start:
        return {((), True, True)}  # `\b` then a word character: the character before is not one
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return {((), False, True)}  # zero-width: consumes nothing
    if op is _C.LITERAL:
        return {((chr(av).lower(),), False, True)}
    if op is _C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                chars.add(chr(a).lower())
            elif o is _C.RANGE and a[1] - a[0] < 12:
                chars.update(chr(c).lower() for c in range(a[0], a[1] + 1))
            elif o is _C.CATEGORY and len(av) == 1 and a is _C.CATEGORY_DIGIT and start:
                return {((_DIGIT,), False, False)}
            elif o is _C.CATEGORY and len(av) == 1 and a is _C.CATEGORY_SPACE:
                return {((_SPACE,), False, True)}
            else:
                return {((), False, False)}
        if not 0 < len(chars) <= 12 or any(len(c) != 1 for c in chars):
            return {((), False, False)}
        return {((c,), False, True) for c in chars}
    if op is _C.BRANCH:
        out: set[tuple[tuple[str, ...], bool, bool]] = set()
        for alt in av[1]:
            out |= _seq(alt.data, k, start)
        return out
    if op is _C.SUBPATTERN:
        return _seq(av[-1].data, k, start)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
        lo, hi, sub = av
        if lo >= 1 and not start and len(sub.data) == 1 and sub.data[0] == (_C.IN, [(_C.CATEGORY, _C.CATEGORY_SPACE)]) \
                and hi == _C.MAXREPEAT:
            return {((_SPACES,), False, True)}
        inner = _seq(sub.data, k, start)
        if hi == 1:  # once (or optionally once): what follows the repeat follows its prefixes too
            return inner | ({((), False, True)} if lo == 0 else set())
        once = {(p, e, False) for p, e, _ in inner}  # one repetition's start is enough to know
        return once | ({((), False, True)} if lo == 0 else set())
    return {((), False, False)}


def _seq(items, k: int, start: bool = True) -> set[tuple[tuple[str, ...], bool, bool]]:
    acc: set[tuple[tuple[str, ...], bool, bool]] = {((), False, True)}
    for op, av in items:
        if not any(ext for _, _, ext in acc):
            break
        new: set[tuple[tuple[str, ...], bool, bool]] = set()
        for p, edge, ext in acc:
            if not ext or len(p) >= k:
                new.add((p[:k], edge, False))
                continue
            for q, q_edge, q_ext in _elem(op, av, k - len(p), start and not p):
                if p and q and q[0] == _DIGIT:
                    new.add((p, edge, False))
                    continue
                pq = p + q
                new.add((pq[:k], edge or q_edge, q_ext and len(pq) < k))
        acc = new
        if len(acc) > _MAX_PREFIXES * 4:
            return {(p[:2], e, False) for p, e, _ in acc}
    return acc


def _prefixes(pattern: re.Pattern[str]) -> list[tuple[tuple[str, ...], bool]] | None:
    """The (tokens, edge) prefixes every match starts with (lowercase), fewest first; None when there is none."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _P.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] == 0:
            return None  # empty matches follow finditer's own rules; not worth emulating
        found = {(p, edge and p[0].isalnum() or edge and p[0] == "_") for p, edge, _ in _seq(tree.data, _K)}
    except Exception:  # noqa: BLE001 - an unusual pattern just keeps the plain path
        return None
    if any(not p for p, _ in found):
        return None
    # a prefix without the edge condition covers the same tokens with it; a shorter prefix covers longer ones
    keep: list[tuple[tuple[str, ...], bool]] = []
    for p, edge in sorted(found, key=lambda x: (len(x[0]), x[1])):
        if not any(p[:len(q)] == q and (not qe or edge) for q, qe in keep):
            keep.append((p, edge))
    return keep if len(keep) <= _MAX_PREFIXES else None


def _tok(t: str) -> str:
    return t if t in (_DIGIT, _SPACE, _SPACES) else re.escape(t)


def _trie(prefixes: list[tuple[str, ...]]) -> str:
    """Alternation of token prefixes grouped by first token, so `re` rejects a branch on one character."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for p in prefixes:
        by_first.setdefault(p[0], []).append(p[1:])
    alts = []
    for c, rests in sorted(by_first.items()):
        if () in rests:
            alts.append(_tok(c))
        else:
            alts.append(_tok(c) + "(?:" + _trie(rests) + ")")
    return "|".join(alts)


def _starters(prefixes: list[tuple[tuple[str, ...], bool]]) -> tuple[re.Pattern[str] | None, ...]:
    """Regexes over the lowercased text: (one character wide where a plain prefix starts, one non-word character
    before an edge prefix, the edge prefixes at the very start)."""
    spaced = [p for p, _ in prefixes if p[0] in (_SPACE, _SPACES)]
    prefixes = [x for x in prefixes if x[0][0] not in (_SPACE, _SPACES)]
    plain = [p for p, edge in prefixes if not edge]
    edged = [p for p, edge in prefixes if edge]
    by_first: dict[str, list[str]] = {}
    for p in plain:
        by_first.setdefault(p[0], []).append(p[1:])
    alts = []
    for c, rests in sorted(by_first.items()):
        alts.append(_tok(c) + ("" if () in rests else "(?=" + _trie(rests) + ")"))
    s_plain = re.compile("|".join(alts), re.DOTALL) if alts else None
    s_edge = re.compile(r"\W(?=" + _trie(edged) + ")") if edged else None
    s_head = re.compile(_trie(edged)) if edged else None
    s_space = None
    if spaced:
        whole = any(len(p) == 1 for p in spaced)
        s_space = re.compile(r"\s" if whole else r"\s(?=" + _trie([p[1:] for p in spaced]) + ")")
    return s_plain, s_edge, s_head, s_space


def _gates(prefixes: list[tuple[tuple[str, ...], bool]]) -> tuple[str, ...] | None:
    """A few literal strings one of which every match starts with, for a `str` test that rules most texts out;
    None when the prefixes have too many or too short literal heads for that to pay."""
    heads = set()
    for p, _ in prefixes:
        head = ""
        for t in p:
            if t in (_DIGIT, _SPACE, _SPACES):
                break
            head += t
        if len(head) < 2:
            return None
        heads.add(head)
    keep: list[str] = []
    for h in sorted(heads, key=len):  # a head containing a kept one adds nothing
        if not any(k in h for k in keep):
            keep.append(h)
    return tuple(keep) if len(keep) <= 8 else None


class Finder:
    """`pattern.finditer` / `pattern.search` with the same results, faster on long alternations."""

    __slots__ = ("pattern", "_starter", "_plain", "_edge", "_head", "_space", "_digits", "_guard", "_match", "_gates")

    def __init__(self, pattern: re.Pattern[str] | str, flags: int = 0) -> None:
        self.pattern = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        self._match = self.pattern.match
        prefixes = _prefixes(self.pattern)
        self._starter = self._plain = self._edge = self._head = self._space = self._digits = self._guard = None
        self._gates: tuple[str, ...] | None = None
        if prefixes is None:
            return
        self._gates = _gates(prefixes)
        self._digits = re.compile(r"\d") if any(p[0] == _DIGIT for p, _ in prefixes) else None
        self._plain, self._edge, self._head, self._space = _starters([x for x in prefixes if x[0][0] != _DIGIT])
        self._starter = True
        odd = {chr(x) for p, _ in prefixes for t in p if len(t) == 1 for x in _EXTRA.get(ord(t), ())}
        self._guard = re.compile("[" + "".join(re.escape(c) for c in sorted(odd)) + "]") if odd else None

    def _fast(self, text: str, low: str | None) -> str | None:
        if self._starter is None:
            return None
        if low is None:
            low = text.lower()
        if len(low) != len(text) or (self._guard is not None and not low.isascii() and self._guard.search(low)):
            return None
        return low

    def _starts(self, text: str, low: str) -> list[int]:
        """Every position where a match may start, in order."""
        out: list[int] = []
        if self._edge is not None:
            out = [m.end() for m in self._edge.finditer(low)]
            if self._head.match(low):
                out.insert(0, 0)
        if self._plain is not None:
            plain = [m.start() for m in self._plain.finditer(low)]
            if plain:
                out = sorted(out + plain) if out else plain
        if self._space is not None:
            spaced = [m.start() for m in self._space.finditer(low)]
            if spaced:
                out = sorted(out + spaced) if out else spaced
        if self._digits is not None:
            digits = [m.start() for m in self._digits.finditer(text)]
            if digits:
                out = sorted(set(out).union(digits))
        return out

    def candidates(self, text: str, low: str | None = None) -> list[int] | None:
        """Every position of `text` where a match may start (a superset), or None when the prefilter cannot say;
        the candidates of a whole text, cut to a slice, are candidates of the slice (see `finditer_at`)."""
        low = self._fast(text, low)
        if low is None or "\u03a3" in text:  # final sigma lowercases by context: a slice could differ
            return None
        return self._starts(text, low)

    def finditer_at(self, text: str, starts: Iterable[int]) -> list[re.Match[str]]:
        """`pattern.finditer(text)`, trying only `starts` (ascending; must hold every position a match can start)."""
        out = []
        nxt = 0
        match = self._match
        for st in starts:
            if st < nxt:
                continue
            m = match(text, st)
            if m is not None:
                out.append(m)
                nxt = m.end()
        return out

    def finditer(self, text: str, low: str | None = None) -> list[re.Match[str]]:
        """Every match of the pattern in `text`, as `pattern.finditer` gives them; `low` is `text.lower()`."""
        low = self._fast(text, low)
        if low is None:
            return list(self.pattern.finditer(text))
        if self._gates is not None and not any(g in low for g in self._gates):
            return []
        return self.finditer_at(text, self._starts(text, low))

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """The first match, as `pattern.search(text)`; `low` is `text.lower()`."""
        low = self._fast(text, low)
        if low is None:
            return self.pattern.search(text)
        if self._gates is not None and not any(g in low for g in self._gates):
            return None
        match = self._match
        for st in self._starts(text, low):
            m = match(text, st)
            if m is not None:
                return m
        return None
