"""Rules about when to get in touch: not too often, and not while they asked for quiet."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..findings import ERROR
from ..model import Entry, Lead, chronological, count_of, instruction_end
from .registry import Context, Hit, RuleId, rule, what

if TYPE_CHECKING:
    from ..settings import Settings


def cadence_days(lead: Lead, settings: Settings) -> int:
    """The days between follow-ups for this lead: its own `cadence_days`, else the setting."""
    return lead.cadence_days or settings.cadence_days


@rule(
    RuleId(
        "cadence/too-soon", ERROR, "a follow-up comes at least cadence_days after the last contact"
    )
)
def too_soon(lead: Lead, ctx: Context) -> Iterator[Hit]:
    """A follow-up comes at least the cadence after the contact before it."""
    cadence = cadence_days(lead, ctx.settings)
    previous: Entry | None = None
    for entry in chronological(lead.log):
        if entry.type == "follow-up" and previous is not None:
            gap = (entry.date - previous.date).days
            if gap < cadence:
                allowed = previous.date + dt.timedelta(days=cadence)
                yield Hit(
                    "cadence/too-soon",
                    entry.pos,
                    f"this follow-up on {entry.date.isoformat()} comes "
                    f"{count_of(gap, 'day')} after {what(previous)}; check in at most "
                    f"every {count_of(cadence, 'day')}, so the first day for it is "
                    f"{allowed.isoformat()}",
                    entry,
                )
        if entry.is_contact:
            previous = entry


_INSTRUCTION_RULES = {"quiet-until": "cadence/quiet-period", "no-contact": "cadence/do-not-contact"}


@rule(
    RuleId(
        "cadence/quiet-period", ERROR, "nothing unprompted while a quiet-until instruction holds"
    ),
    RuleId(
        "cadence/do-not-contact", ERROR, "nothing unprompted while a no-contact instruction holds"
    ),
)
def instructions(lead: Lead, ctx: Context) -> Iterator[Hit]:
    """Nothing by you but a `reply` while a quiet-until or no-contact instruction holds."""
    reported: set[tuple[str, int]] = set()
    for instr in lead.instructions:
        rule = _INSTRUCTION_RULES[instr.kind]
        end = instruction_end(instr, lead.log)
        for entry in lead.log:
            if not entry.by_you or entry.type == "reply" or (rule, entry.index) in reported:
                continue
            if instr.date < entry.date and (end is None or entry.date < end):
                reported.add((rule, entry.index))
                said = f' ("{instr.said.strip()}")' if instr.said else ""
                when = (
                    f"contact is allowed again from {end.isoformat()}"
                    if end
                    else "wait until they contact you; answer them with a `reply`"
                )
                kind = "quiet period" if instr.kind == "quiet-until" else "no-contact request"
                yield Hit(
                    rule,
                    entry.pos,
                    f"{what(entry)} falls inside the {kind} they asked for on "
                    f"{instr.date.isoformat()}{said}; {when}",
                    entry,
                )
