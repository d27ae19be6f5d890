"""The command line: option parsing here, the work in the pure core."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import click

from . import settings as settings_mod
from .findings import REPORTERS, has_errors


def load_settings(config: str | None) -> settings_mod.Settings:
    try:
        return settings_mod.load(Path(config) if config else None)
    except settings_mod.ConfigError as exc:
        raise click.UsageError(str(exc)) from None


def resolve_day(settings: settings_mod.Settings, today: str | None) -> dt.date:
    try:
        return settings_mod.resolve_today(settings, today)
    except settings_mod.ConfigError as exc:
        raise click.UsageError(str(exc)) from None


config_option = click.option(
    "--config",
    "config",
    metavar="FILE",
    help="mkdocs.yml to read settings from (default: found walking up)",
)
today_option = click.option(
    "--today",
    metavar="YYYY-MM-DD",
    help="today's date (default: $FOLLOWTHROUGH_TODAY, the `today` setting, or the local date)",
)
format_option = click.option(
    "--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True
)


class _Commands(click.Group):
    """Imports the chores only when one of them runs."""

    lazy: ClassVar[dict[str, str]] = {
        "init": "chores",
        "log": "chores",
        "new": "chores",
        "import": "importing",
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self.lazy])

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy:
            import importlib

            module = importlib.import_module(f".{self.lazy[cmd_name]}", __package__)
            command: click.Command = getattr(module, cmd_name.replace("import", "import_"))
            return command
        return super().get_command(ctx, cmd_name)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="followthrough")
def cli() -> None:
    """Persistent, never pushy: follow-up for job searches and sales kept in git."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))
@format_option
@today_option
@config_option
def check(paths: tuple[Path, ...], fmt: str, today: str | None, config: str | None) -> None:
    """Check lead files against the schema and the follow-up rules (default: every lead)."""
    from .checker import findings_of
    from .leads import is_lead_name, lead_files

    settings = load_settings(config)
    day = resolve_day(settings, today)
    files: list[Path] = [] if paths else lead_files(settings.leads_path)
    for path in paths:
        if is_lead_name(path.name):
            files.append(path)
        elif path.is_dir():
            files.extend(lead_files(path))
        else:
            click.echo(
                f"{path}: skipped: a lead file is named *.yaml or *.yml and does not "
                "start with _ or .",
                err=True,
            )
    findings = findings_of(files, settings, day)
    click.echo(REPORTERS[fmt](findings, len(files)), nl=False)
    if fmt == "text" and findings:
        errors = sum(f.severity == "error" for f in findings)
        click.echo(
            f"{errors} error(s), {len(findings) - errors} warning(s) in {len(files)} file(s)",
            err=True,
        )
    sys.exit(1 if has_errors(findings) else 0)


@cli.command()
@format_option
@today_option
@config_option
@click.option(
    "--all", "show_all", is_flag=True, help="also show upcoming later, stale and closed leads"
)
def due(fmt: str, today: str | None, config: str | None, show_all: bool) -> None:
    """What to do next: due first (most overdue on top), then blocked, then upcoming.

    Text shows what is due, what is blocked (what they said, until when) and what comes up in
    the next 14 days; --all adds the later, stale and closed leads. JSON always lists every
    lead, in the same order, for scripts to filter. Colour only on a terminal, and never when
    NO_COLOR is set. A lead file with errors in its YAML or its keys is skipped with a
    warning on stderr; `followthrough check` says what is wrong with it.
    """
    import os

    from .agenda import agenda
    from .checker import load_all
    from .due_text import render, skip_warning

    settings = load_settings(config)
    day = resolve_day(settings, today)
    leads = []
    for loaded in load_all(settings):
        warning = skip_warning(loaded, settings)
        if warning is not None:
            click.echo(warning, err=True)
        elif loaded.lead is not None:
            leads.append(loaded.lead)
    items = agenda(leads, settings, day)
    if fmt == "json":
        doc = {"today": day.isoformat(), "leads": [i.as_json() for i in items]}
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    colour = (
        sys.stdout.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
    )
    if colour:
        text = render(items, day, show_all, lambda t, fg: click.style(t, fg=fg, bold=True))
    else:
        text = render(items, day, show_all)
    click.echo(text, nl=False, color=colour)


@cli.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of a lead file."""
    from .schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2))


def main(argv: Sequence[str] | None = None) -> int:
    try:
        cli.main(
            args=list(argv) if argv is not None else None,
            prog_name="followthrough",
            standalone_mode=True,
        )
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
