"""A second reading of tone: a linear model over what each sentence says and to whom.

The rules in `tone` name the constructions they know. A message they pass is scored here by
weights trained on the project's own corpus (`scripts/train_tone_model.py`, from the train and
dev splits of tests/tone_corpus/; never the test split). The features are the words of each
sentence and their pairs, the words of a sentence aimed at "you", words inside a negation, how a
question opens, and runs of capitals. A message is read a quarter as a whole and three quarters
by its most suspect sentence; one reading past the threshold is reported at that sentence, with
`tone/wording`, a warning by default: the evidence is the wording, not one listed phrase. The
other way round, a message the model reads as polite beyond doubt, and whose sentence holding a
hit does too, loses that hit unless it is plain (cursing, shouting, insults, legal threats, a
time limit on their answer): "you need to" as advice or "as promised" of one's own promise there
is overruled.

The weights are data in the package (tone_model.json); nothing is downloaded or trained at run
time.
"""

from __future__ import annotations

import functools
import json
import math
import re
import sys
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import cache

WEIGHTS = Path(__file__).with_name("tone_model.json")
CONTROLLING = "controlling"
WHOLE = 0.25  # the share of the message as a whole in its reading (the rest: its worst sentence)
NEGATIVE = "negative"

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|[0-9]+|[?!]")
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_YOU = frozenset(
    [
        "you",
        "your",
        "you're",
        "yours",
        "you've",
        "you'd",
        "you'll",
        "yourself",
        "yourselves",
        "u",
        "ur",
    ]
)
_NEGATION = frozenset(["not", "no", "never", "nobody", "nothing", "none", "without", "cannot"])


def sentence_features(sentence: str) -> list[str]:
    """The features of one sentence (already normalised: plain quotes, NFKC)."""
    words = ["0" if w.isdigit() else w for w in _WORD.findall(sentence.lower())]
    if not words:
        return []
    aimed = not _YOU.isdisjoint(words)
    out = ["w " + w for w in words]
    if aimed:
        out += ["yw " + w for w in words]
    negation = next(
        (i for i, w in enumerate(words) if w in _NEGATION or w.endswith("n't")), len(words)
    )
    out += ["nw " + w for w in words[negation + 1 :]]  # every word after the first negation
    edges = ["<s>", *words, "</s>"]
    out += [a + " " + b for a, b in zip(["b " + e for e in edges], edges[1:], strict=False)]
    if sentence.rstrip().endswith("?"):
        out.append("q " + words[0])
        if aimed:
            out.append("q you")
    if len(_CAPS.findall(sentence)) >= 2:
        out.append("caps")
    return out


@functools.lru_cache(maxsize=32768)
def _kept_features(sentence: str) -> tuple[str, ...]:
    """`sentence_features`, kept for sentences met again (templates, quoted replies); each
    feature once and interned, so a kept sentence costs a tuple of references."""
    return tuple(dict.fromkeys(map(sys.intern, sentence_features(sentence))))


def message_features(plain: str, spans: Iterable[tuple[int, int]]) -> set[str]:
    """The features of a message: those of any of its sentences, each counted once."""
    found: set[str] = set()
    for start, end in spans:
        found.update(_kept_features(plain[start:end]))
    return found


@dataclass(frozen=True, slots=True)
class Linear:
    bias: float
    weights: dict[str, float]

    def margin(self, features: Collection[str]) -> float:
        """Bias plus the features' weights, each scaled by 1/sqrt(how many there are)."""
        known = filter(None, map(self.weights.get, features))  # unknown features weigh nothing
        return self.bias + sum(known) * scale(len(features))


@dataclass(frozen=True, slots=True)
class Model:
    bad: Linear  # bad (negative or controlling) against polite
    kind: Linear  # among bad messages: controlling against negative
    threshold: float  # a `reading` of "bad": past it, a message the rules pass is reported
    veto: float  # a probability of "bad": under it, the rules' weaker hits are overruled

    def probability(self, features: Collection[str]) -> float:
        return logistic(self.bad.margin(features))


def scale(count: int) -> float:
    """Each feature's value: a long message is not more suspect for having more words."""
    return 1.0 / math.sqrt(count) if count else 0.0


def logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def from_data(data: dict[str, Any]) -> Model:
    """The model of the weights file's mapping (its numbers are JSON's floats already)."""
    return Model(
        Linear(float(data["bad"]["bias"]), data["bad"]["weights"]),
        Linear(float(data["kind"]["bias"]), data["kind"]["weights"]),
        float(data["threshold"]),
        float(data["veto"]),
    )


@functools.cache
def model() -> Model:
    """The shipped weights (parsed once and kept in the cache directory)."""
    raw = WEIGHTS.read_bytes()
    return from_data(cache.kept("tone-model", raw, lambda: json.loads(raw)))


def standing(plain: str, spans: Sequence[tuple[int, int]], bad: Linear) -> list[float]:
    """For each sentence, how strongly a rule hit inside it stands against the model's veto.

    The larger of the probability of "bad" of the message as a whole and of that sentence by
    itself: a hit is overruled only when both read as polite beyond doubt, so a demand buried in
    a long, warm email still stands.
    """
    per_sentence = [_kept_features(plain[s:e]) for s, e in spans]
    whole = logistic(bad.margin(set().union(*per_sentence)))
    return [max(whole, logistic(bad.margin(f))) for f in per_sentence]


def overruled(plain: str, spans: Sequence[tuple[int, int]], starts: Iterable[int]) -> list[bool]:
    """For each hit (by where it starts), whether the model overrules it: as `standing`, but a
    sentence is scored only when the message as a whole reads as polite beyond doubt."""
    m = model()
    per_sentence = [_kept_features(plain[s:e]) for s, e in spans]
    if m.probability(set().union(*per_sentence)) >= m.veto:
        return [False for _ in starts]
    return [m.probability(per_sentence[sentence_of(spans, s)]) < m.veto for s in starts]


def sentence_of(spans: Sequence[tuple[int, int]], start: int) -> int:
    """The index of the sentence a position falls in (the last one before it, between them)."""
    index = 0
    for i, (s, _) in enumerate(spans):
        if s <= start:
            index = i
    return index


def reading(bad: Linear, per_sentence: Sequence[Collection[str]]) -> float:
    """The probability of "bad" the model gives a message: a quarter that of the message as a
    whole and three quarters that of its most suspect sentence, so one sour sentence in a long,
    warm email is not averaged away, nor is a message judged by one sentence alone."""
    whole = logistic(bad.margin(set().union(*per_sentence)))
    worst = max((logistic(bad.margin(f)) for f in per_sentence if f), default=0.0)
    return WHOLE * whole + (1.0 - WHOLE) * worst


def judge(plain: str, spans: Sequence[tuple[int, int]]) -> tuple[str, int, int] | None:
    """(category, start, end) of the most suspect sentence, when the message reads as bad."""
    m = model()
    per_sentence = [_kept_features(plain[s:e]) for s, e in spans]
    features = set().union(*per_sentence)
    if not features or reading(m.bad, per_sentence) < m.threshold:
        return None
    category = CONTROLLING if m.kind.margin(features) > 0 else NEGATIVE
    worst = max(range(len(spans)), key=lambda i: m.bad.margin(per_sentence[i]))
    start, end = spans[worst]
    return category, start, end
