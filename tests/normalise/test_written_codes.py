"""``rounds.written_codes``: the cells of a column as ``repeated_within`` compares them (a
row pasted twice, stop 48), spelt once per distinct value instead of cell by cell (issue 15).
It must give every cell the text the per-cell rule gave (``as_written`` below, the code it
replaced, kept as the oracle): ``str(value).strip()``, '' for a blank."""

from __future__ import annotations

import datetime as dt
import decimal

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup_batch.normalise.rounds import written_codes

UTC = dt.UTC
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


def as_written(value: object) -> str:
    """The per-cell rule ``written_codes`` replaced (rounds.py before issue 15's stop 49)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value).strip()


def texts(column: list[object]) -> list[str]:
    codes, spelt = written_codes(pd.Series(column, dtype=object))
    assert spelt[0] == ""
    assert len(set(spelt)) == len(spelt)
    return [spelt[code] for code in codes]


# (case, a column's cells): each column is spelt as the per-cell rule spells it.
COLUMNS = [
    ("text", ["Acme", " Acme ", "Acme\n", "acme", "", "  ", "Globex"]),
    ("text with blanks", ["Acme", None, np.nan, " Acme", pd.NaT, "", pd.NA]),
    ("every cell blank", [None, np.nan, None]),
    ("no cell", []),
    ("date cells", [dt.date(2026, 3, 2), dt.date(2026, 3, 2), dt.date(2025, 12, 31)]),
    (
        "datetimes, one at midnight",
        [dt.datetime(2026, 3, 2, 10, 30), dt.datetime(2026, 3, 2), dt.datetime(2026, 3, 2)],
    ),
    ("dates and datetimes", [dt.date(2026, 3, 2), dt.datetime(2026, 3, 2), None]),
    (
        "a datetime and a Timestamp of it",
        [dt.datetime(2026, 3, 2, 10, 30), pd.Timestamp("2026-03-02 10:30"), None],
    ),
    (
        "one instant in two time zones",
        [dt.datetime(2026, 3, 2, 10, tzinfo=UTC), dt.datetime(2026, 3, 2, 11, tzinfo=PLUS_ONE)],
    ),
    ("whole numbers", [1, 2, 1, np.int64(2), 10**30]),
    ("numbers as the reader gives them", [1.0, 2.0, 1.0, 2.5, np.nan]),
    ("zero and minus zero", [0.0, -0.0, 0.0]),
    ("a float32 equal to a float", [np.float32(0.1), float(np.float32(0.1)), 0.1]),
    ("numbers of three kinds, equal", [1, 1.0, True, np.int64(1), decimal.Decimal("1.0")]),
    ("yes/no cells", [True, False, np.bool_(True), None]),
    ("text and numbers", ["1", 1, 1.0, " 1 ", None, "x"]),
    ("a decimal NaN", [decimal.Decimal("NaN"), decimal.Decimal("2.50")]),
]


@pytest.mark.parametrize(("case", "column"), COLUMNS, ids=[c[0] for c in COLUMNS])
def test_a_column_is_spelt_as_cell_by_cell(case: str, column: list[object]) -> None:
    assert texts(column) == [as_written(value) for value in column]


def test_the_spelling_of_a_few_cells() -> None:
    column = [dt.datetime(2026, 3, 2, 10, 30), dt.date(2026, 3, 2), 2.0, 2, " Acme ", None]
    assert texts(column) == ["2026-03-02 10:30:00", "2026-03-02", "2.0", "2", "Acme", ""]


def test_a_datetime64_column_is_spelt_as_its_timestamps() -> None:
    column = pd.Series(pd.to_datetime(["2026-03-02 10:30", None, "2026-03-02 10:30"]))
    codes, spelt = written_codes(column)
    assert [spelt[c] for c in codes] == ["2026-03-02 10:30:00", "", "2026-03-02 10:30:00"]


CELLS = st.one_of(
    st.none(),
    st.just(np.nan),
    st.just(pd.NaT),
    st.text(alphabet=" \t\nAab1.-", max_size=4),
    st.integers(-3, 3),
    st.floats(-3, 3, allow_nan=False).map(lambda x: round(x, 1)),
    st.sampled_from([0.0, -0.0, 1.0, 1, True, False, np.bool_(True), np.int64(1)]),
    st.dates(dt.date(2025, 12, 30), dt.date(2026, 1, 2)),
    st.datetimes(dt.datetime(2025, 12, 31, 23), dt.datetime(2026, 1, 1, 1)).map(
        lambda d: d.replace(minute=0, second=0, microsecond=0)
    ),
    st.sampled_from(
        [
            pd.Timestamp("2026-01-01"),
            dt.datetime(2026, 1, 1, 0, tzinfo=UTC),
            dt.datetime(2026, 1, 1, 1, tzinfo=PLUS_ONE),
        ]
    ),
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.lists(CELLS, max_size=12), st.lists(st.sampled_from(["a", " a", 1.0, 2.0]))))
def test_any_column_is_spelt_as_cell_by_cell(column: list[object]) -> None:
    assert texts(column) == [as_written(value) for value in column]
