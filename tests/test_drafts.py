"""Drafts: every built-in draft for every example lead passes the project's own rules, mailto:
links carry the draft exactly, and a broken template is a clear error with its file and line."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import urllib.parse
from pathlib import Path

import pytest

from conftest import run_line
from followthrough import agenda, drafts, writer
from followthrough import settings as settings_mod
from followthrough.checker import load_all

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 12, 3)


def _example_items() -> list[agenda.Item]:
    settings = settings_mod.load(ROOT / "mkdocs.yml")
    leads = [loaded.lead for loaded in load_all(settings) if loaded.lead is not None]
    items = [agenda.item(lead, settings, TODAY) for lead in leads]
    return [it for it in items if it.state in (agenda.DUE, agenda.UPCOMING)]


def _with_entry(path: Path, draft: drafts.Draft, day: dt.date) -> None:
    fields = [("date", day.isoformat()), ("type", draft.entry_type), ("channel", "email")]
    if draft.contact:
        fields.append(("with", draft.contact))
    fields.append(("message", draft.body))
    text = path.read_text(encoding="utf-8")
    path.write_text(writer.append(text, fields).text, encoding="utf-8")


def test_every_draft_for_every_example_lead_passes_check(tmp_path: Path) -> None:
    items = _example_items()
    assert len({drafts.situation(it) for it in items}) >= 6  # the examples reach most situations
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    leads = tmp_path / "leads"
    leads.mkdir()
    natural: set[str] = set()
    for it in items:
        source = ROOT / "leads" / f"{it.lead.id}.yaml"
        for name in drafts.SITUATIONS:
            draft = drafts.render(it, name=name)
            assert draft.subject and "{" not in draft.body and "None" not in draft.body
            assert draft.body.startswith(("Hi ", "Hello,")), draft.body
            target = leads / f"{it.lead.id}--{name}.yaml"
            shutil.copy(source, target)
            day = max(TODAY, it.due or TODAY)
            _with_entry(target, draft, day)
            if name == drafts.situation(it):
                natural.add(target.name)
    # a control: the same path with a pushy message is caught, so the check does read the drafts
    control = leads / "control.yaml"
    shutil.copy(ROOT / "leads" / f"{items[0].lead.id}.yaml", control)
    pushy = drafts.Draft(
        "control",
        "follow-up",
        "x",
        "follow-up",
        None,
        None,
        "x",
        "Answer me by Friday or I withdraw.\n",
        "x",
    )
    _with_entry(control, pushy, TODAY)
    day = max([TODAY, *(it.due for it in items if it.due)])
    out = run_line(tmp_path, "check", "--format", "json", "--today", day.isoformat())
    report = json.loads(out.stdout)
    assert report["files"] == len(items) * len(drafts.SITUATIONS) + 1
    tone = [f for f in report["findings"] if f["rule"].startswith("tone/")]
    assert {Path(f["path"]).name for f in tone} == {"control.yaml"}
    # the draft the agenda picks, sent on its due date, breaks no rule at all
    broken = [f for f in report["findings"] if Path(f["path"]).name in natural]
    assert broken == []


def test_situations_follow_the_log() -> None:
    by_lead = {it.lead.id: drafts.situation(it) for it in _example_items()}
    assert by_lead["brightline-analytics"] == "first-contact-job"
    assert by_lead["quillfeather-labs"] == "thank-you"
    assert by_lead["harbor-and-pine"] == "reply"
    assert by_lead["northwind-traders"] == "follow-up-after-quiet"
    assert by_lead["tidewater-logistics"] == "follow-up-after-application"
    assert by_lead["kestrel-outdoor"] == "follow-up-sale"


def test_a_draft_is_filled_from_the_lead() -> None:
    it = next(i for i in _example_items() if i.lead.id == "quillfeather-labs")
    draft = drafts.render(it)
    assert draft.to == "tomas@quillfeather.example"
    assert draft.body.startswith("Hi Tomás,\n")
    assert "Senior Data Engineer" in draft.body and "Quillfeather Labs" in draft.body
    assert "18 November" in draft.body
    assert draft.entry_type == "thank-you"


@pytest.mark.parametrize(
    "body",
    [
        "Line one & two = three?\nSecond line: 100% #1 café\n",
        "Hi+there, a/b; c,d\n",
    ],
)
def test_mailto_carries_the_draft_exactly(body: str) -> None:
    uri = drafts.mailto("dana.reyes+jobs@northwind.example", "Re: role & pay?", body)
    assert uri.startswith("mailto:dana.reyes%2Bjobs@northwind.example?")
    assert " " not in uri and "\n" not in uri and "+" not in uri.split("?", 1)[1]
    query = urllib.parse.parse_qs(uri.split("?", 1)[1], strict_parsing=True)
    assert query["subject"] == ["Re: role & pay?"]
    assert query["body"] == ["\r\n".join(body.splitlines())]


def test_a_long_body_still_makes_a_link_that_opens() -> None:
    body = "".join(f"Paragraph {i}: all good, thank you & see you soon.\n\n" for i in range(200))
    uri = drafts.mailto("dana@northwind.example", "Long", body)
    assert len(uri) <= drafts.MAILTO_LIMIT
    sent = urllib.parse.parse_qs(uri.split("?", 1)[1])["body"][0]
    assert sent.endswith("[...]")
    kept = sent.removesuffix("[...]").rstrip()
    assert "\r\n".join(body.splitlines()).startswith(kept) and len(kept) > 1000


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / (name + drafts.SUFFIX)
    path.write_text(text, encoding="utf-8")
    return path


def _quill() -> agenda.Item:
    return next(i for i in _example_items() if i.lead.id == "quillfeather-labs")


def test_a_template_of_ones_own_replaces_the_built_in(tmp_path: Path) -> None:
    _write(tmp_path, "thank-you", "Subject: Thanks, {{ first_name }}\n\nCheers, {{ company }}!\n")
    draft = drafts.render(_quill(), tmp_path)
    assert draft.subject == "Thanks, Tomás"
    assert draft.body == "Cheers, Quillfeather Labs!\n"
    assert draft.template == str(tmp_path / "thank-you.txt.j2")


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("Subject: x\n\nHello {{ first_name \n", 3, "unexpected"),
        ("Subject: x\n\nline\n{{ frist_name }}\n", 4, "frist_name"),
        ("Subject: x\n\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n", 3, "unsafe"),
        ("Hello {{ first_name }}\n", 1, "Subject"),
        ("Subject: x\n{% for x in range(10**9) %}{% endfor %}\n", 2, "range"),
    ],
)
def test_a_broken_template_names_its_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = _write(tmp_path, "thank-you", text)
    with pytest.raises(drafts.DraftError) as caught:
        drafts.render(_quill(), tmp_path)
    err = caught.value
    assert err.path == str(path)
    assert err.line == line
    assert words.lower() in str(err).lower()


def test_an_unknown_template_lists_the_known_ones() -> None:
    with pytest.raises(drafts.DraftError, match="follow-up-after-quiet"):
        drafts.render(_quill(), name="follow-up-someday")


@pytest.mark.parametrize(
    ("name", "called"),
    [
        ("Dana Reyes", "Dana"),
        ("Hiring team", ""),
        ("Talent Acquisition", ""),
        ("Dr. Keiko Ito", "Dr. Ito"),
        ("Ms. Okafor", "Ms. Okafor"),
        ("Tomás", "Tomás"),
        ("", ""),
    ],
)
def test_who_is_greeted_by_name(name: str, called: str) -> None:
    assert drafts.first_name(name) == called


def test_the_site_builds_with_a_broken_template_and_says_so(tmp_path: Path) -> None:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "leads", tmp_path / "leads")
    (tmp_path / "docs").mkdir()
    _write(tmp_path / "templates", "thank-you", "Subject: x\n\n{{ first_nam }}\n")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "FOLLOWTHROUGH_TODAY": "2026-11-20"}
    out = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-d", str(tmp_path / "site")],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert "draft for quillfeather-labs" in out.stderr and "thank-you.txt.j2:3" in out.stderr
    page = (tmp_path / "site" / "lead" / "quillfeather-labs" / "index.html").read_text("utf-8")
    assert "did not render" in page and "first_nam" in page
    other = (tmp_path / "site" / "lead" / "tidewater-logistics" / "index.html").read_text("utf-8")
    assert "ft-draft__body" in other  # the other drafts are still there


def test_the_home_page_carries_drafts_for_the_most_overdue_only() -> None:
    from followthrough import checker, dashboard, leads
    from followthrough.dashboard import render

    settings = settings_mod.Settings(root=ROOT)
    checked = [
        checker.check_loaded(
            leads.load_text(
                f"company: Lead {i}\nrole: Engineer\ncontacts:\n  - name: Sam Lee\nlog:\n"
                f"  - date: 2026-10-{i + 1:02d}\n    type: applied\n",
                f"leads/lead-{i}.yaml",
            ),
            settings,
            TODAY,
        )
        for i in range(render.DRAFTS_ON_HOME + 5)
    ]
    board = dashboard.build(checked, settings, TODAY)
    home = render.render_home(board)
    assert home.count('<details class="ft-draft"') == render.DRAFTS_ON_HOME
    assert home.count('class="ft-draft__elsewhere"') == 5
    # the most overdue keep theirs: lead 0 applied first
    assert 'data-lead="lead-0"' in home.split('class="ft-draft__elsewhere"')[0]
