"""The home page lists the most overdue items and links to the due page, which lists them all."""

from __future__ import annotations

import datetime as dt
import re

from followthrough import agenda, checker, dashboard
from followthrough.dashboard import render
from followthrough.leads import load_text
from followthrough.settings import Settings

TODAY = dt.date(2026, 11, 20)
FIRST = dt.date(2026, 9, 1)


def board(due: int) -> dashboard.Dashboard:
    """`due` leads due now, lead 0 the most overdue, and one lead that is upcoming."""
    settings = Settings()
    texts = [
        f"company: Lead {i}\nlog:\n  - date: {FIRST + dt.timedelta(days=i)}\n    type: applied\n"
        for i in range(due)
    ]
    texts.append("company: Later\nlog:\n  - date: 2026-11-18\n    type: applied\n")
    checked = [
        checker.check_loaded(load_text(text, f"leads/lead-{i}.yaml"), settings, TODAY)
        for i, text in enumerate(texts)
    ]
    return dashboard.build(checked, settings, TODAY)


def due_list(page: str) -> list[str]:
    """The leads of the page's due list, in order."""
    start = page.index('<ul class="ft-list" data-bucket="due"')
    block = page[start : page.index("</ul>", start)]
    return re.findall(r'<li class="ft-item[^"]*" data-lead="([^"]+)"', block)


def test_a_long_due_list_is_folded_on_the_home_page() -> None:
    n = render.DUE_ON_HOME + 7
    d = board(n)
    assert [r.lead.id for r in d.state(agenda.DUE)] == [f"lead-{i}" for i in range(n)]
    home = render.render_home(d)
    assert due_list(home) == [f"lead-{i}" for i in range(render.DUE_ON_HOME)]
    assert 'data-bucket="due" data-more="7"' in home
    fold = re.search(r'<p class="ft-fold">(.*?)</p>', home)
    assert fold is not None
    assert 'And 7 more, less overdue: <a class="ft-fold__link" href="due/">' in fold.group(1)
    assert f"all {n} due items</a>" in fold.group(1)
    assert f'<span class="ft-count__n" data-count="due">{n}</span>' in home
    # the other sections are all there
    for heading in ("Due now", "Blocked", "Upcoming", "Consider letting go", "Rule breaks"):
        assert f"\n## {heading}\n" in home
    assert 'data-lead="lead-n"' not in home and 'data-lead="lead-57"' in home  # upcoming


def test_the_due_page_lists_every_due_item_most_overdue_first() -> None:
    n = render.DUE_ON_HOME + 7
    page = render.render_due(board(n))
    assert due_list(page) == [f"lead-{i}" for i in range(n)]
    assert f"{n} due items as of" in page
    assert "search:\n  exclude: true" in page
    # no draft on this page: each item links to its lead page, which has it
    assert '<details class="ft-draft"' not in page
    assert page.count('class="ft-draft__elsewhere"') == n
    assert 'href="../lead/lead-56/">Draft and mail link on its page</a>' in page
    assert 'data-lead="lead-57"' not in page  # upcoming, not due


def test_a_due_list_that_fits_is_not_folded() -> None:
    d = board(render.DUE_ON_HOME)
    home = render.render_home(d)
    assert len(due_list(home)) == render.DUE_ON_HOME
    assert "data-more" not in home and "ft-fold" not in home
    assert len(due_list(render.render_due(d))) == render.DUE_ON_HOME


def test_the_calendar_feed_keeps_every_due_item() -> None:
    n = render.DUE_ON_HOME + 7
    feed = dashboard.calendar(board(n), "Follow-ups", None).decode("utf-8")
    uids = re.findall(r"^UID:(lead-\d+)-follow-up-", feed, re.M)
    assert uids[:n] == [f"lead-{i}" for i in range(n)]
