"""Golden file: the bundled sample tracker's schedule as of 2026-11-20.

A change to the rules, the calendars or the explanations shows up here as a reviewable diff.
Refresh after an intended change with:

    UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

and review ``git diff tests/golden/``.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd
import pytest

from followup_batch.compute import compute_sheet
from followup_batch.config import Config
from followup_batch.read import read_trackers

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "sample_2026-11-20.csv"
AS_OF = dt.date(2026, 11, 20)


def sample_output(path: Path) -> pd.DataFrame:
    config = Config()
    (table,) = read_trackers(path, config.reading)
    computed = compute_sheet(table, config, AS_OF)
    frame, out = computed.frame, computed.output
    out.insert(0, "company", frame["company"])
    for column in out.columns:
        if str(out[column].dtype).startswith("datetime64"):
            out[column] = out[column].dt.strftime("%Y-%m-%d").fillna("")
    return out.fillna("").astype(str)


def test_sample_matches_golden_file() -> None:
    actual = sample_output(ROOT / "sample_data" / "tracker.csv")
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(exist_ok=True)
        actual.to_csv(GOLDEN, lineterminator="\n")
    expected = pd.read_csv(GOLDEN, index_col=0, dtype=str, keep_default_na=False)
    expected.index = expected.index.astype(actual.index.dtype)
    expected.index.name = actual.index.name
    pd.testing.assert_frame_equal(actual, expected, check_index_type=False)


@pytest.mark.parametrize("name", ["tracker.xlsx"])
def test_xlsx_sample_agrees_with_csv_sample(name: str) -> None:
    """The two bundled samples hold the same data, so their schedules are the same."""
    xlsx = sample_output(ROOT / "sample_data" / name)
    csv = sample_output(ROOT / "sample_data" / "tracker.csv")
    pd.testing.assert_frame_equal(xlsx.drop(columns="problems"), csv.drop(columns="problems"))
