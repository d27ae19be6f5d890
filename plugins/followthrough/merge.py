"""Adding many entries to a lead, each at its date's place in the log: read, place, re-check, write.

Beside `append_entry` (one entry at the end, refused when it breaks a rule), this is for history
brought in from elsewhere: what happened, happened. An entry that breaks a waivable rule (cadence,
tone) gets the given waiver; an entry that cannot go in without an error the waiver does not turn
off (dated after today, say), or that would make an entry already in the log break a rule, is
left out and said why. Under the lead's lock, the new text replaces the file atomically, keeping
every byte already there. With `write=False` nothing is written: the outcome says what would be.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .append import BOM, Status
from .checker import check_loaded, display_path
from .findings import ERROR, WAIVABLE_PREFIXES, Finding
from .leads import load_source, load_text
from .loader import MAX_BYTES, outside, read
from .model import Entry, Lead
from .settings import Settings
from .writer import CannotAppend, Fields, insert, locked, write_atomic

Plan = Callable[[Lead], Sequence[Fields]]


@dataclass(frozen=True, slots=True)
class Added:
    fields: Fields  # as written, with the waiver when it needed one
    line: int
    waived: tuple[Finding, ...] = ()  # what the waiver turned off


@dataclass(frozen=True, slots=True)
class Left:
    fields: Fields
    findings: tuple[Finding, ...]  # why it was left out


@dataclass(frozen=True, slots=True)
class Merged:
    status: Status
    path: Path
    display: str
    lead: Lead | None = None
    added: tuple[Added, ...] = ()
    left: tuple[Left, ...] = ()
    findings: tuple[Finding, ...] = ()  # UNREADABLE: about the file
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.status == Status.WRITTEN


def add_entries(
    path: Path, plan: Plan, settings: Settings, today: dt.date, waiver: str, write: bool = True
) -> Merged:
    """Add the entries `plan` proposes for the lead in `path` (read under its lock)."""
    if not write or outside(path, settings.root) is not None:
        return _add(path, plan, settings, today, waiver, write)
    try:
        with locked(path):
            return _add(path, plan, settings, today, waiver, write)
    except OSError as exc:
        return Merged(Status.CANNOT_LOCK, path, display_path(path), detail=str(exc.strerror or exc))


def _add(
    path: Path, plan: Plan, settings: Settings, today: dt.date, waiver: str, write: bool
) -> Merged:
    display = display_path(path)
    src, problems = read(path, display, settings.root)
    loaded = load_source(src) if src is not None else None
    if src is None or loaded is None or loaded.lead is None:
        why = problems or (list(loaded.findings) if loaded else [])
        return Merged(Status.UNREADABLE, path, display, findings=tuple(why))
    lead = loaded.lead
    entries = plan(lead)
    if not entries:
        return Merged(Status.WRITTEN, path, display, lead)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Merged(Status.CANNOT_READ, path, display, lead, detail=str(exc.strerror))
    if raw.removeprefix(BOM) != src.text.encode("utf-8"):
        return Merged(Status.CHANGED, path, display, lead)
    try:
        text, added, left = merge(src.text, lead, entries, settings, today, waiver)
    except CannotAppend as exc:
        return Merged(Status.CANNOT_APPEND, path, display, lead, detail=str(exc))
    data = (BOM if raw.startswith(BOM) else b"") + text.encode("utf-8")
    if len(data) > MAX_BYTES:
        detail = f"with the new entries the file would be over {MAX_BYTES // 1024} KiB"
        return Merged(Status.CANNOT_APPEND, path, display, lead, detail=detail)
    if write and added:
        try:
            write_atomic(path, data, expect=raw)
        except (OSError, CannotAppend) as exc:
            return Merged(Status.CANNOT_WRITE, path, display, lead, detail=str(exc))
    return Merged(Status.WRITTEN, path, display, lead, tuple(added), tuple(left))


def place(log: Sequence[Entry], fields: Fields) -> int:
    """The index to insert the entry at: after every entry not later than it."""
    value = dict(fields)["date"]
    day = dt.date.fromisoformat(value[:10])
    time = dt.time.fromisoformat(value[11:16]) if len(value) > 10 else None
    at = 0
    for i, entry in enumerate(log):
        same_day_later = (
            entry.date == day and entry.time is not None and time is not None and entry.time > time
        )
        if entry.date < day or (entry.date == day and not same_day_later):
            at = i + 1
    return at


def _verdicts(
    findings: Sequence[Finding],
    mine: dict[int, int],
    current: list[list[tuple[str, str]]],
    old_errors: set[tuple[str, int | None]],
    waiver: str,
    why: dict[int, list[Finding]],
) -> tuple[set[int], set[int]]:
    """Which new entries must be left out and which need the waiver, from the errors found.

    `mine` maps an entry's index in the new text to its place in `current`; `why` collects the
    findings that leave an entry out.
    """
    drop: set[int] = set()
    waive: set[int] = set()
    for f in findings:
        if f.severity != ERROR or f.entry is None:
            continue
        if f.entry in mine:
            i = mine[f.entry]
            if f.rule.startswith(WAIVABLE_PREFIXES) and ("waiver", waiver) not in current[i]:
                waive.add(i)
            elif not f.rule.startswith(WAIVABLE_PREFIXES):
                drop.add(i)
                why.setdefault(i, []).append(f)
            continue
        old_index = f.entry - sum(n < f.entry for n in mine)
        if (f.rule, old_index) in old_errors:
            continue
        culprit = max((n for n in mine if n < f.entry), default=None)
        if culprit is not None:  # a new entry just before it made it break a rule
            drop.add(mine[culprit])
            why.setdefault(mine[culprit], []).append(f)
    return drop, waive


def merge(
    text: str,
    lead: Lead,
    entries: Sequence[Fields],
    settings: Settings,
    today: dt.date,
    waiver: str,
) -> tuple[str, list[Added], list[Left]]:
    """The text with the entries in; which went in (with waivers) and which were left out."""
    before = check_loaded(load_text(text, lead.path), settings, today)
    old_errors = {(f.rule, f.entry) for f in before.findings if f.severity == ERROR}
    places = [place(lead.log, fields) for fields in entries]
    current = [list(fields) for fields in entries]
    active = list(range(len(entries)))
    why: dict[int, list[Finding]] = {}
    while True:
        new = insert(text, [(places[i], current[i]) for i in active])
        checked = check_loaded(load_text(new.text, lead.path), settings, today)
        mine = dict(zip(new.indexes, active, strict=True))
        drop, waive = _verdicts(checked.findings, mine, current, old_errors, waiver, why)
        if not drop and not waive:
            break
        for i in waive - drop:
            current[i].append(("waiver", waiver))
        active = [i for i in active if i not in drop]
    assert checked.loaded.lead is not None
    lines = {mine[e.index]: e.pos.line for e in checked.loaded.lead.log if e.index in mine}
    waived: dict[int, list[Finding]] = {}
    for entry, finding in checked.waived:
        if entry.index in mine:
            waived.setdefault(mine[entry.index], []).append(finding)
    added = [Added(tuple(current[i]), lines[i], tuple(waived.get(i, ()))) for i in active]
    left = [Left(tuple(current[i]), tuple(why[i])) for i in sorted(why)]
    return new.text, added, left
