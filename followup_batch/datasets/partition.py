"""The per-partition function both engines run: one piece of the dataset through the same
stages as a workbook sheet (``compute.compute_sheet``: normalise → schedule → explain → draft),
then its output file written and its share of the digest picked.

Holiday calendars and templates are built once per process and shared by every partition it
runs: the calendars cover a fixed span around the as-of date (``run_calendars``, cached by
``Calendars.covering``), the templates are cached by ``compute.templates_for``. A partition
with dates outside that span gets calendars of its own (the rules widen them), with the same
answers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from followup_batch.compute import Computed, compute_sheet
from followup_batch.datasets.coaches import digest_meta, digest_rows
from followup_batch.datasets.job import Job
from followup_batch.datasets.pieces import raw_table
from followup_batch.datasets.plan import DatasetPlan, Piece
from followup_batch.schedule import STATUSES, Calendars
from followup_batch.schedule.labels import ACTION_LABELS
from followup_batch.write.columns import OWNED_COLUMNS, OWNED_DATE_COLUMNS

# The owned columns in a dataset, named for SQL and Spark (no spaces) and apart from the
# user's own (a database's `status` column is often the application's outcome).
DATASET_COLUMNS: dict[str, str] = {key: f"followup_{key}" for key in OWNED_COLUMNS}
CATEGORIES: dict[str, tuple[str, ...]] = {
    "status": tuple(STATUSES),
    "next_action": tuple(ACTION_LABELS.values()),
}
TALLY_KEY = b"followup-batch"  # each output file's footer: what it holds (``Tally``)
CALENDAR_YEARS_BACK = 10
CALENDAR_YEARS_AHEAD = 2


@dataclass
class Tally:
    """What one output file holds: rows, rows per status, rows with problems."""

    rows: int = 0
    counts: Counter[str] | None = None
    problem_rows: int = 0

    def to_json(self) -> bytes:
        counts = dict(self.counts or {})
        return json.dumps(
            {"rows": self.rows, "counts": counts, "problem_rows": self.problem_rows}
        ).encode()

    @classmethod
    def from_json(cls, data: bytes) -> Tally:
        values = json.loads(data)
        return cls(values["rows"], Counter(values["counts"]), values["problem_rows"])


def run_calendars(as_of: dt.date, days_off: frozenset[dt.date] = frozenset()) -> Calendars:
    """The calendars every partition of a run shares (one object per process), with the
    config's ``days_off``."""
    first = dt.date(as_of.year - CALENDAR_YEARS_BACK, 1, 1)
    last = dt.date(as_of.year + CALENDAR_YEARS_AHEAD, 12, 31)
    return Calendars.covering(first, last, days_off)


def compute_piece(frame: pd.DataFrame, plan: DatasetPlan, piece: Piece, job: Job) -> Computed:
    """The workbook path's stages over one piece's rows (``job.config`` reads dates the
    plan's way). Its drafts are kept whole: a Parquet column has no cell's limit (ot110 F5)."""
    table = raw_table(frame, plan, piece)
    config = job.config
    if piece.source in plan.file_date_orders:  # its file reads a date column its own way
        orders = plan.file_date_orders[piece.source]
        config = dataclasses.replace(
            config, reading=dataclasses.replace(config.reading, date_orders=orders)
        )
    calendars = run_calendars(job.as_of, config.rules.days_off)
    return compute_sheet(table, config, job.as_of, calendars, fit_cells=False)


def run_piece(
    frame: pd.DataFrame, plan: DatasetPlan, job: Job, partition_info: dict | None = None
) -> pd.DataFrame:
    """One partition: computed, its output file written, and its rows due for the digest
    returned (``coaches.digest_meta`` columns; none without a digest).

    ``partition_info`` is Dask's: which partition this is (the pandas engine passes it too).
    """
    piece = plan.pieces[partition_info["number"] if partition_info else 0]
    if len(frame) == 0:
        computed = None
        output = empty_output(frame.index)
    else:
        computed = compute_piece(frame, plan, piece, job)
        output = computed.output
    table = output_table(frame, plan, output, piece)
    write_output(job.staging, piece.output, table, tally(output))
    if job.digest is None or computed is None:
        return digest_meta(job.digest)
    return digest_rows(frame, computed, plan, piece, job)


def empty_output(index: pd.Index) -> pd.DataFrame:
    columns = {
        key: pd.Series(dtype="datetime64[ns]" if key in OWNED_DATE_COLUMNS else object)
        for key in OWNED_COLUMNS
    }
    return pd.DataFrame(columns, index=index)


def tally(output: pd.DataFrame) -> Tally:
    return Tally(
        rows=len(output),
        counts=Counter(output["status"].astype(str).tolist()),
        problem_rows=int((output["problems"].astype(str) != "").sum()),
    )


def output_table(
    frame: pd.DataFrame, plan: DatasetPlan, output: pd.DataFrame, piece: Piece | None = None
) -> pa.Table:
    """The user's columns as they came (Hive keys stay in the folder names; owned columns
    of an earlier run are replaced), then the owned ones typed: dates as dates, status and
    next action as categories, the rest as text. With the ``piece`` of a Parquet file that
    pandas wrote, the file's pandas metadata comes along, so that ``pd.read_parquet`` gives
    the user's columns their own dtypes back (a nullable ``Int64`` ID stays one, not float)."""
    ours = set(DATASET_COLUMNS.values())
    user = frame.drop(columns=[c for c in frame.columns if c in ours or c in plan.hive_keys])
    table = pa.Table.from_pandas(user, preserve_index=False).replace_schema_metadata(None)
    for key, name in DATASET_COLUMNS.items():
        table = table.append_column(name, owned_array(key, output[key]))
    source = source_pandas_metadata(piece.source) if piece and plan.kind == "parquet" else None
    if source is None:
        return table
    return table.replace_schema_metadata({b"pandas": pandas_metadata(table, source)})


def source_pandas_metadata(path: Path) -> dict | None:
    """The pandas metadata of an input Parquet file (None when pandas did not write it)."""
    try:
        metadata = pq.read_schema(path).pandas_metadata
    except (OSError, pa.ArrowException, ValueError):  # the run read the file: not expected
        return None
    if not isinstance(metadata, dict) or not isinstance(metadata.get("columns"), list):
        return None
    return metadata


def pandas_metadata(table: pa.Table, source: dict) -> str:
    """The input's pandas metadata made the output table's: an entry per column, the user's
    their own, the owned ones' as pyarrow makes them; an index stored as a column stays the
    index, a range index (the rows of the whole file) is dropped."""
    names = set(table.column_names)
    entries = {
        entry.get("field_name"): entry
        for entry in source["columns"]
        if isinstance(entry, dict) and entry.get("field_name") in names
    }
    owned = table.select(list(DATASET_COLUMNS.values())).slice(0, 0)
    built = pa.Table.from_pandas(owned.to_pandas(), preserve_index=False).schema.pandas_metadata
    entries.update({entry["field_name"]: entry for entry in built["columns"]})
    index = [c for c in source.get("index_columns", []) if isinstance(c, str) and c in names]
    metadata = {
        **source,
        "index_columns": index,
        "columns": [entries[name] for name in table.column_names if name in entries],
    }
    return json.dumps(metadata)


def owned_array(key: str, values: pd.Series) -> pa.Array:
    if key in OWNED_DATE_COLUMNS:
        days = pd.to_datetime(values).to_numpy(dtype="datetime64[D]")
        return pa.array(days, type=pa.date32(), mask=np.isnat(days))
    if key in CATEGORIES:
        categories = CATEGORIES[key]
        codes = pd.Categorical(values.astype(str), categories=categories).codes
        if (codes < 0).any():
            unknown = sorted(set(values.astype(str)) - set(categories))
            raise ValueError(f"{key}: values outside its categories: {unknown}")
        return pa.DictionaryArray.from_arrays(pa.array(codes, pa.int8()), pa.array(categories))
    return pa.array(values.astype(object).fillna("").to_numpy(), type=pa.string())


def write_output(staging: Path, name: str, table: pa.Table, counted: Tally) -> None:
    """Write one output file, ``name`` within the run's ``staging`` folder, whole: to a hidden
    file beside it, then renamed over it. A task stopped halfway (its worker killed) leaves
    only the hidden file, and its retry writes the same file again."""
    path = staging / name
    make_folder_within(staging, path.parent)
    metadata = {**(table.schema.metadata or {}), TALLY_KEY: counted.to_json()}
    table = table.replace_schema_metadata(metadata)
    temporary = path.with_name(f".{path.name}.partial")
    pq.write_table(table, temporary)
    temporary.replace(path)


def make_folder_within(staging: Path, folder: Path) -> None:
    """Make ``folder`` and the folders between it and ``staging``, never ``staging`` itself: a
    run stopped meanwhile (Ctrl-C) has removed it, and a task still running on a remote
    worker must not make it again and fill it with files nobody will remove. Raises
    ``FileNotFoundError`` then."""
    if not staging.is_dir():
        raise FileNotFoundError(2, "the run was stopped and its staging folder removed", staging)
    for level in [*reversed(folder.relative_to(staging).parents), folder.relative_to(staging)]:
        (staging / level).mkdir(exist_ok=True)


def read_tally(path: Path) -> Tally | None:
    """The tally in an output file's footer; None when the file is not one of ours."""
    metadata = pq.read_schema(path).metadata or {}
    return Tally.from_json(metadata[TALLY_KEY]) if TALLY_KEY in metadata else None
