"""`make test` on a machine without Chromium or npm: it installs them or says how, at once."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).parent.parent
SCRIPT = ROOT / "scripts" / "system-packages"
MAKE = shutil.which("make")


def bare_path(tmp_path: Path, *tools: str, uid: str | None = None) -> str:
    """A PATH holding only the given tools (and `id` answering `uid` when given)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    for tool in tools:
        found = shutil.which(tool)
        assert found, tool
        (folder / tool).symlink_to(found)
    if uid is not None:
        fake = folder / "id"
        fake.write_text(f"#!/bin/sh\necho {uid}\n", encoding="utf-8")
        fake.chmod(0o755)
    return str(folder)


def run(cmd: list[str], path: str, cwd: Path, chromium: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": path, "CHROMIUM": str(chromium), "HOME": str(cwd)}
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def test_nothing_to_do_when_chromium_and_npm_are_there(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(SCRIPT)],
        env={**os.environ, "CHROMIUM": "/usr/bin/chromium"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_without_apt_get_it_prints_the_one_command(tmp_path: Path) -> None:
    path = bare_path(tmp_path, "bash", "id")
    done = run([str(SCRIPT)], path, tmp_path, tmp_path / "no-chromium")
    assert done.returncode == 1
    assert "    sudo apt-get install -y chromium nodejs npm\n" in done.stderr
    assert str(tmp_path / "no-chromium") in done.stderr


def test_a_user_who_may_not_install_gets_the_command_too(tmp_path: Path) -> None:
    path = bare_path(tmp_path, "bash", "npm", "apt-get", uid="1000")
    done = run([str(SCRIPT)], path, tmp_path, tmp_path / "no-chromium")
    assert done.returncode == 1
    assert "    sudo apt-get install -y chromium\n" in done.stderr
    assert "installing" not in done.stdout


def test_make_test_stops_before_setting_anything_up(tmp_path: Path) -> None:
    assert MAKE
    (tmp_path / "scripts").mkdir()
    shutil.copy2(SCRIPT, tmp_path / "scripts" / SCRIPT.name)
    for name in ("Makefile", "pyproject.toml", "package.json", "package-lock.json"):
        shutil.copy2(ROOT / name, tmp_path / name)
    path = bare_path(tmp_path, "bash", "id")
    done = run([MAKE, "test"], path, tmp_path, tmp_path / "no-chromium")
    assert done.returncode != 0
    assert "sudo apt-get install -y chromium nodejs npm" in done.stderr
    assert not (tmp_path / ".venv").exists()
    assert "pip" not in done.stdout + done.stderr
