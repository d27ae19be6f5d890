"""The pre-commit hook, for real: `pre-commit install` in a git repository, then `git commit`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
INSTALL_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml")

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test Author",
    "GIT_AUTHOR_EMAIL": "author@followthrough.example",
    "GIT_COMMITTER_NAME": "Test Author",
    "GIT_COMMITTER_EMAIL": "author@followthrough.example",
    "GIT_CONFIG_NOSYSTEM": "1",
}

TOO_SOON = """\
company: Acme Robotics
role: Data Engineer
log:
  - date: 2026-11-03
    type: interview
    with: Robin Vale
  - date: 2026-11-04
    type: follow-up
    message: |
      Hi Robin, thank you again for yesterday. I remain very interested and just
      wanted to check in and see what the next steps might be.
"""
FIXED = TOO_SOON.replace("2026-11-04\n    type: follow-up", "2026-11-04\n    type: thank-you")


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(GIT_ENV)
    env.update(
        {
            "HOME": str(tmp_path / "home"),  # no user git config; nothing written in the real home
            "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
            "PIP_CACHE_DIR": str(tmp_path / "pip-cache"),
            "VIRTUALENV_OVERRIDE_APP_DATA": str(tmp_path / "virtualenv-data"),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "XDG_DATA_HOME": str(tmp_path / "data"),
            "FOLLOWTHROUGH_TODAY": "2026-11-20",
        }
    )
    # the machine's pip settings (local package indexes) live in the real user config
    user_pip = Path(os.environ.get("HOME", "/nonexistent")) / ".config" / "pip" / "pip.conf"
    if user_pip.is_file() and "PIP_CONFIG_FILE" not in env:
        env["PIP_CONFIG_FILE"] = str(user_pip)
    (tmp_path / "home").mkdir()
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def _git(cwd: Path, env: dict[str, str], *args: str) -> str:
    proc = _run(["git", *args], cwd, env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def _hook_repo(tmp_path: Path, env: dict[str, str]) -> tuple[Path, str]:
    """A git repository holding what `pre-commit` needs to install this checkout's hook."""
    repo = tmp_path / "hook-repo"
    repo.mkdir()
    for name in INSTALL_FILES:
        shutil.copy2(ROOT / name, repo / name)
    shutil.copytree(
        ROOT / "plugins",
        repo / "plugins",
        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
    )
    _git(repo, env, "init", "-q", "-b", "main")
    _git(repo, env, "add", ".")
    _git(repo, env, "commit", "-q", "--no-gpg-sign", "-m", "hook")
    return repo, _git(repo, env, "rev-parse", "HEAD")


def test_hook_refuses_a_follow_up_a_day_after_an_interview(tmp_path: Path) -> None:
    env = _env(tmp_path)
    hook_repo, rev = _hook_repo(tmp_path, env)
    user = tmp_path / "search"
    (user / "leads").mkdir(parents=True)
    _git(user, env, "init", "-q", "-b", "main")
    (user / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo}\n    rev: {rev}\n    hooks:\n      - id: followthrough\n"
    )
    installed = _run([str(PRE_COMMIT), "install"], user, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (user / ".git" / "hooks" / "pre-commit").is_file()

    lead = user / "leads" / "acme-robotics.yaml"
    lead.write_text(TOO_SOON)
    _git(user, env, "add", ".")
    refused = _run(["git", "commit", "--no-gpg-sign", "-m", "log follow-up"], user, env)
    output = refused.stdout + refused.stderr
    assert refused.returncode != 0, output
    assert "leads/acme-robotics.yaml:7:5: error cadence/too-soon" in output
    assert "the first day for it is 2026-11-10" in output
    assert _run(["git", "rev-parse", "--verify", "HEAD"], user, env).returncode != 0

    lead.write_text(FIXED)
    _git(user, env, "add", ".")
    accepted = _run(["git", "commit", "--no-gpg-sign", "-m", "log thank-you"], user, env)
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "followthrough (lead files)" in accepted.stdout + accepted.stderr
    assert _git(user, env, "log", "--format=%s") == "log thank-you"

    # the hook's environment has the checker but not the site's dependencies
    envs = sorted((tmp_path / "pre-commit-home").glob("repo*/py_env-*"))
    assert envs, "pre-commit made no python environment"
    site_packages = [p for env_dir in envs for p in env_dir.glob("lib/python*/site-packages")]
    assert site_packages
    names = {p.name.lower() for sp in site_packages for p in sp.iterdir()}
    assert any(n.startswith("followthrough") for n in names), names
    assert any(n.startswith("vadersentiment") for n in names), names
    assert not any(n.startswith(("mkdocs", "material")) for n in names), names
