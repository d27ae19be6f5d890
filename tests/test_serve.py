"""`mkdocs serve --dirty` on a generated repository: after an edit, every page is as a clean
build makes it, and only the pages whose content changed were written again."""

from __future__ import annotations

import datetime as dt
import os
import queue
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from followthrough import agenda
from followthrough.leads import lead_files, load_file
from followthrough.settings import Settings
from served import stop

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 20)  # what benchmarks/generate.py pins in mkdocs.yml
WAIT = 600.0  # seconds to wait for a line of the server's log before giving up (not a measure)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def env() -> dict[str, str]:
    out = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    out.pop("FOLLOWTHROUGH_TODAY", None)
    return out


class Server:
    """A real `mkdocs serve --dirty`, its log read line by line."""

    def __init__(self, repo: Path, port: int, tmp: Path) -> None:
        tmp.mkdir()
        self.tmp = tmp
        self.port = port
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"],
            cwd=repo,
            env={**env(), "TMPDIR": str(tmp)},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            errors="replace",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.log: list[str] = []
        self.total = 0  # generated files of the first build
        self.pump = threading.Thread(target=self._pump, daemon=True)
        self.pump.start()

    def _pump(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put(line.rstrip())
        self.lines.put("")

    def wait_for(self, text: str) -> list[str]:
        """The log lines up to the first that holds `text`."""
        seen: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail(f"no {text!r} from mkdocs serve; log:\n" + "\n".join(self.log))
            seen.append(line)
            self.log.append(line)
            if text in line:
                return seen
            if self.proc.poll() is not None and self.lines.empty():
                pytest.fail("mkdocs serve ended; log:\n" + "\n".join(self.log))

    @property
    def site(self) -> Path:
        (site,) = self.tmp.glob("mkdocs_*")
        return site

    def get(self, path: str) -> bytes:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}") as r:
            data: bytes = r.read()
        return data

    def stop(self) -> None:
        stop(self.proc, self.pump)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, Server]]:
    repo = tmp_path / "repo"
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "40", str(repo)],
        check=True,
        capture_output=True,
    )
    port = free_port()
    config = repo / "mkdocs.yml"
    # the URL `mkdocs serve` gives the site, so that a clean build makes the same files
    config.write_text(f"site_url: http://127.0.0.1:{port}/\n" + config.read_text("utf-8"), "utf-8")
    server = Server(repo, port, tmp_path / "tmp")
    try:
        server.total = changed_files(server.wait_for("Serving on"))[1]
        time.sleep(1.5)  # the file watcher's first look at the folders
        yield repo, server
    finally:
        server.stop()


def clean_build(repo: Path, site: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-d", str(site)],
        cwd=repo,
        env=env(),
        check=True,
        capture_output=True,
    )


def files_of(site: Path) -> dict[str, bytes]:
    """Every file of a built site but the gzipped sitemap (gzip stamps the time)."""
    return {
        p.relative_to(site).as_posix(): p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file() and not p.name.endswith(".gz")
    }


def mtimes(site: Path) -> dict[str, int]:
    return {p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*.html")}


def due_lead(repo: Path) -> Path:
    """A lead that is due, so that it is on the home page and in the calendar feed."""
    settings = Settings(root=repo)
    for path in lead_files(repo / "leads"):
        lead = load_file(path, path.name, repo).lead
        if lead is not None and agenda.item(lead, settings, TODAY).state == agenda.DUE:
            return path
    raise AssertionError("no lead is due in the generated repository")


def changed_files(log: list[str]) -> tuple[int, int]:
    """How many generated files the last build of the log found changed, out of how many."""
    found = [m for line in log if (m := re.search(r"(\d+) of (\d+) generated files changed", line))]
    assert found, log
    return int(found[-1].group(1)), int(found[-1].group(2))


def edit(server: Server, path: Path, old: str, new: str) -> tuple[int, int]:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return changed_files(server.wait_for("Reloading browsers"))


def assert_same_as_clean_build(repo: Path, server: Server, clean: Path) -> None:
    clean_build(repo, clean)
    served, built = files_of(server.site), files_of(clean)
    assert sorted(served) == sorted(built)
    differ = [name for name in built if served[name] != built[name]]
    assert differ == []


def test_an_edit_rewrites_only_the_pages_it_changes(
    served: tuple[Path, Server], tmp_path: Path
) -> None:
    repo, server = served
    lead = due_lead(repo)
    page = f"lead/{lead.stem}/index.html"
    company = re.search(r"^company: (.+)$", lead.read_text("utf-8"), re.M)
    assert company is not None
    before = mtimes(server.site)

    changed = edit(server, lead, company.group(0), company.group(0) + " Renamed")

    # the home page, the due page, the all-leads page, the pipeline board, the lead's page and
    # the calendar
    assert changed == (6, server.total)
    renamed = f"{company.group(1)} Renamed".encode()
    for path in ("", "due/", "all-leads/", "board/", f"lead/{lead.stem}/", "followups.ics"):
        assert renamed in server.get(path), path
    assert renamed in server.get("search/search_index.json")
    after = mtimes(server.site)
    rewritten = sorted(name for name in after if after[name] != before.get(name))
    pages = ["index.html", "due/index.html", "all-leads/index.html", "board/index.html", page]
    assert rewritten == sorted(pages)
    assert_same_as_clean_build(repo, server, tmp_path / "clean")


def test_a_comment_rewrites_no_page_and_a_new_lead_rebuilds_all(
    served: tuple[Path, Server], tmp_path: Path
) -> None:
    repo, server = served
    lead = due_lead(repo)
    before = mtimes(server.site)
    text = lead.read_text("utf-8")
    changed = edit(server, lead, text, text + "# a comment changes no page\n")
    assert changed == (0, server.total)
    after = mtimes(server.site)
    assert [name for name in after if after[name] != before[name]] == []

    copy = repo / "leads" / "zz-new-lead.yaml"
    copy.write_text(text.replace("company: ", "company: New ", 1), "utf-8")
    added = changed_files(server.wait_for("Reloading browsers"))
    assert added == (server.total + 1, server.total + 1)
    assert "lead/zz-new-lead/index.html" in mtimes(server.site)
    copy.unlink()
    assert changed_files(server.wait_for("Reloading browsers")) == (server.total, server.total)
    assert_same_as_clean_build(repo, server, tmp_path / "clean")


def generated(config: Any) -> dict[str, bytes]:
    from mkdocs.structure.files import Files

    config = config.plugins.on_config(config)
    files = config.plugins.on_files(Files([]), config=config)
    return {f.src_uri: f.content_bytes for f in files if f.generated_by}


@pytest.mark.parametrize("dirty", (False, True))
def test_pages_kept_between_builds_equal_fresh_ones(site_repo: Path, dirty: bool) -> None:
    from mkdocs.config import load_config
    from mkdocs.config.defaults import MkDocsConfig

    def load(keep: bool) -> Any:
        if not keep:  # what a new `mkdocs serve` starts with: no plugin object kept
            option: Any = MkDocsConfig.plugins
            option.plugin_cache.clear()
        return load_config(str(site_repo / "mkdocs.yml"), site_dir=str(site_repo / "site"))

    config = load(keep=False)
    plugin = config.plugins["followthrough"]
    plugin.on_startup(command="serve", dirty=dirty)
    first = generated(config)
    lead = site_repo / "leads" / "fabrikam.yaml"
    lead.write_text(lead.read_text("utf-8").replace("Fabrikam", "Fabrikam Renamed"), "utf-8")
    config = load(keep=True)  # each rebuild of `mkdocs serve` loads the config again
    assert config.plugins["followthrough"] is plugin
    again = generated(config)
    config = load(keep=False)
    assert config.plugins["followthrough"] is not plugin
    assert again == generated(config)
    differ = sorted(uri for uri in first if first[uri] != again[uri])
    assert differ == ["all-leads.md", "board.md", "followups.ics", "index.md", "lead/fabrikam.md"]
