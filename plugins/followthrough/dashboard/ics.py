"""The calendar feed (RFC 5545): due and upcoming follow-ups, and when blocked leads open again."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import icalendar

from ..agenda import FIRST_CONTACT, FOLLOW_UP, REPLY, THANK_YOU, State
from ..model import count_of
from .view import Dashboard, Row

PRODID = "-//followthrough//follow-up dashboard//EN"
# RFC 5545 TEXT allows no control characters but tab (line breaks are escaped below)
_CONTROLS = dict.fromkeys(c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)) | {0x7F: None}


class _Text(icalendar.vText):
    """TEXT escaped as RFC 5545 says, keeping a literal backslash-N as written."""

    def to_ical(self) -> bytes:
        text = str(self).translate(_CONTROLS)
        for raw, escaped in (
            ("\\", "\\\\"),
            (";", "\\;"),
            (",", "\\,"),
            ("\r\n", "\\n"),
            ("\n", "\\n"),
            ("\r", "\\n"),
        ):
            text = text.replace(raw, escaped)
        return text.encode("utf-8")


@dataclass(frozen=True, slots=True)
class Event:
    uid: str
    day: dt.date
    summary: str
    description: str
    url: str | None
    since: dt.date  # when it fell due: the most overdue comes first on a day


def _component(event: Event, stamp: dt.datetime) -> icalendar.Event:
    out = icalendar.Event()
    out.add("uid", f"{event.uid}@followthrough")
    out.add("dtstamp", stamp)
    out.add("dtstart", event.day)
    out.add("dtend", event.day + dt.timedelta(days=1))
    out.add("summary", _Text(event.summary))
    out.add("description", _Text(event.description))
    out.add("transp", "TRANSPARENT")
    if event.url:
        out.add("url", event.url)
    return out


# what to do, as a person would write it in a calendar: with a name, and without one
_ACTIONS = {
    FIRST_CONTACT: ("Get in touch with {}", "Make the first contact"),
    REPLY: ("Reply to {}", "Reply"),
    THANK_YOU: ("Thank {}", "Send a thank-you"),
    FOLLOW_UP: ("Follow up with {}", "Follow up"),
}


def title(action: str, contact: str | None, company: str) -> str:
    """An event's title: what to do, with whom, at which company."""
    named, bare = _ACTIONS.get(action, (action + " with {}", action))
    what = named.format(contact) if contact else bare
    return f"{what} — {company}"


def _about(row: Row) -> str:
    lead = row.lead
    return f"{lead.role} at {lead.company}" if lead.role else lead.company


def events(d: Dashboard, site_url: str | None = None) -> list[Event]:
    """The feed's events, by date: what is due (overdue ones today, so they stay in sight),
    upcoming follow-ups, and the day a blocked lead may be contacted again."""
    found = []
    for row in d.rows:
        it = row.item
        url = None
        if site_url:
            url = site_url.rstrip("/") + "/" + d.layout.url(d.layout.lead(row.lead.id))
        if it.state in (State.DUE, State.UPCOMING) and it.due is not None and it.action:
            day = max(it.due, d.today)  # overdue: today, so it stays in sight
            late = (d.today - it.due).days
            when = f"Due {it.due.isoformat()}"
            if late > 0:
                when += f", {count_of(late, 'day')} overdue"
            found.append(
                Event(
                    f"{row.lead.id}-{it.action}-{it.due.isoformat()}",
                    day,
                    title(it.action, row.contact, row.lead.company),
                    f"{_about(row)}.\n{when}: {it.reason}",
                    url,
                    it.due,
                )
            )
        elif it.state == State.BLOCKED and it.until is not None:
            said = it.instruction.kind if it.instruction else "instruction"
            what = "Quiet period ends" if said == "quiet-until" else "Contact allowed again"
            found.append(
                Event(
                    f"{row.lead.id}-contact-allowed-{it.until.isoformat()}",
                    it.until,
                    f"{what} — {row.lead.company}",
                    f"{_about(row)}.\n{it.reason}",
                    url,
                    it.until,
                )
            )
    found.sort(key=lambda e: (e.day, e.since, e.summary.casefold(), e.uid))
    return found


@functools.lru_cache(maxsize=1 << 16)
def _event_ical(event: Event, stamp: dt.datetime) -> bytes:
    """One VEVENT as text; kept, so that a rebuild after one edit writes only what changed."""
    return bytes(_component(event, stamp).to_ical())


def calendar(d: Dashboard, name: str = "Follow-ups", site_url: str | None = None) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = dt.datetime.combine(d.today, dt.time(), tzinfo=dt.UTC)
    head, end, tail = bytes(cal.to_ical()).rpartition(b"END:VCALENDAR")
    body = b"".join(_event_ical(event, stamp) for event in events(d, site_url))
    return head + body + end + tail
