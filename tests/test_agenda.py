from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from followthrough import agenda, leads, settings
from followthrough.model import Lead, chronological

FRI = "2026-11-20"  # the usual `today`: a Friday

# (description, lead YAML after `company:`, settings overrides, today,
#  expected (state, action, due, until, days_overdue))
CASES: list[tuple[str, str, dict[str, Any], str, tuple[Any, ...]]] = [
    # closed, for every status but active
    *[
        (
            f"closed: status {status}",
            f"status: {status}\nlog:\n  - {{date: 2026-10-01, type: applied}}\n",
            {},
            FRI,
            ("closed", None, None, None, None),
        )
        for status in ("won", "lost", "withdrawn", "dormant")
    ],
    (
        "active is the default status",
        "log:\n  - {date: 2026-11-13, type: applied}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-20", None, 0),
    ),
    # blocked
    (
        "blocked: quiet-until in force, until given",
        "instructions:\n"
        "  - {date: 2026-11-10, kind: quiet-until, until: 2026-11-24, said: No news before}\n"
        "log:\n  - {date: 2026-11-01, type: applied}\n",
        {},
        FRI,
        ("blocked", None, None, "2026-11-24", None),
    ),
    (
        "blocked: no-contact without until lasts until they get in touch",
        "instructions:\n  - {date: 2026-10-01, kind: no-contact}\n"
        "log:\n  - {date: 2026-09-20, type: applied}\n",
        {},
        FRI,
        ("blocked", None, None, None, None),
    ),
    (
        "blocked: an instruction blocks from its own date",
        "instructions:\n  - {date: 2026-11-20, kind: quiet-until, until: 2026-12-01}\n"
        "log:\n  - {date: 2026-11-01, type: applied}\n",
        {},
        FRI,
        ("blocked", None, None, "2026-12-01", None),
    ),
    (
        "blocked: no-contact with an until ends on that day",
        "instructions:\n  - {date: 2026-11-10, kind: no-contact, until: 2026-11-21}\n"
        "log:\n  - {date: 2026-11-01, type: applied}\n",
        {},
        FRI,
        ("blocked", None, None, "2026-11-21", None),
    ),
    (
        "quiet period ran out: contact allowed again on its until day",
        "instructions:\n  - {date: 2026-11-10, kind: quiet-until, until: 2026-11-20}\n"
        "log:\n  - {date: 2026-11-01, type: applied}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-20", None, 0),
    ),
    (
        "quiet period ran out: follow-up due not before its until",
        "instructions:\n  - {date: 2026-11-03, kind: quiet-until, until: 2026-11-17}\n"
        "log:\n  - {date: 2026-11-02, type: applied}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-17", None, 3),
    ),
    (
        "quiet period ran out before the cadence date: it moves nothing",
        "instructions:\n  - {date: 2026-11-10, kind: quiet-until, until: 2026-11-12}\n"
        "log:\n  - {date: 2026-11-10, type: applied}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-17", None, 3),
    ),
    (
        "no-contact lifted by their response",
        "instructions:\n  - {date: 2026-11-05, kind: no-contact}\n"
        "log:\n  - {date: 2026-11-01, type: applied}\n"
        "  - {date: 2026-11-12, type: response}\n  - {date: 2026-11-12, type: reply}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-19", None, 1),
    ),
    (
        "quiet-until lifted early by a call: its until no longer holds the follow-up back",
        "instructions:\n  - {date: 2026-11-05, kind: quiet-until, until: 2026-12-15}\n"
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-09, type: call}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-16", None, 4),
    ),
    (
        "an entry from them on the instruction's own day does not lift it",
        "instructions:\n  - {date: 2026-11-10, kind: no-contact}\n"
        "log:\n  - {date: 2026-11-10, type: call}\n",
        {},
        FRI,
        ("blocked", None, None, None, None),
    ),
    (
        "blocked beats due: the follow-up is long overdue",
        "instructions:\n  - {date: 2026-11-10, kind: quiet-until, until: 2026-11-24}\n"
        "log:\n  - {date: 2026-10-01, type: applied}\n",
        {},
        FRI,
        ("blocked", None, None, "2026-11-24", None),
    ),
    (
        "blocked beats stale",
        "instructions:\n  - {date: 2026-11-10, kind: no-contact}\n"
        "log:\n  - {date: 2026-10-01, type: applied}\n  - {date: 2026-10-08, type: follow-up}\n"
        "  - {date: 2026-10-15, type: follow-up}\n  - {date: 2026-10-22, type: follow-up}\n",
        {},
        FRI,
        ("blocked", None, None, None, None),
    ),
    (
        "blocked: a pending thank-you is unprompted, so it waits",
        "instructions:\n  - {date: 2026-11-18, kind: quiet-until, until: 2026-11-30}\n"
        "log:\n  - {date: 2026-11-18, type: interview}\n",
        {},
        FRI,
        ("blocked", None, None, "2026-11-30", None),
    ),
    (
        "a pending reply is due even while blocked (replies are allowed)",
        "instructions:\n  - {date: 2026-11-18, kind: quiet-until, until: 2026-11-30}\n"
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-18, type: response}\n",
        {},
        FRI,
        ("due", "reply", "2026-11-18", "2026-11-30", 2),
    ),
    (
        "two instructions in force: the one lasting longest",
        "instructions:\n  - {date: 2026-11-10, kind: quiet-until, until: 2026-12-10}\n"
        "  - {date: 2026-11-12, kind: quiet-until, until: 2026-11-24}\n"
        "log:\n  - {date: 2026-11-01, type: applied}\n",
        {},
        FRI,
        ("blocked", None, None, "2026-12-10", None),
    ),
    # stale
    (
        "stale at exactly max_unanswered follow-ups",
        "log:\n  - {date: 2026-10-01, type: applied}\n  - {date: 2026-10-08, type: follow-up}\n"
        "  - {date: 2026-10-15, type: follow-up}\n  - {date: 2026-10-22, type: follow-up}\n",
        {},
        FRI,
        ("stale", None, None, None, None),
    ),
    (
        "not stale one below max_unanswered",
        "log:\n  - {date: 2026-10-01, type: applied}\n  - {date: 2026-10-08, type: follow-up}\n"
        "  - {date: 2026-10-15, type: follow-up}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-10-22", None, 29),
    ),
    (
        "stale count reset by their response",
        "log:\n  - {date: 2026-10-01, type: applied}\n  - {date: 2026-10-08, type: follow-up}\n"
        "  - {date: 2026-10-15, type: follow-up}\n  - {date: 2026-10-16, type: response}\n"
        "  - {date: 2026-10-16, type: reply}\n  - {date: 2026-10-23, type: follow-up}\n"
        "  - {date: 2026-10-30, type: follow-up}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-06", None, 14),
    ),
    (
        "stale: your own thank-you between follow-ups does not reset the count",
        "log:\n  - {date: 2026-10-01, type: applied}\n  - {date: 2026-10-08, type: follow-up}\n"
        "  - {date: 2026-10-09, type: thank-you}\n  - {date: 2026-10-16, type: follow-up}\n"
        "  - {date: 2026-10-23, type: follow-up}\n",
        {},
        FRI,
        ("stale", None, None, None, None),
    ),
    (
        "stale with max_unanswered set to 2",
        "log:\n  - {date: 2026-10-01, type: applied}\n  - {date: 2026-10-08, type: follow-up}\n"
        "  - {date: 2026-10-15, type: follow-up}\n",
        {"max_unanswered": 2},
        FRI,
        ("stale", None, None, None, None),
    ),
    (
        "max_unanswered 0 never marks a lead stale",
        "log:\n  - {date: 2026-10-01, type: applied}\n  - {date: 2026-10-08, type: follow-up}\n"
        "  - {date: 2026-10-15, type: follow-up}\n  - {date: 2026-10-22, type: follow-up}\n",
        {"max_unanswered": 0},
        FRI,
        ("due", "follow-up", "2026-10-29", None, 22),
    ),
    # first contact
    (
        "first-contact: no log at all",
        "role: Engineer\n",
        {},
        FRI,
        ("due", "first-contact", FRI, None, 0),
    ),
    ("first-contact: empty log", "log: []\n", {}, FRI, ("due", "first-contact", FRI, None, 0)),
    (
        "first-contact: a log of only notes",
        "log:\n  - {date: 2026-10-01, type: note, summary: found the posting}\n"
        "  - {date: 2026-10-02, type: note}\n",
        {},
        FRI,
        ("due", "first-contact", FRI, None, 0),
    ),
    # reply
    (
        "reply pending after a response",
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-15, type: response}\n",
        {},
        FRI,
        ("due", "reply", "2026-11-15", None, 5),
    ),
    (
        "reply pending after an offer",
        "log:\n  - {date: 2026-11-01, type: interview}\n  - {date: 2026-11-02, type: thank-you}\n"
        "  - {date: 2026-11-18, type: offer}\n",
        {},
        FRI,
        ("due", "reply", "2026-11-18", None, 2),
    ),
    (
        "reply pending on their latest response though an earlier one was answered",
        "log:\n  - {date: 2026-11-05, type: response}\n  - {date: 2026-11-06, type: reply}\n"
        "  - {date: 2026-11-12, type: response}\n",
        {},
        FRI,
        ("due", "reply", "2026-11-12", None, 8),
    ),
    (
        "reply answered: the follow-up clock starts from your reply",
        "log:\n  - {date: 2026-10-01, type: applied}\n  - {date: 2026-11-10, type: response}\n"
        "  - {date: 2026-11-16, type: reply}\n",
        {},
        FRI,
        ("upcoming", "follow-up", "2026-11-23", None, None),
    ),
    (
        "a response answered by the interview it set up: thank-you next",
        "log:\n  - {date: 2026-11-10, type: response}\n  - {date: 2026-11-14, type: interview}\n",
        {},
        FRI,
        ("due", "thank-you", "2026-11-15", None, 5),
    ),
    # thank-you
    (
        "thank-you after an interview",
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-18, type: interview}\n",
        {},
        FRI,
        ("due", "thank-you", "2026-11-19", None, 1),
    ),
    (
        "thank-you after a meeting",
        "log:\n  - {date: 2026-11-18, type: meeting}\n",
        {},
        FRI,
        ("due", "thank-you", "2026-11-19", None, 1),
    ),
    (
        "thank-you due thank_you_days after the conversation",
        "log:\n  - {date: 2026-11-18, type: interview}\n",
        {"thank_you_days": 3},
        FRI,
        ("upcoming", "thank-you", "2026-11-21", None, None),
    ),
    (
        "thank-you answered by a thank-you: follow-up from it",
        "log:\n  - {date: 2026-11-18, type: interview}\n  - {date: 2026-11-18, type: thank-you}\n",
        {},
        FRI,
        ("upcoming", "follow-up", "2026-11-25", None, None),
    ),
    (
        "a call needs no thank-you",
        "log:\n  - {date: 2026-11-18, type: call}\n",
        {},
        FRI,
        ("upcoming", "follow-up", "2026-11-25", None, None),
    ),
    (
        "a later follow-up means the thank-you moment has passed",
        "log:\n  - {date: 2026-10-01, type: interview}\n  - {date: 2026-10-10, type: follow-up}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-10-17", None, 34),
    ),
    # follow-up and its clock
    (
        "follow-up cadence_days after the latest contact",
        "log:\n  - {date: 2026-11-01, type: applied}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-08", None, 12),
    ),
    (
        "a note does not restart the clock",
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-15, type: note}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-08", None, 12),
    ),
    (
        "your reply restarts the follow-up clock",
        "log:\n  - {date: 2026-10-01, type: applied}\n  - {date: 2026-11-12, type: response}\n"
        "  - {date: 2026-11-12, type: reply}\n  - {date: 2026-11-19, type: reply}\n",
        {},
        FRI,
        ("upcoming", "follow-up", "2026-11-26", None, None),
    ),
    (
        "per-lead cadence_days",
        "cadence_days: 14\nlog:\n  - {date: 2026-11-01, type: applied}\n",
        {"cadence_days": 5},
        FRI,
        ("due", "follow-up", "2026-11-15", None, 5),
    ),
    (
        "cadence_days from the settings",
        "log:\n  - {date: 2026-11-01, type: applied}\n",
        {"cadence_days": 10},
        FRI,
        ("due", "follow-up", "2026-11-11", None, 9),
    ),
    # business days
    (
        "business_days: a Saturday due date moves to Monday",
        "log:\n  - {date: 2026-11-14, type: applied}\n",  # + 7 = Sat 21st
        {"business_days": True},
        FRI,
        ("upcoming", "follow-up", "2026-11-23", None, None),
    ),
    (
        "business_days: a Sunday due date moves to Monday",
        "log:\n  - {date: 2026-11-15, type: applied}\n",  # + 7 = Sun 22nd
        {"business_days": True},
        FRI,
        ("upcoming", "follow-up", "2026-11-23", None, None),
    ),
    (
        "business_days: a weekday due date stays",
        "log:\n  - {date: 2026-11-13, type: applied}\n",  # + 7 = Fri 20th
        {"business_days": True},
        FRI,
        ("due", "follow-up", "2026-11-20", None, 0),
    ),
    (
        "business_days off: a Saturday due date stays",
        "log:\n  - {date: 2026-11-14, type: applied}\n",
        {},
        FRI,
        ("upcoming", "follow-up", "2026-11-21", None, None),
    ),
    (
        "business_days: an overdue Saturday counts from the Monday",
        "log:\n  - {date: 2026-10-31, type: applied}\n",  # + 7 = Sat 7th -> Mon 9th
        {"business_days": True},
        FRI,
        ("due", "follow-up", "2026-11-09", None, 11),
    ),
    (
        "business_days: a run-out until on a Sunday moves to Monday",
        "instructions:\n  - {date: 2026-11-03, kind: quiet-until, until: 2026-11-15}\n"
        "log:\n  - {date: 2026-11-02, type: applied}\n",
        {"business_days": True},
        FRI,
        ("due", "follow-up", "2026-11-16", None, 4),
    ),
    # due today vs upcoming
    (
        "due today: 0 days overdue",
        "log:\n  - {date: 2026-11-13, type: applied}\n",
        {},
        "2026-11-20",
        ("due", "follow-up", "2026-11-20", None, 0),
    ),
    (
        "upcoming tomorrow",
        "log:\n  - {date: 2026-11-13, type: applied}\n",
        {},
        "2026-11-19",
        ("upcoming", "follow-up", "2026-11-20", None, None),
    ),
    # order of the log
    (
        "log out of date order: computed on the sorted log (the reply answers the response)",
        "log:\n  - {date: 2026-11-16, type: reply}\n  - {date: 2026-11-15, type: response}\n"
        "  - {date: 2026-11-01, type: applied}\n",
        {},
        FRI,
        ("upcoming", "follow-up", "2026-11-23", None, None),
    ),
    (
        "log out of date order: the latest contact is the latest date, not the last written",
        "log:\n  - {date: 2026-11-12, type: follow-up}\n  - {date: 2026-11-01, type: applied}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-19", None, 1),
    ),
    # date-times
    (
        "date-times order entries of one day: the 09:00 reply came before the 10:00 response",
        "log:\n  - {date: 2026-11-15T10:00, type: response}\n"
        "  - {date: 2026-11-15T09:00, type: reply}\n",
        {},
        FRI,
        ("due", "reply", "2026-11-15", None, 5),
    ),
    (
        "date-times: a reply later that day answers the response",
        "log:\n  - {date: '2026-11-15T09:00:00', type: response}\n"
        "  - {date: 2026-11-15T17:45, type: reply}\n",
        {},
        FRI,
        ("upcoming", "follow-up", "2026-11-22", None, None),
    ),
    (
        "date-times: an untimed entry of the same day keeps its written place",
        "log:\n  - {date: 2026-11-15T10:00, type: response}\n  - {date: 2026-11-15, type: reply}\n",
        {},
        FRI,
        ("upcoming", "follow-up", "2026-11-22", None, None),
    ),
    (
        "date-times: the clock counts whole days from the date",
        "log:\n  - {date: 2026-11-13T23:30, type: applied}\n",
        {},
        FRI,
        ("due", "follow-up", "2026-11-20", None, 0),
    ),
]


def _day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


@pytest.mark.parametrize(
    ("lead_yaml", "overrides", "today", "expected"),
    [pytest.param(*case[1:], id=case[0]) for case in CASES],
)
def test_agenda_item(
    lead_yaml: str, overrides: dict[str, Any], today: str, expected: tuple[Any, ...]
) -> None:
    loaded = leads.load_text("company: Acme\n" + lead_yaml, "leads/acme.yaml")
    assert loaded.findings == ()
    assert loaded.lead is not None
    conf = settings.from_mapping(overrides, Path("."))
    day = dt.date.fromisoformat(today)

    got = agenda.item(loaded.lead, conf, day)

    state, action, due, until, days_overdue = expected
    assert (got.state, got.action, got.due, got.until, got.days_overdue) == (
        state,
        action,
        _day(due),
        _day(until),
        days_overdue,
    )
    assert got.reason
    doc = got.as_json()
    assert (doc["state"], doc["action"], doc["due"], doc["until"], doc["days_overdue"]) == (
        state,
        action,
        due,
        until,
        days_overdue,
    )


def test_case_descriptions_are_unique() -> None:
    names = [case[0] for case in CASES]
    assert len(names) == len(set(names))


def _lead(name: str, text: str) -> Lead:
    loaded = leads.load_text(text, f"leads/{name}.yaml")
    assert loaded.findings == ()
    assert loaded.lead is not None
    return loaded.lead


def test_reasons_say_why() -> None:
    today = dt.date(2026, 11, 20)
    conf = settings.Settings(root=Path("."))
    blocked = agenda.item(
        _lead(
            "a",
            "company: A\ninstructions:\n  - date: 2026-11-10\n    kind: quiet-until\n"
            "    until: 2026-11-24\n    said: |\n      No decision before\n      the 23rd.\n",
        ),
        conf,
        today,
    )
    assert blocked.reason == (
        'they said "No decision before the 23rd." on 2026-11-10; '
        "no unprompted contact before 2026-11-24"
    )
    silent = agenda.item(
        _lead("b", "company: B\ninstructions:\n  - {date: 2026-11-10, kind: no-contact}\n"),
        conf,
        today,
    )
    assert silent.reason == (
        "they asked not to be contacted on 2026-11-10; no contact until they get in touch"
    )
    pushed = agenda.item(
        _lead(
            "c",
            "company: C\ninstructions:\n"
            "  - {date: 2026-11-06, kind: quiet-until, until: 2026-11-15}\n"
            "log:\n  - {date: 2026-11-05, type: applied}\n",
        ),
        settings.Settings(root=Path("."), business_days=True),
        today,
    )
    assert pushed.reason == (
        "last contact: the application on 2026-11-05; check in every 7 days, and not before "
        "2026-11-15, as they asked on 2026-11-06; moved from 15 November: a Sunday, "
        "to Monday 16 November"
    )
    stale = agenda.item(
        _lead(
            "d",
            "company: D\nlog:\n  - {date: 2026-10-08, type: follow-up}\n"
            "  - {date: 2026-10-15, type: follow-up}\n  - {date: 2026-10-22, type: follow-up}\n",
        ),
        conf,
        today,
    )
    assert "3 follow-ups with no answer" in stale.reason
    assert "dormant" in stale.reason


def test_agenda_order() -> None:
    today = dt.date(2026, 11, 20)
    conf = settings.Settings(root=Path("."))
    texts = {
        "closed": "company: Z\nstatus: won\n",
        "stale": "company: Y\nlog:\n  - {date: 2026-10-08, type: follow-up}\n"
        "  - {date: 2026-10-15, type: follow-up}\n  - {date: 2026-10-22, type: follow-up}\n",
        "later": "company: X\nlog:\n  - {date: 2026-11-19, type: applied}\n",
        "sooner": "company: W\nlog:\n  - {date: 2026-11-18, type: applied}\n",
        "forever": "company: V\ninstructions:\n  - {date: 2026-11-01, kind: no-contact}\n",
        "quiet": "company: U\ninstructions:\n"
        "  - {date: 2026-11-01, kind: quiet-until, until: 2026-11-30}\n",
        "today": "company: T\nlog:\n  - {date: 2026-11-13, type: applied}\n",
        "overdue": "company: S\nlog:\n  - {date: 2026-11-01, type: applied}\n",
    }
    items = agenda.agenda([_lead(k, v) for k, v in texts.items()], conf, today)
    assert [i.lead.id for i in items] == [
        "overdue",
        "today",
        "quiet",
        "forever",
        "sooner",
        "later",
        "stale",
        "closed",
    ]


def test_chronological_keeps_written_order_within_a_day() -> None:
    lead = _lead(
        "a",
        "company: A\nlog:\n  - {date: 2026-11-02T15:00, type: call}\n"
        "  - {date: 2026-11-02, type: note}\n  - {date: 2026-11-01, type: applied}\n"
        "  - {date: 2026-11-02T08:00, type: reply}\n",
    )
    ordered = chronological(lead.log)
    assert [e.type for e in ordered] == ["applied", "reply", "note", "call"]


ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("today", ["2026-11-20", "2026-11-27", "2027-01-15"])
def test_dashboard_lists_leads_in_the_agenda_order(today: str) -> None:
    from followthrough import checker, dashboard

    conf = settings.load(ROOT / "mkdocs.yml")
    day = dt.date.fromisoformat(today)
    checked = checker.check_paths(leads.lead_files(conf.leads_path), conf, day)
    found = [c.loaded.lead for c in checked if c.loaded.lead is not None]
    assert len(found) >= 12
    board = dashboard.build(checked, conf, day)
    assert [r.lead.id for r in board.rows] == [i.lead.id for i in agenda.agenda(found, conf, day)]
    blocked = board.state(agenda.State.BLOCKED)
    if today == "2026-11-20":  # a no-contact with no end comes after every dated block
        assert len(blocked) >= 2
        assert blocked[-1].item.until is None
        assert all(r.item.until is not None for r in blocked[:-1])
