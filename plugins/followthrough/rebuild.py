"""Rebuilding only what changed under `mkdocs serve --dirty`, with every page still right.

MkDocs' dirty build skips a page when `File.is_modified()` is false. A generated file would
always count as modified, so the dashboard's files say whether their content differs from the
previous build. A change that can touch every page (the config file, the set of files, the
theme's custom folder) empties the site folder first, which makes the next build a full one.
Material's search plugin keeps its index across dirty builds for one changed page only; the
index is merged here by page instead, the entries of pages that were not rebuilt kept as they were.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache
from mkdocs.structure.files import File

SEARCH_INDEX = Path("search") / "search_index.json"
DIRTY_WARNING = "A 'dirty' build is being performed"


class Bytecode(jinja2.BytecodeCache):
    """Compiled theme templates kept in memory: each build makes a new Jinja environment."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self.store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)  # Jinja compares the source's checksum

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


class GeneratedFile(File):
    """A generated file that a dirty build rewrites only when its content changed."""

    _unchanged = False
    _modified: bool | None = None

    @property
    def unchanged(self) -> bool:
        """The previous build wrote the same content."""
        return self._unchanged

    @unchanged.setter
    def unchanged(self, value: bool) -> None:
        self._unchanged = value
        self._modified = None

    def is_modified(self) -> bool:
        """Whether this build writes the file; asked several times a build, answered once."""
        if self._modified is None:
            self._modified = not self._unchanged or not os.path.isfile(self.abs_dest_path)
        return self._modified


def digest(content: str | bytes) -> bytes:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.blake2b(data, digest_size=16).digest()


def folder_stamps(folder: str | Path | None) -> tuple[tuple[str, int, int], ...]:
    """Path, mtime and size of every file under `folder` (empty when there is none)."""
    if not folder or not os.path.isdir(folder):
        return ()
    out: list[tuple[str, int, int]] = []
    for top, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(top, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            out.append((path, st.st_mtime_ns, st.st_size))
    return tuple(sorted(out))


def file_digest(path: str | None) -> bytes:
    if not path:
        return b""
    try:
        return digest(Path(path).read_bytes())
    except OSError:
        return b""


def owner(location: str) -> str:
    """The page URL a search entry belongs to: its location without the anchor."""
    return location.split("#", 1)[0]


@dataclass
class Dirty:
    """What one `mkdocs serve --dirty` keeps between its builds."""

    site: Any = None  # fingerprint of what every page depends on
    contents: dict[str, bytes] = field(default_factory=dict)  # src URI -> digest, last build
    pending: dict[str, bytes] = field(default_factory=dict)  # the same for the build under way
    built: set[str] = field(default_factory=set)  # URLs of the pages rendered in this build
    pages: list[str] = field(default_factory=list)  # URLs of every page, in build order
    search: dict[str, list[Any]] = field(default_factory=dict)  # page URL -> its search entries
    day: str = ""  # the build date of the last build (the sitemap shows it)

    def start(self, site: Any) -> bool:
        """Begin a build; true when it must be a full one (the site folder is to be emptied)."""
        full: bool = site != self.site
        if full:
            self.site = site
            self.day = ""
            self.contents.clear()
            self.search.clear()
        self.pending = {}
        self.built = set()
        return full

    def same_day(self, day: str) -> bool:
        """True when the last build had the same build date; remembers this one."""
        same = day == self.day
        self.day = day
        return same

    def mark(self, file: GeneratedFile, content: str | bytes) -> None:
        """Record the file's content; it is unchanged when the previous build wrote the same."""
        key = digest(content)
        self.pending[file.src_uri] = key
        file.unchanged = self.contents.get(file.src_uri) == key

    def finish(self) -> None:
        self.contents = self.pending
        self.pending = {}

    def fail(self) -> None:
        """A build that failed leaves files half written: the next one rebuilds everything."""
        self.site = None
        self.contents.clear()
        self.search.clear()

    def merge_search(self, site_dir: str | Path) -> None:
        """Complete the search index written by this build with the pages it did not rebuild."""
        path = Path(site_dir) / SEARCH_INDEX
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        docs = data.get("docs") if isinstance(data, dict) else None
        if not isinstance(docs, list):
            return
        fresh: dict[str, list[Any]] = {}
        for entry in docs:
            if isinstance(entry, dict):
                fresh.setdefault(owner(str(entry.get("location", ""))), []).append(entry)
        self.search = {
            url: fresh.get(url, []) if url in self.built else self.search.get(url, [])
            for url in self.pages
        }
        data["docs"] = [entry for entries in self.search.values() for entry in entries]
        text = json.dumps(data, separators=(",", ":"), default=str)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)


def forget_previous_index(plugins: Iterable[Any]) -> None:
    """Stop Material's search plugin from merging its own previous index (one page only)."""
    for plugin in plugins:
        if hasattr(plugin, "search_index_prev"):
            plugin.search_index_prev = None
