"""The strict date reader and the stated-timeline phrases, as tables of values."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_batch.normalise import dates
from followup_batch.normalise.dates import (
    NO_YEAR,
    NOT_A_DATE,
    ParsedDate,
    Resolved,
    detect_dayfirst,
    parse_date,
    parse_date_column,
    parse_timeline,
)

D = dt.date


@pytest.mark.parametrize(
    ("value", "dayfirst", "expected"),
    [
        (dt.datetime(2026, 11, 3, 14, 30), None, D(2026, 11, 3)),
        (D(2026, 11, 3), None, D(2026, 11, 3)),
        (pd.Timestamp("2026-11-03 09:00"), None, D(2026, 11, 3)),
        (np.datetime64("2026-11-03T09:00"), None, D(2026, 11, 3)),
        ("2026-11-03", None, D(2026, 11, 3)),
        ("2026-11-03T14:00", None, D(2026, 11, 3)),
        ("2026-11-03 14:00:00", None, D(2026, 11, 3)),
        ("2026-11-03T14:00:00Z", None, D(2026, 11, 3)),
        ("2026/11/03", None, D(2026, 11, 3)),
        ("20261103", None, D(2026, 11, 3)),
        ("11/3/2026", None, D(2026, 11, 3)),
        ("11/3/2026", False, D(2026, 11, 3)),
        ("3/11/2026", True, D(2026, 11, 3)),
        ("3/11/2026", None, D(2026, 3, 11)),  # ambiguous: US order by default
        ("13/11/2026", None, D(2026, 11, 13)),  # only one valid reading
        ("03.11.2026", True, D(2026, 11, 3)),
        ("11/13/23, 9:42 AM", None, D(2023, 11, 13)),  # LinkedIn export
        ("11/13/23, 9:42 PM", None, D(2023, 11, 13)),
        ("1/2/99", None, D(1999, 1, 2)),  # Excel's two-digit-year window
        ("Nov 3, 2026", None, D(2026, 11, 3)),
        ("November 3rd, 2026", None, D(2026, 11, 3)),
        ("3 November 2026", None, D(2026, 11, 3)),
        ("3rd of November 2026", None, D(2026, 11, 3)),
        ("3-Nov-2026", None, D(2026, 11, 3)),
        ("03-Nov-26", None, D(2026, 11, 3)),
        ("Sept 30 2026", None, D(2026, 9, 30)),
        ("Tuesday, November 3, 2026", None, D(2026, 11, 3)),
        ("Tue 2026-11-03", None, D(2026, 11, 3)),
        ("  2026-11-03  ", None, D(2026, 11, 3)),
        ("2028-02-29", None, D(2028, 2, 29)),
        ("46000", None, D(2025, 12, 9)),  # a serial pasted as text
    ],
)
def test_parse_date_reads(value: object, dayfirst: bool | None, expected: dt.date) -> None:
    assert parse_date(value, dayfirst=dayfirst) == ParsedDate(value=expected)


@pytest.mark.parametrize(
    ("value", "dayfirst", "problem"),
    [
        ("31/02/2026", None, NOT_A_DATE),
        ("31/02/2026", True, NOT_A_DATE),
        ("2027-02-29", None, NOT_A_DATE),
        ("13/13/2026", None, NOT_A_DATE),
        ("11/13/2026", True, NOT_A_DATE),  # forced day-first: month 13 is not guessed away
        ("13/11/2026", False, NOT_A_DATE),
        ("hello", None, NOT_A_DATE),
        ("next week", None, NOT_A_DATE),
        ("2026", None, NOT_A_DATE),
        ("2026-11-03 25:00", None, NOT_A_DATE),
        ("11/13/23, 13:42 PM", None, NOT_A_DATE),
        ("Mon 2026-11-03", None, "is not a date (2026-11-03 is a Tuesday)"),
        ("Nov 2026", None, dates.NO_DAY),
        ("14:00", None, dates.TIME_ONLY),
        (dt.time(14, 0), None, dates.TIME_ONLY),
        (True, None, NOT_A_DATE),
        (False, None, NOT_A_DATE),
        (0, None, NOT_A_DATE),
        (60, None, NOT_A_DATE),  # 1900-02-29 never existed
        (-5, None, NOT_A_DATE),
        (2958466, None, NOT_A_DATE),
        (float("inf"), None, NOT_A_DATE),
        (dt.datetime(1, 1, 1), None, dates.OUT_OF_RANGE),
        (2958465, None, dates.OUT_OF_RANGE),  # 9999-12-31 is a date, but beyond datetime64[ns]
    ],
)
def test_parse_date_refuses(value: object, dayfirst: bool | None, problem: str) -> None:
    parsed = parse_date(value, dayfirst=dayfirst)
    assert parsed.value is None
    assert parsed.problem == problem


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "n/a",
        "N/A",
        "TBD",
        "-",
        "—",
        "--",
        "?",
        "none",
        "Pending",
        "No response",
        float("nan"),
        pd.NaT,
    ],
)
def test_placeholders_are_empty_not_problems(value: object) -> None:
    assert parse_date(value).is_empty


@pytest.mark.parametrize(
    ("text", "month_day"),
    [("Nov 3", (11, 3)), ("3 November", (11, 3)), ("11/3", (11, 3)), ("Feb 29", (2, 29))],
)
def test_dates_without_a_year_are_reported_with_month_and_day(
    text: str, month_day: tuple[int, int]
) -> None:
    assert parse_date(text) == ParsedDate(problem=NO_YEAR, month_day=month_day)


@pytest.mark.parametrize(
    ("month_day", "near", "expected"),
    [
        ((11, 3), D(2026, 11, 20), D(2026, 11, 3)),
        ((1, 4), D(2026, 12, 20), D(2027, 1, 4)),  # across the new year
        ((12, 28), D(2027, 1, 5), D(2026, 12, 28)),
        ((2, 29), D(2027, 3, 1), D(2028, 2, 29)),  # only a leap year has it
    ],
)
def test_infer_year_takes_the_nearest(
    month_day: tuple[int, int], near: dt.date, expected: dt.date
) -> None:
    assert dates.infer_year(month_day, near) == expected


@pytest.mark.parametrize(
    ("serial", "epoch_1904", "expected"),
    [
        (1, False, D(1900, 1, 1)),
        (59, False, D(1900, 2, 28)),
        (61, False, D(1900, 3, 1)),
        (46000, False, D(2025, 12, 9)),
        (46000.75, False, D(2025, 12, 9)),  # the fraction is the time of day
        (46329, False, D(2026, 11, 3)),
        (0, True, D(1904, 1, 1)),
        (44867, True, D(2026, 11, 3)),  # 1904 system: 1462 days less
    ],
)
def test_excel_serials(serial: float, epoch_1904: bool, expected: dt.date) -> None:
    assert parse_date(serial, epoch_1904=epoch_1904).value == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["13/11/2026", "3/4/2026"], True),
        (["11/13/2026", "3/4/2026"], False),
        (["3/4/2026", "1/2/2026"], None),  # nothing decides it
        (["13/11/2026", "11/13/2026"], None),  # contradictory
        (["2026-11-13", "hello", 5, None], None),
        (["25.12.2026"], True),
    ],
)
def test_detect_dayfirst(values: list[object], expected: bool | None) -> None:
    assert detect_dayfirst(values) is expected


def test_parse_date_column_fast_path_and_mixed_values() -> None:
    values = pd.Series(
        [
            dt.datetime(2026, 11, 3, 9),
            "2026-11-04",
            46000,
            None,
            "hello",
            True,
            "Nov 3",
            dt.datetime(1, 1, 1),
        ],
        index=range(10, 18),
        dtype=object,
    )
    column = parse_date_column(values)
    assert column.dates.dtype == "datetime64[ns]"
    assert list(column.dates.index) == list(range(10, 18))
    assert column.dates.tolist()[:3] == [
        pd.Timestamp("2026-11-03"),
        pd.Timestamp("2026-11-04"),
        pd.Timestamp("2025-12-09"),
    ]
    assert column.problems.tolist() == [
        None,
        None,
        None,
        None,
        NOT_A_DATE,
        NOT_A_DATE,
        NO_YEAR,
        dates.OUT_OF_RANGE,
    ]
    assert column.month_days[16] == (11, 3)


def test_parse_date_column_keeps_ints_and_bools_apart() -> None:
    # 1 == True in Python: a column mixing them must not read True as serial 1.
    column = parse_date_column(pd.Series([1, True], dtype=object))
    assert column.dates.tolist() == [pd.Timestamp("1900-01-01"), pd.NaT]
    assert column.problems.tolist() == [None, NOT_A_DATE]


# ---------------------------------------------------------------------------------------------
# Stated timelines. Interview days: Mon 2026-11-02, Thu 11-05, Fri 11-06, Sat 11-07, Sun 11-08.
# ---------------------------------------------------------------------------------------------

MON, THU, FRI, SAT, SUN = (D(2026, 11, d) for d in (2, 5, 6, 7, 8))
TIMELINE_TABLE: list[tuple[str, dt.date, dt.date]] = [
    # <weekday> / by / next: the first such weekday strictly after I
    *[
        ("Friday", i, e)
        for i, e in (
            (MON, D(2026, 11, 6)),
            (THU, D(2026, 11, 6)),
            (FRI, D(2026, 11, 13)),
            (SAT, D(2026, 11, 13)),
            (SUN, D(2026, 11, 13)),
        )
    ],
    *[("by Monday", i, D(2026, 11, 9)) for i in (MON, THU, FRI, SAT, SUN)],
    *[
        ("next tue", i, e)
        for i, e in (
            (MON, D(2026, 11, 3)),
            (THU, D(2026, 11, 10)),
            (FRI, D(2026, 11, 10)),
            (SAT, D(2026, 11, 10)),
            (SUN, D(2026, 11, 10)),
        )
    ],
    ("thu", THU, D(2026, 11, 12)),
    *[("tomorrow", i, i + dt.timedelta(days=1)) for i in (MON, THU, FRI, SAT, SUN)],
    # end of week / this week: the Friday of I's week, the following one from Friday on
    *[
        (phrase, i, e)
        for phrase in ("end of week", "this week", "end of the week")
        for i, e in (
            (MON, D(2026, 11, 6)),
            (THU, D(2026, 11, 6)),
            (FRI, D(2026, 11, 13)),
            (SAT, D(2026, 11, 13)),
            (SUN, D(2026, 11, 13)),
        )
    ],
    # next week: the Friday of the Monday-based week after I's week
    *[
        (phrase, i, D(2026, 11, 13))
        for phrase in ("next week", "end of next week")
        for i in (MON, THU, FRI, SAT, SUN)
    ],
    *[("in 3 days", i, i + dt.timedelta(days=3)) for i in (MON, FRI, SUN)],
    *[("in two weeks", i, i + dt.timedelta(weeks=2)) for i in (MON, THU, SAT)],
    ("in a week", THU, D(2026, 11, 12)),
    ("in an week", THU, D(2026, 11, 12)),
    ("in 1 day", SAT, SUN),
    ("in twelve days", MON, D(2026, 11, 14)),
    *[
        (phrase, i, D(2026, 11, 30))
        for phrase in ("end of month", "end of the month")
        for i in (MON, THU, FRI, SAT, SUN)
    ],
    # month, year ends and leap days
    ("end of month", D(2026, 12, 31), D(2026, 12, 31)),
    ("tomorrow", D(2026, 12, 31), D(2027, 1, 1)),
    ("Friday", D(2026, 12, 31), D(2027, 1, 1)),
    ("next week", D(2026, 12, 31), D(2027, 1, 8)),
    ("end of week", D(2026, 12, 31), D(2027, 1, 1)),
    ("in 2 weeks", D(2026, 12, 31), D(2027, 1, 14)),
    ("end of month", D(2028, 2, 10), D(2028, 2, 29)),
    ("end of month", D(2027, 2, 10), D(2027, 2, 28)),
    ("end of month", D(2028, 2, 29), D(2028, 2, 29)),
    ("tomorrow", D(2028, 2, 28), D(2028, 2, 29)),
    ("tomorrow", D(2028, 2, 29), D(2028, 3, 1)),
    ("in 1 week", D(2028, 2, 25), D(2028, 3, 3)),
    # case, spaces and punctuation
    ("  NEXT FRIDAY!! ", MON, D(2026, 11, 6)),
    ("(End of the Month.)", THU, D(2026, 11, 30)),
    ('"by  wed"', FRI, D(2026, 11, 11)),
]


@pytest.mark.parametrize(("text", "interview", "expected"), TIMELINE_TABLE)
def test_parse_timeline(text: str, interview: dt.date, expected: dt.date) -> None:
    assert parse_timeline(text, interview) == Resolved(date=expected)


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("within 5 business days", 5),
        ("Within three business days.", 3),
        ("within 1 business day", 1),
        ("within 10 working days", 10),
        ("within 4 bd", 4),
    ],
)
def test_within_business_days_is_left_to_the_rules(text: str, n: int) -> None:
    assert parse_timeline(text, THU) == Resolved(within_bd=n)


@pytest.mark.parametrize(
    "text",
    [
        "soon",
        "asap",
        "in 0 days",
        "in thirteen days",
        "in 2 months",
        "next",
        "by",
        "last friday",
        "within 5 days",
        "fridays",
        "next next week",
        "2 weeks",
        "",
    ],
)
def test_other_text_is_not_a_timeline(text: str) -> None:
    assert parse_timeline(text, THU) is None


def test_resolve_timelines_leaves_rows_without_interview_empty() -> None:
    interview = pd.Series(
        [pd.Timestamp("2026-11-05"), pd.NaT, pd.Timestamp("2026-11-05")], dtype="datetime64[ns]"
    )
    resolved, within = dates.resolve_timelines(
        pd.Series([dates.WEEKDAY, dates.WEEKDAY, dates.BUSINESS_DAYS], dtype=object),
        pd.Series([4, 4, 5]),
        interview,
    )
    assert resolved.tolist()[0] == pd.Timestamp("2026-11-06")
    assert resolved.isna().tolist() == [False, True, True]
    assert within.tolist() == [pd.NA, pd.NA, 5]


# ---------------------------------------------------------------------------------------------
# Never raises
# ---------------------------------------------------------------------------------------------

CELL_VALUES = st.one_of(
    st.none(),
    st.text(max_size=30),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.datetimes(),
    st.dates(),
    st.times(),
    st.sampled_from(
        [
            "2026-11-03",
            "11/13/23, 9:42 AM",
            "Nov 3",
            "31/02/2026",
            "yes",
            "n/a",
            "next Friday",
            "within 5 business days",
            "46000",
            "Mon 2026-11-02",
        ]
    ),
)


@given(value=CELL_VALUES, dayfirst=st.sampled_from([None, True, False]), epoch_1904=st.booleans())
def test_parse_date_never_raises(value: object, dayfirst: bool | None, epoch_1904: bool) -> None:
    parsed = parse_date(value, dayfirst=dayfirst, epoch_1904=epoch_1904)
    assert (parsed.value is None) or (parsed.problem is None)
    if parsed.value is not None:
        assert dates.FIRST_SUPPORTED <= parsed.value <= dates.LAST_SUPPORTED


@given(text=st.text(max_size=40), interview=st.dates(D(1700, 1, 1), D(2200, 12, 1)))
def test_parse_timeline_never_raises(text: str, interview: dt.date) -> None:
    resolved = parse_timeline(text, interview)
    if resolved is not None and resolved.date is not None:
        assert resolved.date >= interview


@given(values=st.lists(CELL_VALUES, max_size=20))
def test_parse_date_column_agrees_with_parse_date(values: list[object]) -> None:
    column = parse_date_column(pd.Series(values, dtype=object))
    for i, value in enumerate(values):
        one = parse_date(value)
        got = column.dates.iloc[i]
        assert (pd.isna(got) and one.value is None) or got.date() == one.value
        if one.value is None:
            assert column.problems.iloc[i] == one.problem


# ---------------------------------------------------------------------------------------------
# Several dates in one cell, and each column's date order
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected", "note"),
    [
        ("8/3/2019 and 9/9/2019", D(2019, 9, 9), "holds 2 dates; the later, 2019-09-09, is used"),
        ("9/9/2019 and 8/3/2019", D(2019, 9, 9), "holds 2 dates; the later, 2019-09-09, is used"),
        ("8/3/2019, 9/9/2019", D(2019, 9, 9), "holds 2 dates; the later, 2019-09-09, is used"),
        (
            "2026-11-03; 2026-11-10",
            D(2026, 11, 10),
            "holds 2 dates; the later, 2026-11-10, is used",
        ),
        (
            "Nov 3, 2026 & Nov 9, 2026",
            D(2026, 11, 9),
            "holds 2 dates; the later, 2026-11-09, is used",
        ),
        (
            "1/5/2026 then 1/9/2026 then 1/20/2026",
            D(2026, 1, 20),
            "holds 3 dates; the latest, 2026-01-20, is used",
        ),
        ("Nov 3, 2026", D(2026, 11, 3), None),  # one date with a comma in it
        ("11/13/23, 9:42 AM", D(2023, 11, 13), None),  # one date and a time
    ],
)
def test_several_dates_in_one_cell(value: str, expected: dt.date, note: str | None) -> None:
    assert parse_date(value) == ParsedDate(value=expected, note=note)


@pytest.mark.parametrize(
    "value", ["8/3/2019 and tbd", "8/3/2019 and 31/02/2019", "Nov 3 and Nov 9"]
)
def test_several_values_not_all_dates_is_not_a_date(value: str) -> None:
    assert parse_date(value).problem in (NOT_A_DATE, NO_YEAR)
    assert parse_date(value).value is None


def test_several_dates_in_a_column_keep_the_note() -> None:
    column = parse_date_column(pd.Series(["8/3/2019 and 9/9/2019", "2026-11-03"], dtype=object))
    assert column.dates.tolist() == [pd.Timestamp("2019-09-09"), pd.Timestamp("2026-11-03")]
    assert column.problems.tolist() == ["holds 2 dates; the later, 2019-09-09, is used", None]


@pytest.mark.parametrize(
    ("values", "dayfirst", "source", "described"),
    [
        (
            ["3/11/2026", "13/11/2026"],
            True,
            "detected",
            'day-first (detected: "13/11/2026" in row 3)',
        ),
        (
            ["3/11/2026", "11/13/23, 9:42 AM"],
            False,
            "detected",
            'US month/day (detected: "11/13/23, 9:42 AM" in row 3)',
        ),
        (
            ["3/11/2026", "4/11/2026"],
            None,
            "undecided",
            "US month/day (no value decides it; use --dayfirst if 3/11/2026 means 3 November)",
        ),
        (["2026-11-03", "Nov 3, 2026"], None, "none", "no dates written as numbers like 3/11/2026"),
        (
            ["13/11/2026", "11/14/2026"],
            None,
            "mixed",
            'mixed: "13/11/2026" (row 2) is day-first but "11/14/2026" (row 3) is month-first; '
            "each is read the only way it can be, the rest as US month/day (use --dayfirst or "
            "--monthfirst)",
        ),
    ],
)
def test_detect_date_order(
    values: list[str], dayfirst: bool | None, source: str, described: str
) -> None:
    order = dates.detect_date_order(pd.Series(values, index=range(2, 2 + len(values))))
    assert (order.dayfirst, order.source, order.describe()) == (dayfirst, source, described)


def test_date_orders_forced_and_borrowed() -> None:
    columns = {
        "interview_at": pd.Series(["3/11/2026", "4/11/2026"], index=[2, 3]),
        "last_reply": pd.Series([None, "20/11/2026"], index=[2, 3]),
        "thank_you_sent": pd.Series(["11/20/2026", None], index=[2, 3]),
    }
    headers = {"interview_at": "Date", "last_reply": "Heard Back", "thank_you_sent": "TY"}
    forced = dates.date_orders(columns, headers, True)
    assert {o.describe() for o in forced.values()} == {"day-first (forced)"}
    assert dates.date_orders(columns, headers, False)["last_reply"].describe() == (
        "US month/day (forced)"
    )
    # The columns disagree (20/11 vs 11/20): nobody borrows, the undecided one stays US.
    detected = dates.date_orders(columns, headers, None)
    assert detected["interview_at"].source == "undecided"
    del columns["thank_you_sent"]
    borrowed = dates.date_orders(columns, headers, None)["interview_at"]
    assert borrowed.describe() == 'day-first (detected in Heard Back: "20/11/2026" in row 3)'


@pytest.mark.parametrize(
    ("month_day", "limit", "expected"),
    [
        ((11, 3), D(2026, 11, 10), D(2026, 11, 3)),
        ((11, 3), D(2026, 11, 3), D(2026, 11, 3)),
        ((12, 30), D(2027, 1, 5), D(2026, 12, 30)),
        ((2, 29), D(2027, 3, 1), D(2024, 2, 29)),
    ],
)
def test_latest_on_or_before(month_day: tuple[int, int], limit: dt.date, expected: dt.date) -> None:
    assert dates.latest_on_or_before(month_day, limit) == expected
