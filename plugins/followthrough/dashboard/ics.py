"""The calendar feed (RFC 5545): due and upcoming follow-ups, and when blocked leads open again."""

from __future__ import annotations

import datetime as dt

import icalendar

from ..agenda import State
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


def _event(
    uid: str, day: dt.date, summary: str, description: str, stamp: dt.datetime, url: str | None
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", f"{uid}@followthrough")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("summary", _Text(summary))
    event.add("description", _Text(description))
    event.add("transp", "TRANSPARENT")
    if url:
        event.add("url", url)
    return event


def _title(row: Row) -> str:
    role = f" ({row.lead.role})" if row.lead.role else ""
    return f"{row.lead.company}{role}"


def calendar(d: Dashboard, name: str = "Follow-ups", site_url: str | None = None) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    stamp = dt.datetime.combine(d.today, dt.time(), tzinfo=dt.UTC)
    for row in d.rows:
        it = row.item
        url = None
        if site_url:
            url = site_url.rstrip("/") + "/" + d.layout.url(d.layout.lead(row.lead.id))
        if it.state in (State.DUE, State.UPCOMING) and it.due is not None and it.action:
            who = f" with {row.contact}" if row.contact else ""
            cal.add_component(
                _event(
                    f"{row.lead.id}-{it.action}-{it.due.isoformat()}",
                    it.due,
                    f"{it.action}{who}: {_title(row)}",
                    it.reason,
                    stamp,
                    url,
                )
            )
        elif it.state == State.BLOCKED and it.until is not None:
            cal.add_component(
                _event(
                    f"{row.lead.id}-contact-allowed-{it.until.isoformat()}",
                    it.until,
                    f"contact allowed again: {_title(row)}",
                    it.reason,
                    stamp,
                    url,
                )
            )
    return bytes(cal.to_ical())
