"""What a person waits for in the browser: the round trip of an edit under `mkdocs serve --dirty`,
the home page becoming interactive, a keystroke in the all-leads filter.

Headless Chromium (/usr/bin/chromium) through Playwright. Every figure is read from the page's
own clock (`performance`), apart from the round trip, which starts when the file is written.
"""

from __future__ import annotations

import queue
import re
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from served import chromium, serve_folder, stop

# navigation start to the end of the dashboard script's first run (it sets this mark)
READY = """() => new Promise((done) => {
  const look = () => {
    const m = performance.getEntriesByName("followthrough:ready")[0];
    if (m) done(m.startTime); else setTimeout(look, 5);
  };
  look();
})"""
LOADED = """() => new Promise((done) => {
  const look = () => {
    const n = performance.getEntriesByType("navigation")[0];
    if (n && n.loadEventEnd > 0) done([n.domContentLoadedEventEnd, n.loadEventEnd]);
    else setTimeout(look, 5);
  };
  look();
})"""
# one keystroke in the filter: the input event, its handler, then the next frame drawn
KEYSTROKE = """(text) => new Promise((done) => {
  const input = document.querySelector(".ft-filter__input");
  const start = performance.now();
  input.value = text;
  input.dispatchEvent(new Event("input", { bubbles: true }));
  void document.body.offsetHeight;
  requestAnimationFrame(() => setTimeout(() => done(performance.now() - start), 0));
})"""


@dataclass
class Browser:
    """Figures in seconds; lists hold one value per round."""

    home_ready: list[float] = field(default_factory=list)  # plugin site, script done
    home_loaded: list[float] = field(default_factory=list)  # plugin site, load event
    static_loaded: list[float] = field(default_factory=list)  # static twin, load event
    static_dcl: list[float] = field(default_factory=list)  # static twin, DOMContentLoaded
    keystrokes: list[float] = field(default_factory=list)
    index_bytes: int = 0
    static_index_bytes: int = 0
    home_bytes: int = 0
    due_bytes: int = 0  # the page with every due item, which the home page links to
    error: str | None = None


@dataclass
class Edits:
    server: list[float] = field(default_factory=list)  # edit to "Reloading browsers"
    browser: list[float] = field(default_factory=list)  # edit to the new text on the page
    reported: list[float] = field(default_factory=list)  # mkdocs' "Documentation built in"
    changed: list[str] = field(default_factory=list)  # "N of M generated files changed"
    error: str | None = None


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def measure_pages(site: Path, static_site: Path, rounds: int) -> Browser:
    out = Browser()
    index = site / "search" / "search_index.json"
    static_index = static_site / "search" / "search_index.json"
    out.index_bytes = index.stat().st_size if index.exists() else 0
    out.static_index_bytes = static_index.stat().st_size if static_index.exists() else 0
    out.home_bytes = (site / "index.html").stat().st_size
    due = site / "due" / "index.html"
    out.due_bytes = due.stat().st_size if due.exists() else 0
    try:
        with chromium() as browser, serve_folder(site) as url, serve_folder(static_site) as static:
            for _ in range(rounds):
                page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                page.goto(url, wait_until="commit")
                out.home_ready.append(page.evaluate(READY) / 1000)
                out.home_loaded.append(page.evaluate(LOADED)[1] / 1000)
                page.context.close()
                page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
                page.goto(static, wait_until="commit")
                dcl, loaded = page.evaluate(LOADED)
                out.static_dcl.append(dcl / 1000)
                out.static_loaded.append(loaded / 1000)
                page.context.close()
            page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
            page.goto(url + "all-leads/", wait_until="load")
            page.evaluate(READY)
            typed = ""
            for ch in "kestrel":
                typed += ch
                out.keystrokes.append(page.evaluate(KEYSTROKE, typed) / 1000)
            for _ in range(len("kestrel")):  # deleting is a keystroke too (more rows come back)
                typed = typed[:-1]
                out.keystrokes.append(page.evaluate(KEYSTROKE, typed) / 1000)
            page.context.close()
    except Exception as exc:  # the rows say what went wrong; the other figures stay
        out.error = f"{type(exc).__name__}: {exc}".splitlines()[0]
    return out


_BUILT = re.compile(r"Documentation built in ([0-9.]+) seconds")
_CHANGED = re.compile(r"(\d+ of \d+ generated files changed)")


class Log:
    """A server's stderr, read line by line with the time each line came."""

    def __init__(self, proc: subprocess.Popen[str], timeout: float) -> None:
        self.proc = proc
        self.timeout = timeout
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.reader = threading.Thread(target=self._pump, daemon=True)
        self.reader.start()

    def _pump(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.lines.put((time.perf_counter(), line.rstrip()))
        self.lines.put((time.perf_counter(), ""))

    def wait_for(self, text: str) -> tuple[float, list[str]] | None:
        """When the first line holding `text` came, and the lines up to it."""
        deadline = time.perf_counter() + self.timeout
        seen: list[str] = []
        while (left := deadline - time.perf_counter()) > 0:
            try:
                stamp, line = self.lines.get(timeout=left)
            except queue.Empty:
                return None
            seen.append(line)
            if text in line:
                return stamp, seen
            if self.proc.poll() is not None and self.lines.empty():
                return None
        return None

    def stop(self) -> None:
        stop(self.proc, self.reader)


def _edit_rounds(
    log: Log, url: str, lead: Path, rounds: int, out: Edits, say: Callable[[str], None]
) -> None:
    original = lead.read_text(encoding="utf-8")
    company = re.search(r"^company: *(.+?) *$", original, re.M)
    if company is None:
        out.error = f"no company line in {lead.name}"
        return
    with chromium() as browser:
        page = browser.new_context().new_page()
        page.goto(url, wait_until="load")
        for i in range(rounds):
            name = f"{company.group(1)} Edit{i}"
            lead.write_text(original.replace(company.group(0), f"company: {name}", 1), "utf-8")
            start = time.perf_counter()
            got = log.wait_for("Reloading browsers")
            if got is None:
                out.error = "no rebuild after the edit"
                return
            stamp, seen = got
            page.wait_for_function(
                "(name) => ((document.querySelector('h1') || {}).textContent || '').includes(name)",
                arg=name,
                timeout=log.timeout * 1000,
            )
            shown = time.perf_counter()
            out.server.append(stamp - start)
            out.browser.append(shown - start)
            out.reported += [float(m.group(1)) for s in seen if (m := _BUILT.search(s))]
            out.changed += [m.group(1) for s in seen if (m := _CHANGED.search(s))]
            say(
                f"  edit {i + 1}: reload sent {stamp - start:.2f} s, page shows it "
                f"{shown - start:.2f} s after the save"
            )
            time.sleep(1.0)


def measure_dirty_serve(
    argv: list[str],
    root: Path,
    lead: Path,
    env: dict[str, str],
    rounds: int,
    timeout: float,
    say: Callable[[str], None],
) -> Edits:
    """`mkdocs serve --dirty` with the lead's page open; each round renames the company."""
    out = Edits()
    port = int(argv[argv.index("-a") + 1].rsplit(":", 1)[1])
    proc = subprocess.Popen(
        argv,
        cwd=root,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    log = Log(proc, timeout)
    original = lead.read_bytes()
    try:
        if log.wait_for("Serving on") is None:
            out.error = "the server did not start"
            return out
        time.sleep(1.5)  # let the polling watcher take its first snapshot
        url = f"http://127.0.0.1:{port}/lead/{lead.stem}/"
        _edit_rounds(log, url, lead, rounds, out, say)
    except Exception as exc:
        out.error = f"{type(exc).__name__}: {exc}".splitlines()[0]
    finally:
        lead.write_bytes(original)
        log.stop()
    return out
