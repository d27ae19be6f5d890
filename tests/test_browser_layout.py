"""How the dashboard of a repository made by `init` looks in Chromium: widths, words, colours.

Built once with `followthrough init` (Material's default palette, light and dark, no accent set)
and served as static files; each test opens a page at a phone or desktop width in either scheme.
"""

from __future__ import annotations

import colorsys
import itertools
import os
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from conftest import SITE_LEADS, SITE_TODAY
from served import serve_folder
from test_browser import Watched, init_and_build, shared_browser

__all__ = ["shared_browser"]  # the `browser` fixture, shared with the other browser tests

WIDTHS = (1280, 375)
SCHEMES = ("light", "dark")

LEADS = {
    **SITE_LEADS,
    "kestrel": """\
        company: Kestrel Outdoor Gear
        role: Inventory forecasting workshop (freelance, two days)
        kind: sale
        tags: [workshop, forecasting]
        contacts:
          - name: Ben Okafor
            email: ben@kestrel.example
          - name: Ada Lindqvist
        log:
          - date: 2026-11-04
            type: outreach
            with: Ben Okafor
        """,
    "granite": """\
        company: Granite Peak Insurance
        role: Data Engineer
        log:
          - date: 2026-11-10
            type: applied
          - date: 2026-11-12
            type: follow-up
            waiver: They asked for a reminder two days after applying.
            message: Honestly, this silence is ridiculous and I am fed up with waiting.
        """,
    "wingtip": """\
        company: Wingtip Toys
        role: Data Engineer
        stage: screening
        log:
          - date: 2026-11-19
            type: applied
        """,
    "bluefin": """\
        company: Bluefin Media
        role: Data Engineer
        status: withdrawn
        log:
          - date: 2026-10-02
            type: applied
        """,
}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    repo = tmp_path_factory.mktemp("layout") / "repo"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FOLLOWTHROUGH_TODAY": SITE_TODAY}
    with serve_folder(init_and_build(repo, LEADS, env)) as url:
        yield url


def open_page(browser: Browser, url: str, width: int, scheme: str) -> Watched:
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme=scheme,  # type: ignore[arg-type]
    )
    watched = Watched(context.new_page())
    watched.page.goto(url)
    watched.page.wait_for_load_state("load")
    return watched


# For every whitespace-separated word in the matched elements: where it is split over two lines,
# unless right after a hyphen in running text (dates never split).
BROKEN_WORDS = """
(selector) => {
  const broken = [];
  for (const el of document.querySelectorAll(selector)) {
    if (el.closest("[hidden]") || !el.getClientRects().length) continue;
    const whole = el.closest(".ft-leads__date, time, .ft-badge, code") !== null;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const inDate = whole || node.parentElement.closest("time, code, .ft-badge") !== null;
      for (const m of node.textContent.matchAll(/\\S+/g)) {
        const range = document.createRange();
        let top = null;
        for (let i = 0; i < m[0].length; i++) {
          range.setStart(node, m.index + i);
          range.setEnd(node, m.index + i + 1);
          const rect = range.getBoundingClientRect();
          if (top === null) top = rect.top;
          else if (Math.abs(rect.top - top) > rect.height / 2) {
            if (inDate || m[0][i - 1] !== "-") broken.push(m[0]);
            break;
          }
        }
      }
    }
  }
  return broken;
}
"""

# The colour of an element's text (or ::before) over the page's background, as a WCAG ratio.
CONTRAST = """
([selector, pseudo]) => {
  const parse = (c) => c.match(/[\\d.]+/g).map(Number);
  const bgColor = parse(getComputedStyle(document.body).backgroundColor);
  const lum = ([r, g, b]) => {
    const f = (v) => (v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const ratios = [];
  for (const el of document.querySelectorAll(selector)) {
    const fg = parse(getComputedStyle(el, pseudo).color);
    const a = fg.length > 3 ? fg[3] : 1;
    const mixed = [0, 1, 2].map((i) => fg[i] * a + bgColor[i] * (1 - a));
    const [hi, lo] = [lum(mixed), lum(bgColor)].sort((x, y) => y - x);
    ratios.push((hi + 0.05) / (lo + 0.05));
  }
  return Math.min(...ratios);
}
"""


def no_sideways_scroll(page: Page) -> None:
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], widths


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_all_leads_table_keeps_words_whole(
    site_url: str, browser: Browser, width: int, scheme: str
) -> None:
    watched = open_page(browser, site_url + "all-leads/", width, scheme)
    page = watched.page
    try:
        expect(page.locator(".ft-leads tbody tr")).to_have_count(len(LEADS))
        assert page.evaluate(BROKEN_WORDS, ".ft-leads th, .ft-leads td") == []
        no_sideways_scroll(page)
        assert page.evaluate(CONTRAST, [".ft-leads td", None]) >= 4.5
        assert page.evaluate(CONTRAST, [".ft-leads__contact", None]) >= 4.5
        if width < 600:  # a card per lead: the labels say what each value is
            assert page.evaluate(CONTRAST, [".ft-leads__date", "::before"]) >= 4.5
            label = page.evaluate(
                "() => getComputedStyle(document.querySelector('.ft-leads__date'),"
                " '::before').content"
            )
            assert "Next date" in label
        else:  # the page's whole width, the table of contents' column included
            right = page.evaluate(
                "() => document.querySelector('.ft-leads').getBoundingClientRect().right"
            )
            assert right > width - 100, right
        assert watched.errors == []
        assert watched.off_machine() == []
    finally:
        page.context.close()


def test_all_leads_sorted_by_next_date_filtered_by_tag_and_contact(
    site_url: str, browser: Browser
) -> None:
    watched = open_page(browser, site_url + "all-leads/", 1280, "light")
    page = watched.page
    try:
        expect(page.locator('th[aria-sort="ascending"]')).to_have_text("Next date")
        companies = page.locator(".ft-leads tbody tr td:first-child a").all_inner_texts()
        assert companies == [
            "Litware Inc",  # follow-up due 2026-10-27
            "Kestrel Outdoor Gear",  # 2026-11-11
            "Northwind Traders",  # 2026-11-13
            "Granite Peak Insurance",  # 2026-11-19
            "Fabrikam Robotics",  # 2026-11-23
            "Contoso Pharmaceuticals",  # quiet until 2026-11-24
            "Wingtip Toys",  # 2026-11-26
            "Bluefin Media",  # nothing planned: by name
            "Tailspin Toys",
        ]
        shown = page.locator(".ft-leads tbody tr:not([hidden])")
        search = page.locator(".ft-filter__input")
        search.fill("forecasting")  # a tag (also in the role)
        expect(shown).to_have_count(1)
        search.fill("lindqvist")  # a second contact, shown nowhere in the table
        expect(shown).to_have_count(1)
        expect(shown).to_contain_text("Kestrel Outdoor Gear")
        expect(page.locator(".ft-filter__none")).to_be_hidden()
        search.fill("Dana Reyes")
        expect(shown).to_have_count(1)
        expect(shown).to_contain_text("Northwind Traders")
        search.fill("zeppelin")
        expect(shown).to_have_count(0)
        expect(page.locator(".ft-filter__count")).to_have_text("0 leads")
        expect(page.locator(".ft-filter__none")).to_be_visible()
        expect(page.locator(".ft-filter__none")).to_contain_text("No lead matches “zeppelin”")
        search.fill("")
        expect(shown).to_have_count(len(LEADS))
        expect(page.locator(".ft-filter__none")).to_be_hidden()
        assert watched.errors == []
    finally:
        page.context.close()


# Fill colours of the chart's series and the page background, as [r, g, b] lists.
CHART_COLOURS = """
() => {
  const rgb = (c) => c.match(/[\\d.]+/g).slice(0, 3).map(Number);
  const fill = (cls) => rgb(getComputedStyle(document.querySelector(cls)).fill);
  const key = (cls) => rgb(getComputedStyle(document.querySelector(cls)).backgroundColor);
  return {
    contacts: fill(".ft-chart__bar--contacts"),
    newLeads: fill(".ft-chart__bar--new_leads"),
    keyContacts: key(".ft-key--contacts"),
    keyNewLeads: key(".ft-key--new_leads"),
    background: rgb(getComputedStyle(document.body).backgroundColor),
  };
}
"""

# Every axis label shown: its font size and where its text sits on the screen.
CHART_LABELS = """
() => [...document.querySelectorAll(".ft-chart__label, .ft-chart__tick")]
  .filter((el) => getComputedStyle(el).visibility !== "hidden")
  .map((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect();
    return {
      text: el.textContent.trim(),
      tick: el.classList.contains("ft-chart__tick"),
      size: parseFloat(getComputedStyle(el).fontSize),
      left: r.left, right: r.right, top: r.top, bottom: r.bottom,
    };
  })
"""


def luminance(rgb: list[float]) -> float:
    def channel(v: float) -> float:
        v /= 255
        return v / 12.92 if v <= 0.03928 else float(((v + 0.055) / 1.055) ** 2.4)

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: list[float], b: list[float]) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def hue(rgb: list[float]) -> float:
    h, _, _ = colorsys.rgb_to_hls(*(v / 255 for v in rgb))
    return h * 360


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_weekly_chart_series_differ_and_labels_are_readable(
    site_url: str, browser: Browser, width: int, scheme: str
) -> None:
    watched = open_page(browser, site_url, width, scheme)
    page = watched.page
    try:
        expect(page.locator(".ft-chart__bar")).to_have_count(24)
        colours = page.evaluate(CHART_COLOURS)
        contacts, new_leads, background = (
            colours["contacts"],
            colours["newLeads"],
            colours["background"],
        )
        apart = abs(hue(contacts) - hue(new_leads))
        assert min(apart, 360 - apart) >= 90, (contacts, new_leads)
        assert contrast(contacts, new_leads) >= 1.4, (contacts, new_leads)
        assert contrast(contacts, background) >= 3, contacts
        assert contrast(new_leads, background) >= 3, new_leads
        assert colours["keyContacts"] == contacts
        assert colours["keyNewLeads"] == new_leads

        labels = page.evaluate(CHART_LABELS)
        weeks = [label for label in labels if not label["tick"]]
        assert len(weeks) >= 6
        assert weeks[-1]["text"] == "16 Nov"  # the current week is always labelled
        for label in labels:
            assert label["size"] >= 11, label
            assert label["left"] >= 0, label
            assert label["right"] <= width, label
        for a, b in itertools.pairwise(weeks):
            assert a["right"] <= b["left"], (a, b)
        no_sideways_scroll(page)
        assert watched.errors == []
    finally:
        page.context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_waived_entries_one_row_each_with_whole_rule_names(
    site_url: str, browser: Browser, width: int, scheme: str
) -> None:
    watched = open_page(browser, site_url, width, scheme)
    page = watched.page
    try:
        rows = page.locator(".ft-waived tbody tr")
        expect(rows).to_have_count(1)  # too soon, and two phrases of anger: one entry
        rules = rows.first.locator(".ft-rule").all_inner_texts()
        assert rules == ["cadence/too-soon", "tone/negative"]
        expect(rows.first).to_contain_text("They asked for a reminder two days after applying.")
        expect(rows.first).to_contain_text("leads/granite.yaml:6")
        assert page.evaluate(BROKEN_WORDS, ".ft-waived td, .ft-findings td") == []
        no_sideways_scroll(page)
        assert page.evaluate(CONTRAST, [".ft-waived td", None]) >= 4.5
        assert watched.errors == []
    finally:
        page.context.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_lead_details_one_line_per_fact(site_url: str, browser: Browser, width: int) -> None:
    watched = open_page(browser, site_url + "lead/kestrel/", width, "light")
    page = watched.page
    try:
        facts = page.evaluate(
            """() => [...document.querySelectorAll(".ft-dl dt")].map((dt) => {
              const dd = dt.nextElementSibling;
              const [a, b] = [dt.getBoundingClientRect(), dd.getBoundingClientRect()];
              return [dt.textContent, dd.textContent, a.top, b.top, a.right <= b.left];
            })"""
        )
        assert [f[0] for f in facts] == ["Check in every", "Started", "Source file"]
        for label, value, label_top, value_top, side_by_side in facts:
            assert abs(label_top - value_top) < 2, (label, value)
            assert side_by_side, label
        height = page.evaluate("() => document.querySelector('.ft-dl').offsetHeight")
        assert height <= 36 * len(facts), height  # a line (and its gap) a fact
        no_sideways_scroll(page)
    finally:
        page.context.close()


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_pipeline_board_columns_and_cards(
    site_url: str, browser: Browser, width: int, scheme: str
) -> None:
    watched = open_page(browser, site_url + "board/", width, scheme)
    page = watched.page
    try:
        columns = page.locator(".ft-board__column")
        expect(columns).to_have_count(6)
        stages = [columns.nth(i).get_attribute("data-stage") for i in range(6)]
        assert stages == ["prospect", "applied", "screening", "interviewing", "offer", "closed"]
        expect(page.locator(".ft-card")).to_have_count(len(LEADS))

        def cards(stage: str) -> list[str]:
            column = page.locator(f'.ft-board__column[data-stage="{stage}"]')
            return column.locator(".ft-card__lead").all_inner_texts()

        assert cards("screening") == ["Wingtip Toys"]  # `stage:` set by hand
        assert cards("interviewing") == ["Contoso Pharmaceuticals"]
        assert cards("closed") == ["Bluefin Media"]
        closed = page.locator('.ft-card[data-lead="bluefin"]')
        expect(closed).to_contain_text("lost withdrawn")
        assert cards("applied")[:2] == ["Litware Inc", "Kestrel Outdoor Gear"]  # soonest first
        expect(page.locator('.ft-board__column[data-stage="offer"] .ft-empty')).to_be_visible()
        card = page.locator('.ft-card[data-lead="kestrel"]')
        expect(card).to_contain_text("follow-up 9 days overdue")
        expect(card.locator(".ft-badge")).to_have_text("due")

        tops = [columns.nth(i).bounding_box()["y"] for i in range(6)]  # type: ignore[index]
        if width >= 1280:  # every stage side by side
            assert max(tops) - min(tops) < 1, tops
        else:  # a few columns a row, none cut off
            assert len(set(tops)) >= 3, tops
        assert page.evaluate(BROKEN_WORDS, ".ft-board__title, .ft-card__lead, .ft-card time") == []
        assert page.evaluate(CONTRAST, [".ft-card__role", None]) >= 4.5
        assert page.evaluate(CONTRAST, [".ft-board__title", None]) >= 4.5
        no_sideways_scroll(page)
        nav = page.locator(".md-nav--primary a", has_text="Pipeline")
        assert nav.count() >= 1
        assert watched.errors == []
        assert watched.off_machine() == []
    finally:
        page.context.close()
