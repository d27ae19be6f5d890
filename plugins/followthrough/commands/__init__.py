"""The commands, one module per family, each imported only when one of its commands runs."""

from __future__ import annotations

import importlib
from collections.abc import Mapping

import click

# command name -> "module:attribute" under this package
COMMANDS: Mapping[str, str] = {
    "check": "check:check",
    "draft": "draft:draft",
    "due": "agenda:due",
    "import": "importing:import_",
    "init": "scaffold:init",
    "log": "log:log",
    "mail": "mail:mail",
    "new": "scaffold:new",
    "schema": "check:schema",
}


class LazyGroup(click.Group):
    """A group whose commands are named here and imported on first use."""

    def __init__(self, *args: object, lazy: Mapping[str, str], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.lazy = dict(lazy)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.lazy:
            return super().get_command(ctx, cmd_name)
        module, attr = self.lazy[cmd_name].split(":")
        command = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
        if not isinstance(command, click.Command):
            raise TypeError(f"{self.lazy[cmd_name]} is not a command")
        return command
