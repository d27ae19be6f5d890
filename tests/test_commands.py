"""The command line's shape: every command named in one map, imported only when it runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click

from followthrough.cli import cli
from followthrough.commands import COMMANDS


def test_every_named_command_loads_under_its_name() -> None:
    ctx = click.Context(cli)
    assert cli.list_commands(ctx) == sorted(COMMANDS)
    for name in COMMANDS:
        command = cli.get_command(ctx, name)
        assert isinstance(command, click.Command)
        assert command.name == name
        assert command.help
    assert cli.get_command(ctx, "nope") is None


def test_the_entry_point_imports_no_command_until_one_runs() -> None:
    code = (
        "import sys, followthrough.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('followthrough.commands.')))\n"
    )
    got = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert got.stdout.strip() == "[]"


def test_the_projects_own_hooks_run_the_gates_of_make_test() -> None:
    import yaml

    root = Path(__file__).resolve().parent.parent
    pre_commit = Path(sys.executable).parent / "pre-commit"
    config = root / ".pre-commit-config.yaml"
    checked = subprocess.run(
        [str(pre_commit), "validate-config", str(config)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    hooks = {h["id"]: h for h in yaml.safe_load(config.read_text())["repos"][0]["hooks"]}
    assert set(hooks) == {"followthrough", "ruff", "ruff-format", "mypy"}
    make = (root / "Makefile").read_text(encoding="utf-8")
    for hook in ("ruff", "ruff-format", "mypy"):
        tool = hooks[hook]["entry"].removeprefix(".venv/bin/")
        assert f"$(BIN)/{tool}" in make, tool
    assert hooks["mypy"]["pass_filenames"] is False
