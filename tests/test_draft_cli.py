"""`followthrough draft`: prints the draft, and with --edit or --log records it like `log`, with a
real editor process standing in for the person."""

from __future__ import annotations

import shutil
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import Ran, run_line

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-20"  # the example repository's pinned date


def run(*args: str, cwd: Path, editor: str | None = None, stdin: str | None = None) -> Ran:
    env = {"VISUAL": None, "EDITOR": editor, "FOLLOWTHROUGH_TODAY": TODAY}
    return run_line(cwd, "draft", *args, env=env, stdin=stdin)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(ROOT / "leads", tmp_path / "leads")
    return tmp_path


def editor(tmp_path: Path, python: str) -> str:
    """An editor: a script that changes the file it is given."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\npath = pathlib.Path(sys.argv[1])\ntext = path.read_text()\n"
        + textwrap.dedent(python)
        + "path.write_text(text)\n",
        encoding="utf-8",
    )
    return f"{sys.executable} {script}"


def check(repo: Path) -> Ran:
    return run_line(repo, "check", "--today", TODAY)


def test_it_prints_the_draft_and_writes_nothing(repo: Path) -> None:
    before = (repo / "leads" / "tidewater-logistics.yaml").read_bytes()
    out = run("tidewater-logistics", cwd=repo)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("To: Farah Haddad <farah.haddad@tidewater.example>\nSubject: ")
    assert "Hi Farah," in out.stdout and "Tidewater Logistics" in out.stdout
    assert (repo / "leads" / "tidewater-logistics.yaml").read_bytes() == before


def test_log_appends_the_draft_keeping_every_byte(repo: Path) -> None:
    path = repo / "leads" / "tidewater-logistics.yaml"
    before = path.read_bytes()
    out = run("tidewater-logistics", "--log", cwd=repo)
    assert out.returncode == 0, out.stderr
    assert "logged the follow-up of 2026-11-20" in out.stdout
    after = path.read_bytes()
    assert after.startswith(before) and b"type: follow-up" in after[len(before) :]
    assert b"Hi Farah," in after[len(before) :]
    assert check(repo).returncode == 0


def test_edit_logs_what_was_written(repo: Path, tmp_path: Path) -> None:
    path = repo / "leads" / "quillfeather-labs.yaml"
    edit = editor(tmp_path, 'text = text.replace("Best regards,", "Warm wishes,\\nAlex")\n')
    out = run("quillfeather-labs", "--edit", cwd=repo, editor=edit, stdin="y\n")
    assert out.returncode == 0, out.stdout + out.stderr
    before = (ROOT / "leads" / "quillfeather-labs.yaml").read_text(encoding="utf-8")
    text = path.read_text(encoding="utf-8")
    assert text.startswith(before)
    added = text[len(before) :]
    assert "Warm wishes," in added and "Alex" in added and "Best regards" not in added
    assert "type: thank-you" in added and "#" not in added
    assert check(repo).returncode == 0


def test_edit_refuses_a_pushy_message_like_the_hook(repo: Path, tmp_path: Path) -> None:
    path = repo / "leads" / "quillfeather-labs.yaml"
    before = path.read_bytes()
    pushy = editor(
        tmp_path, 'text = text.replace("Best regards,", "I need an answer by Friday.")\n'
    )
    out = run("quillfeather-labs", "--edit", "--log", cwd=repo, editor=pushy)
    assert out.returncode == 1
    assert "tone/controlling" in out.stdout and "by Friday" in out.stdout
    assert "--waiver" in out.stderr
    assert path.read_bytes() == before
    waived = run(
        "quillfeather-labs", "--edit", "--log", "--waiver", "agreed", cwd=repo, editor=pushy
    )
    assert waived.returncode == 0, waived.stderr
    assert "waiver: agreed" in path.read_text(encoding="utf-8")


def test_quitting_the_editor_unsaved_logs_nothing(repo: Path) -> None:
    path = repo / "leads" / "quillfeather-labs.yaml"
    before = path.read_bytes()
    out = run("quillfeather-labs", "--edit", cwd=repo, editor="true")  # quits, saving nothing
    assert out.returncode == 1
    assert "nothing was logged" in out.stderr
    assert path.read_bytes() == before


def test_answering_no_logs_nothing(repo: Path, tmp_path: Path) -> None:
    path = repo / "leads" / "quillfeather-labs.yaml"
    before = path.read_bytes()
    edit = editor(tmp_path, 'text = text.replace("Best regards,", "Best,")\n')
    out = run("quillfeather-labs", "--edit", cwd=repo, editor=edit, stdin="n\n")
    assert out.returncode == 1
    assert path.read_bytes() == before


def test_a_blocked_lead_has_nothing_to_draft_unless_asked(repo: Path) -> None:
    # granite-peak, meridian-bank...: find one the agenda blocks on the pinned date
    due = run_line(repo, "due", "--format", "json", "--all", env={"FOLLOWTHROUGH_TODAY": TODAY})
    assert due.returncode == 0, due.stderr
    import json

    blocked = [x["lead"] for x in json.loads(due.stdout)["leads"] if x["state"] == "blocked"]
    assert blocked
    out = run(blocked[0], cwd=repo)
    assert out.returncode == 1 and "Nothing to draft" in out.stderr
    asked = run(blocked[0], "--action", "reply", cwd=repo)
    assert asked.returncode == 0 and asked.stdout.startswith("To: ")


def test_an_unknown_action_says_which_ones_exist(repo: Path) -> None:
    out = run("tidewater-logistics", "--action", "folow-up", cwd=repo)
    assert out.returncode == 2
    assert "follow-up" in out.stderr


def test_a_broken_template_of_ones_own_is_named_with_its_line(repo: Path) -> None:
    (repo / "templates").mkdir()
    (repo / "templates" / "follow-up-after-application.txt.j2").write_text(
        "Subject: hi\n\n{{ greting }}\n", encoding="utf-8"
    )
    out = run("tidewater-logistics", cwd=repo)
    assert out.returncode == 2
    assert "follow-up-after-application.txt.j2:3" in out.stderr and "greting" in out.stderr
    assert "Traceback" not in out.stderr
