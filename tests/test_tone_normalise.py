"""Normalisation before the tone scan: the quick path for text that is already in NFKC gives
exactly what the definition gives, character by character."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from followthrough import tone


def by_definition(text: str) -> tuple[str, list[int] | None]:
    """Each non-ASCII character in NFKC and plain marks; invisible characters dropped."""
    out: list[str] = []
    where: list[int] = []
    for i, c in enumerate(text):
        if c in tone._INVISIBLE:
            continue
        n = c if c.isascii() else unicodedata.normalize("NFKC", c).translate(tone._PLAIN)
        out.append(n)
        where.extend([i] * len(n))
    where.append(len(text))
    plain = "".join(out)
    return (text, None) if plain == text else (plain, where)


# typographic marks, invisible and compatibility characters, combining marks, Hangul, the
# ASCII grave accent (plain already, though its full-width form is not)
TRICKY = list("ab `\u2019\u2018\u201c\u201d\u00b4\u00a0\u200b\u00ad\u00e9e\ufb01\u2026\u0301")
TRICKY += list("\u0344\uac00\uac01\u2011\uff40\u2033\u00ab\u202f")
CHARS = st.sampled_from(TRICKY + [chr(i) for i in range(0x80, 0x3000, 37)])


@given(st.lists(CHARS, max_size=16).map("".join) | st.text(max_size=16))
def test_normalise_is_the_definition(text: str) -> None:
    assert tone.normalise(text) == by_definition(text)


def test_a_typographic_apostrophe_keeps_its_place_and_its_phrase() -> None:
    message = "Honestly, it\u2019s rude not to reply \u2014 why haven\u2019t you answered?"
    plain, where = tone.normalise(message)
    assert plain == message.replace("\u2019", "'") and where == list(range(len(message) + 1))
    hits = tone.scan(message)
    assert hits and all(h.phrase == message[h.start : h.end] for h in hits)
