"""Every figure of the numbers page, on a small search whose answers are worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from conftest import loaded_leads
from followthrough import leads, numbers
from followthrough.numbers import FollowUps, Rate, Step, WeekCount
from followthrough.settings import Settings
from followthrough.stage import Stage

TODAY = dt.date(2026, 11, 20)  # a Friday; this week starts on Monday 16 November

SEARCH = {
    # answered 4 days after the application (1 Oct -> 5 Oct)
    "alpha": """\
        company: Alpha
        source: Referral
        log:
          - {date: 2026-10-01, type: applied, channel: email}
          - {date: 2026-10-05, type: response}
          - {date: 2026-10-12, type: interview}
        """,
    # the first follow-up went unanswered (another came after it), the second got an answer;
    # their first answer came 18 days after the application (5 Oct -> 23 Oct)
    "bravo": """\
        company: Bravo
        source: "referral "
        log:
          - {date: 2026-10-05, type: applied, channel: linkedin}
          - {date: 2026-10-13, type: follow-up}
          - {date: 2026-10-21, type: follow-up}
          - {date: 2026-10-23, type: response}
        """,
    # never answered; two follow-ups, neither answered; closed as lost
    "charlie": """\
        company: Charlie
        status: lost
        source: job board
        log:
          - {date: 2026-10-10, type: applied, channel: email}
          - {date: 2026-10-20, type: follow-up}
          - {date: 2026-11-03, type: follow-up}
        """,
    # a sale, no source: answered by a call 2 days after the outreach (1 Sep -> 3 Sep); won
    "delta": """\
        company: Delta
        kind: sale
        status: won
        log:
          - {date: 2026-09-01, type: outreach, channel: phone}
          - {date: 2026-09-03, type: call}
          - {date: 2026-09-10, type: meeting}
          - {date: 2026-09-20, type: offer}
        """,
    # they wrote first (a recruiter): no first contact of ours to answer
    "echo": """\
        company: Echo
        source: recruiter
        log:
          - {date: 2026-11-02, type: response, channel: email}
          - {date: 2026-11-03, type: reply}
          - {date: 2026-11-10, type: call}
        """,
    # a prospect, added this week
    "foxtrot": """\
        company: Foxtrot
        added: 2026-11-17
        """,
    # a follow-up sent 6 days ago, cadence 7: still waiting
    "golf": """\
        company: Golf
        source: Job Board
        log:
          - {date: 2026-11-05, type: applied, channel: email}
          - {date: 2026-11-14, type: follow-up}
        """,
    # a rejection 4 days after the application (26 Oct -> 30 Oct): an answer; lost
    "hotel": """\
        company: Hotel
        source: Referral
        log:
          - {date: 2026-10-26, type: applied, channel: email}
          - {date: 2026-10-30, type: rejection}
        """,
    # dated after today: nothing counts yet
    "india": """\
        company: India
        log:
          - {date: 2026-11-25, type: applied, channel: email}
        """,
}


@pytest.fixture(scope="module")
def got() -> numbers.Numbers:
    search = [x.lead for x in loaded_leads(SEARCH) if x.lead is not None]
    assert len(search) == len(SEARCH)
    return numbers.compute(search, Settings(root=Path("."), weekly_new_leads=2), TODAY)


def test_overall_response_rate_and_median_days(got: numbers.Numbers) -> None:
    # first contact of ours: alpha, bravo, charlie, delta, golf, hotel = 6
    # (echo wrote first, foxtrot has no log, india's entry is after today)
    # answered: alpha (4 days), bravo (18), delta (2), hotel (4) = 4; 4 / 6 = 66.7 % -> 67 %
    assert got.leads == 9
    assert got.overall == Rate("all leads", 6, 4, (4, 18, 2, 4))
    assert got.overall.percent == 67
    # median of 2, 4, 4, 18: (4 + 4) / 2 = 4
    assert got.overall.median_days == 4


def test_response_rate_by_kind(got: numbers.Numbers) -> None:
    # job: alpha, bravo, charlie, golf, hotel = 5 contacted; alpha, bravo, hotel answered = 3
    # 3 / 5 = 60 %, days 4, 18, 4 -> median 4; sale: delta 1 of 1 = 100 %, 2 days
    assert got.by_kind == (Rate("job", 5, 3, (4, 18, 4)), Rate("sale", 1, 1, (2,)))
    assert [(r.percent, r.median_days) for r in got.by_kind] == [(60, 4), (100, 2)]


def test_response_rate_by_source(got: numbers.Numbers) -> None:
    # "Referral", "referral " and "Referral" are one source, named as first seen:
    # alpha, bravo, hotel 3 of 3 = 100 %; "job board" / "Job Board": charlie, golf 0 of 2 = 0 %;
    # no source: delta 1 of 1, listed last; most contacted first
    assert got.by_source == (
        Rate("Referral", 3, 3, (4, 18, 4)),
        Rate("job board", 2, 0, ()),
        Rate("not recorded", 1, 1, (2,)),
    )
    assert [r.percent for r in got.by_source] == [100, 0, 100]
    assert got.by_source[1].median_days is None


def test_response_rate_by_channel_of_the_first_contact(got: numbers.Numbers) -> None:
    # email: alpha, charlie, golf, hotel = 4; alpha, hotel answered = 2 -> 50 %
    # linkedin: bravo 1 of 1; phone: delta 1 of 1; equal counts by name
    assert got.by_channel == (
        Rate("email", 4, 2, (4, 4)),
        Rate("linkedin", 1, 1, (18,)),
        Rate("phone", 1, 1, (2,)),
    )
    assert [r.percent for r in got.by_channel] == [50, 100, 100]


def test_funnel(got: numbers.Numbers) -> None:
    # now: foxtrot, india prospect; golf applied; bravo, echo screening; alpha interviewing;
    # delta won; charlie (status) and hotel (rejection) lost
    # reached: everyone is a prospect (9); applied or further: all but foxtrot, india (7);
    # screening or further: alpha, bravo, delta (won: every step), echo (4);
    # interviewing or further: alpha, delta (2); offer: delta (1); won: delta (1)
    assert got.funnel == (
        Step(Stage.PROSPECT, "Prospect", 9, 2),
        Step(Stage.APPLIED, "Applied / contacted", 7, 1),
        Step(Stage.SCREENING, "Screening", 4, 2),
        Step(Stage.INTERVIEWING, "Interviewing", 2, 1),
        Step(Stage.OFFER, "Offer", 1, 0),
        Step(Stage.WON, "Closed: won", 1, 1),
        Step(Stage.LOST, "Closed: lost", 2, 2),
    )
    assert sum(s.now for s in got.funnel) == got.leads


def test_follow_ups_answered_or_not(got: numbers.Numbers) -> None:
    # bravo 13 Oct: another follow-up came first -> no answer; bravo 21 Oct: response -> answered
    # charlie 20 Oct and 3 Nov: no answer (17 days ago, and the lead is closed)
    # golf 14 Nov: 6 days ago, cadence 7 -> waiting
    assert got.follow_ups == FollowUps(answered=1, unanswered=3, waiting=1)
    assert got.follow_ups.total == 5


def test_new_leads_per_week_against_the_goal(got: numbers.Numbers) -> None:
    # 12 weeks: from Monday 31 Aug to this week's Monday 16 Nov
    # delta 1 Sep; alpha 1 Oct; bravo 5 Oct, charlie 10 Oct; hotel 26 Oct;
    # echo 2 Nov, golf 5 Nov; foxtrot 17 Nov (added); india starts after today: not counted
    mondays = [dt.date(2026, 8, 31) + dt.timedelta(weeks=i) for i in range(12)]
    counts = [1, 0, 0, 0, 1, 2, 0, 0, 1, 2, 0, 1]
    assert got.weeks == tuple(WeekCount(m, n) for m, n in zip(mondays, counts, strict=True))
    assert got.weekly_goal == 2


def test_no_leads_at_all() -> None:
    empty = numbers.compute([], Settings(root=Path(".")), TODAY)
    assert empty.overall == Rate("all leads", 0, 0, ())
    assert (empty.overall.percent, empty.overall.median_days) == (None, None)
    assert empty.by_kind == empty.by_source == empty.by_channel == ()
    assert [s.reached for s in empty.funnel] == [0] * 7
    assert empty.follow_ups == FollowUps(0, 0, 0)
    assert sum(w.new_leads for w in empty.weeks) == 0


@pytest.mark.parametrize(
    ("contacted", "answered", "percent"), [(3, 2, 67), (2, 1, 50), (8, 1, 13), (3, 0, 0)]
)
def test_percent_rounds_half_up(contacted: int, answered: int, percent: int) -> None:
    # 2/3 = 66.7 -> 67; 1/2 = 50; 1/8 = 12.5 -> 13; 0/3 = 0
    assert Rate("x", contacted, answered).percent == percent


def test_equal_counts_go_by_name_whatever_the_case() -> None:
    applied = "log: [{date: 2026-11-02, type: applied}]\n"
    texts = {
        "one": f"company: One\nsource: University jobs site\n{applied}",
        "two": f"company: Two\nsource: company careers page\n{applied}",
    }
    search = [leads.load_text(t, f"leads/{n}.yaml").lead for n, t in texts.items()]
    got = numbers.compute([x for x in search if x], Settings(root=Path(".")), TODAY)
    assert [r.label for r in got.by_source] == ["company careers page", "University jobs site"]


def test_timelines_made_ahead_give_the_same_numbers(got: numbers.Numbers) -> None:
    search = [x.lead for x in loaded_leads(SEARCH) if x.lead is not None]
    settings = Settings(root=Path("."), weekly_new_leads=2)
    timelines = [numbers.as_of(lead, TODAY) for lead in search]
    assert numbers.compute(search, settings, TODAY, timelines) == got
    # they are what is counted: a lead's timeline left empty drops its first contact
    emptied = [numbers.AsOf(timelines[0].lead, ()), *timelines[1:]]
    assert numbers.compute(search, settings, TODAY, emptied).overall.contacted == 5
