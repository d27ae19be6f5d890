"""The optional `stage:` key: where an active lead stands when its log does not show it."""

from __future__ import annotations

from followthrough.leads import load_text
from followthrough.model import OPEN_STAGES
from followthrough.schema import json_schema


def test_a_stage_set_by_hand_is_read() -> None:
    loaded = load_text("company: Acme\nstage: screening\n", "leads/acme.yaml")
    assert loaded.findings == ()
    assert loaded.lead is not None and loaded.lead.stage == "screening"
    unset = load_text("company: Acme\n", "leads/acme.yaml")
    assert unset.lead is not None and unset.lead.stage is None


def test_an_unknown_stage_is_a_finding_with_the_closest_one() -> None:
    loaded = load_text("company: Acme\nstage: interview\n", "leads/acme.yaml")
    (finding,) = loaded.findings
    assert (finding.line, finding.column, finding.rule) == (2, 8, "schema")
    assert "`interview` is not a valid `stage`; did you mean `interviewing`?" in finding.message


def test_closed_is_not_a_stage_to_set_the_status_says_it() -> None:
    loaded = load_text("company: Acme\nstage: won\n", "leads/acme.yaml")
    (finding,) = loaded.findings
    assert "use one of prospect, applied, screening, interviewing, offer" in finding.message


def test_the_json_schema_lists_the_stages() -> None:
    prop = json_schema()["properties"]["stage"]
    assert prop["enum"] == [*OPEN_STAGES, None]
    assert "derived from the log" in prop["description"]
