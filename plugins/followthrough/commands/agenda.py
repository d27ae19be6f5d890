"""The command that says what to do next: `due`."""

from __future__ import annotations

import json
import sys

import click

from .options import config_option, format_option, load_settings, resolve_day, today_option


@click.command()
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

    from ..agenda import agenda
    from ..checker import load_all
    from ..days_off import calendar
    from ..due_text import render, skip_warning

    settings = load_settings(config)
    day = resolve_day(settings, today)
    leads = []
    for loaded in load_all(settings):
        warning = skip_warning(loaded, settings)
        if warning is not None:
            click.echo(warning, err=True)
        elif loaded.lead is not None:
            leads.append(loaded.lead)
    items = agenda(leads, settings, day, calendar(settings))
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
