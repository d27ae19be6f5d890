"""The agenda as text for a person: due, blocked, upcoming (and with --all, the rest)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from .agenda import BLOCKED, CLOSED, DUE, STALE, UPCOMING, UPCOMING_DAYS, Item

Style = Callable[[str, str], str]


def plain(text: str, colour: str) -> str:
    return text


def _line(it: Item) -> str:
    role = f" — {it.lead.role}" if it.lead.role else ""
    return f"{it.lead.company}{role} [{it.lead.id}]"


def render(items: list[Item], today: dt.date, show_all: bool, style: Style = plain) -> str:
    out = [f"As of {today.isoformat()}"]
    due = [i for i in items if i.state == DUE]
    blocked = [i for i in items if i.state == BLOCKED]
    horizon = today + dt.timedelta(days=UPCOMING_DAYS)
    upcoming = [
        i for i in items if i.state == UPCOMING and (show_all or (i.due and i.due <= horizon))
    ]
    sections: list[tuple[str, str, list[Item], Callable[[Item], str]]] = [
        (
            "Due now",
            "red",
            due,
            lambda i: (
                f"{i.action} — {'today' if not i.days_overdue else f'{i.days_overdue} days overdue'}"
            ),
        ),
        ("Blocked", "yellow", blocked, lambda i: i.reason),
        (
            f"Upcoming{'' if show_all else f' (next {UPCOMING_DAYS} days)'}",
            "cyan",
            upcoming,
            lambda i: f"{i.action} on {i.due}",
        ),
    ]
    if show_all:
        sections += [
            (
                "Consider letting go",
                "magenta",
                [i for i in items if i.state == STALE],
                lambda i: i.reason,
            ),
            ("Closed", "white", [i for i in items if i.state == CLOSED], lambda i: i.reason),
        ]
    for title, colour, group, detail in sections:
        out.append("")
        out.append(style(f"{title} ({len(group)})", colour))
        if not group:
            out.append("  nothing")
        for it in group:
            out.append(f"  {_line(it)}: {detail(it)}")
            if it.state in (DUE, UPCOMING):
                out.append(f"      {it.reason}")
    return "\n".join(out) + "\n"
