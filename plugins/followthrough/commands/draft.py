"""The command that writes the next message for you: `draft`, logged through the append core."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import click

from .. import agenda, drafts
from .. import settings as settings_mod
from ..append import append_entry
from .appending import lead_path, report
from .options import choice, config_option, load_settings, plain_text, resolve_day, today_option

_EDIT_HINT = "# Lines starting with # are dropped. Save and close to go on; quit unsaved to stop.\n"


def _as_text(draft: drafts.Draft) -> str:
    to = f"{draft.contact} <{draft.to}>" if draft.to else (draft.contact or "(no address)")
    return f"To: {to}\nSubject: {draft.subject}\n\n{draft.body}"


def _edited(text: str) -> tuple[str, str]:
    """Subject and body back from the edited text (To: and comment lines dropped)."""
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    while lines and lines[0].lower().startswith(("to:", "subject:")):
        head = lines.pop(0)
        if head.lower().startswith("subject:"):
            subject = head.split(":", 1)[1].strip()
            break
    else:
        subject = ""
    body = "\n".join(lines).strip("\n")
    return subject, body + "\n" if body else ""


@click.command()
@click.argument("lead")
@click.option(
    "--action", metavar="A", help=f"one of {', '.join(drafts.ACTIONS)} (default: what is due)"
)
@click.option("--edit", is_flag=True, help="open the draft in $VISUAL or $EDITOR, then log it")
@click.option("--log", "log_it", is_flag=True, help="log it without asking")
@click.option("--waiver", metavar="REASON", help="log it even if it breaks a cadence or tone rule")
@today_option
@config_option
def draft(
    lead: str,
    action: str | None,
    edit: bool,
    log_it: bool,
    waiver: str | None,
    today: str | None,
    config: str | None,
) -> None:
    """Print the suggested message for what is due on LEAD; --edit or --log records it.

    The draft comes from the repository's templates folder when it has one of the same name,
    else from the built-in drafts. What is logged is checked by the same rules as the hook.
    """
    settings = load_settings(config)
    day = resolve_day(settings, today)
    path = lead_path(lead, settings)
    it = _item(path, settings, day, action)
    try:
        made = drafts.render(it, settings.templates_path)
    except drafts.DraftError as exc:
        raise click.UsageError(f"draft template {exc}") from None
    if it.state == agenda.State.UPCOMING and action is None and it.due is not None:
        click.echo(f"# not due yet: {it.action} on {it.due.isoformat()}", err=True)
    if not edit and not log_it:
        click.echo(_as_text(made), nl=False)
        return
    subject, body = _edit(made, path, log_it) if edit else (made.subject, made.body)
    fields = _fields(made, day, subject, body, waiver)
    sys.exit(report(append_entry(path, fields, settings, day), fields))


def _item(
    path: Path, settings: settings_mod.Settings, day: dt.date, action: str | None
) -> agenda.Item:
    """The agenda item to draft for: the lead's own, or the --action asked for."""
    from ..leads import load_file

    loaded = load_file(path, str(path), settings.root)
    if loaded.lead is None:
        for finding in loaded.findings:
            click.echo(finding.text())
        click.echo(f"{path} cannot be read as a lead; fix it first.", err=True)
        sys.exit(1)
    from ..days_off import calendar

    it = agenda.item(loaded.lead, settings, day, calendar(settings))
    if action is not None:
        return dataclasses.replace(it, action=choice(action, drafts.ACTIONS, "draft action"))
    if it.state in (agenda.State.BLOCKED, agenda.State.CLOSED):
        click.echo(f"{loaded.lead.id}: {it.state}: {it.reason}. Nothing to draft.", err=True)
        click.echo("To draft one anyway, name it with --action.", err=True)
        sys.exit(1)
    return it


def _edit(made: drafts.Draft, path: Path, log_it: bool) -> tuple[str, str]:
    """The subject and body as saved in the editor (and confirmed, unless --log)."""
    text = click.edit(_EDIT_HINT + _as_text(made), extension=".txt", require_save=True)
    if text is None:
        click.echo("not saved: nothing was logged.", err=True)
        sys.exit(1)
    subject, body = _edited(text)
    if not body.strip():
        click.echo("the message is empty: nothing was logged.", err=True)
        sys.exit(1)
    if not log_it:
        click.echo(f"Subject: {subject}\n\n{body}", nl=False)
        what = f"{made.entry_type} in {path}"
        if not click.confirm(f"Log this {what}?", default=True):
            click.echo("nothing was logged.", err=True)
            sys.exit(1)
    return subject, body


def _fields(
    made: drafts.Draft, day: dt.date, subject: str, body: str, waiver: str | None
) -> list[tuple[str, str]]:
    """The log entry for the message sent: by email, today, with whom the draft names."""
    fields = [("date", day.isoformat()), ("type", made.entry_type)]
    if made.contact:
        fields.append(("with", made.contact))
    fields.append(("channel", "email"))
    if subject:
        fields.append(("summary", plain_text(f"Subject: {subject}", "--summary") or ""))
    if waiver:
        fields.append(("waiver", plain_text(waiver, "--waiver") or ""))
    fields.append(("message", body))
    return fields
