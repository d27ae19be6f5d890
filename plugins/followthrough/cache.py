"""The user's cache directory, where work that a later run can reuse is kept."""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path | None:
    """$FOLLOWTHROUGH_CACHE, else $XDG_CACHE_HOME/followthrough, else ~/.cache/followthrough.

    FOLLOWTHROUGH_CACHE set to the empty string turns caching off.
    """
    own = os.environ.get("FOLLOWTHROUGH_CACHE")
    if own is not None:
        return Path(own) if own else None
    xdg = os.environ.get("XDG_CACHE_HOME")
    try:
        base = Path(xdg) if xdg else Path.home() / ".cache"
    except RuntimeError:  # no home directory
        return None
    return base / "followthrough"


def read(path: Path | None) -> bytes | None:
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def read_dict(path: Path | None) -> dict[Any, Any]:
    """The dict a file holds (written by marshal), or {} when it is missing or damaged."""
    data = read(path)
    if not data:
        return {}
    try:
        held = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return {}
    return held if isinstance(held, dict) else {}


def write(path: Path | None, data: bytes) -> None:
    """Replace the file at once; a read-only or full disk only means the work is done again."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


def kept(name: str, source: bytes, build: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """build(), or what an earlier run kept for the same source bytes.

    For a mapping that is slow to build from a file and made only of what `marshal` stores
    (dicts, lists, tuples, strings, numbers). The file is named for a digest of the source and
    of the Python version, so a change to either builds afresh.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    key = source + sys.version.encode()  # two checksums: hashlib costs a hook run ~6 ms to load
    path = folder / f"{name}-{zlib.crc32(key):08x}{zlib.adler32(key):08x}.marshal"
    value = read_dict(path)
    if value:
        return value
    value = build()
    write(path, marshal.dumps(value))
    return value
