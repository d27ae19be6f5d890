"""The dashboard's view model: checked leads, agenda and settings as of `today`, ready to render."""

from __future__ import annotations

import datetime as dt
import posixpath
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from .. import agenda, days_off, drafts, numbers, stage
from ..agenda import (
    BLOCKED,
    CLOSED,
    DUE,
    STALE,
    STATES,
    UPCOMING,
    UPCOMING_DAYS,
    Item,
    State,
)
from ..checker import Checked
from ..days_off import Calendar
from ..findings import Finding
from ..model import Entry, Lead
from ..settings import Settings
from ..stage import Stage

CHART_WEEKS = 12


@dataclass(frozen=True, slots=True)
class Layout:
    """Where the generated pages live in the site (source URIs, as MkDocs names files)."""

    home: str = "index.md"
    all_leads: str = "all-leads.md"
    due: str = "due.md"  # every due item; the home page shows the most overdue
    numbers: str = "numbers.md"
    board: str = "board.md"
    calendar: str = "followups.ics"
    lead_dir: str = "lead"
    directory_urls: bool = True

    def lead(self, lead_id: str) -> str:
        return f"{self.lead_dir}/{lead_id}.md"

    def url(self, src_uri: str) -> str:
        """The page's URL relative to the site root, the way MkDocs makes it."""
        stem, ext = posixpath.splitext(src_uri)
        if ext != ".md":
            return quote(src_uri)
        if self.directory_urls:
            folder, name = posixpath.split(stem)
            path = f"{folder}/" if name == "index" else f"{stem}/"
            return "./" if path == "/" else quote(path)
        return quote(f"{stem}.html")

    def link(self, from_uri: str, to_uri: str) -> str:
        """A relative link from one generated page to another page or file."""
        here = self.url(from_uri)
        base = here if here.endswith("/") else posixpath.dirname(here) or "."
        target = self.url(to_uri)
        rel = posixpath.relpath(target.rstrip("/") or ".", base.rstrip("/") or ".")
        if target.endswith("/") and not rel.endswith("/"):
            rel += "/"
        return rel


@dataclass(frozen=True, slots=True)
class Waived:
    """A log entry whose waiver turned off rules that it breaks, each rule named once."""

    lead: Lead
    entry: Entry
    path: str
    rules: tuple[str, ...]


def waived_entries(lead: Lead, hits: Sequence[tuple[Entry, Finding]]) -> list[Waived]:
    """One row per waived entry, in log order, with the rules it would break in the order found."""
    entries: dict[int, tuple[Entry, str]] = {}
    rules: dict[int, dict[str, None]] = {}
    for entry, finding in hits:
        entries.setdefault(entry.index, (entry, finding.path))
        rules.setdefault(entry.index, {})[finding.rule] = None
    return [
        Waived(lead, entry, path, tuple(rules[index]))
        for index, (entry, path) in sorted(entries.items())
    ]


@dataclass(frozen=True, slots=True)
class Week:
    start: dt.date
    contacts: int
    new_leads: int


@dataclass(frozen=True, slots=True)
class Health:
    active: int
    min_active: int
    new_this_week: int
    weekly_goal: int

    @property
    def active_ok(self) -> bool:
        return self.active >= self.min_active

    @property
    def new_ok(self) -> bool:
        return self.new_this_week >= self.weekly_goal


@dataclass(frozen=True, slots=True)
class Row:
    """One lead on the dashboard: its agenda item and what the page needs around it."""

    item: Item
    checked: Checked
    contact: str | None
    next_action: str | None = None  # for a blocked lead: what comes once the block ends
    next_due: dt.date | None = None
    draft: drafts.Draft | None = None  # a suggested message, for what is due or upcoming
    draft_error: str | None = None  # a template of the repository's own that did not render
    stage: Stage | None = None  # where the lead stands in the pipeline as of the day
    timeline: numbers.AsOf | None = None  # its log as of the day, for the numbers page

    @property
    def last_sent(self) -> Entry | None:
        """The latest message you sent this lead, to show next to the draft."""
        return next(
            (e for e in reversed(self.lead.log) if e.by_you and e.message and e.message.strip()),
            None,
        )

    @property
    def lead(self) -> Lead:
        return self.item.lead

    @property
    def findings(self) -> list[Finding]:
        return self.checked.findings

    @property
    def next_date(self) -> dt.date | None:
        """When something happens next: the follow-up's date, or the day a block ends."""
        return self.item.due or self.item.until

    @property
    def search_text(self) -> str:
        """What the all-leads filter matches beyond the visible cells: tags and contacts."""
        lead = self.lead
        return " ".join([*lead.tags, *(c.name for c in lead.contacts), self.contact or ""])


@dataclass(frozen=True, slots=True)
class Dashboard:
    today: dt.date
    pinned: bool
    settings: Settings
    rows: list[Row]
    unreadable: list[Checked]  # files that did not give a lead at all
    findings: list[Finding]
    waived: list[Waived]
    health: Health
    weeks: list[Week]
    layout: Layout = field(default_factory=Layout)
    source_base: str | None = None  # URL prefix of the repository's files, for source links

    @property
    def by_next_date(self) -> list[Row]:
        """Every lead, the soonest next date first; leads with nothing planned last, by name."""
        return sorted(
            self.rows,
            key=lambda r: (
                r.next_date is None,
                r.next_date or self.today,
                r.lead.company.casefold(),
                r.lead.id,
            ),
        )

    def state(self, state: State) -> list[Row]:
        return [r for r in self.rows if r.item.state == state]

    @property
    def counts(self) -> dict[State, int]:
        out = dict.fromkeys(STATES, 0)
        for r in self.rows:
            out[r.item.state] += 1
        return out

    @property
    def upcoming_until(self) -> dt.date:
        return self.today + dt.timedelta(days=UPCOMING_DAYS)

    def source_url(self, path: str) -> str | None:
        return None if self.source_base is None else self.source_base + quote(path)


def contact_name(item: Item) -> str | None:
    last = item.last_contact
    if last is not None and last.with_:
        return last.with_
    return item.lead.contacts[0].name if item.lead.contacts else None


def _row(
    checked: Checked,
    lead: Lead,
    settings: Settings,
    today: dt.date,
    templates: Path | None,
    calendar: Calendar,
) -> Row:
    it = agenda.item(lead, settings, today, calendar)
    next_action = next_due = None
    if it.state == BLOCKED and it.until is not None:
        after = agenda.item(lead, settings, it.until, calendar)
        if after.state in (DUE, UPCOMING):
            next_action, next_due = after.action, after.due
    draft = error = None
    if it.state in (DUE, UPCOMING):
        try:
            draft = drafts.render(it, templates)
        except drafts.DraftError as exc:
            error = str(exc)
    timeline = numbers.as_of(lead, today)
    where = stage.standing(lead, timeline.log)
    return Row(it, checked, contact_name(it), next_action, next_due, draft, error, where, timeline)


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weeks(leads: Sequence[Lead], today: dt.date, count: int = CHART_WEEKS) -> list[Week]:
    first = monday(today) - dt.timedelta(weeks=count - 1)
    contacts = [0] * count
    new = [0] * count
    for lead in leads:
        for entry in lead.log:
            slot = (entry.date - first).days // 7
            if entry.is_contact and 0 <= slot < count:
                contacts[slot] += 1
        started = lead.started
        if started is not None and 0 <= (slot := (started - first).days // 7) < count:
            new[slot] += 1
    return [Week(first + dt.timedelta(weeks=i), contacts[i], new[i]) for i in range(count)]


def build(
    checked: Sequence[Checked],
    settings: Settings,
    today: dt.date,
    *,
    pinned: bool = False,
    layout: Layout | None = None,
    source_base: str | None = None,
    templates: Path | None = None,
    calendar: Calendar | None = None,
    known: Mapping[int, Row] | None = None,
) -> Dashboard:
    """The view of checked leads; `templates` is the repository's own drafts folder, if any;
    `calendar` the days off (default: the one the settings describe).

    `known` holds rows of an earlier build with the same settings, date and templates, by the
    `id()` of their checked lead: a lead whose checked result is that same object keeps its row.
    """
    days = calendar if calendar is not None else days_off.calendar(settings)
    rows: list[Row] = []
    unreadable: list[Checked] = []
    findings: list[Finding] = []
    waived: list[Waived] = []
    for c in checked:
        findings.extend(c.findings)
        lead = c.loaded.lead
        if lead is None:
            unreadable.append(c)
            continue
        row = known.get(id(c)) if known else None
        if row is None or row.checked is not c:
            row = _row(c, lead, settings, today, templates, days)
        rows.append(row)
        waived.extend(waived_entries(lead, c.waived))
    rows.sort(key=lambda r: agenda.order(r.item))
    leads = [r.lead for r in rows]
    this_week = monday(today)
    health = Health(
        active=sum(1 for lead in leads if lead.status == "active"),
        min_active=settings.min_active_leads,
        new_this_week=sum(
            1 for lead in leads if lead.started and monday(lead.started) == this_week
        ),
        weekly_goal=settings.weekly_new_leads,
    )
    return Dashboard(
        today=today,
        pinned=pinned,
        settings=settings,
        rows=rows,
        unreadable=unreadable,
        findings=findings,
        waived=waived,
        health=health,
        weeks=weeks(leads, today),
        layout=layout or Layout(),
        source_base=source_base,
    )


__all__ = ["BLOCKED", "CLOSED", "DUE", "STALE", "UPCOMING", "Dashboard", "Layout", "Row", "build"]
