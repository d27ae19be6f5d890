"""Suggested messages for what is due: a draft per action and situation, filled from the lead.

`draft(item, templates_dir)` is pure apart from reading templates: it takes an agenda item (which
carries the lead and `today`) and returns a `Draft` with the address, subject and body. The
built-in drafts live in `draft_templates/` beside this module, one Jinja2 file per situation; a
repository overrides any of them with a file of the same name in its own templates folder. Templates
are rendered in Jinja2's sandbox with undefined names refused, so a typo in a template is an error
that names its file and line instead of an empty gap in a message someone is about to send.

A template's first line is `Subject: ...`; the rest is the body. The variables are in VARIABLES.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

from . import agenda
from .model import BY_BOTH, Contact, Entry, Lead, chronological

BUILT_IN = Path(__file__).with_name("draft_templates")
SUFFIX = ".txt.j2"
# the log entry type that records each action once it is sent
ENTRY_TYPE = {
    agenda.FIRST_CONTACT: "outreach",
    agenda.FOLLOW_UP: "follow-up",
    agenda.THANK_YOU: "thank-you",
    agenda.REPLY: "reply",
}
ACTIONS = tuple(ENTRY_TYPE)
SITUATIONS = (
    "first-contact-job",
    "first-contact-sale",
    "follow-up-after-application",
    "follow-up-after-conversation",
    "follow-up-after-quiet",
    "follow-up-after-unanswered",
    "follow-up-sale",
    "thank-you",
    "reply",
)
VARIABLES = {
    "greeting": '"Hi Dana," with the contact\'s first name, else "Hello,"',
    "first_name": "the contact's first name, or empty",
    "contact": "the contact's full name, or empty",
    "email": "the contact's address, or empty",
    "title": "the contact's title, or empty",
    "company": "the lead's company",
    "role": "the lead's role (for a sale: what is being sold), or empty",
    "kind": "job or sale",
    "source": "where the lead came from, or empty",
    "action": "first-contact, follow-up, thank-you or reply",
    "situation": "the template's name without its suffix",
    "last": "the last contact (an entry: date, type, noun, summary, with), or none",
    "conversation": "the latest interview, meeting or call (an entry), or none",
    "answering": "the response or offer to answer (an entry), or none",
    "applied_on": "the date of the application, or none",
    "said": "what they said in the latest instruction, or empty",
    "said_short": "the same, shortened to one clause without a final full stop",
    "quiet_until": "the end date of the latest quiet-until instruction, or none",
    "unanswered": "follow-ups sent since they last got in touch",
    "today": "the date of the draft",
}


class DraftError(Exception):
    """A template that cannot be read or rendered: its file, line and what is wrong."""

    def __init__(self, path: str, line: int | None, message: str) -> None:
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.message = message


@dataclass(frozen=True, slots=True)
class Draft:
    lead: str
    action: str
    situation: str
    entry_type: str
    to: str | None
    contact: str | None
    subject: str
    body: str
    template: str  # the file it came from

    @property
    def mailto(self) -> str:
        return mailto(self.to, self.subject, self.body)


# Mail clients and browsers cut or refuse longer mailto: links (some at about 2,000 characters).
MAILTO_LIMIT = 2000
CUT = "\n[...]"


def mailto(to: str | None, subject: str, body: str, limit: int = MAILTO_LIMIT) -> str:
    """A mailto: URI (RFC 6068): reserved characters percent-encoded, line breaks as CRLF.

    A body too long for a link is cut at a word, marked with "[...]", so that the link still opens
    a mail client; the page's copy button carries the whole draft.
    """

    def enc(text: str) -> str:
        return urllib.parse.quote(text, safe="")

    def uri(text: str) -> str:
        text = "\r\n".join(text.splitlines())
        return f"mailto:{enc(to or '').replace('%40', '@')}?subject={enc(subject)}&body={enc(text)}"

    full = uri(body)
    if len(full) <= limit:
        return full
    low, high = 0, len(body)
    while low < high:  # the longest prefix that fits, found by halving
        mid = (low + high + 1) // 2
        if len(uri(body[:mid] + CUT)) <= limit:
            low = mid
        else:
            high = mid - 1
    kept = body[:low]
    if " " in kept.strip():
        kept = kept.rstrip().rsplit(None, 1)[0]
    return uri(kept.rstrip() + CUT)


def situation(it: agenda.Item) -> str:
    """Which draft fits the item: by its action, then by what happened before."""
    lead = it.lead
    action = it.action or agenda.FOLLOW_UP
    if action == agenda.FIRST_CONTACT:
        return f"first-contact-{lead.kind}"
    if action in (agenda.THANK_YOU, agenda.REPLY):
        return action
    log = chronological(lead.log)
    if agenda.unanswered(log) >= 2:
        return "follow-up-after-unanswered"
    if _quiet_just_ended(lead, log, it):
        return "follow-up-after-quiet"
    if lead.kind == "sale":
        return "follow-up-sale"
    contacts = [e for e in log if e.is_contact]
    if contacts and any(e.type in BY_BOTH for e in contacts):
        return "follow-up-after-conversation"
    return "follow-up-after-application"


def _quiet_just_ended(lead: Lead, log: list[Entry], it: agenda.Item) -> bool:
    """An instruction ran out by its own date after the last contact: they asked us to wait."""
    last = it.last_contact
    for instr in lead.instructions:
        if instr.until is None or (last is not None and instr.until <= last.date):
            continue
        if it.today is not None and instr.until <= it.today:
            return True
    return False


def _contact(lead: Lead, log: list[Entry]) -> Contact | None:
    for entry in reversed(log):
        if entry.with_:
            for c in lead.contacts:
                if c.name == entry.with_:
                    return c
    return lead.contacts[0] if lead.contacts else None


# Words that make a contact a team or a mailbox, not a person to greet by name.
_NOT_A_PERSON = frozenset(
    {
        "team",
        "hiring",
        "recruiting",
        "recruitment",
        "talent",
        "hr",
        "careers",
        "jobs",
        "department",
        "office",
        "desk",
        "support",
        "sales",
        "info",
        "admin",
        "people",
        "acquisition",
        "committee",
        "panel",
        "board",
    }
)
_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof"})


def first_name(name: str) -> str:
    """What to call them: the first name, "Dr. Ito" for a title and surname, "" for a team."""
    words = name.split()
    if not words or any(w.lower().strip(".,") in _NOT_A_PERSON for w in words):
        return ""
    if words[0].lower().rstrip(".") in _HONORIFICS:
        return f"{words[0]} {words[-1]}" if len(words) > 1 else ""
    return words[0]


def _latest(log: list[Entry], types: frozenset[str]) -> Entry | None:
    return next((e for e in reversed(log) if e.type in types), None)


def _short(said: str) -> str:
    text = " ".join(said.split()).strip().strip('"').rstrip(".!")
    text = text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
    return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0] + "..."


def variables(it: agenda.Item, name: str) -> dict[str, Any]:
    lead = it.lead
    log = chronological(lead.log)
    contact = _contact(lead, log)
    first = first_name(contact.name) if contact else ""
    instr = lead.instructions[-1] if lead.instructions else None
    said = " ".join(instr.said.split()) if instr and instr.said else ""
    applied = _latest(log, frozenset({"applied"}))
    return {
        "greeting": f"Hi {first}," if first else "Hello,",
        "first_name": first,
        "contact": contact.name if contact else "",
        "email": (contact.email or "") if contact else "",
        "title": (contact.title or "") if contact else "",
        "company": lead.company,
        "role": lead.role or "",
        "kind": lead.kind,
        "source": lead.source or "",
        "action": it.action or agenda.FOLLOW_UP,
        "situation": name,
        "last": it.last_contact,
        "conversation": _latest(log, BY_BOTH),
        "answering": _latest(log, frozenset({"response", "offer"})),
        "applied_on": applied.date if applied else None,
        "said": said,
        "said_short": _short(said) if said else "",
        "quiet_until": instr.until if instr and instr.kind == "quiet-until" else None,
        "unanswered": agenda.unanswered(log),
        "today": it.today,
    }


def _longdate(value: Any) -> str:
    if isinstance(value, dt.date):
        return f"{value.day} {value:%B}"
    return "" if value is None else str(value)


def _lowerfirst(value: Any) -> str:
    text = str(value or "").strip().rstrip(".")
    if len(text) > 1 and text[1].isupper():  # an acronym or a name stays as it is
        return text
    return text[:1].lower() + text[1:]


def _environment(templates_dir: Path | None) -> Any:
    """The Jinja environment for a drafts folder, kept while the folder holds the same names.

    Jinja reloads a template whose file changed; a template added to the folder (which may
    shadow a built-in one) gives a new environment.
    """
    names: tuple[str, ...] = ()
    if templates_dir is not None:
        try:
            names = tuple(sorted(os.listdir(templates_dir)))
        except OSError:
            names = ()
    return _new_environment(templates_dir, names)


@functools.lru_cache(maxsize=8)
def _new_environment(templates_dir: Path | None, names: tuple[str, ...]) -> Any:
    import jinja2
    from jinja2.sandbox import SandboxedEnvironment

    folders = [str(templates_dir)] if templates_dir is not None else []
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([*folders, str(BUILT_IN)]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=False,
        trim_blocks=False,
    )
    env.filters["longdate"] = _longdate
    env.filters["lowerfirst"] = _lowerfirst
    return env


def _line_in(tb: TracebackType | None, filename: str) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render(it: agenda.Item, templates_dir: Path | None = None, name: str | None = None) -> Draft:
    """The draft for an agenda item (its situation's template unless `name` is given)."""
    import jinja2

    name = name or situation(it)
    env = _environment(templates_dir)
    try:
        template = env.get_template(name + SUFFIX)
    except jinja2.TemplateSyntaxError as exc:
        raise DraftError(
            exc.filename or name + SUFFIX, exc.lineno, exc.message or "syntax error"
        ) from None
    except jinja2.TemplateNotFound:
        known = ", ".join(SITUATIONS)
        raise DraftError(name + SUFFIX, None, f"no such template; known: {known}") from None
    filename = template.filename or name + SUFFIX
    try:
        text = template.render(variables(it, name))
    except jinja2.TemplateError as exc:
        line = _line_in(sys.exc_info()[2], filename)
        raise DraftError(filename, line, str(exc)) from None
    except Exception as exc:  # a template must never take the site or the CLI down
        line = _line_in(sys.exc_info()[2], filename)
        raise DraftError(filename, line, f"{type(exc).__name__}: {exc}") from None
    subject, body = _split(text, filename)
    contact = _contact(it.lead, chronological(it.lead.log))
    action = it.action or agenda.FOLLOW_UP
    return Draft(
        lead=it.lead.id,
        action=action,
        situation=name,
        entry_type=ENTRY_TYPE[action],
        to=contact.email if contact else None,
        contact=contact.name if contact else None,
        subject=subject,
        body=body,
        template=filename,
    )


def _split(text: str, filename: str) -> tuple[str, str]:
    first, _, rest = text.lstrip("\n").partition("\n")
    if not first.lower().startswith("subject:"):
        raise DraftError(filename, 1, 'the first line must be "Subject: ..."')
    body = "\n".join(line.rstrip() for line in rest.strip("\n").splitlines())
    return first.split(":", 1)[1].strip(), body + "\n"
