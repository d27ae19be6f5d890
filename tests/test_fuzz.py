"""Fuzzing: lead-shaped documents and byte-mutated real lead files through every loading path.

Paths: the check (decode -> load -> rules), the agenda, and the dashboard (the view model of
dashboard.build, its pages and the calendar feed). Nothing may raise, and every finding points
into the file. 10,000 examples in all, derandomized so that CI runs the same ones every time.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import icalendar
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followthrough import agenda, checker, dashboard, leads, loader
from followthrough.findings import SEVERITIES, Finding
from followthrough.model import CHANNELS, ENTRY_TYPES, INSTRUCTION_KINDS, KINDS, STATUSES
from followthrough.rules import RULES
from followthrough.settings import Settings

HERE = Path(__file__).resolve().parent
SEEDS = sorted((HERE.parent / "leads").glob("*.yaml")) + sorted(
    (HERE / "log_corpus").glob("*.yaml")
)
SEED_BYTES = [p.read_bytes() for p in SEEDS]
TODAY = dt.date(2026, 11, 25)
SETTINGS = (
    Settings(),
    Settings(business_days=True, cadence_days=1, max_unanswered=1, thank_you_days=0),
    Settings(cadence_days=365, rules={"tone/negative": "off", "log/order": "warning"}),
)
# shares of the profile's examples (10,000 under HYPOTHESIS_PROFILE=thorough, as `make test` runs)
BUDGET = settings().max_examples
CHECK_EXAMPLES = BUDGET * 30 // 100
MUTATED_EXAMPLES = BUDGET * 55 // 100
SITE_EXAMPLES = BUDGET * 15 // 100


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=max(examples, 1),
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


def assert_points_inside(
    lines: int, widest: int | None, findings: tuple[Finding, ...] | list[Finding]
) -> None:
    for f in findings:
        assert f.rule in RULES and f.severity in SEVERITIES and f.message, f
        assert 1 <= f.line <= lines + 1, (f, lines)
        assert f.column >= 1, f
        if widest is not None:
            assert f.column <= widest + 1, (f, widest)


def shape(text: str) -> tuple[int, int]:
    # YAML breaks lines at \n, \r\n, \r, U+0085, U+2028, U+2029; splitlines() at those and more
    return len(text.splitlines()), max((len(line) for line in text.split("\n")), default=0)


def check_bytes(data: bytes, name: str, config: Settings) -> checker.Checked | None:
    src, found = loader.decode(data, name)
    if src is None:
        assert len(found) == 1 and found[0].rule == "yaml"
        assert_points_inside(data.count(b"\n") + 1, None, found)
        return None
    checked = checker.check_loaded(leads.load_source(src), config, TODAY)
    lines, widest = shape(src.text)
    assert_points_inside(lines, widest, checked.findings)
    assert_points_inside(lines, widest, [f for _, f in checked.waived])
    return checked


# ---- structurally plausible leads ------------------------------------------------------

HOSTILE = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    "data:text/html,<b>x</b>",
    "| a | b |",
    "[x](javascript:alert(1))",
    "`code`",
    "# heading",
    "*star* _under_",
    "a,b;c\\d",
    "line\nbreak",
    "\r\n",
    "\u2028",
    "\x85",
    "\t",
    "\x1b[31m",
    "\x7f",
    "{{ 7*7 }}",
    "{% raw %}",
    "yes",
    "no",
    "null",
    "~",
    "0x1F",
    "1e3",
    ".inf",
    "2026-11-03",
    "12:30",
    "@here",
    "&anchor",
    "*alias",
    "!tag",
    "%YAML",
    "---",
    "...",
    "日本語",
    "café",
    "👩‍💻",
    "",
    " ",
]
texts = st.one_of(
    st.sampled_from(HOSTILE),
    st.text(max_size=30),
    st.lists(st.sampled_from(HOSTILE), max_size=4).map(" ".join),
)
dates = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2027, 6, 1))
date_values = st.one_of(
    dates,
    dates.map(dt.date.isoformat),
    st.builds(
        lambda d, h, m: f"{d.isoformat()}T{h:02d}:{m:02d}",
        dates,
        st.integers(0, 23),
        st.integers(0, 59),
    ),
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2027, 6, 1)),
    st.sampled_from(["2026-02-30", "11/03/2026", "", "tomorrow", "2026-11-03T25:00", "9999-12-31"]),
    st.integers(-10, 30_000_000),
)
anything: st.SearchStrategy[Any] = st.recursive(
    st.one_of(
        texts,
        st.integers(),
        st.booleans(),
        st.none(),
        st.floats(allow_nan=True),
        dates,
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(texts, st.integers()), inner, max_size=3),
    ),
    max_leaves=8,
)


def sometimes(good: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Mostly a plausible value, sometimes anything at all."""
    return st.one_of(good, good, good, anything)


def keys(required: dict[str, Any], optional: dict[str, Any]) -> st.SearchStrategy[Any]:
    typos = {"compnay": anything, "x-own": anything, "Log": anything, "": anything}
    return sometimes(
        st.fixed_dictionaries(
            {k: sometimes(v) for k, v in required.items()},
            optional={**{k: sometimes(v) for k, v in optional.items()}, **typos},
        )
    )


contacts = keys(
    {"name": texts},
    {
        "title": texts,
        "email": st.one_of(texts, st.emails()),
        "phone": texts,
        "url": st.one_of(texts, st.sampled_from(["https://example.com/x", "mailto:a@b.c"])),
        "notes": texts,
    },
)
entries = keys(
    {"date": date_values, "type": st.sampled_from([*ENTRY_TYPES, "folow-up", "Reply"])},
    {
        "with": texts,
        "channel": st.sampled_from([*CHANNELS, "fax"]),
        "summary": texts,
        "message": st.one_of(
            texts,
            st.sampled_from(
                [
                    "I remain very interested and wanted to check in.",
                    "You kept me waiting. Let me know by Friday or I withdraw.",
                    "Thank you for your time, damn it.",
                ]
            ),
        ),
        "waiver": texts,
    },
)
instructions = keys(
    {"date": date_values, "kind": st.sampled_from([*INSTRUCTION_KINDS, "quiet"])},
    {"until": date_values, "said": texts},
)
lead_docs = keys(
    {"company": texts},
    {
        "role": texts,
        "kind": st.sampled_from([*KINDS, "jobs"]),
        "status": st.sampled_from([*STATUSES, "paused"]),
        "contacts": st.lists(contacts, max_size=3),
        "source": texts,
        "url": st.one_of(texts, st.just("https://northwind.example/jobs/42")),
        "tags": st.lists(texts, max_size=3),
        "cadence_days": st.integers(-3, 400),
        "added": date_values,
        "notes": texts,
        "instructions": st.lists(instructions, max_size=3),
        "log": st.lists(entries, max_size=12),
    },
)


@st.composite
def lead_texts(draw: st.DrawFn) -> str:
    doc = draw(lead_docs)
    style = draw(st.sampled_from([False, True, None]))  # block, flow, mixed
    try:
        text = yaml.dump(
            doc,
            Dumper=yaml.CSafeDumper,
            default_flow_style=style,
            allow_unicode=draw(st.booleans()),
            sort_keys=False,
            width=draw(st.sampled_from([80, 20, 10_000])),
            indent=draw(st.sampled_from([2, 4])),
        )
    except yaml.YAMLError:  # e.g. a key PyYAML cannot write: write a plain one instead
        text = "company: x\n"
    if draw(st.booleans()):
        text = text.replace("\n", draw(st.sampled_from(["\r\n", "\n", "\n\n"])))
    return text


# ---- byte-level mutations of real lead files -------------------------------------------

SPECIAL = [
    b":",
    b": ",
    b"-",
    b"- ",
    b"#",
    b"&",
    b"*",
    b"!",
    b"|",
    b">",
    b"\t",
    b"\r",
    b"\n",
    b"\x00",
    b"\xff",
    b"\xc3",
    b"\xed\xa0\x80",  # an encoded surrogate: not UTF-8
    b"\xef\xbb\xbf",
    b"'",
    b'"',
    b"{",
    b"}",
    b"[",
    b"]",
    b",",
    b"?",
    b"%",
    b"@",
    b"`",
    b"---\n",
    b"...\n",
    b"  ",
    b"\\",
    b"&a ",
    b"*a",
    b"!!python/object:os.system ",
]
mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 1 << 20), st.integers(0, 7)),
    st.tuples(st.just("insert"), st.integers(0, 1 << 20), st.binary(min_size=1, max_size=6)),
    st.tuples(st.just("special"), st.integers(0, 1 << 20), st.sampled_from(SPECIAL)),
    st.tuples(st.just("delete"), st.integers(0, 1 << 20), st.integers(1, 40)),
    st.tuples(st.just("duplicate"), st.integers(0, 1 << 20), st.integers(1, 200)),
    st.tuples(st.just("swap-lines"), st.integers(0, 1 << 20), st.integers(0, 1 << 20)),
)


def mutate(data: bytes, steps: list[tuple[Any, ...]]) -> bytes:
    buf = bytearray(data)
    for kind, at, arg in steps:
        at = at % (len(buf) + 1)
        if kind == "flip" and buf:
            buf[at % len(buf)] ^= 1 << arg
        elif kind in ("insert", "special"):
            buf[at:at] = arg
        elif kind == "delete":
            del buf[at : at + arg]
        elif kind == "duplicate":
            buf[at:at] = buf[at : at + arg]
        elif kind == "swap-lines":
            lines = bytes(buf).split(b"\n")
            i, j = at % len(lines), arg % len(lines)
            lines[i], lines[j] = lines[j], lines[i]
            buf = bytearray(b"\n".join(lines))
    return bytes(buf)


mutated = st.builds(mutate, st.sampled_from(SEED_BYTES), st.lists(mutation, min_size=1, max_size=6))


# ---- the tests ---------------------------------------------------------------------------


@fuzz(CHECK_EXAMPLES)
@given(lead_texts(), st.sampled_from(SETTINGS))
def test_lead_shaped_documents(text: str, config: Settings) -> None:
    checked = check_bytes(text.encode("utf-8"), "lead.yaml", config)
    assert checked is not None
    if checked.loaded.lead is not None:
        agenda.agenda([checked.loaded.lead], config, TODAY)


@fuzz(MUTATED_EXAMPLES)
@given(mutated, st.sampled_from(SETTINGS))
def test_mutated_real_files(data: bytes, config: Settings) -> None:
    checked = check_bytes(data, "lead.yaml", config)
    if checked is not None and checked.loaded.lead is not None:
        agenda.agenda([checked.loaded.lead], config, TODAY)


A_HREF = re.compile(r"""href\s*=\s*["']?\s*([^"'>\s]*)""", re.IGNORECASE)


@fuzz(SITE_EXAMPLES)
@given(
    st.lists(st.one_of(lead_texts().map(str.encode), mutated), min_size=1, max_size=4),
    st.sampled_from(SETTINGS),
    st.sampled_from([None, "https://example.com/site/"]),
    st.booleans(),
)
def test_agenda_and_dashboard(
    files: list[bytes], config: Settings, site_url: str | None, directory_urls: bool
) -> None:
    all_checked = []
    for i, data in enumerate(files):
        checked = check_bytes(data, f"leads/lead-{i}.yaml", config)
        if checked is None:  # as the site does: the file's one finding, no lead
            _, found = loader.decode(data, f"leads/lead-{i}.yaml")
            checked = checker.check_loaded(
                leads.Loaded(f"leads/lead-{i}.yaml", None, tuple(found)), config, TODAY
            )
        all_checked.append(checked)
    found_leads = [c.loaded.lead for c in all_checked if c.loaded.lead is not None]
    items = agenda.agenda(found_leads, config, TODAY)
    assert len(items) == len(found_leads)
    for it in items:
        assert it.state in agenda.STATES
        it.as_json()

    layout = dashboard.Layout(directory_urls=directory_urls)
    board = dashboard.build(all_checked, config, TODAY, layout=layout)
    assert len(board.rows) + len(board.unreadable) == len(files)
    pages = dashboard.render_pages(board)
    assert len(pages) == 5 + len(board.rows)  # home, due now, all leads, pipeline, numbers
    for content in pages.values():
        # lead text reaches the page only escaped: the templates themselves hold no script
        assert "<script" not in content.lower()
        for href in A_HREF.findall(content):
            cleaned = re.sub(r"[\x00-\x20]", "", href).lower()
            assert not cleaned.startswith(("javascript:", "data:", "vbscript:")), href
    feed = dashboard.calendar(board, "Follow-ups", site_url)
    parsed = icalendar.Calendar.from_ical(feed)
    assert parsed.get("prodid") is not None


def test_the_seeds_are_there() -> None:
    assert len(SEED_BYTES) >= 40
    for data in SEED_BYTES:
        checked = check_bytes(data, "seed.yaml", SETTINGS[0])
        assert checked is not None and checked.loaded.lead is not None
    assert CHECK_EXAMPLES + MUTATED_EXAMPLES + SITE_EXAMPLES == BUDGET
