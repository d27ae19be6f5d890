"""The user's cache directory, where work that a later run can reuse is kept."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
