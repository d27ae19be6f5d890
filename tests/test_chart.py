"""Geometry of the weekly chart: bars in week units over a 0..100 plot, ticks on round values."""

from __future__ import annotations

import datetime as dt

import pytest

from followthrough.dashboard import chart
from followthrough.dashboard.view import Week

MONDAY = dt.date(2026, 11, 2)


@pytest.mark.parametrize(
    ("value", "expect"), [(0, 4), (3, 4), (5, 5), (7, 10), (12, 20), (20, 20), (51, 100)]
)
def test_nice_max(value: int, expect: int) -> None:
    assert chart.nice_max(value) == expect


def test_bars_ticks_and_labels() -> None:
    weeks = [Week(MONDAY, 5, 1), Week(MONDAY + dt.timedelta(weeks=1), 10, 0)]
    c = chart.svg(weeks)
    assert (c.weeks, c.height) == (2, 100)
    heights = {(b.series, b.x): (b.y, b.height, b.value) for b in c.bars}
    assert heights == {
        ("contacts", 0.14): (50.0, 50.0, 5),
        ("new_leads", 0.5): (90.0, 10.0, 1),
        ("contacts", 1.14): (0.0, 100.0, 10),
        ("new_leads", 1.5): (100.0, 0.0, 0),
    }
    assert [(t.y, t.percent, t.value) for t in c.ticks] == [
        (100.0, 0.0, 0),
        (75.0, 25.0, 2),
        (50.0, 50.0, 5),
        (25.0, 75.0, 7),
        (0.0, 100.0, 10),
    ]
    assert [lbl.text for lbl in c.labels] == ["2 Nov", "9 Nov"]
    assert c.bars[0].label == "Contacts, week of 2026-11-02: 5"
