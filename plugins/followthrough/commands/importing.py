"""`followthrough import`: option parsing and output; the work is in sheet and spreadsheet."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import settings as settings_mod
from .. import spreadsheet as ss
from ..findings import ERROR, printable
from ..model import count_of
from .options import config_option, load_settings, resolve_day, today_option

COLUMNS = ("where", "lead file", "company", "role", "status", "contact", "what")
WIDTH = 28


def _cut(text: str | None) -> str:
    one = printable(" ".join((text or "").split()))
    return one if len(one) <= WIDTH else one[: WIDTH - 1] + "…"


def table(plan: ss.Plan, leads_dir: str) -> str:
    lines = [list(COLUMNS)]
    for row in plan.rows:
        lead = row.lead
        where = f"{leads_dir}/{row.name}.yaml" if row.name else ""
        lines.append(
            [
                ss.where(row),
                where,
                _cut(lead.company if lead else ""),
                _cut(lead.role if lead else ""),
                lead.status if lead else "",
                _cut(lead.contact.get("name") if lead else ""),
                printable(row.note),
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    out = [
        "  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip()
        for line in lines
    ]
    out.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(out)


@click.command("import")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--map",
    "maps",
    multiple=True,
    metavar="COLUMN=FIELD",
    help=f"read COLUMN as FIELD ({', '.join(ss.FIELDS)}, or skip); may be repeated",
)
@click.option("--sheet", "sheet_name", metavar="NAME", help="the workbook's sheet to read")
@click.option("--dayfirst", is_flag=True, help="read 01/02/2026 as 1 February (default: 2 January)")
@click.option("--write", is_flag=True, help="create the lead files (default: only show the plan)")
@today_option
@config_option
def import_(
    file: Path,
    maps: tuple[str, ...],
    dayfirst: bool,
    sheet_name: str | None,
    write: bool,
    today: str | None,
    config: str | None,
) -> None:
    """Create one lead per row of a spreadsheet (.csv, .tsv or .xlsx).

    Columns are recognised by their usual names (Company, Employer, Role, Job Title, Status,
    Date Applied, Contact, Email, URL, Notes, Source, Tags, ...); --map overrides. Without
    --write, shows what would be created. With it, writes each new lead (never over a file),
    and reports a lead already there (same company and role) instead of making it twice.
    """
    from .. import scaffold
    from ..checker import display_path
    from ..sheet import read

    settings = load_settings(config)
    day = resolve_day(settings, today)
    try:
        options = ss.parse_maps(maps)
    except ss.BadMap as exc:
        raise click.UsageError(str(exc)) from None
    sheet, problems = read(file, display_path(file), sheet_name)
    for finding in problems:
        click.echo(finding.text())
    if sheet is None:
        sys.exit(1)
    known, taken = ss.existing_leads(settings)
    folder = settings.leads_path
    try:
        plan = ss.plan(
            sheet, options, known, taken, day, dayfirst, scaffold.modeline(folder, settings.root)
        )
    except ss.BadMap as exc:
        raise click.UsageError(str(exc)) from None
    plan = ss.checked(plan, sheet, settings, day)
    leads_dir = display_path(folder)
    if plan.rows:
        click.echo(table(plan, leads_dir))
    if plan.columns.unused:
        click.echo(
            "columns not imported: "
            + ", ".join(printable(c) for c in plan.columns.unused)
            + " (--map COLUMN=FIELD imports one)"
        )
    for finding in plan.findings:
        click.echo(finding.text())
    creates = [r for r in plan.rows if r.action == ss.CREATE]
    written = _write_rows(creates, settings) if write and creates else 0
    parts = [
        f"{count_of(written if write else len(creates), 'lead')} "
        f"{'created' if write else 'to create'}",
        f"{plan.count(ss.EXISTS)} already there",
        count_of(plan.count(ss.DUPLICATE), "duplicate row"),
        f"{count_of(plan.count(ss.INVALID), 'row')} with errors",
    ]
    if plan.empty_rows:
        parts.append(f"{count_of(plan.empty_rows, 'empty row')} skipped")
    summary = "; ".join(parts)
    if not write and creates:
        summary += ". Nothing was written: run again with --write to create them"
    click.echo(summary, err=True)
    failed = any(f.severity == ERROR for f in plan.findings) or (write and written < len(creates))
    sys.exit(1 if failed else 0)


def _write_rows(creates: list[ss.Row], settings: settings_mod.Settings) -> int:
    """Create each planned lead file, never over one; how many were written."""
    from .. import scaffold
    from ..checker import display_path
    from ..writer import create_atomic, sync_folder
    from .scaffold import _write_schema

    folder = settings.leads_path
    folder.mkdir(parents=True, exist_ok=True)
    written = 0
    for row in creates:
        assert row.text is not None
        path = folder / f"{row.name}.yaml"
        try:
            create_atomic(path, row.text.encode("utf-8"), sync_dir=False)
        except FileExistsError:
            click.echo(f"{display_path(path)} appeared meanwhile; not written", err=True)
            continue
        written += 1
        click.echo(f"created {display_path(path)}")
    sync_folder(folder)  # once for all the new names
    schema_file = settings.root / scaffold.SCHEMA_PATH
    if written and _write_schema(schema_file, scaffold.schema_text()):
        click.echo(f"wrote the editor schema {display_path(schema_file)}")
    return written
