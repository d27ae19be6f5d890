"""The dashboard in a real browser (Chromium through Playwright) against a real `mkdocs serve`."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import textwrap
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Request, expect

from conftest import HOSTILE_LEAD, SITE_TODAY, build_site, write_site
from served import CHROMIUM, chromium, serve_folder, stop

LOCAL_HOSTS = {"127.0.0.1", "localhost"}
WAIT_MS = 90_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_serving(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"mkdocs serve exited: {log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.25)
    pytest.fail(f"mkdocs serve did not answer at {url}: {log.read_text(errors='replace')}")


@pytest.fixture(scope="module")
def served_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    repo = write_site(tmp_path_factory.mktemp("served") / "repo", features=("navigation.instant",))
    (repo / "leads" / "hostile.yaml").write_text(textwrap.dedent(HOSTILE_LEAD), encoding="utf-8")
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FOLLOWTHROUGH_TODAY": SITE_TODAY}
    log = repo.parent / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
            cwd=repo,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        url = f"http://127.0.0.1:{port}/"
        wait_until_serving(url, proc, log)
        yield repo, url
    finally:
        stop(proc)


@pytest.fixture(scope="module", name="browser")
def shared_browser() -> Iterator[Browser]:
    """Headless Chromium for a module's tests (the same as `chromium_browser`)."""
    yield from _launch()


@pytest.fixture(scope="module")
def chromium_browser() -> Iterator[Browser]:
    yield from _launch()


def _launch() -> Iterator[Browser]:
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium package")
    with chromium() as browser:
        yield browser


def init_and_build(
    repo: Path, leads: dict[str, str], env: dict[str, str], settings: dict[str, str] | None = None
) -> Path:
    """`followthrough init`, the given leads instead of the example, then `mkdocs build --strict`.

    `settings` replaces lines of the made mkdocs.yml (old -> new). Returns the built site folder.
    """
    made = subprocess.run(
        [sys.executable, "-m", "followthrough", "init", str(repo)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    config = repo / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    for old, new in (settings or {}).items():
        assert old in text, old
        text = text.replace(old, new)
    config.write_text(text, encoding="utf-8")
    for old_lead in (repo / "leads").glob("*.yaml"):
        old_lead.unlink()
    for name, lead in leads.items():
        (repo / "leads" / f"{name}.yaml").write_text(textwrap.dedent(lead), encoding="utf-8")
    build_site(repo, env)
    return repo / "site"


class Watched:
    """A page that records console errors, uncaught exceptions, dialogs and every request."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda exc: self.errors.append(f"uncaught: {exc}"))
        page.on("request", self._request)
        page.on("dialog", self._dialog)

    def _console(self, msg: ConsoleMessage) -> None:
        if msg.type == "error":
            self.errors.append(msg.text)

    def _request(self, request: Request) -> None:
        self.requests.append(request.url)

    def _dialog(self, dialog: object) -> None:
        self.dialogs.append(str(getattr(dialog, "message", "")))
        dialog.dismiss()  # type: ignore[attr-defined]

    def off_machine(self) -> list[str]:
        return [
            u
            for u in self.requests
            if urlsplit(u).scheme not in ("data", "blob", "about")
            and urlsplit(u).hostname not in LOCAL_HOSTS
        ]


@pytest.fixture
def watched_page(chromium_browser: Browser) -> Iterator[Watched]:
    context = chromium_browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield Watched(context.new_page())
    finally:
        context.close()


def test_home_lists_due_and_blocked_and_opens_a_lead(
    served_repo: tuple[Path, str], watched_page: Watched
) -> None:
    _, url = served_repo
    page = watched_page.page
    page.goto(url)
    due = page.locator('.ft-list[data-bucket="due"] .ft-item__lead')
    expect(due.first).to_have_text("Litware Inc")
    names = due.all_inner_texts()
    assert names.index("Litware Inc") < names.index("Northwind Traders")
    blocked = page.locator('.ft-list[data-bucket="blocked"] .ft-item')
    expect(blocked).to_have_count(1)
    expect(blocked).to_contain_text("Contoso Pharmaceuticals")
    expect(blocked).to_contain_text("No decision before the committee meets on the 23rd.")
    expect(blocked).to_contain_text("until 2026-11-24")
    expect(page.locator(".ft-asof")).to_contain_text("pinned by the today setting")
    expect(page.locator(".ft-notice")).to_be_hidden()
    page.get_by_role("link", name="Northwind Traders").click()
    page.wait_for_url("**/lead/northwind/")
    expect(page.locator("article h1")).to_have_text("Northwind Traders")
    expect(page.locator('.ft-contacts a[href="mailto:dana@northwind.example"]')).to_be_visible()
    expect(page.locator(".ft-timeline")).to_contain_text("follow-up")
    assert watched_page.errors == []
    assert watched_page.off_machine() == []


def test_search_finds_a_company(served_repo: tuple[Path, str], watched_page: Watched) -> None:
    _, url = served_repo
    page = watched_page.page
    page.goto(url)
    page.locator("label.md-search__icon, .md-search__input").first.click()
    page.locator("input.md-search__input").press_sequentially("Contoso")
    result = page.locator(".md-search-result__item").filter(has_text="Contoso Pharmaceuticals")
    expect(result.first).to_be_visible(timeout=WAIT_MS)
    result.first.locator("a").first.click()
    page.wait_for_url("**/lead/contoso/**")
    assert watched_page.errors == []
    assert watched_page.off_machine() == []


def test_all_leads_table_filters_and_sorts(
    served_repo: tuple[Path, str], watched_page: Watched
) -> None:
    _, url = served_repo
    page = watched_page.page
    page.goto(url + "all-leads/")
    rows = page.locator(".ft-sortable tbody tr")
    expect(rows).to_have_count(6)
    page.locator(".ft-filter__input").fill("robotics")
    expect(page.locator(".ft-sortable tbody tr:not([hidden])")).to_have_count(1)
    expect(page.locator(".ft-filter__count")).to_have_text("1 lead")
    page.locator(".ft-filter__input").fill("")
    page.get_by_role("button", name="Company").click()
    first = page.locator(".ft-sortable tbody tr td:first-child").all_inner_texts()
    assert first == sorted(first, key=str.lower)
    page.get_by_role("button", name="Company").click()
    again = page.locator(".ft-sortable tbody tr td:first-child").all_inner_texts()
    assert again == list(reversed(first))
    assert watched_page.errors == []


def test_hostile_lead_shows_as_text_and_runs_nothing(
    served_repo: tuple[Path, str], watched_page: Watched
) -> None:
    _, url = served_repo
    page = watched_page.page
    for path in ("", "all-leads/", "lead/hostile/"):
        page.goto(url + path)
        page.wait_for_load_state("load")
        assert page.evaluate("() => window.__ftPwned") is None, path
    expect(page.locator("article h1")).to_contain_text(
        "</title><script>window.__ftPwned=1</script>Evil"
    )
    details = page.locator(".ft-details")
    expect(details).to_contain_text("javascript:window.__ftPwned = 3")
    expect(page.locator(".ft-contacts")).to_contain_text("<svg onload=window.__ftPwned=4>")
    expect(page.locator(".ft-timeline")).to_contain_text("<script>window.__ftPwned = 6</script>")
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    assert not [h for h in hrefs if h.lower().startswith(("javascript:", "data:"))]
    assert page.locator("article img, article iframe, article script").count() == 0
    assert page.evaluate("() => window.__ftPwned") is None
    assert watched_page.dialogs == []
    assert watched_page.errors == []


@pytest.mark.parametrize("path", ("", "all-leads/", "lead/northwind/", "lead/hostile/"))
def test_narrow_screen_does_not_scroll_sideways(
    served_repo: tuple[Path, str], chromium_browser: Browser, path: str
) -> None:
    _, url = served_repo
    context = chromium_browser.new_context(viewport={"width": 375, "height": 800})
    try:
        page = context.new_page()
        page.goto(url + path)
        page.wait_for_load_state("load")
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], widths
    finally:
        context.close()


def test_editing_a_lead_reloads_the_open_page(
    served_repo: tuple[Path, str], watched_page: Watched
) -> None:
    repo, url = served_repo
    page = watched_page.page
    page.goto(url + "lead/fabrikam/")
    expect(page.locator("article h1")).to_have_text("Fabrikam Robotics")
    lead = repo / "leads" / "fabrikam.yaml"
    lead.write_text(
        lead.read_text(encoding="utf-8").replace("Fabrikam Robotics", "Fabrikam Rebuilt"),
        encoding="utf-8",
    )
    expect(page.locator("article h1")).to_have_text("Fabrikam Rebuilt", timeout=WAIT_MS)
    assert watched_page.errors == []


def test_stale_build_is_resorted_by_the_browser_date(
    tmp_path: Path, chromium_browser: Browser
) -> None:
    today = dt.date.today()

    def day(offset: int) -> str:
        return (today + dt.timedelta(days=offset)).isoformat()

    leads = {
        "soon": f"company: Soon Co\nlog:\n  - date: {day(-3)}\n    type: applied\n",
        "quiet": (
            f"company: Quiet Co\ninstructions:\n  - date: {day(-2)}\n    kind: quiet-until\n"
            f"    until: {day(2)}\n    said: Not before next week.\n"
            f"log:\n  - date: {day(-4)}\n    type: applied\n"
        ),
        "later": (
            f"company: Later Co\ncadence_days: 26\nlog:\n  - date: {day(0)}\n    type: applied\n"
        ),
    }
    repo = write_site(tmp_path / "repo", leads=leads)
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWTHROUGH_TODAY"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    build_site(repo, env)
    home = repo / "site" / "index.html"
    built = home.read_text(encoding="utf-8")
    assert 'data-upcoming-days="14"' in built
    # the script takes its horizon from the page: widened here, Later Co (due in 20 days) shows
    home.write_text(built.replace('data-upcoming-days="14"', 'data-upcoming-days="30"'), "utf-8")
    with serve_folder(repo / "site") as url:
        context = chromium_browser.new_context()
        try:
            page = context.new_page()
            page.clock.set_fixed_time(
                dt.datetime.combine(today + dt.timedelta(days=6), dt.time(12))
            )
            page.goto(url)
            due = page.locator('.ft-list[data-bucket="due"] .ft-item')
            expect(due).to_have_count(2)
            expect(due.nth(0)).to_contain_text("Quiet Co")
            expect(due.nth(0)).to_contain_text("3 days overdue")
            expect(due.nth(1)).to_contain_text("Soon Co")
            expect(due.nth(1)).to_contain_text("2 days overdue")
            expect(page.locator('[data-count="blocked"]')).to_have_text("0")
            later = page.locator('.ft-list[data-bucket="upcoming"] .ft-item[data-lead="later"]')
            expect(later).to_be_visible()
            expect(later).to_contain_text("in 20 days")
            expect(page.locator(".ft-notice")).to_contain_text(f"Built on {today.isoformat()}")
            expect(page.locator(".ft-notice")).to_contain_text("6 days ago")
            # the other dated pages say so too, each in its own words
            for path, words in (
                ("numbers/", "These figures count up to that day"),
                ("board/", "Due dates are read for today"),
                ("lead/quiet/", "Due dates are read for today"),
            ):
                page.goto(url + path)
                notice = page.locator(".ft-notice")
                expect(notice).to_be_visible()
                expect(notice).to_contain_text(f"Built on {today.isoformat()}, 6 days ago")
                expect(notice).to_contain_text(words)
            page.goto(url + "lead/quiet/")
            expect(page.locator(".ft-lead .ft-when").first).to_contain_text("3 days overdue")
        finally:
            context.close()


def test_a_long_due_list_folds_into_the_due_page(tmp_path: Path, chromium_browser: Browser) -> None:
    from followthrough.dashboard.render import DUE_ON_HOME

    today = dt.date.today()

    def day(offset: int) -> str:
        return (today + dt.timedelta(days=offset)).isoformat()

    n = DUE_ON_HOME + 3
    # lead-0 the most overdue; every one of them is due, `soon` falls due in 4 days
    leads = {
        f"lead-{i}": f"company: Lead {i}\nlog:\n  - date: {day(-60 + i)}\n    type: applied\n"
        for i in range(n)
    }
    leads["soon"] = f"company: Soon Co\nlog:\n  - date: {day(-3)}\n    type: applied\n"
    repo = write_site(tmp_path / "repo", leads=leads)
    env = {k: v for k, v in os.environ.items() if k != "FOLLOWTHROUGH_TODAY"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    build_site(repo, env)
    with serve_folder(repo / "site") as url:
        for later in (0, 6):
            context = chromium_browser.new_context(viewport={"width": 1280, "height": 900})
            try:
                page = context.new_page()
                if later:  # read six days after the build: `soon` is due by then
                    page.clock.set_fixed_time(
                        dt.datetime.combine(today + dt.timedelta(days=later), dt.time(12))
                    )
                page.goto(url)
                due = page.locator('.ft-list[data-bucket="due"] .ft-item')
                expect(due.first).to_have_attribute("data-lead", "lead-0")
                shown = due.evaluate_all("els => els.map(e => e.getAttribute('data-lead'))")
                expected = [f"lead-{i}" for i in range(DUE_ON_HOME)]
                assert shown == ([*expected, "soon"] if later else expected)
                expect(page.locator('[data-count="due"]')).to_have_text(
                    str(n + (1 if later else 0))
                )
                fold = page.locator(".ft-fold")
                expect(fold).to_be_visible()
                expect(fold).to_contain_text("And 3 more, less overdue")
                fold.get_by_role("link", name=f"all {n} due items").click()
                page.wait_for_url("**/due/")
                expect(page.locator("article h1")).to_have_text("Due now")
                every = page.locator('.ft-due .ft-list[data-bucket="due"] .ft-item')
                expect(every).to_have_count(n)
                names = every.evaluate_all("els => els.map(e => e.getAttribute('data-lead'))")
                assert names == [f"lead-{i}" for i in range(n)]
                expect(every.first).to_contain_text(f"{53 + later} days overdue")
                nav = page.locator(".md-nav--primary a.md-nav__link--active")
                expect(nav).to_contain_text("Due now")
                notice = page.locator(".ft-notice")
                if later:
                    expect(notice).to_contain_text("Days overdue are counted to today")
                else:
                    expect(notice).to_be_hidden()
            finally:
                context.close()
