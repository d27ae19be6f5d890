"""The commands about lead files as files: `check` them, print their `schema`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..findings import REPORTERS, has_errors
from ..model import count_of
from .options import config_option, format_option, load_settings, resolve_day, today_option


@click.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path, readable=False))
@format_option
@today_option
@config_option
def check(paths: tuple[Path, ...], fmt: str, today: str | None, config: str | None) -> None:
    """Check lead files against the schema and the follow-up rules (default: every lead)."""
    from ..checker import findings_of
    from ..leads import is_lead_name, lead_files

    settings = load_settings(config, need_repository=not paths)
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
    if fmt == "text" and not findings and sys.stdout.isatty():
        # a person at a terminal sees that it ran; the hook and pipes stay quiet
        click.echo(clean_summary(len(files), settings.leads_dir if not paths else None))
    if fmt == "text" and findings:
        errors = sum(f.severity == "error" for f in findings)
        click.echo(
            f"{count_of(errors, 'error')}, {count_of(len(findings) - errors, 'warning')} "
            f"in {count_of(len(files), 'file')}",
            err=True,
        )
    sys.exit(1 if has_errors(findings) else 0)


def clean_summary(files: int, leads_dir: str | None) -> str:
    """One line for a clean run: how much was checked."""
    if files == 0:
        return f"no lead files in {leads_dir}/" if leads_dir else "no lead files given"
    return f"{count_of(files, 'lead file')} checked: no problems"


@click.command()
def schema() -> None:
    """Print the JSON Schema (draft 2020-12) of a lead file."""
    from ..schema import json_schema

    click.echo(json.dumps(json_schema(), indent=2))
