"""The pipeline stage of a lead, derived from its status and its log."""

from __future__ import annotations

import datetime as dt

import pytest

from followthrough import leads
from followthrough.model import Lead
from followthrough.stage import STAGES, Stage, label, reached, stage


def lead(body: str) -> Lead:
    loaded = leads.load_text("company: Acme\n" + body, "leads/acme.yaml")
    assert loaded.lead is not None, loaded.findings
    return loaded.lead


# (description, lead YAML after `company:`, expected reached, expected stage)
CASES = [
    ("no log: a prospect", "role: Analyst\n", "prospect", "prospect"),
    (
        "notes only: still a prospect",
        "log:\n  - {date: 2026-11-01, type: note, summary: found it}\n",
        "prospect",
        "prospect",
    ),
    ("an application", "log:\n  - {date: 2026-11-01, type: applied}\n", "applied", "applied"),
    (
        "outreach for a sale",
        "kind: sale\nlog:\n  - {date: 2026-11-01, type: outreach}\n",
        "applied",
        "applied",
    ),
    (
        "follow-ups alone do not move it",
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-09, type: follow-up}\n",
        "applied",
        "applied",
    ),
    (
        "their response: screening",
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-05, type: response}\n",
        "screening",
        "screening",
    ),
    ("a call: screening", "log:\n  - {date: 2026-11-01, type: call}\n", "screening", "screening"),
    (
        "an interview",
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-09, type: interview}\n",
        "interviewing",
        "interviewing",
    ),
    (
        "a meeting counts as interviewing",
        "kind: sale\nlog:\n  - {date: 2026-11-01, type: meeting}\n",
        "interviewing",
        "interviewing",
    ),
    (
        "an offer",
        "log:\n  - {date: 2026-11-01, type: interview}\n  - {date: 2026-11-09, type: offer}\n",
        "offer",
        "offer",
    ),
    (
        "never backwards: a follow-up after an interview",
        "log:\n  - {date: 2026-11-01, type: interview}\n  - {date: 2026-11-09, type: follow-up}\n",
        "interviewing",
        "interviewing",
    ),
    (
        "written out of order: read in date order",
        "log:\n  - {date: 2026-11-09, type: offer}\n  - {date: 2026-11-01, type: applied}\n",
        "offer",
        "offer",
    ),
    (
        "status won closes it as won",
        "status: won\nlog:\n  - {date: 2026-11-01, type: offer}\n",
        "offer",
        "won",
    ),
    *[
        (
            f"status {status} closes it as lost",
            f"status: {status}\nlog:\n  - {{date: 2026-11-01, type: interview}}\n",
            "interviewing",
            "lost",
        )
        for status in ("lost", "withdrawn", "dormant")
    ],
    (
        "a rejection as their last word: lost, though still active",
        "log:\n  - {date: 2026-11-01, type: interview}\n  - {date: 2026-11-09, type: rejection}\n"
        "  - {date: 2026-11-10, type: reply}\n",
        "interviewing",
        "lost",
    ),
    (
        "a rejection, then they came back",
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-09, type: rejection}\n"
        "  - {date: 2026-11-15, type: call}\n",
        "screening",
        "screening",
    ),
    (
        "a rejection is no step forward",
        "status: lost\nlog:\n  - {date: 2026-11-01, type: applied}\n"
        "  - {date: 2026-11-09, type: rejection}\n",
        "applied",
        "lost",
    ),
]


@pytest.mark.parametrize(("description", "body", "far", "now"), CASES, ids=[c[0] for c in CASES])
def test_stage(description: str, body: str, far: str, now: str) -> None:
    got = lead(body)
    assert (reached(got), stage(got)) == (Stage(far), Stage(now))


def test_entries_after_today_do_not_count_yet() -> None:
    got = lead(
        "log:\n  - {date: 2026-11-01, type: applied}\n  - {date: 2026-11-25, type: interview}\n"
    )
    assert stage(got, dt.date(2026, 11, 20)) == Stage.APPLIED
    assert stage(got, dt.date(2026, 11, 25)) == Stage.INTERVIEWING


def test_labels() -> None:
    assert [label(s, "job") for s in STAGES] == [
        "Prospect",
        "Applied",
        "Screening",
        "Interviewing",
        "Offer",
        "Closed: won",
        "Closed: lost",
    ]
    assert label(Stage.APPLIED, "sale") == "Contacted"
    assert label(Stage.APPLIED) == "Applied / contacted"  # jobs and sales together
