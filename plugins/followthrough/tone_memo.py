"""What the tone scan found in each message, kept between runs.

Reading every message of a large repository is most of `check`'s time, and a commit changes few
of them. The hits of each message are kept in the user's cache directory under a digest of the
message, in a file named for a digest of the tone rules themselves (their code, word lists and
gates), so any change to the rules starts a new file. A message found there is not read again,
and a run whose messages are all there does not load the rules at all.
"""

from __future__ import annotations

import functools
import marshal
from collections.abc import Callable, Sequence
from hashlib import blake2b
from pathlib import Path
from typing import Any

from . import __version__, cache

# (rule, category, start, end, suggestion): one hit; the phrase is message[start:end]
Found = tuple[str, str, int, int, str]
Scan = Callable[[str], list[Found]]

HERE = Path(__file__).parent
RULES = tuple(
    HERE / name
    for name in (
        "tone.py",
        "tone_lexicon.py",
        "tone_lexicon.toml",
        "tone_gates.json",
        "tone_model.py",
        "tone_model.json",
    )
)
MOST = 200_000  # messages kept; past this, only those of the latest run


def _tone_scan(message: str) -> list[Found]:
    from . import tone

    return [(h.rule, h.category, h.start, h.end, h.suggestion) for h in tone.scan(message)]


def _key(message: str) -> bytes:
    return blake2b(message.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _well_formed(found: object) -> bool:
    return isinstance(found, tuple) and all(
        isinstance(hit, tuple) and len(hit) == 5 and isinstance(hit[2], int) for hit in found
    )


class Memo:
    """scan(message) as `reader` gives it, remembered in a file named for the rules' sources."""

    def __init__(self, sources: Sequence[Path] = RULES, reader: Scan = _tone_scan) -> None:
        self._sources = sources
        self._reader = reader
        self._held: dict[bytes, tuple[Found, ...]] | None = None
        self._used: dict[bytes, tuple[Found, ...]] = {}
        self._new = False

    @functools.cached_property
    def _path(self) -> Path | None:
        """The file for these rules (their sources are read once per run)."""
        folder = cache.cache_dir()
        if folder is None:
            return None
        digest = blake2b(__version__.encode(), digest_size=8)
        for source in self._sources:
            text = cache.read(source)
            if text is None:  # rules that cannot be read cannot be told apart: keep nothing
                return None
            digest.update(b"\0" + text)
        return folder / f"tone-hits-{digest.hexdigest()}.marshal"

    def scan(self, message: str) -> list[Found]:
        if self._held is None:
            self._held = cache.read_dict(self._path)
        key = _key(message)
        found: Any = self._held.get(key)
        if not _well_formed(found):
            found = tuple(self._reader(message))
            self._held[key] = found
            self._new = True
        self._used[key] = found
        return list(found)

    def save(self) -> None:
        """Add what this run read to the file (as it is now: other processes write to it too)."""
        if not self._new:
            return
        held = cache.read_dict(self._path)
        held.update(self._used)
        if len(held) > MOST:
            held = dict(self._used)
        cache.write(self._path, marshal.dumps(held))
        self._new = False


MEMO = Memo()
