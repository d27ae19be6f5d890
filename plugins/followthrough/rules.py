"""The rules: plain functions of (lead, context) yielding hits, turned into findings here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .findings import OFF, WAIVABLE_PREFIXES, Finding
from .loader import Source
from .model import Entry, Instruction, Lead, Pos, chronological, instruction_end, ordinal
from .settings import Settings

GOOD_CHECK_IN = (
    "I remain very interested in this role, following our preliminary discussion, so just "
    "wanted to check in and see what the next steps might be."
)


@dataclass(frozen=True, slots=True)
class Context:
    settings: Settings
    today: dt.date
    source: Source | None = None


@dataclass(frozen=True, slots=True)
class Hit:
    rule: str
    pos: Pos
    message: str
    entry: Entry | None = None


Rule = Callable[[Lead, Context], Iterator[Hit]]


def _what(entry: Entry) -> str:
    return f"the {entry.noun} on {entry.date.isoformat()}"


def log_order(lead: Lead, ctx: Context) -> Iterator[Hit]:
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
                f"{_what(entry)} comes after {_what(latest)} in the log; keep the log "
                "oldest first: move this entry up",
                entry,
            )
            continue
        later_time = entry.time is not None and (latest_time is None or entry.time > latest_time)
        if latest is None or entry.date > latest.date or later_time:
            latest, latest_time = entry, entry.time


def log_future(lead: Lead, ctx: Context) -> Iterator[Hit]:
    dated: list[tuple[Entry | Instruction, str]] = [(e, _what(e)) for e in lead.log]
    dated += [(i, f"the {i.kind} instruction of {i.date.isoformat()}") for i in lead.instructions]
    for item, what in dated:
        if item.date > ctx.today:
            yield Hit(
                "log/future",
                item.pos,
                f"{what} is dated after today ({ctx.today.isoformat()}); log things once "
                "they have happened (a planned check-in shows on the agenda by itself)",
                item if isinstance(item, Entry) else None,
            )


def cadence_days(lead: Lead, settings: Settings) -> int:
    return lead.cadence_days or settings.cadence_days


def too_soon(lead: Lead, ctx: Context) -> Iterator[Hit]:
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
                    f"{ordinal(gap, 'day')} after {_what(previous)}; check in at most "
                    f"every {ordinal(cadence, 'day')}, so the first day for it is "
                    f"{allowed.isoformat()}",
                    entry,
                )
        if entry.is_contact:
            previous = entry


_INSTRUCTION_RULES = {"quiet-until": "cadence/quiet-period", "no-contact": "cadence/do-not-contact"}


def instructions(lead: Lead, ctx: Context) -> Iterator[Hit]:
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
                    f"{_what(entry)} falls inside the {kind} they asked for on "
                    f"{instr.date.isoformat()}{said}; {when}",
                    entry,
                )


def tone(lead: Lead, ctx: Context) -> Iterator[Hit]:
    entries = [e for e in lead.log if e.by_you and e.message]
    if not entries:
        return
    from . import tone as tone_scan  # imported only when there is a message to read

    for entry in entries:
        assert entry.message is not None
        for hit in tone_scan.scan(entry.message):
            pos = _phrase_pos(
                entry, hit.phrase, entry.message.count(hit.phrase, 0, hit.start), ctx.source
            )
            yield Hit(
                hit.rule,
                pos,
                f'{hit.category} in the message: "{hit.phrase}"; {hit.suggestion}',
                entry,
            )


def _phrase_pos(entry: Entry, phrase: str, nth: int, src: Source | None) -> Pos:
    """Where the nth occurrence of the phrase sits in the source, else the message's start."""
    span = entry.message_span
    if span is None:
        return entry.pos
    if src is not None and phrase:
        index = src.text.find(phrase, span.start, span.end)
        while index >= 0 and nth > 0:
            index, nth = src.text.find(phrase, index + 1, span.end), nth - 1
        if index >= 0:
            return src.pos(index)
    return span.pos


RULES: tuple[Rule, ...] = (log_order, log_future, too_soon, instructions, tone)


@dataclass(frozen=True, slots=True)
class Result:
    findings: list[Finding]
    waived: list[tuple[Entry, Finding]]


def check(lead: Lead, ctx: Context) -> Result:
    findings: list[Finding] = []
    waived: list[tuple[Entry, Finding]] = []
    for rule in RULES:
        for hit in rule(lead, ctx):
            severity = ctx.settings.severity(hit.rule)
            if severity == OFF:
                continue
            finding = Finding(
                lead.path,
                hit.pos.line,
                hit.pos.column,
                severity,
                hit.rule,
                hit.message,
                None if hit.entry is None else hit.entry.index,
            )
            if (
                hit.entry is not None
                and hit.entry.waiver
                and hit.rule.startswith(WAIVABLE_PREFIXES)
            ):
                waived.append((hit.entry, finding))
            else:
                findings.append(finding)
    return Result(findings, waived)
