"""Adding an entry to a lead's log: read, append, re-check, decide, write. No printing here.

`append_entry` is the one way an entry gets into a lead file, whoever asks for it (the `log`
command, drafts, imports). It reads the lead under a lock, makes sure the bytes it read are the
bytes on disk, appends the entry keeping every byte already there, checks the new text with the
rules as of `today`, refuses the entry when a rule fails on it, and otherwise replaces the file
atomically. The returned `Outcome` says what happened; callers decide how to show it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .checker import check_loaded, display_path
from .findings import ERROR, WAIVABLE_PREFIXES, Finding
from .leads import load_source, load_text
from .loader import outside, read
from .settings import Settings
from .writer import CannotAppend, Fields, append, locked, write_atomic

BOM = b"\xef\xbb\xbf"


class Status(StrEnum):
    WRITTEN = "written"
    CANNOT_LOCK = "cannot-lock"  # the lock file could not be taken
    UNREADABLE = "unreadable"  # the file does not hold a lead; `findings` says why
    CANNOT_READ = "cannot-read"
    CHANGED = "changed"  # the file changed between two reads; trying again may work
    CANNOT_APPEND = "cannot-append"  # the entry cannot go in without touching other bytes
    REFUSED = "refused"  # a rule fails on the new entry; `findings` says which
    CANNOT_WRITE = "cannot-write"


@dataclass(frozen=True, slots=True)
class Outcome:
    status: Status
    path: Path
    display: str  # the path as shown to the user
    findings: tuple[Finding, ...] = ()  # about the new entry (unreadable: about the file)
    waived: tuple[tuple[str, Finding], ...] = ()  # (waiver reason, finding) for the new entry
    line: int | None = None  # the line the new entry starts on
    errors_elsewhere: int = 0  # errors in the rest of the file, which do not stop the entry
    detail: str = ""  # the system's or the writer's words when something failed

    @property
    def written(self) -> bool:
        return self.status == Status.WRITTEN

    @property
    def waivable(self) -> bool:
        """A waiver would let this refused entry in: every rule it breaks may be waived."""
        return any(f.rule.startswith(WAIVABLE_PREFIXES) for f in self.findings)


def append_entry(path: Path, fields: Fields, settings: Settings, today: dt.date) -> Outcome:
    """Append the entry (key, value pairs in order) to the lead in `path`, if the rules allow."""
    if outside(path, settings.root) is not None:  # refused by reading too: no lock out there
        return _append(path, fields, settings, today)
    try:
        with locked(path):  # from reading the lead to replacing it: concurrent logs queue up
            return _append(path, fields, settings, today)
    except OSError as exc:
        return Outcome(
            Status.CANNOT_LOCK, path, display_path(path), detail=str(exc.strerror or exc)
        )


def _append(path: Path, fields: Fields, settings: Settings, today: dt.date) -> Outcome:
    display = display_path(path)
    src, problems = read(path, display, settings.root)
    loaded = load_source(src) if src is not None else None
    if src is None or loaded is None or loaded.lead is None:
        why = problems or (list(loaded.findings) if loaded else [])
        return Outcome(Status.UNREADABLE, path, display, tuple(why))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Outcome(Status.CANNOT_READ, path, display, detail=str(exc.strerror))
    if raw.removeprefix(BOM) != src.text.encode("utf-8"):
        return Outcome(Status.CHANGED, path, display)  # `expect` must be the very bytes read
    try:
        new = append(src.text, fields)
    except CannotAppend as exc:
        return Outcome(Status.CANNOT_APPEND, path, display, detail=str(exc))
    checked = check_loaded(load_text(new.text, display), settings, today)
    line = new.text.count("\n", 0, new.start) + 1
    lead = checked.loaded.lead
    index = lead.log[-1].index if lead is not None and lead.log else None
    inside = tuple(f for f in checked.findings if index is not None and f.entry == index)
    if any(f.severity == ERROR for f in inside):
        return Outcome(Status.REFUSED, path, display, inside, line=line)
    bom = BOM if raw.startswith(BOM) else b""
    try:
        write_atomic(path, bom + new.text.encode("utf-8"), expect=raw)
    except (OSError, CannotAppend) as exc:
        return Outcome(Status.CANNOT_WRITE, path, display, inside, line=line, detail=str(exc))
    waived = tuple(
        (entry.waiver or "", finding) for entry, finding in checked.waived if entry.index == index
    )
    elsewhere = sum(f.severity == ERROR for f in checked.findings if f not in inside)
    return Outcome(Status.WRITTEN, path, display, inside, waived, line, elsewhere)
