"""The agenda as text for a person: due, blocked, upcoming (and with --all, the rest)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from .agenda import BLOCKED, CLOSED, DUE, STALE, UPCOMING, UPCOMING_DAYS, Item
from .checker import with_settings
from .findings import ERROR, printable
from .leads import Loaded
from .model import count_of
from .settings import Settings

Style = Callable[[str, str], str]  # (text, colour name) -> text to print


def plain(text: str, colour: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    colour: str
    items: list[Item]
    detail: Callable[[Item, Style], str]


def _name(it: Item) -> str:
    role = f" — {it.lead.role}" if it.lead.role else ""
    return printable(f"{it.lead.company}{role} [{it.lead.id}]")


def _due(it: Item, style: Style) -> str:
    days = it.days_overdue or 0
    when = "due today" if days == 0 else style(f"{count_of(days, 'day')} overdue", "red")
    return f"{it.action}, {when}"


def _blocked(it: Item, style: Style) -> str:
    return f"until {it.until}" if it.until else "until they get in touch"


def _upcoming(it: Item, style: Style) -> str:
    assert it.due is not None and it.today is not None
    days = (it.due - it.today).days
    return f"{it.action} on {it.due:%a} {it.due} (in {count_of(days, 'day')})"


def _closed(it: Item, style: Style) -> str:
    return printable(it.reason)


def _stale(it: Item, style: Style) -> str:
    return "let it go?"


def sections(items: list[Item], today: dt.date, show_all: bool) -> list[Section]:
    horizon = today + dt.timedelta(days=UPCOMING_DAYS)
    soon = [i for i in items if i.state == UPCOMING and i.due is not None and i.due <= horizon]
    out = [
        Section("Due now", "red", [i for i in items if i.state == DUE], _due),
        Section("Blocked", "yellow", [i for i in items if i.state == BLOCKED], _blocked),
        Section(f"Upcoming, next {UPCOMING_DAYS} days", "cyan", soon, _upcoming),
    ]
    if show_all:
        later = [i for i in items if i.state == UPCOMING and all(i is not s for s in soon)]
        out += [
            Section("Later", "blue", later, _upcoming),
            Section(
                "Consider letting go", "magenta", [i for i in items if i.state == STALE], _stale
            ),
            Section("Closed", "white", [i for i in items if i.state == CLOSED], _closed),
        ]
    return out


def render(items: list[Item], today: dt.date, show_all: bool, style: Style = plain) -> str:
    out = [f"As of {today:%A} {today.isoformat()}"]
    groups = sections(items, today, show_all)
    for section in groups:
        out.append("")
        out.append(style(f"{section.title} ({len(section.items)})", section.colour))
        if not section.items:
            out.append("  nothing")
        for it in section.items:
            out.append(f"  {_name(it)}: {section.detail(it, style)}")
            if it.state != CLOSED:
                out.append(f"      {printable(it.reason)}")
    shown = {id(i) for s in groups for i in s.items}
    rest = [i for i in items if id(i) not in shown]
    if rest:
        kinds = {
            "upcoming later": sum(i.state == UPCOMING for i in rest),
            "stale": sum(i.state == STALE for i in rest),
            "closed": sum(i.state == CLOSED for i in rest),
        }
        what = ", ".join(f"{n} {kind}" for kind, n in kinds.items() if n)
        out += ["", f"Not shown: {what} (--all shows them)"]
    return "\n".join(out) + "\n"


def skip_warning(loaded: Loaded, settings: Settings) -> str | None:
    """One line for stderr when a lead file is too broken to trust its agenda, else None."""
    errors = [f for f in with_settings(loaded.findings, settings) if f.severity == ERROR]
    if loaded.lead is not None and not errors:
        return None
    if not errors:
        problem = "it cannot be read"
    else:
        first = "the first " if len(errors) > 1 else ""
        problem = f"{count_of(len(errors), 'error')}, {first}on line {errors[0].line}"
    path = printable(loaded.path)
    return f"warning: {path}: skipped ({problem}); run `followthrough check {path}`"
