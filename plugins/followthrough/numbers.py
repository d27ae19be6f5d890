"""The numbers of a search, as of `today`: answers, time to answer, the funnel, new leads a week.

A pure core: it takes the leads, the settings and `today`, and never reads the clock. Entries
dated after `today` do not count. The definitions:

- **First contact**: the first entry of a lead's log that is a contact (anything but a note).
  Only leads where that entry is yours (`applied`, `outreach`, ...) count towards response
  rates: when they made the first move, there is nothing of yours to answer.
- **Answered**: something came from them or with them (`response`, `call`, `meeting`,
  `interview`, `offer`, `rejection`) after your first contact. A rejection is an answer too.
- **Days to first response**: from the first contact's date to that first answer's date.
- **By kind, source and channel**: the lead's kind, its `source` (compared without case or
  surrounding spaces), the channel of the first contact; "not recorded" where it is missing.
- **Funnel**: per stage (see `stage.py`), the leads that got at least that far and the leads
  that stand there now. A lead closed as won went through every step.
- **Follow-ups**: each `follow-up` either got an answer (something from them before your next
  follow-up), is still waiting (the latest one of an active lead, sent less than the lead's
  cadence ago), or got none.
- **New leads per week**: leads by the Monday of the week they started (`added`, else the
  first entry), over the last `WEEKS` weeks up to this one, against `weekly_new_leads`.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from .model import KINDS, Entry, Lead, chronological
from .rules import cadence_days
from .settings import Settings
from .stage import OPEN, STAGES, Stage, label, reach, standing

WEEKS = 12
NOT_RECORDED = "not recorded"


def percent(part: int, whole: int) -> int | None:
    """`part` of `whole` in whole percent, halves rounded up; None of nothing."""
    if not whole:
        return None
    return (200 * part + whole) // (2 * whole)


@dataclass(frozen=True, slots=True)
class Rate:
    """How many first contacts got an answer, and how many days each answer took."""

    label: str
    contacted: int
    answered: int
    days: tuple[int, ...] = ()  # days to the first answer, one per answered lead

    @property
    def percent(self) -> int | None:
        return percent(self.answered, self.contacted)

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.days) if self.days else None


@dataclass(frozen=True, slots=True)
class Step:
    """One stage of the funnel."""

    stage: Stage
    label: str
    reached: int  # leads that got at least this far (for `lost`: the leads closed as lost)
    now: int  # leads that stand here now


@dataclass(frozen=True, slots=True)
class FollowUps:
    answered: int
    unanswered: int
    waiting: int

    @property
    def total(self) -> int:
        return self.answered + self.unanswered + self.waiting


@dataclass(frozen=True, slots=True)
class WeekCount:
    start: dt.date  # a Monday
    new_leads: int


@dataclass(frozen=True, slots=True)
class Numbers:
    today: dt.date
    leads: int
    overall: Rate
    by_kind: tuple[Rate, ...]
    by_source: tuple[Rate, ...]
    by_channel: tuple[Rate, ...]
    funnel: tuple[Step, ...]
    follow_ups: FollowUps
    weeks: tuple[WeekCount, ...]
    weekly_goal: int


@dataclass(frozen=True, slots=True)
class FirstContact:
    """A lead's first contact, when it was yours, and their first answer to it."""

    lead: Lead
    entry: Entry
    answer: Entry | None

    @property
    def days(self) -> int | None:
        return None if self.answer is None else (self.answer.date - self.entry.date).days


@dataclass(frozen=True, slots=True)
class AsOf:
    """A lead with its log as of `today`: in time order, nothing dated after `today`."""

    lead: Lead
    log: tuple[Entry, ...]


def as_of(lead: Lead, today: dt.date) -> AsOf:
    return AsOf(lead, tuple(e for e in chronological(lead.log) if e.date <= today))


def first_contact(t: AsOf) -> FirstContact | None:
    lead = t.lead
    contacts = [e for e in t.log if e.is_contact]
    if not contacts or not contacts[0].by_you:
        return None
    answer = next((e for e in contacts[1:] if e.from_them), None)
    return FirstContact(lead, contacts[0], answer)


def rate(name: str, firsts: Iterable[FirstContact]) -> Rate:
    group = list(firsts)
    days = tuple(f.days for f in group if f.days is not None)
    return Rate(name, len(group), len(days), days)


def breakdown(
    firsts: Sequence[FirstContact], key: Callable[[FirstContact], str | None]
) -> tuple[Rate, ...]:
    """One rate per value of `key`: the most contacted first, then by name whatever its case;
    "not recorded" last."""
    groups: dict[str, list[FirstContact]] = {}
    names: dict[str, str] = {}
    for f in firsts:
        value = " ".join((key(f) or "").split())
        folded = value.casefold()
        names.setdefault(folded, value or NOT_RECORDED)
        groups.setdefault(folded, []).append(f)
    rates = [rate(names[k], group) for k, group in groups.items()]
    return tuple(
        sorted(
            rates,
            key=lambda r: (r.label == NOT_RECORDED, -r.contacted, r.label.casefold(), r.label),
        )
    )


def by_kind(firsts: Sequence[FirstContact]) -> tuple[Rate, ...]:
    """One rate per kind that has leads, in the kinds' own order."""
    return tuple(
        rate(kind, [f for f in firsts if f.lead.kind == kind])
        for kind in KINDS
        if any(f.lead.kind == kind for f in firsts)
    )


def funnel(search: Sequence[AsOf]) -> tuple[Step, ...]:
    now = [standing(t.lead, t.log) for t in search]
    far = [
        OPEN.index(reach(t.lead, t.log)) if s != Stage.WON else len(OPEN)
        for t, s in zip(search, now, strict=True)
    ]
    kinds = {t.lead.kind for t in search}
    kind = kinds.pop() if len(kinds) == 1 else None
    steps = []
    for i, s in enumerate(STAGES):
        got = now.count(s) if s == Stage.LOST else sum(1 for f in far if f >= i)
        steps.append(Step(s, label(s, kind), got, now.count(s)))
    return tuple(steps)


def follow_ups(search: Iterable[AsOf], settings: Settings, today: dt.date) -> FollowUps:
    answered = unanswered = waiting = 0
    for t in search:
        # walk back: what came next (from them, or another follow-up) decides each follow-up
        after: Entry | None = None
        for entry in reversed(t.log):
            if entry.type == "follow-up":
                if after is not None and after.from_them:
                    answered += 1
                elif (
                    after is None
                    and t.lead.status == "active"
                    and (today - entry.date).days < cadence_days(t.lead, settings)
                ):
                    waiting += 1
                else:
                    unanswered += 1
            if entry.type == "follow-up" or entry.from_them:
                after = entry
    return FollowUps(answered, unanswered, waiting)


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weeks(leads: Iterable[Lead], today: dt.date, count: int = WEEKS) -> tuple[WeekCount, ...]:
    first = monday(today) - dt.timedelta(weeks=count - 1)
    new = [0] * count
    for lead in leads:
        started = lead.started
        if started is not None and first <= started <= today:
            new[(started - first).days // 7] += 1
    return tuple(WeekCount(first + dt.timedelta(weeks=i), n) for i, n in enumerate(new))


def compute(
    leads: Sequence[Lead],
    settings: Settings,
    today: dt.date,
    timelines: Sequence[AsOf] | None = None,
) -> Numbers:
    """The numbers of the leads; `timelines`, when given, are `as_of(lead, today)` of each lead,
    in the same order (made once per lead and kept, they spare redoing every log)."""
    search = list(timelines) if timelines is not None else [as_of(lead, today) for lead in leads]
    firsts = [f for t in search if (f := first_contact(t)) is not None]
    return Numbers(
        today=today,
        leads=len(leads),
        overall=rate("all leads", firsts),
        by_kind=by_kind(firsts),
        by_source=breakdown(firsts, lambda f: f.lead.source),
        by_channel=breakdown(firsts, lambda f: f.entry.channel),
        funnel=funnel(search),
        follow_ups=follow_ups(search, settings, today),
        weeks=weeks(leads, today),
        weekly_goal=settings.weekly_new_leads,
    )
