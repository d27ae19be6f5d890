"""The commands that start things: a lead (`new`), a repository (`init`)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import settings as settings_mod
from ..model import KINDS
from .options import config_option, load_settings, plain_text, resolve_day, today_option


@click.command()
@click.argument("company")
@click.option("--role", metavar="R", help="the job, or what is being sold")
@click.option("--kind", type=click.Choice(KINDS), default="job", show_default=True)
@today_option
@config_option
def new(company: str, role: str | None, kind: str, today: str | None, config: str | None) -> None:
    """Start a lead file named after the company and role."""
    from .. import scaffold
    from ..leads import SUFFIXES, load_text

    settings = load_settings(config)
    day = resolve_day(settings, today)
    company, role = plain_text(company, "COMPANY") or "", plain_text(role, "--role")
    if not company.strip():
        raise click.UsageError("COMPANY must not be empty")
    folder = settings.leads_path
    name = scaffold.slug(company, role)
    taken = [folder / f"{name}{s}" for s in SUFFIXES if (folder / f"{name}{s}").exists()]
    if taken:
        click.echo(
            f"{taken[0]} already exists; nothing was written. Give a different --role "
            "to start another lead with this company.",
            err=True,
        )
        sys.exit(1)
    schema_file = settings.root / scaffold.SCHEMA_PATH
    text = scaffold.lead_text(company, role, kind, day, scaffold.modeline(folder, settings.root))
    problems = load_text(text, f"{name}.yaml").findings
    if problems:
        for finding in problems:
            click.echo(finding.text())
        click.echo(
            "cannot write this company or role as a valid lead; nothing was written", err=True
        )
        sys.exit(1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    try:
        with open(path, "x", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except FileExistsError:
        click.echo(f"{path} already exists; nothing was written.", err=True)
        sys.exit(1)
    if _write_schema(schema_file, scaffold.schema_text()):
        click.echo(f"wrote the editor schema {schema_file}")
    click.echo(f"created {path} (lead id: {name})")


def _write_schema(path: Path, text: str) -> bool:
    try:
        if path.read_text(encoding="utf-8") == text:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


@click.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False, path_type=Path))
@today_option
def init(directory: Path, today: str | None) -> None:
    """Make DIR (default: here) a ready followthrough repository."""
    from .. import scaffold

    day = resolve_day(settings_mod.Settings(root=directory), today)
    planned = scaffold.repo_files(day)
    existing = sorted(p for p in planned if (directory / p).exists())
    if existing:
        click.echo(
            f"{directory} already has: {', '.join(existing)}; nothing was written "
            "(move them away or init another folder)",
            err=True,
        )
        sys.exit(1)
    for rel, text in planned.items():
        target = directory / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "x", encoding="utf-8", newline="") as fh:
            fh.write(text)
        click.echo(f"created {target}")
    click.echo(f"next: cd {directory} && git init && pre-commit install && mkdocs serve")
