"""Dates in whole columns and each column's date order, as tables of values."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup_batch.normalise import date_columns
from followup_batch.normalise.date_columns import detect_dayfirst, parse_date_column
from followup_batch.normalise.dates import NO_YEAR, NOT_A_DATE, OUT_OF_RANGE


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


# One type_groups group each: cells of one Python type (ints and floats share one), never NaN.
ONE_TYPE_CELLS = st.one_of(
    st.lists(st.text(max_size=3)),
    st.lists(st.integers(-3, 3) | st.integers(-3, 3).map(float)),
    st.lists(st.floats(allow_nan=False)),
    st.lists(st.booleans()),
    st.lists(st.datetimes(dt.datetime(2026, 1, 1), dt.datetime(2026, 1, 3))),
)


@given(values=ONE_TYPE_CELLS, repeat=st.sampled_from([1, 400]))
def test_factorize_agrees_with_pandas(values: list[object], repeat: int) -> None:
    # repeat=400 takes long lists past FACTORIZE_IN_PYTHON_UP_TO to pandas' own.
    cells = np.empty(len(values) * repeat, dtype=object)
    cells[:] = values * repeat
    codes, uniques = date_columns.factorize(cells)
    expected_codes, expected_uniques = pd.factorize(cells, use_na_sentinel=False)
    assert codes.tolist() == expected_codes.tolist()
    assert [(type(u), u) for u in uniques] == [(type(u), u) for u in expected_uniques]


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
        OUT_OF_RANGE,
    ]
    assert column.month_days[16] == (11, 3)


def test_parse_date_column_keeps_ints_and_bools_apart() -> None:
    # 1 == True in Python: a column mixing them must not read True as serial 1.
    column = parse_date_column(pd.Series([1, True], dtype=object))
    assert column.dates.tolist() == [pd.Timestamp("1900-01-01"), pd.NaT]
    assert column.problems.tolist() == [None, NOT_A_DATE]


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
    order = date_columns.detect_date_order(pd.Series(values, index=range(2, 2 + len(values))))
    assert (order.dayfirst, order.source, order.describe()) == (dayfirst, source, described)


def test_date_orders_forced_and_borrowed() -> None:
    columns = {
        "interview_at": pd.Series(["3/11/2026", "4/11/2026"], index=[2, 3]),
        "last_reply": pd.Series([None, "20/11/2026"], index=[2, 3]),
        "thank_you_sent": pd.Series(["11/20/2026", None], index=[2, 3]),
    }
    headers = {"interview_at": "Date", "last_reply": "Heard Back", "thank_you_sent": "TY"}
    forced = date_columns.date_orders(columns, headers, True)
    assert {o.describe() for o in forced.values()} == {"day-first (forced)"}
    assert date_columns.date_orders(columns, headers, False)["last_reply"].describe() == (
        "US month/day (forced)"
    )
    # The columns disagree (20/11 vs 11/20): nobody borrows, the undecided one stays US.
    detected = date_columns.date_orders(columns, headers, None)
    assert detected["interview_at"].source == "undecided"
    del columns["thank_you_sent"]
    borrowed = date_columns.date_orders(columns, headers, None)["interview_at"]
    assert borrowed.describe() == 'day-first (detected in Heard Back: "20/11/2026" in row 3)'
