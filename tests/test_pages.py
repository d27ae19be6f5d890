"""Words on the rendered pages that depend on counts."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from followthrough import checker, dashboard
from followthrough.leads import load_text
from followthrough.settings import Settings

TODAY = dt.date(2026, 11, 20)


def board(count: int) -> dashboard.Dashboard:
    settings = Settings()
    checked = [
        checker.check_loaded(
            load_text(
                f"company: Lead {i}\nlog:\n  - date: 2026-11-17\n    type: applied\n",
                f"leads/lead-{i}.yaml",
            ),
            settings,
            TODAY,
        )
        for i in range(count)
    ]
    return dashboard.build(checked, settings, TODAY)


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


@pytest.mark.parametrize(
    ("count", "active", "new", "listed"),
    [
        (0, "0 active leads", "0 new leads this week", "0 leads"),
        (1, "1 active lead", "1 new lead this week", "1 lead"),
        (2, "2 active leads", "2 new leads this week", "2 leads"),
    ],
)
def test_counts_read_as_english(count: int, active: str, new: str, listed: str) -> None:
    d = board(count)
    home = text(dashboard.render_home(d))
    assert re.search(rf"\b{active} ", home), home
    assert re.search(rf"\b{new} ", home), home
    assert f"Filter {listed} No lead matches" in text(dashboard.render_all_leads(d))
