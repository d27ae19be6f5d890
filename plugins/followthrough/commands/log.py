"""The command that adds to a lead's log: `log`, through the append core."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import click

from ..append import append_entry
from ..model import CHANNELS, ENTRY_TYPES
from .appending import lead_path, report
from .options import choice, config_option, load_settings, plain_text, resolve_day, today_option

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
        ("type", choice(type_, ENTRY_TYPES, "log entry type")),
    ]
    values = {
        "with": plain_text(with_, "--with"),
        "channel": choice(channel, CHANNELS, "channel") if channel else None,
        "summary": plain_text(summary, "--summary"),
        "waiver": plain_text(waiver, "--waiver"),
        "message": plain_text(_message(message, message_file), "--message"),
    }
    fields += [(k, v) for k, v in values.items() if v is not None]
    path = lead_path(lead, settings)
    sys.exit(report(append_entry(path, fields, settings, day), fields))
