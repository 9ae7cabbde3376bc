"""``filled_cells``: whether each cell holds something, worked out once per distinct value, as
``cell_text`` reads the cell one by one."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from followup_batch.normalise.cells import cell_text, filled_cells

# Columns as a tracker's read cells hold them; each cell's answer is cell_text's.
COLUMNS = [
    # A Company column with blanks: None, NaN, an empty and a blank-only text.
    (["Acme", None, "Acme", float("nan"), "", "   ", "Globex"], [1, 0, 1, 0, 0, 0, 1]),
    # Interview dates: datetimes, a missing one (NaT), a typed text.
    (
        [dt.datetime(2026, 3, 2, 10, 30), pd.NaT, dt.datetime(2026, 3, 2, 10, 30), "tbd"],
        [1, 0, 1, 1],
    ),
    # Values a dictionary takes for one key (1 == 1.0 == True, 0 == 0.0 == False): each is
    # a filled cell all the same ("1", "TRUE", "0", "FALSE").
    ([1, True, 1.0, 0, False, 0.0, None], [1, 1, 1, 1, 1, 1, 0]),
    # Country cells, one of them a line break only.
    (["US", "GB", "US", "\n", None, "DE"], [1, 1, 1, 0, 0, 1]),
    # Two different NaN objects and numpy's own.
    ([float("nan"), np.nan, float("nan"), np.float64("nan"), 3.5], [0, 0, 0, 0, 1]),
    # A cell no dictionary can hold (a list): read cell by cell, the others still once.
    (["Acme", ["a", "b"], None, "Acme"], [1, 1, 0, 1]),
    ([], []),
]


@pytest.mark.parametrize(("values", "filled"), COLUMNS)
def test_filled_cells_reads_each_cell_as_cell_text_does(
    values: list[object], filled: list[int]
) -> None:
    assert filled_cells(values).tolist() == [bool(f) for f in filled]
    assert filled_cells(values).tolist() == [bool(cell_text(v)) for v in values]
    assert filled_cells(values).dtype == bool
