"""Dates as real spreadsheets hold them: ISO, month or day first, month names, day numbers."""

from __future__ import annotations

import datetime as dt
import re

from .schema import MAX_YEAR, MIN_YEAR
from .sheet import Value

DATE_FORMS = "2026-11-20, 11/20/2026, 20/11/2026 (--dayfirst), Nov 20, 2026 or a serial number"

_MONTHS = {
    m: i
    for i, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for m in names
}
_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?")
_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[T ,].*)?")
_SERIAL = re.compile(r"\d{1,7}(?:\.\d+)?")
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL_FROM = 18264  # 1950-01-01


class NotADate(ValueError):
    pass


def parse_day(value: Value, dayfirst: bool = False) -> dt.date | None:
    """The date in a cell, None for an empty one; NotADate says what to write instead."""
    if isinstance(value, dt.datetime):
        return _plausible(value.date(), str(value))
    if isinstance(value, dt.date):
        return _plausible(value, str(value))
    if isinstance(value, int | float):
        return _serial(float(value), str(value))
    text = value.strip()
    if not text:
        return None
    if _SERIAL.fullmatch(text):
        return _serial(float(text), text)
    m = _ISO.fullmatch(text)
    if m:
        return _day(int(m[1]), int(m[2]), int(m[3]), text)
    m = _NUMERIC.fullmatch(text)
    if m:
        a, b, year = int(m[1]), int(m[3]), int(m[4])
        year += 2000 if len(m[4]) == 2 else 0
        first_day = dayfirst or m[2] == "."  # 20.11.2026 is always day first
        day, month = (a, b) if first_day else (b, a)
        if month > 12 and day <= 12:
            flag = "without --dayfirst" if first_day else "with --dayfirst"
            order = "day first" if first_day else "month first"
            raise NotADate(
                f"`{text}` is not a date read {order} (there is no month {month}); "
                f"if this file writes dates the other way, run again {flag}"
            )
        return _day(year, month, day, text)
    return _worded(text)


def _worded(text: str) -> dt.date:
    """Nov 20, 2026 / 20 November 2026 / Thursday, 20th Nov 2026."""
    month = day = year = None
    for token in re.findall(r"[A-Za-z]+|\d+(?::\d+)*", text):
        low = token.lower()
        if ":" in token:
            continue  # a time of day
        if low.isalpha():
            if low in _MONTHS and month is None:
                month = _MONTHS[low]
            elif low not in ("st", "nd", "rd", "th", "of", "at") and low[:3] not in _WEEKDAYS:
                break
        elif len(token) == 4 and year is None:
            year = int(token)
        elif len(token) <= 2 and day is None:
            day = int(token)
    if month is None or day is None or year is None:
        raise NotADate(f"`{text[:40]}` is not a date; write it as {DATE_FORMS}")
    return _day(year, month, day, text)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _serial(number: float, text: str) -> dt.date:
    """A spreadsheet's day count: 1 is 1900-01-01, and 1900 is counted as a leap year."""
    days = int(number)
    if days < _SERIAL_FROM:  # a small number is a count, not a day of this century
        raise NotADate(
            f"`{text}` is not a plausible date (as a spreadsheet day number it would be in "
            f"{_EXCEL_EPOCH.year + days // 365}); write it as {DATE_FORMS}"
        )
    day = _EXCEL_EPOCH + dt.timedelta(days=days if days > 60 else days + 1)
    return _plausible(day, text)


def _day(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return _plausible(dt.date(year, month, day), text)
    except ValueError:
        raise NotADate(f"`{text}` is not a real date; check the day and month") from None


def _plausible(day: dt.date, text: str) -> dt.date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise NotADate(
            f"`{text}` reads as {day}, not a plausible date (the year must be between "
            f"{MIN_YEAR} and {MAX_YEAR}); write it as YYYY-MM-DD"
        )
    return day
