"""How many of a copy's rows are the rows of the tracker it is named after, cell for cell: a
browser's or Google Drive's "Maya Chen (1).xlsx" beside "Maya Chen.xlsx" (``batch``: a copy
with nothing of its own is skipped, as a sync conflict copy is; one that holds most of them
is said to look like a copy, report ot116 F3)."""

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
    # How many of those hold no text in the tool's columns but the tracker's on that row (a
    # draft typed over on the copy is the copy's own).
    texts_there: int


def rows_found(copy: Path, original: Path, reading: ReadOptions) -> Found:
    """How many of ``copy``'s rows ``original`` holds on its sheet of that name, cell for
    cell in the person's columns, and of those how many hold the tracker's texts in the
    tool's columns, or none: a copy left behind a night holds that night's texts, the
    tracker tonight's, so those are told apart (``batch.refuse_copy``). Raises what reading
    either file raises (``read_trackers``)."""
    from followup_batch.read import read_trackers

    ours = _rows(read_trackers(copy, reading))
    theirs = _rows(read_trackers(original, reading))
    texts: dict[RowKey, list[dict[str, str]]] = {}
    for key, owned in theirs:
        texts.setdefault(key, []).append(dict(owned))
    there = Counter(key for key, _ in ours) & Counter(key for key, _ in theirs)
    texts_there = sum(
        any(all(row.get(h) == v for h, v in owned) for row in texts.get(key, []))
        for key, owned in ours
    )
    return Found(len(ours), there.total(), texts_there)


def _rows(tables: list[RawTable]) -> list[tuple[RowKey, Cells]]:
    """Each row of ``tables`` as compared (``RowKey``: its mapped and unread columns, by
    header, so a column moved or a blank column added changes nothing), with the cells of
    the tool's text columns it holds."""
    rows: list[tuple[RowKey, Cells]] = []
    for table in tables:
        columns = {
            table.headers[table.mapping[name]]: table.cells[name]
            for name in table.cells.columns
            if name in table.mapping
        }
        for extra in (table.unread_cells, table.stage_cells):
            if extra is not None:
                columns |= {table.headers[c]: extra[c] for c in extra.columns}
        owned = table.owned_cells
        tool = {} if owned is None else {k: owned[k] for k in owned.columns}
        people = _cells(columns, table.cells.index)
        for cells, texts in zip(people, _cells(tool, table.cells.index), strict=True):
            rows.append(((table.sheet or "", cells), texts))
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
