"""The command line: option parsing here, the work in the pure core."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import click

from . import settings as settings_mod
from .findings import REPORTERS, has_errors


def _settings(config: str | None) -> settings_mod.Settings:
    try:
        return settings_mod.load(Path(config) if config else None)
    except settings_mod.ConfigError as exc:
        raise click.UsageError(str(exc)) from None


def _today(settings: settings_mod.Settings, today: str | None) -> dt.date:
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
    help="the date to check against (default: $FOLLOWTHROUGH_TODAY, "
    "the `today` setting, or the local date)",
)
format_option = click.option(
    "--format", "fmt", type=click.Choice(sorted(REPORTERS)), default="text", show_default=True
)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="followthrough")
def cli() -> None:
    """Persistent, never pushy: follow-up for job searches and sales kept in git."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@format_option
@today_option
@config_option
def check(paths: tuple[Path, ...], fmt: str, today: str | None, config: str | None) -> None:
    """Check lead files against the schema and the follow-up rules (default: every lead)."""
    from .checker import check_paths
    from .leads import is_lead_name, lead_files

    settings = _settings(config)
    day = _today(settings, today)
    if paths:
        files = [p for p in paths if is_lead_name(p.name)]
    else:
        files = lead_files(settings.leads_path)
    checked = check_paths(files, settings, day)
    findings = [f for c in checked for f in c.findings]
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
@click.option("--all", "show_all", is_flag=True, help="also show stale, closed and later leads")
def due(fmt: str, today: str | None, config: str | None, show_all: bool) -> None:
    """What to do next: due first, then blocked, then upcoming."""
    import os

    from .agenda import agenda
    from .checker import load_all
    from .due_text import render

    settings = _settings(config)
    day = _today(settings, today)
    leads = [loaded.lead for loaded in load_all(settings) if loaded.lead is not None]
    items = agenda(leads, settings, day)
    if fmt == "json":
        doc = {"today": day.isoformat(), "leads": [i.as_json() for i in items]}
        click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
        return
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    style = (lambda text, fg: click.style(text, fg=fg, bold=True)) if colour else None
    click.echo(
        render(items, day, show_all, style) if style else render(items, day, show_all), nl=False
    )


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
