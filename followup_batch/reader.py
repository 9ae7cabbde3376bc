"""Find the tracker in a file and return its raw cells with their Excel row numbers.

CONTRACT (other modules rely on exactly this; implementation in progress):

    read_trackers(path: Path, options: ReadOptions) -> list[RawTable]
        One RawTable per sheet that holds a tracker (CSV: one). Raises
        errors.UnsupportedFile / errors.TrackerNotFound with a one-line message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .csvfile import CsvTable


@dataclass(frozen=True)
class ReadOptions:
    sheet: str | None = None  # only this sheet (xlsx)
    dayfirst: bool | None = None  # None: detect per column, else force
    default_country: str = "US"
    column_map: dict[str, str] = field(default_factory=dict)  # user header -> field name
    encoding: str | None = None  # force a CSV encoding


@dataclass
class RawTable:
    path: Path
    sheet: str | None  # None for CSV
    kind: str  # "xlsx" or "csv"
    header_row: int  # 1-based row (CSV: record) number of the header
    headers: list[str]  # every header cell as written, in column order (index 0 = column A)
    mapping: dict[str, int]  # field name -> 0-based column index
    ignored: list[str]  # headers not mapped to a field (left alone)
    cells: pd.DataFrame  # index: Excel row number; columns: mapped field names; raw values
    notes: list[str] = field(default_factory=list)  # file-level notes (duplicate headers, ...)
    csv: CsvTable | None = None  # the parsed CSV, for lossless write-back
