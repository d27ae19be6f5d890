"""What every rule shares: its context, its hits, and the table of rule ids it registers in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from ..findings import ERROR
from ..loader import Source
from ..model import Entry, Lead, Pos

if TYPE_CHECKING:
    from ..settings import Settings


class RuleId(NamedTuple):
    id: str
    severity: str  # the default; the `rules` setting may change it
    description: str  # what it guards, in a line


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

# rule function -> the ids of the findings it may give; filled by `rule` as the modules load
REGISTERED: dict[Rule, tuple[RuleId, ...]] = {}


def rule(*ids: RuleId) -> Callable[[Rule], Rule]:
    """Register a rule function with the ids of the findings it may give."""

    def register(func: Rule) -> Rule:
        taken = {rid.id for given in REGISTERED.values() for rid in given}
        for rid in ids:
            if rid.id in taken or rid.id in (r.id for r in LOADING):
                raise ValueError(f"rule id {rid.id} is registered twice")
        REGISTERED[func] = ids
        return func

    return register


def what(entry: Entry) -> str:
    """How a finding names an entry: "the follow-up on 2026-11-20"."""
    return f"the {entry.noun} on {entry.date.isoformat()}"


# found while reading a file, before any rule function runs (loader and schema)
LOADING = (
    RuleId(
        "yaml",
        ERROR,
        "the file is valid UTF-8 YAML, at most 1 MiB, a single mapping, "
        "without duplicate keys, anchors, aliases or tags",
    ),
    RuleId(
        "schema", ERROR, "every key is known, required keys are there, values have the right type"
    ),
)
