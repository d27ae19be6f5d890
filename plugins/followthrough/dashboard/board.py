"""The pipeline board: a column per open stage and one for closed leads, each lead a card."""

from __future__ import annotations

from dataclasses import dataclass

from ..stage import CLOSED, OPEN, Stage, label, stage
from .view import Dashboard, Row


@dataclass(frozen=True, slots=True)
class Card:
    row: Row
    stage: Stage


@dataclass(frozen=True, slots=True)
class Column:
    key: str  # a stage's value, or "closed" for won and lost together
    label: str
    cards: list[Card]


def columns(d: Dashboard) -> list[Column]:
    """The open stages in pipeline order, then the closed leads (won first); in each column the
    soonest next date first, as on the all-leads page."""
    kinds = {row.lead.kind for row in d.rows}
    kind = next(iter(kinds)) if len(kinds) == 1 else None
    placed: dict[Stage, list[Card]] = {s: [] for s in (*OPEN, *CLOSED)}
    for row in d.by_next_date:
        where = row.stage if row.stage is not None else stage(row.lead, d.today)
        placed[where].append(Card(row, where))
    out = [Column(s.value, label(s, kind), placed[s]) for s in OPEN]
    closed = [card for s in CLOSED for card in placed[s]]
    return [*out, Column("closed", "Closed: won or lost", closed)]
