"""`followthrough new` and `followthrough init`, and a real repository made with init."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Ran, run_line
from followthrough.leads import load_file
from followthrough.scaffold import slug

TODAY = "2026-11-20"
BIN = Path(sys.executable).parent
SCHEMA_LINE = "# yaml-language-server: $schema=../.followthrough/lead.schema.json\n"


def env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "FOLLOWTHROUGH_TODAY": TODAY,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PRE_COMMIT_HOME": str(tmp_path / ".pre-commit-home"),
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "NO_COLOR": "1",
    }


def ft(tmp_path: Path, *args: str, cwd: Path) -> Ran:
    return run_line(cwd, *args, env=env(tmp_path))


def sh(tmp_path: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(args), cwd=cwd, env=env(tmp_path), capture_output=True, text=True, encoding="utf-8"
    )


@pytest.mark.parametrize(
    ("parts", "expect"),
    [
        (("Northwind Traders", "Senior Data Engineer"), "northwind-traders-senior-data-engineer"),
        (("Café Ünïcode & Co", None), "cafe-unicode-and-co"),
        (("Straße GmbH", "Ølbrygger"), "strasse-gmbh-olbrygger"),
        (("山田商事", "エンジニア"), "lead"),
        (("山田商事 Tokyo", None), "tokyo"),
        (("  --Acme!!  ", "C++ / Rust"), "acme-c-rust"),
        (("X" * 100, None), "x" * 60),
    ],
)
def test_slug(parts: tuple[str, str | None], expect: str) -> None:
    assert slug(*parts) == expect


def test_new_writes_a_valid_lead_with_the_schema_modeline(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")

    result = ft(
        tmp_path,
        "new",
        "Zürich Analytics",
        "--role",
        "Data: Engineer",
        "--kind",
        "sale",
        cwd=tmp_path,
    )

    assert result.returncode == 0, result.stderr
    path = tmp_path / "leads" / "zurich-analytics-data-engineer.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(SCHEMA_LINE)
    lead = load_file(path).lead
    assert lead is not None
    assert (lead.company, lead.role, lead.kind, lead.status, lead.log) == (
        "Zürich Analytics",
        "Data: Engineer",
        "sale",
        "active",
        (),
    )
    assert str(lead.added) == TODAY
    schema = json.loads((tmp_path / ".followthrough" / "lead.schema.json").read_text("utf-8"))
    assert schema["$defs"]["entry"]["properties"]["type"]["enum"][0] == "applied"
    assert ft(tmp_path, "check", cwd=tmp_path).returncode == 0
    logged = ft(tmp_path, "log", "zurich-analytics-data-engineer", "outreach", cwd=tmp_path)
    assert logged.returncode == 0, logged.stderr
    relogged = load_file(path).lead
    assert relogged is not None
    assert [e.type for e in relogged.log] == ["outreach"]


def test_new_never_overwrites(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: t\n", encoding="utf-8")
    (tmp_path / "leads").mkdir()
    existing = tmp_path / "leads" / "acme-analyst.yml"
    existing.write_text("company: Acme\n", encoding="utf-8")

    result = ft(tmp_path, "new", "Acme", "--role", "Analyst", cwd=tmp_path)

    assert result.returncode == 1
    assert "acme-analyst.yml already exists" in result.stderr
    assert sorted(os.listdir(tmp_path / "leads")) == ["acme-analyst.yml"]
    assert existing.read_text(encoding="utf-8") == "company: Acme\n"


def test_new_points_the_modeline_at_the_schema_from_a_nested_leads_dir(tmp_path: Path) -> None:
    config = "site_name: t\nplugins:\n  - followthrough:\n      leads_dir: work/leads\n"
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    (tmp_path / "docs").mkdir()

    assert ft(tmp_path, "new", "Acme", cwd=tmp_path / "docs").returncode == 0

    text = (tmp_path / "work" / "leads" / "acme.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../../.followthrough/lead.schema")
    assert (tmp_path / ".followthrough" / "lead.schema.json").is_file()


def test_init_refuses_to_overwrite(tmp_path: Path) -> None:
    (tmp_path / "mkdocs.yml").write_text("site_name: mine\n", encoding="utf-8")
    (tmp_path / ".gitignore").write_text("*.tmp\n", encoding="utf-8")

    result = ft(tmp_path, "init", cwd=tmp_path)

    assert result.returncode == 1
    assert ".gitignore, mkdocs.yml" in result.stderr
    assert sorted(os.listdir(tmp_path)) == [".gitignore", "mkdocs.yml"]
    assert (tmp_path / "mkdocs.yml").read_text(encoding="utf-8") == "site_name: mine\n"


def test_init_makes_the_editor_wiring(tmp_path: Path) -> None:
    assert ft(tmp_path, "init", "repo", cwd=tmp_path).returncode == 0
    repo = tmp_path / "repo"
    vscode = json.loads((repo / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert vscode["yaml.schemas"] == {
        ".followthrough/lead.schema.json": ["leads/*.yaml", "leads/*.yml"]
    }
    schema = ft(tmp_path, "schema", cwd=repo).stdout
    assert json.loads((repo / ".followthrough" / "lead.schema.json").read_text("utf-8")) == (
        json.loads(schema)
    )
    assert (repo / ".gitignore").read_text(encoding="utf-8") == "site/\n"
    example = next((repo / "leads").glob("*.yaml"))
    assert example.read_text(encoding="utf-8").startswith(SCHEMA_LINE)


ACME = """\
company: Acme
log:
  - date: 2026-11-10
    type: interview
    with: Dana Reyes
  - date: {date}
    type: follow-up
    with: Dana Reyes
"""


def test_an_initialised_repository_works_end_to_end(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    assert ft(tmp_path, "init", str(repo), cwd=tmp_path).returncode == 0
    assert sh(tmp_path, "git", "init", "-q", cwd=repo).returncode == 0
    installed = sh(tmp_path, str(BIN / "pre-commit"), "install", cwd=repo)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    sh(tmp_path, "git", "add", "-A", cwd=repo)
    first = sh(tmp_path, "git", "commit", "-q", "--no-gpg-sign", "-m", "init", cwd=repo)
    assert first.returncode == 0, first.stdout + first.stderr

    lead = repo / "leads" / "acme.yaml"
    lead.write_text(ACME.format(date="2026-11-11"), encoding="utf-8")
    sh(tmp_path, "git", "add", "leads/acme.yaml", cwd=repo)
    refused = sh(tmp_path, "git", "commit", "--no-gpg-sign", "-m", "too soon", cwd=repo)
    assert refused.returncode != 0
    assert "leads/acme.yaml:6:5: error cadence/too-soon" in refused.stdout + refused.stderr

    lead.write_text(ACME.format(date="2026-11-18"), encoding="utf-8")
    sh(tmp_path, "git", "add", "leads/acme.yaml", cwd=repo)
    accepted = sh(tmp_path, "git", "commit", "--no-gpg-sign", "-m", "a week on", cwd=repo)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    subjects = sh(tmp_path, "git", "log", "--format=%s", cwd=repo).stdout.splitlines()
    assert subjects == ["a week on", "init"]

    built = sh(tmp_path, str(BIN / "mkdocs"), "build", "--strict", cwd=repo)
    assert built.returncode == 0, built.stdout + built.stderr
    assert (repo / "site" / "index.html").is_file()
