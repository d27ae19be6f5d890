"""`followthrough check` through the real command line, and the demo in leads/ kept honest."""

from __future__ import annotations

import datetime as dt
import json
import os
import pty
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from conftest import Ran, run_line
from followthrough import cli

ROOT = Path(__file__).resolve().parent.parent
DEMO_TODAY = "2026-11-20"
ACTIONS = ("first-contact", "reply", "thank-you", "follow-up")
CLOSED = ("won", "lost", "withdrawn", "dormant")


def run(cwd: Path, *args: str) -> Ran:
    return run_line(cwd, *args)


@pytest.mark.parametrize("today", [DEMO_TODAY, "2026-11-25", "2027-06-01"])
def test_demo_passes_check(today: str) -> None:
    proc = run(ROOT, "check", "--format", "json", "--today", today)
    doc = json.loads(proc.stdout)
    assert doc["findings"] == []
    assert proc.returncode == 0
    assert 12 <= doc["files"] <= 15


def _demo_agenda() -> list[dict[str, Any]]:
    proc = run(ROOT, "due", "--all", "--format", "json", "--today", DEMO_TODAY)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert doc["today"] == DEMO_TODAY
    leads: list[dict[str, Any]] = doc["leads"]
    return leads


def test_demo_shows_every_agenda_state_and_action() -> None:
    leads = _demo_agenda()
    states = Counter(item["state"] for item in leads)
    assert set(states) == {"due", "blocked", "upcoming", "stale", "closed"}
    due = [item for item in leads if item["state"] == "due"]
    assert {item["action"] for item in due} == set(ACTIONS)
    overdue = {item["days_overdue"] for item in due}
    assert len(overdue) >= 4, overdue
    assert 0 in overdue
    assert max(overdue) >= 7
    upcoming = [item for item in leads if item["state"] == "upcoming"]
    assert any(DEMO_TODAY < item["due"] <= "2026-12-04" for item in upcoming)
    blocked = [item for item in leads if item["state"] == "blocked"]
    assert any(item["until"] is None for item in blocked)  # no-contact: until they call
    assert any(item["until"] is not None for item in blocked)  # quiet-until a date


def test_demo_blocked_leads_cover_both_instruction_kinds() -> None:
    from followthrough import leads as leads_mod

    kinds = set()
    for item in _demo_agenda():
        if item["state"] == "blocked":
            lead = leads_mod.load_file(ROOT / item["path"]).lead
            assert lead is not None
            kinds |= {i.kind for i in lead.instructions}
    assert kinds == {"quiet-until", "no-contact"}


def test_demo_is_a_realistic_mix() -> None:
    from followthrough import leads as leads_mod

    loaded = [leads_mod.load_file(p) for p in leads_mod.lead_files(ROOT / "leads")]
    leads = [item.lead for item in loaded if item.lead is not None]
    assert len(leads) == len(loaded)
    kinds = Counter(lead.kind for lead in leads)
    assert 3 <= kinds["sale"] <= 4
    assert kinds["job"] > kinds["sale"]
    assert {lead.status for lead in leads} >= set(CLOSED) | {"active"}
    for lead in leads:
        assert lead.contacts, lead.id
        assert lead.source, lead.id
        assert lead.tags, lead.id
        for entry in lead.log:
            assert entry.date.isoformat() <= DEMO_TODAY, (lead.id, entry.date)
        for instr in lead.instructions:
            assert instr.date.isoformat() <= DEMO_TODAY, (lead.id, instr.date)
    text = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "leads").glob("*.y*ml"))
    assert "@" in text
    for line in text.splitlines():
        if "@" in line:
            assert ".example" in line, line
        if "https://" in line:
            assert ".example/" in line, line


def test_demo_has_waived_breaks_that_would_otherwise_fail() -> None:
    import datetime as dt

    from followthrough import checker, settings

    config = settings.load(start=ROOT)
    checked = checker.check_paths(
        sorted((ROOT / "leads").glob("*.yaml")), config, dt.date.fromisoformat(DEMO_TODAY)
    )
    waived = [finding for result in checked for _, finding in result.waived]
    assert len(waived) >= 3
    rules = {finding.rule for finding in waived}
    assert "cadence/too-soon" in rules
    assert any(rule.startswith("tone/") for rule in rules)
    assert all(entry.waiver for result in checked for entry, _ in result.waived)


def repository(folder: Path) -> Path:
    (folder / "mkdocs.yml").write_text(
        "site_name: t\nplugins:\n  - followthrough\n", encoding="utf-8"
    )
    return folder


def test_json_output_shape(tmp_path: Path) -> None:
    repository(tmp_path)
    (tmp_path / "leads").mkdir()
    (tmp_path / "leads" / "acme.yaml").write_text(
        "company: Acme\nlog:\n  - date: 2026-11-03\n    type: interview\n"
        "  - date: 2026-11-04\n    type: follow-up\n",
        encoding="utf-8",
    )
    (tmp_path / "leads" / "_template.yaml").write_text("not: [a lead\n", encoding="utf-8")
    proc = run(tmp_path, "check", "--format", "json", "--today", "2026-11-25")
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    assert doc["files"] == 1
    (finding,) = doc["findings"]
    assert set(finding) == {"path", "line", "column", "severity", "rule", "message"}
    assert finding["path"] == str(Path("leads") / "acme.yaml")
    assert (finding["line"], finding["column"], finding["rule"]) == (5, 5, "cadence/too-soon")


def test_explicit_paths_and_an_empty_repository(tmp_path: Path) -> None:
    proc = run(repository(tmp_path), "check", "--today", "2026-11-25")
    assert proc.returncode == 0
    assert proc.stdout == ""
    (tmp_path / "good.yml").write_text("company: Acme\n", encoding="utf-8")
    (tmp_path / "bad.yaml").write_text("company: [Acme\n", encoding="utf-8")
    proc = run(tmp_path, "check", "--today", "2026-11-25", "good.yml", "bad.yaml")
    assert proc.returncode == 1
    assert proc.stdout.startswith("bad.yaml:1:10: error yaml invalid YAML: unclosed bracket")
    assert "good.yml" not in proc.stdout


def test_missing_file_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    proc = run(tmp_path, "check", "--today", "2026-11-25", "gone.yaml")
    assert proc.returncode == 1
    assert proc.stdout.startswith("gone.yaml:1:1: error yaml cannot read the file")


@pytest.mark.parametrize(
    ("today", "said"),
    [
        ("tomorrow", "--today must be a date YYYY-MM-DD, not 'tomorrow'"),
        ("20261125", "--today must be a date YYYY-MM-DD, not '20261125'"),
        ("2026-13-01", "--today: `2026-13-01` is not a real date (month must be in 1..12)"),
        ("2026-02-30", "--today: `2026-02-30` is not a real date (day is out of range for month)"),
    ],
)
def test_bad_today_is_a_usage_error(today: str, said: str, tmp_path: Path) -> None:
    proc = run(repository(tmp_path), "check", "--today", today)
    assert proc.returncode == 2
    assert said in proc.stderr


def test_main_returns_the_exit_status(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.yaml").write_text("company: Acme\nrole: [x\n", encoding="utf-8")
    assert cli.main(["check", "--today", "2026-11-25", "a.yaml"]) == 1
    (tmp_path / "a.yaml").write_text("company: Acme\n", encoding="utf-8")
    assert cli.main(["check", "--today", "2026-11-25", "a.yaml"]) == 0
    assert cli.main(["check", "--format", "xml"]) == 2


def test_many_files_are_checked_in_parallel_with_the_same_findings(tmp_path: Path) -> None:
    from followthrough.checker import PARALLEL_FROM, _findings_of
    from followthrough.settings import Settings

    leads = repository(tmp_path) / "leads"
    leads.mkdir()
    bad = (
        "company: Acme\nlog:\n  - date: 2026-11-03\n    type: interview\n"
        "  - date: 2026-11-04\n    type: follow-up\n"
    )
    for i in range(PARALLEL_FROM + 10):
        (leads / f"lead-{i:03}.yaml").write_text(bad if i % 3 else "company: Fine\n")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "followthrough",
            "check",
            "--format",
            "json",
            "--today",
            "2026-11-25",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    got = json.loads(result.stdout)
    serial = _findings_of(sorted(leads.iterdir()), Settings(root=tmp_path), dt.date(2026, 11, 25))
    assert got["files"] == PARALLEL_FROM + 10
    assert [(f["path"], f["line"], f["rule"]) for f in got["findings"]] == [
        (str(Path("leads") / Path(f.path).name), f.line, f.rule) for f in serial
    ]
    assert len(got["findings"]) == sum(1 for i in range(PARALLEL_FROM + 10) if i % 3)


@pytest.mark.parametrize(
    "args",
    [
        ("due",),
        ("due", "--format", "json"),
        ("check",),
        ("new", "Acme", "--role", "Data Engineer"),
        ("log", "acme", "applied"),
    ],
)
def test_outside_a_repository_says_so_and_creates_nothing(
    args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli.main([*args, "--today", "2026-11-25"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert f"no repository found: no mkdocs.yml in {tmp_path} or any folder above it" in err
    assert "`followthrough init DIR`" in err
    assert list(tmp_path.iterdir()) == []


def test_named_files_are_checked_outside_a_repository_too(tmp_path: Path) -> None:
    (tmp_path / "acme.yaml").write_text("company: Acme\n", encoding="utf-8")
    assert run(tmp_path, "check", "acme.yaml").returncode == 0  # as the pre-commit hook runs it


def on_a_terminal(cwd: Path, *args: str) -> tuple[int, str]:
    """Run the command with its output on a pseudo-terminal, as a person at a shell sees it."""
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "followthrough", *args], cwd=cwd, stdout=child, stderr=child
    )
    os.close(child)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed: the command has finished writing
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main)
    return proc.wait(), b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_a_clean_check_on_a_terminal_says_so_in_one_line(tmp_path: Path) -> None:
    repo = repository(tmp_path)
    assert on_a_terminal(repo, "check") == (0, "no lead files in leads/\n")
    (repo / "leads").mkdir()
    for name in ("acme", "globex"):
        (repo / "leads" / f"{name}.yaml").write_text("company: Acme\n", encoding="utf-8")
    assert on_a_terminal(repo, "check") == (0, "2 lead files checked: no problems\n")
    assert on_a_terminal(repo, "check", "leads/acme.yaml") == (
        0,
        "1 lead file checked: no problems\n",
    )
    piped = run(repo, "check")  # the hook and scripts: silence when all is well
    assert (piped.returncode, piped.stdout, piped.stderr) == (0, "", "")
