"""Geometry of the weekly activity chart: contacts and new leads per week (SVG by a template)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .view import Week

WIDTH, HEIGHT = 600, 220
LEFT, RIGHT, TOP, BOTTOM = 32, 8, 12, 40
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
    y: float
    value: int


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    text: str


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    left: int
    right: float
    baseline: float
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
    plot_w = WIDTH - LEFT - RIGHT
    plot_h = HEIGHT - TOP - BOTTOM
    baseline = TOP + plot_h
    slot = plot_w / max(len(weeks), 1)
    bar_w = slot * 0.36
    bars, labels = [], []
    for i, week in enumerate(weeks):
        x0 = LEFT + i * slot + slot * 0.14
        for j, (key, name) in enumerate(SERIES):
            value: int = getattr(week, key)
            h = plot_h * value / top
            bars.append(
                Bar(
                    key,
                    round(x0 + j * bar_w, 1),
                    round(baseline - h, 1),
                    round(bar_w, 1),
                    round(h, 1),
                    value,
                    f"{name}, week of {week.start.isoformat()}: {value}",
                )
            )
        labels.append(Label(round(LEFT + i * slot + slot / 2, 1), f"{week.start:%d %b}"))
    ticks = [Tick(round(baseline - plot_h * k / 4, 1), top * k // 4) for k in range(5)]
    return Chart(WIDTH, HEIGHT, LEFT, WIDTH - RIGHT, baseline, bars, ticks, labels)
