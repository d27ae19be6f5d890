"""What `log` and `draft` share: finding the lead a command names and saying what an append did."""

from __future__ import annotations

import difflib
from pathlib import Path

import click

from .. import settings as settings_mod
from ..append import Outcome, Status
from ..model import count_of, noun


def lead_path(lead: str, settings: settings_mod.Settings) -> Path:
    """The file of `lead` (a path, a file name or an id); a usage error with close names if none."""
    from ..checker import display_path
    from ..leads import SUFFIXES, is_lead_name, lead_files, lead_id

    as_path = Path(lead)
    if lead.endswith(SUFFIXES) and as_path.is_file() and is_lead_name(as_path.name):
        return as_path
    name = lead_id(lead)  # `acme.yaml` also names the lead `acme`
    found = [settings.leads_path / f"{name}{s}" for s in SUFFIXES]
    found = [p for p in found if p.is_file()] if "/" not in lead else []
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise click.UsageError(f"both {found[0].name} and {found[1].name} exist; keep one")
    ids = [lead_id(p.name) for p in lead_files(settings.leads_path)]
    close = difflib.get_close_matches(lead, ids, n=5, cutoff=0.4)
    close += [i for i in ids if lead.lower() in i and i not in close][: 5 - len(close)]
    where = display_path(settings.leads_path)
    hint = (
        f"; close: {', '.join(close)}"
        if close
        else (f"; leads: {', '.join(ids[:10])}" if ids else "; start one with `followthrough new`")
    )
    raise click.UsageError(f"no lead `{lead}` in {where}{hint}")


def report(outcome: Outcome, fields: list[tuple[str, str]]) -> int:
    """Say what `append_entry` did; the exit status."""
    display = outcome.display
    if outcome.status == Status.WRITTEN:
        for finding in outcome.findings:
            click.echo(finding.text())
        for waiver, finding in outcome.waived:
            click.echo(f"waived ({waiver}): {finding.text()}")
        kind, when = fields[1][1], fields[0][1]
        click.echo(f"logged the {noun(kind)} of {when} in {display}:{outcome.line}")
        if outcome.errors_elsewhere:
            click.echo(
                f"note: {display} has {count_of(outcome.errors_elsewhere, 'error')} in other "
                f"entries or keys; see `followthrough check {display}`",
                err=True,
            )
        return 0
    if outcome.status in (Status.UNREADABLE, Status.REFUSED):
        for finding in outcome.findings:
            click.echo(finding.text())
    problem = {
        Status.CANNOT_LOCK: f"{display}: cannot lock the lead to add the entry: "
        f"{outcome.detail}. Nothing was written.",
        Status.UNREADABLE: f"{display} cannot be read as a lead; fix it first. "
        "Nothing was written.",
        Status.CANNOT_READ: f"{display}: cannot read: {outcome.detail}. Nothing was written.",
        Status.CHANGED: f"{display} changed while it was being read; try again.",
        Status.CANNOT_APPEND: f"{display}: cannot add the entry: {outcome.detail}. "
        "Nothing was written.",
        Status.REFUSED: f"refused: the new entry (it would be line {outcome.line}) breaks the "
        f"rules above; {display} is unchanged."
        + (" To log it anyway, on purpose, add --waiver REASON." if outcome.waivable else ""),
        Status.CANNOT_WRITE: f"{display}: cannot write: {outcome.detail}. Nothing was written.",
    }
    click.echo(problem[outcome.status], err=True)
    return 1
