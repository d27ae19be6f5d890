"""Shared fixtures: a small site repository with leads in every agenda state, the command line
run in this process, and the Hypothesis profiles."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from followthrough import checker, dashboard
from followthrough.leads import Loaded, load_text
from followthrough.settings import Settings

# a few hundred examples for the everyday run; `make test` and CI set HYPOTHESIS_PROFILE=thorough
settings.register_profile(
    "default",
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("thorough", settings.get_profile("default"), max_examples=10_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# compiled patterns are kept in a directory of this run's own, not in the user's cache
os.environ["FOLLOWTHROUGH_CACHE"] = tempfile.mkdtemp(prefix="followthrough-cache-")


@dataclass(frozen=True, slots=True)
class Ran:
    """What a command-line run gave, named as in `subprocess.CompletedProcess`."""

    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes
    stderr_bytes: bytes


def run_line(
    cwd: Path,
    *args: str,
    env: Mapping[str, str | None] | None = None,
    stdin: str | bytes | None = None,
) -> Ran:
    """`followthrough ARGS` in `cwd`, run in this process (`env`: variables to set, None unsets).

    An exception inside a command is raised here, failing the test with its traceback. Tests where
    the process itself matters (kill -9, resource limits, a terminal, the hook) start a real one.
    """
    from click.testing import CliRunner

    from followthrough.cli import cli

    before = Path.cwd()
    os.chdir(cwd)
    try:
        result = CliRunner().invoke(
            cli, list(args), input=stdin, env=env, catch_exceptions=False, prog_name="followthrough"
        )
    finally:
        os.chdir(before)
    code = result.exit_code if isinstance(result.exit_code, int) else 1
    return Ran(code, result.stdout, result.stderr, result.stdout_bytes, result.stderr_bytes)


SITE_TODAY = "2026-11-20"

SITE_LEADS = {
    "northwind": """\
        company: Northwind Traders
        role: Senior Data Engineer
        contacts:
          - name: Dana Reyes
            title: Hiring manager
            email: dana@northwind.example
            phone: +1 555 0100
        url: https://northwind.example/jobs/42
        log:
          - date: 2026-10-30
            type: applied
          - date: 2026-11-06
            type: follow-up
            with: Dana Reyes
            message: I remain very interested in this role and wanted to check in.
        """,
    "litware": """\
        company: Litware Inc
        role: Platform Engineer
        contacts:
          - name: Sam Ortiz
        log:
          - date: 2026-10-20
            type: applied
        """,
    "contoso": """\
        company: Contoso Pharmaceuticals
        role: Analytics Lead
        contacts:
          - name: Priya Nair
        instructions:
          - date: 2026-11-12
            kind: quiet-until
            until: 2026-11-24
            said: No decision before the committee meets on the 23rd.
        log:
          - date: 2026-11-10
            type: interview
            with: Priya Nair
          - date: 2026-11-11
            type: thank-you
            with: Priya Nair
        """,
    "fabrikam": """\
        company: Fabrikam Robotics
        role: Data Engineer
        log:
          - date: 2026-11-16
            type: applied
        """,
    "tailspin": """\
        company: Tailspin Toys
        role: Backend Engineer
        log:
          - date: 2026-09-20
            type: applied
          - date: 2026-10-01
            type: follow-up
          - date: 2026-10-12
            type: follow-up
          - date: 2026-10-23
            type: follow-up
        """,
}

# text that would run as script if any of it reached the page unescaped
HOSTILE_LEAD = """\
    company: "</title><script>window.__ftPwned=1</script>Evil <b>Co</b> | [x](javascript:alert(1))"
    role: '<img src=x onerror="window.__ftPwned = 2">'
    url: "javascript:window.__ftPwned = 3"
    contacts:
      - name: "<svg onload=window.__ftPwned=4>"
        email: "x@example.com?cc=<script>"
        url: "data:text/html,<script>alert(1)</script>"
    source: "# heading *star* _under_ `tick`"
    log:
      - date: 2026-11-02
        type: applied
        summary: "<iframe src=javascript:alert(5)></iframe>"
        message: "<script>window.__ftPwned = 6</script>"
    """

SITE_CONFIG = """\
site_name: Test follow-ups
theme:
  name: material
  font: false
  features:
{features}
plugins:
  - search
  - followthrough:
      min_active_leads: 3
"""


def write_site(
    root: Path, leads: dict[str, str] | None = None, features: tuple[str, ...] = ()
) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    listed = "\n".join(f"    - {f}" for f in features) or "    []"
    (root / "mkdocs.yml").write_text(SITE_CONFIG.format(features=listed), encoding="utf-8")
    (root / "docs").mkdir(exist_ok=True)
    (root / "docs" / "about.md").write_text("# About\n\nMy own notes.\n", encoding="utf-8")
    (root / "leads").mkdir(exist_ok=True)
    for name, text in (SITE_LEADS if leads is None else leads).items():
        (root / "leads" / f"{name}.yaml").write_text(textwrap.dedent(text), encoding="utf-8")
    return root


@pytest.fixture
def site_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FOLLOWTHROUGH_TODAY", SITE_TODAY)
    return write_site(tmp_path / "repo")


def loaded_leads(texts: Mapping[str, str]) -> list[Loaded]:
    """Lead files read from text, by name (`acme` is leads/acme.yaml); the text is dedented."""
    return [load_text(textwrap.dedent(text), f"leads/{name}.yaml") for name, text in texts.items()]


def dashboard_of(
    texts: Mapping[str, str], today: dt.date, config: Settings | None = None
) -> dashboard.Dashboard:
    """The dashboard of lead files given as text, checked as the site checks them."""
    config = config or Settings()
    checked = [checker.check_loaded(x, config, today) for x in loaded_leads(texts)]
    return dashboard.build(checked, config, today)


def build_site(repo: Path, env: Mapping[str, str]) -> None:
    """A real `mkdocs build --strict` of the repository; its errors shown when it fails."""
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=repo,
        env=dict(env),
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
