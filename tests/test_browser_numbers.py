"""The numbers page in Chromium: its charts drawn at a phone's and a desktop's width, light and
dark, text readable and apart, colours that suit each palette, a table behind each chart, and
nothing fetched from off the machine.

Built once with `followthrough init` (light and dark palettes, no accent set) and a goal of two
new leads a week, and served as static files.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from conftest import SITE_LEADS, SITE_TODAY
from served import serve_folder
from test_browser import init_and_build, shared_browser
from test_browser_layout import contrast, hue, no_sideways_scroll, open_page

__all__ = ["shared_browser"]  # the `browser` fixture, shared with the other browser tests

WIDTHS = (1280, 375)
SCHEMES = ("light", "dark")

LEADS = {
    **SITE_LEADS,
    "kestrel": """\
        company: Kestrel Outdoor Gear
        role: Forecasting workshop
        kind: sale
        source: Introduction from a former client at a trade fair
        contacts:
          - name: Ben Okafor
        log:
          - date: 2026-11-04
            type: outreach
            channel: email
            with: Ben Okafor
          - date: 2026-11-09
            type: meeting
            channel: video
            with: Ben Okafor
        """,
    "bluefin": """\
        company: Bluefin Media
        role: Data Engineer
        status: withdrawn
        source: referral
        log:
          - date: 2026-10-02
            type: applied
            channel: linkedin
          - date: 2026-10-06
            type: response
            channel: email
        """,
    "harbor": """\
        company: Harbor and Pine
        role: Analyst
        added: 2026-11-18
        """,
}
CHARTS = ("kind", "source", "channel", "funnel", "follow-ups", "weeks")


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    repo = tmp_path_factory.mktemp("numbers") / "repo"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FOLLOWTHROUGH_TODAY": SITE_TODAY}
    site = init_and_build(repo, LEADS, env, {"weekly_new_leads: 5": "weekly_new_leads: 2"})
    with serve_folder(site) as url:
        yield url


# Each chart's box, and every text shown in it: size, box and which row or week it belongs to.
CHART_TEXTS = """
() => [...document.querySelectorAll("svg.ft-bars")].map((svg) => {
  const box = svg.getBoundingClientRect();
  const figure = svg.closest("figure").getBoundingClientRect();
  const texts = [...svg.querySelectorAll("text")]
    .filter((t) => getComputedStyle(t).visibility !== "hidden")
    .map((t) => {
      const r = t.getBoundingClientRect();
      return {
        text: t.textContent,
        cls: t.getAttribute("class"),
        size: parseFloat(getComputedStyle(t).fontSize),
        left: r.left, right: r.right, top: r.top, bottom: r.bottom,
      };
    });
  const bars = [...svg.querySelectorAll("rect.ft-bars__bar")].map((b) => {
    const r = b.getBoundingClientRect();
    return {width: r.width, height: r.height};
  });
  return {
    key: [...svg.classList].find((c) => c.startsWith("ft-bars--")).slice(9),
    role: svg.getAttribute("role"),
    label: svg.getAttribute("aria-label"),
    title: svg.querySelector(":scope > title").textContent,
    width: box.width, height: box.height, left: box.left, right: box.right,
    figure: {left: figure.left, right: figure.right},
    texts, bars,
  };
})
"""

# Fill colours of the bars, the text and the page background, as [r, g, b] lists.
COLOURS = """
() => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const fill = (sel) => rgb(getComputedStyle(document.querySelector(sel)).fill);
  return {
    main: fill(".ft-bars__bar--main"),
    alt: fill(".ft-bars__bar--alt"),
    text: fill(".ft-bars__label"),
    keyMain: rgb(getComputedStyle(document.querySelector(".ft-num__key--main")).backgroundColor),
    background: rgb(getComputedStyle(document.body).backgroundColor),
  };
}
"""


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(
        a["left"] < b["right"]
        and b["left"] < a["right"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_charts_render_readable_at_every_width_and_scheme(
    site_url: str, browser: Browser, width: int, scheme: str
) -> None:
    watched = open_page(browser, site_url + "numbers/", width, scheme)
    page = watched.page
    try:
        expect(page.locator("svg.ft-bars")).to_have_count(len(CHARTS))
        charts = page.evaluate(CHART_TEXTS)
        assert [c["key"] for c in charts] == list(CHARTS)
        for chart in charts:
            assert chart["role"] == "img" and chart["title"] and chart["label"], chart["key"]
            assert chart["width"] > 250 and chart["height"] >= 80, chart
            assert chart["left"] >= 0 and chart["right"] <= width, chart
            assert any(b["width"] > 0 and b["height"] > 0 for b in chart["bars"]), chart["key"]
            texts = chart["texts"]
            assert texts, chart["key"]
            for t in texts:
                assert t["size"] >= 11, t
                assert t["left"] >= chart["figure"]["left"] - 2, t  # a glyph's side bearing
                assert t["right"] <= chart["figure"]["right"] + 2, t
            for a, b in itertools.combinations(texts, 2):
                assert not overlap(a, b), (chart["key"], a, b)
        weeks = next(c for c in charts if c["key"] == "weeks")
        ticks = [t for t in weeks["texts"] if "ft-bars__tick" in t["cls"]]
        assert ticks[-1]["text"] == "16 Nov"  # this week is always labelled
        assert len(ticks) == (12 if width > 600 else 6)
        no_sideways_scroll(page)
        assert watched.errors == []
        assert watched.off_machine() == []
    finally:
        page.context.close()


def test_bar_colours_suit_each_palette(site_url: str, browser: Browser) -> None:
    seen = {}
    for scheme in SCHEMES:
        watched = open_page(browser, site_url + "numbers/", 1280, scheme)
        try:
            seen[scheme] = colours = watched.page.evaluate(COLOURS)
        finally:
            watched.page.context.close()
        main, alt, background = colours["main"], colours["alt"], colours["background"]
        assert contrast(main, background) >= 3, (scheme, main)
        assert contrast(alt, background) >= 3, (scheme, alt)
        apart = abs(hue(main) - hue(alt))
        assert min(apart, 360 - apart) >= 90, (scheme, main, alt)
        assert contrast(colours["text"], background) >= 4.5, (scheme, colours["text"])
        assert colours["keyMain"] == main  # the caption's key is the bars' colour
    assert seen["light"]["background"] != seen["dark"]["background"]
    assert seen["light"]["main"] != seen["dark"]["main"]
    assert seen["light"]["alt"] != seen["dark"]["alt"]


def test_figures_tables_and_the_links_to_the_page(site_url: str, browser: Browser) -> None:
    watched = open_page(browser, site_url, 1280, "light")
    page = watched.page
    try:
        expect(page.get_by_role("link", name="More numbers")).to_have_attribute("href", "numbers/")
        page.locator(".md-nav").get_by_role("link", name="Numbers").first.click()
        page.wait_for_url("**/numbers/")
        expect(page.locator("article h1")).to_have_text("Numbers")
        # first contacts of ours: northwind, litware, fabrikam, tailspin, kestrel, bluefin = 6;
        # answered: kestrel after 5 days, bluefin after 4 = 2 -> 33 %, median (4 + 5) / 2
        expect(page.locator('[data-number="response-rate"]')).to_have_text("33%")
        expect(page.locator('[data-number="median-days"]')).to_have_text("4.5 days")
        source = page.locator("svg.ft-bars--source")
        expect(source.locator(".ft-bars__label")).to_have_text(
            ["Introduction from a former…", "referral", "not recorded"]
        )
        assert "Introduction from a former client at a trade fair: 1 of 1 · 100%" in (
            source.get_attribute("aria-label") or ""
        )
        funnel = page.locator('[data-numbers="funnel"]')
        table = funnel.locator("table")
        expect(table).to_be_hidden()
        funnel.locator("summary").click()
        expect(table).to_be_visible()
        # now: harbor prospect; northwind, litware, fabrikam, tailspin applied; contoso,
        # kestrel interviewing; bluefin withdrawn (it got as far as screening)
        cells = table.locator("tbody tr").evaluate_all(
            "rows => rows.map((r) => [...r.cells].map((c) => c.textContent))"
        )
        assert cells == [
            ["Prospect", "8", "1"],
            ["Applied / contacted", "7", "4"],
            ["Screening", "3", "0"],
            ["Interviewing", "2", "2"],
            ["Offer", "0", "0"],
            ["Closed: won", "0", "0"],
            ["Closed: lost", "", "1"],
        ]
        # northwind's follow-up and tailspin's three: none answered, none recent
        expect(page.locator("svg.ft-bars--follow-ups .ft-bars__value")).to_have_text(
            ["0 of 4 · 0%", "4 of 4 · 100%", "0 of 4 · 0%"]
        )
        # goal 2: this week's 2 (fabrikam, harbor) meet it; the weeks with 1 do not
        weeks = page.locator("svg.ft-bars--weeks")
        expect(weeks.locator(".ft-bars__bar--main")).to_have_count(1)
        expect(weeks.locator(".ft-bars__bar--alt")).to_have_count(11)
        assert watched.errors == []
        assert watched.off_machine() == []
    finally:
        page.context.close()
