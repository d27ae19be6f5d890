"""Adding many entries at their place: waivers for history, left out what cannot go in."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

from followthrough.append import Status
from followthrough.checker import check_loaded
from followthrough.leads import load_file
from followthrough.merge import add_entries
from followthrough.model import Lead
from followthrough.settings import Settings
from followthrough.writer import Fields

TODAY = dt.date(2026, 12, 1)
LEAD = """\
    company: Contoso  # a comment that stays
    contacts:
      - name: Priya Nair
    instructions:
      - date: 2026-11-12
        kind: quiet-until
        until: 2026-11-24
    log:
      - date: 2026-11-10
        type: interview
      - date: 2026-11-20
        type: note
        summary: Heard nothing yet
    """


def setup(tmp_path: Path, text: str = LEAD) -> tuple[Path, Settings]:
    (tmp_path / "leads").mkdir()
    path = tmp_path / "leads" / "contoso.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path, Settings(root=tmp_path)


def entries(*items: tuple[str, str, str]) -> list[Fields]:
    return [[("date", d), ("type", t), ("summary", s)] for d, t, s in items]


def test_history_goes_in_with_a_waiver_where_a_rule_breaks(tmp_path: Path) -> None:
    path, settings = setup(tmp_path)
    old = path.read_text(encoding="utf-8")
    new_entries = entries(
        ("2026-11-11T08:00+01:00", "thank-you", "Thanks"),
        ("2026-11-15T09:00+01:00", "follow-up", "Inside the quiet period"),
        ("2026-11-25T09:00+01:00", "follow-up", "After it"),
    )

    result = add_entries(path, lambda lead: new_entries, settings, TODAY, "imported")

    assert result.status == Status.WRITTEN
    assert [a.fields[-1] for a in result.added] == [
        ("summary", "Thanks"),
        ("waiver", "imported"),
        ("summary", "After it"),
    ]
    assert [f.rule for f in result.added[1].waived] == ["cadence/too-soon", "cadence/quiet-period"]
    lead = load_file(path).lead
    assert lead is not None
    assert [e.summary for e in lead.log] == [
        None,
        "Thanks",
        "Inside the quiet period",
        "Heard nothing yet",
        "After it",
    ]
    assert [a.line for a in result.added] == [lead.log[i].pos.line for i in (1, 2, 4)]
    text = path.read_text(encoding="utf-8")
    it = iter(text)
    assert all(ch in it for ch in old)  # every byte kept, in order
    checked = check_loaded(load_file(path), settings, TODAY)
    assert checked.findings == []


def test_what_cannot_be_waived_is_left_out_and_said(tmp_path: Path) -> None:
    path, settings = setup(tmp_path)
    old = path.read_bytes()
    new_entries = entries(("2026-12-05T09:00+01:00", "follow-up", "Next week"))

    result = add_entries(path, lambda lead: new_entries, settings, TODAY, "imported")

    assert result.ok and not result.added
    assert [f.rule for f in result.left[0].findings] == ["log/future"]
    assert path.read_bytes() == old


def test_an_entry_that_would_make_an_old_one_break_a_rule_is_left_out(tmp_path: Path) -> None:
    text = """\
        company: Fabrikam
        log:
          - date: 2026-11-01
            type: applied
          - date: 2026-11-10
            type: follow-up
        """
    path, settings = setup(tmp_path, text)
    new_entries = entries(
        ("2026-11-08T10:00+00:00", "response", "Their answer"),
        ("2026-11-20T10:00+00:00", "response", "A later one"),
    )

    result = add_entries(path, lambda lead: new_entries, settings, TODAY, "imported")

    assert [dict(a.fields)["summary"] for a in result.added] == ["A later one"]
    assert [dict(x.fields)["summary"] for x in result.left] == ["Their answer"]
    assert result.left[0].findings[0].rule == "cadence/too-soon"
    assert check_loaded(load_file(path), settings, TODAY).findings == []


def test_a_dry_run_writes_nothing_and_the_plan_sees_the_lead(tmp_path: Path) -> None:
    path, settings = setup(tmp_path)
    old = path.read_bytes()
    seen: list[Lead] = []

    def plan(lead: Lead) -> list[Fields]:
        seen.append(lead)
        return entries(("2026-11-21", "note", "x"))

    result = add_entries(path, plan, settings, TODAY, "imported", write=False)

    assert len(result.added) == 1 and result.ok
    assert seen[0].company == "Contoso"
    assert path.read_bytes() == old


def test_an_unreadable_lead_is_said_and_left_alone(tmp_path: Path) -> None:
    path, settings = setup(tmp_path, "company: [unclosed\n")
    result = add_entries(path, lambda lead: [], settings, TODAY, "imported")
    assert result.status == Status.UNREADABLE
    assert result.findings and result.findings[0].rule == "yaml"
