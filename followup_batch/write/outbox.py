"""The workbook's outbox and summary: the sheets written once per workbook, after its tracker
sheets, because they point into them (links to tracker rows, counts over status columns).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd


@dataclass(frozen=True)
class SheetLayout:
    """Where a tracker sheet's owned columns landed: for formulas and links into it."""

    sheet: str
    columns: dict[str, str]  # owned key -> column letter
    first_row: int
    last_row: int


@dataclass(frozen=True)
class ClientRows:
    """One client's rows, for the Summary's counts: a tracker sheet, and the client's name in
    its Client column (``column``, 1-based; 0 when the sheet is the client's as a whole).
    ``unnamed_rows``: the client's Excel rows whose Client cell is empty (under a merged cell
    that names the client, or left blank for the sheet's own client), which a count over
    the column by name does not see."""

    name: str
    sheet: str
    column: int = 0
    counts: dict[str, int] = field(default_factory=dict)  # the run's rows per status
    unnamed_rows: tuple[int, ...] = ()


@dataclass
class Outbox:
    """What the Drafts and Summary sheets are made of, shared by the writes of one workbook's
    tracker sheets. Each write records where its sheet's columns landed (``layouts``); the
    write of the last of ``sheets`` tracker sheets adds the Drafts and Summary sheets.

    ``messages``: the messages due within the horizon, sorted (``drafts.outbox_messages``),
    with the tracker ``sheet`` each comes from.
    """

    messages: pd.DataFrame
    sheets: int
    as_of: dt.date
    counts: dict[str, int] = field(default_factory=dict)  # the run's rows per status
    clients: list[ClientRows] = field(default_factory=list)
    layouts: dict[str, SheetLayout] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return len(self.layouts) >= self.sheets
