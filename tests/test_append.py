"""The append core, without the command line: what `append_entry` does and says it did."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from followthrough import checker, leads
from followthrough.append import Status, append_entry
from followthrough.settings import Settings

TODAY = dt.date(2026, 11, 20)
LEAD = "company: Acme\nlog:\n  - date: 2026-11-02\n    type: applied\n"


def _lead(tmp_path: Path, text: str = LEAD) -> tuple[Path, Settings]:
    folder = tmp_path / "leads"
    folder.mkdir()
    path = folder / "acme.yaml"
    path.write_text(text, encoding="utf-8")
    return path, Settings(root=tmp_path)


def test_an_allowed_entry_is_written_after_every_old_byte(tmp_path: Path) -> None:
    path, settings = _lead(tmp_path)
    got = append_entry(path, [("date", "2026-11-12"), ("type", "follow-up")], settings, TODAY)
    assert got.status == Status.WRITTEN and got.written
    assert got.line == 5
    assert got.findings == () and got.waived == () and got.errors_elsewhere == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith(LEAD)
    assert text[len(LEAD) :] == "  - date: 2026-11-12\n    type: follow-up\n"


def test_a_follow_up_too_soon_is_refused_and_nothing_changes(tmp_path: Path) -> None:
    path, settings = _lead(tmp_path)
    got = append_entry(path, [("date", "2026-11-04"), ("type", "follow-up")], settings, TODAY)
    assert got.status == Status.REFUSED and not got.written
    assert [f.rule for f in got.findings] == ["cadence/too-soon"]
    assert got.findings[0].entry == 1
    assert got.line == 5
    assert got.waivable
    assert path.read_text(encoding="utf-8") == LEAD


def test_a_waiver_lets_the_entry_in_and_is_reported(tmp_path: Path) -> None:
    path, settings = _lead(tmp_path)
    fields = [("date", "2026-11-04"), ("type", "follow-up"), ("waiver", "they asked me to")]
    got = append_entry(path, fields, settings, TODAY)
    assert got.status == Status.WRITTEN
    assert [(w, f.rule) for w, f in got.waived] == [("they asked me to", "cadence/too-soon")]


def test_errors_elsewhere_do_not_stop_the_entry(tmp_path: Path) -> None:
    text = LEAD + "  - date: 2026-11-01\n    type: note\n"  # out of order
    path, settings = _lead(tmp_path, text)
    got = append_entry(path, [("date", "2026-11-12"), ("type", "follow-up")], settings, TODAY)
    assert got.status == Status.WRITTEN
    assert got.errors_elsewhere == 1
    assert got.findings == ()


def test_a_file_that_is_not_a_lead_is_left_alone(tmp_path: Path) -> None:
    path, settings = _lead(tmp_path, "company: [Acme\n")
    got = append_entry(path, [("date", "2026-11-12"), ("type", "follow-up")], settings, TODAY)
    assert got.status == Status.UNREADABLE
    assert [f.rule for f in got.findings] == ["yaml"]
    assert path.read_text(encoding="utf-8") == "company: [Acme\n"


def test_findings_name_the_entry_they_are_about(tmp_path: Path) -> None:
    text = (
        "company: Acme\nlog:\n  - date: 2026-11-02\n    type: applied\n"
        "  - date: 2026-11-03\n    type: follow-up\n"
        "  - date: 2026-11-04\n    type: follow-up\n    channel: pigeon\n"
    )
    path, settings = _lead(tmp_path, text)
    [done] = checker.check_paths([path], settings, TODAY)
    got = sorted((f.rule, f.entry) for f in done.findings)
    assert got == [("cadence/too-soon", 1), ("cadence/too-soon", 2), ("schema", 2)]
    top = leads.load_text("company: 3\nlog: []\n", "x.yaml").findings
    assert [f.entry for f in top] == [None]
