"""Where a lead stands in the pipeline, derived every time from its status and its log.

The stages, in order: prospect, applied (or contacted, for a sale), screening, interviewing,
offer, then closed as won or lost. `reached(lead)` is how far the log went, whatever the status;
`stage(lead)` is where the lead stands now, the status and the outcome taken into account.

- `prospect`: no contact yet (an empty log, or notes only).
- `applied`: you applied, wrote or called, and nothing further came of it yet.
- `screening`: they answered (`response`) or spoke with you on a `call`; a `rejection` is an
  answer but no step forward.
- `interviewing`: an `interview` or a `meeting` took place.
- `offer`: they made an `offer`.
- `won`: the status is `won`.
- `lost`: the status is `lost`, `withdrawn` or `dormant` (closed without a win), or, while the
  status is still `active`, a `rejection` is the last thing that came from them.

A stage only moves forward: a follow-up after an interview leaves the lead interviewing.
Entries dated after `today` (when given) do not count yet. The optional `stage:` key of an
active lead wins over all this: it says where the lead stands when the log does not show it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from enum import StrEnum

from .model import Entry, Lead, chronological


class Stage(StrEnum):
    """A pipeline stage; the order here is the pipeline's order."""

    PROSPECT = "prospect"
    APPLIED = "applied"
    SCREENING = "screening"
    INTERVIEWING = "interviewing"
    OFFER = "offer"
    WON = "won"
    LOST = "lost"


STAGES = tuple(Stage)
OPEN = STAGES[:5]  # the steps a lead goes through before it closes
CLOSED = (Stage.WON, Stage.LOST)

_BY_ENTRY = {
    "applied": Stage.APPLIED,
    "outreach": Stage.APPLIED,
    "follow-up": Stage.APPLIED,
    "thank-you": Stage.APPLIED,
    "reply": Stage.APPLIED,
    "response": Stage.SCREENING,
    "call": Stage.SCREENING,
    "rejection": Stage.APPLIED,  # an answer, but no step forward
    "interview": Stage.INTERVIEWING,
    "meeting": Stage.INTERVIEWING,
    "offer": Stage.OFFER,
}


def label(stage: Stage, kind: str | None = None) -> str:
    """How a stage reads on a page: `applied` says `contacted` for a sale, both for a mix."""
    if stage == Stage.APPLIED:
        return {"job": "Applied", "sale": "Contacted"}.get(kind or "", "Applied / contacted")
    if stage in CLOSED:
        return f"Closed: {stage.value}"
    return stage.value.capitalize()


def _log(lead: Lead, today: dt.date | None) -> list[Entry]:
    return [e for e in chronological(lead.log) if today is None or e.date <= today]


def furthest(log: Iterable[Entry]) -> Stage:
    """The furthest open stage these entries reach."""
    far = 0
    for entry in log:
        far = max(far, OPEN.index(_BY_ENTRY.get(entry.type, Stage.PROSPECT)))
    return OPEN[far]


def standing(lead: Lead, log: Sequence[Entry]) -> Stage:
    """Where the lead stands, given its log in time order (as far as it counts)."""
    if lead.status == "won":
        return Stage.WON
    if lead.status != "active":
        return Stage.LOST
    if lead.stage is not None:  # set by hand: wins over the log while the lead is active
        return Stage(lead.stage)
    theirs = [e for e in log if e.from_them]
    if theirs and theirs[-1].type == "rejection":
        return Stage.LOST
    return furthest(log)


def reach(lead: Lead, log: Sequence[Entry]) -> Stage:
    """How far the lead got, given its log: the furthest open stage the log shows, or the
    stage set by hand when that is further."""
    far = furthest(log)
    if lead.stage is not None and OPEN.index(Stage(lead.stage)) > OPEN.index(far):
        return Stage(lead.stage)
    return far


def reached(lead: Lead, today: dt.date | None = None) -> Stage:
    """The furthest open stage the lead got to (prospect .. offer), whatever the status."""
    return reach(lead, _log(lead, today))


def stage(lead: Lead, today: dt.date | None = None) -> Stage:
    """Where the lead stands now: closed by its status or a last-word rejection, else `reached`."""
    return standing(lead, _log(lead, today))
