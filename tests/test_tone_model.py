"""The tone model: its features, its place after the rules, and weights the script reproduces."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from followthrough import tone, tone_model

ROOT = Path(__file__).resolve().parent.parent
SOUR = "Dear Mr Hale, it would be nice to be treated like a person and not a ticket number."


def _features(text: str) -> set[str]:
    plain, _ = tone.normalise(text)
    return tone_model.message_features(plain, tone.sentences(plain))


def test_sentence_features_mark_who_it_is_aimed_at_negation_and_questions() -> None:
    aimed = tone_model.sentence_features("Why have you not replied?")
    assert {"w why", "yw replied", "nw replied", "q why", "q you", "b <s> why"} <= set(aimed)
    plain = tone_model.sentence_features("I have replied to the 3 emails.")
    assert "yw replied" not in plain and "nw replied" not in plain and "w 0" in plain
    assert "caps" in tone_model.sentence_features("ANSWER ME NOW please")
    assert tone_model.sentence_features("...") == []


def test_typographic_apostrophes_read_as_plain_ones() -> None:
    assert _features("You haven’t replied.") == _features("You haven't replied.")


def _reading(text: str) -> float:
    plain, _ = tone.normalise(text)
    spans = tone.sentences(plain)
    return tone_model.reading(
        tone_model.model().bad, [tone_model.sentence_features(plain[s:e]) for s, e in spans]
    )


def test_a_longer_message_is_not_more_suspect_for_its_length() -> None:
    threshold = tone_model.model().threshold
    short = "Thanks for the update."
    long = short + "".join(f" Day {i} of the visit went well and I enjoyed it." for i in range(30))
    assert _reading(long) < threshold
    assert _reading(short) < threshold


def test_one_suspect_sentence_is_not_averaged_away_by_a_warm_email() -> None:
    bad = tone_model.Linear(-3.0, {"w sour": 6.0})
    warm = [("w thanks", "w for", "w the", "w call")] * 8
    alone = tone_model.reading(bad, [("w sour",)])
    buried = tone_model.reading(bad, [*warm, ("w sour",)])
    as_a_whole = tone_model.logistic(bad.margin(set().union(*warm, ("w sour",))))
    assert alone == pytest.approx(tone_model.logistic(3.0))
    assert alone > buried >= (1 - tone_model.WHOLE) * alone > as_a_whole
    assert tone_model.reading(bad, [*warm]) < as_a_whole


def test_the_model_reads_what_the_rules_pass_and_names_a_sentence() -> None:
    assert not tone.scan(SOUR, model=False)
    (hit,) = tone.scan(SOUR)
    assert hit.rule == tone.WORDING
    assert hit.phrase == SOUR and hit.category in ("a sour tone", "a pushy tone")
    assert hit.suggestion == tone.SUGGESTIONS[hit.category]


def test_the_model_points_at_the_most_suspect_sentence_with_offsets_as_written() -> None:
    text = (
        "Hello Dana, my calendar has been kept clear for your team for two weeks now.\n"
        "I would appreciate the courtesy of a date this time."
    )
    hits = tone.scan(text)
    assert [h.rule for h in hits] == [tone.WORDING]
    assert hits[0].phrase == text[hits[0].start : hits[0].end]
    assert hits[0].phrase == text.splitlines()[0]


def test_a_message_the_rules_flag_gets_no_model_hit() -> None:
    text = SOUR + " Frankly, this process has been unprofessional."
    rules = {h.rule for h in tone.scan(text)}
    assert tone.NEGATIVE in rules and tone.WORDING not in rules


@pytest.mark.parametrize(
    "text",
    [
        "Hi Mo, thank you for the call on Tuesday. I have put the pricing sheet in the shared "
        "folder, and I am happy to walk through it whenever suits.",
        "Thank you for your time today. I enjoyed hearing about the team's plans.",
        "I have accepted another offer and am withdrawing my application. Thank you for your time.",
    ],
)
def test_plain_courtesy_is_not_flagged(text: str) -> None:
    assert tone.scan(text) == []


def test_the_shipped_weights_are_well_formed() -> None:
    data = json.loads(tone_model.WEIGHTS.read_text(encoding="utf-8"))
    model = tone_model.from_data(data)
    assert 0.5 < model.threshold < 1
    for part in (model.bad, model.kind):
        assert part.weights and all(math.isfinite(w) for w in part.weights.values())
        assert all(" " in f or f == "caps" for f in part.weights)


def test_the_training_script_reproduces_the_shipped_weights() -> None:
    script = ROOT / "scripts" / "train_tone_model.py"
    proc = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, timeout=600
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_a_clearly_polite_message_keeps_only_the_rules_plain_hits() -> None:
    text = (
        "Hello Priya, I wanted to let you know that I have another offer with a decision due on "
        "Friday. I would still love to join your team if there is any news. Best wishes, Ana"
    )
    spans = list(tone.sentences(text))
    assert tone_model.overruled(text, spans, [76]) == [True]
    weak = tone.ToneHit(tone.CONTROLLING, "promise", 76, 90, text[76:90], "")
    curse = tone.ToneHit(tone.NEGATIVE, "cursing", 0, 5, text[:5], "")
    assert tone._overruled(text, [weak, curse]) == [curse]
    assert tone._overruled(text, [weak]) == []
    assert tone.scan(text) == []


def test_a_message_not_clearly_polite_keeps_every_rule_hit() -> None:
    assert tone_model.overruled(SOUR, list(tone.sentences(SOUR)), [0]) == [False]
    weak = tone.ToneHit(tone.CONTROLLING, "promise", 0, 4, SOUR[:4], "")
    assert tone._overruled(SOUR, [weak]) == [weak]


def test_plain_hits_are_never_overruled() -> None:
    text = (
        "Hi Tim, thank you so much for the lovely call on Monday, it was bloody brilliant! "
        "I'm really looking forward to working together. Best, Ana"
    )
    assert tone_model.overruled(text, list(tone.sentences(text)), [text.index("bloody")]) == [True]
    assert [h.category for h in tone.scan(text)] == ["cursing"]
    assert {"cursing", "shouting", "insult", "threat"} <= tone.PLAIN_CATEGORIES


def test_a_demand_buried_in_a_warm_email_still_stands() -> None:
    text = (
        "Dear Ms Okafor,\n\nThank you so much for taking the time to speak with me on Tuesday. "
        "I really enjoyed hearing about the team's plans for the new studio, and I am grateful "
        "for the tour of the workshop. I need an answer by Friday. It was lovely to meet "
        "everyone, and I hope the launch goes wonderfully.\n\nWarm regards,\nAna"
    )
    hits = tone.scan(text)
    assert [(h.rule, h.category) for h in hits] == [(tone.CONTROLLING, "deadline")]
    assert "by Friday" in hits[0].phrase
