"""Mail to log entries: which lead a message belongs to and which entry it makes. No I/O here.

A message belongs to a lead when a contact of the lead is its sender or one of its recipients
(To, Cc; addresses compared without regard to case). From the contact, it is their `response`,
or an `offer` or a `rejection` when its text says so in so many words (`their_kind`). From you
(an address given as yours, or with none given, anyone who is not a lead's contact) it is, in
the order of the lead's history: a `thank-you` when it comes within two days after an interview
or meeting not yet thanked for, a `reply` when they wrote since your last contact, an `outreach`
when it is your first contact (an application aside), else a `follow-up`. A message already in
the log (its Message-ID, or an entry logged by hand on that day for that contact) is not
proposed again. A contact of several leads (one recruiter, two openings): the message goes to
the leads whose role or company its subject or text names, when that singles some out, else to
all of them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .mailbox_read import Mail
from .model import BY_THEM, BY_YOU, Contact, Entry, Lead
from .writer import Fields

THANK_YOU_WITHIN = 2  # days after an interview or meeting
CONVERSATIONS = frozenset({"interview", "meeting"})
SUMMARY_CHARS = 200


@dataclass(frozen=True, slots=True)
class Proposal:
    mail: Mail
    contact: Contact
    theirs: bool


@dataclass(slots=True)
class Matched:
    by_lead: dict[str, list[Proposal]] = field(default_factory=dict)  # lead path -> proposals
    leads: dict[str, Lead] = field(default_factory=dict)
    unmatched: int = 0  # messages to or from nobody a lead knows
    others: int = 0  # from a contact's colleague, or not from you, when `me` is given


def contact_index(leads: Iterable[Lead]) -> dict[str, list[tuple[Lead, Contact]]]:
    index: dict[str, list[tuple[Lead, Contact]]] = {}
    for lead in leads:
        for contact in lead.contacts:
            for address in (contact.email or "").replace(";", ",").split(","):
                address = address.strip().lower()
                if "@" in address and all(lead is not seen for seen, _ in index.get(address, [])):
                    index.setdefault(address, []).append((lead, contact))
    return index


def match(mails: Iterable[Mail], leads: Sequence[Lead], me: frozenset[str]) -> Matched:
    """Each message to the leads whose contacts sent or received it."""
    index = contact_index(leads)
    out = Matched(leads={lead.path: lead for lead in leads})
    for mail in mails:
        mine = mail.sender in me if me else mail.sender not in index
        found: dict[str, Proposal] = {}
        if not mine and mail.sender in index:
            for lead, contact in index[mail.sender]:
                found.setdefault(lead.path, Proposal(mail, contact, True))
        else:
            for address in mail.recipients:
                for lead, contact in index.get(address, []):
                    found.setdefault(lead.path, Proposal(mail, contact, False))
            if not found:
                out.unmatched += 1
                continue
            if not mine:
                out.others += 1
                continue
        for path in singled_out(mail, [out.leads[p] for p in found]):
            out.by_lead.setdefault(path, []).append(found[path])
    return out


def singled_out(mail: Mail, leads: Sequence[Lead]) -> list[str]:
    """The paths of the leads the message is about: of several, those whose role or company its
    subject or text names, when that picks out some but not all; else every one."""
    if len(leads) < 2:
        return [lead.path for lead in leads]
    words = _words(f"{mail.subject}\n{mail.text}")
    names = [{n for n in (lead.role, lead.company) if n} for lead in leads]
    shared = set.intersection(*names)
    named = [
        lead.path
        for lead, own in zip(leads, names, strict=True)
        if any(_words(n) in words for n in own - shared if _words(n).strip())
    ]
    return named if 0 < len(named) < len(leads) else [lead.path for lead in leads]


def _words(text: str) -> str:
    """Lower-case words with single spaces, and a space at each end, for whole-word search."""
    return " " + " ".join(re.findall(r"\w+", text.casefold())) + " "


def local(when: dt.datetime) -> str:
    """YYYY-MM-DDTHH:MM+HH:MM: the date and time as the message gave them, with its offset."""
    offset = when.strftime("%z") or "+0000"
    return f"{when:%Y-%m-%dT%H:%M}{offset[:3]}:{offset[3:5]}"


@dataclass(frozen=True, slots=True)
class Planned:
    fields: Fields
    proposal: Proposal


@dataclass(frozen=True, slots=True)
class Plan:
    entries: tuple[Planned, ...]
    already: int  # messages already in the log


def plan(lead: Lead, proposals: Sequence[Proposal]) -> Plan:
    """The entries to add to the lead, oldest first, each typed in the light of its history."""
    known = {e.message_id for e in lead.log if e.message_id}
    by_hand = [e for e in lead.log if not e.message_id and e.channel in (None, "email")]
    fresh: list[Proposal] = []
    already = 0
    for proposal in sorted(proposals, key=lambda p: _key(p.mail.when)):
        mail = proposal.mail
        logged = _logged_by_hand(by_hand, proposal)
        if mail.message_id in known or logged is not None:
            already += 1
            if logged is not None:
                by_hand.remove(logged)
            continue
        known.add(mail.message_id)
        fresh.append(proposal)
    types = _types(lead.log, fresh)
    return Plan(
        tuple(Planned(_fields(p, kind), p) for p, kind in zip(fresh, types, strict=True)), already
    )


def _key(when: dt.datetime) -> tuple[dt.date, dt.time, dt.datetime]:
    """The order entries take in the log: by the date and time written, then by the instant."""
    return (when.date(), when.time().replace(second=0, microsecond=0), when)


def _logged_by_hand(entries: list[Entry], proposal: Proposal) -> Entry | None:
    kinds = BY_THEM if proposal.theirs else BY_YOU - {"applied"}
    for entry in entries:
        if (
            entry.type in kinds
            and entry.date == proposal.mail.when.date()
            and entry.with_ in (None, proposal.contact.name)
        ):
            return entry
    return None


_DENIED = re.compile(r"\b(?:not|no|never|unable|cannot|yet to|whether|if)\b|n't\b", re.IGNORECASE)
_OFFER = re.compile(
    r"\b(?:(?:pleased|happy|delighted|thrilled|glad) to (?:formally )?offer you"
    r"|(?:like|love) to offer you (?:the|a|this) (?:position|role|job|post)"
    r"|extend(?:ing)? (?:you )?(?:a |an |the )?(?:formal |written |verbal )?offer"
    r"|(?:attached|enclosed|here) (?:is|are) (?:your|the) (?:formal |written )?offer"
    r"|your (?:formal |written )?offer letter)",
    re.IGNORECASE,
)
_REJECTION = re.compile(
    r"\b(?:(?:will|won't|would) not (?:be )?(?:moving|move|taking|going) (?:forward|further)"
    r"|decided (?:not to|to not) (?:proceed|move forward|progress|take (?:it|this|your))"
    r"|(?:move|moving|go|going|proceed|proceeding) (?:forward )?with (?:other|another|a different)"
    r" (?:candidate|applicant|vendor|supplier|provider|partner)"
    r"|(?:position|role|vacancy|post) has (?:now |already )?been filled"
    r"|regret to (?:inform|tell|let) you"
    r"|(?:have|has|were|was) not been (?:successful|selected|shortlisted)"
    r"|(?:were|was) unsuccessful"
    r"|unsuccessful (?:on this occasion|this time)"
    r"|not (?:be )?(?:progressing|proceeding) (?:with )?your (?:application|candidacy)"
    r"|chose(?:n)? (?:another|a different|other) (?:candidate|applicant|vendor|supplier))",
    re.IGNORECASE,
)


def _said(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the pattern is found and not denied or put in doubt by the five words before it
    in its sentence ("not ready to extend an offer", "whether we will move on with others")."""
    for found in pattern.finditer(text):
        before = re.split(r"[.!?;]", text[max(0, found.start() - 60) : found.start()])[-1]
        if not _DENIED.search(" ".join(before.split()[-5:])):
            return True
    return False


def their_kind(mail: Mail) -> str:
    """`offer` or `rejection` when the message says so in so many words (not both, not denied),
    else `response`."""
    text = " ".join(f"{mail.subject}\n{mail.text}".replace("\u2019", "'").split())
    offer, rejection = _said(_OFFER, text), _said(_REJECTION, text)
    if offer and not rejection:
        return "offer"
    if rejection and not offer:
        return "rejection"
    return "response"


def _types(log: Sequence[Entry], fresh: Sequence[Proposal]) -> list[str]:
    events: list[tuple[tuple[dt.date, dt.time, int, int], str, int | None]] = []
    for entry in log:
        events.append(((entry.date, entry.time or dt.time.min, 0, entry.index), entry.type, None))
    for i, proposal in enumerate(fresh):
        when = proposal.mail.when
        key = (when.date(), when.time().replace(second=0, microsecond=0), 1, i)
        events.append((key, their_kind(proposal.mail) if proposal.theirs else "", i))
    events.sort(key=lambda event: event[0])
    types = [""] * len(fresh)
    has_yours, pending, thanked = False, False, True
    meeting: dt.date | None = None
    for (day, _, _, _), kind, new in events:
        if new is not None and not kind:
            days = None if meeting is None else (day - meeting).days
            if days is not None and 0 <= days <= THANK_YOU_WITHIN and not thanked:
                kind = "thank-you"
            elif pending:
                kind = "reply"
            else:
                kind = "follow-up" if has_yours else "outreach"
            types[new] = kind
        elif new is not None:
            types[new] = kind
        if kind in BY_YOU:  # an application goes to the company: a first mail is still outreach
            has_yours, pending = has_yours or kind != "applied", False
            thanked = thanked or kind == "thank-you"
        elif kind in BY_THEM:
            pending = True
        elif kind in CONVERSATIONS:
            meeting, thanked, pending = day, False, False
        elif kind == "call":
            pending = False
    return types


def _fields(proposal: Proposal, kind: str) -> Fields:
    mail = proposal.mail
    fields = [
        ("date", local(mail.when)),
        ("type", kind),
        ("with", proposal.contact.name),
        ("channel", "email"),
    ]
    if mail.subject:
        fields.append(("summary", mail.subject[:SUMMARY_CHARS]))
    if mail.text.strip():
        fields.append(("message", mail.text))
    fields.append(("message_id", mail.message_id))
    return fields
