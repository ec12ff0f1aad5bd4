"""Fast `finditer`/`search` for big word alternations: same matches as `re`, found from a cheap literal prefilter.

Python's `re` tries every alternative at every position when a pattern starts with `\\b` or is case-insensitive,
so a 60-word alternation costs ~10 us per sentence. A `Finder` derives, from the pattern's parse tree, the
literal prefixes every match must start with (lowercased), compiles them into a starter regex that `re` can
scan with its charset fast path, and runs the real pattern only where a starter hits. The matches are exactly
those of `pattern.finditer` (the starter is a superset of the match starts); texts where lowercasing could
hide a case-insensitive match (length-changing `lower()`, "ſ", "ı") fall back to the plain pattern.

Two cheaper tests come before the real pattern: literals one of which every match must contain anywhere
(`_required`: "capital" for "the (Afghan) capital"), ruling a text out with a few `in` tests, and, for a long
top-level alternation, a variant that tries only the alternatives able to start with the next two characters
(`_Dispatch`).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any
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


@lru_cache(maxsize=32)
def _parse(source: str, flags: int) -> Any:
    """The parse tree of a pattern, read (never changed) by the prefix, literal and dispatch analyses: a big
    alternation (the profile's actor aliases) takes milliseconds to parse, once is enough."""
    return _P.parse(source, flags)


def _prefixes(pattern: re.Pattern[str]) -> list[tuple[tuple[str, ...], bool]] | None:
    """The (tokens, edge) prefixes every match starts with (lowercase), fewest first; None when there is none."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return None
    try:
        tree = _parse(pattern.pattern, pattern.flags)
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


def _split_top(source: str) -> list[str] | None:
    """`source` cut at its top-level `|` (outside groups and classes); None when it has no such `|`."""
    parts, depth, i, last, n = [], 0, 0, 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: `]` right after `[` or `[^` is a literal
            j = i + 1
            if j < n and source[j] == "^":
                j += 1
            if j < n and source[j] == "]":
                j += 1
            while j < n and source[j] != "]":
                j += 2 if source[j] == "\\" else 1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(source[last:i])
            last = i + 1
        i += 1
    parts.append(source[last:])
    return parts if len(parts) > 1 else None


def _fits(tok: str, c: str) -> bool:
    """Whether character `c` of the lowercased text may be where prefix token `tok` starts (non-ASCII: maybe)."""
    if not c.isascii():
        return True
    if tok == _DIGIT:
        return c.isdigit()
    if tok in (_SPACE, _SPACES):
        return c.isspace()
    return tok == c


def _needs(items) -> set[str] | None:
    """ASCII literal strings (lowercase), one of which every match of the parse-tree sequence `items` contains (the
    best such set: the longest shortest string, then the fewest); None when the pattern guarantees none."""
    best: set[str] | None = None

    def better(cands: set[str] | None) -> None:
        nonlocal best
        if cands and all(len(c) >= 3 for c in cands) and (
                best is None or (-min(map(len, cands)), len(cands)) < (-min(map(len, best)), len(best))):
            best = cands

    run = ""
    for op, av in items:
        if op is _C.LITERAL and chr(av).isascii():
            run += chr(av).lower()
            continue
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero-width: the literals around it are adjacent in the text
        better({run} if run else None)
        run = ""
        if op is _C.SUBPATTERN:
            better(_needs(av[-1].data))
        elif op is _C.BRANCH:
            alts = [_needs(alt.data) for alt in av[1]]
            better(set().union(*alts) if all(a is not None for a in alts) else None)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            better(_needs(av[2].data))
    better({run} if run else None)
    if best is not None:  # a string containing a kept one adds nothing
        keep: set[str] = set()
        for s in sorted(best, key=len):
            if not any(k in s for k in keep):
                keep.add(s)
        best = keep
    return best


def _required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """A few literal strings one of which every match contains anywhere (not only at its start, unlike `_gates`):
    "the capital" and "the Afghan capital" both need "capital". None when there is no short such list."""
    try:
        found = _needs(_parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001
        return None
    return tuple(sorted(found)) if found and len(found) <= 8 else None


def _groups(items, out: list[int]) -> bool:
    """Collect the group numbers of a parse-tree sequence, in order; False when it refers back to a group."""
    for op, av in items:
        if op in (_C.GROUPREF, _C.GROUPREF_EXISTS, getattr(_C, "GROUPREF_IGNORE", None)):
            return False
        if op is _C.SUBPATTERN:
            if av[0] is not None:
                out.append(av[0])
            if not _groups(av[-1].data, out):
                return False
        elif op is _C.BRANCH:
            if not all(_groups(alt.data, out) for alt in av[1]):
                return False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            if not _groups(av[2].data, out):
                return False
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            if not _groups(av[1].data, out):
                return False
        elif op is getattr(_C, "ATOMIC_GROUP", None):
            if not _groups(av.data, out):
                return False
    return True


class _Dispatch:
    """For a pattern that is one big alternation `A1|A2|...`: at a candidate position, a variant of the pattern in
    which the alternatives that cannot start with the text's next two characters are `(?!)` and empty groups of
    the same numbers and names. A match at a position is the first alternative matching there, so failing
    alternatives that could not match changes no match, nor any group; `re` no longer enters every alternative
    at every candidate (the trigger alternation has 26, each behind a named group and a `\\b`, which defeats its
    own first-character skip), and a variant compiles in a fraction of the whole pattern's time."""

    __slots__ = ("parts", "stubs", "flags", "heads", "table", "variants", "full", "groups", "groupindex")

    def __init__(self, pattern: re.Pattern[str], full) -> None:
        self.parts = self.heads = self.stubs = None
        self.full = full
        self.flags = pattern.flags
        self.groups, self.groupindex = pattern.groups, dict(pattern.groupindex)
        self.table: dict[str, Any] = {}
        self.variants: dict[tuple[int, ...], Any] = {}
        if pattern.flags & re.VERBOSE:
            return
        parts = _split_top(pattern.pattern)
        if parts is None or len(parts) < 16:
            return
        try:
            tree = _parse(pattern.pattern, pattern.flags)
        except Exception:  # noqa: BLE001
            return
        if len(tree.data) != 1 or tree.data[0][0] is not _C.BRANCH or len(tree.data[0][1][1]) != len(parts):
            return  # the parser factored the alternatives (a shared prefix, a character set): not worth it
        names = {gid: name for name, gid in pattern.groupindex.items()}
        stubs = []
        for alt in tree.data[0][1][1]:
            gids: list[int] = []
            if not _groups(alt.data, gids):
                return  # a backreference: left to the whole pattern
            stubs.append("(?!)" + "".join(f"(?P<{names[g]}>)" if g in names else "()" for g in gids))
        heads: list[list[tuple[str, ...]] | None] = []
        for alt in tree.data[0][1][1]:
            try:
                found = _seq(alt.data, 2)
            except Exception:  # noqa: BLE001
                found = {((), False, False)}
            toks = [p for p, _, _ in found]
            if any(not p or any(len(t) != 1 and t not in (_DIGIT, _SPACE, _SPACES) for t in p) for p in toks):
                heads.append(None)  # no prefix known: always tried
            else:
                heads.append(toks)
        self.parts, self.heads, self.stubs = parts, heads, stubs

    def _build(self, key: str):
        keep = []
        for i, toks in enumerate(self.heads):
            if toks is None or any(_fits(p[0], key[0]) and (
                    len(p) < 2 or len(key) < 2 or _fits(p[1], key[1]) or (p[0] == _SPACES and _fits(_SPACE, key[1])))
                    for p in toks):
                keep.append(i)
        keep_t = tuple(keep)
        if not keep_t:
            return None
        if len(keep_t) == len(self.parts):
            return self.full
        m = self.variants.get(keep_t)
        if m is None:
            try:
                variant = re.compile("|".join(p if i in keep_t else self.stubs[i] for i, p in enumerate(self.parts)),
                                     self.flags)
                m = variant.match
                if variant.groups != self.groups or dict(variant.groupindex) != self.groupindex:
                    m = self.full  # (cannot happen with the groups counted right; never risk other numbers)
            except re.error:
                m = self.full
            self.variants[keep_t] = m
        return m

    def match_for(self, key: str):
        """The `match` to try where the (lowercased) text continues with `key`; None when nothing can match. A key
        gets its variant once it has come up a few times: a rare key is not worth a compile (nor a cold start)."""
        m = self.table.get(key, 0)
        if m.__class__ is int:
            if not key or not key.isascii():
                return self.full
            if m < _WARM:
                self.table[key] = m + 1
                return self.full
            m = self.table[key] = self._build(key)
        return m


_WARM = 32  # uses of a key with the whole pattern before its variant is compiled


class Finder:
    """`pattern.finditer` / `pattern.search` with the same results, faster on long alternations."""

    __slots__ = ("pattern", "_starter", "_plain", "_edge", "_head", "_space", "_digits", "_guard", "_match", "_gates",
                 "_needs", "_dispatch", "_prefixes")

    def __init__(self, pattern: re.Pattern[str] | str, flags: int = 0, *,
                 only: list[tuple[tuple[str, ...], bool]] | None = None) -> None:
        self.pattern = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        self._match = self.pattern.match
        prefixes = self._prefixes = _prefixes(self.pattern) if only is None else only
        self._starter = self._plain = self._edge = self._head = self._space = self._digits = self._guard = None
        self._gates: tuple[str, ...] | None = None
        self._needs: tuple[str, ...] | None = None
        self._dispatch: _Dispatch | None = None
        if prefixes is None:
            return
        if only is None:  # (`only`: a part of the prefixes, for `after`: candidates only)
            dispatch = _Dispatch(self.pattern, self._match)
            self._dispatch = dispatch if dispatch.parts is not None else None
            self._gates = _gates(prefixes)
            self._needs = _required(self.pattern)
            if self._needs is not None and self._gates is not None and len(self._needs) >= len(self._gates) and min(
                    map(len, self._needs)) <= min(map(len, self._gates)):
                self._needs = None  # no more selective than the prefixes' own heads
        self._digits = re.compile(r"\d") if any(p[0] == _DIGIT for p, _ in prefixes) else None
        self._plain, self._edge, self._head, self._space = _starters([x for x in prefixes if x[0][0] != _DIGIT])
        self._starter = True
        odd = {chr(x) for p, _ in prefixes for t in p if len(t) == 1 for x in _EXTRA.get(ord(t), ())}
        odd.update(chr(x) for n in self._needs or () for c in n for x in _EXTRA.get(ord(c), ()))
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

    def after(self, other: Finder) -> Finder | None:
        """A Finder of the prefixes of this pattern that extend none of `other`'s (the clause words of the hard
        boundaries are all soft ones): `other`'s candidates and its own hold every place this pattern can match,
        so one scan serves both (see `finditer_along`); None when the prefilters cannot be shared."""
        if self._prefixes is None or other._prefixes is None:
            return None
        rest = [(p, edge) for p, edge in self._prefixes
                if not any(p[:len(q)] == q and (not q_edge or edge) for q, q_edge in other._prefixes)]
        return Finder(self.pattern, only=rest)

    def finditer_along(self, text: str, low: str, starts: list[int], rest: Finder) -> list[re.Match[str]]:
        """`finditer(text)` from `starts`, the candidates of the Finder this one is `after` (its `rest`)."""
        own = rest.candidates(text, low)
        if own is None or self._fast(text, low) is None:
            return self.finditer(text, low)
        return self.finditer_at(text, sorted(set(starts).union(own)) if own else starts, low)

    def finditer_at(self, text: str, starts: Iterable[int], low: str | None = None) -> list[re.Match[str]]:
        """`pattern.finditer(text)`, trying only `starts` (ascending; must hold every position a match can start);
        `low`, when given, is `text.lower()` of the same length."""
        out = []
        nxt = 0
        dispatch = self._dispatch
        if dispatch is None:
            match = self._match
            for st in starts:
                if st < nxt:
                    continue
                m = match(text, st)
                if m is not None:
                    out.append(m)
                    nxt = m.end()
            return out
        for st in starts:
            if st < nxt:
                continue
            match = dispatch.match_for(low[st:st + 2] if low is not None else text[st:st + 2].lower())
            if match is None:
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
        if self._needs is not None and not any(g in low for g in self._needs):
            return []
        return self.finditer_at(text, self._starts(text, low), low)

    def search(self, text: str, low: str | None = None) -> re.Match[str] | None:
        """The first match, as `pattern.search(text)`; `low` is `text.lower()`."""
        low = self._fast(text, low)
        if low is None:
            return self.pattern.search(text)
        if self._gates is not None and not any(g in low for g in self._gates):
            return None
        if self._needs is not None and not any(g in low for g in self._needs):
            return None
        dispatch = self._dispatch
        for st in self._starts(text, low):
            match = self._match if dispatch is None else dispatch.match_for(low[st:st + 2])
            if match is not None and (m := match(text, st)) is not None:
                return m
        return None
