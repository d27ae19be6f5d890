"""Days nobody should be nudged on: your time away, weekends and public holidays.

A `Calendar` is plain data handed to the agenda, which stays pure: the public holidays come
through a lookup function, made here from the `holidays` library by `holiday_lookup` (or, in a
test, from a dict).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .settings import Settings

# (country code, day) -> the holiday's name, or None on an ordinary day
HolidayLookup = Callable[[str, dt.date], str | None]
MAX_SHIFT = 3660  # days; a calendar that is never open stops here


@dataclass(frozen=True, slots=True)
class Away:
    start: dt.date  # your first day away
    end: dt.date  # your last day away
    note: str | None = None


def _no_holidays(country: str, day: dt.date) -> str | None:
    return None


@dataclass(frozen=True, slots=True)
class Calendar:
    business_days: bool = False
    country: str | None = None  # for leads without a country of their own
    away: tuple[Away, ...] = ()
    holiday: HolidayLookup = field(default=_no_holidays, compare=False)

    def away_on(self, day: dt.date) -> Away | None:
        return next((a for a in self.away if a.start <= day <= a.end), None)

    def closed(self, day: dt.date, country: str | None, business: bool) -> str | None:
        """Why `day` is no day for this action, or None when it is."""
        away = self.away_on(day)
        if away is not None:
            note = f" ({away.note.strip()})" if away.note and away.note.strip() else ""
            return f"you are away until {away.end}{note}"
        if not business:
            return None
        if day.weekday() >= 5:
            return f"a {day:%A}"
        where = country or self.country
        return self.holiday(where, day) if where else None

    def move(self, day: dt.date, country: str | None, business: bool) -> tuple[dt.date, str | None]:
        """The first open day from `day` on, and why it moved ("moved from 25 December: ...")."""
        first = day
        reasons: list[str] = []
        for _ in range(MAX_SHIFT):
            why = self.closed(day, country, business)
            if why is None:
                break
            if why not in reasons:
                reasons.append(why)
            away = self.away_on(day)
            day = (away.end if away is not None else day) + dt.timedelta(days=1)
        if day == first:
            return day, None
        note = f"moved from {first.day} {first:%B}: {reasons[0]}"
        rest = _weekend(reasons[1:])
        if rest:
            note += ", then " + (", ".join(rest[:-1]) + " and " if len(rest) > 1 else "") + rest[-1]
        return day, f"{note}, to {day:%A} {day.day} {day:%B}"


def _weekend(reasons: list[str]) -> list[str]:
    """A Saturday and the Sunday after it read as "the weekend"."""
    out: list[str] = []
    for why in reasons:
        if why == "a Sunday" and out and out[-1] == "a Saturday":
            out[-1] = "the weekend"
        else:
            out.append(why)
    return out


# ---- the holidays library ---------------------------------------------------------------------


@cache
def countries() -> dict[str, tuple[str, ...]]:
    """Supported country codes -> their subdivision codes."""
    import holidays

    return {code: tuple(subs) for code, subs in holidays.list_supported_countries().items()}


def country_problem(code: str, subdivision: str | None = None) -> str | None:
    """What is wrong with a country (and subdivision) code, or None."""
    from .schema import suggest

    known = countries()
    if code not in known:
        hint = suggest(code.upper(), list(known), cutoff=0.5)
        return (
            f"`{code}` is not a country code the holiday calendar knows{hint}; "
            "use an ISO 3166 code such as US, GB, DE or FR"
        )
    if subdivision is not None and subdivision not in known[code]:
        listed = ", ".join(known[code][:20]) or "none"
        return f"`{subdivision}` is not a subdivision of {code}; use one of: {listed}"
    return None


def holiday_lookup(country: str | None = None, subdivision: str | None = None) -> HolidayLookup:
    """Names of public holidays (in English where the library has them), a year at a time.

    The subdivision applies to `country` (the setting); a lead's own country counts its
    nationwide holidays.
    """
    import holidays

    @cache
    def year(code: str, number: int) -> dict[dt.date, str]:
        subdiv = subdivision if code == country else None
        try:
            probe = holidays.country_holidays(code, subdiv=subdiv)
        except (NotImplementedError, KeyError):
            return {}
        language = "en_US" if "en_US" in getattr(probe, "supported_languages", ()) else None
        found = holidays.country_holidays(code, subdiv=subdiv, years=number, language=language)
        return dict(found.items())

    def lookup(code: str, day: dt.date) -> str | None:
        return year(code, day.year).get(day)

    return lookup


def calendar(settings: Settings) -> Calendar:
    """The calendar the settings describe, with the public holidays when a country is set."""
    lookup: HolidayLookup = _no_holidays
    if settings.business_days:
        lookup = holiday_lookup(settings.country, settings.subdivision)
    return Calendar(settings.business_days, settings.country, settings.away, lookup)
