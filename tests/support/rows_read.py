"""How many rows a workbook read materialises: a count that fails on a read gone dense over a
million-row used range, where a stopwatch fails on a loaded machine instead (STYLE: no timing
assertions)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest

from followup_batch.read import xlsx_cells


@dataclass
class RowsRead:
    readers: list[str] = field(default_factory=list)  # "calamine" or "openpyxl", per read
    streamed: int = 0  # rows the openpyxl stream handed over (it reads a row at a time)
    kept: dict[str, int] = field(default_factory=dict)  # sheet -> rows in its grid


def watch_rows_read(monkeypatch: pytest.MonkeyPatch) -> RowsRead:
    """Count, for the reads that follow, the rows each sheet's grid holds (calamine's grid is a
    dense rectangle down to the farthest cell) and the rows the openpyxl stream yielded before
    the reader stopped."""
    seen = RowsRead()
    until_empty = xlsx_cells._until_empty
    read_grids = xlsx_cells.read_grids

    def counted(rows: Iterable[xlsx_cells.Row]) -> Iterator[xlsx_cells.Row]:
        for row in rows:
            seen.streamed += 1
            yield row

    def counting_until_empty(rows: Iterable[xlsx_cells.Row]) -> list[xlsx_cells.Row]:
        return until_empty(counted(rows))

    def recording_read_grids(*args: Any, **kwargs: Any) -> xlsx_cells.WorkbookGrid:
        grid = read_grids(*args, **kwargs)
        seen.readers.append(grid.reader)
        seen.kept.update({sheet.name: len(sheet.rows) for sheet in grid.sheets})
        return grid

    monkeypatch.setattr(xlsx_cells, "_until_empty", counting_until_empty)
    monkeypatch.setattr(xlsx_cells, "read_grids", recording_read_grids)
    return seen
