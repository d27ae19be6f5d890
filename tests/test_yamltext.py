"""Writing one YAML scalar: the simplest form that reads back to exactly the given text."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from followthrough import yamltext


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Dana Reyes", "Dana Reyes"),
        ("yes", '"yes"'),  # would read as a boolean in YAML 1.1
        ("12", '"12"'),  # would read as a number
        ("- dash first", '"- dash first"'),
        ("tab\there", '"tab\\there"'),
        ("", '""'),
        ("two\nlines\n", "|\n    two\n    lines"),
        ("  indented\nfirst\n", "|2\n      indented\n    first"),
        ("kept\n\n", "|+\n    kept\n"),
    ],
)
def test_scalar_forms(value: str, written: str) -> None:
    assert yamltext.scalar(value, key_col=2, step=2) == written


def test_flow_context_never_uses_a_block_or_flow_characters() -> None:
    assert yamltext.scalar("a, b", key_col=0, step=2, flow=True) == '"a, b"'
    assert yamltext.scalar("two\nlines", key_col=0, step=2, flow=True) == '"two\\nlines"'


def test_double_quoted_escapes_what_cannot_be_printed() -> None:
    assert yamltext.double_quoted('say "hi"\\') == '"say \\"hi\\"\\\\"'
    assert yamltext.double_quoted("\x07\u2028\U0001f600") == '"\\x07\\u2028\U0001f600"'
    assert yamltext.double_quoted("\ufeff") == '"\\uFEFF"'


@given(st.text(st.characters(exclude_categories=["Cs"])), st.booleans())
def test_every_text_reads_back(value: str, flow: bool) -> None:
    written = yamltext.scalar(value, key_col=4, step=2, flow=flow)
    doc = "{k: " + written + "}" if flow else "    k: " + written + "\n"
    assert yaml.load(doc, Loader=yaml.BaseLoader) == {"k": value}
