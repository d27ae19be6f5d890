"""Rules about the log as a record: written in order, nothing dated ahead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from ..findings import ERROR
from ..model import Entry, Instruction, Lead
from .registry import Context, Hit, RuleId, rule, what


@rule(RuleId("log/order", ERROR, "log entries are in date order, oldest first"))
def order(lead: Lead, ctx: Context) -> Iterator[Hit]:
    """Entries go oldest first; a time only orders entries of the same day that both carry one."""
    latest: Entry | None = None
    latest_time: dt.time | None = None
    for entry in lead.log:
        if latest is not None and (
            entry.date < latest.date
            or (
                entry.date == latest.date
                and entry.time is not None
                and latest_time is not None
                and entry.time < latest_time
            )
        ):
            yield Hit(
                "log/order",
                entry.pos,
                f"{what(entry)} comes after {what(latest)} in the log; keep the log "
                "oldest first: move this entry up",
                entry,
            )
            continue
        later_time = entry.time is not None and (latest_time is None or entry.time > latest_time)
        if latest is None or entry.date > latest.date or later_time:
            latest, latest_time = entry, entry.time


@rule(RuleId("log/future", ERROR, "no entry or instruction is dated after today"))
def future(lead: Lead, ctx: Context) -> Iterator[Hit]:
    """Nothing in the log or the instructions is dated after `today`."""
    dated: list[tuple[Entry | Instruction, str]] = [(e, what(e)) for e in lead.log]
    dated += [(i, f"the {i.kind} instruction of {i.date.isoformat()}") for i in lead.instructions]
    for item, said in dated:
        if item.date > ctx.today:
            yield Hit(
                "log/future",
                item.pos,
                f"{said} is dated after today ({ctx.today.isoformat()}); log things once "
                "they have happened (a planned check-in shows on the agenda by itself)",
                item if isinstance(item, Entry) else None,
            )
