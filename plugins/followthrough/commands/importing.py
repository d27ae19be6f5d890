"""`followthrough import`: option parsing and output; the work is in sheet and spreadsheet."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .. import settings as settings_mod
from .. import spreadsheet as ss
from ..findings import ERROR, Finding, printable, public
from ..model import count_of
from .options import config_option, load_settings, resolve_day, today_option

if TYPE_CHECKING:
    from ..sheet import Sheet

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
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="json: the plan, the findings and the files written, as one JSON document",
)
@today_option
@config_option
def import_(
    file: Path,
    maps: tuple[str, ...],
    dayfirst: bool,
    sheet_name: str | None,
    write: bool,
    fmt: str,
    today: str | None,
    config: str | None,
) -> None:
    """Create one lead per row of a spreadsheet (.csv, .tsv or .xlsx).

    Columns are recognised by their usual names (Company, Employer, Role, Job Title, Status,
    Date Applied, Contact, Email, URL, Notes, Source, Tags, ...); --map overrides. Without
    --write, shows what would be created. With it, writes each new lead (never over a file),
    and reports a lead already there (same company and role) instead of making it twice.
    """
    from ..checker import display_path
    from ..sheet import read

    settings = load_settings(config)
    day = resolve_day(settings, today)
    shown = display_path(file)
    try:
        options = ss.parse_maps(maps)
        sheet, problems = read(file, shown, sheet_name)
        plan = _plan(sheet, options, settings, day, dayfirst) if sheet is not None else None
    except ss.BadMap as exc:
        raise click.UsageError(str(exc)) from None
    show = _show_json if fmt == "json" else _show_text
    sys.exit(show(plan, problems, shown, settings, write))


def _plan(
    sheet: Sheet,
    options: dict[str, str],
    settings: settings_mod.Settings,
    day: dt.date,
    dayfirst: bool,
) -> ss.Plan:
    from .. import scaffold

    known, taken = ss.existing_leads(settings)
    modeline = scaffold.modeline(settings.leads_path, settings.root)
    plan = ss.plan(sheet, options, known, taken, day, dayfirst, modeline)
    return ss.checked(plan, sheet, settings, day)


def _show_json(
    plan: ss.Plan | None,
    problems: list[Finding],
    shown: str,
    settings: settings_mod.Settings,
    write: bool,
) -> int:
    """One JSON document on stdout; the exit status."""
    from ..checker import display_path
    from ..sheet_columns import Columns

    unread = plan is None
    if plan is None:
        plan = ss.Plan(Columns({}, [], [], []), [], [], 0)
    creates = [r for r in plan.rows if r.action == ss.CREATE]
    written = _write_rows(creates, settings, quiet=True) if write and creates else []
    findings = problems + plan.findings
    doc = as_json(plan, display_path(settings.leads_path), shown, findings, written)
    click.echo(json.dumps(doc, indent=2, ensure_ascii=False))
    failed = any(f.severity == ERROR for f in findings) or (write and len(written) < len(creates))
    return 1 if failed or unread else 0


def _show_text(
    plan: ss.Plan | None,
    problems: list[Finding],
    shown: str,
    settings: settings_mod.Settings,
    write: bool,
) -> int:
    """The plan as a table, the findings, then a summary on stderr; the exit status."""
    from ..checker import display_path

    for finding in problems:
        click.echo(finding.text())
    if plan is None:
        return 1
    if plan.rows:
        click.echo(table(plan, display_path(settings.leads_path)))
    if plan.columns.noted:
        noted = (printable(plan.columns.header[i].text) for i in plan.columns.noted)
        click.echo("columns kept in the notes: " + ", ".join(noted))
    if plan.columns.unused:
        click.echo(
            "columns not imported: "
            + ", ".join(printable(c) for c in plan.columns.unused)
            + " (--map COLUMN=FIELD imports one)"
        )
    for finding in plan.findings:
        click.echo(finding.text())
    creates = [r for r in plan.rows if r.action == ss.CREATE]
    written = len(_write_rows(creates, settings)) if write and creates else 0
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
    return 1 if failed else 0


def as_json(
    plan: ss.Plan, leads_dir: str, display: str, findings: list[Finding], written: list[str]
) -> dict[str, object]:
    """The plan as `--format json` gives it: a row per sheet row, findings, files written."""
    rows = []
    for row in plan.rows:
        lead = row.lead
        rows.append(
            {
                "line": row.line,
                "action": row.action,
                "lead_file": f"{leads_dir}/{row.name}.yaml" if row.name else None,
                "company": lead.company if lead else None,
                "role": lead.role if lead else None,
                "kind": lead.kind if lead else None,
                "status": lead.status if lead else None,
                "country": lead.country if lead else None,
                "contact": (lead.contact.get("name") if lead else None),
                "note": row.note,
            }
        )
    return {
        "file": display,
        "rows": rows,
        "columns_not_imported": list(plan.columns.unused),
        "columns_in_notes": [plan.columns.header[i].text for i in plan.columns.noted],
        "empty_rows": plan.empty_rows,
        "written": written,
        "findings": [public(f) for f in findings],
    }


def _write_rows(
    creates: list[ss.Row], settings: settings_mod.Settings, *, quiet: bool = False
) -> list[str]:
    """Create each planned lead file, never over one; the files written."""
    from .. import scaffold
    from ..checker import display_path
    from ..writer import create_atomic, sync_folder
    from .scaffold import _write_schema

    folder = settings.leads_path
    folder.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    for row in creates:
        assert row.text is not None
        path = folder / f"{row.name}.yaml"
        try:
            create_atomic(path, row.text.encode("utf-8"), sync_dir=False)
        except FileExistsError:
            click.echo(f"{display_path(path)} appeared meanwhile; not written", err=True)
            continue
        written.append(display_path(path))
        if not quiet:
            click.echo(f"created {display_path(path)}")
    sync_folder(folder)  # once for all the new names
    schema_file = settings.root / scaffold.SCHEMA_PATH
    if written and _write_schema(schema_file, scaffold.schema_text()) and not quiet:
        click.echo(f"wrote the editor schema {display_path(schema_file)}")
    return written
