"""The agenda: one state per lead as of `today`, derived every time from the facts in the file.

`item(lead, settings, today, calendar)` is a pure function: it never reads the clock, the
environment or git; the days off come in as a `days_off.Calendar`. Each lead gets exactly one
state, tried in this order:

- `closed`: the status is not `active`.
- `blocked`: an instruction is in force. An instruction holds from its own `date` (the day they
  said it, inclusive) until its end: its `until`, or the first later entry from them or with them
  (`response`, `interview`, `meeting`, `call`, `offer`, `rejection`), whichever comes first.
  `until` is that end, or null for a `no-contact` that lasts until they get in touch. When several
  hold, the one lasting longest is shown.
- `stale`: `max_unanswered` or more `follow-up`s since their last entry (from them or with them);
  your own `reply` or `thank-you` in between does not reset the count. `max_unanswered: 0` turns
  this state off.
- `due` / `upcoming`, by the next action and its date:
  - `first-contact`: no contact yet (the log is empty or holds only notes); due today.
  - `reply`: their latest `response` / `offer` is not answered; due on its date.
  - `thank-you`: the latest `interview` / `meeting` is not answered; due `thank_you_days` after it.
  - `follow-up`: otherwise; due `cadence_days` (the lead's own, else the setting) after the latest
    contact (any entry but a note), not before the `until` of an instruction that ran out by that
    date.
  Then the date moves off your time away (`away` periods) for every action, and for a
  follow-up with `business_days` on, also off weekends and the public holidays of the lead's
  `country` (else the `country` setting): to the next day that is none of these. The reason
  says so ("moved from 25 December: Christmas Day, to Monday 28 December") and `moved` holds it.
  `due` when that (moved) date is today or past, else `upcoming`.

Where the rules above leave room, this module decides:

- Something of theirs is answered by anything you log after it, or a later conversation, not only
  by a `reply` (for a `thank-you`, not only by a `thank-you`): after a response, the interview it
  set up answers it; after an interview, a later follow-up means the thank-you moment has passed.
- A pending `reply` is `due` even while an instruction holds, since a reply is allowed inside any
  instruction (the cadence rules exempt it); its `until` then carries the instruction's end and
  the reason says the rest must wait. A `thank-you` is unprompted, so it waits like a follow-up.
- `business_days` moves only follow-ups; a reply or a thank-you is due when it is due, unless
  you are away then: every action waits for your return.
- The cadence rule (`check`) keeps counting calendar days: a moved date only delays the nudge.
- `until` is set only while an instruction is in force; when a run-out instruction pushes a
  follow-up, the reason says so and `until` is null.
- `days_overdue` is today − due for `due` items (0: due today) and null for every other state.
- The log is read in time order whatever order it is written in: by date, entries of one day in
  the order written, except that those carrying a time go by their time. Instruction ends are
  found on that order too. Entries dated after today count as written (`check` reports them).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from .days_off import Calendar
from .model import (
    BY_BOTH,
    BY_YOU,
    Entry,
    Instruction,
    Lead,
    chronological,
    count_of,
    instruction_end,
)
from .rules.cadence import cadence_days
from .settings import Settings


class State(StrEnum):
    """A lead's state on the agenda; the order here is the display order."""

    DUE = "due"
    BLOCKED = "blocked"
    UPCOMING = "upcoming"
    STALE = "stale"
    CLOSED = "closed"


DUE, BLOCKED, UPCOMING, STALE, CLOSED = State
STATES = tuple(State)
FIRST_CONTACT, REPLY, THANK_YOU, FOLLOW_UP = "first-contact", "reply", "thank-you", "follow-up"
UPCOMING_DAYS = 14

_REPLY_TO = frozenset({"response", "offer"})
_THANK_FOR = frozenset({"interview", "meeting"})
_ANSWERS = BY_YOU | BY_BOTH  # what shows you have been in touch since


@dataclass(frozen=True, slots=True)
class Item:
    lead: Lead
    state: State
    reason: str
    action: str | None = None
    due: dt.date | None = None
    until: dt.date | None = None
    instruction: Instruction | None = None
    last_contact: Entry | None = None
    today: dt.date | None = None
    moved: str | None = None  # why the due date was moved off your time away or a day off

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


def in_force(
    lead: Lead, log: Sequence[Entry], today: dt.date
) -> tuple[Instruction, dt.date | None] | None:
    """The instruction that holds today (the one lasting longest), with its end."""
    holding = []
    for instr in lead.instructions:
        end = instruction_end(instr, tuple(log))
        if instr.date <= today and (end is None or today < end):
            holding.append((instr, end))
    if not holding:
        return None
    return max(holding, key=lambda pair: pair[1] or dt.date.max)


def unanswered(log: Sequence[Entry]) -> int:
    """Follow-ups sent since they last said or did anything."""
    count = 0
    for entry in reversed(log):
        if entry.from_them:
            break
        if entry.type == FOLLOW_UP:
            count += 1
    return count


def pending(log: Sequence[Entry], types: frozenset[str]) -> Entry | None:
    """The latest entry of these types, if nothing by you and no conversation came after it."""
    for i in range(len(log) - 1, -1, -1):
        if log[i].type in types:
            answered = any(e.type in _ANSWERS for e in log[i + 1 :])
            return None if answered else log[i]
    return None


def _calendar(settings: Settings, calendar: Calendar | None) -> Calendar:
    """The given calendar, or one from the settings without public holidays."""
    if calendar is not None:
        return calendar
    return Calendar(settings.business_days, settings.country, settings.away)


def _moved(base: Item, calendar: Calendar, business: bool) -> Item:
    """The item with its due date moved off your time away (and, for business, days off)."""
    assert base.due is not None
    due, note = calendar.move(base.due, base.lead.country, business)
    if note is None:
        return base
    return replace(base, due=due, reason=f"{base.reason}; {note}", moved=note)


def _follow_up(lead: Lead, settings: Settings, last: Entry, log: Sequence[Entry]) -> Item:
    cadence = cadence_days(lead, settings)
    due = last.date + dt.timedelta(days=cadence)
    reason = (
        f"last contact: the {last.noun} on {last.date}; check in every {count_of(cadence, 'day')}"
    )
    for instr in lead.instructions:
        # ran out by its own date (not lifted by them): no nudge before that day
        if (
            instr.until is not None
            and instr.until > due
            and instruction_end(instr, tuple(log)) == instr.until
        ):
            due = instr.until
            reason += f", and not before {instr.until}, as they asked on {instr.date}"
    return Item(lead, UPCOMING, reason, FOLLOW_UP, due, last_contact=last)


def _blocked_reason(instr: Instruction, end: dt.date | None) -> tuple[str, str]:
    """What they said, and what it means until when."""
    if instr.said:
        said = f'they said "{" ".join(instr.said.split())}" on {instr.date}'
    elif instr.kind == "quiet-until":
        said = f"they asked for a quiet period on {instr.date}"
    else:
        said = f"they asked not to be contacted on {instr.date}"
    if end is None:
        return said, "no contact until they get in touch"
    unprompted = "unprompted " if instr.kind == "quiet-until" else ""
    return said, f"no {unprompted}contact before {end}"


def _state(base: Item, today: dt.date, calendar: Calendar) -> Item:
    """Due or upcoming; every action waits for your return, a follow-up for an open day too."""
    base = _moved(base, calendar, calendar.business_days and base.action == FOLLOW_UP)
    assert base.due is not None
    return replace(base, state=DUE if base.due <= today else UPCOMING, today=today)


def item(lead: Lead, settings: Settings, today: dt.date, calendar: Calendar | None = None) -> Item:
    """The lead's state as of `today`; `calendar` says which days are open (see days_off)."""
    days = _calendar(settings, calendar)
    log = chronological(lead.log)
    contacts = [e for e in log if e.is_contact]
    last = contacts[-1] if contacts else None
    if lead.status != "active":
        return Item(lead, CLOSED, f"status: {lead.status}", last_contact=last, today=today)
    to_answer = pending(log, _REPLY_TO)
    reply = None
    if to_answer is not None:
        reply = Item(
            lead,
            UPCOMING,
            f"they sent a {to_answer.type} on {to_answer.date}: answer it",
            REPLY,
            to_answer.date,
            last_contact=last,
        )
    holding = in_force(lead, log, today)
    if holding is not None:
        instr, end = holding
        said, meaning = _blocked_reason(instr, end)
        if reply is not None:
            reason = f"{reply.reason} (a reply is allowed; otherwise {meaning})"
            pending_reply = Item(lead, UPCOMING, reason, REPLY, reply.due, end, instr, last)
            return _state(pending_reply, today, days)
        return Item(lead, BLOCKED, f"{said}; {meaning}", None, None, end, instr, last, today)
    count = unanswered(log)
    if settings.max_unanswered and count >= settings.max_unanswered:
        return Item(
            lead,
            STALE,
            f"{count_of(count, 'follow-up')} with no answer: "
            "consider letting it go (status: dormant) and prospecting anew",
            last_contact=last,
            today=today,
        )
    if last is None:
        reason = "no contact yet: make the first one"
        return _state(Item(lead, UPCOMING, reason, FIRST_CONTACT, today), today, days)
    if reply is not None:
        return _state(reply, today, days)
    conversation = pending(log, _THANK_FOR)
    if conversation is not None:
        due = conversation.date + dt.timedelta(days=settings.thank_you_days)
        reason = f"thank them for the {conversation.type} on {conversation.date}"
        thanks = Item(lead, UPCOMING, reason, THANK_YOU, due, last_contact=last)
        return _state(thanks, today, days)
    return _state(_follow_up(lead, settings, last, log), today, days)


def order(it: Item) -> tuple[int, int, str]:
    """The agenda's one order: by state, then due most overdue first, blocked by when it ends
    (until they get in touch: last), upcoming by due date; ties by lead id."""
    rank = STATES.index(it.state)
    if it.state == DUE:
        return rank, -(it.days_overdue or 0), it.lead.id
    if it.state == UPCOMING and it.due is not None:
        return rank, it.due.toordinal(), it.lead.id
    if it.state == BLOCKED:
        return rank, (it.until or dt.date.max).toordinal(), it.lead.id
    return rank, 0, it.lead.id


def agenda(
    leads: Iterable[Lead], settings: Settings, today: dt.date, calendar: Calendar | None = None
) -> list[Item]:
    """Every lead's item: due (most overdue first), blocked, upcoming, stale, closed."""
    return sorted((item(lead, settings, today, calendar) for lead in leads), key=order)
