"""The word lists of the tone checks, kept as data in tone_lexicon.toml beside this module."""

from __future__ import annotations

import tomllib
from importlib import resources
from typing import Any

from . import cache


class Lexicon:
    """The lists by name (`lexicon.ANGER`), each a tuple of regular-expression fragments."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._lists = {k: tuple(v) for k, v in data.items() if isinstance(v, list)}
        self.LEET: dict[str, str] = dict(data["LEET"])
        self.MASKS: str = str(data["MASKS"])

    def __getattr__(self, name: str) -> tuple[str, ...]:
        try:
            return self.__dict__["_lists"][name]  # type: ignore[no-any-return]
        except KeyError:
            raise AttributeError(name) from None

    def names(self) -> list[str]:
        return list(self._lists)


def load() -> Lexicon:
    """The lists of tone_lexicon.toml (parsed once and kept in the cache directory)."""
    source = resources.files(__package__ or "followthrough").joinpath("tone_lexicon.toml")
    raw = source.read_bytes()
    return Lexicon(cache.kept("tone-lexicon", raw, lambda: tomllib.loads(raw.decode("utf-8"))))
