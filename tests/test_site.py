"""The dashboard built by real `mkdocs build` and `properdocs build` runs on a test repository."""

from __future__ import annotations

import datetime as dt
import html
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import icalendar
import markdown
import pytest

from conftest import HOSTILE_LEAD, SITE_TODAY, write_site
from followthrough import checker, dashboard
from followthrough.dashboard import escape
from followthrough.settings import Settings

TOOLS = ("mkdocs", "properdocs")


def build(repo: Path, *args: str, tool: str = "mkdocs") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FOLLOWTHROUGH_TODAY": SITE_TODAY}
    return subprocess.run(
        [sys.executable, "-m", tool, "build", *args],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def nav_links(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    nav = text[text.index('class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>")]
    return re.findall(r'href="([^"]*)"\s+class="md-nav__link', nav)


def article(page: Path) -> str:
    text = page.read_text(encoding="utf-8")
    return text[text.index("<article") : text.index("</article>")]


@pytest.mark.parametrize("tool", TOOLS)
def test_strict_build_makes_every_page(site_repo: Path, tool: str) -> None:
    result = build(site_repo, "--strict", tool=tool)
    assert result.returncode == 0, result.stderr
    site = site_repo / "site"
    for lead in ("northwind", "litware", "contoso", "fabrikam", "tailspin"):
        assert (site / "lead" / lead / "index.html").is_file()
    for path in (
        "index.html",
        "all-leads/index.html",
        "due/index.html",
        "board/index.html",
        "numbers/index.html",
        "about/index.html",
        "followups.ics",
        "assets/followthrough/dashboard.js",
        "assets/followthrough/dashboard.css",
        "assets/followthrough/numbers.css",
    ):
        assert (site / path).is_file(), path
    assert not (site_repo / "docs" / "index.md").exists()  # nothing written into docs_dir
    links = nav_links(site / "about" / "index.html")
    assert links == ["..", "./", "../all-leads/", "../board/", "../due/", "../numbers/"]
    assert not any("lead/" in link and "all-leads" not in link for link in links)
    home = article(site / "index.html")
    due = home[home.index('data-bucket="due"') : home.index('data-bucket="blocked"')]
    assert due.index("Litware Inc") < due.index("Northwind Traders")
    assert "24 days overdue" in due and "Dana Reyes" in due
    blocked = home[home.index('data-bucket="blocked"') : home.index('data-bucket="upcoming"')]
    assert "Contoso Pharmaceuticals" in blocked and "until 2026-11-24" in blocked
    assert "No decision before the committee meets on the 23rd." in blocked
    stale = home[home.index('data-bucket="stale"') :]
    assert "Tailspin Toys" in stale.split("Rule breaks")[0]
    assert 'data-pinned="true"' in home
    lead = article(site / "lead" / "northwind" / "index.html")
    assert 'href="mailto:dana@northwind.example"' in lead
    assert 'href="tel:+15550100"' in lead
    assert "leads/northwind.yaml" in lead
    script = (site / "index.html").read_text(encoding="utf-8")
    assert "assets/followthrough/dashboard.js" in script
    # search finds the lead pages; the lists that repeat them (home, due, all leads, board) are
    # left out of the index
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    pages = {entry["location"].split("#")[0] for entry in index["docs"]}
    assert {f"lead/{name}/" for name in ("northwind", "litware", "contoso")} <= pages
    assert pages.isdisjoint({"", "due/", "all-leads/", "board/"})


def test_broken_lead_fails_strict_and_shows_on_the_dashboard(site_repo: Path) -> None:
    (site_repo / "leads" / "broken.yaml").write_text(
        "company: Broken Ltd\nrole: [unclosed\n", encoding="utf-8"
    )
    (site_repo / "leads" / "typo.yaml").write_text(
        "company: Typo Co\nstatsu: active\n", encoding="utf-8"
    )
    strict = build(site_repo, "--strict")
    assert strict.returncode != 0
    assert "leads/broken.yaml:" in strict.stderr and "leads/typo.yaml:2:1" in strict.stderr
    plain = build(site_repo)
    assert plain.returncode == 0, plain.stderr
    home = article(site_repo / "site" / "index.html")
    rules = home[home.index("Rule breaks") :]
    assert re.search(r"leads/broken\.yaml:\d+:\d+", rules)
    assert "leads/typo.yaml:2:1" in rules and "statsu" in rules
    assert (site_repo / "site" / "lead" / "northwind" / "index.html").is_file()
    assert (site_repo / "site" / "lead" / "typo" / "index.html").is_file()


def test_calendar_feed_parses_back(site_repo: Path) -> None:
    assert build(site_repo, "--strict").returncode == 0
    cal = icalendar.Calendar.from_ical((site_repo / "site" / "followups.ics").read_bytes())
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        "litware-follow-up-2026-10-27@followthrough",
        "northwind-follow-up-2026-11-13@followthrough",
        "fabrikam-follow-up-2026-11-23@followthrough",
        "contoso-contact-allowed-2026-11-24@followthrough",
    }
    northwind = events["northwind-follow-up-2026-11-13@followthrough"]
    assert northwind.decoded("DTSTART") == dt.date(2026, 11, 20)  # overdue: shown today
    assert northwind.decoded("DTEND") == dt.date(2026, 11, 21)
    assert str(northwind["SUMMARY"]) == "Follow up with Dana Reyes — Northwind Traders"
    assert "Due 2026-11-13, 7 days overdue" in str(northwind["DESCRIPTION"])


def test_own_index_and_nav_keep_the_dashboard_reachable(tmp_path: Path) -> None:
    repo = write_site(tmp_path / "repo")
    (repo / "docs" / "index.md").write_text("# My search\n", encoding="utf-8")
    with (repo / "mkdocs.yml").open("a", encoding="utf-8") as f:
        f.write("nav:\n  - index.md\n  - about.md\n")
    result = build(repo, "--strict")
    assert result.returncode == 0, result.stderr
    site = repo / "site"
    assert "My search" in article(site / "index.html")
    assert "Due now" in article(site / "followups" / "index.html")
    assert nav_links(site / "about" / "index.html") == [
        "../followups/",
        "../due/",
        "../all-leads/",
        "../board/",
        "../numbers/",
        "..",
        "./",
    ]


def test_hostile_text_stays_text(site_repo: Path) -> None:
    (site_repo / "leads" / "hostile.yaml").write_text(
        textwrap.dedent(HOSTILE_LEAD), encoding="utf-8"
    )
    result = build(site_repo)
    assert result.returncode == 0, result.stderr
    for page in ("index.html", "all-leads/index.html", "lead/hostile/index.html"):
        text = (site_repo / "site" / page).read_text(encoding="utf-8")
        assert "__ftPwned" in text
        assert not re.search(r"<(script|img|svg|iframe)[^>]*__ftPwned", text)
        assert not re.search(r"<(img|iframe)[^>]*(onerror|javascript)", text)
        assert not re.search(r'href="\s*(javascript|data):', text, re.IGNORECASE)
        assert "</title><script>" not in text
    lead = article(site_repo / "site" / "lead" / "hostile" / "index.html")
    assert "# heading *star* _under_ `tick`" in html.unescape(lead)
    numbers = article(site_repo / "site" / "numbers" / "index.html")
    assert "# heading *star* _under_ `tick`" in html.unescape(numbers)  # by source
    assert "<h1>heading" not in numbers and "<em>star" not in numbers


@pytest.mark.parametrize(
    "text",
    (
        "# heading",
        "*star* _under_ **bold** `tick` ~~del~~",
        "a | b | c",
        "[link](javascript:alert(1)) ![img](x)",
        "<script>alert(1)</script> &amp; &lt;",
        ":material-star: {: .class } \\backslash",
        "1. numbered",
        "- bullet",
    ),
)
def test_markdown_text_reads_as_itself(text: str) -> None:
    rendered = markdown.markdown(
        f"# {escape.markdown_text(text)}\n\n| a |\n|---|\n| {escape.markdown_text(text)} |\n",
        extensions=["tables", "attr_list", "md_in_html", "toc"],
    )
    heading = re.search(r"<h1[^>]*>(.*)</h1>", rendered)
    cell = re.search(r"<td>(.*)</td>", rendered)
    assert heading is not None and cell is not None
    for found in (heading.group(1), cell.group(1)):
        assert "<" not in found
        assert html.unescape(found) == text


@pytest.mark.parametrize(
    ("url", "safe"),
    (
        ("https://example.com/jobs?id=1", True),
        ("http://example.com", True),
        ("mailto:a@example.com", True),
        ("tel:+15550100", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("java\tscript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("vbscript:msgbox", False),
        ("example.com/no-scheme", False),
    ),
)
def test_only_safe_urls_become_links(url: str, safe: bool) -> None:
    assert (escape.safe_url(url) is not None) is safe
    made = str(escape.link(url))
    assert made.startswith("<a ") is safe


def test_pages_render_without_mkdocs(site_repo: Path) -> None:
    settings = Settings(root=site_repo)
    today = dt.date.fromisoformat(SITE_TODAY)
    checked = checker.check_paths(sorted((site_repo / "leads").iterdir()), settings, today)
    board = dashboard.build(checked, settings, today)
    pages = dashboard.render_pages(board)
    assert set(pages) == {
        "index.md",
        "all-leads.md",
        "due.md",
        "board.md",
        "numbers.md",
        *(
            f"lead/{name}.md"
            for name in ("contoso", "fabrikam", "litware", "northwind", "tailspin")
        ),
    }
    assert pages["lead/northwind.md"].startswith('---\ntitle: "Northwind Traders"\n---\n')
    assert board.health.active == 5 and board.health.new_this_week == 1
    assert [w.new_leads for w in board.weeks][-1] == 1
    assert sum(w.contacts for w in board.weeks) == 10


def test_serve_rebuilds_parse_only_changed_files(site_repo: Path) -> None:
    from mkdocs.config import load_config

    from followthrough.plugin import FollowthroughPlugin

    config = load_config(str(site_repo / "mkdocs.yml"))
    plugin = config.plugins["followthrough"]
    assert isinstance(plugin, FollowthroughPlugin)
    plugin.on_startup(command="serve", dirty=False)
    plugin.on_config(config)
    first = {c.loaded.path: c.loaded for c in plugin._load()}
    lead = site_repo / "leads" / "fabrikam.yaml"
    lead.write_text(lead.read_text(encoding="utf-8") + "tags: [edited]\n", encoding="utf-8")
    second = {c.loaded.path: c.loaded for c in plugin._load()}
    assert set(first) == set(second)
    for path, loaded in second.items():
        assert (loaded is first[path]) is (path != "leads/fabrikam.yaml"), path
    assert second["leads/fabrikam.yaml"].lead is not None
    assert second["leads/fabrikam.yaml"].lead.tags == ("edited",)
