"""Geometry of the numbers page's charts: rows of bars, a funnel, and new leads per week.

The SVGs have no viewBox: lengths across are percentages of the figure's width and lengths down
are CSS pixels, so a label keeps the page's text size on a phone as on a desktop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..numbers import FollowUps, Rate, Step, WeekCount, percent
from ..stage import Stage
from .chart import nice_max

ROW = 40  # one row: a line of text (label left, value right), then its bar, in px
TEXT_Y = 14  # the text's baseline from the row's top
BAR_Y = 20  # the bar's top from the row's top
BAR_HEIGHT = 14
LABEL_CHARS = 28  # longer labels are cut in the chart (the table has them whole)

PLOT_TOP = 20  # room above the tallest bar for its value
PLOT_HEIGHT = 140
AXIS = 22  # room below the plot for the week labels
WEEK_BAR = 0.6  # a bar's width, in weeks


@dataclass(frozen=True, slots=True)
class BarRow:
    label: str  # as shown, cut to LABEL_CHARS
    value: str
    title: str  # the whole label and value, for a tooltip
    y: int  # the row's top, px
    x: float  # the bar's start, % of the width
    width: float  # % of the width
    tone: str = "main"  # main | alt | muted: the bar's colour


@dataclass(frozen=True, slots=True)
class RowChart:
    key: str  # names the chart: element ids, CSS hooks
    title: str
    rows: tuple[BarRow, ...]
    track: bool  # a full-width track behind each bar (for shares of a whole)

    @property
    def height(self) -> int:
        return ROW * len(self.rows)

    @property
    def description(self) -> str:
        """The whole chart in words, for a screen reader."""
        return f"{self.title}: " + "; ".join(r.title for r in self.rows)


@dataclass(frozen=True, slots=True)
class WeekBar:
    x: float  # % of the width
    width: float  # % of the width
    middle: float  # % of the width, for the labels
    y: float  # px
    height: float  # px
    value: int
    label: str  # "16 Nov"
    date: str  # the Monday, ISO
    met: bool  # at or above the goal
    every_other: bool  # a label left out on a narrow figure (the current week's is kept)


@dataclass(frozen=True, slots=True)
class WeekChart:
    title: str
    bars: tuple[WeekBar, ...]
    goal: int
    goal_y: float | None  # px; None when there is no goal
    height: int = PLOT_TOP + PLOT_HEIGHT + AXIS
    baseline: int = PLOT_TOP + PLOT_HEIGHT
    label_y: int = PLOT_TOP + PLOT_HEIGHT + AXIS - 5

    @property
    def description(self) -> str:
        weeks = "; ".join(f"week of {b.date}: {b.value}" for b in self.bars)
        return f"{self.title}, goal {self.goal} a week: {weeks}"


def cut(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _pct(part: float, whole: float) -> float:
    return round(100 * part / whole, 3) if whole else 0.0


def share(n: int, total: int) -> str:
    return f"{n} of {total} · {percent(n, total) or 0}%"


def rates(key: str, title: str, rows: Sequence[Rate]) -> RowChart:
    """One row per group: the share of first contacts that got an answer."""
    out = []
    for i, r in enumerate(rows):
        value = share(r.answered, r.contacted)
        out.append(
            BarRow(
                cut(r.label),
                value,
                f"{r.label}: {value}",
                i * ROW,
                0.0,
                _pct(r.answered, r.contacted),
            )
        )
    return RowChart(key, title, tuple(out), track=True)


def funnel(steps: Sequence[Step]) -> RowChart:
    """The open stages and `won`, each as wide as the leads that got that far, centred."""
    shown = [s for s in steps if s.stage != Stage.LOST]
    top = max((s.reached for s in shown), default=0)
    out = []
    for i, s in enumerate(shown):
        width = _pct(s.reached, top)
        value = f"{s.reached} got this far · {s.now} now"
        out.append(
            BarRow(
                s.label, value, f"{s.label}: {value}", i * ROW, round((100 - width) / 2, 3), width
            )
        )
    return RowChart("funnel", "How far leads got, stage by stage", tuple(out), track=False)


def follow_ups(f: FollowUps) -> RowChart:
    parts = (
        ("Got an answer", f.answered, "main"),
        ("No answer", f.unanswered, "alt"),
        ("Waiting (sent within the cadence)", f.waiting, "muted"),
    )
    out = []
    for i, (name, n, tone) in enumerate(parts):
        value = share(n, f.total)
        out.append(BarRow(name, value, f"{name}: {value}", i * ROW, 0.0, _pct(n, f.total), tone))
    return RowChart("follow-ups", "Follow-ups and their answers", tuple(out), track=True)


def weeks(counts: Sequence[WeekCount], goal: int) -> WeekChart:
    top = nice_max(max([goal, *(w.new_leads for w in counts)]))
    n = len(counts)
    bars = []
    for i, w in enumerate(counts):
        h = round(PLOT_HEIGHT * w.new_leads / top, 3)
        bars.append(
            WeekBar(
                x=_pct(i + (1 - WEEK_BAR) / 2, n),
                width=_pct(WEEK_BAR, n),
                middle=_pct(i + 0.5, n),
                y=round(PLOT_TOP + PLOT_HEIGHT - h, 3),
                height=h,
                value=w.new_leads,
                label=f"{w.start.day} {w.start:%b}",
                date=w.start.isoformat(),
                met=w.new_leads >= goal,
                every_other=(n - 1 - i) % 2 == 1,
            )
        )
    goal_y = round(PLOT_TOP + PLOT_HEIGHT * (1 - goal / top), 3) if goal else None
    return WeekChart(f"New leads per week, last {n} weeks", tuple(bars), goal, goal_y)
