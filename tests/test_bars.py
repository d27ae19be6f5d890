"""Geometry of the numbers page's charts: widths in percent of the figure, heights in pixels."""

from __future__ import annotations

import datetime as dt

from followthrough.dashboard import bars
from followthrough.numbers import FollowUps, Rate, Step, WeekCount
from followthrough.stage import Stage


def test_rate_rows_are_shares_of_a_full_track() -> None:
    c = bars.rates("kind", "Answered, by kind", [Rate("job", 5, 3), Rate("sale", 2, 0)])
    # 3 of 5 = 60 % of the width; 0 of 2 = no bar; rows 40 px apart
    assert [(r.label, r.value, r.y, r.x, r.width) for r in c.rows] == [
        ("job", "3 of 5 · 60%", 0, 0.0, 60.0),
        ("sale", "0 of 2 · 0%", 40, 0.0, 0.0),
    ]
    assert c.track and c.height == 80
    assert c.description == "Answered, by kind: job: 3 of 5 · 60%; sale: 0 of 2 · 0%"


def test_long_labels_are_cut_in_the_chart_only() -> None:
    name = "Introduction from a former client at a trade fair"
    row = bars.rates("source", "By source", [Rate(name, 3, 1)]).rows[0]
    # the first 27 characters, less the space at their end, and an ellipsis
    assert row.label == "Introduction from a former…"
    assert len(row.label) <= bars.LABEL_CHARS
    assert row.title == f"{name}: 1 of 3 · 33%"  # 1/3 = 33.3 % -> 33 %


def test_funnel_is_centred_and_leaves_lost_out() -> None:
    steps = [
        Step(Stage.PROSPECT, "Prospect", 8, 1),
        Step(Stage.APPLIED, "Applied", 6, 2),
        Step(Stage.SCREENING, "Screening", 2, 1),
        Step(Stage.INTERVIEWING, "Interviewing", 1, 0),
        Step(Stage.OFFER, "Offer", 0, 0),
        Step(Stage.WON, "Closed: won", 0, 0),
        Step(Stage.LOST, "Closed: lost", 4, 4),
    ]
    c = bars.funnel(steps)
    # widths: 8/8 = 100 %, 6/8 = 75 %, 2/8 = 25 %, 1/8 = 12.5 %; each starts (100 - w) / 2 in
    assert [(r.label, r.x, r.width) for r in c.rows] == [
        ("Prospect", 0.0, 100.0),
        ("Applied", 12.5, 75.0),
        ("Screening", 37.5, 25.0),
        ("Interviewing", 43.75, 12.5),
        ("Offer", 50.0, 0.0),
        ("Closed: won", 50.0, 0.0),
    ]
    assert c.rows[1].value == "6 got this far · 2 now"
    assert not c.track


def test_follow_up_rows() -> None:
    c = bars.follow_ups(FollowUps(answered=1, unanswered=3, waiting=1))
    # 1/5 = 20 %, 3/5 = 60 %, 1/5 = 20 %
    assert [(r.value, r.width, r.tone) for r in c.rows] == [
        ("1 of 5 · 20%", 20.0, "main"),
        ("3 of 5 · 60%", 60.0, "alt"),
        ("1 of 5 · 20%", 20.0, "muted"),
    ]


def test_weeks_against_the_goal() -> None:
    monday = dt.date(2026, 11, 2)
    counts = [WeekCount(monday + dt.timedelta(weeks=i), n) for i, n in enumerate([1, 6, 3, 0])]
    c = bars.weeks(counts, goal=3)
    # top of the scale: nice_max(6) = 10; the plot is 140 px high and starts 20 px down
    # heights 14, 84, 42, 0 px; a week is 25 % wide, its bar 0.6 of that = 15 %, 5 % in
    assert [(b.x, b.width, b.middle, b.y, b.height) for b in c.bars] == [
        (5.0, 15.0, 12.5, 146.0, 14.0),
        (30.0, 15.0, 37.5, 76.0, 84.0),
        (55.0, 15.0, 62.5, 118.0, 42.0),
        (80.0, 15.0, 87.5, 160.0, 0.0),
    ]
    assert [(b.label, b.met) for b in c.bars] == [
        ("2 Nov", False),
        ("9 Nov", True),
        ("16 Nov", True),  # 3 meets a goal of 3
        ("23 Nov", False),
    ]
    # counted from the current (last) week: every other label can go on a phone
    assert [b.every_other for b in c.bars] == [True, False, True, False]
    assert c.goal_y == 118.0  # 20 + 140 * (1 - 3 / 10)
    assert (c.baseline, c.height) == (160, 182)
    assert c.description.startswith("New leads per week, last 4 weeks, goal 3 a week: ")


def test_no_goal_no_line() -> None:
    c = bars.weeks([WeekCount(dt.date(2026, 11, 2), 2)], goal=0)
    assert c.goal_y is None
    # nice_max(2) = 4: 2 of 4 is half the plot
    assert c.bars[0].height == 70.0
