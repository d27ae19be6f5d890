"""Compiled regular expressions kept between runs.

The tone patterns are long alternations of word lists; compiling them all takes longer than the
rest of a hook run. `re` compiles a pattern in two steps: parse and generate the engine's code (in
Python, slow), then build the pattern object from that code (in C, fast). The store keeps the code
of every pattern in one file in the user's cache directory, keyed by the interpreter and the regex
engine's version, so a later run only does the second step. When the file is missing, stale or
unreadable, or the interpreter does not expose these steps, patterns are compiled as usual.
"""

from __future__ import annotations

import marshal
import re
import sys
import zlib
from array import array
from collections.abc import Callable, Iterable
from pathlib import Path

from . import cache

# (flags, code as array('I') bytes, groups - 1, groupindex, indexgroup): what _sre.compile takes
Parts = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
Engine = tuple[Callable[..., re.Pattern[str]], Callable[[str], Parts], str]


def _engine() -> Engine | None:
    """CPython's two compile steps and a tag of their version, or None where they are not there
    to use."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _parser  # type: ignore[attr-defined]
    except ImportError:
        return None
    build = getattr(_sre, "compile", None)
    code_of = getattr(_compiler, "_code", None)
    if build is None or code_of is None:
        return None

    def parts(pattern: str) -> Parts:
        tree = _parser.parse(pattern, 0)
        code = code_of(tree, 0)
        index: dict[str, int] = dict(tree.state.groupdict)
        names: list[str | None] = [None] * tree.state.groups
        for name, i in index.items():
            names[i] = name
        flags = int(tree.state.flags)
        return flags, array("I", code).tobytes(), tree.state.groups - 1, index, tuple(names)

    tag = f"{sys.implementation.cache_tag} {sys.version} {_sre.MAGIC} {_sre.CODESIZE}"
    return build, parts, f"{zlib.crc32(tag.encode()):08x}"


class Store:
    """re.compile with the engine's code for a known set of patterns kept in one file.

    `everything` names every pattern the caller may ask for; on the first pattern the file does
    not hold, all of them are compiled and the file is written again (atomically).
    """

    def __init__(self, name: str, everything: Callable[[], Iterable[str]]) -> None:
        self._name = name
        self._everything = everything
        self._engine = _engine()
        self._held: dict[str, Parts] | None = None

    def _path(self) -> Path | None:
        folder = cache.cache_dir()
        if folder is None or self._engine is None:
            return None
        return folder / f"{self._name}-{self._engine[2]}.marshal"

    def compile(self, pattern: str) -> re.Pattern[str]:
        if self._engine is None:
            return re.compile(pattern)
        if self._held is None:
            self._held = cache.read_dict(self._path())
        if pattern not in self._held:
            self._held = self._refresh(pattern)
        build = self._engine[0]
        held = self._held.get(pattern)
        if held is None:
            return re.compile(pattern)
        try:
            flags, code, groups, index, names = held
            return build(pattern, flags, array("I", code).tolist(), groups, index, names)
        except (TypeError, ValueError, RuntimeError):  # a damaged file (the engine checks code)
            return re.compile(pattern)

    def _refresh(self, pattern: str) -> dict[str, Parts]:
        """Every pattern's parts, written to the file; {} when they cannot be made."""
        assert self._engine is not None
        parts = self._engine[1]
        held: dict[str, Parts] = {}
        try:
            for p in {pattern, *self._everything()}:
                held[p] = parts(p)
        except Exception:  # re.error included: the plain path reports it
            return {}
        cache.write(self._path(), marshal.dumps(held))
        return held
