"""`mail import`: log entries from a mailbox export, shown first, written with --write."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import click

from ..append import Status
from ..findings import printable
from ..mail_import import Matched, Proposal, contact_index, match, plan
from ..mailbox_read import Mail, NotAMailbox, Skipped, Unrelated, read_mailbox
from ..merge import Merged, add_entries
from ..model import Lead
from ..writer import Fields
from .options import config_option, load_settings, resolve_day, today_option

WAIVER = "imported"


@click.group()
def mail() -> None:
    """Bring contact history in from a mailbox export."""


@mail.command(name="import", short_help="Log entries from a mailbox export (shown unless --write).")
@click.argument(
    "paths",
    metavar="PATH...",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, path_type=Path),
)
@click.option(
    "--me",
    "me",
    metavar="ADDRESS",
    multiple=True,
    help="your own address (repeat for each), besides the my_addresses setting; without any, "
    "a message to a lead's contact from anyone who is not a contact counts as yours",
)
@click.option("--write", is_flag=True, help="add the entries (default: only show them)")
@today_option
@config_option
def import_(
    paths: tuple[Path, ...], me: tuple[str, ...], write: bool, today: str | None, config: str | None
) -> None:
    """Propose log entries for the messages to or from your leads' contacts in each PATH.

    A PATH is an mbox file, a Maildir, an .eml file, or a folder holding these (an inbox and
    a sent folder together give both sides of each conversation). Your messages
    become outreach, follow-up, thank-you (within two days after an interview or meeting) or
    reply entries; theirs become response entries; each carries the message's Message-ID, so
    importing again adds nothing twice. An entry that breaks a cadence or tone rule is written
    with `waiver: imported`: what was sent is history.
    """
    from ..checker import display_path
    from ..leads import lead_files, load_file

    settings = load_settings(config)
    day = resolve_day(settings, today)
    files = {display_path(p): p for p in lead_files(settings.leads_path)}
    leads = []
    for display, file in files.items():
        lead = load_file(file, display, settings.root).lead
        if lead is None:
            click.echo(f"{display}: not read; see `followthrough check {display}`", err=True)
        else:
            leads.append(lead)
    mails: list[Mail] = []
    skipped = unrelated = 0
    addresses = contact_index(leads)
    try:
        for path in paths:
            for item in read_mailbox(path, among=addresses):
                if isinstance(item, Skipped):
                    skipped += 1
                    click.echo(f"{item.where}: skipped: {item.why}", err=True)
                elif isinstance(item, Unrelated):
                    unrelated += 1
                else:
                    mails.append(item)
    except (NotAMailbox, OSError) as exc:
        raise click.UsageError(str(exc)) from None
    mine = frozenset(settings.my_addresses) | {address.lower() for address in me}
    matched = match(mails, leads, mine)
    matched.unmatched += unrelated
    failed = added = already = left = 0
    for display in sorted(matched.by_lead):
        lead = matched.leads[display]
        counts: list[int] = []
        result = add_entries(
            files[display], _planner(matched.by_lead[display], counts), settings, day, WAIVER, write
        )
        failed += not result.ok
        added += len(result.added)
        already += sum(counts)
        left += len(result.left)
        _show(result, lead.company, lead.role, sum(counts), write)
    _summary(matched, added, already, left, skipped, failed, write)
    sys.exit(1 if failed else 0)


def _planner(proposals: list[Proposal], counts: list[int]) -> Callable[[Lead], list[Fields]]:
    def planner(lead: Lead) -> list[Fields]:
        planned = plan(lead, proposals)
        counts.append(planned.already)
        return [entry.fields for entry in planned.entries]

    return planner


def _show(result: Merged, company: str, role: str | None, already: int, write: bool) -> None:
    if not result.added and not result.left and result.ok:
        if already:
            click.echo(f"{result.display}: nothing new ({already} already in the log)")
        return
    title = company + (f" — {role}" if role else "")
    verb = "added" if write else "to add"
    click.echo(f"{result.display} ({title}): {len(result.added)} {verb}", nl=False)
    click.echo(f", {already} already in the log" if already else "")
    for added in result.added:
        line = f"  {_row(added.fields)}"
        if added.waived:
            rules = ", ".join(dict.fromkeys(f.rule for f in added.waived))
            line += f"  [waiver: {WAIVER}: {rules}]"
        click.echo(line + (f"  (line {added.line})" if write else ""))
    for left in result.left:
        click.echo(f"  left out: {_row(left.fields)}")
        for finding in left.findings:
            click.echo(f"    {finding.rule}: {finding.message}")
    if not result.ok:
        for finding in result.findings:
            click.echo(finding.text())
        detail = f": {result.detail}" if result.detail else ""
        why = {
            Status.UNREADABLE: "cannot be read as a lead; fix it first",
            Status.CHANGED: "changed while it was being read; try again",
        }.get(result.status, f"cannot add the entries{detail}")
        click.echo(f"{result.display}: {why}. Nothing was written to it.", err=True)


def _row(fields: Fields) -> str:
    values = dict(fields)
    when = values["date"].replace("T", " ")
    summary = values.get("summary", "")
    summary = summary if len(summary) <= 60 else summary[:59] + "…"
    row = f"{when:<22}  {values['type']:<10}  {values.get('with', ''):<20}  {summary}"
    return printable(row.rstrip())


def _summary(
    matched: Matched, added: int, already: int, left: int, skipped: int, failed: int, write: bool
) -> None:
    leads = sum(1 for entries in matched.by_lead.values() if entries)
    parts = [
        f"{'added' if write else 'would add'} {added} entr{'y' if added == 1 else 'ies'} "
        f"to {leads} lead{'' if leads == 1 else 's'}",
        f"{already} already in the log",
    ]
    if left:
        parts.append(f"{left} left out")
    parts.append(f"{matched.unmatched} to or from no contact of a lead")
    if matched.others:
        parts.append(f"{matched.others} neither yours nor from a contact")
    if skipped:
        parts.append(f"{skipped} unreadable")
    if failed:
        parts.append(f"{failed} lead file{'' if failed == 1 else 's'} not written")
    end = "" if write or not added else "; run again with --write to add them"
    click.echo("; ".join(parts) + end)
