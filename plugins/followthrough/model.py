"""Lead files as typed, immutable records that remember where each part came from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import groupby

ENTRY_TYPES = (
    "applied",
    "outreach",
    "interview",
    "meeting",
    "call",
    "thank-you",
    "follow-up",
    "reply",
    "response",
    "offer",
    "rejection",
    "note",
)
BY_YOU = frozenset({"applied", "outreach", "thank-you", "follow-up", "reply"})
BY_BOTH = frozenset({"interview", "meeting", "call"})
BY_THEM = frozenset({"response", "offer", "rejection"})
# entries that come from them or involve them: they end an instruction
FROM_THEM = BY_THEM | BY_BOTH
CHANNELS = ("email", "phone", "linkedin", "in-person", "video", "letter", "other")
KINDS = ("job", "sale")
STATUSES = ("active", "won", "lost", "withdrawn", "dormant")
# the open pipeline stages, in order (closed leads go by their status: won, or not)
OPEN_STAGES = ("prospect", "applied", "screening", "interviewing", "offer")
INSTRUCTION_KINDS = ("quiet-until", "no-contact")
_NOUNS = {"applied": "application"}


def noun(entry_type: str) -> str:
    """How an entry type reads in a sentence: "the application on ...", "the call on ..."."""
    return _NOUNS.get(entry_type, entry_type)


@dataclass(frozen=True, slots=True)
class Pos:
    line: int  # 1-based
    column: int  # 1-based


@dataclass(frozen=True, slots=True)
class Span:
    """Where a text value sits in the source, to point into it."""

    start: int  # character index of the value's node in the source
    end: int
    pos: Pos


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    url: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class Instruction:
    date: dt.date
    kind: str
    pos: Pos
    until: dt.date | None = None
    said: str | None = None


@dataclass(frozen=True, slots=True)
class Entry:
    date: dt.date
    type: str
    pos: Pos
    index: int
    time: dt.time | None = None
    with_: str | None = None
    channel: str | None = None
    summary: str | None = None
    message: str | None = None
    message_span: Span | None = None
    waiver: str | None = None
    message_id: str | None = None

    @property
    def noun(self) -> str:
        return noun(self.type)

    @property
    def is_contact(self) -> bool:
        return self.type != "note"

    @property
    def by_you(self) -> bool:
        return self.type in BY_YOU

    @property
    def from_them(self) -> bool:
        return self.type in FROM_THEM


@dataclass(frozen=True, slots=True)
class Lead:
    id: str
    path: str
    company: str
    role: str | None = None
    kind: str = "job"
    status: str = "active"
    contacts: tuple[Contact, ...] = ()
    source: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    cadence_days: int | None = None
    country: str | None = None
    added: dt.date | None = None
    notes: str | None = None
    stage: str | None = None  # set by hand: wins over the stage the log shows
    instructions: tuple[Instruction, ...] = ()
    log: tuple[Entry, ...] = ()

    @property
    def started(self) -> dt.date | None:
        """When the lead entered the pipeline: `added`, else its first log entry."""
        if self.added is not None:
            return self.added
        return min((e.date for e in self.log), default=None)


def instruction_end(instr: Instruction, log: Iterable[Entry]) -> dt.date | None:
    """The first day the instruction no longer holds: its `until`, or their next contact."""
    ender = min((e.date for e in log if e.from_them and e.date > instr.date), default=None)
    ends = [d for d in (instr.until, ender) if d is not None]
    return min(ends) if ends else None


def count_of(n: int, unit: str) -> str:
    """A number with its unit, plural unless one: count_of(3, "day") is "3 days"."""
    return f"{n} {unit}" + ("" if n == 1 else "s")


def _time(entry: Entry) -> dt.time:
    return entry.time or dt.time.min


def chronological(log: Iterable[Entry]) -> list[Entry]:
    """By date; within a day the written order, with the timed entries put in time order."""
    out: list[Entry] = []
    for _, day in groupby(sorted(log, key=lambda e: (e.date, e.index)), key=lambda e: e.date):
        entries = list(day)
        timed = iter(sorted((e for e in entries if e.time is not None), key=_time))
        out.extend(next(timed) if e.time is not None else e for e in entries)
    return out
