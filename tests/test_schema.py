"""The lead schema on its own: the field table, the JSON Schema made from it, and the builder."""

from __future__ import annotations

import jsonschema
import pytest

from followthrough import leads, model, schema


def test_json_schema_lists_every_field_of_the_table() -> None:
    doc = schema.json_schema()
    jsonschema.Draft202012Validator.check_schema(doc)
    parts = {"lead": doc, **doc["$defs"]}
    for obj in (schema.LEAD, schema.CONTACT, schema.INSTRUCTION, schema.ENTRY):
        got = parts[obj.name]
        assert list(got["properties"]) == [f.name for f in obj.fields]
        assert got["required"] == [f.name for f in obj.fields if f.required]
        for f in obj.fields:
            assert got["properties"][f.name]["description"] == f.doc
    assert doc["$defs"]["entry"]["properties"]["type"]["enum"] == list(model.ENTRY_TYPES)


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ({"company": "Acme", "log": [{"date": "2026-11-02", "type": "applied"}]}, True),
        ({"company": "Acme", "role": None, "x-mine": [1]}, True),
        ({"company": "Acme", "colour": "red"}, False),
        ({"role": "no company"}, False),
        ({"company": "Acme", "cadence_days": 0}, False),
        (
            {"company": "Acme", "instructions": [{"date": "2026-11-02", "kind": "quiet-until"}]},
            False,
        ),
    ],
)
def test_json_schema_agrees_with_the_checker(text: dict[str, object], valid: bool) -> None:
    import json

    validator = jsonschema.Draft202012Validator(schema.json_schema())
    assert validator.is_valid(text) is valid
    loaded = leads.load_text(json.dumps(text), "leads/acme.yaml")  # JSON is YAML too
    assert (loaded.findings == ()) is valid, loaded.findings


def test_suggest_names_the_closest_choice_or_nothing() -> None:
    assert schema.suggest("folow-up", model.ENTRY_TYPES) == "; did you mean `follow-up`?"
    assert schema.suggest("zzzz", model.ENTRY_TYPES) == ""


def test_lookup_by_name() -> None:
    field = schema.LEAD.get("cadence_days")
    assert field is not None and (field.minimum, field.maximum) == (1, 365)
    assert schema.ENTRY.get("nope") is None
