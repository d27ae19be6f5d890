"""Properties: checking never raises, whatever the input, and every finding points into the file."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from followthrough import checker, cli, leads, loader
from followthrough import settings as settings_mod
from followthrough.findings import SEVERITIES, Finding
from followthrough.model import CHANNELS, ENTRY_TYPES, INSTRUCTION_KINDS, KINDS, STATUSES
from followthrough.rules import RULES

TODAY = dt.date(2026, 11, 25)
CONFIG = settings_mod.Settings()
SLOW_OK = [HealthCheck.too_slow]
# MANY: the profile's examples (a few hundred everyday, more under HYPOTHESIS_PROFILE=thorough)
MANY = settings(deadline=None, database=None, suppress_health_check=SLOW_OK)
FEW = settings(max_examples=40, deadline=None, database=None, suppress_health_check=SLOW_OK)


def assert_points_inside(text: str, findings: list[Finding] | tuple[Finding, ...]) -> None:
    # YAML breaks lines at \n, \r\n and \r (and U+0085, U+2028, U+2029): splitlines() breaks
    # at all of those and a few more, so it bounds the line; no line is longer than a \n-line
    lines = len(text.splitlines())
    widest = max((len(line) for line in text.split("\n")), default=0)
    for f in findings:
        assert f.rule in RULES
        assert f.severity in SEVERITIES
        assert f.message
        assert 1 <= f.line <= lines + 1, (f, lines)
        assert 1 <= f.column <= widest + 1, (f, widest)


def check_text(text: str) -> list[Finding]:
    loaded = leads.load_text(text, "lead.yaml")
    result = checker.check_loaded(loaded, CONFIG, TODAY)
    assert_points_inside(text, result.findings)
    return result.findings


# ---- lead-shaped documents, so the rules themselves get exercised ------------------------

dates = st.dates(min_value=dt.date(2025, 1, 1), max_value=dt.date(2027, 3, 1))
date_texts = st.one_of(
    dates.map(dt.date.isoformat),
    st.builds(
        lambda d, h, m: f"{d.isoformat()}T{h:02d}:{m:02d}",
        dates,
        st.integers(0, 23),
        st.integers(0, 59),
    ),
    st.sampled_from(["2026-02-30", "11/03/2026", "", "tomorrow", "2026-11-03T25:00"]),
)
words = st.sampled_from(
    [
        "Hi Robin,",
        "thank you",
        "I remain very interested",
        "you kept me waiting",
        "damn",
        "let me know by Friday",
        "you promised",
        "still no word",
        "I will withdraw",
        "sorry",
        "no pressure",
        "\n",
        "!",
        "?",
        "café",
        "日本",
        "\t",
        '"',
        "'",
        "#",
        ": ",
        "&",
        "*",
        "-",
    ]
)
messages = st.lists(words, max_size=12).map(" ".join)
scalars = st.one_of(
    st.text(max_size=20), st.integers(), st.booleans(), st.none(), st.floats(allow_nan=False)
)


def _entry() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"date": date_texts, "type": st.sampled_from([*ENTRY_TYPES, "folow-up"])},
        optional={
            "with": st.text(max_size=10),
            "channel": st.sampled_from(CHANNELS),
            "summary": st.text(max_size=30),
            "message": messages,
            "waiver": st.text(min_size=1, max_size=10),
            "x-extra": scalars,
            "typo": scalars,
        },
    )


instructions = st.fixed_dictionaries(
    {"date": date_texts, "kind": st.sampled_from(INSTRUCTION_KINDS)},
    optional={"until": date_texts, "said": st.text(max_size=20)},
)
lead_docs = st.fixed_dictionaries(
    {"company": st.one_of(st.text(max_size=20), scalars)},
    optional={
        "role": st.text(max_size=20),
        "kind": st.sampled_from([*KINDS, "jobs"]),
        "status": st.sampled_from([*STATUSES, "paused"]),
        "contacts": st.lists(
            st.fixed_dictionaries(
                {}, optional={"name": st.text(max_size=8), "email": st.text(max_size=8)}
            ),
            max_size=3,
        ),
        "tags": st.one_of(st.lists(st.text(max_size=8), max_size=3), scalars),
        "cadence_days": st.one_of(st.integers(-3, 30), scalars),
        "instructions": st.lists(instructions, max_size=3),
        "log": st.lists(_entry(), max_size=10),
    },
)


@st.composite
def lead_texts(draw: st.DrawFn) -> str:
    doc = draw(lead_docs)
    style = draw(st.sampled_from([None, False, True]))
    text = yaml.safe_dump(
        doc, default_flow_style=style, allow_unicode=draw(st.booleans()), sort_keys=False
    )
    # sometimes damage the document a little
    if draw(st.booleans()) and text:
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(max_size=4)) + text[at:]
    return text


@MANY
@given(st.text())
def test_any_text_never_raises(text: str) -> None:
    check_text(text)


@MANY
@given(st.binary())
def test_any_bytes_never_raise(data: bytes) -> None:
    src, found = loader.decode(data, "lead.yaml")
    if src is None:
        assert len(found) == 1
        assert found[0].rule == "yaml"
        assert found[0].line >= 1 and found[0].column >= 1
        assert found[0].line <= data.count(b"\n") + 1
        return
    result = checker.check_loaded(leads.load_source(src), CONFIG, TODAY)
    assert_points_inside(src.text, result.findings)


@MANY
@given(lead_texts())
def test_lead_shaped_documents_never_raise(text: str) -> None:
    check_text(text)


@MANY
@given(lead_docs)
def test_valid_yaml_leads_are_checked_with_positions(doc: dict[str, Any]) -> None:
    text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)
    # PyYAML writes YAML 1.1, where U+0085, U+2028 and U+2029 break lines; in YAML 1.2 they are
    # text, so a quoted value it continues after one of them is not YAML 1.2 (yaml-rs says so)
    assume(not any(ch in text for ch in "\x85\u2028\u2029"))
    found = check_text(text)
    assert not any(f.rule == "yaml" and "invalid YAML" in f.message for f in found)


@FEW
@given(st.one_of(st.binary(max_size=300), lead_texts().map(str.encode)))
def test_command_line_never_raises(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "lead.yaml"
        path.write_bytes(data)
        config = Path(tmp) / "mkdocs.yml"
        args = ["check", "--format", "json", "--today", TODAY.isoformat(), "--config", str(config)]

        def run() -> tuple[int, str]:
            out = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                code = cli.main([*args, str(path)])
            return code, out.getvalue()

        # no mkdocs.yml there: an unusable --config is a usage error, never a crash
        assert run()[0] == 2
        config.write_text("plugins: [followthrough]\n", encoding="utf-8")
        code, output = run()
        assert code in (0, 1)
        assert '"findings"' in output
