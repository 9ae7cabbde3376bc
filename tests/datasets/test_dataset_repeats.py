"""A row repeated whole in a dataset is followed up as often as it is there, whatever the
partitions (docs/scale.md: each row of a dataset stands alone): a tracker's row pasted twice
is a ``Duplicate`` (``normalise.rounds.repeated_within``), but a dataset's client's rows meet
only in the whole dataset, and within a partition a repeat cut apart from its row would be
followed up while one beside it would not (fx200)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("pyarrow")  # the [dask] extra, which CI installs

import pyarrow.dataset as pads

from followup_batch.compute import compute_sheets
from followup_batch.config import Config
from followup_batch.datasets import DATASET_COLUMNS, run_dataset
from followup_batch.read import read_trackers

AS_OF = dt.date(2027, 1, 13)
ROW = "Maya Chen,Canva,Designer,2027-01-12,Video,Ed Fox,US\n"
CSV = (
    "Client,Company,Position,Interview Date,Interview Type,Interviewer,Country\n"
    + ROW
    + "Maya Chen,Globex,Analyst,2027-01-11,Phone,Bo Chen,US\n"
    + ROW
)


def owned(out: Path) -> list[tuple[str, str]]:
    """OUT's status and next action, in row order."""
    frame = pads.dataset(out, format="parquet").to_table().to_pandas()
    columns = [DATASET_COLUMNS["status"], DATASET_COLUMNS["next_action"]]
    return [(str(s), str(a)) for s, a in frame[columns].itertuples(index=False)]


# 2: the repeat in a partition apart from its row; 100: all three in one.
@pytest.mark.parametrize("partition_rows", [2, 100])
def test_a_repeated_row_of_a_dataset_is_followed_up_each_time(
    tmp_path: Path, partition_rows: int
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="utf-8")
    out = tmp_path / "out"
    run_dataset(str(path), out, Config(), AS_OF, partition_rows=partition_rows, engine="pandas")
    assert owned(out) == [
        ("Due today", "Thank-you note"),
        ("Overdue", "Thank-you note"),
        ("Due today", "Thank-you note"),
    ]


def test_the_same_file_as_a_tracker_has_one_duplicate(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(CSV, encoding="utf-8")
    (computed,) = compute_sheets(read_trackers(path, Config().reading), Config(), AS_OF)
    output = computed.output
    assert list(zip(output["status"], output["next_action"], strict=True)) == [
        ("Due today", "Thank-you note"),
        ("Overdue", "Thank-you note"),
        ("Duplicate", "See row 2"),
    ]
