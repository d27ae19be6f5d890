"""The agenda: one state per lead as of `today`, derived every time from the facts in the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .leads import sort_time
from .model import Entry, Instruction, Lead, instruction_end, ordinal
from .rules import cadence_days
from .settings import Settings

CLOSED, BLOCKED, STALE, DUE, UPCOMING = "closed", "blocked", "stale", "due", "upcoming"
STATES = (DUE, BLOCKED, UPCOMING, STALE, CLOSED)
UPCOMING_DAYS = 14


@dataclass(frozen=True, slots=True)
class Item:
    lead: Lead
    state: str
    reason: str
    action: str | None = None
    due: dt.date | None = None
    until: dt.date | None = None
    instruction: Instruction | None = None
    last_contact: Entry | None = None
    today: dt.date | None = None

    @property
    def days_overdue(self) -> int | None:
        if self.state != DUE or self.due is None or self.today is None:
            return None
        return (self.today - self.due).days

    def as_json(self) -> dict[str, object]:
        return {
            "lead": self.lead.id,
            "path": self.lead.path,
            "company": self.lead.company,
            "role": self.lead.role,
            "state": self.state,
            "action": self.action,
            "due": self.due.isoformat() if self.due else None,
            "until": self.until.isoformat() if self.until else None,
            "days_overdue": self.days_overdue,
            "reason": self.reason,
        }


def _ordered(lead: Lead) -> list[Entry]:
    return sorted(lead.log, key=sort_time)


def in_force(lead: Lead, today: dt.date) -> tuple[Instruction, dt.date | None] | None:
    """The instruction that holds today (the one lasting longest), with its end."""
    holding = []
    for instr in lead.instructions:
        end = instruction_end(instr, lead.log)
        if instr.date <= today and (end is None or today < end):
            holding.append((instr, end))
    if not holding:
        return None
    return max(holding, key=lambda pair: pair[1] or dt.date.max)


def unanswered(log: list[Entry]) -> int:
    """Follow-ups sent since they last said or did anything."""
    count = 0
    for entry in reversed(log):
        if entry.from_them:
            break
        if entry.type == "follow-up":
            count += 1
    return count


def next_weekday(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=max(0, 7 - day.weekday())) if day.weekday() >= 5 else day


def _pending(log: list[Entry], types: frozenset[str], answer: str) -> Entry | None:
    latest = next((e for e in reversed(log) if e.type in types), None)
    if latest is None:
        return None
    after = log[log.index(latest) + 1 :]
    return None if any(e.type == answer for e in after) else latest


_REPLY_TO = frozenset({"response", "offer"})
_THANK_FOR = frozenset({"interview", "meeting"})


def next_action(
    lead: Lead, settings: Settings, log: list[Entry]
) -> tuple[str, dt.date | None, str]:
    contacts = [e for e in log if e.is_contact]
    if not contacts:
        return "first-contact", None, "no contact yet: make the first one"
    pending = _pending(log, _REPLY_TO, "reply")
    if pending is not None:
        return "reply", pending.date, f"they sent a {pending.type} on {pending.date}: answer it"
    pending = _pending(log, _THANK_FOR, "thank-you")
    if pending is not None:
        return (
            "thank-you",
            pending.date + dt.timedelta(days=settings.thank_you_days),
            f"thank them for the {pending.type} on {pending.date}",
        )
    last = contacts[-1]
    cadence = cadence_days(lead, settings)
    due = last.date + dt.timedelta(days=cadence)
    reason = f"last contact: {last.type} on {last.date}; check in every {ordinal(cadence, 'day')}"
    for instr in lead.instructions:
        # an instruction that ran out by its own date: no nudge before that day
        if (
            instr.until is not None
            and instr.until > due
            and (instruction_end(instr, lead.log) == instr.until)
        ):
            due = instr.until
            reason += f"; not before {instr.until}, as they asked on {instr.date}"
    if settings.business_days:
        moved = next_weekday(due)
        if moved != due:
            reason += f"; {due} is a weekend day, so Monday"
            due = moved
    return "follow-up", due, reason


def item(lead: Lead, settings: Settings, today: dt.date) -> Item:
    log = _ordered(lead)
    last = next((e for e in reversed(log) if e.is_contact), None)
    base = {"lead": lead, "last_contact": last, "today": today}
    if lead.status != "active":
        return Item(state=CLOSED, reason=f"status: {lead.status}", **base)  # type: ignore[arg-type]
    holding = in_force(lead, today)
    if holding is not None:
        instr, end = holding
        said = f'they said "{instr.said.strip()}"' if instr.said else f"{instr.kind} requested"
        when = f"until {end}" if end else "until they get in touch"
        return Item(
            state=BLOCKED,
            reason=f"{said} on {instr.date}; no contact {when}",
            until=end,
            instruction=instr,
            **base,
        )  # type: ignore[arg-type]
    count = unanswered(log)
    if count >= settings.max_unanswered:
        return Item(
            state=STALE,
            reason=f"{ordinal(count, 'follow-up')} with no answer: "
            "consider letting it go (status: dormant) and prospecting anew",
            **base,
        )  # type: ignore[arg-type]
    action, due, reason = next_action(lead, settings, log)
    due = due or today
    state = DUE if due <= today else UPCOMING
    return Item(state=state, action=action, due=due, reason=reason, **base)  # type: ignore[arg-type]


def _order(it: Item) -> tuple[int, int, str]:
    rank = STATES.index(it.state)
    if it.state == DUE:
        return rank, -(it.days_overdue or 0), it.lead.id
    if it.state in (UPCOMING, BLOCKED) and (it.due or it.until):
        day = it.due or it.until
        assert day is not None
        return rank, day.toordinal(), it.lead.id
    return rank, 0, it.lead.id


def agenda(leads: Iterable[Lead], settings: Settings, today: dt.date) -> list[Item]:
    return sorted((item(lead, settings, today) for lead in leads), key=_order)
