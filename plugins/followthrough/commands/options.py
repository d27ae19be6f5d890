"""What every command shares: the --config, --today and --format options and reading settings."""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

import click

from .. import settings as settings_mod
from ..findings import REPORTERS


def load_settings(config: str | None, *, need_repository: bool = True) -> settings_mod.Settings:
    """The settings of --config, else of the repository around the current folder. Outside any
    repository a usage error (exit 2), so that nothing is read or created by surprise; with
    `need_repository` off (files named on the command line), the defaults."""
    if not config and need_repository:
        here = Path.cwd()
        if settings_mod.find_config(here.resolve()) is None:
            raise click.UsageError(
                f"no repository found: no mkdocs.yml in {here} or any folder above it. "
                "Run this inside a followthrough repository, give --config FILE, "
                "or make one with `followthrough init DIR`."
            )
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


def plain_text(value: str | None, option: str) -> str | None:
    """The option's text with Windows line ends made plain; a usage error if not UTF-8."""
    if value is None:
        return None
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise click.UsageError(f"{option} is not valid UTF-8 text") from None
    return value.replace("\r\n", "\n")


def choice(value: str, choices: tuple[str, ...], what: str) -> str:
    """`value` if it is one of `choices`, else a usage error naming the closest."""
    if value in choices:
        return value
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
    guess = f"did you mean `{close[0]}`? Use one of: " if close else "use one of: "
    raise click.UsageError(f"`{value}` is not a {what}; {guess}{', '.join(choices)}")
