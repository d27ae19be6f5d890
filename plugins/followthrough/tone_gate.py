"""Literal gates for the tone features: strings one of which every match must contain.

`literals(pattern)` reads a regular expression's parse tree and returns a set of plain strings
such that any text the pattern can match contains at least one of them, or None when no such
set is known (then the feature always runs). The scanner finds all gate strings of a sentence
in one pass and runs only the features whose gate is present, so most sentences never reach most
patterns. The gates are computed by `python -m followthrough.tone_gate` into tone_gates.json, and
a test checks that the file matches the patterns.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Sequence
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_CASED = "(?-i:"
_MIN = 3  # gate strings shorter than this let too much through to be worth it
# Two of these side by side are rare in prose ("??", "!?", "#@"); ". " and ", " are not.
_SYMBOLS = frozenset("!?*#@$%&")

Req = frozenset[str] | None


# Words in most sentences: a gate made of them lets nearly everything through.
# fmt: off
_COMMON = frozenset((
    "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "by",
    "from", "as", "is", "are", "was", "be", "been", "it", "this", "that", "i", "i'm", "i've", "we",
    "you", "your", "you're", "me", "my", "our", "us", "they", "them", "their", "he", "she", "if",
    "not", "no", "do", "have", "has",
))
# fmt: on


def _weight(literal: str) -> int:
    """How rare a literal is, by length, counting common words as nothing."""
    if not _selective(literal):
        return -1
    words = literal.split()
    if words and all(w in _COMMON for w in words):
        return 0
    return len(literal)


def _better(a: Req, b: Req) -> Req:
    """The more selective of two requirements: rarer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    score_a = (min(map(_weight, a)), min(map(len, a)), -len(a))
    score_b = (min(map(_weight, b)), min(map(len, b)), -len(b))
    return a if score_a >= score_b else b


def _node(op: Any, av: Any) -> Req:
    if op is c.SUBPATTERN:
        add, remove = av[1], av[2]
        if add or remove:  # a change of flags (case) inside: no safe gate
            return None
        return _seq(av[3])
    if op is c.ATOMIC_GROUP:
        return _seq(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, item = av
        if low >= 2 and len(item) == 1 and item[0][0] is c.LITERAL:  # "!{3,}": "!!!"
            return frozenset([chr(item[0][1]) * min(low, 4)])
        return _seq(item) if low >= 1 else None
    if op is c.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            req = _seq(branch)
            if req is None:
                return None
            out |= req
        return frozenset(out)
    return None


def _seq(items: Sequence[tuple[Any, Any]]) -> Req:
    best: Req = None
    run: list[str] = []
    for op, av in [*list(items), (None, None)]:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            best = _better(best, frozenset(["".join(run)]))
            if op is c.BRANCH:  # "no(?:thing| deal)": the run joined to each branch's start
                best = _better(best, _joined("".join(run), av[1]))
            run = []
        if op is not None:
            best = _better(best, _node(op, av))
    return best


def _prefix(items: Sequence[tuple[Any, Any]]) -> str:
    """The literal text every match of items starts with."""
    out = []
    for op, av in items:
        if op is not c.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


def _joined(run: str, branches: Sequence[Sequence[tuple[Any, Any]]]) -> Req:
    """The run followed by each branch's leading text, when every branch has one."""
    prefixes = [_prefix(b) for b in branches]
    if not all(prefixes):
        return None
    return frozenset(run + p for p in prefixes)


def _selective(literal: str) -> bool:
    """Long enough to be rare, or rare by its characters (a quote mark, one opening a word,
    an emoji, a run of symbols such as "??" or "#@")."""
    opens_a_quote = len(literal) >= 2 and literal[0] in " (" and literal[1] in "'\""
    symbols = len(literal) >= 2 and all(ch in _SYMBOLS for ch in literal)
    return (
        len(literal) >= _MIN or not literal.isascii() or '"' in literal or opens_a_quote or symbols
    )


def literals(pattern: str) -> list[str] | None:
    cased = pattern.startswith(_CASED) and pattern.endswith(")")
    if cased:  # matched as written: its literals, lowercased, are in the lowercased sentence
        pattern = pattern[len(_CASED) : -1]
    try:
        req = _seq(_parser.parse(pattern))
    except re.error:  # the wrapper was not one group after all
        return None
    if req is None or not all(map(_selective, req)):
        return None
    return sorted({r.lower() for r in req} if cased else req)


def compute(
    patterns: Sequence[str], required: Sequence[str | None] = ()
) -> dict[str, list[str] | None]:
    """Each pattern's gate: its own literals, else those of what its sentence must contain."""
    from .tone import key

    out = {}
    for i, pattern in enumerate(patterns):
        gate = literals(pattern)
        if gate is None and i < len(required) and required[i] is not None:
            gate = literals(str(required[i]))
        out[key(pattern)] = gate
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from . import tone

    gates = compute(tone.gated_patterns(), tone.required_patterns())
    tone.GATES.write_text(json.dumps(gates, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{tone.GATES.name}: {sum(v is not None for v in gates.values())}/{len(gates)} gated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
