"""The days a live status formula names (``formulas._days``): each row's day as
``DATE(y,m,d)``, rows with none left out, a day many rows share written the same for each."""

from __future__ import annotations

import pandas as pd
import pytest

from followup_batch.write.xlsx.formulas import _days

NAT = pd.NaT


@pytest.mark.parametrize(
    ("rows", "days", "expected"),
    [
        pytest.param([], [], {}, id="no rows"),
        pytest.param([2, 3], [NAT, NAT], {}, id="no row has a day"),
        pytest.param(
            [2, 5, 9],
            ["2028-02-29", NAT, "2027-12-31"],
            {2: "DATE(2028,2,29)", 9: "DATE(2027,12,31)"},
            id="leap day, year end, a row without",
        ),
        pytest.param(
            [40_001, 7, 12],
            ["2027-01-01", "2027-01-01", "2026-12-31"],
            {40_001: "DATE(2027,1,1)", 7: "DATE(2027,1,1)", 12: "DATE(2026,12,31)"},
            id="rows out of order sharing a day",
        ),
        pytest.param(
            [2], ["2026-03-02 23:59:59"], {2: "DATE(2026,3,2)"}, id="a time of day is its day"
        ),
    ],
)
def test_each_rows_day_as_a_formulas_date(rows, days, expected):
    column = pd.Series(pd.to_datetime(pd.Series(days, dtype=object)).array, index=rows)
    frame = pd.DataFrame({"moves_on": column.astype("datetime64[ns]")})
    assert _days(frame, "moves_on") == expected
    assert list(_days(frame, "moves_on")) == [r for r in rows if r in expected]


def test_a_column_the_rows_do_not_have_gives_no_days():
    assert _days(pd.DataFrame({"moves_on": []}), "drops_on") == {}
