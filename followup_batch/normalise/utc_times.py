"""UTC timestamps read as the day they fell on where the row is.

Huntr, Simplify, Trello and Airtable's API write every time in UTC (``2026-11-20T01:30:00Z``),
so an interview after about 7 PM in New York is written on the next day's date (ot113 F2: a
thank-you "for speaking with me on Friday" after a Thursday-evening call, with no word on the
row). When every time zone of the row's country puts the moment on one day, that day is read;
when its zones disagree (a moment that is the evening before in California and the morning in
New York is none of an interview's), the UTC day stays and the row says which other day it
may be. Either way the Problems cell says the cell was a UTC time and how it was read. Every
date column is read so: a thank-you sent at 8:30 PM in New York is the next day in UTC, which
read as written was a message "sent in the future" on that evening's run.

Exactly midnight UTC (``2026-11-20T00:00:00.000Z``) is how Huntr, Simplify and the JavaScript
date pickers of many web apps store a date picked without a time, so it is that date, not an
evening the day before in the Americas (ot136 F1: a Friday interview thanked on Thursday). A
column whose stamps are all midnight is a column of dates and nothing is said; where other
stamps of the column carry a real time, a midnight one is still read as the date written and
its row says so, since it is the one time not converted.

The zones of each country are the time zone database's own table (``zone.tab``), from the
tzdata package when installed, else the system's; where neither is (Windows without tzdata)
no zone is known and the day written stays, as before.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib.resources
import re
import zoneinfo
from pathlib import Path

import numpy as np
import pandas as pd

from followup_batch.normalise.cells import distinct
from followup_batch.normalise.row_dates import country_named

# An ISO date-time in UTC, as the apps' exports write one: "2026-11-20T01:30:00.000Z",
# "2026-11-20 01:30:00 UTC", "2026-11-20T01:30:00+00:00", Postgres's "2026-11-20
# 01:30:00.123456+00" (casefolded, stripped).
_UTC_STAMP = re.compile(
    r"(?P<day>\d{4}-\d\d-\d\d)[t ](?P<h>\d\d):(?P<mi>\d\d)"
    r"(?::(?P<s>\d\d)(?:\.(?P<frac>\d{1,9}))?)? ?(?:z|utc|gmt|\+00(?::?00)?)"
)


def utc_moment(value: object) -> dt.datetime | None:
    """The moment a cell's UTC timestamp names (``_UTC_STAMP``), else None."""
    if not isinstance(value, str):
        return None
    found = _UTC_STAMP.fullmatch(value.strip().casefold())
    if found is None:
        return None
    try:
        day = dt.date.fromisoformat(found["day"])
        fraction = (found["frac"] or "").ljust(6, "0")[:6]
        at = dt.time(int(found["h"]), int(found["mi"]), int(found["s"] or 0), int(fraction))
    except ValueError:
        return None
    return dt.datetime.combine(day, at, tzinfo=dt.UTC)


def _zone_table() -> str:
    """The time zone database's ``zone.tab`` (country code, place, zone per line), from the
    tzdata package, else the first system directory zoneinfo reads zones from; empty text when
    neither holds it."""
    try:
        return (importlib.resources.files("tzdata.zoneinfo") / "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    for folder in zoneinfo.TZPATH:
        table = Path(folder) / "zone.tab"
        if table.is_file():
            return table.read_text("utf-8")
    return ""


@functools.cache
def country_zones() -> dict[str, tuple[str, ...]]:
    """Each country's time zones, by its two-letter code ('US': America/New_York, …,
    Pacific/Honolulu); empty when the database is not installed (``_zone_table``)."""
    zones: dict[str, list[str]] = {}
    for line in _zone_table().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        code, _, name, *_ = line.split("\t")
        zones.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in zones.items()}


def local_days(moment: dt.datetime, country: str) -> frozenset[dt.date]:
    """The days ``moment`` falls on across ``country``'s time zones ('US-CA' is the United
    States'); empty when none is known."""
    days = set()
    for name in country_zones().get(country.split("-")[0], ()):
        try:
            days.add(moment.astimezone(zoneinfo.ZoneInfo(name)).date())
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
    return frozenset(days)


UTC_READ_LOCAL = (
    "is a UTC time: read as {local:%a %Y-%m-%d}, its day in {place} ({utc:%a %Y-%m-%d} in UTC)"
)
UTC_MIDNIGHT_AS_DATE = (
    "is midnight UTC, the way apps store a date picked without a time: read as the date "
    "written, {utc:%a %Y-%m-%d}, though the column's other UTC times are read as their day in "
    "{place} (as a time it would be {others}): write the local date if a time was meant"
)
UTC_KEPT = (
    "is a UTC time, read as its day in UTC, {utc:%a %Y-%m-%d}; in {place} it was {others} in "
    "some of its time zones: write the local date if that is meant"
)


def read_in_local_time(
    values: pd.Series,
    read: np.ndarray,
    countries: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """``read`` (a date column's dates), each UTC timestamp's day made its day where the row is
    when all of its country's zones agree on it (``countries``: each row's calendar code), and
    the reasons to say on those rows (None elsewhere); a date not read from a UTC timestamp,
    or from one at exactly midnight UTC (a date without a time), is left alone.

    Returns (dates, reasons) as new arrays aligned with the column.
    """
    dates = np.array(read, dtype="datetime64[ns]")
    reasons = np.full(len(values), None, dtype=object)
    moments = distinct(values, utc_moment).column()
    stamped = np.flatnonzero(pd.notna(moments))
    midnight = {i for i in stamped if moments[i].time() == dt.time(0)}
    # Decided per column: only beside real times is a midnight stamp worth a word.
    timed_column = len(midnight) < len(stamped)
    for i in stamped:
        moment, country = moments[i], countries[i]
        utc = moment.date()
        if not isinstance(country, str) or dates[i] != np.datetime64(utc, "ns"):
            continue
        days = local_days(moment, country)
        if not days or days == {utc}:
            continue
        place = country_named(country)
        if i in midnight:
            if timed_column:
                others = " or ".join(f"{d:%a %Y-%m-%d}" for d in sorted(days - {utc}))
                reasons[i] = UTC_MIDNIGHT_AS_DATE.format(utc=utc, place=place, others=others)
        elif len(days) == 1:
            (local,) = days
            dates[i] = np.datetime64(local, "ns")
            reasons[i] = UTC_READ_LOCAL.format(local=local, place=place, utc=utc)
        else:
            others = " or ".join(f"{d:%a %Y-%m-%d}" for d in sorted(days - {utc}))
            reasons[i] = UTC_KEPT.format(utc=utc, place=place, others=others)
    return dates, reasons
