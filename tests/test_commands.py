"""The command line's shape: every command named in one map, imported only when it runs."""

from __future__ import annotations

import subprocess
import sys

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
