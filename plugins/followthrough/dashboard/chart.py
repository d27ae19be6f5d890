"""Geometry of the weekly activity chart: contacts and new leads per week.

The bars are an SVG drawn one unit wide per week and 100 units high, stretched to the figure;
the axis labels are HTML beside and below it, so their size is the page's, on a phone too.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .view import Week

HEIGHT = 100  # the plot's height in SVG units; a week is one unit wide
GAP = 0.14  # space before the first bar of a week, in weeks
BAR = 0.36  # one bar's width, in weeks
SERIES = (("contacts", "Contacts"), ("new_leads", "New leads"))


@dataclass(frozen=True, slots=True)
class Bar:
    series: str
    x: float
    y: float
    width: float
    height: float
    value: int
    label: str


@dataclass(frozen=True, slots=True)
class Tick:
    y: float  # the grid line, in SVG units from the top
    percent: float  # the same height for the HTML label, from the bottom
    value: int


@dataclass(frozen=True, slots=True)
class Label:
    text: str
    date: str


@dataclass(frozen=True, slots=True)
class Chart:
    weeks: int
    height: int
    bars: list[Bar]
    ticks: list[Tick]
    labels: list[Label]
    series: tuple[tuple[str, str], ...] = SERIES


def nice_max(value: int) -> int:
    if value <= 4:
        return 4
    step = int(10 ** math.floor(math.log10(value)))
    for factor in (1, 2, 5, 10):
        if value <= factor * step:
            return factor * step
    return 10 * step


def svg(weeks: Sequence[Week]) -> Chart:
    top = nice_max(max((max(w.contacts, w.new_leads) for w in weeks), default=0))
    bars, labels = [], []
    for i, week in enumerate(weeks):
        for j, (key, name) in enumerate(SERIES):
            value: int = getattr(week, key)
            h = HEIGHT * value / top
            bars.append(
                Bar(
                    key,
                    round(i + GAP + j * BAR, 3),
                    round(HEIGHT - h, 3),
                    BAR,
                    round(h, 3),
                    value,
                    f"{name}, week of {week.start.isoformat()}: {value}",
                )
            )
        labels.append(Label(f"{week.start.day} {week.start:%b}", week.start.isoformat()))
    ticks = [Tick(round(HEIGHT - HEIGHT * k / 4, 3), 25.0 * k, top * k // 4) for k in range(5)]
    return Chart(len(weeks), HEIGHT, bars, ticks, labels)
