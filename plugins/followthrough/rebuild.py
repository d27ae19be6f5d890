"""Rebuilding only what changed under `mkdocs serve --dirty`, with every page still right.

MkDocs' dirty build skips a page when `File.is_modified()` is false. A generated file would
always count as modified, so the dashboard's files say whether their content differs from the
previous build. A change that can touch every page (the config file, the set of files, the
theme's custom folder) empties the site folder first, which makes the next build a full one.
Material's search plugin keeps its index across dirty builds for one changed page only; the
index is merged here by page instead, the entries of pages that were not rebuilt kept as they were.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable
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
    texts: dict[str, str | bytes] = field(default_factory=dict)  # src URI -> content, last build
    pending_texts: dict[str, str | bytes] = field(default_factory=dict)
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
            self.texts.clear()
            self.search.clear()
        self.pending, self.pending_texts = {}, {}
        self.built = set()
        return full

    def same_day(self, day: str) -> bool:
        """True when the last build had the same build date; remembers this one."""
        same = day == self.day
        self.day = day
        return same

    def mark(self, file: GeneratedFile, content: str | bytes) -> None:
        """Record the file's content; it is unchanged when the previous build wrote the same."""
        uri = file.src_uri
        if self.texts.get(uri) is content and uri in self.contents:
            key = self.contents[uri]  # the very text of the last build (a kept lead page)
        else:
            key = digest(content)
        self.pending[uri] = key
        self.pending_texts[uri] = content
        file.unchanged = self.contents.get(uri) == key

    def finish(self) -> None:
        self.contents, self.texts = self.pending, self.pending_texts
        self.pending, self.pending_texts = {}, {}

    def fail(self) -> None:
        """A build that failed leaves files half written: the next one rebuilds everything."""
        self.site = None
        self.contents.clear()
        self.texts.clear()
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


class Idle:
    """Work done while `mkdocs serve` waits for the next edit, so that the edit finds it done.

    After a build: the garbage collector's full pass. A build leaves the previous build's pages,
    files and navigation behind, in reference cycles; left to itself, the collector walks every
    object kept between builds (the parsed leads, the pages) in the middle of every other
    rebuild. Before that, the first time, the plugin prepares the message rules (`tone.prepare`):
    the first build checks the leads in worker processes, so their patterns would otherwise be
    compiled in this process during the first edit's rebuild. A build that starts stops it.
    """

    def __init__(self, delay: float = 1.0) -> None:
        self.delay = delay
        self._timer: threading.Timer | None = None
        self._stop = threading.Event()

    def schedule(self, jobs: Iterable[Callable[[], object]] = ()) -> None:
        """Run the jobs, then a full collection, `delay` seconds from now unless stopped."""
        self.cancel()
        stop = self._stop = threading.Event()
        todo = [*jobs, gc.collect]

        def run() -> None:
            for job in todo:
                if stop.is_set():
                    return
                job()

        self._timer = threading.Timer(self.delay, run)
        self._timer.daemon = True
        self._timer.start()

    def cancel(self) -> None:
        self._stop.set()
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None


def forget_previous_index(plugins: Iterable[Any]) -> None:
    """Stop Material's search plugin from merging its own previous index (one page only)."""
    for plugin in plugins:
        if hasattr(plugin, "search_index_prev"):
            plugin.search_index_prev = None
