"""How many of a copy's rows are the rows of the tracker it is named after, cell for cell: a
browser's or Google Drive's "Maya Chen (1).xlsx" beside "Maya Chen.xlsx" (``batch``: a copy
the same file byte for byte, or the tool's own version, is skipped, as a sync conflict copy
is; one that holds most of them is said to look like a copy, report ot116 F3)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

if TYPE_CHECKING:
    from followup_batch.read import RawTable, ReadOptions

# A row's non-blank cells as (header, text), by header; a row as compared: its sheet and cells.
Cells = tuple[tuple[str, str], ...]
RowKey = tuple[str, Cells]


class Found(NamedTuple):
    """What ``rows_found`` found of a copy's rows in the tracker it is named after."""

    rows: int  # the rows of the copy's tracker sheets
    there: int  # how many of them the tracker holds, cell for cell in the person's columns


def rows_found(copy: Path, original: Path, reading: ReadOptions) -> Found:
    """How many of ``copy``'s rows ``original`` holds on its sheet of that name, cell for
    cell in the person's columns (``batch.refuse_copy``). Raises what reading either file
    raises (``read_trackers``)."""
    from followup_batch.read import read_trackers

    ours = _rows(read_trackers(copy, reading))
    theirs = _rows(read_trackers(original, reading))
    there = Counter(ours) & Counter(theirs)
    return Found(len(ours), there.total())


def _rows(tables: list[RawTable]) -> list[RowKey]:
    """Each row of ``tables`` as compared (``RowKey``: its mapped and unread columns, by
    header, so a column moved or a blank column added changes nothing)."""
    rows: list[RowKey] = []
    for table in tables:
        columns = {
            table.headers[table.mapping[name]]: table.cells[name]
            for name in table.cells.columns
            if name in table.mapping
        }
        for extra in (table.unread_cells, table.stage_cells):
            if extra is not None:
                columns |= {table.headers[c]: extra[c] for c in extra.columns}
        rows += [(table.sheet or "", cells) for cells in _cells(columns, table.cells.index)]
    return rows


def _cells(columns: dict[str, pd.Series], index: pd.Index) -> list[Cells]:
    """Each row's non-blank cells of ``columns`` (by name) as (name, text), by name."""
    names = sorted(columns)
    frame = pd.DataFrame({n: columns[n].reindex(index) for n in names}, index=index)
    return [
        tuple((n, str(v)) for n, v in zip(names, row, strict=True) if not _blank(v))
        for row in frame.itertuples(index=False, name=None)
    ]


def _blank(value: object) -> bool:
    """Whether a raw cell holds nothing (None, NaN, NA, or spaces)."""
    if isinstance(value, str):
        return not value.strip()
    return value is None or bool(pd.isna(value))
