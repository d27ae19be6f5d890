"""Time away, weekends and public holidays: the agenda, `due`, the dashboard and the feed agree."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import icalendar
import pytest

from conftest import run_line
from followthrough import agenda, days_off, settings
from followthrough.checker import check_loaded
from followthrough.days_off import Away, Calendar
from followthrough.leads import load_text
from followthrough.model import Lead
from followthrough.schema import json_schema

BIN = Path(sys.executable).parent
XMAS = dt.date(2026, 12, 25)  # a Friday


def lead(text: str, name: str = "acme") -> Lead:
    loaded = load_text(textwrap.dedent(text), f"leads/{name}.yaml")
    assert loaded.lead is not None, loaded.findings
    assert not loaded.findings, loaded.findings
    return loaded.lead


def fake(days: dict[tuple[str, dt.date], str]) -> days_off.HolidayLookup:
    return lambda country, day: days.get((country, day))


APPLIED_18 = "company: Acme\nlog:\n  - {date: 2026-12-18, type: applied}\n"  # + 7 = 25th


def test_a_follow_up_on_a_holiday_moves_to_the_next_open_day() -> None:
    cal = Calendar(True, "GB", holiday=fake({("GB", XMAS): "Christmas Day"}))
    it = agenda.item(lead(APPLIED_18), settings.Settings(), dt.date(2026, 12, 20), cal)
    assert (it.state, it.action, it.due) == ("upcoming", "follow-up", dt.date(2026, 12, 28))
    assert (
        it.moved == "moved from 25 December: Christmas Day, then the weekend, to Monday 28 December"
    )
    assert it.reason.endswith("; " + it.moved)


def test_real_public_holidays_of_the_country_setting() -> None:
    cal = days_off.calendar(settings.Settings(business_days=True, country="GB"))
    due, why = cal.move(XMAS, None, True)
    assert due == dt.date(2026, 12, 29)
    assert why == (
        "moved from 25 December: Christmas Day, then the weekend and Boxing Day (observed), "
        "to Tuesday 29 December"
    )
    assert cal.move(dt.date(2026, 12, 29), None, True) == (dt.date(2026, 12, 29), None)


def test_the_subdivision_counts_its_own_holidays() -> None:
    epiphany = dt.date(2027, 1, 6)  # a Wednesday; a holiday in Bavaria, not in Berlin
    bavaria = days_off.calendar(
        settings.Settings(business_days=True, country="DE", subdivision="BY")
    )
    berlin = days_off.calendar(
        settings.Settings(business_days=True, country="DE", subdivision="BE")
    )
    assert bavaria.move(epiphany, None, True)[0] == dt.date(2027, 1, 7)
    assert berlin.move(epiphany, None, True)[0] == epiphany


def test_a_lead_s_own_country_wins() -> None:
    thanksgiving = "company: Acme\ncountry: {c}\nlog:\n  - {{date: 2026-11-19, type: applied}}\n"
    cal = days_off.calendar(settings.Settings(business_days=True, country="US"))
    today = dt.date(2026, 11, 20)
    us = agenda.item(lead(thanksgiving.format(c="US")), settings.Settings(), today, cal)
    de = agenda.item(lead(thanksgiving.format(c="de")), settings.Settings(), today, cal)
    assert us.due == dt.date(2026, 11, 27)
    assert us.moved is not None and "Thanksgiving" in us.moved
    assert de.due == dt.date(2026, 11, 26)
    assert de.lead.country == "DE"


def test_without_business_days_holidays_and_weekends_do_not_move_anything() -> None:
    cal = Calendar(False, "GB", holiday=fake({("GB", XMAS): "Christmas Day"}))
    it = agenda.item(lead(APPLIED_18), settings.Settings(), dt.date(2026, 12, 20), cal)
    assert (it.due, it.moved) == (XMAS, None)


def test_nothing_is_due_while_you_are_away() -> None:
    away = (Away(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Lisbon"),)
    cal = Calendar(False, away=away)
    today = dt.date(2026, 12, 22)
    follow = agenda.item(lead(APPLIED_18), settings.Settings(), today, cal)
    assert (follow.state, follow.due) == ("upcoming", dt.date(2027, 1, 4))
    assert follow.moved == (
        "moved from 25 December: you are away until 2027-01-03 (Lisbon), to Monday 4 January"
    )
    first = agenda.item(lead("company: New\n"), settings.Settings(), today, cal)
    assert (first.state, first.action, first.due) == (
        "upcoming",
        "first-contact",
        dt.date(2027, 1, 4),
    )
    reply = agenda.item(
        lead("company: R\nlog:\n  - {date: 2026-12-22, type: response}\n"),
        settings.Settings(),
        today,
        cal,
    )
    assert (reply.action, reply.due) == ("reply", dt.date(2027, 1, 4))


def test_a_reply_is_due_on_a_holiday_but_not_while_away() -> None:
    text = "company: R\nlog:\n  - {date: 2026-12-25, type: response}\n"
    cal = Calendar(True, "GB", holiday=fake({("GB", XMAS): "Christmas Day"}))
    it = agenda.item(lead(text), settings.Settings(), dt.date(2026, 12, 26), cal)
    assert (it.state, it.action, it.due, it.moved) == ("due", "reply", XMAS, None)


def test_the_cadence_rule_keeps_counting_calendar_days() -> None:
    text = (
        "company: Acme\nlog:\n  - {date: 2026-12-18, type: applied}\n"
        "  - {date: 2026-12-25, type: follow-up}\n"
    )
    config = settings.Settings(business_days=True, country="GB")
    checked = check_loaded(load_text(text, "leads/a.yaml"), config, dt.date(2026, 12, 29))
    assert checked.findings == []
    early = text.replace("2026-12-25", "2026-12-24")
    refused = check_loaded(load_text(early, "leads/a.yaml"), config, dt.date(2026, 12, 29))
    assert [f.rule for f in refused.findings] == ["cadence/too-soon"]


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"country": "XX"}, "`XX` is not a country code"),
        ({"country": "DE", "subdivision": "ZZ"}, "`ZZ` is not a subdivision of DE"),
        ({"subdivision": "BY"}, "subdivision needs the option country"),
        ({"away": {"from": "2026-12-01"}}, "must be a list of periods"),
        ({"away": [{"from": "2026-12-01"}]}, "needs `until`"),
        ({"away": [{"from": "2026-12-05", "until": "2026-12-01"}]}, "is before from"),
        ({"away": [{"from": "2026-12-01", "until": "2026-12-05", "to": 1}]}, "unknown key 'to'"),
        ({"away": [{"from": "soon", "until": "2026-12-05"}]}, "must be a date YYYY-MM-DD"),
    ],
)
def test_bad_settings_say_what_to_write(options: dict[str, object], says: str) -> None:
    with pytest.raises(settings.ConfigError, match=says):
        settings.from_mapping(options, Path("."))


def test_settings_read_dates_as_yaml_gives_them() -> None:
    got = settings.from_mapping(
        {
            "country": "gb",
            "away": [{"from": dt.date(2026, 12, 21), "until": "2027-01-03", "note": "Lisbon"}],
        },
        Path("."),
    )
    assert got.country == "GB"
    assert got.away == (Away(dt.date(2026, 12, 21), dt.date(2027, 1, 3), "Lisbon"),)


def test_a_lead_s_country_is_in_the_schema_and_checked() -> None:
    assert "country" in json_schema()["properties"]
    loaded = load_text("company: Acme\ncountry: Narnia\n", "leads/a.yaml")
    assert [(f.line, f.column, f.rule) for f in loaded.findings] == [(2, 1, "schema")]
    assert "not a country code" in loaded.findings[0].message


# ---- the whole way: `due`, the site and the feed ---------------------------------------------

CONFIG = """\
site_name: Holidays
theme:
  name: material
  font: false
plugins:
  - search
  - followthrough:
      business_days: true
      country: GB
      away:
        - from: 2026-12-30
          until: 2027-01-03
          note: Lisbon
"""


def test_due_the_dashboard_and_the_feed_agree(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "leads").mkdir(parents=True)
    (repo / "docs").mkdir()
    (repo / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    (repo / "leads" / "acme.yaml").write_text(APPLIED_18, encoding="utf-8")
    (repo / "leads" / "globex.yaml").write_text(
        "company: Globex\nlog:\n  - {date: 2026-12-16, type: applied}\n", encoding="utf-8"
    )  # + 7 = 23rd: an ordinary day
    (repo / "leads" / "initech.yaml").write_text(
        "company: Initech\nlog:\n  - {date: 2026-12-19, type: applied}\n", encoding="utf-8"
    )  # + 7 = 26th, Boxing Day, then Sun 27, Mon 28 (observed), Tue 29
    (repo / "leads" / "hooli.yaml").write_text(
        "company: Hooli\ncadence_days: 14\nlog:\n  - {date: 2026-12-16, type: applied}\n",
        encoding="utf-8",
    )  # + 14 = 30th: away until 3 January
    env = {**os.environ, "FOLLOWTHROUGH_TODAY": "2026-12-20", "NO_MKDOCS_2_WARNING": "1"}
    due = run_line(repo, "due", "--format", "json", env=env)
    assert due.returncode == 0, due.stderr
    items = {i["lead"]: i for i in json.loads(due.stdout)["leads"]}
    assert items["acme"]["due"] == "2026-12-29"
    assert "moved from 25 December: Christmas Day" in items["acme"]["reason"]
    assert items["globex"]["due"] == "2026-12-23"
    assert items["initech"]["due"] == "2026-12-29"
    assert items["hooli"]["due"] == "2027-01-04"
    assert "you are away until 2027-01-03 (Lisbon)" in items["hooli"]["reason"]
    text = run_line(repo, "due", "--all", env={**env, "NO_COLOR": "1"})
    assert "moved from 25 December: Christmas Day" in text.stdout

    built = subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    home = (repo / "site" / "index.html").read_text(encoding="utf-8")
    assert "moved from 25 December: Christmas Day, then the weekend and Boxing Day" in home
    assert "Time away (nothing falls due then)" in home
    assert "2026-12-30</time> to <time" in home
    assert "(Lisbon)" in home
    page = (repo / "site" / "lead" / "hooli" / "index.html").read_text(encoding="utf-8")
    assert "you are away until 2027-01-03 (Lisbon)" in page
    feed = icalendar.Calendar.from_ical((repo / "site" / "followups.ics").read_bytes())
    starts = {
        str(e["uid"]).split("-follow-up-")[0]: e.decoded("dtstart") for e in feed.walk("VEVENT")
    }
    assert starts == {
        "acme": dt.date(2026, 12, 29),
        "globex": dt.date(2026, 12, 23),
        "initech": dt.date(2026, 12, 29),
        "hooli": dt.date(2027, 1, 4),
    }
