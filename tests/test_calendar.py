"""The calendar feed as a person reads it: overdue items today, in date order, plain titles."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from conftest import dashboard_of
from followthrough import dashboard
from followthrough.dashboard import ics

TODAY = dt.date(2026, 11, 20)

LEADS = {
    "kestrel": """\
        company: Kestrel Outdoor Gear
        contacts:
          - name: Ben Okafor
        log:
          - date: 2026-11-04
            type: outreach
        """,
    "lumen": """\
        company: Lumen Health
        role: Data Engineer
        log:
          - date: 2026-11-09
            type: follow-up
            with: Samira Costa
        """,
    "brightline": """\
        company: Brightline Analytics
        """,
    "harbor": """\
        company: Harbor & Pine
        contacts:
          - name: Marguerite Olsen
        log:
          - date: 2026-11-10
            type: outreach
          - date: 2026-11-18
            type: response
        """,
    "quill": """\
        company: Quillfeather Labs
        log:
          - date: 2026-11-18
            type: interview
            with: Tomás Alvarado
        """,
    "fern": """\
        company: Ferncastle Software
        log:
          - date: 2026-11-16
            type: applied
        """,
    "north": """\
        company: Northwind Traders
        instructions:
          - date: 2026-11-12
            kind: quiet-until
            until: 2026-12-01
        log:
          - date: 2026-11-12
            type: interview
        """,
}


def feed(leads: dict[str, str] = LEADS) -> list[icalendar.Component]:
    board = dashboard_of(leads, TODAY)
    cal = icalendar.Calendar.from_ical(dashboard.calendar(board, "Follow-ups"))
    return list(cal.walk("VEVENT"))


def test_events_by_date_overdue_today_most_overdue_first() -> None:
    found = [(e.decoded("DTSTART"), str(e["SUMMARY"])) for e in feed()]
    assert found == [
        (TODAY, "Follow up with Ben Okafor — Kestrel Outdoor Gear"),  # due 2026-11-11
        (TODAY, "Follow up with Samira Costa — Lumen Health"),  # due 2026-11-16
        (TODAY, "Reply to Marguerite Olsen — Harbor & Pine"),  # due 2026-11-18
        (TODAY, "Thank Tomás Alvarado — Quillfeather Labs"),  # due 2026-11-19
        (TODAY, "Make the first contact — Brightline Analytics"),  # due today
        (dt.date(2026, 11, 23), "Follow up — Ferncastle Software"),
        (dt.date(2026, 12, 1), "Quiet period ends — Northwind Traders"),
    ]


def test_an_overdue_event_keeps_its_uid_and_says_when_it_fell_due() -> None:
    (kestrel,) = [e for e in feed() if "Kestrel" in str(e["SUMMARY"])]
    assert str(kestrel["UID"]) == "kestrel-follow-up-2026-11-11@followthrough"
    assert kestrel.decoded("DTEND") == TODAY + dt.timedelta(days=1)
    assert str(kestrel["DESCRIPTION"]).startswith(
        "Kestrel Outdoor Gear.\nDue 2026-11-11, 9 days overdue: "
    )
    (lumen,) = [e for e in feed() if "Lumen" in str(e["SUMMARY"])]
    assert str(lumen["DESCRIPTION"]).startswith("Data Engineer at Lumen Health.\nDue 2026-11-16")


@pytest.mark.parametrize(
    ("action", "contact", "expect"),
    [
        ("follow-up", "Ben Okafor", "Follow up with Ben Okafor — Kestrel"),
        ("follow-up", None, "Follow up — Kestrel"),
        ("first-contact", "Ben Okafor", "Get in touch with Ben Okafor — Kestrel"),
        ("reply", None, "Reply — Kestrel"),
        ("thank-you", "Ben", "Thank Ben — Kestrel"),
        ("thank-you", None, "Send a thank-you — Kestrel"),
    ],
)
def test_titles(action: str, contact: str | None, expect: str) -> None:
    assert ics.title(action, contact, "Kestrel") == expect
