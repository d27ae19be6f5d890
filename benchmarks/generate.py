"""Write a deterministic, realistic repository of N valid leads (and its static twin).

    python benchmarks/generate.py N DIR [--static DIR2] [--seed S] [--today YYYY-MM-DD]

DIR gets mkdocs.yml (Material, search, followthrough with `today` pinned), an empty docs/
and leads/*.yaml. Every lead passes `followthrough check --today <today>` with no findings.
DIR2 (with --static) gets the same leads written as plain Markdown pages (docs/index.md,
docs/leads.md, docs/leads/<id>.md) with the same theme and search but no followthrough plugin:
the baseline for the build benchmarks.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

TODAY = dt.date(2026, 11, 20)
SEED = 20261120
CADENCE = 7

PREFIXES = (
    "Northwind", "Contoso", "Fabrikam", "Tailspin", "Wingtip", "Adventure", "Blue Yonder",
    "Coho", "Litware", "Lucerne", "Margie's", "Proseware", "Trey", "Wide World", "Alpine",
    "Humongous", "Graphic", "Fourth", "Woodgrove", "Bellows", "Cedar", "Harbor", "Juniper",
    "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchard", "Pioneer", "Quarry", "Riverbend",
    "Summit", "Tidewater", "Umber", "Vantage", "Willow", "Yardley", "Zephyr", "Brightline",
    "Copperleaf", "Driftwood", "Evergreen", "Foxglove", "Granite", "Hollis", "Ironwood",
    "Jasper", "Kingfisher", "Larkspur", "Mosaic", "Søren", "Zoë's", "Müller", "Łąka",
)  # fmt: skip
SUFFIXES = (
    "Traders", "Analytics", "Labs", "Systems", "Logistics", "Health", "Robotics", "Energy",
    "Software", "Foods", "Insurance", "Bank", "Media", "Studios", "Cloud", "Freight",
    "Biotech", "Retail", "Security", "Consulting", "Networks", "Payments", "Learning",
    "Airlines", "Outfitters", "Pharma", "& Sons", "& Partners", "Group", "GmbH",
)  # fmt: skip
JOB_ROLES = (
    "Senior Data Engineer", "Staff Software Engineer", "Backend Developer", "Platform Engineer",
    "Engineering Manager", "Site Reliability Engineer", "Machine Learning Engineer",
    "Product Designer", "Technical Writer", "Data Analyst", "Security Engineer",
    "Frontend Developer (React)", "DevOps Lead", "Solutions Architect", "QA Engineer",
)  # fmt: skip
SALE_ROLES = (
    "Annual analytics licence", "Onboarding workshop", "Data platform pilot",
    "Support contract renewal", "Consulting retainer", "Training for 20 seats",
    "Migration project", "Custom integration",
)  # fmt: skip
FIRST = (
    "Dana", "Alex", "Priya", "Jonas", "Mei", "Tomás", "Fatima", "Olu", "Sven", "Hannah",
    "Luca", "Aisha", "Kenji", "Marta", "Noah", "Ingrid", "Rafael", "Chloé", "Dmitri", "Zara",
    "José", "Amara", "Björn", "Leila", "Sam", "Yuki", "Grace", "Omar", "Nadia", "Pieter",
)  # fmt: skip
LAST = (
    "Reyes", "Okafor", "Lindqvist", "Sharma", "Chen", "Novak", "García", "Müller", "Byrne",
    "Kowalski", "Haddad", "Tanaka", "Andersen", "Rossi", "Nguyen", "O'Brien", "Silva",
    "Fischer", "Mbeki", "Larsen", "Dubois", "Petrov", "Kaur", "Walsh", "Yilmaz",
)  # fmt: skip
TITLES = (
    "Hiring manager", "Recruiter", "Talent partner", "Head of Engineering", "CTO",
    "Team lead", "Procurement lead", "VP Operations", "Founder", "Office manager",
)  # fmt: skip
SOURCES = (
    "referral", "job board", "company site", "meetup", "LinkedIn", "conference",
    "cold outreach", "former colleague", "newsletter", "inbound enquiry",
)  # fmt: skip
TAGS = (
    "remote", "hybrid", "onsite", "python", "rust", "go", "data", "ml", "startup",
    "enterprise", "fintech", "health", "climate", "eu", "us", "contract", "priority",
)  # fmt: skip
TOPICS = (
    "the data platform roadmap", "your migration to event streaming", "the team's on-call setup",
    "the analytics dashboards", "your move to a monorepo", "the new pricing model",
    "the warehouse automation project", "the search relevance work", "your open-source tools",
)  # fmt: skip

# Polite sentence templates: {a|b} picks one, <slot> is filled. Every expansion passes the tone
# rules; the slots make almost every sentence unique, as in real messages.
OPENERS = (
    "I hope {your week is going well|you had a {good|restful|relaxing} weekend"
    "|things are {going well|busy in a good way} at <company>|<event> went well}"
    "{, <other>| and that <event> at <company> went well| after <event>, <other>}.",
    "{Thank you|Thanks} again for {your time|the {quick|helpful|kind} reply"
    "|{meeting|speaking} with me} {last week|on <weekday>|earlier this month}"
    "{, <other>| at <company>| and for the notes on <topic>}.",
)
APPLIED = (
    "I am {applying|writing} {for|about} the <role> {position|role|opening} {advertised on <board>"
    "|I saw on <board>|listed on your careers page} and have attached my {CV|résumé|portfolio}.",
    "I have {followed|admired|been reading about} <company> for {a while|some time|<n> years} and "
    "{enjoyed|appreciated|liked} {reading|learning|hearing} about <topic>.",
    "My {recent|current|last} {work|project|role} on <skill> {seems|looks|feels} like a "
    "{close|strong|good} match for {this role|the team|what you describe}.",
    "I would be {glad|happy|delighted} to {talk about|explain|walk through} how {I could help with"
    "|my experience fits|I might contribute to} <topic>.",
    "At <prev>, I {led|built|ran|shipped} <achievement>, which {reduced|trimmed|lowered} <metric> "
    "<pct> percent.",
)
OUTREACH = (
    "I am reaching out because we {help|support|work with} teams like yours {with|on} <topic>.",
    "A short call could show whether there is a fit for <company>{, given <topic>|}.",
    "I have put together a {one-page|short|two-page} summary {that I can share"
    "|of how <prev> approached this}.",
    "Would a {twenty|fifteen|thirty}-minute call {in the coming weeks|later this month|next week}"
    " be useful?",
    "<prev> {saw|reported} {lower|smaller} <metric> {after working with us|after the pilot}.",
)
THANKS = (
    "{Thank you|Thanks|Many thanks} for {taking the time to meet with me|the {conversation|chat"
    "|interview} on <weekday>|{showing me around|introducing me to the team}}"
    "{ at <company>|, <other>| and for the questions about <skill>}.",
    "I {enjoyed|loved|appreciated} {learning more|hearing} about <topic>{, especially <detail>|}.",
    "Our {conversation|discussion} made me {even more|more|really} {excited|enthusiastic|keen} "
    "about the <role> {role|position}.",
    "It was {great|good|helpful} to hear how {the team|<other>'s team|your group} {works together"
    "|handles <topic>|plans its roadmap}.",
    "Please {pass|send} my thanks {on |}to <other> and {everyone I met|the rest of the panel"
    "|the team}.",
    "{The|Your} question about <skill> {got me thinking|stayed with me}, and I wrote up a "
    "{short|brief} note on it.",
)
FOLLOW_UPS = (
    "I remain {very|really|genuinely} interested in {this role|the <role> role|working with the "
    "team}{, following our {preliminary|recent|last} discussion,|} and wanted to check in on "
    "{next steps|the timeline|how things are going}.",
    "I wanted to {see|ask|find out} whether there is any news on the <role> {role|position"
    "|search} at <company>{ since <event>|}.",
    "I am {happy|glad} to {share|send} {anything else|more detail on <skill>|a {short|longer} work"
    " sample} {that would be useful|if it helps}.",
    "I {read|saw|came across} {the recent post|your talk|an article} about <topic> and found it "
    "{very|really|genuinely} {interesting|useful|thought-provoking}.",
    "Please let me know if there is anything {I can add|else you need|I can clarify}"
    "{ before <event>| about <skill>| for the <role> process at <company>| for <other>}.",
    "I would {love|be glad} to keep the conversation going{ about <topic>| about <skill>|}"
    " {whenever it suits you|when the time is right|at a time that works for you}.",
    "{Since we spoke|In the meantime}, I {finished|shipped|published} <achievement>, in case it is "
    "of interest.",
)
REPLIES = (
    "{Thank you|Thanks} for the {update|news|details}{ about <topic>| on the timeline"
    "| on the <role> role|}{, <other>|}.",
    "{That sounds|<weekday> sounds|Either option sounds} {good|great|fine} to me{, and <other>"
    " is welcome to join| for the call about <skill>|}.",
    "I am available on <weekday> {or <weekday> |}{morning|afternoon|after <hour>}.",
    "I have attached {the references|the work sample|the portfolio|the signed form|the notes on"
    " <skill>} you asked for{ on <weekday>| after our call| last week}{, <other>| for <company>}.",
    "I look forward to {the next conversation|meeting <other>|the next step|talking again}"
    "{ on <weekday> at <company>| about <topic>| with the team at <company>}.",
    "{Happy|Glad} to {go through|walk you through} the details of <skill> {on the call|by email"
    "|when we meet}.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
BOARDS = ("LinkedIn", "Hacker News", "the PyCon job board", "Otta", "Welcome to the Jungle")
EVENTS = ("the launch", "the offsite", "the conference", "the quarter close", "the move")
SKILLS = (
    "data pipelines", "Kubernetes operators", "Postgres tuning", "dbt models", "Rust services",
    "design systems", "search ranking", "observability", "payments APIs", "ML feature stores",
    "CI caching", "accessibility audits", "event sourcing", "streaming joins", "API design",
)  # fmt: skip
ACHIEVEMENTS = (
    "a new ingestion service", "the billing rewrite", "a design system", "an on-call handbook",
    "a schema registry", "the mobile checkout", "a test data generator", "a pricing engine",
    "a small open-source library", "the search relaunch", "a migration guide",
)  # fmt: skip
METRICS = (
    "build times", "page load time", "cloud spend", "support tickets", "onboarding time",
    "query latency", "release lead time", "alert volume",
)  # fmt: skip
DETAILS = (
    "the part about <skill>", "how you roll out changes", "the way you run retros",
    "your approach to <skill>", "the plans for next year", "the mentoring programme",
)  # fmt: skip
SLOTS = {
    "weekday": WEEKDAYS,
    "board": BOARDS,
    "event": EVENTS,
    "skill": SKILLS,
    "achievement": ACHIEVEMENTS,
    "metric": METRICS,
    "detail": DETAILS,
}
_CHOICE = re.compile(r"\{([^{}]*)\}")
_SLOT = re.compile(r"<(\w+)>")


def expand(template: str, rng: random.Random, fill: dict[str, str]) -> str:
    """Pick an alternative in every {a|b}, innermost first, then fill every <slot>."""
    text = template
    while "{" in text:
        text = _CHOICE.sub(lambda m: rng.choice(m.group(1).split("|")), text)

    def slot(m: re.Match[str]) -> str:
        name = m.group(1)
        if name in fill:
            return fill[name]
        if name == "n":
            return str(rng.randint(2, 9))
        if name == "pct":
            return f"by {rng.randint(12, 70)}"
        if name == "hour":
            return f"{rng.randint(1, 4)} pm"
        if name == "prev":
            return f"{rng.choice(PREFIXES)} {rng.choice(SUFFIXES)}"
        if name == "topic":
            return rng.choice(TOPICS)
        return rng.choice(SLOTS[name])

    while "<" in text:
        text = _SLOT.sub(slot, text)
    return text


SIGN_OFFS = ("Best regards,", "Kind regards,", "Many thanks,", "All the best,")
SUMMARIES = {
    "applied": ("Applied through the careers page", "Sent CV and a short cover note"),
    "outreach": ("Intro email about <topic>", "Cold email with the case study"),
    "interview": ("Panel interview: system design", "Call with the hiring manager", "Onsite loop"),
    "meeting": ("Discovery meeting", "Demo of the pilot", "Pricing discussion"),
    "call": ("Short phone call", "Screening call", "Catch-up call"),
    "thank-you": ("Thanks after the conversation", "Thank-you note"),
    "follow-up": ("Checked in on next steps", "Friendly check-in", "Shared an article"),
    "reply": ("Answered their questions", "Confirmed availability", "Sent references"),
    "response": ("They asked for availability", "Recruiter replied", "They sent an update"),
    "offer": ("Written offer received", "Signed order form"),
    "rejection": ("Position filled internally", "They went another way"),
    "note": ("Read their engineering blog", "Researched <topic>", "Updated notes on the team"),
}
THEIR_WORDS = (
    "Thanks for your patience; we will be in touch after the review.",
    "No decision before the committee meets.",
    "Please hold off until the budget is approved.",
    "We are pausing hiring for now and will reach out.",
    "The team is at an offsite; back in two weeks.",
)  # fmt: skip


@dataclass
class Entry:
    day: int  # relative day, made absolute by `place`
    type: str
    date: dt.date = TODAY
    time: str | None = None
    with_: str | None = None
    channel: str | None = None
    summary: str | None = None
    message: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Instruction:
    day: int
    kind: str
    until_day: int | None
    said: str
    date: dt.date = TODAY
    until: dt.date | None = None


@dataclass
class Lead:
    id: str
    company: str
    role: str
    kind: str
    status: str
    source: str
    url: str
    tags: list[str]
    contacts: list[tuple[str, str, str]]
    cadence_days: int | None
    log: list[Entry]
    instructions: list[Instruction]
    extra: dict[str, str]


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "lead"


def _message(rng: random.Random, pool: Sequence[str], name: str, fill: dict[str, str]) -> str:
    body = rng.sample(pool, k=rng.randint(2, min(4, len(pool))))
    if rng.random() < 0.5:
        body.insert(0, rng.choice(OPENERS))
    text = " ".join(expand(t, rng, fill) for t in body)
    if rng.random() < 0.3:  # a short note: one paragraph, no greeting
        return text
    first = name.split()[0]
    return f"Hi {first},\n\n{text}\n\n{rng.choice(SIGN_OFFS)}\nAlex"


def _log(
    rng: random.Random, kind: str, size: int, cadence: int, people: list[str]
) -> tuple[list[Entry], list[Instruction]]:
    """Relative-day entries and instructions that respect the cadence and instruction rules."""
    log: list[Entry] = []
    instructions: list[Instruction] = []
    day = 0
    last_contact = 0
    allowed_from = 0  # first day an unprompted entry by you is allowed (instructions)
    waiting_for_them = False  # a no-contact without `until`: only they can lift it
    first = "applied" if kind == "job" else "outreach"
    conversation = "interview" if kind == "job" else rng.choice(("meeting", "call"))
    log.append(Entry(0, first, with_=rng.choice(people) if kind == "sale" else None))
    state = "waiting"  # waiting | answered | talked | thanked | closed
    while len(log) < size:
        left = size - len(log)
        roll = rng.random()
        if roll < 0.12:
            day += rng.randint(1, 4)
            log.append(Entry(day, "note"))
            continue
        if state in ("waiting", "thanked"):
            if left == 1 and rng.random() < 0.4:
                day += rng.randint(2, 12)
                log.append(Entry(day, rng.choice(("offer", "rejection"))))
                state = "closed"
            elif roll < 0.55 and not waiting_for_them:
                day = max(day + 1, last_contact + cadence + rng.randint(0, 6), allowed_from)
                log.append(Entry(day, "follow-up"))
            else:
                day += rng.randint(1, 10)
                log.append(Entry(day, "response"))
                waiting_for_them = False
                allowed_from = day
                state = "answered"
                if rng.random() < 0.2:
                    until = day + rng.randint(7, 21)
                    no_contact = rng.random() < 0.3
                    open_ended = no_contact and rng.random() < 0.5
                    instructions.append(
                        Instruction(
                            day,
                            "no-contact" if no_contact else "quiet-until",
                            None if open_ended else until,
                            rng.choice(THEIR_WORDS),
                        )
                    )
                    waiting_for_them = open_ended
                    allowed_from = day if open_ended else until
                    state = "waiting"
        elif state == "answered":
            day += rng.randint(1, 3)
            log.append(Entry(day, "reply"))
            state = "scheduled" if rng.random() < 0.7 else "waiting"
        elif state == "scheduled":
            day += rng.randint(2, 9)
            log.append(Entry(day, conversation, time=f"{rng.randint(9, 17)}:{rng.choice('03')}0"))
            waiting_for_them = False
            state = "talked"
        elif state == "talked":
            day = max(day + 1, allowed_from)
            log.append(Entry(day, "thank-you"))
            state = "thanked"
        else:  # closed: a last courteous reply, then notes
            day += rng.randint(1, 3)
            log.append(Entry(day, "reply" if log[-1].type != "reply" else "note"))
        if log[-1].type != "note":
            last_contact = day
    return log, instructions


_POOLS = {
    "applied": APPLIED,
    "outreach": OUTREACH,
    "thank-you": THANKS,
    "follow-up": FOLLOW_UPS,
    "reply": REPLIES,
}


def _fill_entry(e: Entry, rng: random.Random, people: list[str], fill: dict[str, str]) -> None:
    """Who, how, a summary, and for what you send, often a message."""
    e.summary = expand(rng.choice(SUMMARIES[e.type]), rng, fill)
    if e.type != "note":
        e.with_ = e.with_ or rng.choice(people)
        e.channel = rng.choice(("email", "email", "phone", "linkedin", "video"))
    pool = _POOLS.get(e.type)
    if pool is not None and rng.random() < 0.7:
        e.message = _message(rng, pool, e.with_ or people[0], fill)
    if rng.random() < 0.05:
        e.extra["x-thread"] = f"msg-{rng.randrange(10**6):06d}"


def _place(
    log: list[Entry], instructions: list[Instruction], rng: random.Random, today: dt.date
) -> None:
    """Dates for the log, so that it ends on or before today (active leads end recently)."""
    last = max([e.day for e in log] + [i.day for i in instructions])
    end = today - dt.timedelta(days=rng.randint(0, 20 if log[-1].type != "note" else 40))
    start = end - dt.timedelta(days=last)
    for e in log:
        e.date = start + dt.timedelta(days=e.day)
    for ins in instructions:
        ins.date = start + dt.timedelta(days=ins.day)
        if ins.until_day is not None:
            ins.until = start + dt.timedelta(days=ins.until_day)


def _status(log: list[Entry], rng: random.Random) -> str:
    if log and any(e.type == "offer" for e in log):
        return "won"
    if any(e.type == "rejection" for e in log):
        return "lost"
    if rng.random() < 0.1:
        return rng.choice(("dormant", "withdrawn"))
    return "active"


def make_leads(n: int, seed: int = SEED, today: dt.date = TODAY) -> list[Lead]:
    rng = random.Random(seed)
    leads: list[Lead] = []
    ids: set[str] = set()
    for i in range(n):
        company = f"{rng.choice(PREFIXES)} {rng.choice(SUFFIXES)}"
        kind = "sale" if rng.random() < 0.25 else "job"
        role = rng.choice(JOB_ROLES if kind == "job" else SALE_ROLES)
        lead_id = slug(company)
        if lead_id in ids:
            lead_id = f"{lead_id}-{slug(role)}"
        if lead_id in ids:
            lead_id = f"{lead_id}-{i}"
        ids.add(lead_id)
        people = [
            f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.choice((1, 1, 2, 2, 3)))
        ]
        domain = slug(company).replace("-", "") + ".example"
        contacts = [
            (p, rng.choice(TITLES), f"{slug(p.split()[0])}@{domain}") for p in dict.fromkeys(people)
        ]
        cadence_days = rng.choice((None, None, None, None, 10, 14))
        size = min(40, max(3, int(rng.triangular(3, 40, 9))))
        log, instructions = _log(rng, kind, size, cadence_days or CADENCE, people)
        fill = {"company": company, "role": role, "other": people[-1].split()[0]}
        for e in log:
            _fill_entry(e, rng, people, fill)
        _place(log, instructions, rng, today)
        status = _status(log, rng)
        extra: dict[str, str] = {}
        if rng.random() < 0.3:
            extra["x-salary"] = f"{rng.randint(60, 180)}k"
        if rng.random() < 0.2:
            extra["x-priority"] = rng.choice(("high", "medium", "low"))
        leads.append(
            Lead(
                id=lead_id,
                company=company,
                role=role,
                kind=kind,
                status=status,
                source=rng.choice(SOURCES),
                url=f"https://{domain}/{'jobs' if kind == 'job' else 'buy'}/{rng.randint(1, 999)}",
                tags=rng.sample(TAGS, k=rng.randint(0, 4)),
                contacts=contacts,
                cadence_days=cadence_days,
                log=log,
                instructions=instructions,
                extra=extra,
            )
        )
    return leads


# ---- YAML --------------------------------------------------------------------------------------

_PLAIN = re.compile(r"[A-Za-zÀ-ž][\w .,'()/&+-]*[\w.)]")
_RESERVED = {"yes", "no", "on", "off", "true", "false", "null", "y", "n"}


def q(text: str, flow: bool = False) -> str:
    """A scalar: plain when that is unambiguous, else double-quoted."""
    plain = _PLAIN.fullmatch(text) and text.lower() not in _RESERVED
    if plain and not (flow and "," in text):
        return text
    return json.dumps(text, ensure_ascii=False)


def _message_yaml(rng: random.Random, text: str, indent: str) -> str:
    style = rng.random()
    if "\n" in text and style < 0.6:
        block = "\n".join((indent + "  " + line) if line else "" for line in text.split("\n"))
        return f"message: |\n{block}\n"
    if "\n" not in text and style < 0.4:
        lines: list[str] = []
        line = ""
        for w in text.split():
            if line and len(line) + len(w) > 70:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
        return "message: >-\n" + "".join(f"{indent}  {ln}\n" for ln in lines)
    if "\n" not in text and style < 0.6:
        return "message: '" + text.replace("'", "''") + "'\n"
    return f"message: {json.dumps(text, ensure_ascii=False)}\n"


def _date(e: Entry, rng: random.Random) -> str:
    if e.time is None:
        return e.date.isoformat()
    hour, minute = e.time.split(":")
    return f"{e.date.isoformat()}T{int(hour):02d}:{minute}"


def _head_yaml(lead: Lead, rng: random.Random) -> list[str]:
    out = [f"# {lead.company}: {lead.role} (found via {lead.source})\n"]
    out.append(f"company: {q(lead.company)}\n")
    out.append(f"role: {q(lead.role)}\n")
    if lead.kind != "job" or rng.random() < 0.5:
        out.append(f"kind: {lead.kind}\n")
    if lead.status != "active" or rng.random() < 0.5:
        out.append(f"status: {lead.status}\n")
    out.append(f"source: {q(lead.source)}\n")
    out.append(f"url: {lead.url}\n")
    if lead.tags:
        out.append(f"tags: [{', '.join(lead.tags)}]\n")
    if lead.cadence_days:
        out.append(f"cadence_days: {lead.cadence_days}  # they prefer fewer check-ins\n")
    out += [f"{key}: {q(value)}\n" for key, value in lead.extra.items()]
    return out


def _people_yaml(lead: Lead, rng: random.Random) -> list[str]:
    out = ["contacts:\n"]
    for name, title, email in lead.contacts:
        if rng.random() < 0.3:
            out.append(f"  - {{name: {q(name, True)}, title: {q(title, True)}, email: {email}}}\n")
        else:
            out.append(f"  - name: {q(name)}\n    title: {q(title)}\n    email: {email}\n")
    if lead.instructions:
        out.append("instructions:\n")
        for ins in lead.instructions:
            out.append(f"  - date: {ins.date.isoformat()}\n    kind: {ins.kind}\n")
            if ins.until is not None:
                out.append(f"    until: {ins.until.isoformat()}\n")
            out.append(f"    said: {json.dumps(ins.said)}\n")
    return out


def _flow_entry_yaml(e: Entry, rng: random.Random) -> str:
    parts = [f"date: {_date(e, rng)}", f"type: {e.type}"]
    if e.with_:
        parts.append(f"with: {q(e.with_, True)}")
    if e.channel:
        parts.append(f"channel: {e.channel}")
    if e.summary:
        parts.append(f"summary: {q(e.summary, True)}")
    parts += [f"{k}: {v}" for k, v in e.extra.items()]
    return "  - {" + ", ".join(parts) + "}\n"


def _block_entry_yaml(e: Entry, rng: random.Random) -> str:
    out = [f"  - date: {_date(e, rng)}\n    type: {e.type}\n"]
    if e.with_:
        out.append(f"    with: {q(e.with_)}\n")
    if e.channel:
        out.append(f"    channel: {e.channel}\n")
    if e.summary:
        out.append(f"    summary: {q(e.summary)}\n")
    if e.message:
        out.append("    " + _message_yaml(rng, e.message, "    "))
    out += [f"    {k}: {v}\n" for k, v in e.extra.items()]
    return "".join(out)


def lead_yaml(lead: Lead, seed: int = SEED) -> str:
    rng = random.Random(f"{seed}:{lead.id}")
    out = _head_yaml(lead, rng) + _people_yaml(lead, rng)
    out.append("log:  # oldest first\n")
    for e in lead.log:
        if rng.random() < 0.1:
            out.append("\n")
        if rng.random() < 0.08:
            out.append(f"  # {e.type} with {e.with_ or 'nobody'}\n")
        if e.message is None and rng.random() < 0.35:
            out.append(_flow_entry_yaml(e, rng))
        else:
            out.append(_block_entry_yaml(e, rng))
    return "".join(out)


MKDOCS_YML = """\
site_name: Follow-ups
theme:
  name: material
  font: false
plugins:
  - search
  - followthrough:
      today: {today}
"""

STATIC_MKDOCS_YML = """\
site_name: Follow-ups
theme:
  name: material
  font: false
plugins:
  - search
nav:
  - index.md
  - leads.md
"""


def write_repo(n: int, root: Path, seed: int = SEED, today: dt.date = TODAY) -> list[Lead]:
    leads = make_leads(n, seed, today)
    (root / "leads").mkdir(parents=True, exist_ok=True)
    (root / "docs").mkdir(exist_ok=True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML.format(today=today.isoformat()), encoding="utf-8")
    for lead in leads:
        (root / "leads" / f"{lead.id}.yaml").write_text(lead_yaml(lead, seed), encoding="utf-8")
    return leads


# ---- static Markdown (the baseline) ------------------------------------------------------------


def cell(text: str | None) -> str:
    if not text:
        return ""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("|", "\\|").replace("\n", " ")


def lead_markdown(lead: Lead) -> str:
    out = [f"# {cell(lead.company)}\n\n", f"*{cell(lead.role)}* · {lead.kind} · {lead.status}\n\n"]
    out.append("| | |\n|---|---|\n")
    out.append(f"| Source | {cell(lead.source)} |\n| Link | <{lead.url}> |\n")
    out.append(f"| Tags | {', '.join(lead.tags)} |\n")
    out.append(f"| Cadence | every {lead.cadence_days or CADENCE} days |\n\n")
    out.append("## Contacts\n\n| Name | Title | Email |\n|---|---|---|\n")
    for name, title, email in lead.contacts:
        out.append(f"| {cell(name)} | {cell(title)} | <{email}> |\n")
    if lead.instructions:
        out.append("\n## Instructions\n\n")
        for ins in lead.instructions:
            until = f" until {ins.until.isoformat()}" if ins.until else " until they write"
            out.append(f"- **{ins.date.isoformat()}** {ins.kind}{until}: “{cell(ins.said)}”\n")
    out.append(
        "\n## Timeline\n\n| Date | Type | With | Channel | Summary |\n|---|---|---|---|---|\n"
    )
    for e in lead.log:
        when = e.date.isoformat() + (f" {e.time}" if e.time else "")
        out.append(
            f"| {when} | {e.type} | {cell(e.with_)} | {e.channel or ''} | {cell(e.summary)} |\n"
        )
    messages = [e for e in lead.log if e.message]
    if messages:
        out.append("\n## Messages\n")
        for e in messages:
            assert e.message is not None
            body = "\n".join(f"> {cell(line)}" if line else ">" for line in e.message.split("\n"))
            out.append(f"\n### {e.date.isoformat()} {e.type}\n\n{body}\n")
    out.append("\n## Findings\n\nNo rule breaks.\n")
    return "".join(out)


def _last_contact(lead: Lead) -> Entry | None:
    return next((e for e in reversed(lead.log) if e.type != "note"), None)


def index_markdown(leads: list[Lead], today: dt.date) -> str:
    active = [lead for lead in leads if lead.status == "active"]
    rows = []
    for lead in active:
        last = _last_contact(lead)
        due = (last.date if last else today) + dt.timedelta(days=lead.cadence_days or CADENCE)
        rows.append((due, lead, last))
    rows.sort(key=lambda r: (r[0], r[1].id))
    out = [
        "# Follow-ups\n\n",
        f"As of {today.isoformat()}: {len(active)} active of {len(leads)} leads.\n\n",
    ]
    sections = (
        ("Due now", [r for r in rows if r[0] <= today]),
        ("Upcoming", [r for r in rows if today < r[0] <= today + dt.timedelta(days=14)]),
    )
    for title, chosen in sections:
        out.append(f"## {title}\n\n| Lead | Action | Contact | Last contact | Due |\n")
        out.append("|---|---|---|---|---|\n")
        for due, lead, last in chosen:
            contact = cell(last.with_) if last else ""
            when = last.date.isoformat() if last else ""
            out.append(
                f"| [{cell(lead.company)}](leads/{lead.id}.md) | follow-up | {contact} | {when} "
                f"| {due.isoformat()} |\n"
            )
        out.append("\n")
    blocked = [
        (lead, i) for lead in active for i in lead.instructions if i.until and i.until > today
    ]
    out.append("## Blocked\n\n| Lead | They said | Until |\n|---|---|---|\n")
    for lead, ins in blocked:
        until = ins.until.isoformat() if ins.until else ""
        out.append(f"| [{cell(lead.company)}](leads/{lead.id}.md) | {cell(ins.said)} | {until} |\n")
    out.append("\n## Pipeline health\n\n| Week | Contacts |\n|---|---|\n")
    for week in range(12):
        start = today - dt.timedelta(days=7 * (week + 1))
        count = sum(
            1 for lead in leads for e in lead.log if start < e.date <= start + dt.timedelta(7)
        )
        out.append(f"| {start.isoformat()} | {count} |\n")
    return "".join(out)


def all_leads_markdown(leads: list[Lead]) -> str:
    out = ["# All leads\n\n| Lead | Role | Kind | Status | Entries |\n|---|---|---|---|---|\n"]
    for lead in sorted(leads, key=lambda lead: lead.company.lower()):
        out.append(
            f"| [{cell(lead.company)}](leads/{lead.id}.md) | {cell(lead.role)} | {lead.kind} "
            f"| {lead.status} | {len(lead.log)} |\n"
        )
    return "".join(out)


def write_static(n: int, root: Path, seed: int = SEED, today: dt.date = TODAY) -> list[Lead]:
    leads = make_leads(n, seed, today)
    pages = root / "docs" / "leads"
    pages.mkdir(parents=True, exist_ok=True)
    (root / "mkdocs.yml").write_text(STATIC_MKDOCS_YML, encoding="utf-8")
    (root / "docs" / "index.md").write_text(index_markdown(leads, today), encoding="utf-8")
    (root / "docs" / "leads.md").write_text(all_leads_markdown(leads), encoding="utf-8")
    for lead in leads:
        (pages / f"{lead.id}.md").write_text(lead_markdown(lead), encoding="utf-8")
    return leads


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("n", type=int, help="how many leads")
    parser.add_argument("dir", type=Path, help="where to write the repository")
    parser.add_argument("--static", type=Path, metavar="DIR2", help="also write the static twin")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=TODAY)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    write_repo(args.n, args.dir, args.seed, args.today)
    if args.static is not None:
        write_static(args.n, args.static, args.seed, args.today)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
