"""Dates in whole columns: real datetime cells through pandas in one call, other values parsed
once per distinct value (``dates.parse_date``); and each column's date order, so 3/11/2026 is read
the way the rest of its column shows it is meant.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
import pandas as pd

from followup_batch.normalise.dates import (
    FIRST_SUPPORTED,
    LAST_SUPPORTED,
    NO_YEAR,
    ParsedDate,
    era_hint,
    local_era_date,
    parse_date,
    parse_date_text,
)

# ---------------------------------------------------------------------------------------------
# Reading whole columns
# ---------------------------------------------------------------------------------------------


@dataclass
class DateColumn:
    """A column read as dates, as numpy arrays aligned with ``index``.

    The row-date work (``row_dates``) runs on the arrays: on a 50-row tracker each pandas call
    costs more than the work itself. The Series views are for callers that want labels.
    """

    index: pd.Index
    date_values: np.ndarray  # datetime64[ns]; NaT when empty or unreadable
    problem_values: np.ndarray  # object: the reason (see ParsedDate.problem) or None
    month_day_values: np.ndarray  # object: (month, day) for dates without a year, else None
    # object: the weekday (Monday 0) a date without a year names ("Sun 1 March"), else None
    weekday_values: np.ndarray

    @property
    def dates(self) -> pd.Series:
        return pd.Series(self.date_values, index=self.index, dtype="datetime64[ns]")

    @property
    def problems(self) -> pd.Series:
        return pd.Series(self.problem_values, index=self.index, dtype=object)

    @property
    def month_days(self) -> pd.Series:
        return pd.Series(self.month_day_values, index=self.index, dtype=object)

    def year_less(self) -> np.ndarray:
        """Positions of the dates written without a year."""
        return np.flatnonzero(pd.notna(self.month_day_values))


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
    cells = values.to_numpy(dtype=object)
    # An object column is inferred from its array: the same answer, a sixth of the cost of
    # pandas' Series path on a 50-row column. Other dtypes are read from the dtype by pandas.
    is_object = values.dtype == object
    inferred = pd.api.types.infer_dtype(cells if is_object else values, skipna=True)
    if inferred == "empty":
        return {}
    present = pd.notna(cells if is_object else values.to_numpy())
    if inferred in _SINGLE_TYPES:
        return {_SINGLE_TYPES[inferred]: present}
    # Plain numpy on the cells: on a small tracker, pandas' cost per call (a map, one
    # comparison per type) is more than the work.
    kinds = [type(v) for v in cells[present]]
    numbered = {kind: i for i, kind in enumerate(dict.fromkeys(kinds))}  # by first appearance
    codes = np.full(len(values), -1)
    codes[present] = [numbered[kind] for kind in kinds]
    groups: TypeGroups = {}
    for kind, i in numbered.items():
        key = dt.datetime if issubclass(kind, (dt.datetime, np.datetime64)) else kind
        mask = codes == i
        groups[key] = groups[key] | mask if key in groups else mask
    return groups


FACTORIZE_IN_PYTHON_UP_TO = 1_000  # cells; above this pandas' hash table is the faster


def factorize(cells: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``pd.factorize`` of non-empty cells of one Python type (a ``type_groups`` group): codes,
    and the distinct values in order of first appearance. Raises TypeError when unhashable.

    A tracker's column is often 50 cells, where pandas' cost per call is three times the work
    (43 against 15 µs), so small columns are counted with a dict. Both use Python's hash and
    ==, so they agree on every value that is not missing (NaN is never in a group).

    pandas is left its missing-value sentinel: with ``use_na_sentinel=False`` it first looks
    for missing values over the whole object array (``isna``), a second pass for nothing here,
    as a group holds none; with it, the hash table skips them as it goes, and the codes and
    uniques are the same.
    """
    if len(cells) > FACTORIZE_IN_PYTHON_UP_TO:
        return pd.factorize(cells)
    seen: dict[object, int] = {}
    codes = np.fromiter(
        (seen.setdefault(cell, len(seen)) for cell in cells), dtype=np.intp, count=len(cells)
    )
    uniques = np.empty(len(seen), dtype=object)
    for i, value in enumerate(seen):  # one by one: a tuple must not be spread over slots
        uniques[i] = value
    return codes, uniques


def parse_date_column(
    values: pd.Series,
    *,
    dayfirst: bool | None = None,
    epoch_1904: bool = False,
    groups: TypeGroups | None = None,
    order: DateOrder | None = None,
) -> DateColumn:
    """``parse_date`` over a column: datetime cells in one pandas call, the rest per value.

    ``groups``: the column's ``type_groups`` when the caller has them already. ``order``: the
    column's ``DateOrder``, which replaces ``dayfirst``: it can read 13-01-2026 and 2/16/2026
    each its own way, and notes a text date it leaves in doubt.
    """
    index = values.index
    dates = np.full(len(values), np.datetime64("NaT", "ns"), dtype="datetime64[ns]")
    problems = np.full(len(values), None, dtype=object)
    month_days = np.full(len(values), None, dtype=object)
    weekdays = np.full(len(values), None, dtype=object)
    cells = values.to_numpy(dtype=object)
    for kind, mask in (type_groups(values) if groups is None else groups).items():
        subset = cells[mask]
        if kind is dt.datetime:
            fast = _datetimes_in_range(subset)
            if fast is not None:
                dates[mask] = fast
                problems[mask] = _out_of_range_reasons(fast, subset)
                continue
        sub_dates, sub_problems, sub_month_days, sub_weekdays = _parse_distinct(
            subset, dayfirst=dayfirst, epoch_1904=epoch_1904, order=order
        )
        dates[mask] = sub_dates
        problems[mask] = sub_problems
        month_days[mask] = sub_month_days
        if sub_weekdays is not None:
            weekdays[mask] = sub_weekdays
    return DateColumn(index, dates, problems, month_days, weekdays)


# The century Excel's window puts a two-digit year from 30 on in ("15/01/70" is 1970): on a
# Thai row, the Buddhist era's (``dates.local_era_date``).
_TWO_DIGIT_CENTURY = 1900


def with_local_eras(
    column: DateColumn,
    values: pd.Series,
    countries: np.ndarray,
    order: DateOrder | None = None,
    placed: np.ndarray | None = None,
) -> DateColumn:
    """``column`` with the cells it could not read that are dates in the local calendar of
    their own row's country (``countries``, a code per row) read so (``dates.local_era_date``:
    "116/04/27" on a Taiwanese row, "27/04/2570" on a Thai one), and the others of those forms
    said in words (``dates.era_hint``; ``placed``: the rows whose place was written, none when
    None). A Thai row's text date read in the 1900s is read again: its two-digit year is the
    Buddhist era's ("15/01/70" is 2570, 2027)."""
    unread_cells = np.isnat(column.date_values) & pd.notna(column.problem_values)
    # Each distinct country looked at once (-1, the last: a row without one).
    at, distinct = pd.factorize(countries)
    thai = np.array(
        [isinstance(c, str) and c.split("-")[0] == "TH" for c in distinct] + [False], bool
    )[at]
    if thai.any():
        years = column.date_values.astype("datetime64[Y]").astype(int) + 1970
        last_century = ~np.isnat(column.date_values) & (years >= _TWO_DIGIT_CENTURY)
        unread_cells |= thai & last_century & (years < _TWO_DIGIT_CENTURY + 100)
    unread = np.flatnonzero(unread_cells)
    if not len(unread):
        return column
    read = replace(
        column, date_values=column.date_values.copy(), problem_values=column.problem_values.copy()
    )
    cells = values.to_numpy(dtype=object)
    dayfirst = order.dayfirst if order is not None else None
    # Each distinct (cell, country, problem, place written) looked at once: a 100,000-row
    # tracker's date columns hold some 100,000 cells no date reader took ("yes" in a sent
    # column), most of them alike (issue 15). The type keeps 1, 1.0 and True apart.
    seen: dict[tuple[object, ...], tuple[np.datetime64 | None, str | None, bool]] = {}
    for i in unread:
        cell, country, problem = cells[i], countries[i], read.problem_values[i]
        was_placed = bool(placed is not None and placed[i])
        key = (type(cell), cell, country, problem, was_placed)
        found = seen.get(key)
        if found is None:
            found = seen[key] = _in_local_era(cell, country, problem, was_placed, dayfirst)
        day, note, changed = found
        if day is not None:
            read.date_values[i] = day
        if changed:
            read.problem_values[i] = note
    return read


def _in_local_era(
    cell: object, country: object, problem: str | None, placed: bool, dayfirst: bool | None
) -> tuple[np.datetime64 | None, str | None, bool]:
    """``with_local_eras`` of one cell: its date in its row's local calendar (None: none),
    the problem (or note) it then has, and whether that changed."""
    parsed = local_era_date(cell, country, dayfirst)  # type: ignore[arg-type]
    if parsed is not None and parsed.value is not None:
        return np.datetime64(parsed.value, "ns"), parsed.note, True
    hint = era_hint(cell, problem, placed, country)  # type: ignore[arg-type]
    return None, hint, bool(hint)


def _out_of_range_reasons(days: np.ndarray, cells: np.ndarray) -> np.ndarray:
    """What ``parse_date`` says of each datetime cell the fast path left out (its year)."""
    reasons = np.full(len(days), None, dtype=object)
    for i in np.flatnonzero(np.isnat(days)):
        reasons[i] = parse_date(cells[i]).problem
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


# Cells whose equal values always read as the same date: their parse is remembered across files
# (a coach's trackers repeat the same dates and words). Datetimes are not: two aware ones can be
# equal yet fall on different calendar days.
_REMEMBERED_TYPES = (str, dt.date, float, int)


def _parse_value(value: object, dayfirst: bool | None, epoch_1904: bool) -> ParsedDate:
    """``parse_date`` of one distinct (hashable) cell value."""
    if type(value) in _REMEMBERED_TYPES:
        return _parse_remembered(value, dayfirst, epoch_1904)
    return parse_date(value, dayfirst=dayfirst, epoch_1904=epoch_1904)


def _parse_in_doubt(value: object, order: DateOrder, epoch_1904: bool) -> ParsedDate:
    """``_parse_value`` in a column of both orders: by the value's separator, and noted when
    the column leaves its reading in doubt."""
    parsed = _parse_value(value, order.dayfirst_for(value), epoch_1904)
    doubt = order.doubt(value) if parsed.value is not None else None
    if doubt is None:
        return parsed
    return replace(parsed, note=f"{parsed.note}; {doubt}" if parsed.note else doubt)


@lru_cache(maxsize=8192, typed=True)  # typed: 1, 1.0 and True read differently
def _parse_remembered(value: object, dayfirst: bool | None, epoch_1904: bool) -> ParsedDate:
    return parse_date(value, dayfirst=dayfirst, epoch_1904=epoch_1904)


def _parse_distinct(
    subset: np.ndarray, *, dayfirst: bool | None, epoch_1904: bool, order: DateOrder | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray | None]:
    """Parse each distinct value once (values of one Python type, so 1 and True never merge).

    Returns dates (datetime64[ns]), problems, month_days and weekdays (object; None when no
    value names a weekday without a year), aligned with ``subset``.
    """
    codes, uniques = factorize(subset)
    if order is None:
        parsed = [_parse_value(u, dayfirst, epoch_1904) for u in uniques]
    else:  # each value in its own order: its separator's, day-first with dots
        parsed = [_parse_in_doubt(u, order, epoch_1904) for u in uniques]
    nat = np.datetime64("NaT", "ns")
    unique_dates = np.array(
        [np.datetime64(p.value, "ns") if p.value is not None else nat for p in parsed],
        dtype="datetime64[ns]",
    )
    unique_problems = np.array([p.problem or p.note for p in parsed], dtype=object)
    unique_month_days = np.empty(len(parsed), dtype=object)
    unique_month_days[:] = [p.month_day for p in parsed]
    weekdays = None
    if any(p.weekday is not None for p in parsed):
        weekdays = np.array([p.weekday for p in parsed], dtype=object)[codes]
    return unique_dates[codes], unique_problems[codes], unique_month_days[codes], weekdays


# ---------------------------------------------------------------------------------------------
# Each column's date order (3/11/2026: March 11 or 3 November)
# ---------------------------------------------------------------------------------------------

# "24. 3. 2027", Excel's short date in Slovakia and Czechia, has a space after each dot.
_DAYFIRST_EVIDENCE = re.compile(
    r"(?P<a>\d{1,2})(?P<sep>[-/.])(?:(?<=\.)\s)?(?P<b>\d{1,2})(?:[-/.]\s?\d{2,4})?\b"
)


# A weekday before a date, in any language ("Mon 30.11.", "Di. 24.03.", "lundi, 30.11."):
# what follows it (``DateOrder.dayfirst_for``).
_AFTER_WEEKDAY = re.compile(r"[^\W\d_]+\.?,?\s+(?P<rest>\d.*)")


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


# What ``check`` says of a date column that has no numeric text date to read either way.
NO_NUMERIC_DATES = "no dates written as numbers like 3/11/2026"


@dataclass(frozen=True)
class DateOrder:
    """How a column's numeric text dates (3/11/2026) are read, and why.

    ``source``: 'forced' (--dayfirst/--monthfirst or the config), 'detected' (a value in this
    column can only be read one way), 'other column' (detected in another date column),
    'dotted' (only dates written with dots, 4.3.2026, which are day-first by convention),
    'by separator' (day-first and month-first values, each order with its own separator:
    13-01-2026 and 2/16/2026, as a program writes one way and a date picker another),
    'mixed' (values that can only be day-first and others only month-first), 'header' (only
    ambiguous values, and the header says the order: "Interview Date (DD/MM/YYYY)"), 'locale'
    (only ambiguous values, and the file says where it was written: a CSV separated by
    semicolons, every row's Country day-first, the config's country; ``evidence`` says which),
    'undecided' (only ambiguous values: read as US month/day), 'none' (no numeric text dates).
    """

    dayfirst: bool | None
    source: str
    evidence: str = ""  # the deciding cell's text
    row: int | None = None  # its Excel row
    column: str = ""  # its column's header, for 'other column'
    counter: str = ""  # 'mixed', 'by separator': the first value pointing the other way
    counter_row: int | None = None
    # 'by separator': each separator that decides an order -> day-first
    separators: tuple[tuple[str, bool], ...] = ()

    def dayfirst_for(self, value: object) -> bool | None:
        """How ``value`` (a cell) is read: the column's order, or its separator's. A date
        written with dots ("12.11.", "12.11.2026", after a weekday "Mon 30.11.") is day-first,
        as every country that writes dots writes them, where no date of the column says how
        its dots are meant and the day-first reading is a date (ot104 F8: "Sent Mon 30.11." in
        a month-first column was no date; fx312: "Onsite 12.11." beside "11/24" was 11
        December)."""
        if not isinstance(value, str):
            return self.dayfirst
        weekday = _AFTER_WEEKDAY.fullmatch(value.strip())
        m = _DAYFIRST_EVIDENCE.match(value.strip() if weekday is None else weekday["rest"])
        if m is None:
            return self.dayfirst
        separators = dict(self.separators)
        if m["sep"] in separators:
            return separators[m["sep"]]
        if m["sep"] != "." or self.source == "forced" or self.from_dots or int(m["b"]) > 12:
            return self.dayfirst
        return True

    @property
    def from_dots(self) -> bool:
        """Whether the order rests on a date written with dots (24.11.2026): dots are day-first
        wherever they are written, so such a date says nothing of how 3/11/2026 is meant."""
        m = _DAYFIRST_EVIDENCE.match(self.evidence)
        return m is not None and m["sep"] == "."

    def reading(self, value: object, read: dt.date) -> str | None:
        """How an ambiguous numeric date (12/1/2026: either order is a date) was read and why:
        'read as 12 January 2026 (day-first, from …)', for a problem that the other reading
        may explain. None for any other value, or when the user forced the order."""
        if self.source == "forced" or not isinstance(value, str):
            return None
        m = _DAYFIRST_EVIDENCE.match(value.strip())
        if m is None or int(m["a"]) == int(m["b"]) or max(int(m["a"]), int(m["b"])) > 12:
            return None
        order = "day-first" if read.month == int(m["b"]) else "US month/day"
        return f"read as {read.day} {read:%B %Y} ({order}, {self._why(m['sep'])})"

    def _why(self, separator: str) -> str:
        """Why a value written with ``separator`` was read in the order it was, briefly."""
        if separator in dict(self.separators) and self.source != "by separator":
            return "as dates written with dots are"
        if separator == "." and not self.dayfirst and separator not in dict(self.separators):
            return "as dates written with dots are"  # whatever the column's order
        if self.source == "detected":
            return f'from "{self.evidence}" in row {self.row} of this column'
        if self.source == "other column" and self.row is None:
            return f'as the header "{self.column}" says'
        if self.source == "other column":
            return f'from {self.column}: "{self.evidence}" in row {self.row}'
        if self.source == "dotted":
            return "as dates written with dots are"
        if self.source == "by separator" and separator in dict(self.separators):
            return f'as this column\'s dates written with "{separator}" are'
        if self.source in ("mixed", "by separator"):
            return "this column has dates of both orders"
        if self.source == "header":
            return f'as the header "{self.evidence}" says'
        if self.source == "locale":
            return self.evidence
        return self.evidence or "nothing in the file says"  # rows that disagree (PL and US)

    def doubt(self, value: object) -> str | None:
        """The note for a text date that this column's values contradict (3/11/2026 among
        13/11/2026 and 11/14/2026): it is read as US month/day, and the row says so."""
        if self.source not in ("mixed", "by separator") or not isinstance(value, str):
            return None
        m = _DAYFIRST_EVIDENCE.match(value.strip())
        if m is None or self.dayfirst_for(value) is not None:
            return None
        a, b = int(m["a"]), int(m["b"])
        if a == b or a > 12 or b > 12:
            return None  # only one reading
        return (
            "is read as US month/day, but this column has both day-first and month-first "
            "dates: check it (or use --dayfirst or --monthfirst)"
        )

    def _describe(self) -> str:
        order = "day-first" if self.dayfirst else "US month/day"
        if self.source == "forced":
            return f"{order} (forced)"
        if self.source == "detected":
            return f'{order} (detected: "{self.evidence}" in row {self.row})'
        if self.source == "other column" and self.row is None:
            return f'{order} (as the header "{self.column}" says)'
        if self.source == "other column":
            return f'{order} (detected in {self.column}: "{self.evidence}" in row {self.row})'
        if self.source == "dotted":
            return f'day-first (dates written with dots are: "{self.evidence}" in row {self.row})'
        if self.source == "by separator":
            shown = {True: "day-first", False: "US month/day"}
            orders = ", ".join(f'"{sep}" {shown[first]}' for sep, first in self.separators)
            return (
                f'by separator: {orders} (detected: "{self.evidence}" in row {self.row}, '
                f'"{self.counter}" in row {self.counter_row})'
            )
        if self.source == "mixed":
            return (
                f'mixed: "{self.evidence}" (row {self.row}) is day-first but '
                f'"{self.counter}" (row {self.counter_row}) is month-first; each is read the '
                "only way it can be, the rest as US month/day (use --dayfirst or --monthfirst)"
            )
        if self.source == "header":
            return f'{order} (the header says so: "{self.evidence}")'
        if self.source == "locale":
            return f"{order} (no value decides it; {self.evidence})"
        if self.source == "undecided":
            disagree = f"{self.evidence}; " if self.evidence else ""
            return (
                f"US month/day (no value decides it; {disagree}use --dayfirst if 3/11/2026 means"
                " 3 November)"
            )
        return NO_NUMERIC_DATES

    def describe(self) -> str:
        """How the column's numeric text dates are read, and why (``check``)."""
        said = self._describe()
        if self.separators and self.source != "by separator":
            dots = "(24.11.2026) day-first"
            if not dict(self.separators).get(".", True):
                dots = "(11.24.2026) US month/day"
            said += f"; dates written with dots {dots}"
        return said


def detect_date_order(values: pd.Series) -> DateOrder:
    """The order of the numeric text dates in one column (index: Excel rows).

    Dates written with dots (24.11.2026) are day-first wherever they are written, so they say
    nothing of the column's other dates: beside 12/1/2026 alone the column's slash dates stay
    undecided (read as the fallbacks say), its dotted ones day-first."""
    texts = distinct_texts(values)
    order = _order_of(texts)
    if not order.from_dots or order.dayfirst is None:
        return order
    others = _order_of({t: r for t, r in texts.items() if not _written_with_dots(t)})
    if others.source == "undecided":
        return replace(others, separators=((".", order.dayfirst),))
    if others.source == "detected" and others.dayfirst == order.dayfirst:
        return others
    return order


def _written_with_dots(text: str) -> bool:
    m = _DAYFIRST_EVIDENCE.match(text.strip())
    return m is not None and m["sep"] == "."


def dotted(text: str) -> bool:
    """Whether ``text`` is a date in figures written with dots, after a weekday too ("30.11.",
    "Wed 02.03.", "Di. 24.03."): day-first wherever it is written."""
    weekday = _AFTER_WEEKDAY.fullmatch(text.strip())
    return _written_with_dots(text if weekday is None else weekday["rest"])


def _order_of(texts: dict[str, int]) -> DateOrder:
    """``detect_date_order`` over distinct texts (text -> its first row), all separators."""
    day_first: tuple[str, int] | None = None
    month_first: tuple[str, int] | None = None
    by_separator: dict[str, set[bool]] = {}
    seen = False
    dotted: tuple[str, int] | None = None  # the first date written with dots (4.3.2026)
    for value, row in texts.items():
        m = _DAYFIRST_EVIDENCE.match(value.strip())
        if m is None:
            continue
        if m["sep"] == "." and dotted is None:
            dotted = (value.strip(), row)
        a, b = int(m["a"]), int(m["b"])
        # Only a value either order can read leaves the order open: 31/02/2026 is no date
        # either way, and reads nothing as US month/day.
        seen = seen or (a <= 12 and b <= 12)
        # Only a value that is a real date read that way is evidence (31/02/2026 is not).
        if a > 12 >= b and _valid_as(value, dayfirst=True):
            day_first = day_first or (value.strip(), row)
            by_separator.setdefault(m["sep"], set()).add(True)
        elif b > 12 >= a and _valid_as(value, dayfirst=False):
            month_first = month_first or (value.strip(), row)
            by_separator.setdefault(m["sep"], set()).add(False)
    if dotted and "." not in by_separator:
        # Dates written with dots are day-first wherever they are written (de, fr, ru, ...):
        # the convention settles them when no dotted value does.
        if not day_first and not month_first:
            return DateOrder(True, "dotted", *dotted)
        by_separator["."] = {True}
        day_first = day_first or dotted
    if day_first and month_first:
        if all(len(orders) == 1 for orders in by_separator.values()):
            separators = tuple((sep, orders.pop()) for sep, orders in by_separator.items())
            return DateOrder(
                None,
                "by separator",
                *day_first,
                counter=month_first[0],
                counter_row=month_first[1],
                separators=separators,
            )
        # Dates written with dots keep their own order (day-first unless a dotted value says
        # otherwise) when the column's slash or dash dates disagree: a typo in those says
        # nothing of 12.03.2027 (ot102 F1).
        dots = by_separator.get(".", set())
        return DateOrder(
            None,
            "mixed",
            *day_first,
            counter=month_first[0],
            counter_row=month_first[1],
            separators=((".", next(iter(dots))),) if len(dots) == 1 else (),
        )
    if day_first:
        return DateOrder(True, "detected", *day_first)
    if month_first:
        return DateOrder(False, "detected", *month_first)
    return DateOrder(None, "undecided" if seen else "none")


def distinct_texts(values: pd.Series) -> dict[str, int]:
    """Each distinct text in ``values`` once, in order of appearance, with its first row."""
    if len(values) > 64:  # a big column: pandas finds the first of each value in one pass
        values = values[~values.duplicated()]
    texts: dict[str, int] = {}
    for row, value in zip(values.index.tolist(), values.tolist(), strict=True):
        if isinstance(value, str) and value not in texts:
            texts[value] = int(row)
    return texts


def _valid_as(text: str, *, dayfirst: bool) -> bool:
    return parse_date_text(text, dayfirst=dayfirst).problem in (None, NO_YEAR)


# The order a header states: "Interview Date (MM/DD/YYYY)", "Applied dd.mm.yy".
_STATED_ORDER = re.compile(
    r"(?<![a-z])(?P<first>dd?|mm?)\s*[-/.]\s*(?P<second>dd?|mm?)(?![a-z])", re.I
)


def stated_order(header: str) -> bool | None:
    """Day-first (True) or month-first (False) when ``header`` spells the date format; None
    for a year-first one ("YYYY-MM-DD" says how ISO dates look, not 3/11/2026)."""
    m = _STATED_ORDER.search(header)
    if m is None or m["first"][0].lower() == m["second"][0].lower():
        return None
    if re.search(r"y\s*[-/.]\s*" + re.escape(m["first"]), header, re.IGNORECASE):
        return None
    return m["first"][0].lower() == "d"


def date_orders(
    columns: dict[str, pd.Series],
    headers: dict[str, str],
    forced: bool | None,
    locale: DateOrder | None = None,
) -> dict[str, DateOrder]:
    """Each date column's order: forced, else its own evidence, else what its header says,
    else another column's evidence, else ``locale`` (where the file was written, when that
    tells), else US month/day.

    ``columns``: name -> raw cells; ``headers``: name -> the header as the user wrote it.
    """
    if forced is not None:
        return {name: DateOrder(forced, "forced") for name in columns}
    own = {name: detect_date_order(values) for name, values in columns.items()}
    for name, order in own.items():
        stated = stated_order(headers.get(name, "")) if order.source == "undecided" else None
        if stated is not None:
            own[name] = DateOrder(stated, "header", headers[name], separators=order.separators)
    # Only slash and dash dates lend their order: a date with dots (24.11.2026) is day-first
    # even where 12/1/2026 is 1 December, so it tells nothing of another column's.
    decided = [
        (name, o)
        for name, o in own.items()
        if o.source == "header" or o.source == "detected" and not o.from_dots
    ]
    if decided and len({o.dayfirst for _, o in decided}) == 1:
        name, first = decided[0]
        borrowed = DateOrder(
            first.dayfirst,
            "other column",
            first.evidence,
            first.row,
            column=headers.get(name, name),
        )
        own = {n: _instead(o, borrowed) for n, o in own.items()}
    if locale is not None:
        own = {n: _instead(o, locale) for n, o in own.items()}
    return own


def _instead(order: DateOrder, fallback: DateOrder) -> DateOrder:
    """``fallback`` for an undecided column, keeping its dotted dates day-first; else ``order``."""
    if order.source != "undecided":
        return order
    return replace(fallback, separators=order.separators) if order.separators else fallback
