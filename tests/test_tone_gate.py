"""The literal gates that let the tone scanner skip features: current, and never wrong.

A gate is a set of strings one of which every match of a feature's pattern contains. A wrong gate
would silently switch a feature off, so the gates are checked against the patterns themselves and
against every sentence of the corpus and the examples where a pattern matches.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from followthrough import tone, tone_gate

CORPUS = Path(__file__).parent / "tone_corpus"


def test_gates_file_is_current() -> None:
    on_disk = json.loads(tone.GATES.read_text(encoding="utf-8"))
    assert on_disk == tone_gate.compute(tone.gated_patterns(), tone.required_patterns()), (
        "run `python -m followthrough.tone_gate` after changing a tone pattern"
    )


def test_gate_keys_are_distinct() -> None:
    patterns = set(tone.gated_patterns())
    assert len({tone.key(p) for p in patterns}) == len(patterns)


def test_scanning_does_not_load_the_gate_builder() -> None:
    """Reading a regular expression's parse tree is for regenerating the gates file only."""
    code = (
        "import sys; from followthrough import tone; tone.scan('Why have you not replied?'); "
        "print('followthrough.tone_gate' in sys.modules, 'hashlib' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_most_features_are_gated() -> None:
    gates = tone_gate.compute(tone.gated_patterns())
    assert sum(v is not None for v in gates.values()) >= 0.8 * len(gates)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bplease\s+respond\b", ["respond"]),  # the longer run
        (r"\b(?:asap|urgent(?:ly)?)\b", ["asap", "urgent"]),
        (r"\b(?:a|an)\s+answer\b", ["answer"]),
        (r"\bx?yz\b", None),  # the only literal run is too short to be worth a gate
        (r"\b(?:now|)\s+then\b", ["then"]),
        (r"(?i:shout)", None),  # a flag change inside: no safe gate
        (r"\b(?:ab|cd)\b", None),
        (r"\bno(?:thing| deal)\b", ["no deal", "nothing"]),  # a run joined to its branches
        (r"\b(?:the|you) (?:first|final)\b", [" final", " first"]),  # common words lose
        ("(?:\U0001f644|x)yz", None),  # one branch has nothing rare
        ("\U0001f644", ["\U0001f644"]),  # one emoji is rare enough
        (r"!{3,}", ["!!!"]),  # a repeated symbol is its run
        (r"\?{2,}|(?:\?!|!\?)", ["!?", "?!", "??"]),  # two symbols side by side are rare
        (r"x{2}", None),  # two letters are not
    ],
)
def test_literals(pattern: str, expected: list[str] | None) -> None:
    assert tone_gate.literals(pattern) == expected


def _sentences() -> list[str]:
    texts = [
        row["text"]
        for split in ("train", "dev", "test")
        for row in yaml.safe_load((CORPUS / f"{split}.yaml").read_text(encoding="utf-8"))
    ]
    out = []
    for text in texts:
        norm, _ = tone.normalise(text)
        out.extend(s.lower() for s in re.split(r"(?<=[.!?])\s+|\n+", norm) if s.strip())
    return out


def test_every_match_contains_its_gate() -> None:
    sentences = _sentences()
    gates = tone_gate.compute(tone.gated_patterns())
    checked = 0
    for pattern in tone.gated_patterns():
        gate = gates[tone.key(pattern)]
        if gate is None:
            continue
        compiled = re.compile(pattern)
        for sentence in sentences:
            for m in compiled.finditer(sentence):
                checked += 1
                assert any(g in m.group(0) for g in gate), (pattern, m.group(0), gate)
    assert checked > 100  # the corpus does reach the gated features


def test_a_gate_taken_from_what_the_sentence_needs_is_in_every_sentence_it_fires_on() -> None:
    sentences = _sentences()
    own = tone_gate.compute(tone.gated_patterns())
    gates = tone_gate.compute(tone.gated_patterns(), tone.required_patterns())
    checked = 0
    for pattern, required in zip(tone.gated_patterns(), tone.required_patterns(), strict=True):
        gate = gates[tone.key(pattern)]
        if own[tone.key(pattern)] is not None or gate is None or required is None:
            continue
        compiled, needed = re.compile(pattern), re.compile(required)
        for sentence in sentences:
            if needed.search(sentence) and compiled.search(sentence):
                checked += 1
                assert any(g in sentence for g in gate), (pattern, sentence, gate)
    assert checked > 10


def test_cursing_and_shouting_are_gated() -> None:
    """Every curse and shout feature is skipped by a sentence that has none of what it needs."""
    features = [f for f in tone._features() if f.category in ("cursing", "shouting")]
    assert len(features) >= 6
    assert all(f.gate is not None or f.required is not None for f in features)
