"""Datasets: the same rules over millions of interviews, at platform scale.

    run_dataset(data, out, config, as_of, engine="pandas" | "dask", ...) -> DatasetReport

DATA is a Parquet file, a folder of them (Hive ``key=value`` folders too), or CSV files with
a header, holding the tracker's fields as columns (named as the fields, as their headers, or
mapped by the config's ``[columns]``). OUT is a Parquet dataset laid out like DATA: the input's
columns as they were plus the owned ones (``followup_status``, ``followup_next_due``, ...),
published whole or not at all. Each partition goes through the workbook path's own stages
(``compute.compute_sheet``); the engines only decide where partitions run.

The run, step by step: ``plan`` (files, pieces, columns; refuses before any work),
``pieces`` (reading a piece), ``date_orders`` (each date column's order, from every piece),
``job`` (what every partition is told), ``partition`` (the per-partition function and its
output file), ``coaches`` (the digest per coach), ``output`` (staging and publishing OUT),
``engines`` (pandas and Dask), ``report``.

Names are loaded on first use: the CLI asks ``is_dataset`` before it knows whether pandas,
pyarrow or Dask are needed at all.
"""

from __future__ import annotations

import importlib.util
from typing import TYPE_CHECKING

from followup_batch.lazy import lazy_exports

# The command line's choices, here so that `--help` needs none of the modules.
ENGINES = ("pandas", "dask")
DIGEST_EXTRAS = ("xlsx", "ics", "eml")  # a coach's folder holds digest.html and .md, and these
# A worker peaks at about 1 GB with partitions of this size (0.2 GB of libraries and about
# 7 KB a row in flight; benchmarks/README.md), so it stays under 2 GB.
DEFAULT_PARTITION_ROWS = 100_000
ENGINE_NEEDS = {"pandas": ("pyarrow",), "dask": ("pyarrow", "dask", "distributed")}
# What installs them (pyproject.toml's extras; README's install lines): the default engine
# needs pyarrow alone, not the dask extra's cluster.
ENGINE_INSTALL = {"pandas": "pip install pyarrow", "dask": "pip install 'followup-batch[dask]'"}


def missing_dependency(engine: str) -> str | None:
    """What a run on ``engine`` still needs installed, said as the command that installs it;
    None when nothing is missing. (The tracker commands need none of it.)"""
    missing = [name for name in ENGINE_NEEDS[engine] if not _installed(name)]
    if not missing:
        return None
    return (
        f"a dataset run with --engine {engine} needs {', '.join(missing)}: {ENGINE_INSTALL[engine]}"
    )


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:  # a package that is there but cannot be imported
        return False


# public name -> module of this package that defines it
_EXPORTS = {
    "run_dataset": "engines",
    "DatasetReport": "report",
    "DatasetError": "plan",
    "is_dataset": "plan",
    "DATASET_COLUMNS": "partition",
}

__all__ = [
    "DATASET_COLUMNS",
    "DEFAULT_PARTITION_ROWS",
    "DIGEST_EXTRAS",
    "ENGINES",
    "DatasetError",
    "DatasetReport",
    "is_dataset",
    "missing_dependency",
    "run_dataset",
]

if TYPE_CHECKING:
    from followup_batch.datasets.engines import run_dataset
    from followup_batch.datasets.partition import DATASET_COLUMNS
    from followup_batch.datasets.plan import DatasetError, is_dataset
    from followup_batch.datasets.report import DatasetReport


__getattr__ = lazy_exports(__name__, _EXPORTS)
