"""The text of `due`, from agenda items, without the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from followthrough import agenda, due_text, leads
from followthrough.settings import Settings

TODAY = dt.date(2026, 11, 20)
LEADS = {
    "late": "company: Late Co\nrole: Analyst\nlog:\n  - {date: 2026-11-01, type: applied}\n",
    "soon": "company: Soon Co\nlog:\n  - {date: 2026-11-16, type: applied}\n",
    "far": "company: Far Co\ncadence_days: 60\nlog:\n  - {date: 2026-11-16, type: applied}\n",
    "won": "company: Won Co\nstatus: won\n",
    "quiet": "company: Quiet Co\ninstructions:\n  - {date: 2026-11-01, kind: no-contact}\n",
}


def items() -> list[agenda.Item]:
    found = []
    for name, text in LEADS.items():
        lead = leads.load_text(text, f"leads/{name}.yaml").lead
        assert lead is not None
        found.append(lead)
    return agenda.agenda(found, Settings(root=Path(".")), TODAY)


def test_sections_in_order_and_what_is_left_out() -> None:
    text = due_text.render(items(), TODAY, show_all=False)
    assert text.splitlines() == [
        "As of Friday 2026-11-20",
        "",
        "Due now (1)",
        "  Late Co — Analyst [late]: follow-up, 12 days overdue",
        "      last contact: the application on 2026-11-01; check in every 7 days",
        "",
        "Blocked (1)",
        "  Quiet Co [quiet]: until they get in touch",
        "      they asked not to be contacted on 2026-11-01; no contact until they get in touch",
        "",
        "Upcoming, next 14 days (1)",
        "  Soon Co [soon]: follow-up on Mon 2026-11-23 (in 3 days)",
        "      last contact: the application on 2026-11-16; check in every 7 days",
        "",
        "Not shown: 1 upcoming later, 1 closed (--all shows them)",
    ]


def test_all_adds_later_stale_and_closed() -> None:
    text = due_text.render(items(), TODAY, show_all=True)
    titles = [s.title for s in due_text.sections(items(), TODAY, show_all=True)]
    assert titles == [
        "Due now",
        "Blocked",
        "Upcoming, next 14 days",
        "Later",
        "Consider letting go",
        "Closed",
    ]
    assert "  Won Co [won]: status: won" in text
    assert "Consider letting go (0)\n  nothing" in text
    assert "Not shown" not in text


def test_style_wraps_titles_and_overdue_days() -> None:
    def style(text: str, colour: str) -> str:
        return f"<{colour}>{text}</{colour}>"

    text = due_text.render(items(), TODAY, show_all=False, style=style)
    assert "<red>Due now (1)</red>" in text
    assert "follow-up, <red>12 days overdue</red>" in text


def test_skip_warning_only_for_files_with_errors() -> None:
    settings = Settings(root=Path("."))
    fine = leads.load_text("company: A\n", "leads/a.yaml")
    assert due_text.skip_warning(fine, settings) is None
    broken = leads.load_text("company: A\ncolour: red\nshade: blue\n", "leads/b.yaml")
    assert due_text.skip_warning(broken, settings) == (
        "warning: leads/b.yaml: skipped (2 errors, the first on line 2); "
        "run `followthrough check leads/b.yaml`"
    )
    relaxed = Settings(root=Path("."), rules={"schema": "warning"})
    assert due_text.skip_warning(broken, relaxed) is None
