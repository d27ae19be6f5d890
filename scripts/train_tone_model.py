#!/usr/bin/env python3
"""Train the weights of followthrough's tone model (plugins/followthrough/tone_model.json).

    .venv/bin/python scripts/train_tone_model.py           # write the weights
    .venv/bin/python scripts/train_tone_model.py --check   # exit 1 if the shipped file differs

Reads the train and dev splits of tests/tone_corpus/ (never the test split) and the labelled
examples the rules were written from (tests/test_tone.py, tests/tone_holdout*.py).
Deterministic: the same corpus gives the same file byte for byte. Two logistic regressions
over the features of `followthrough.tone_model`, fitted by AdaGrad with L2, in a fixed order:

- `bad`: negative or controlling against polite;
- `kind`: among the bad ones, controlling against negative (names the finding's category).

Two cut-offs on `bad` come from five-fold out-of-fold scores. The threshold (on
`tone_model.reading`): of the polite messages the rules pass, the model flags at most 0.5 % of all
polite messages. The veto: of the bad messages the rules catch, the model overrules every hit of
at most 0.5 % (a hit stands when it is plain, or when the message or the sentence holding it
reads as bad past the veto).
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Sequence
from hashlib import blake2b
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "plugins"), str(ROOT / "tests")]

from followthrough import tone, tone_model  # noqa: E402

CORPUS = ROOT / "tests" / "tone_corpus"
SPLITS = ("train", "dev")
L2 = 3e-3
RATE = 0.2
EPOCHS = 30
MIN_COUNT = 2  # a feature seen in fewer training messages gets no weight
FOLDS = 5
ALARMS = 0.005  # out-of-fold false alarms allowed, as a share of polite messages
OVERRULED = 0.005  # out-of-fold catches of the rules the veto may lose, as a share of them
SEED = 20261203
DIGITS = 4


def sentence_features(text: str) -> list[frozenset[str]]:
    """The features of each sentence of a message, as `tone_model` reads them at run time."""
    plain, _ = tone.normalise(text)
    return [frozenset(tone_model.sentence_features(plain[s:e])) for s, e in tone.sentences(plain)]


def fit(rows: Sequence[tuple[frozenset[str], float]]) -> tone_model.Linear:
    counts = Counter(f for x, _ in rows for f in x)
    # the scale counts every feature, known or not, as `tone_model` does at run time
    data = [
        (sorted(f for f in x if counts[f] >= MIN_COUNT), y, tone_model.scale(len(x)))
        for x, y in rows
    ]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    bias = 0.0
    bias_square = 1e-8
    order = list(range(len(data)))
    shuffle = random.Random(SEED)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for i in order:
            x, y, v = data[i]
            z = bias + sum(weights.get(f, 0.0) for f in x) * v
            g = tone_model.logistic(z) - y
            for f in x:
                w = weights.get(f, 0.0)
                gf = g * v + L2 * w
                squares[f] = squares.get(f, 1e-8) + gf * gf
                weights[f] = w - RATE * gf / math.sqrt(squares[f])
            bias_square += g * g
            bias -= RATE * g / math.sqrt(bias_square)
    kept = {f: round(w, DIGITS) for f, w in sorted(weights.items()) if round(w, DIGITS) != 0}
    return tone_model.Linear(round(bias, DIGITS), kept)


def fold(text: str) -> int:
    return blake2b(text.encode("utf-8"), digest_size=4).digest()[0] % FOLDS


def cut_offs(
    rows: Sequence[dict[str, str]],
    sentences: Sequence[list[frozenset[str]]],
    xs: Sequence[frozenset[str]],
) -> tuple[float, float]:
    """(threshold, veto) from out-of-fold probabilities of "bad" (`xs`: each row's features)."""
    bad = [r["label"] != "polite" for r in rows]
    folds = [fold(r["text"]) for r in rows]
    models = [
        fit([(x, float(b)) for x, b, f in zip(xs, bad, folds, strict=True) if f != k])
        for k in range(FOLDS)
    ]
    scores = [
        tone_model.reading(models[f], per_sentence)
        for per_sentence, f in zip(sentences, folds, strict=True)
    ]
    plains = [tone.normalise(r["text"])[0] for r in rows]
    hits = [tone.scan(p, model=False) for p in plains]
    passed = sorted(
        (s for b, s, h in zip(bad, scores, hits, strict=True) if not b and not h), reverse=True
    )
    allowed = int(ALARMS * bad.count(False))
    threshold = passed[allowed] + 10**-DIGITS if allowed < len(passed) else 0.5
    # how strongly each caught bad message stands against a veto: its strongest hit
    stands = []
    for i in range(len(rows)):
        if not bad[i] or not hits[i]:
            continue
        spans = list(tone.sentences(plains[i]))
        stand = tone_model.standing(plains[i], spans, models[folds[i]])
        stands.append(
            max(
                1.0 if h.category in tone.PLAIN_CATEGORIES
                else stand[tone_model.sentence_of(spans, h.start)]
                for h in hits[i]
            )
        )  # fmt: skip
    stands.sort()
    lost = int(OVERRULED * len(stands))
    veto = stands[lost] if lost < len(stands) else 0.0
    return round(threshold, DIGITS), round(veto, DIGITS)


def examples() -> list[dict[str, str]]:
    """The rules' own examples, as corpus rows."""
    import test_tone
    import tone_holdout
    import tone_holdout2

    label = {tone.NEGATIVE: "negative", tone.CONTROLLING: "controlling"}
    bad = [*test_tone.TRAINING_BAD, *((m, r) for r, m in tone_holdout.BAD + tone_holdout2.BAD)]
    fine = [*test_tone.TRAINING_FINE, *tone_holdout.FINE, *tone_holdout2.FINE]
    return [{"label": label[r], "text": m} for m, r in bad] + [
        {"label": "polite", "text": m} for m in fine
    ]


def train() -> dict[str, object]:
    rows = [r for s in SPLITS for r in yaml.safe_load((CORPUS / f"{s}.yaml").read_text("utf-8"))]
    rows += examples()
    sentences = [sentence_features(r["text"]) for r in rows]
    xs = [frozenset().union(*per_sentence) for per_sentence in sentences]
    bad = fit([(x, float(r["label"] != "polite")) for x, r in zip(xs, rows, strict=True)])
    kind = fit(
        [(x, float(r["label"] == "controlling")) for x, r in zip(xs, rows, strict=True)
         if r["label"] != "polite"]
    )  # fmt: skip
    threshold, veto = cut_offs(rows, sentences, xs)
    return {
        "about": "weights of followthrough.tone_model; written by scripts/train_tone_model.py",
        "threshold": threshold,
        "veto": veto,
        "bad": {"bias": bad.bias, "weights": bad.weights},
        "kind": {"bias": kind.bias, "weights": kind.weights},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped weights")
    args = parser.parse_args()
    text = json.dumps(train(), indent=0, sort_keys=True, ensure_ascii=False) + "\n"
    if args.check:
        same = tone_model.WEIGHTS.read_text(encoding="utf-8") == text
        print("the shipped weights are what the corpus trains" if same else "weights differ")
        return 0 if same else 1
    tone_model.WEIGHTS.write_text(text, encoding="utf-8")
    print(f"wrote {tone_model.WEIGHTS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
