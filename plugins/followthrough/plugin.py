"""The MkDocs plugin: event wiring only. Loading is in leads/checker, pages in dashboard/."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.base import BaseConfigOption
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import clean_directory, get_build_date

from . import dashboard, rebuild
from .checker import Checked, check_many
from .dashboard import blocks
from .dashboard.view import Row
from .findings import ERROR
from .leads import lead_files
from .settings import (
    OPTIONS,
    TODAY_ENV,
    ConfigError,
    Option,
    Settings,
    from_mapping,
    resolve_today,
)

log = get_plugin_logger(__name__)

ASSETS = "assets/followthrough"
STATIC_KEPT = ("404.html", "sitemap.xml")
STATIC = (
    ("extra_css", "dashboard.css"),
    ("extra_css", "numbers.css"),
    ("extra_javascript", "dashboard.js"),
)
TEMPLATES = Path(dashboard.__file__).with_name("templates")
Stamp = tuple[int, int]


def _stamp(path: Path) -> Stamp:
    try:
        st = path.stat()
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)


def config_option(opt: Option) -> BaseConfigOption[Any]:
    """The MkDocs config option for a setting: its type and default from the settings table."""
    simple = {"path": str, "int": int, "bool": bool, "rules": dict}
    if opt.kind in simple:
        default = {} if opt.kind == "rules" else opt.default
        return c.Type(simple[opt.kind], default=default)
    if opt.kind == "date":
        return c.Optional(c.Type((str, dt.date)))
    if opt.kind == "code":
        return c.Optional(c.Type(str))
    if opt.kind in ("away", "addresses"):
        return c.Type(list, default=[])
    raise ValueError(f"no MkDocs config option for settings of kind {opt.kind}")


class FollowthroughConfig(base.Config):  # type: ignore[no-untyped-call]
    """The plugin's options: one per setting, made from the settings table."""

    vars().update({name: config_option(opt) for name, opt in OPTIONS.items()})


def source_base(repo_url: str | None, edit_uri: str | None, docs_rel: str) -> str | None:
    """The URL under which the repository's files are viewed, derived from repo_url + edit_uri."""
    if not repo_url or not edit_uri or edit_uri.startswith(("?", "#")):
        return None
    uri = edit_uri.rstrip("/")
    docs = docs_rel.strip("/")
    if docs in ("", "."):
        prefix = uri + "/"
    elif uri == docs or uri.endswith("/" + docs):
        prefix = uri[: -len(docs)]
    else:
        return None
    return urljoin(repo_url.rstrip("/") + "/", prefix)


class FollowthroughPlugin(BasePlugin[FollowthroughConfig]):  # type: ignore[no-untyped-call]
    def __init__(self) -> None:
        self.settings = Settings()
        self.today = dt.date.today()
        self.pinned = False
        self.layout = dashboard.Layout()
        # parsed and checked leads by path, kept across the rebuilds of `mkdocs serve`
        self._checked: dict[Path, tuple[Stamp, Checked]] = {}
        self._checked_for: tuple[Settings, dt.date] | None = None
        self._edit_urls: dict[str, str] = {}
        self._generated: set[str] = set()  # the dashboard's pages, by source URI
        self._blocks: dict[str, dict[str, str]] = {}  # HTML blocks set aside while converting
        # `mkdocs serve --dirty`: rows and lead pages of unchanged leads, and what was written
        self.serving = False  # `mkdocs serve`: rows and lead pages are kept between builds
        self.dirty = False  # `mkdocs serve --dirty`: only changed pages are rendered again
        self._rebuild = rebuild.Dirty()
        self._bytecode = rebuild.Bytecode()
        self._idle = rebuild.Idle()
        self._warm = True  # the first serve build prepares the message rules here, idle
        self._view_key: Any = None
        self._rows: dict[int, Row] = {}
        self._pages: dict[str, tuple[Row, str]] = {}
        self._parts = dashboard.Parts()  # snippets of the long lists, by row

    def on_startup(self, *, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
        """Defined so that `mkdocs serve` keeps this object (and its cache) across rebuilds."""
        self.serving = command == "serve"
        self.dirty = dirty and self.serving
        if self.dirty:
            # the pages are kept right here, so MkDocs' warning about dirty builds does not apply
            logging.getLogger("mkdocs.commands.build").addFilter(
                lambda record: not str(record.msg).startswith(rebuild.DIRTY_WARNING)
            )

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._idle.cancel()
        root = Path(config.config_file_path or ".").resolve().parent
        options = {name: self.config[name] for name in OPTIONS}
        try:
            self.settings = from_mapping(options, root)
            self.today = resolve_today(self.settings)
        except ConfigError as exc:
            raise PluginError(str(exc)) from None
        self.pinned = bool(os.environ.get(TODAY_ENV)) or self.settings.today is not None
        docs = Path(config.docs_dir)
        own_home = (docs / "index.md").is_file() or (docs / "README.md").is_file()
        self.layout = dashboard.Layout(
            home="followups/index.md" if own_home else "index.md",
            directory_urls=config.use_directory_urls,
        )
        for attr, name in STATIC:
            extra = getattr(config, attr)
            if f"{ASSETS}/{name}" not in extra:
                extra.append(f"{ASSETS}/{name}")
        if config.nav is not None:
            listed = str(config.nav)
            pages = [
                ("Follow-ups", self.layout.home),
                ("Due now", self.layout.due),
                ("All leads", self.layout.all_leads),
                ("Pipeline", self.layout.board),
                ("Numbers", self.layout.numbers),
            ]
            config.nav[:0] = [{title: uri} for title, uri in pages if repr(uri) not in listed]
        return config

    def _load(self) -> list[Checked]:
        """Every lead checked; only files whose stamp changed since the last build are parsed."""
        settings, today = self.settings, self.today
        if self._checked_for != (settings, today):
            self._checked.clear()
            self._checked_for = (settings, today)
        folder = settings.leads_path
        if not folder.is_dir():
            log.warning(f"leads_dir {settings.leads_dir!r}: no such folder under {settings.root}")
        stamps = {path: _stamp(path) for path in lead_files(folder)}
        stale = [p for p, st in stamps.items() if self._checked.get(p, (None,))[0] != st]
        fresh = check_many(stale, settings, today, base=settings.root)
        cached = {p: got for p, got in self._checked.items() if p in stamps}
        cached.update((p, (stamps[p], done)) for p, done in zip(stale, fresh, strict=True))
        self._checked = cached
        return [cached[p][1] for p in stamps]

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        checked = self._load()
        for result in checked:
            for f in result.findings:
                (log.warning if f.severity == ERROR else log.info)(f.text())
        docs_rel = os.path.relpath(config.docs_dir, self.settings.root)
        base = source_base(config.repo_url, config.edit_uri, docs_rel)
        self._keep_for(base)
        board = dashboard.build(
            checked,
            self.settings,
            self.today,
            pinned=self.pinned,
            layout=self.layout,
            source_base=base,
            templates=self.settings.templates_path,
            known=self._rows,
        )
        for row in board.rows:
            if row.draft_error:
                log.warning(f"draft for {row.lead.id}: {row.draft_error}")
        pages = dashboard.render_pages(board, self._pages, self._parts if self.serving else None)
        self._generated = set(pages)
        in_nav = {
            self.layout.home,
            self.layout.due,
            self.layout.all_leads,
            self.layout.board,
            self.layout.numbers,
        }
        generated: dict[str, tuple[str | bytes, InclusionLevel]] = {
            uri: (content, InclusionLevel.UNDEFINED if uri in in_nav else InclusionLevel.NOT_IN_NAV)
            for uri, content in pages.items()
        }
        for name, data in dashboard.static_files().items():
            generated[f"{ASSETS}/{name}"] = (data, InclusionLevel.UNDEFINED)
        feed = dashboard.calendar(board, config.site_name, config.site_url)
        generated[self.layout.calendar] = (feed, InclusionLevel.UNDEFINED)
        made = []
        for uri, (content, level) in generated.items():
            file = rebuild.GeneratedFile.generated(config, uri, content=content, inclusion=level)
            self._add(files, file)
            made.append((file, content))
        if self.serving:
            self._rows = {id(row.checked): row for row in board.rows}
            self._pages = {
                self.layout.lead(r.lead.id): (r, pages[self.layout.lead(r.lead.id)])
                for r in board.rows
            }
        if self.dirty:
            self._start_dirty(files, config, made)
        self._edit_urls = {}
        for row in board.rows:
            url = board.source_url(row.lead.path)
            if url:
                self._edit_urls[self.layout.lead(row.lead.id)] = url
        if not self.serving:  # one build: the parsed leads are not needed again
            self._checked.clear()
        return files

    def _keep_for(self, base: str | None) -> None:
        """Forget the rows and pages kept from the last build when anything they show changed."""
        key = (
            self.settings,
            self.today,
            self.pinned,
            self.layout,
            base,
            rebuild.folder_stamps(self.settings.templates_path),
            rebuild.folder_stamps(TEMPLATES),
        )
        if not self.serving or key != self._view_key:
            self._rows, self._pages, self._parts = {}, {}, dashboard.Parts()
        self._view_key = key

    def _start_dirty(
        self, files: Files, config: MkDocsConfig, made: list[tuple[File, str | bytes]]
    ) -> None:
        site = (
            rebuild.file_digest(config.config_file_path),
            frozenset(f.src_uri for f in files),
            rebuild.folder_stamps(config.theme.custom_dir),
        )
        full = self._rebuild.start(site)
        same_day = self._rebuild.same_day(get_build_date())
        if full:
            clean_directory(config.site_dir)
        elif same_day:
            # same pages, same config, same date: the 404 page and the sitemap stay as written
            config.theme.static_templates.difference_update(STATIC_KEPT)
        for file, content in made:
            if isinstance(file, rebuild.GeneratedFile):
                self._rebuild.mark(file, content)
        rebuild.forget_previous_index(config.plugins.values())
        changed = sum(1 for file, _ in made if file.is_modified())
        log.info(f"{changed} of {len(made)} generated files changed")

    def on_nav(
        self, nav: Navigation, /, *, config: MkDocsConfig, files: Files
    ) -> Navigation | None:
        if self.dirty:
            # a page that is not rebuilt still needs its title in the navigation of those that are
            for page in nav.pages:
                if not page.file.is_modified():
                    page.read_source(config)
        return None

    def on_env(self, env: Any, /, *, config: MkDocsConfig, files: Files) -> Any:
        if self.dirty:
            self._rebuild.pages = [f.page.url for f in files if f.page is not None]
            if env.bytecode_cache is None:
                env.bytecode_cache = self._bytecode
        return None

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str | None:
        if self.dirty:
            self._rebuild.built.add(page.url)
        return None

    @event_priority(-100)  # after the search plugin has written its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.dirty:
            self._rebuild.merge_search(config.site_dir)
            self._rebuild.finish()
        if self.serving:
            from . import tone

            jobs: list[Callable[[], object]] = [tone.prepare] if self._warm else []
            self._warm = False
            self._idle.schedule(jobs)

    def on_shutdown(self) -> None:
        self._idle.cancel()

    def on_build_error(self, *, error: Exception) -> None:
        self._rebuild.fail()
        self._rows, self._pages, self._parts = {}, {}, dashboard.Parts()

    @staticmethod
    def _add(files: Files, file: File) -> None:
        existing = files.get_file_from_path(file.src_uri)
        if existing is not None:
            if existing.generated_by:
                log.warning(f"{file.src_uri}: two lead files share one name; rename one of them")
            else:
                log.warning(f"{file.src_uri} in the docs folder is replaced by the generated page")
            files.remove(existing)
        files.append(file)

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        edit = self._edit_urls.get(page.file.src_uri)
        if edit is not None:
            page.edit_url = edit
        if page.file.src_uri in self._generated:
            markdown, self._blocks[page.file.src_uri] = blocks.set_aside(markdown)
            return markdown
        return None

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        kept = self._blocks.pop(page.file.src_uri, None)
        return None if kept is None else blocks.put_back(html, kept)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer | None:
        if self.settings.leads_path.is_dir():
            server.watch(str(self.settings.leads_path))
        return server
