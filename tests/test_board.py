"""The pipeline board: a column per stage in order, each lead in the column of its stage."""

from __future__ import annotations

import datetime as dt

from conftest import dashboard_of
from followthrough import dashboard
from followthrough.dashboard import board
from followthrough.settings import Settings
from followthrough.stage import Stage, stage

TODAY = dt.date(2026, 11, 20)

LEADS = {
    "prospect": "company: Prospect Co\n",
    "applied": """\
        company: Applied Co
        log:
          - date: 2026-11-16
            type: applied
        """,
    "called": """\
        company: Called Co
        log:
          - date: 2026-11-02
            type: applied
          - date: 2026-11-09
            type: call
        """,
    "by-hand": """\
        company: By Hand Co
        stage: interviewing
        log:
          - date: 2026-11-16
            type: applied
        """,
    "offer": """\
        company: Offer Co
        log:
          - date: 2026-11-10
            type: interview
          - date: 2026-11-18
            type: offer
        """,
    "won": """\
        company: Won Co
        status: won
        stage: screening
        """,
    "rejected": """\
        company: Rejected Co
        log:
          - date: 2026-11-03
            type: applied
          - date: 2026-11-12
            type: rejection
        """,
}


def board_of(leads: dict[str, str]) -> dashboard.Dashboard:
    return dashboard_of(leads, TODAY)


def test_a_column_per_stage_each_lead_where_it_stands() -> None:
    columns = board.columns(board_of(LEADS))
    placed = [(c.key, [(card.row.lead.id, card.stage.value) for card in c.cards]) for c in columns]
    assert placed == [
        ("prospect", [("prospect", "prospect")]),
        ("applied", [("applied", "applied")]),
        ("screening", [("called", "screening")]),
        ("interviewing", [("by-hand", "interviewing")]),  # the stage set by hand wins
        ("offer", [("offer", "offer")]),
        # a closed lead goes by its status, whatever `stage:` says; a rejection as the
        # last word from them closes it as lost; won first
        ("closed", [("won", "won"), ("rejected", "lost")]),
    ]
    assert [c.label for c in columns] == [
        "Prospect",
        "Applied",  # every lead is a job
        "Screening",
        "Interviewing",
        "Offer",
        "Closed: won or lost",
    ]


def test_the_stage_set_by_hand_counts_as_reached_only_when_further() -> None:
    from followthrough.stage import reached

    d = board_of(LEADS)
    leads = {r.lead.id: r.lead for r in d.rows}
    assert stage(leads["by-hand"], TODAY) == Stage.INTERVIEWING
    assert reached(leads["by-hand"], TODAY) == Stage.INTERVIEWING
    behind = board_of(
        {"x": "company: X\nstage: applied\nlog:\n  - date: 2026-11-10\n    type: interview\n"}
    )
    (lead,) = [r.lead for r in behind.rows]
    assert stage(lead, TODAY) == Stage.APPLIED  # where it stands: as set
    assert reached(lead, TODAY) == Stage.INTERVIEWING  # how far it got: the log


def test_cards_within_a_column_soonest_next_date_first() -> None:
    leads = {
        "later": "company: Later\nlog:\n  - date: 2026-11-18\n    type: applied\n",
        "sooner": "company: Sooner\nlog:\n  - date: 2026-11-02\n    type: applied\n",
        "soon": "company: Soon\nlog:\n  - date: 2026-11-10\n    type: applied\n",
    }
    (applied,) = [c for c in board.columns(board_of(leads)) if c.key == "applied"]
    assert [card.row.lead.company for card in applied.cards] == ["Sooner", "Soon", "Later"]


def test_a_mix_of_jobs_and_sales_says_applied_or_contacted() -> None:
    leads = {**LEADS, "sale": "company: Sale Co\nkind: sale\n"}
    labels = [c.label for c in board.columns(board_of(leads))]
    assert labels[1] == "Applied / contacted"
    sales = board.columns(board_of({"sale": "company: Sale Co\nkind: sale\n"}))
    assert sales[1].label == "Contacted"


def test_the_board_page_renders_every_column_and_card() -> None:
    page = dashboard.render_board(board_of(LEADS))
    for value in ("prospect", "applied", "screening", "interviewing", "offer", "closed"):
        assert f'data-stage="{value}"' in page
    assert page.count('class="ft-item ft-card') == len(LEADS)
    assert "stage set by hand" in page
    assert page.count("stage set by hand") == 1  # not on the closed lead


def test_the_funnel_counts_a_stage_set_by_hand() -> None:
    from followthrough import numbers

    leads = [r.lead for r in board_of(LEADS).rows]
    steps = {step.stage.value: step for step in numbers.compute(leads, Settings(), TODAY).funnel}
    # got at least as far as interviewing: by-hand (set by hand), offer (interview then offer),
    # won (a win went through every step)
    assert steps["interviewing"].reached == 3
    assert steps["interviewing"].now == 1  # by-hand
