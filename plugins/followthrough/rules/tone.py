"""The tone rule: a wrapper that turns what `followthrough.tone` finds into hits."""

from __future__ import annotations

from collections.abc import Iterator

from ..findings import ERROR, WARNING
from ..loader import Source
from ..model import Entry, Lead, Pos
from .registry import Context, Hit, RuleId, rule


@rule(
    RuleId("tone/negative", ERROR, "no guilt, shame, anger, whining, sarcasm or cursing"),
    RuleId(
        "tone/controlling", ERROR, "no ultimatums, threats to withdraw, 'you promised', deadlines"
    ),
    RuleId(
        "tone/wording",
        WARNING,
        "a message the rules pass whose wording reads as pushy or sour (trained model)",
    ),
)
def tone(lead: Lead, ctx: Context) -> Iterator[Hit]:
    """Every message of yours read by the tone scanner; a hit per phrase it reports."""
    entries = [e for e in lead.log if e.by_you and e.message]
    if not entries:
        return
    from ..tone_memo import MEMO  # imported only when there is a message to read

    for entry in entries:
        assert entry.message is not None
        for rule_id, category, start, end, suggestion in MEMO.scan(entry.message):
            phrase = entry.message[start:end]
            pos = _phrase_pos(entry, phrase, entry.message.count(phrase, 0, start), ctx.source)
            yield Hit(rule_id, pos, f'{category} in the message: "{phrase}"; {suggestion}', entry)


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
