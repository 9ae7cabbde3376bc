"""Business-day calendars per country/subdivision and vectorized offsets over them.

A business day is a day that is neither a weekend day nor a public holiday of the row's
country or subdivision, both as the ``holidays`` package defines them (its weekend too, so
Fri–Sat countries count correctly), or a weekend day the government made a working day (its
``weekend_workdays``: China's make-up Saturdays around Spring Festival). Calendars are built
once per run and reused; every offset here works on whole arrays, grouping the rows by
country, never looping over rows.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

import holidays
import numpy as np

from followup_batch.normalise.calendar_places import calendar_named
from followup_batch.normalise.cities import ASSUMPTION_CALENDAR

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DEFAULT_WEEKEND = frozenset({5, 6})
# A date inside a holiday's name, as ``holidays`` writes it in English: 'Day off (substituted
# from 02/14/2026)'. The Why writes dates year first.
_NAMED_DATE = re.compile(r"\b(?P<month>\d{2})/(?P<day>\d{2})/(?P<year>\d{4})\b")

DateArray = np.ndarray  # datetime64[D]; NaT where there is no date


# Regions that keep another's holidays, which the ``holidays`` package gives none of their
# own: each with the subdivision whose calendar it keeps and what the Why says of it. New
# Zealand's anniversary days are the old provinces' (abolished in 1876), not today's regions':
# Waikato, Bay of Plenty and Gisborne were the Auckland Province and keep Auckland
# Anniversary Day, as the package has Northland keep it; Manawatū-Whanganui (Palmerston
# North, Whanganui) was the Wellington Province and keeps Wellington's; its few towns north
# of the 39th parallel (Taumarunui) keep Auckland's, but the region is read where most of its
# people are.
PROVINCE_CALENDARS: dict[str, tuple[str, str]] = {
    f"NZ-{region}": (
        kept,
        f"{name} keeps {province} Anniversary Day, as part of the old {province} Province",
    )
    for region, name, kept, province in (
        ("WKO", "Waikato", "AUK", "Auckland"),
        ("BOP", "Bay of Plenty", "AUK", "Auckland"),
        ("GIS", "Gisborne", "AUK", "Auckland"),
        ("MWT", "Manawatū-Whanganui", "WGN", "Wellington"),
    )
}


# Calendars of a region's towns that keep one of the package's categories besides the region's
# public holidays, each with the region's subdivision, that category and how the Why and
# ``check`` name it: Bavaria's Catholic towns keep Assumption Day, 15 August, Saxony's and
# Thuringia's Corpus Christi (the package's 'catholic' category for BY, SN and TH:
# ``cities.CATHOLIC_TOWNS``).
CATEGORY_CALENDARS: dict[str, tuple[str, str, str]] = {
    ASSUMPTION_CALENDAR: ("BY", holidays.CATHOLIC, "DE-BY (Catholic towns)"),
    "DE-SN-Catholic": ("SN", holidays.CATHOLIC, "DE-SN (Catholic towns)"),
    "DE-TH-Catholic": ("TH", holidays.CATHOLIC, "DE-TH (Catholic towns)"),
}

# What the Why of a row on a region's calendar says when its count passes a weekday that the
# region's Catholic towns keep and the region works (the package's 'catholic' category for it:
# Bavaria's Assumption Day, 15 August; Saxony's and Thuringia's Corpus Christi): which towns
# keep it, and how to count it (``cities.CATHOLIC_TOWNS``).
CATHOLIC_DAY_NOTES: dict[str, str] = {
    "DE-BY": (
        "{name}, {day}, was counted as a working day: it is a day off only in Bavaria's "
        "Catholic-majority towns (Munich, Augsburg, Regensburg, Würzburg; not Nuremberg or "
        "Erlangen), so write such a town in the Location or City cell to count it"
    ),
    "DE-SN": (
        "{name}, {day}, was counted as a working day: it is a day off only in Saxony's "
        "Sorbian Catholic towns (Crostwitz, Nebelschütz, Panschwitz-Kuckau, Räckelwitz, "
        "Ralbitz-Rosenthal; not Dresden or Leipzig), so write such a town in the Location or "
        "City cell to count it"
    ),
    "DE-TH": (
        "{name}, {day}, was counted as a working day: it is a day off only in Thuringia's "
        "Catholic Eichsfeld (Heilbad Heiligenstadt, Leinefelde-Worbis, Dingelstädt; not Erfurt "
        "or Jena), so write such a town in the Location or City cell to count it"
    ),
}


def catholic_day_worked(key: str, first: dt.date, last: dt.date) -> tuple[str, dt.date] | None:
    """The name and date of the first weekday after ``first`` and on or before ``last`` that a
    region's Catholic towns keep and its calendar works, for a row on a calendar of
    ``CATHOLIC_DAY_NOTES`` ('Assumption Day', 2025-08-15 on DE-BY; 'Corpus Christi',
    2026-06-04 on DE-SN); None for any other calendar or span (2027's 15 August is a Sunday)."""
    if key not in CATHOLIC_DAY_NOTES:
        return None
    country, sub = key.split("-")
    days = _catholic_days(country, sub, first.year, last.year)
    return next(((n, d) for d, n in days if first < d <= last and d.weekday() < 5), None)


@functools.lru_cache(maxsize=64)
def _catholic_days(country: str, sub: str, start: int, end: int) -> tuple[tuple[dt.date, str], ...]:
    """The days of the package's 'catholic' category for a region, oldest first, in English."""
    days = holidays.country_holidays(
        country,
        subdiv=sub,
        categories=(holidays.CATHOLIC,),
        years=range(start, end + 1),
        language="en_US",
    )
    return tuple(sorted(days.items()))


def calendar_title(key: str) -> str:
    """How the Why and ``check`` name a calendar: by its place with its key, as Problems and
    the notes do ('England (GB-ENG)', 'Israel (IL)': ``calendar_places.calendar_named``; fx244
    left the Why's 'On the GB-SCT calendar' to a person who wrote Scotland), a city's own
    calendar by the city ('São Paulo (city)', not the package's 'BR-São Paulo Capital':
    ``cities.CITY_CALENDARS``), and Bavaria's Catholic towns' as 'DE-BY (Catholic towns)'
    (``CATEGORY_CALENDARS``)."""
    if key in CATEGORY_CALENDARS:
        return CATEGORY_CALENDARS[key][2]
    return calendar_named(key)


def split_country(key: str) -> tuple[str, str | None]:
    """'US-CA' -> ('US', 'CA'); 'DE' -> ('DE', None): the ``holidays`` package's country and
    subdivision whose holidays ``key``'s are ('NZ-WKO' -> ('NZ', 'AUK'):
    ``PROVINCE_CALENDARS``; 'DE-BY-Catholic' -> ('DE', 'BY'): ``CATEGORY_CALENDARS``)."""
    if key in PROVINCE_CALENDARS:
        return key.split("-")[0], PROVINCE_CALENDARS[key][0]
    if key in CATEGORY_CALENDARS:
        return key.split("-")[0], CATEGORY_CALENDARS[key][0]
    code, _, subdiv = key.partition("-")
    return code, (subdiv or None)


@dataclass(frozen=True)
class CountryCalendar:
    """The business days of one country key, as numpy understands them."""

    key: str
    weekend: frozenset[int]  # the weekend now
    holiday_names: dict[dt.date, str]
    known: bool  # False when the holidays package does not know the key (weekends only)
    years: range = range(0)  # the years its holidays were made for
    # The weekends it had before, each with its last day, oldest first: the UAE's Friday and
    # Saturday until 2021-12-31 (``weekends_of``). Empty for most countries.
    earlier_weekends: tuple[tuple[dt.date, frozenset[int]], ...] = ()
    # Weekend days worked to bridge a holiday (China's Saturday 2026-02-14 before Spring
    # Festival): business days, as ``holidays``' is_working_day says.
    make_up_days: frozenset[dt.date] = frozenset()
    # The config's days off (``days_off``) that are no holiday here, among ``holiday_names``
    # as "your day off": counted apart in ``check``'s line.
    days_off: frozenset[dt.date] = frozenset()

    def weekend_on(self, day: dt.date) -> frozenset[int]:
        """The weekend of the week ``day`` is in."""
        for last, weekend in self.earlier_weekends:
            if day <= last:
                return weekend
        return self.weekend

    def weekend_mask(self, days: DateArray) -> np.ndarray:
        """Whether each day is a weekend day, by the weekend of its own date."""
        weekdays = (days.astype(np.int64) - 4) % 7  # 1970-01-01 was a Thursday
        weekends = [*(weekend for _, weekend in self.earlier_weekends), self.weekend]
        table = np.array([[day in weekend for day in range(7)] for weekend in weekends])
        lasts = np.array([last for last, _ in self.earlier_weekends], dtype="datetime64[D]")
        return table[np.searchsorted(lasts, days, side="left"), weekdays]  # type: ignore[no-any-return]

    def working_mask(self, days: DateArray) -> np.ndarray:
        """Whether each day is a business day: a weekday of its date's week or a make-up
        working day, and not a holiday."""
        working = ~self.weekend_mask(days) | np.isin(days, self._make_up_array)
        return working & ~np.isin(days, self._holiday_array)  # type: ignore[no-any-return]

    @cached_property
    def working_holidays(self) -> tuple[list[dt.date], list[str]]:
        """The holidays on working weekdays, sorted, for bisecting (explanations)."""
        pairs = sorted(
            (day, name)
            for day, name in self.holiday_names.items()
            if day.weekday() not in self.weekend_on(day)
        )
        return [day for day, _ in pairs], [name for _, name in pairs]

    def after(self, start: dt.date, n: int) -> dt.date:
        """The n-th business day after ``start``, counted from the business day on or before
        it (as ``numpy.busday_offset(..., roll="backward")`` counts), within its years."""
        days = self.business_days(self.years.start, self.years.stop - 1)
        return days[bisect.bisect_right(days, start) - 1 + n]

    def business_days(self, first_year: int, last_year: int) -> tuple[dt.date, ...]:
        """Its business days from 1 January ``first_year`` to 31 December ``last_year``, made
        once per span: every workbook of a run asks for the same (its calendars sheet)."""
        span = (first_year, last_year)
        if span not in self._business_days:
            days = np.arange(
                np.datetime64(f"{first_year}-01-01"),
                np.datetime64(f"{last_year + 1}-01-01"),
                dtype="datetime64[D]",
            )
            self._business_days[span] = tuple(days[self.working_mask(days)].astype(object).tolist())
        return self._business_days[span]

    @cached_property
    def _business_days(self) -> dict[tuple[int, int], tuple[dt.date, ...]]:
        return {}

    @cached_property
    def _holiday_array(self) -> np.ndarray:
        return np.array(sorted(self.holiday_names), dtype="datetime64[D]")

    @cached_property
    def _make_up_array(self) -> np.ndarray:
        return np.array(sorted(self.make_up_days), dtype="datetime64[D]")

    @cached_property
    def make_up_list(self) -> list[dt.date]:
        """Its make-up working days, sorted, for bisecting (explanations)."""
        return sorted(self.make_up_days)

    def is_holiday(self, days: DateArray) -> np.ndarray:
        """Whether each day is one of the country's holidays, whatever the weekday (the
        config's days off are yours, not the country's: not counted here)."""
        days_off = np.array(sorted(self.days_off), dtype="datetime64[D]")
        return np.isin(days, self._holiday_array) & ~np.isin(days, days_off)  # type: ignore[no-any-return]

    def is_business_day(self, day: dt.date) -> bool:
        working = day.weekday() not in self.weekend_on(day) or day in self.make_up_days
        return working and day not in self.holiday_names


HOLIDAY_LANGUAGE = "en_US"  # every calendar with translations has it; the rest are English


@functools.cache
def holiday_language(code: str) -> str:
    """The English a country's calendar names its holidays in: its own where the package has
    it (en_AU 'Labour Day', en_CA, en_IE, en_IN), not the United States' ('Labor Day'), which
    an Australian reads as a mistake; US English for the calendars translated into no English
    of their own (names stay English, the tool's language, never the local one)."""
    calendar = getattr(holidays, code, None)
    own = getattr(calendar, "default_language", None) or ""
    if own.startswith("en"):
        return str(own)
    english = sorted(
        str(language)
        for language in getattr(calendar, "supported_languages", ()) or ()
        if language.startswith("en_") and language != HOLIDAY_LANGUAGE
    )
    return english[0] if english else HOLIDAY_LANGUAGE


@dataclass(frozen=True)
class OfficesClose:
    """Days the ``holidays`` package lists for a country outside its public holidays that its
    offices close on all the same: one of its categories, all of it or the days of the English
    ``names`` only, quoted in the Why as ``called`` when the package's name misleads."""

    category: str
    names: tuple[str, ...] = ()
    called: str | None = None

    def takes(self, name: str) -> bool:
        return not self.names or name in self.names


# Why each: BR Carnival Monday and Tuesday close most offices (not Ash Wednesday, a morning
# off; nor Corpus Christi, a holiday of some cities only). SE's de facto days (Midsummer Eve,
# Christmas Eve, New Year's Eve) are days off by nearly every collective agreement and the
# package files them apart from its half days. JP's bank days (Dec 31, Jan 2, Jan 3) are the
# year-end closure of government offices (by law) and of most companies. DK Christmas Eve and
# New Year's Eve are days off in most agreements (not Constitution Day or May Day, often a
# half day). Not here: FI's Christmas and Midsummer Eves are public holidays already; NO and DE
# close many offices on Dec 24 and 31 but the package lists no such category (``days_off`` in
# the config says so for an office); AT, LU, IS (bank, half days) and US, BR Dec 24 and 31
# close only some. HK's general holidays (the package's optional category: Good Friday and
# the day following it, until they become statutory ones) are the days banks, government and
# most offices close; its statutory list is the minimum for workers under the Employment
# Ordinance (its offices' Monday-Friday week: ``OFFICE_WEEK``). St
# Helena's government holidays (New Year's Day, Whit Monday, the August Bank Holiday) are the
# island's public and bank holidays beside the package's public list: its government, bank and
# offices close (ot103 F3: 5 bd after Tue 2025-12-30 counted New Year's Day).
OFFICES_CLOSE: dict[str, OfficesClose] = {
    "BR": OfficesClose(holidays.OPTIONAL, ("Carnival",)),
    "DK": OfficesClose(holidays.OPTIONAL, ("Christmas Eve", "New Year's Eve")),
    "HK": OfficesClose(holidays.OPTIONAL),
    "JP": OfficesClose(holidays.BANK, called="New Year holiday"),
    "SE": OfficesClose(holidays.DE_FACTO),
    "SH": OfficesClose(holidays.GOVERNMENT),
}


# The days offices close each week where the package's weekend is the labour law's weekly rest
# day, a Sunday only, and not the week offices keep. In each of these the government and
# white-collar employers work Monday to Friday (Hong Kong's government since 2006, its banks
# and most offices too; Venezuela's law gives two rest days a week since 2012; Paraguay's, DR
# Congo's, Niger's, Anguilla's, St Kitts and Nevis's and Tokelau's public administrations), so
# a follow-up due on a Saturday would land when no recruiter reads it, and a shop or branch
# open on Saturdays still reads its mail on weekdays (ot62 F2 for Hong Kong; ot139 found the
# others still counting Saturdays). The package's observed days (a Sunday holiday moved to the
# Monday) stay its own.
OFFICE_WEEK: dict[str, frozenset[int]] = dict.fromkeys(
    ("AI", "CD", "HK", "KN", "NE", "PY", "TK", "VE"), DEFAULT_WEEKEND
)


# Days off of a country written without its region that the package's national list leaves
# out, by a category and the names of it taken. Canada's national list is the five holidays
# every province keeps (New Year's, Good Friday, Canada Day, Labour Day, Christmas); Boxing
# Day (and its observed Monday, 2026-12-28) is a general holiday of the Canada Labour Code,
# so federally regulated employers (banks, telecoms, airlines) close on it, as Ontario's
# employers and most others do (ot134 F3: a row in "Canada" counted Mon 2026-12-28 as a
# working day, Toronto's skipped it). Not the package's government category whole: it brings
# Remembrance Day, Truth and Reconciliation Day, Victoria Day and Thanksgiving, which many
# provinces' offices work. A province's row keeps its own calendar (Quebec works 26 December).
COUNTRY_ALONE_CLOSE: dict[str, OfficesClose] = {
    "CA": OfficesClose(holidays.OPTIONAL, ("Boxing Day", "Boxing Day (observed)")),
}


def offices_close(key: str) -> OfficesClose | None:
    """The days besides its public holidays that the calendar ``key`` counts as days off: its
    town's category (``CATEGORY_CALENDARS``: Munich's Assumption Day), else, for a country
    alone, ``COUNTRY_ALONE_CLOSE``, else its country's (``OFFICES_CLOSE``)."""
    if key in CATEGORY_CALENDARS:
        return OfficesClose(CATEGORY_CALENDARS[key][1])
    if key in COUNTRY_ALONE_CLOSE:
        return COUNTRY_ALONE_CLOSE[key]
    return OFFICES_CLOSE.get(key.split("-")[0])


# Public holidays the ``holidays`` package lists that offices of the country work on all the
# same, by their English name. NL's Good Friday (Goede Vrijdag) is not among the general
# holidays of the Algemene termijnenwet (New Year, Easter and Whit Mondays, King's Day,
# Liberation Day, Ascension, the two Christmas days), and most Dutch employers work it: a
# count across Easter would land a business day late.
OFFICES_OPEN: dict[str, tuple[str, ...]] = {
    "NL": ("Good Friday",),
}


# Countries whose national calendar in the ``holidays`` package lacks days off that every one
# of their subdivisions keeps, which a row without its region counts all the same: every office
# there is closed. Australia's observed days are each state's law, not the Commonwealth's, so
# the national list has Christmas on Saturday 2027-12-25 and not Mon-Tue 12-27/28 (nor Boxing
# Day's Mon 2026-12-28, New Year's Mon 2028-01-03, Australia Day's Mon 2025-01-27); Bosnia and
# Herzegovina's three entities each close Mon 2027-05-03 (Labour Day observed, or Orthodox
# Easter Monday). A test keeps this list to what the package says (``kept_everywhere``).
EVERY_REGION = frozenset({"AU", "BA"})


def kept_everywhere(
    code: str, years: Iterable[int], national: Mapping[dt.date, str], language: str | None
) -> dict[dt.date, str]:
    """The days off every subdivision of ``code`` keeps over ``years`` that its ``national``
    calendar lacks, each named as most subdivisions name it (a tie: as the first listed)."""
    kinds = holidays.country_holidays(code).subdivisions
    tables = [
        holidays.country_holidays(code, subdiv=sub, years=list(years), language=language)
        for sub in kinds
    ]
    if not tables:
        return {}
    days = set(tables[0]).intersection(*tables[1:]) - set(national)
    kept = {}
    for day in sorted(days):
        names = [part for table in tables for part in holiday_parts(table[day])]
        kept[day] = max(dict.fromkeys(names), key=names.count)  # the first of the most named
    return kept


# Holidays whose English name in the package is a literal translation no one says, by country:
# Brazil's 1 January ("Confraternização Universal") is New Year's Day to its people too.
CALLED: dict[str, dict[str, str]] = {"BR": {"Universal Fraternization Day": "New Year's Day"}}


def holiday_parts(name: str) -> list[str]:
    """The holidays of one day as the ``holidays`` package names it, which joins two with
    "; " (Norway's 17 May 2027, "Constitution Day; Pentecost Monday")."""
    return str(name).split("; ")


def called(code: str, name: str) -> str:
    """How the Why names ``code``'s holiday ``name`` (``CALLED``)."""
    return CALLED.get(code, {}).get(name, name)


# How the Why names a day of the config's ``days_off``: "skipped your day off Thu 12-24".
DAY_OFF_NAME = "your day off"


def build_calendar(
    key: str, years: Iterable[int], days_off: frozenset[dt.date] = frozenset()
) -> CountryCalendar:
    """The calendar of a country key over ``years``, with the config's ``days_off`` (days
    your office closes, whatever the country) among its holidays."""
    calendar = _package_calendar(key, years)
    off = frozenset(
        day for day in days_off if day not in calendar.holiday_names and day.year in calendar.years
    )
    if not off:
        return calendar
    names = dict(sorted({**calendar.holiday_names, **dict.fromkeys(off, DAY_OFF_NAME)}.items()))
    return replace(calendar, holiday_names=names, days_off=off)


def _package_calendar(key: str, years: Iterable[int]) -> CountryCalendar:
    code, subdiv = split_country(key)
    try:
        # Names in English whatever the machine's locale: ``holidays`` otherwise follows LANG,
        # and a cron job (LANG=C: "Jour de l'an") and a person's terminal ("New Year's Day")
        # would rewrite each other's Why cells, and rotate the backups out, night after night.
        with warnings.catch_warnings():
            # "Requested Holidays are available only from 2001 to 2035" (India's lunar holidays
            # are a table): years outside keep the fixed-date, Easter and estimated Islamic
            # ones, as the README says; a warning on stderr would break -q and cron's silence.
            warnings.filterwarnings("ignore", "Requested Holidays are available only")
            table = holidays.country_holidays(
                code, subdiv=subdiv, years=list(years), language=holiday_language(code)
            )
            closed = offices_close(key)
            if closed is not None:
                extra = holidays.country_holidays(
                    code,
                    subdiv=subdiv,
                    years=list(years),
                    language=holiday_language(code),
                    categories=(closed.category,),
                )
                table.update(
                    {
                        day: closed.called or name
                        for day, name in extra.items()
                        if closed.takes(name) and day not in table  # a public one keeps its name
                    }
                )
            if code in OFFICE_WEEK:
                table.weekend = set(OFFICE_WEEK[code])  # what ``is_weekend`` reads
            if subdiv is None and code in EVERY_REGION:
                for day, name in kept_everywhere(
                    code, years, table, holiday_language(code)
                ).items():
                    table[day] = name
    except NotImplementedError:  # how ``holidays`` says it has no calendar for that country
        return CountryCalendar(key, DEFAULT_WEEKEND, {}, known=False, years=range(*span(years)))
    open_on = OFFICES_OPEN.get(code, ())
    names = {
        day: holiday_words(called(code, name))
        for day, name in sorted(table.items())
        if name not in open_on
    }
    weekend, earlier = weekends_of(table, range(*span(years)))
    make_up = frozenset(table.weekend_workdays)
    return CountryCalendar(key, weekend, names, True, range(*span(years)), earlier, make_up)


def holiday_words(name: str) -> str:
    """A holiday's name as the Why quotes it mid-sentence: dates in it year first, a leading
    'The' in lower case ('the day preceding Chuseok', 'Day off (substituted from
    2026-02-14)')."""
    name = _NAMED_DATE.sub(r"\g<year>-\g<month>-\g<day>", name)
    return "the" + name[3:] if name.startswith("The ") else name


def week_words(weekend: frozenset[int]) -> str:
    """'Sun–Thu week' for a Friday–Saturday weekend: the working days, from the first after
    the weekend (a weekend of no days or of split days is named by its days off)."""
    working = [day for day in range(7) if day not in weekend]
    if not weekend or not working:
        return "no weekend" if not weekend else "no working days"
    first = next(day for day in working if (day - 1) % 7 in weekend)
    last = (first + len(working) - 1) % 7
    if any((first + k) % 7 in weekend for k in range(len(working))):
        off = ", ".join(WEEKDAY_NAMES[day][:3] for day in sorted(weekend))
        return f"weekend {off}"
    return f"{WEEKDAY_NAMES[first][:3]}–{WEEKDAY_NAMES[last][:3]} week"


def never_working(days: Iterable[int], calendar: CountryCalendar) -> list[int]:
    """Those of ``days`` (0 = Monday) that are a weekend day of ``calendar``'s week: never a
    business day there (a make-up Saturday aside), so a preferred day it cannot be."""
    return sorted(day for day in set(days) if day in calendar.weekend)


def calendar_summary(calendar: CountryCalendar, year: int, *, days_off: bool = True) -> str:
    """'IL: Sun–Thu week, 9 holidays in 2026' (and the weekend it had before, when it
    changed: 'AE: Mon–Fri week (Sun–Thu until 2021-12-31), 14 holidays in 2026'; the weekend
    days worked, when there are: 'CN: Mon–Fri week, 22 holidays and 6 make-up working days
    in 2026'; with ``days_off``, your days off on it: 'US: Mon–Fri week, 12 holidays and 4 of
    your days off in 2026')."""
    earlier = "".join(
        f" ({week_words(weekend).removesuffix(' week')} until {last:%Y-%m-%d})"
        for last, weekend in calendar.earlier_weekends
        if last.year >= year - 5  # the change a tracker's rows may still be on
    )
    count = sum(day.year == year for day in calendar.holiday_names if day not in calendar.days_off)
    worked = sum(day.year == year for day in calendar.make_up_days)
    off = days_off_on(calendar, year) if days_off else 0
    parts = [f"{count} holidays"]
    if worked:
        parts.append(f"{worked} {make_up_words(worked)}")
    if off:
        parts.append(f"{off} of your days off" if off > 1 else "1 of your days off")
    days = ", ".join(parts[:-1]) + f" and {parts[-1]}" if len(parts) > 1 else parts[0]
    return (
        f"{calendar_title(calendar.key)}: {week_words(calendar.weekend)}{earlier}, {days} in {year}"
    )


def days_off_on(calendar: CountryCalendar, year: int) -> int:
    """Your days off in ``year`` on a working day of its week (a Saturday off changes nothing)
    that are no holiday of it already."""
    return sum(
        day.year == year and day.weekday() not in calendar.weekend_on(day)
        for day in calendar.days_off
    )


def days_off_summary(calendars: Sequence[CountryCalendar], year: int) -> str:
    """Your days off on several calendars, said once after them: 'your days off in 2026: 4
    on each', or 'your days off in 2026: 4 on DE and US, 3 on SE' where one is a holiday or
    a weekend day of a calendar; '' when there are none."""
    by_count: dict[int, list[str]] = {}
    for calendar in calendars:
        by_count.setdefault(days_off_on(calendar, year), []).append(calendar.key)
    if not any(by_count):
        return ""
    if len(by_count) == 1:
        return f"your days off in {year}: {next(iter(by_count))} on each"
    said = [
        f"{count} on " + (", ".join(keys[:-1]) + f" and {keys[-1]}" if len(keys) > 1 else keys[0])
        for count, keys in sorted(by_count.items(), reverse=True)
    ]
    return f"your days off in {year}: {', '.join(said)}"


def make_up_words(count: int) -> str:
    return "make-up working day" if count == 1 else "make-up working days"


def span(years: Iterable[int]) -> tuple[int, int]:
    listed = list(years)
    return min(listed), max(listed) + 1


def weekends_of(
    table: holidays.HolidayBase, years: range
) -> tuple[frozenset[int], tuple[tuple[dt.date, frozenset[int]], ...]]:
    """The weekend of ``years``' last year and the earlier ones, each with its last day, as
    ``table.is_weekend`` says day by day (the UAE moved from Friday–Saturday to
    Saturday–Sunday on 2022-01-01, Saudi Arabia from Thursday–Friday to Friday–Saturday on
    2013-06-28). A first week of January is compared with the next year's; a year between two
    that differ is looked at day by day for the last day only the earlier weekend explains."""

    def first_week(year: int) -> frozenset[int]:
        week = [dt.date(year, 1, 1) + dt.timedelta(days=n) for n in range(7)]
        return frozenset(day.weekday() for day in week if table.is_weekend(day))

    weeks = [first_week(year) for year in years]  # its own years: no more are made
    earlier: list[tuple[dt.date, frozenset[int]]] = []
    for year, before, after in zip(years, weeks, weeks[1:], strict=False):
        if before == after:
            continue
        day = dt.date(year + 1, 1, 7)
        while day.year >= year:
            is_off = table.is_weekend(day)
            if is_off == (day.weekday() in before) != (day.weekday() in after):
                break
            day -= dt.timedelta(days=1)
        earlier.append((day, before))
    return weeks[-1], tuple(earlier)


@dataclass
class Calendars:
    """All the calendars one run needs, built once for a span of years."""

    years: range
    days_off: frozenset[dt.date] = frozenset()  # the config's, on every calendar
    _by_key: dict[str, CountryCalendar] = field(default_factory=dict)

    def get(self, key: str) -> CountryCalendar:
        calendar = self._by_key.get(key)
        if calendar is None:
            calendar = self._by_key[key] = build_calendar(key, self.years, self.days_off)
        return calendar

    @classmethod
    def covering(
        cls, first: dt.date, last: dt.date, days_off: frozenset[dt.date] = frozenset()
    ) -> Calendars:
        """Calendars from the year before ``first`` to two years after ``last`` (follow-ups
        run up to ~6 months past the last date seen). Shared across calls: a coach's run over
        hundreds of trackers builds each country's holidays once, not once per file."""
        return _shared(range(first.year - 1, last.year + 3), days_off)

    @classmethod
    def spanning(
        cls, first: dt.date, last: dt.date, days_off: frozenset[dt.date] = frozenset()
    ) -> Calendars:
        """Calendars for the years from ``first`` to ``last``, shared like ``covering``'s."""
        return _shared(range(first.year, last.year + 1), days_off)


@functools.lru_cache(maxsize=8)
def _shared(years: range, days_off: frozenset[dt.date]) -> Calendars:
    return Calendars(years, days_off)


class DayTable:
    """Business days of every country in a frame as lookup tables over a span of days.

    ``rank[c, i]`` is the index of the last business day on or before day i of the span in
    country c's list of business days, so "N bd after d" (counting from the business day
    before a non-business day, as ``numpy.busday_offset(..., roll="backward")`` does) is one
    gather: ``business_day[rank[c, d] + N]``. Every row of every country is answered by the
    same array operation, without grouping the rows.
    """

    def __init__(
        self,
        calendars: Calendars,
        keys: Sequence[str],
        first: dt.date,
        last: dt.date,
        preferred: frozenset[int] = frozenset(),
    ) -> None:
        self.start = np.datetime64(first, "D")
        span = (np.datetime64(last, "D") - self.start).astype(np.int64) + 1
        self.span = int(span)
        weekdays = (self.start.astype(np.int64) - 4 + np.arange(self.span)) % 7  # 1970-01-01: Thu
        on_preferred = _on_days(weekdays, preferred)
        self.business = np.zeros((len(keys), self.span), dtype=bool)
        self.preferred = np.zeros((len(keys), self.span), dtype=bool)
        for c, key in enumerate(keys):
            calendar = calendars.get(key)
            working = calendar.working_mask(self.start + np.arange(self.span))
            self.business[c] = working
            liked = working & on_preferred
            self.preferred[c] = liked if liked.any() else working
        self._business = _Ranks(self.business, self.start)
        self._preferred = _Ranks(self.preferred, self.start)
        self._calendars = [calendars.get(key) for key in keys]

    @cached_property
    def _weeks(self) -> tuple[_Ranks, _Ranks]:
        """The first and the last working day of each work week, by each country's weekend of
        that date (holidays do not move where a week starts or ends): Sunday and Thursday in
        Israel, Monday and Friday in most countries. Made when a row states a week phrase."""
        days = self.start + np.arange(self.span)
        off = np.stack([calendar.weekend_mask(days) for calendar in self._calendars])
        before = np.zeros_like(off)  # the day before is a weekend day
        before[:, 1:] = off[:, :-1]
        after = np.zeros_like(off)  # the day after is a weekend day
        after[:, :-1] = off[:, 1:]
        return _Ranks(~off & before, self.start), _Ranks(~off & after, self.start)

    def end_of_week(self, days: DateArray, country: np.ndarray, following: np.ndarray) -> DateArray:
        """The last working day of each day's work week, the next one's when the day is that
        day or later ("end of week"); with ``following``, of the first work week starting
        after the day ("next week"). NaT on a calendar with no weekend. A holiday the week
        ends on gives way to the working day before it in that week (Good Friday: Thursday),
        so no one is said to decide on a day off; the week's last day stands when the week
        has no working day left after the interview."""
        starts, ends = self._weeks
        flat, valid = self._positions(days, country)
        this_week = ends.step(flat, country, 1, valid, roll_forward=False)
        next_start = starts.step(flat, country, 1, valid, roll_forward=False)
        flat, valid = self._positions(next_start, country)
        next_week = ends.step(flat, country, 0, valid, roll_forward=True)
        week_end = np.where(following, next_week, this_week)
        flat, valid = self._positions(week_end, country)
        worked = self._business.step(flat, country, 0, valid, roll_forward=False)
        # Still in that week and after the interview: "end of week" said on Thursday 12-24
        # keeps Christmas Day, which drafts do not quote, not the interview's own day.
        earliest = np.where(following, next_start, days + np.timedelta64(1, "D"))
        return np.where(~np.isnat(worked) & (worked >= earliest), worked, week_end)

    def early_next_week(self, days: DateArray, country: np.ndarray, early_days: int) -> DateArray:
        """The ``early_days``-th day of the first work week starting after each day, or its
        last working day when the week is shorter ("early next week": Wednesday on a
        Monday–Friday week, Tuesday on Israel's Sunday–Thursday one). NaT on a calendar with
        no weekend."""
        starts, ends = self._weeks
        flat, valid = self._positions(days, country)
        next_start = starts.step(flat, country, 1, valid, roll_forward=False)
        flat, valid = self._positions(next_start, country)
        next_end = ends.step(flat, country, 0, valid, roll_forward=True)
        return np.minimum(next_start + np.timedelta64(early_days - 1, "D"), next_end)

    def _positions(self, days: DateArray, country: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        # Integer day numbers: NaT is the smallest int64, so it falls outside the span too.
        offset = days.view(np.int64) - self.start.astype(np.int64)
        valid = (offset >= 0) & (offset < self.span)
        return np.where(valid, country * self.span + offset, 0), valid

    def business_days_after(
        self, days: DateArray, n: np.ndarray | int, country: np.ndarray
    ) -> DateArray:
        """The n-th business day after each day (1 bd after Saturday is Monday)."""
        flat, valid = self._positions(days, country)
        return self._business.step(flat, country, n, valid, roll_forward=False)

    def roll_forward(self, days: DateArray, country: np.ndarray) -> DateArray:
        """Each day if it is a business day, else the next business day."""
        flat, valid = self._positions(days, country)
        return self._business.step(flat, country, 0, valid, roll_forward=True)

    def roll_back(self, days: DateArray, country: np.ndarray) -> DateArray:
        """Each day if it is a business day, else the business day before it."""
        flat, valid = self._positions(days, country)
        return self._business.step(flat, country, 0, valid, roll_forward=False)

    def next_preferred_day(self, days: DateArray, country: np.ndarray) -> DateArray:
        """The first business day on or after each day that is a preferred weekday."""
        flat, valid = self._positions(days, country)
        return self._preferred.step(flat, country, 0, valid, roll_forward=True)


def _on_days(weekdays: np.ndarray, chosen: frozenset[int]) -> np.ndarray:
    """Whether each weekday number (0 = Monday) is one of ``chosen``."""
    return np.array([day in chosen for day in range(7)])[weekdays]


@dataclass(frozen=True)
class RowCalendar:
    """Business-day arithmetic on each row's own calendar (``country`` codes into ``table``)."""

    table: DayTable
    country: np.ndarray

    def after(self, start: DateArray, n: np.ndarray | int) -> DateArray:
        """The n-th business day after each row's day."""
        return self.table.business_days_after(start, n, self.country)

    def roll_forward(self, days: DateArray) -> DateArray:
        return self.table.roll_forward(days, self.country)

    def roll_back(self, days: DateArray) -> DateArray:
        return self.table.roll_back(days, self.country)

    def next_preferred_day(self, days: DateArray) -> DateArray:
        return self.table.next_preferred_day(days, self.country)

    def end_of_week(self, days: DateArray, following: np.ndarray) -> DateArray:
        """The last working day of each row's work week (``DayTable.end_of_week``)."""
        return self.table.end_of_week(days, self.country, following)

    def early_next_week(self, days: DateArray, early_days: int) -> DateArray:
        """The last day "early" allows of each row's next work week (``DayTable``'s)."""
        return self.table.early_next_week(days, self.country, early_days)

    def after_day(self, day: np.datetime64, n: int) -> DateArray:
        """n business days after one day, for every row: worked out once per country."""
        countries = np.arange(self.table.business.shape[0])
        once = self.table.business_days_after(np.full(len(countries), day), n, countries)
        return once[self.country]


NAT_INT = np.datetime64("NaT", "D").astype(np.int64)


class _Ranks:
    """Rank and day tables for one business-day mask (countries × days from ``start``)."""

    def __init__(self, mask: np.ndarray, start: np.datetime64) -> None:
        countries, span = mask.shape
        self.mask = mask.reshape(-1)
        counts = mask.sum(axis=1)
        # Each country's business days are numbered after the previous countries' ones.
        first_rank = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        self.rank = (np.cumsum(mask, axis=1) - 1 + first_rank[:, None]).reshape(-1)
        where = np.flatnonzero(self.mask)
        # One sentinel at the end answers every rank that left its country's list: index
        # `total` directly, and -1 through numpy's negative indexing.
        self.day = np.append(where % span + start.astype(np.int64), NAT_INT)
        self.country = np.append(where // span, -1)
        self.total = len(where)

    def step(
        self,
        flat: np.ndarray,
        country: np.ndarray,
        n: np.ndarray | int,
        valid: np.ndarray,
        *,
        roll_forward: bool,
    ) -> DateArray:
        rank = self.rank[flat]
        if roll_forward:
            rank += ~self.mask[flat]
        rank += n
        np.clip(rank, -1, self.total, out=rank)
        inside = valid & (self.country[rank] == country)
        return np.where(inside, self.day[rank], NAT_INT).view("datetime64[D]")


def holidays_between(
    calendar: CountryCalendar, start: dt.date, end: dt.date
) -> list[tuple[dt.date, str]]:
    """Holidays strictly after ``start`` up to ``end`` that fall on a working weekday."""
    days, names = calendar.working_holidays
    first, last = bisect.bisect_right(days, start), bisect.bisect_right(days, end)
    return list(zip(days[first:last], names[first:last], strict=True))


def make_up_days_between(calendar: CountryCalendar, start: dt.date, end: dt.date) -> list[dt.date]:
    """Make-up working days strictly after ``start`` up to ``end``: weekend days counted."""
    days = calendar.make_up_list
    return days[bisect.bisect_right(days, start) : bisect.bisect_right(days, end)]


def make_up_day_notes(keys: Sequence[str], days: DateArray) -> list[str]:
    """One line for each calendar and year of the rows (``keys`` and ``days``, their dates)
    whose make-up working days the ``holidays`` package does not know yet: none that year or
    after, some the year before. China publishes its make-up Saturdays each autumn for the year
    after, and the package lists them in a release after that, so until then a 2027 row counts
    such a Saturday as a day off, and the weekday given off for it (2026's 'Day off (substituted
    from ...)') as a business day: 'CN: no make-up working days known for 2027 yet (6 in
    2026); ...'. Real years without any (Russia's 2026, with some in 2027) say nothing. And one line
    for each calendar whose holidays are suspended in the rows' years (``SUSPENDED_HOLIDAYS``:
    Ukraine's 0 holidays are no mistake)."""
    years = np.asarray(days, dtype="datetime64[D]").astype("datetime64[Y]")
    known = ~np.isnat(years)
    numbers = years[known].astype(np.int64) + 1970
    pairs = sorted(set(zip(np.asarray(keys, dtype=object)[known], numbers.tolist(), strict=True)))
    notes = []
    for key, year in pairs:
        calendar = _shared(range(year - 1, year + 3), frozenset()).get(key)
        if not calendar.known:
            continue
        worked: dict[int, int] = {}
        for day in calendar.make_up_days:
            worked[day.year] = worked.get(day.year, 0) + 1
        if worked.get(year - 1) and not any(later >= year for later in worked):
            notes.append(
                f"{key}: no make-up working days known for {year} yet ({worked[year - 1]} in "
                f"{year - 1}), so a weekend day worked around a holiday counts as a day off, "
                "and a weekday given off in its place as a business day; update the holidays "
                "package (pip install -U holidays)"
            )
    for key in sorted({key for key, _ in pairs}):
        since = SUSPENDED_HOLIDAYS.get(key)
        suspended = [year for k, year in pairs if since and k == key and year >= since.year]
        if since and suspended:
            calendar = _shared(range(min(suspended), max(suspended) + 1), frozenset()).get(key)
            if not any(day.year in suspended for day in calendar.holiday_names):
                notes.append(SUSPENDED_NOTE.format(key=key, since=since))
    return notes


# Calendars whose public holidays are suspended, which the ``holidays`` package lists none of
# from that day: Ukraine's are working days under martial law (Labour Code, art. 73), in force
# since 2022-02-24 (ot71 F8: "UA: 0 holidays in 2027" said nothing of why).
SUSPENDED_HOLIDAYS = {"UA": dt.date(2022, 2, 24)}
SUSPENDED_NOTE = (
    "{key}: no public holidays since {since:%Y-%m-%d}: under martial law they are working "
    "days, and the holidays package lists none, so Easter and 1 May count as business days; "
    "add the days you take off to days_off in the config"
)
