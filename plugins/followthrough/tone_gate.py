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
import sys
from collections.abc import Sequence
from re import _constants as c  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

_MIN = 3  # gate strings shorter than this let too much through to be worth it

Req = frozenset[str] | None


def _better(a: Req, b: Req) -> Req:
    """The more selective of two requirements: longer shortest string, then fewer strings."""
    if a is None:
        return b
    if b is None:
        return a
    score_a = (min(map(len, a)), -len(a))
    score_b = (min(map(len, b)), -len(b))
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
            run = []
        if op is not None:
            best = _better(best, _node(op, av))
    return best


def literals(pattern: str) -> list[str] | None:
    req = _seq(_parser.parse(pattern))
    if req is None or min(map(len, req)) < _MIN:
        return None
    return sorted(req)


def compute(patterns: Sequence[str]) -> dict[str, list[str] | None]:
    from .tone import key

    return {key(p): literals(p) for p in patterns}


def main(argv: Sequence[str] | None = None) -> int:
    from . import tone

    gates = compute(tone.gated_patterns())
    tone.GATES.write_text(json.dumps(gates, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{tone.GATES.name}: {sum(v is not None for v in gates.values())}/{len(gates)} gated")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
