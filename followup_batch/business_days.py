"""Business-day calendars per country/subdivision and vectorized offsets over them.

A business day is a day that is neither a weekend day nor a public holiday of the row's
country or subdivision, both as the ``holidays`` package defines them (its weekend too, so
Fri–Sat countries count correctly). Calendars are built once per run and reused; every offset
here works on whole arrays, grouping the rows by country, never looping over rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

import holidays
import numpy as np
import pandas as pd

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DEFAULT_WEEKEND = frozenset({5, 6})

DateArray = np.ndarray  # datetime64[D]; NaT where there is no date


def split_country(key: str) -> tuple[str, str | None]:
    """'US-CA' -> ('US', 'CA'); 'DE' -> ('DE', None)."""
    code, _, subdiv = key.partition("-")
    return code, (subdiv or None)


@dataclass(frozen=True)
class CountryCalendar:
    """The business days of one country key, as numpy understands them."""

    key: str
    weekend: frozenset[int]
    holiday_names: dict[dt.date, str]
    known: bool  # False when the holidays package does not know the key (weekends only)

    @cached_property
    def busdaycal(self) -> np.busdaycalendar:
        weekmask = [0 if day in self.weekend else 1 for day in range(7)]
        return np.busdaycalendar(weekmask=weekmask, holidays=sorted(self.holiday_names))

    def preferred_busdaycal(self, weekdays: frozenset[int]) -> np.busdaycalendar:
        """Business days that also fall on one of ``weekdays`` (the send window)."""
        weekmask = [1 if day in weekdays and day not in self.weekend else 0 for day in range(7)]
        if not any(weekmask):  # no preferred day is a working day here: fall back to all
            weekmask = [0 if day in self.weekend else 1 for day in range(7)]
        return np.busdaycalendar(weekmask=weekmask, holidays=sorted(self.holiday_names))

    def is_business_day(self, day: dt.date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holiday_names


def build_calendar(key: str, years: Iterable[int]) -> CountryCalendar:
    code, subdiv = split_country(key)
    try:
        table = holidays.country_holidays(code, subdiv=subdiv, years=list(years))
    except NotImplementedError:
        return CountryCalendar(key, DEFAULT_WEEKEND, {}, known=False)
    names = {day: name for day, name in sorted(table.items())}
    weekend = frozenset(getattr(table, "weekend", DEFAULT_WEEKEND))
    return CountryCalendar(key, weekend, names, known=True)


@dataclass
class Calendars:
    """All the calendars one run needs, built once for a span of years."""

    years: range
    _by_key: dict[str, CountryCalendar] = field(default_factory=dict)

    def get(self, key: str) -> CountryCalendar:
        calendar = self._by_key.get(key)
        if calendar is None:
            calendar = self._by_key[key] = build_calendar(key, self.years)
        return calendar

    @classmethod
    def covering(cls, first: dt.date, last: dt.date) -> Calendars:
        # Follow-ups run up to ~6 months past the last date seen (final + networking weeks),
        # so the span reaches two years beyond it.
        return cls(range(first.year - 1, last.year + 3))


class CountryGroups:
    """Row positions grouped by country key, computed once per frame."""

    def __init__(self, countries: np.ndarray, calendars: Calendars) -> None:
        codes, uniques = _factorize(countries)
        order = np.argsort(codes, kind="stable")
        bounds = np.searchsorted(codes[order], np.arange(len(uniques) + 1))
        self.groups: list[tuple[CountryCalendar, np.ndarray]] = [
            (calendars.get(str(key)), order[bounds[i]:bounds[i + 1]])
            for i, key in enumerate(uniques)
        ]
        self.size = len(countries)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.groups)


def _factorize(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    codes, uniques = pd.factorize(values)
    return codes, np.asarray(uniques)


def _as_int_array(n: np.ndarray | int, size: int) -> np.ndarray:
    return np.broadcast_to(np.asarray(n, dtype=np.int64), (size,))


def business_days_after(days: DateArray, n: np.ndarray | int, groups: CountryGroups) -> DateArray:
    """The n-th business day after each day (DESIGN: counting starts from the business day
    before a non-business day, so 1 bd after Saturday is Monday)."""
    out = np.full(groups.size, np.datetime64("NaT"), dtype="datetime64[D]")
    steps = _as_int_array(n, groups.size)
    for calendar, rows in groups:
        out[rows] = np.busday_offset(
            days[rows], steps[rows], roll="backward", busdaycal=calendar.busdaycal)
    return out


def roll_forward(days: DateArray, groups: CountryGroups) -> DateArray:
    """Each day if it is a business day, else the next business day."""
    out = np.full(groups.size, np.datetime64("NaT"), dtype="datetime64[D]")
    for calendar, rows in groups:
        out[rows] = np.busday_offset(days[rows], 0, roll="forward", busdaycal=calendar.busdaycal)
    return out


def next_preferred_day(
    days: DateArray, weekdays: frozenset[int], groups: CountryGroups
) -> DateArray:
    """The first business day on or after each day that falls on a preferred weekday."""
    out = np.full(groups.size, np.datetime64("NaT"), dtype="datetime64[D]")
    for calendar, rows in groups:
        out[rows] = np.busday_offset(
            days[rows], 0, roll="forward", busdaycal=calendar.preferred_busdaycal(weekdays))
    return out


def holidays_between(
    calendar: CountryCalendar, start: dt.date, end: dt.date
) -> list[tuple[dt.date, str]]:
    """Holidays strictly after ``start`` up to ``end`` that fall on a working weekday."""
    return [
        (day, name) for day, name in calendar.holiday_names.items()
        if start < day <= end and day.weekday() not in calendar.weekend
    ]
