"""Pages from the view model, through Jinja2 templates with autoescaping on."""

from __future__ import annotations

import datetime as dt
import functools
import re
import shlex
from collections.abc import Mapping
from importlib import resources
from typing import Any

import jinja2
from markupsafe import Markup

from .. import numbers
from ..agenda import STATES, UPCOMING_DAYS, State
from ..drafts import Draft
from ..model import count_of
from ..rules import RULES
from . import bars, board, chart, escape
from .view import Dashboard, Row


def days(n: int) -> str:
    return count_of(n, "day")


def when(row: Row, today: dt.date) -> str:
    """The date-dependent phrase of an agenda row, as of `today` (the script redoes it daily)."""
    it = row.item
    if it.state == State.BLOCKED:
        return f"until {it.until.isoformat()}" if it.until else "until they get in touch"
    if it.due is None:
        return ""
    delta = (it.due - today).days
    if delta < 0:
        return f"{days(-delta)} overdue"
    if delta == 0:
        return "due today"
    return f"in {days(delta)}"


def median(value: float | None) -> str:
    """A median number of days: "4 days", "4.5 days"; a dash when there is none."""
    if value is None:
        return "–"
    return days(int(value)) if value == int(value) else f"{value:g} days"


# The most overdue items carry their draft on the home page; the rest link to their lead page,
# which always has it, so that a pipeline with a thousand due items keeps a light home page.
DRAFTS_ON_HOME = 25
# The home page lists this many due items, the most overdue; the due page lists every one.
DUE_ON_HOME = 50


def shorten(text: str, width: int = 160) -> str:
    """One line of at most `width` characters, cut at a word."""
    flat = " ".join(text.split())
    if len(flat) <= width:
        return flat
    return flat[: width - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def log_command(draft: Draft) -> str:
    """The command that logs a sent draft, its message read from standard input."""
    args = ["followthrough", "log", draft.lead, draft.entry_type]
    if draft.contact:
        args += ["--with", draft.contact]
    args += ["--channel", "email", "--message-file", "-"]
    return shlex.join(args)


def plural(word: str, n: int) -> str:
    """The word as it reads after the number n: "1 lead", "2 leads", "0 leads"."""
    return word if n == 1 else f"{word}s"


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def whole_dates(text: str) -> Markup:
    """The text, HTML-escaped, with each ISO date kept on one line."""
    out = Markup()
    last = 0
    for match in _ISO_DATE.finditer(text):
        out += escape.escape(text[last : match.start()])
        out += Markup('<span class="ft-nowrap">{}</span>').format(match.group())
        last = match.end()
    return out + escape.escape(text[last:])


def long_date(day: dt.date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


@functools.cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resources.files(__package__) / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        md=escape.markdown_text,
        page_title=escape.page_title,
        link=escape.link,
        mailto=escape.mailto,
        tel=escape.tel,
        days=days,
        long_date=long_date,
        whole_dates=whole_dates,
        plural=plural,
        median=median,
        shorten=shorten,
    )
    env.globals.update(
        states=STATES,
        upcoming_days=UPCOMING_DAYS,
        rules=RULES,
        when=when,
        chart=chart.svg,
        board_columns=board.columns,
        log_command=log_command,
        drafts_on_home=DRAFTS_ON_HOME,
        due_on_home=DUE_ON_HOME,
    )
    env.globals.update(bars=bars, text_y=bars.TEXT_Y, bar_y=bars.BAR_Y, bar_height=bars.BAR_HEIGHT)
    return env


class Parts:
    """The per-lead snippets of the long lists (home and due items, all-leads rows, board cards),
    kept from one build to the next of `mkdocs serve`.

    A snippet is made by a macro of `_macros.html` for one page and one row; it is taken from the
    previous build while its row is the same object. Rows are kept only while nothing else that
    the snippets show changed (settings, date, layout, templates), as `render_pages` asks of
    `known`, so an edited lead costs its own snippets, not a whole list's.
    """

    def __init__(self) -> None:
        self._kept: dict[tuple[object, ...], tuple[Row, Markup]] = {}
        self._made: dict[tuple[object, ...], tuple[Row, Markup]] = {}
        self._macros: Any = None

    def start(self) -> None:
        """Begin a build: what the last one made may be reused, the rest is forgotten."""
        self._kept, self._made = self._made, {}
        self._macros = None

    def __call__(self, macro: str, d: Dashboard, here: str, row: Row, *args: object) -> Markup:
        key = (macro, here, row.lead.id, *args)
        got = self._made.get(key) or self._kept.get(key)
        if got is None or got[0] is not row:
            if self._macros is None:
                self._macros = environment().get_template("_macros.html").module
            got = (row, Markup(getattr(self._macros, macro)(d, here, row, *args)))
        self._made[key] = got
        return got[1]


def render_home(d: Dashboard, parts: Parts | None = None) -> str:
    return (
        environment()
        .get_template("home.md.j2")
        .render(d=d, here=d.layout.home, part=parts or Parts())
    )


def render_all_leads(d: Dashboard, parts: Parts | None = None) -> str:
    return (
        environment()
        .get_template("all-leads.md.j2")
        .render(d=d, here=d.layout.all_leads, part=parts or Parts())
    )


def render_due(d: Dashboard, parts: Parts | None = None) -> str:
    return (
        environment()
        .get_template("due.md.j2")
        .render(d=d, here=d.layout.due, part=parts or Parts())
    )


def render_numbers(d: Dashboard) -> str:
    timelines = [r.timeline or numbers.as_of(r.lead, d.today) for r in d.rows]
    n = numbers.compute([r.lead for r in d.rows], d.settings, d.today, timelines)
    here = d.layout.numbers
    return environment().get_template("numbers.md.j2").render(d=d, n=n, here=here)


def render_board(d: Dashboard, parts: Parts | None = None) -> str:
    return (
        environment()
        .get_template("board.md.j2")
        .render(d=d, here=d.layout.board, part=parts or Parts())
    )


def render_pages(
    d: Dashboard, known: Mapping[str, tuple[Row, str]] | None = None, parts: Parts | None = None
) -> dict[str, str]:
    """Every page of the dashboard: source URI -> Markdown content.

    `known` holds lead pages of an earlier build of a dashboard that differs only in its rows:
    a page whose row is the same object is taken from there. `parts` holds the snippets of the
    long lists of such a build, reused in the same way.
    """
    parts = parts or Parts()
    parts.start()
    template = environment().get_template("lead.md.j2")
    pages = {
        d.layout.home: render_home(d, parts),
        d.layout.all_leads: render_all_leads(d, parts),
        d.layout.due: render_due(d, parts),
        d.layout.board: render_board(d, parts),
        d.layout.numbers: render_numbers(d),
    }
    for row in d.rows:
        here = d.layout.lead(row.lead.id)
        kept = known.get(here) if known else None
        if kept is not None and kept[0] is row:
            pages[here] = kept[1]
        else:
            pages[here] = template.render(d=d, row=row, here=here)
    return pages


def static_files() -> dict[str, bytes]:
    """The dashboard's own script and style sheet: name -> content."""
    folder = resources.files(__package__) / "static"
    return {f.name: f.read_bytes() for f in folder.iterdir() if f.name.endswith((".js", ".css"))}
