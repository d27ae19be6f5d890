"""The follow-up rules: plain functions of (lead, context) yielding hits, in three families.

Each function is registered next to its definition with the ids of the findings it gives, their
default severity and what they guard; `CHECKS` is the one tuple of them, in the order they run,
and `RULES` every rule id in that order. `check` runs them all and turns hits into findings,
with the severity the settings give and the waivers the entries carry.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..findings import OFF, WAIVABLE_PREFIXES, Finding
from ..model import Entry, Lead
from . import cadence, log, tone
from .cadence import cadence_days
from .registry import LOADING, REGISTERED, Context, Hit, Rule, RuleId

CHECKS: tuple[Rule, ...] = (
    log.order,
    log.future,
    cadence.too_soon,
    cadence.instructions,
    tone.tone,
)
RULES: dict[str, RuleId] = {
    rid.id: rid for rid in (*LOADING, *(rid for check in CHECKS for rid in REGISTERED[check]))
}

__all__ = [
    "CHECKS",
    "RULES",
    "Context",
    "Hit",
    "Result",
    "Rule",
    "RuleId",
    "cadence",
    "cadence_days",
    "check",
    "log",
    "tone",
]


@dataclass(frozen=True, slots=True)
class Result:
    findings: list[Finding]
    waived: list[tuple[Entry, Finding]]


def check(lead: Lead, ctx: Context) -> Result:
    findings: list[Finding] = []
    waived: list[tuple[Entry, Finding]] = []
    for rule in CHECKS:
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
