"""The numbers page as Markdown and HTML, without MkDocs: every chart whole, empty searches too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import markdown

from conftest import SITE_LEADS, SITE_TODAY, dashboard_of
from followthrough.dashboard import render
from followthrough.settings import Settings

TODAY = dt.date.fromisoformat(SITE_TODAY)
EXTENSIONS = ["toc", "tables", "attr_list", "md_in_html", "def_list", "admonition"]


def page(texts: dict[str, str], goal: int = 5) -> str:
    settings = Settings(root=Path("."), weekly_new_leads=goal)
    board = dashboard_of(texts, TODAY, settings)
    return str(markdown.markdown(render.render_numbers(board), extensions=EXTENSIONS))


def test_every_chart_reaches_the_html_whole() -> None:
    html = page(SITE_LEADS)
    assert html.count("<svg ") == html.count("</svg>") == 6  # kind, source, channel, funnel,
    assert html.count("<table") == 6  # follow-ups, weeks: each with its table
    assert html.count('role="img"') == 6
    assert "<p><svg" not in html and "<p><rect" not in html  # not wrapped as a paragraph
    # four first contacts of ours (contoso began with an interview), none answered yet
    assert 'data-number="response-rate">0%</strong>' in html
    assert "(0 of 4)" in html
    assert 'data-number="median-days"' not in html


def test_an_empty_search_says_so() -> None:
    html = page({})
    assert "No first contact logged yet" in html
    assert "No leads yet." in html
    assert "No follow-up logged yet." in html
    assert html.count("<svg ") == 1  # new leads per week, all weeks at 0, and the goal line
    assert 'class="ft-bars__goal"' in html


def test_no_goal_no_goal_line() -> None:
    html = page(SITE_LEADS, goal=0)
    assert 'class="ft-bars__goal"' not in html
    assert "against the goal" not in html


def test_median_wording() -> None:
    assert [render.median(v) for v in (None, 1, 4.0, 4.5)] == ["–", "1 day", "4 days", "4.5 days"]
