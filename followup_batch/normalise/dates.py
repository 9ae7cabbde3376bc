"""The one strict date reader of the project, and the stated-timeline phrases.

Strict means: a value is read as a date only when every part of it (year, month, day) is in the
cell. Nothing is filled in from "today" or a default, which is what ``dateutil`` would do
silently. Dates without a year are reported as such (``ParsedDate.month_day``) so the caller can
infer the year from neighbouring dates and say so.

Two layers:
- ``parse_date`` / ``match_timeline`` read one value (used per distinct value);
- ``parse_date_column`` / ``resolve_timelines`` work on whole columns: real datetime cells go
  through pandas in one call, other values are parsed once per distinct value.
"""

from __future__ import annotations

import datetime as dt
import math
import numbers
import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from followup_batch.normalise.vocabularies import PLACEHOLDERS
from followup_batch.read.fields import header_key

# Excel's serial date range: 1 = 1900-01-01, 2958465 = 9999-12-31 (1900 date system).
EXCEL_MAX_SERIAL_1900 = 2958465
EXCEL_MAX_SERIAL_1904 = EXCEL_MAX_SERIAL_1900 - 1462
# Serial 60 is 1900-02-29, a day that never existed: Excel copied Lotus 1-2-3's leap-year bug.
EXCEL_PHANTOM_LEAP_DAY = 60
_EPOCH_1900_BEFORE_BUG = dt.date(1899, 12, 31)
_EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)

# datetime64[ns] holds these; the normalised frame uses that dtype.
FIRST_SUPPORTED = dt.date(1678, 1, 1)
LAST_SUPPORTED = dt.date(2261, 12, 31)

NOT_A_DATE = "is not a date"
NO_YEAR = "has no year"
NO_DAY = "is not a full date (the day is missing)"
TIME_ONLY = "is a time without a date"
OUT_OF_RANGE = "is outside the dates this tool handles (1678 to 2261)"

MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
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
    for name in names
}
WEEKDAYS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for name in names
}

# ---------------------------------------------------------------------------------------------
# One value
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ParsedDate:
    """What a cell says as a date.

    Exactly one of these holds: ``value`` is set (a date); ``problem`` is set (a reason to show
    after the quoted cell, e.g. 'is not a date'); both are None (the cell is empty or a
    placeholder such as "n/a"). ``month_day`` is set with the 'has no year' problem.
    ``note`` may come with a value: how it was read, for the row's problems ("holds 2 dates;
    the later, 2019-09-09, is used").
    """

    value: dt.date | None = None
    problem: str | None = None
    month_day: tuple[int, int] | None = None
    note: str | None = None

    @property
    def is_empty(self) -> bool:
        return self.value is None and self.problem is None


EMPTY = ParsedDate()

_PUNCTUATION_ONLY = re.compile(r"[\s\-–—?._/*]*")


def is_placeholder(value: object) -> bool:
    """True for empty cells and words meaning 'nothing yet' (n/a, TBD, -, ?), not a problem."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if value is pd.NaT:
        return True
    if not isinstance(value, str):
        return False
    folded = value.strip().casefold()
    if folded in PLACEHOLDERS or _PUNCTUATION_ONLY.fullmatch(folded):
        return True
    key = header_key(folded)
    return bool(key) and key in PLACEHOLDERS


def parse_date(
    value: object, *, dayfirst: bool | None = None, epoch_1904: bool = False
) -> ParsedDate:
    """Read one cell value as a date (any time of day is dropped). Never raises.

    ``dayfirst``: True reads 3/11/2026 as 3 November, False as March 11, None reads it the only
    valid way when one number is above 12 and month-first (US) otherwise.
    ``epoch_1904``: the workbook uses the 1904 date system (old Mac Excel) for serial numbers.
    """
    if is_placeholder(value):
        return EMPTY
    if isinstance(value, (bool, np.bool_)):
        return ParsedDate(problem=NOT_A_DATE)
    if isinstance(value, dt.datetime):  # pd.Timestamp too
        return _checked(value.date())
    if isinstance(value, dt.date):
        return _checked(value)
    if isinstance(value, np.datetime64):
        return parse_date(pd.Timestamp(value), dayfirst=dayfirst, epoch_1904=epoch_1904)
    if isinstance(value, dt.time):
        return ParsedDate(problem=TIME_ONLY)
    if isinstance(value, numbers.Real):
        return from_excel_serial(float(value), epoch_1904=epoch_1904)
    if isinstance(value, str):
        return parse_date_text(value, dayfirst=dayfirst, epoch_1904=epoch_1904)
    return ParsedDate(problem=NOT_A_DATE)


def from_excel_serial(serial: float, *, epoch_1904: bool = False) -> ParsedDate:
    """An Excel serial day number (the fraction is the time of day, dropped)."""
    if math.isnan(serial):
        return EMPTY
    if not math.isfinite(serial):
        return ParsedDate(problem=NOT_A_DATE)
    day = math.floor(serial)
    if epoch_1904:
        if not 0 <= day <= EXCEL_MAX_SERIAL_1904:
            return ParsedDate(problem=NOT_A_DATE)
        return _checked(_EPOCH_1904 + dt.timedelta(days=day))
    if not 1 <= day <= EXCEL_MAX_SERIAL_1900 or day == EXCEL_PHANTOM_LEAP_DAY:
        return ParsedDate(problem=NOT_A_DATE)
    epoch = _EPOCH_1900_BEFORE_BUG if day < EXCEL_PHANTOM_LEAP_DAY else _EPOCH_1900
    return _checked(epoch + dt.timedelta(days=day))


def _checked(day: dt.date) -> ParsedDate:
    if not FIRST_SUPPORTED <= day <= LAST_SUPPORTED:
        return ParsedDate(problem=OUT_OF_RANGE)
    return ParsedDate(value=day)


# Text forms. The time part is validated (a 25:00 is a typo worth reporting) and then dropped.
_TIME = (
    r"(?:(?:\s*,\s*|\s+|t)(?P<time>\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?"
    r"|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2}))?)?"
)
_ISO = re.compile(r"(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})" + _TIME)
_COMPACT_ISO = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_NUMERIC = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})" + _TIME
)
_NUMERIC_NO_YEAR = re.compile(r"(?P<a>\d{1,2})/(?P<b>\d{1,2})")
_DAY_MONTH = re.compile(
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?[\s\-/.]*(?:of\s+)?(?P<mon>[a-z]+)\.?"
    r"(?:[\s\-/.,]+(?P<y>\d{4}|\d{2}))?" + _TIME
)
_MONTH_DAY = re.compile(
    r"(?P<mon>[a-z]+)\.?[\s\-/.]*(?P<d>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,?\s*(?P<y>\d{4})|,\s*(?P<y2>\d{2}))?" + _TIME
)
_MONTH_YEAR = re.compile(r"(?P<mon>[a-z]+)\.?[\s\-/.,]*(?P<y>\d{4})")
_LEADING_WEEKDAY = re.compile(r"(?P<wd>[a-z]+)\.?,?\s+(?P<rest>.+)")
_TIME_PARTS = re.compile(r"(?P<h>\d{1,2})(?::(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?")
_AM_PM = re.compile(r"[ap]\.?m\.?$")
_SERIAL_TEXT = re.compile(r"\d{5}(?:\.\d+)?")


def parse_date_text(
    text: str, *, dayfirst: bool | None = None, epoch_1904: bool = False
) -> ParsedDate:
    """Read text as a date, strictly (see ``parse_date``)."""
    folded = " ".join(text.strip().casefold().split())
    if is_placeholder(folded):
        return EMPTY
    stated_weekday: int | None = None
    leading = _LEADING_WEEKDAY.fullmatch(folded)
    if leading and leading["wd"] in WEEKDAYS:
        stated_weekday = WEEKDAYS[leading["wd"]]
        folded = leading["rest"]
    parsed = _parse_folded(folded, dayfirst=dayfirst, epoch_1904=epoch_1904)
    if parsed.problem == NOT_A_DATE and stated_weekday is None:
        parsed = _several_dates(folded, dayfirst=dayfirst, epoch_1904=epoch_1904) or parsed
    # "Mon 2026-11-03" when the 3rd is a Tuesday: one of the two is a typo; say so.
    if (
        stated_weekday is not None
        and parsed.value is not None
        and parsed.value.weekday() != stated_weekday
    ):
        return ParsedDate(problem=f"{NOT_A_DATE} ({parsed.value:%Y-%m-%d} is a {parsed.value:%A})")
    return parsed


# "8/3/2019 and 9/9/2019", "3/11/2026; 3/18/2026", "Nov 3 & Nov 9, 2026" is not one of them.
_DATE_SEPARATORS = (
    re.compile(r"\s*(?:;|&|\+|\band\b|\bthen\b|\n)\s*"),
    re.compile(r"\s*,\s*(?:and\s+)?"),
)
SEVERAL_DATES = "holds {count} dates; the {which}, {date:%Y-%m-%d}, is used"


def _several_dates(folded: str, *, dayfirst: bool | None, epoch_1904: bool) -> ParsedDate | None:
    """The latest of two or more full dates written in one cell, with a note; else None."""
    for separator in _DATE_SEPARATORS:
        parts = [p for p in separator.split(folded) if p]
        if len(parts) < 2:
            continue
        parsed = [_parse_folded(p, dayfirst=dayfirst, epoch_1904=epoch_1904) for p in parts]
        values = [p.value for p in parsed if p.value is not None and p.problem is None]
        if len(values) == len(parts):
            latest = max(values)
            return ParsedDate(
                value=latest,
                note=SEVERAL_DATES.format(
                    count=len(values), which="later" if len(values) == 2 else "latest", date=latest
                ),
            )
    return None


def _parse_folded(folded: str, *, dayfirst: bool | None, epoch_1904: bool) -> ParsedDate:
    if _SERIAL_TEXT.fullmatch(folded):
        # Five-digit numbers are serials pasted as text (1927..2173); shorter ones are not dates.
        return from_excel_serial(float(folded), epoch_1904=epoch_1904)
    if m := _COMPACT_ISO.fullmatch(folded):
        return _ymd(int(m["y"]), int(m["m"]), int(m["d"]), None)
    if m := _ISO.fullmatch(folded):
        return _ymd(int(m["y"]), int(m["m"]), int(m["d"]), m["time"])
    if m := _NUMERIC.fullmatch(folded):
        month, day = _month_day_order(int(m["a"]), int(m["b"]), dayfirst)
        return _ymd(_full_year(m["y"]), month, day, m["time"])
    if m := _NUMERIC_NO_YEAR.fullmatch(folded):
        month, day = _month_day_order(int(m["a"]), int(m["b"]), dayfirst)
        return _without_year(month, day)
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        m = pattern.fullmatch(folded)
        if m and m["mon"] in MONTHS:
            year = m["y"] or m.groupdict().get("y2")
            if year is None:
                if m["time"]:
                    return ParsedDate(problem=NOT_A_DATE)
                return _without_year(MONTHS[m["mon"]], int(m["d"]))
            return _ymd(_full_year(year), MONTHS[m["mon"]], int(m["d"]), m["time"])
    m = _MONTH_YEAR.fullmatch(folded)
    if m and m["mon"] in MONTHS:
        return ParsedDate(problem=NO_DAY)
    if re.fullmatch(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?", folded):
        return ParsedDate(problem=TIME_ONLY)
    return ParsedDate(problem=NOT_A_DATE)


def _month_day_order(a: int, b: int, dayfirst: bool | None) -> tuple[int, int]:
    if dayfirst is None:
        # Only one reading is valid when the first number cannot be a month; else US order.
        return (b, a) if a > 12 >= b else (a, b)
    return (b, a) if dayfirst else (a, b)


def _full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        # Excel's two-digit-year window: 00-29 are 2000s, 30-99 are 1900s.
        year += 2000 if year < 30 else 1900
    return year


def _ymd(year: int, month: int, day: int, time: str | None) -> ParsedDate:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return ParsedDate(problem=NOT_A_DATE)
    if time is not None and not _valid_time(time):
        return ParsedDate(problem=NOT_A_DATE)
    return _checked(value)


def _valid_time(text: str) -> bool:
    m = _TIME_PARTS.match(text)
    if m is None:
        return False
    hour, minute, second = int(m["h"]), int(m["mi"] or 0), int(m["s"] or 0)
    max_hour = 12 if _AM_PM.search(text) else 23
    return hour <= max_hour and minute < 60 and second < 61


def _without_year(month: int, day: int) -> ParsedDate:
    # Validate against a leap year so "Feb 29" is kept for the year inference to decide.
    try:
        dt.date(2000, month, day)
    except ValueError:
        return ParsedDate(problem=NOT_A_DATE)
    return ParsedDate(problem=NO_YEAR, month_day=(month, day))


def infer_year(month_day: tuple[int, int], near: dt.date) -> dt.date | None:
    """The date with that month and day closest to ``near`` (a year either side at most)."""
    month, day = month_day
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    return min(candidates, key=lambda d: (abs((d - near).days), d))


def latest_on_or_before(month_day: tuple[int, int], limit: dt.date) -> dt.date | None:
    """The latest date with that month and day on or before ``limit`` (Feb 29: a leap year)."""
    month, day = month_day
    for year in range(limit.year, limit.year - 8, -1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= limit:
            return candidate
    return None


_DAYFIRST_EVIDENCE = re.compile(r"(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})(?:[-/.]\d{2,4})?\b")


def detect_dayfirst(values: Iterable[object]) -> bool | None:
    """Whether numeric text dates in ``values`` are day-first: True, False, or None (unknown).

    True when some value's first number is above 12 and no value's second number is; False in
    the mirror case; None when nothing decides it or the values contradict each other.
    """
    day_first = month_first = False
    for value in values:
        if not isinstance(value, str):
            continue
        m = _DAYFIRST_EVIDENCE.match(value.strip())
        if m is None:
            continue
        a, b = int(m["a"]), int(m["b"])
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    if day_first and not month_first:
        return True
    if month_first and not day_first:
        return False
    return None


@dataclass(frozen=True)
class DateOrder:
    """How a column's numeric text dates (3/11/2026) are read, and why.

    ``source``: 'forced' (--dayfirst/--monthfirst or the config), 'detected' (a value in this
    column can only be read one way), 'other column' (detected in another date column),
    'mixed' (values that can only be day-first and others only month-first), 'undecided'
    (only ambiguous values: read as US month/day), 'none' (no numeric text dates).
    """

    dayfirst: bool | None
    source: str
    evidence: str = ""  # the deciding cell's text
    row: int | None = None  # its Excel row
    column: str = ""  # its column's header, for 'other column'
    counter: str = ""  # 'mixed': the first value pointing the other way
    counter_row: int | None = None

    def describe(self) -> str:
        order = "day-first" if self.dayfirst else "US month/day"
        if self.source == "forced":
            return f"{order} (forced)"
        if self.source == "detected":
            return f'{order} (detected: "{self.evidence}" in row {self.row})'
        if self.source == "other column":
            return f'{order} (detected in {self.column}: "{self.evidence}" in row {self.row})'
        if self.source == "mixed":
            return (
                f'mixed: "{self.evidence}" (row {self.row}) is day-first but '
                f'"{self.counter}" (row {self.counter_row}) is month-first; each is read the '
                "only way it can be, the rest as US month/day (use --dayfirst or --monthfirst)"
            )
        if self.source == "undecided":
            return (
                "US month/day (no value decides it; use --dayfirst if 3/11/2026 means 3 November)"
            )
        return "no dates written as numbers like 3/11/2026"


def detect_date_order(values: pd.Series) -> DateOrder:
    """The order of the numeric text dates in one column (index: Excel rows)."""
    try:
        distinct = values.dropna().drop_duplicates()
    except TypeError:  # unhashable cells
        distinct = values.dropna()
    texts = distinct[[isinstance(v, str) for v in distinct]]
    day_first: tuple[str, int] | None = None
    month_first: tuple[str, int] | None = None
    seen = False
    for row, value in texts.items():
        m = _DAYFIRST_EVIDENCE.match(value.strip())
        if m is None:
            continue
        seen = True
        a, b = int(m["a"]), int(m["b"])
        # Only a value that is a real date read that way is evidence (31/02/2026 is not).
        if a > 12 >= b and day_first is None and _valid_as(value, dayfirst=True):
            day_first = (value.strip(), int(row))
        elif b > 12 >= a and month_first is None and _valid_as(value, dayfirst=False):
            month_first = (value.strip(), int(row))
    if day_first and month_first:
        return DateOrder(
            None, "mixed", *day_first, counter=month_first[0], counter_row=month_first[1]
        )
    if day_first:
        return DateOrder(True, "detected", *day_first)
    if month_first:
        return DateOrder(False, "detected", *month_first)
    return DateOrder(None, "undecided" if seen else "none")


def _valid_as(text: str, *, dayfirst: bool) -> bool:
    return parse_date_text(text, dayfirst=dayfirst).problem in (None, NO_YEAR)


def date_orders(
    columns: dict[str, pd.Series], headers: dict[str, str], forced: bool | None
) -> dict[str, DateOrder]:
    """Each date column's order: forced, else its own evidence, else another column's.

    ``columns``: name -> raw cells; ``headers``: name -> the header as the user wrote it.
    """
    if forced is not None:
        return {name: DateOrder(forced, "forced") for name in columns}
    own = {name: detect_date_order(values) for name, values in columns.items()}
    decided = [(name, o) for name, o in own.items() if o.source == "detected"]
    if not decided or len({o.dayfirst for _, o in decided}) > 1:
        return own
    name, first = decided[0]
    borrowed = DateOrder(
        first.dayfirst, "other column", first.evidence, first.row, column=headers.get(name, name)
    )
    return {n: borrowed if o.source == "undecided" else o for n, o in own.items()}


# ---------------------------------------------------------------------------------------------
# Stated timelines (DESIGN section 2)
# ---------------------------------------------------------------------------------------------

# Timeline kinds; ``n`` is the weekday (0 = Monday), the number of days, or of business days.
WEEKDAY = "weekday"  # the first such weekday strictly after the interview
DAYS = "days"  # interview + n calendar days
NEXT_WEEK = "next_week"  # the Friday of the (Monday-based) week after the interview's
MONTH_END = "month_end"  # the last day of the interview's month
BUSINESS_DAYS = "business_days"  # n business days after: needs a calendar, the rules resolve it

FRIDAY = 4
_NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_N = r"(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:by |next )?(?P<wd>[a-z]+)"), WEEKDAY),
    (re.compile(r"tomorrow"), DAYS),
    (re.compile(r"end of (?:the )?week|this week"), WEEKDAY),
    (re.compile(r"(?:end of )?next week"), NEXT_WEEK),
    (re.compile(rf"in {_N} (?P<unit>days?|weeks?)"), DAYS),
    (re.compile(rf"within {_N} (?:(?:business|working) days?|bd)"), BUSINESS_DAYS),
    (re.compile(r"end of (?:the )?month"), MONTH_END),
)
_EDGE_PUNCTUATION = " \t\r\n.,;:!?\"'()[]"


@dataclass(frozen=True)
class Timeline:
    """A stated-timeline phrase, read but not yet placed on a calendar."""

    kind: str
    n: int = 0


@dataclass(frozen=True)
class Resolved:
    """A timeline placed against an interview date: a date, or N business days after it."""

    date: dt.date | None = None
    within_bd: int | None = None


def match_timeline(text: str) -> Timeline | None:
    """The timeline phrase ``text`` states, or None when it is not one of DESIGN's phrases."""
    folded = " ".join(text.casefold().strip(_EDGE_PUNCTUATION).split())
    for pattern, kind in _PHRASES:
        m = pattern.fullmatch(folded)
        if m is None:
            continue
        groups = m.groupdict()
        if "wd" in groups:
            if groups["wd"] not in WEEKDAYS:
                continue
            return Timeline(WEEKDAY, WEEKDAYS[groups["wd"]])
        if kind == WEEKDAY:  # end of week / this week
            return Timeline(WEEKDAY, FRIDAY)
        if kind == DAYS and "unit" not in groups:  # tomorrow
            return Timeline(DAYS, 1)
        if kind in (DAYS, BUSINESS_DAYS):
            n = _NUMBER_WORDS.get(groups["n"]) or int(groups["n"])
            if n < 1:
                return None
            if kind == DAYS and groups["unit"].startswith("week"):
                n *= 7
            return Timeline(kind, n)
        return Timeline(kind)
    return None


def resolve_timelines(
    kinds: pd.Series, ns: pd.Series, interview: pd.Series
) -> tuple[pd.Series, pd.Series]:
    """Place each row's timeline against its interview date, all rows at once.

    ``kinds``/``ns``: each row's ``Timeline.kind`` ('' for none) and ``Timeline.n``.
    Returns (decision date as datetime64[ns], NaT where unresolved; within N business days as
    Int64, <NA> where not that kind). A missing interview date leaves both empty.
    """
    index = interview.index
    kind = np.asarray(kinds, dtype=object)
    day = pd.to_datetime(interview).astype("datetime64[ns]").dt.normalize()
    weekday = day.dt.day_of_week.to_numpy(dtype="float64", na_value=np.nan)
    n = np.asarray(ns, dtype="float64")
    offsets = np.select(
        [kind == WEEKDAY, kind == DAYS, kind == NEXT_WEEK, kind == MONTH_END],
        [
            (n - weekday - 1) % 7 + 1,
            n,
            # Monday-based weeks: the Friday after next Monday is 11 days after a Monday.
            11 - weekday,
            (day.dt.days_in_month - day.dt.day).to_numpy(dtype="float64", na_value=np.nan),
        ],
        default=np.nan,
    )
    decision = day + pd.to_timedelta(pd.Series(offsets, index=index), unit="D")
    within = pd.Series(n, index=index).where((kind == BUSINESS_DAYS) & day.notna().to_numpy())
    return decision.astype("datetime64[ns]"), within.astype("Int64")


def parse_timeline(text: str, interview: dt.date) -> Resolved | None:
    """Resolve a stated-timeline phrase against the interview date; None when not a phrase."""
    timeline = match_timeline(text)
    if timeline is None:
        return None
    dates, within = resolve_timelines(
        pd.Series([timeline.kind], dtype=object),
        pd.Series([timeline.n]),
        pd.Series([pd.Timestamp(interview)], dtype="datetime64[ns]"),
    )
    if timeline.kind == BUSINESS_DAYS:
        return Resolved(within_bd=int(within.iloc[0]))
    return Resolved(date=dates.iloc[0].date())


# ---------------------------------------------------------------------------------------------
# Whole columns
# ---------------------------------------------------------------------------------------------


@dataclass
class DateColumn:
    """A column read as dates, aligned with the input's index."""

    dates: pd.Series  # datetime64[ns]; NaT when empty or unreadable
    problems: pd.Series  # object: the reason (see ParsedDate.problem) or None
    month_days: pd.Series  # object: (month, day) for dates without a year, else None


TypeGroups = dict[type, np.ndarray]
# pandas' name for a column of one kind -> the group key. Ints and floats may share a group:
# 1 and 1.0 mean the same in every field (serial 1, yes-mark, round 1, text "1").
_SINGLE_TYPES: dict[str, type] = {
    "string": str,
    "datetime": dt.datetime,
    "datetime64": dt.datetime,
    "integer": int,
    "floating": float,
    "mixed-integer-float": float,
    "boolean": bool,
    "date": dt.date,
}


def type_groups(values: pd.Series) -> TypeGroups:
    """Boolean masks of the non-empty cells by Python type; all datetime kinds count as datetime.

    Values of one type can be factorized safely (across types 1, 1.0 and True would merge).
    Columns of one type, the common case, are recognised without a Python call per cell.
    """
    inferred = pd.api.types.infer_dtype(values, skipna=True)
    if inferred == "empty":
        return {}
    if inferred in _SINGLE_TYPES:
        return {_SINGLE_TYPES[inferred]: values.notna().to_numpy()}
    kinds = values.map(type, na_action="ignore")
    groups: TypeGroups = {}
    for kind in kinds.dropna().unique():
        key = dt.datetime if issubclass(kind, (dt.datetime, np.datetime64)) else kind
        mask = (kinds == kind).to_numpy()
        groups[key] = groups[key] | mask if key in groups else mask
    return groups


def parse_date_column(
    values: pd.Series,
    *,
    dayfirst: bool | None = None,
    epoch_1904: bool = False,
    groups: TypeGroups | None = None,
) -> DateColumn:
    """``parse_date`` over a column: datetime cells in one pandas call, the rest per value.

    ``groups``: the column's ``type_groups`` when the caller has them already.
    """
    index = values.index
    dates = np.full(len(values), np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
    problems = np.full(len(values), None, dtype=object)
    month_days = np.full(len(values), None, dtype=object)
    cells = values.to_numpy(dtype=object)
    for kind, mask in (type_groups(values) if groups is None else groups).items():
        subset = cells[mask]
        if kind is dt.datetime:
            fast = _datetimes_in_range(subset)
            if fast is not None:
                dates[mask] = fast
                problems[mask] = _out_of_range_reasons(fast)
                continue
        sub_dates, sub_problems, sub_month_days = _parse_distinct(
            subset, dayfirst=dayfirst, epoch_1904=epoch_1904
        )
        dates[mask] = sub_dates
        problems[mask] = sub_problems
        month_days[mask] = sub_month_days
    return DateColumn(
        dates=pd.Series(dates, index=index, dtype="datetime64[ns]"),
        problems=pd.Series(problems, index=index, dtype=object),
        month_days=pd.Series(month_days, index=index, dtype=object),
    )


def _out_of_range_reasons(days: np.ndarray) -> np.ndarray:
    reasons = np.full(len(days), None, dtype=object)
    reasons[np.isnat(days)] = OUT_OF_RANGE
    return reasons


def _datetimes_in_range(values: np.ndarray) -> np.ndarray | None:
    """Naive datetime cells to dates (time dropped), NaT outside the ns range; None if mixed."""
    try:
        stamps = pd.to_datetime(values, utc=False)
    except (ValueError, TypeError, OverflowError):
        return None
    if stamps.tz is not None:
        return None  # aware datetimes: the careful path reads each one's own calendar date
    days = stamps.normalize()
    first, last = pd.Timestamp(FIRST_SUPPORTED), pd.Timestamp(LAST_SUPPORTED)
    kept = days.where((days >= first) & (days <= last))
    return np.asarray(kept.astype("datetime64[ns]"))


def _parse_distinct(
    subset: np.ndarray, *, dayfirst: bool | None, epoch_1904: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Parse each distinct value once (values of one Python type, so 1 and True never merge).

    Returns dates (datetime64[ns]), problems and month_days (object), aligned with ``subset``.
    """
    codes, uniques = pd.factorize(subset, use_na_sentinel=False)
    parsed = [parse_date(u, dayfirst=dayfirst, epoch_1904=epoch_1904) for u in uniques]
    nat = np.datetime64("NaT", "ns")
    unique_dates = np.array(
        [np.datetime64(p.value, "ns") if p.value is not None else nat for p in parsed],
        dtype="datetime64[ns]",
    )
    unique_problems = np.array([p.problem or p.note for p in parsed], dtype=object)
    unique_month_days = np.empty(len(parsed), dtype=object)
    unique_month_days[:] = [p.month_day for p in parsed]
    return unique_dates[codes], unique_problems[codes], unique_month_days[codes]
