"""Leads from a spreadsheet: rows -> recognised columns -> lead texts, with findings at cells.

`plan(sheet, ...)` is pure: it takes the rows, the leads already there and `today`, and says
for every row what would happen (create, exists, duplicate, skipped for an error) with the
text of each new lead. Writing is the caller's business.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from .findings import ERROR, WARNING, Finding
from .model import STATUSES
from .settings import Settings
from .sheet import Cell, Sheet
from .sheet_columns import (
    FIELDS,
    SKIP,
    BadMap,
    Columns,
    columns,
    country_names,
    header_row,
    kinds,
    parse_maps,
    statuses,
    words,
)
from .sheet_dates import NotADate, parse_day
from .yamltext import double_quoted, scalar

CREATE, EXISTS, DUPLICATE, INVALID = "create", "exists", "duplicate", "error"
DATE_FIELDS = ("applied", "added")


def lead_key(company: str, role: str | None) -> tuple[str, str]:
    """Same company and role, whatever the case and spacing."""
    return (" ".join(company.casefold().split()), " ".join((role or "").casefold().split()))


@dataclass(frozen=True, slots=True)
class Lead:
    company: str
    role: str | None = None
    status: str = "active"
    added: dt.date | None = None
    applied: dt.date | None = None
    contact: dict[str, str] = field(default_factory=dict)
    url: str | None = None
    source: str | None = None
    tags: tuple[str, ...] = ()
    notes: str | None = None
    kind: str = "job"
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Row:
    cells: list[Cell]
    line: int
    action: str
    lead: Lead | None = None
    name: str | None = None  # the file stem of the new lead
    text: str | None = None
    note: str = ""  # what happens, in a few words


@dataclass(frozen=True, slots=True)
class Plan:
    columns: Columns
    rows: list[Row]
    findings: list[Finding]
    empty_rows: int

    def count(self, action: str) -> int:
        return sum(r.action == action for r in self.rows)


def _value(cells: list[Cell], cols: Columns, name: str | int) -> Cell | None:
    """The cell of a field (or of a column, by its index), None when empty."""
    i = name if isinstance(name, int) else cols.fields.get(name)
    if i is None or i >= len(cells):
        return None
    cell = cells[i]
    return cell if cell.text else None


def _text(cells: list[Cell], cols: Columns, name: str | int) -> str | None:
    cell = _value(cells, cols, name)
    if cell is None:
        return None
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        value = value.date().isoformat()
    text = value if isinstance(value, str) else str(value)
    text = text.replace("\r\n", "\n").strip()
    return text or None


def to_lead(
    sheet: Sheet, cells: list[Cell], cols: Columns, dayfirst: bool
) -> tuple[Lead | None, list[Finding]]:
    """The lead in one row, or None with the findings that stop it."""
    findings: list[Finding] = []
    company = _text(cells, cols, "company")
    if company is None:
        first = cells[0] if cells else None
        findings.append(
            sheet.finding(
                first, "this row has no company; fill it in, or remove the row to skip it"
            )
        )
        return None, findings
    dates: dict[str, dt.date | None] = {}
    for name in DATE_FIELDS:
        cell = _value(cells, cols, name)
        try:
            dates[name] = parse_day(cell.value, dayfirst) if cell is not None else None
        except NotADate as exc:
            column = cols.header[cols.fields[name]].text
            findings.append(sheet.finding(cell, f"{column} ({cell.ref if cell else ''}): {exc}"))
            return None, findings
    status = "active"
    notes = _text(cells, cols, "notes")
    stage = _text(cells, cols, "status")
    if stage is not None:
        found = statuses().get(words(stage))
        if found is None:
            cell = _value(cells, cols, "status")
            findings.append(
                sheet.finding(
                    cell,
                    f"status `{stage[:40]}` is not known; the lead is imported as active. "
                    f"Write one of {', '.join(STATUSES)} there to choose",
                    WARNING,
                )
            )
            found = "active"
        status = found
        if words(stage) not in (status, "applied"):  # else the status says it all
            notes = "\n".join(p for p in (notes, f"Status in the imported sheet: {stage}") if p)
    kept = [(cols.header[i].text.strip(), _text(cells, cols, i)) for i in cols.noted]
    notes = (
        "\n".join(
            [*([notes] if notes else []), *(f"{name}: {value}" for name, value in kept if value)]
        )
        or None
    )
    contact = {
        key: value
        for key, value in (
            ("name", _text(cells, cols, "contact")),
            ("title", _text(cells, cols, "title")),
            ("email", _text(cells, cols, "email")),
            ("phone", _text(cells, cols, "phone")),
        )
        if value
    }
    if contact and "name" not in contact:
        contact = {"name": contact.get("email") or contact.get("phone") or "", **contact}
    if contact.get("name") == "":
        contact = {}
    tags_text = _text(cells, cols, "tags") or ""
    tags = tuple(t.strip() for t in re.split(r"[,;|\n]", tags_text) if t.strip())
    kind = _kind(sheet, cells, cols, findings)
    country = _country(sheet, cells, cols, findings)
    return Lead(
        company=company,
        role=_text(cells, cols, "role"),
        status=status,
        added=dates["added"],
        applied=dates["applied"],
        contact=contact,
        url=_text(cells, cols, "url"),
        source=_text(cells, cols, "source"),
        tags=tuple(dict.fromkeys(tags)),
        notes=notes,
        kind=kind,
        country=country,
    ), findings


def _looked_up(
    sheet: Sheet,
    cells: list[Cell],
    cols: Columns,
    name: str,
    table: Mapping[str, str],
    unknown: str,
    findings: list[Finding],
) -> str | None:
    """The value of the field `name` as `table` reads its words; a warning at the cell saying
    `unknown` (about the value shown in it) when the table has no such words."""
    text = _text(cells, cols, name)
    if text is None:
        return None
    found = table.get(words(text))
    if found is None:
        cell = _value(cells, cols, name)
        findings.append(sheet.finding(cell, unknown.format(f"{name} `{text[:40]}`"), WARNING))
    return found


def _kind(sheet: Sheet, cells: list[Cell], cols: Columns, findings: list[Finding]) -> str:
    """The row's kind: job unless its kind column says a sale."""
    unknown = (
        "{} is neither a job nor a sale; the lead is imported as a job. "
        "Write job or sale there to choose"
    )
    return _looked_up(sheet, cells, cols, "kind", kinds(), unknown, findings) or "job"


def _country(sheet: Sheet, cells: list[Cell], cols: Columns, findings: list[Finding]) -> str | None:
    """The row's country as an ISO code the holiday calendar knows."""
    unknown = (
        "{} is not one the holiday calendar knows; the lead is imported without it. "
        "Write a country name or an ISO code such as GB there"
    )
    return _looked_up(sheet, cells, cols, "country", country_names(), unknown, findings)


def lead_text(lead: Lead, today: dt.date, modeline: str | None = None) -> str:
    """The lead file, every value written so that it reads back as given."""
    out = [modeline] if modeline else []

    def put(key: str, value: str | None, col: int = 0, prefix: str = "") -> None:
        if value is not None:
            out.append(f"{prefix or ' ' * col}{key}: {scalar(value, col, 2)}")

    put("company", lead.company)
    put("role", lead.role)
    out.append(f"kind: {lead.kind}")
    out.append(f"status: {lead.status}")
    added = lead.added or (None if lead.applied else today)
    if added is not None:
        out.append(f"added: {added.isoformat()}")
    put("country", lead.country)
    put("source", lead.source)
    put("url", lead.url)
    if lead.tags:
        out.append("tags: [" + ", ".join(_flow(t) for t in lead.tags) + "]")
    if lead.contact:
        out.append("contacts:")
        for i, (key, value) in enumerate(lead.contact.items()):
            put(key, value, 4, "  - " if i == 0 else "")
    else:
        out.append("contacts: []")
    put("notes", lead.notes)
    if lead.applied is not None:
        out += ["log:", f"  - date: {lead.applied.isoformat()}", "    type: applied"]
    else:
        out.append("log: []")
    return "\n".join(out) + "\n"


def _flow(value: str) -> str:
    try:
        return scalar(value, 0, 2, flow=True)
    except ValueError:
        return double_quoted(value)


def plan(
    sheet: Sheet,
    maps: Mapping[str, str],
    existing: Mapping[tuple[str, str], str],
    taken: set[str],
    today: dt.date,
    dayfirst: bool = False,
    modeline: str | None = None,
) -> Plan:
    """What importing the sheet would do, row by row.

    `existing` maps lead_key() of the leads already there to their path; `taken` holds the
    file stems in use (those of this plan are added to it). Raises BadMap for a bad --map.
    """
    from .scaffold import slug

    records = sheet.rows
    start = next((i for i, r in enumerate(records) if any(c.text for c in r)), None)
    if start is None:
        empty = Columns({}, [], [], [])
        return Plan(empty, [], [sheet.finding(None, "the sheet is empty")], 0)
    start = header_row(records, start, maps)
    header = records[start]
    cols = columns(sheet, header, maps)
    findings = list(cols.findings)
    if "company" not in cols.fields:
        shown = ", ".join(f"`{c.text}`" for c in header if c.text)
        findings.append(
            sheet.finding(
                header[0],
                f"no column names the company (the columns are {shown}); name one "
                "Company, Employer or Organisation, or run again with --map COLUMN=company",
            )
        )
        return Plan(cols, [], findings, 0)
    rows: list[Row] = []
    seen: dict[tuple[str, str], Row] = {}
    same: dict[tuple[str, ...], Row] = {}
    empty_rows = 0
    for cells in records[start + 1 :]:
        if not any(c.text for c in cells):
            empty_rows += 1
            continue
        line = cells[0].line
        values = tuple(c.text for c in cells)
        while values and not values[-1]:
            values = values[:-1]
        if values in same:
            first = same[values]
            rows.append(Row(cells, line, DUPLICATE, first.lead, note=f"same as {where(first)}"))
            continue
        lead, problems = to_lead(sheet, cells, cols, dayfirst)
        findings += problems
        if lead is None:
            rows.append(Row(cells, line, INVALID, note="not imported: see below"))
            same[values] = rows[-1]
            continue
        key = lead_key(lead.company, lead.role)
        if key in existing:
            row = Row(cells, line, EXISTS, lead, note=f"already there: {existing[key]}")
        elif key in seen:
            first = seen[key]
            findings.append(
                sheet.finding(
                    cells[0],
                    f"same company and role as {where(first)} but other values; only the first "
                    "is imported. Merge the two rows, or give this one another role",
                    WARNING,
                )
            )
            row = Row(cells, line, DUPLICATE, lead, note=f"same lead as {where(first)}")
        else:
            name = _free(slug(lead.company, lead.role), taken)
            text = lead_text(lead, today, modeline)
            row = Row(cells, line, CREATE, lead, name, text, note="new lead")
            taken.add(name)
            seen[key] = row
        same[values] = row
        rows.append(row)
    return Plan(cols, rows, findings, empty_rows)


def where(row: Row) -> str:
    """How a person finds the row: "line 7" of a text file, "row 7" of a workbook."""
    text_file = bool(row.cells) and row.cells[0].ref.startswith("line")
    return f"{'line' if text_file else 'row'} {row.line}"


def _free(name: str, taken: set[str]) -> str:
    if name not in taken:
        return name
    n = 2
    while f"{name}-{n}" in taken:
        n += 1
    return f"{name}-{n}"


def refuse(plan: Plan, row: Row, findings: Sequence[Finding], sheet: Sheet) -> Row:
    """The row marked as not imported, its lead's check findings moved onto the row."""
    for f in findings:
        plan.findings.append(
            sheet.finding(
                row.cells[0],
                f"the lead from this row would not pass `followthrough check` "
                f"(line {f.line} of the new file: {f.rule} {f.message}); fix the row",
            )
        )
    return Row(row.cells, row.line, INVALID, row.lead, note="not imported: see below")


def existing_leads(settings: Settings) -> tuple[dict[tuple[str, str], str], set[str]]:
    from .checker import load_all
    from .leads import lead_files, lead_id

    known: dict[tuple[str, str], str] = {}
    for loaded in load_all(settings):
        if loaded.lead is not None:
            known.setdefault(lead_key(loaded.lead.company, loaded.lead.role), loaded.path)
    taken = {lead_id(p.name) for p in lead_files(settings.leads_path)}
    return known, taken


def checked(plan: Plan, sheet: Sheet, settings: Settings, day: dt.date) -> Plan:
    """Every new lead read back and checked as `followthrough check` would; failures refused."""
    from .checker import check_loaded
    from .leads import load_text

    rows = []
    for row in plan.rows:
        if row.action == CREATE and row.text is not None:
            display = f"{settings.leads_dir}/{row.name}.yaml"
            result = check_loaded(load_text(row.text, display), settings, day)
            errors = [f for f in result.findings if f.severity == ERROR]
            if errors:
                row = refuse(plan, row, errors, sheet)
        rows.append(row)
    return Plan(plan.columns, rows, plan.findings, plan.empty_rows)


__all__ = ["FIELDS", "SKIP", "BadMap", "parse_maps"]  # what the command needs from the columns
