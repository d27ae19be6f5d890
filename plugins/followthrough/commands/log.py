"""The command that adds to a lead's log: `log`, through the append core."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import sys
from pathlib import Path

import click

from .. import settings as settings_mod
from ..append import Outcome, Status, append_entry
from ..model import CHANNELS, ENTRY_TYPES, noun
from .options import config_option, load_settings, plain_text, resolve_day, today_option


def _choice(value: str, choices: tuple[str, ...], what: str) -> str:
    if value in choices:
        return value
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
    guess = f"did you mean `{close[0]}`? Use one of: " if close else "use one of: "
    raise click.UsageError(f"`{value}` is not a {what}; {guess}{', '.join(choices)}")


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _entry_date(text: str | None, today: dt.date) -> str:
    if text is None:
        return today.isoformat()
    cleaned = text.strip().replace(" ", "T")
    for shape, what in ((_DATE, "date"), (_DATE_TIME, "date or time")):
        if not shape.fullmatch(cleaned):
            continue
        try:
            dt.datetime.fromisoformat(cleaned)
        except ValueError as exc:  # the shape is right, as `check` says: which part is wrong
            raise click.UsageError(
                f"--date: `{cleaned}` is not a real {what} ({exc}); check the day and month"
                + (" and the time" if what != "date" else "")
            ) from None
        return cleaned
    raise click.UsageError(f"--date must be YYYY-MM-DD or YYYY-MM-DDTHH:MM, not {text!r}")


def _message(message: str | None, message_file: str | None) -> str | None:
    if message is not None and message_file is not None:
        raise click.UsageError("give --message or --message-file, not both")
    if message_file is None:
        return message
    try:
        if message_file == "-":
            return sys.stdin.read()
        return Path(message_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.UsageError(f"cannot read --message-file {message_file}: {exc}") from None


def _lead_path(lead: str, settings: settings_mod.Settings) -> Path:
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


@click.command()
@click.argument("lead")
@click.argument("type_", metavar="TYPE")
@click.option("--date", "date", metavar="D", help="YYYY-MM-DD or YYYY-MM-DDTHH:MM (default today)")
@click.option("--with", "with_", metavar="NAME", help="who it was with")
@click.option("--channel", metavar="C", help=f"one of {', '.join(CHANNELS)}")
@click.option("--summary", metavar="S", help="a line about it")
@click.option("--message", metavar="TEXT", help="what was said or sent")
@click.option("--message-file", metavar="F", help="read the message from a file (- for stdin)")
@click.option("--waiver", metavar="REASON", help="break a cadence or tone rule on purpose")
@today_option
@config_option
def log(
    lead: str,
    type_: str,
    date: str | None,
    with_: str | None,
    channel: str | None,
    summary: str | None,
    message: str | None,
    message_file: str | None,
    waiver: str | None,
    today: str | None,
    config: str | None,
) -> None:
    """Append an entry to a lead's log, if the follow-up rules allow it.

    TYPE is one of: applied, outreach, interview, meeting, call, thank-you, follow-up,
    reply, response, offer, rejection, note.
    """
    settings = load_settings(config)
    day = resolve_day(settings, today)
    fields = [
        ("date", _entry_date(date, day)),
        ("type", _choice(type_, ENTRY_TYPES, "log entry type")),
    ]
    values = {
        "with": plain_text(with_, "--with"),
        "channel": _choice(channel, CHANNELS, "channel") if channel else None,
        "summary": plain_text(summary, "--summary"),
        "waiver": plain_text(waiver, "--waiver"),
        "message": plain_text(_message(message, message_file), "--message"),
    }
    fields += [(k, v) for k, v in values.items() if v is not None]
    path = _lead_path(lead, settings)
    sys.exit(_report(append_entry(path, fields, settings, day), fields))


def _report(outcome: Outcome, fields: list[tuple[str, str]]) -> int:
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
                f"note: {display} has {outcome.errors_elsewhere} error(s) in other entries or "
                f"keys; see `followthrough check {display}`",
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
